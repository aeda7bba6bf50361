<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <translation>Contas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No saved accounts</source>
        <translation>Nenhuma conta salva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <extracomment>Read by screen readers: the list of remembered accounts to switch between.</extracomment>
        <translation>Conta</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove</source>
        <extracomment>Button: signs the shown account out and forgets it.</extracomment>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs this account out and forgets it on this computer</source>
        <translation>Sai desta conta e a esquece neste computador</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../qml/LoginView.qml" line="+41"/>
        <source>Secure connection</source>
        <translation>Conexão segura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not secure (local development)</source>
        <translation>Não segura (desenvolvimento local)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not secure</source>
        <translation>Não segura</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in – %1</source>
        <translation>Fazer login – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Fazer login</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Sign-in timed out</source>
        <translation>O tempo para login se esgotou</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>Sign-in failed</source>
        <translation>Falha no login</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Connection security</source>
        <translation>Segurança da conexão</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page address</source>
        <translation>Endereço da página</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Page loading progress</source>
        <translation>Progresso do carregamento da página</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sign-in page</source>
        <translation>Página de login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in page of %1</source>
        <translation>A página de login de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in page of the provider</source>
        <translation>A página de login do provedor</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The connection to %1 is not secure: the page does not use https.</source>
        <translation>A conexão com %1 não é segura: a página não usa HTTPS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Can&apos;t connect securely</source>
        <translation>Não é possível conectar com segurança</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The connection to %1 is not secure: %2</source>
        <translation>A conexão com %1 não é segura: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sign-in page stopped working.</source>
        <translation>A página de login parou de funcionar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>Completing sign-in…</source>
        <translation>Concluindo o login…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes the sign-in view</source>
        <translation>Fecha a tela de login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancels signing in</source>
        <translation>Cancela o login</translation>
    </message>
</context>
<context>
    <name>SignInButton</name>
    <message>
        <location filename="../qml/SignInButton.qml" line="+44"/>
        <source>Restoring your session…</source>
        <translation>Restaurando sua sessão…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing in…</source>
        <translation>Fazendo login…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refreshing…</source>
        <extracomment>The session is renewing its access token in the background.</extracomment>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1</source>
        <translation>Conectado como %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again with %1</source>
        <translation>Fazer login novamente com %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again</source>
        <translation>Fazer login novamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with %1</source>
        <translation>Fazer login com %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in</source>
        <translation>Fazer login</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Busy, please wait</source>
        <translation>Ocupado, aguarde</translation>
    </message>
</context>
</TS>
