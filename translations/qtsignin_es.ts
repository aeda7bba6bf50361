<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QtSignIn::AuthError</name>
    <message>
        <location filename="../src/core/types/autherror.cpp" line="+244"/>
        <source>Sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in took too long and was stopped. Please try again.</source>
        <translation>El inicio de sesión tardó demasiado y se detuvo. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the sign-in service. Check your internet connection and try again.</source>
        <translation>No se pudo conectar con el servicio de inicio de sesión. Compruebe su conexión a Internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secure connection to the sign-in service could not be established. Check your computer&apos;s date and time, or ask your administrator.</source>
        <translation>No se pudo establecer una conexión segura con el servicio de inicio de sesión. Compruebe la fecha y la hora de su equipo o consulte a su administrador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service ran into a problem. Please try again later.</source>
        <translation>El servicio de inicio de sesión tuvo un problema. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in service is busy right now. Please wait a moment and try again.</source>
        <translation>El servicio de inicio de sesión está ocupado en este momento. Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in service did not recognise this application. Please contact the application&apos;s support.</source>
        <extracomment>&quot;This application&quot; is the program the user signs in to (not QtSignIn); its &quot;support&quot; is whoever helps that program&apos;s users.</extracomment>
        <translation>El servicio de inicio de sesión no reconoció esta aplicación. Póngase en contacto con el soporte de la aplicación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in is not set up correctly in this application. Please contact the application&apos;s support.</source>
        <extracomment>The application&apos;s developer configured the sign-in wrongly; the user cannot fix it.</extracomment>
        <translation>El inicio de sesión no está configurado correctamente en esta aplicación. Póngase en contacto con el soporte de la aplicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Su sesión ha caducado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in service does not allow the access this application asked for. Please contact the application&apos;s support.</source>
        <translation>El servicio de inicio de sesión no permite el acceso que solicitó esta aplicación. Póngase en contacto con el soporte de la aplicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service could not process the request. Please try again; if it keeps happening, contact the application&apos;s support.</source>
        <translation>El servicio de inicio de sesión no pudo procesar la solicitud. Inténtelo de nuevo; si sigue ocurriendo, póngase en contacto con el soporte de la aplicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access was denied. Sign in again and allow access if you want to continue.</source>
        <translation>Se denegó el acceso. Vuelva a iniciar sesión y permita el acceso si desea continuar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in service sent an answer that could not be understood. Please try again later.</source>
        <translation>El servicio de inicio de sesión envió una respuesta que no se pudo interpretar. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service&apos;s settings could not be loaded. Check your internet connection and try again later.</source>
        <translation>No se pudo cargar la configuración del servicio de inicio de sesión. Compruebe su conexión a Internet e inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your identity could not be verified. Check your computer&apos;s date and time, then sign in again.</source>
        <translation>No se pudo verificar su identidad. Compruebe la fecha y la hora de su equipo y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in answer did not match this sign-in attempt. Please sign in again.</source>
        <extracomment>A security check: the answer from the sign-in page belongs to a different (older or forged) sign-in attempt.</extracomment>
        <translation>La respuesta recibida no corresponde a este intento de inicio de sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service does not allow signing in this way. Please sign in through your web browser.</source>
        <extracomment>E.g. Google refuses sign-in pages embedded in applications.</extracomment>
        <translation>El servicio de inicio de sesión no permite iniciar sesión de esta forma. Inicie sesión a través de su navegador web.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your sign-in could not be saved or loaded from the system&apos;s password storage. Check that it is unlocked, then try again.</source>
        <extracomment>The operating system&apos;s keychain or keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager).</extracomment>
        <translation>No se pudo guardar ni cargar su sesión en el almacén de contraseñas del sistema. Compruebe que esté desbloqueado e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in failed because of an unexpected error. Please try again.</source>
        <translation>No se pudo iniciar sesión debido a un error inesperado. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>QtSignIn::GenericOidcProvider</name>
    <message>
        <location filename="../src/core/providers/genericoidcprovider.cpp" line="+54"/>
        <source>Custom provider</source>
        <extracomment>Name of an identity provider configured by its endpoints alone (no issuer to name it), shown for example in the sign-in window&apos;s title &quot;Sign in – %1&quot;.</extracomment>
        <translation>Proveedor personalizado</translation>
    </message>
</context>
<context>
    <name>QtSignIn::LoopbackReceiver</name>
    <message>
        <location filename="../src/core/flow/loopbackreceiver.cpp" line="+86"/>
        <source>Signed in</source>
        <extracomment>Title of the browser page shown after a successful sign-in.</extracomment>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed in. You can close this window and return to the application.</source>
        <translation>Ha iniciado sesión. Puede cerrar esta ventana y volver a la aplicación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in failed</source>
        <extracomment>Title of the browser page shown when the sign-in did not succeed.</extracomment>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this window and return to the application.</source>
        <translation>Puede cerrar esta ventana y volver a la aplicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link no longer valid</source>
        <extracomment>Title of the browser page for an old or unexpected sign-in link.</extracomment>
        <translation>El enlace ya no es válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sign-in link is not valid any more. You can close this window and return to the application to sign in again.</source>
        <translation>Este enlace de inicio de sesión ya no es válido. Puede cerrar esta ventana y volver a la aplicación para iniciar sesión de nuevo.</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>The application stopped waiting for this sign-in.</source>
        <extracomment>Shown in the browser when the application gave up on the sign-in (it was cancelled, timed out or closed) before the browser came back.</extracomment>
        <translation>La aplicación dejó de esperar este inicio de sesión.</translation>
    </message>
</context>
</TS>
