<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountSwitcher</name>
    <message>
        <location filename="../qml/AccountSwitcher.qml" line="+50"/>
        <source>%1 (%2)</source>
        <extracomment>An account in the list: %1 the user&apos;s name, %2 their e-mail address.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No saved accounts</source>
        <translation>No hay cuentas guardadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <extracomment>Read by screen readers: the list of remembered accounts to switch between.</extracomment>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove</source>
        <extracomment>Button: signs the shown account out and forgets it.</extracomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove account</source>
        <translation>Quitar la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs this account out and forgets it on this computer</source>
        <translation>Cierra la sesión de esta cuenta y la olvida en este equipo</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../qml/LoginView.qml" line="+41"/>
        <source>Secure connection</source>
        <translation>Conexión segura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not secure (local development)</source>
        <translation>No segura (desarrollo local)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not secure</source>
        <translation>No segura</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in – %1</source>
        <translation>Iniciar sesión – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Sign-in timed out</source>
        <translation>Se agotó el tiempo de inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Connection security</source>
        <translation>Seguridad de la conexión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page address</source>
        <translation>Dirección de la página</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Page loading progress</source>
        <translation>Progreso de carga de la página</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sign-in page</source>
        <translation>Página de inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in page of %1</source>
        <translation>La página de inicio de sesión de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in page of the provider</source>
        <translation>La página de inicio de sesión del proveedor</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The connection to %1 is not secure: the page does not use https.</source>
        <translation>La conexión con %1 no es segura: la página no usa HTTPS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Can&apos;t connect securely</source>
        <translation>No se puede conectar de forma segura</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The connection to %1 is not secure: %2</source>
        <translation>La conexión con %1 no es segura: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sign-in page stopped working.</source>
        <translation>La página de inicio de sesión dejó de funcionar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>Completing sign-in…</source>
        <translation>Completando el inicio de sesión…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes the sign-in view</source>
        <translation>Cierra la vista de inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancels signing in</source>
        <translation>Cancela el inicio de sesión</translation>
    </message>
</context>
<context>
    <name>SignInButton</name>
    <message>
        <location filename="../qml/SignInButton.qml" line="+44"/>
        <source>Restoring your session…</source>
        <translation>Restaurando su sesión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refreshing…</source>
        <extracomment>The session is renewing its access token in the background.</extracomment>
        <translation>Renovando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again with %1</source>
        <translation>Volver a iniciar sesión con %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with %1</source>
        <translation>Iniciar sesión con %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Busy, please wait</source>
        <translation>Ocupado, espere</translation>
    </message>
</context>
</TS>
