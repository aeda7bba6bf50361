<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>QtSignIn::AuthError</name>
    <message>
        <location filename="../src/core/types/autherror.cpp" line="+244"/>
        <source>Sign-in was cancelled.</source>
        <translation>O login foi cancelado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in took too long and was stopped. Please try again.</source>
        <translation>O login demorou demais e foi interrompido. Tente novamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the sign-in service. Check your internet connection and try again.</source>
        <translation>Não foi possível conectar ao serviço de login. Verifique sua conexão com a internet e tente novamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secure connection to the sign-in service could not be established. Check your computer&apos;s date and time, or ask your administrator.</source>
        <translation>Não foi possível estabelecer uma conexão segura com o serviço de login. Verifique a data e a hora do seu computador ou fale com o administrador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service ran into a problem. Please try again later.</source>
        <translation>O serviço de login encontrou um problema. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in service is busy right now. Please wait a moment and try again.</source>
        <translation>O serviço de login está sobrecarregado no momento. Aguarde um instante e tente novamente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in service did not recognise this application. Please contact the application&apos;s support.</source>
        <extracomment>&quot;This application&quot; is the program the user signs in to (not QtSignIn); its &quot;support&quot; is whoever helps that program&apos;s users.</extracomment>
        <translation>O serviço de login não reconheceu este aplicativo. Entre em contato com o suporte do aplicativo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in is not set up correctly in this application. Please contact the application&apos;s support.</source>
        <extracomment>The application&apos;s developer configured the sign-in wrongly; the user cannot fix it.</extracomment>
        <translation>O login não está configurado corretamente neste aplicativo. Entre em contato com o suporte do aplicativo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Seu login expirou. Faça login novamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in service does not allow the access this application asked for. Please contact the application&apos;s support.</source>
        <translation>O serviço de login não permite o acesso solicitado por este aplicativo. Entre em contato com o suporte do aplicativo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service could not process the request. Please try again; if it keeps happening, contact the application&apos;s support.</source>
        <translation>O serviço de login não conseguiu processar a solicitação. Tente novamente; se o problema continuar, entre em contato com o suporte do aplicativo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access was denied. Sign in again and allow access if you want to continue.</source>
        <translation>O acesso foi negado. Faça login novamente e permita o acesso se quiser continuar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in service sent an answer that could not be understood. Please try again later.</source>
        <translation>O serviço de login enviou uma resposta que não pôde ser entendida. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service&apos;s settings could not be loaded. Check your internet connection and try again later.</source>
        <translation>Não foi possível carregar as configurações do serviço de login. Verifique sua conexão com a internet e tente novamente mais tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your identity could not be verified. Check your computer&apos;s date and time, then sign in again.</source>
        <translation>Não foi possível verificar sua identidade. Verifique a data e a hora do seu computador e faça login novamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in answer did not match this sign-in attempt. Please sign in again.</source>
        <extracomment>A security check: the answer from the sign-in page belongs to a different (older or forged) sign-in attempt.</extracomment>
        <translation>A resposta recebida não corresponde a esta tentativa de login. Faça login novamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service does not allow signing in this way. Please sign in through your web browser.</source>
        <extracomment>E.g. Google refuses sign-in pages embedded in applications.</extracomment>
        <translation>O serviço de login não permite fazer login desta forma. Faça login pelo seu navegador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your sign-in could not be saved or loaded from the system&apos;s password storage. Check that it is unlocked, then try again.</source>
        <extracomment>The operating system&apos;s keychain or keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager).</extracomment>
        <translation>Não foi possível salvar ou carregar seu login no armazenamento de senhas do sistema. Verifique se ele está desbloqueado e tente novamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in failed because of an unexpected error. Please try again.</source>
        <translation>O login falhou por causa de um erro inesperado. Tente novamente.</translation>
    </message>
</context>
<context>
    <name>QtSignIn::GenericOidcProvider</name>
    <message>
        <location filename="../src/core/providers/genericoidcprovider.cpp" line="+54"/>
        <source>Custom provider</source>
        <extracomment>Name of an identity provider configured by its endpoints alone (no issuer to name it), shown for example in the sign-in window&apos;s title &quot;Sign in – %1&quot;.</extracomment>
        <translation>Provedor personalizado</translation>
    </message>
</context>
<context>
    <name>QtSignIn::LoopbackReceiver</name>
    <message>
        <location filename="../src/core/flow/loopbackreceiver.cpp" line="+86"/>
        <source>Signed in</source>
        <extracomment>Title of the browser page shown after a successful sign-in.</extracomment>
        <translation>Login concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed in. You can close this window and return to the application.</source>
        <translation>Você fez login. Pode fechar esta janela e voltar ao aplicativo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in failed</source>
        <extracomment>Title of the browser page shown when the sign-in did not succeed.</extracomment>
        <translation>Falha no login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this window and return to the application.</source>
        <translation>Você pode fechar esta janela e voltar ao aplicativo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link no longer valid</source>
        <extracomment>Title of the browser page for an old or unexpected sign-in link.</extracomment>
        <translation>Link expirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sign-in link is not valid any more. You can close this window and return to the application to sign in again.</source>
        <translation>Este link de login não é mais válido. Você pode fechar esta janela e voltar ao aplicativo para fazer login novamente.</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>The application stopped waiting for this sign-in.</source>
        <extracomment>Shown in the browser when the application gave up on the sign-in (it was cancelled, timed out or closed) before the browser came back.</extracomment>
        <translation>O aplicativo deixou de aguardar este login.</translation>
    </message>
</context>
</TS>
