<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Main</name>
    <message>
        <location filename="../demo/qml/Main.qml" line="+32"/>
        <source>QtSignIn QML demo</source>
        <translation>Demo QML do QtSignIn</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>QtSignIn demo</source>
        <translation>Demo do QtSignIn</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The provider is not configured:
%1</source>
        <extracomment>%1 is the reason, possibly on several lines.</extracomment>
        <translation>O provedor não está configurado:
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign in to see who you are to %1. With the local development IdP any login name and password work.</source>
        <extracomment>%1 is the provider&apos;s name (e.g. Google, &quot;Local development IdP&quot;).</extracomment>
        <translation>Faça login para ver quem você é para %1. Com o IdP de desenvolvimento local, qualquer nome de usuário e qualquer senha funcionam.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>On another device, open %1 and enter the code %2</source>
        <extracomment>Device flow (RFC 8628). %1 is a web address, %2 the short code to type there.</extracomment>
        <translation>Em outro dispositivo, abra %1 e digite o código %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue in your web browser; this window updates when you are done.</source>
        <translation>Continue no seu navegador; esta janela será atualizada quando você terminar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the access token now</source>
        <translation>Atualizar agora o token de acesso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with another account</source>
        <translation>Fazer login com outra conta</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved accounts</source>
        <translation>Contas salvas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1
(%2)</source>
        <extracomment>%1 is the error message, %2 the provider&apos;s own error code and description (kept in English).</extracomment>
        <translation>%1
(%2)</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../demo/qml/main.cpp" line="+36"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>UserCard</name>
    <message>
        <location filename="../demo/qml/UserCard.qml" line="+21"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <extracomment>Time left: %1 minutes and %2 seconds.</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed-in user</source>
        <translation>Usuário conectado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Picture of %1</source>
        <extracomment>%1 is the user&apos;s name.</extracomment>
        <translation>Foto de %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not shared</source>
        <translation>não compartilhado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject</source>
        <extracomment>The ID token&apos;s &quot;sub&quot; claim: the user&apos;s identifier at the provider.</extracomment>
        <translation>Sujeito</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issuer</source>
        <translation>Emissor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token expires in</source>
        <translation>O token expira em</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept in</source>
        <extracomment>Where the sign-in (the refresh token) is kept: the system keychain or memory only.</extracomment>
        <translation>Guardado em</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system keychain</source>
        <translation>o chaveiro do sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory only (this session)</source>
        <translation>somente a memória (esta sessão)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../demo/qml/main.cpp" line="+36"/>
        <source>QtSignIn QML demo</source>
        <translation>Demo QML do QtSignIn</translation>
    </message>
</context>
</TS>
