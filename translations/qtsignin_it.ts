<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>QtSignIn::AuthError</name>
    <message>
        <location filename="../src/core/types/autherror.cpp" line="+244"/>
        <source>Sign-in was cancelled.</source>
        <translation>L&apos;accesso è stato annullato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in took too long and was stopped. Please try again.</source>
        <translation>L&apos;accesso ha richiesto troppo tempo ed è stato interrotto. Riprova.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the sign-in service. Check your internet connection and try again.</source>
        <translation>Impossibile connettersi al servizio di accesso. Controlla la connessione a Internet e riprova.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secure connection to the sign-in service could not be established. Check your computer&apos;s date and time, or ask your administrator.</source>
        <translation>Impossibile stabilire una connessione sicura con il servizio di accesso. Controlla la data e l&apos;ora del computer o rivolgiti all&apos;amministratore.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service ran into a problem. Please try again later.</source>
        <translation>Si è verificato un problema nel servizio di accesso. Riprova più tardi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in service is busy right now. Please wait a moment and try again.</source>
        <translation>Il servizio di accesso è al momento sovraccarico. Attendi qualche istante e riprova.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in service did not recognise this application. Please contact the application&apos;s support.</source>
        <extracomment>&quot;This application&quot; is the program the user signs in to (not QtSignIn); its &quot;support&quot; is whoever helps that program&apos;s users.</extracomment>
        <translation>Il servizio di accesso non ha riconosciuto questa applicazione. Contatta l&apos;assistenza dell&apos;applicazione.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in is not set up correctly in this application. Please contact the application&apos;s support.</source>
        <extracomment>The application&apos;s developer configured the sign-in wrongly; the user cannot fix it.</extracomment>
        <translation>L&apos;accesso non è configurato correttamente in questa applicazione. Contatta l&apos;assistenza dell&apos;applicazione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>L&apos;accesso è scaduto. Accedi di nuovo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in service does not allow the access this application asked for. Please contact the application&apos;s support.</source>
        <translation>Il servizio di accesso non consente l&apos;accesso richiesto da questa applicazione. Contatta l&apos;assistenza dell&apos;applicazione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service could not process the request. Please try again; if it keeps happening, contact the application&apos;s support.</source>
        <translation>Il servizio di accesso non è riuscito a elaborare la richiesta. Riprova; se il problema persiste, contatta l&apos;assistenza dell&apos;applicazione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access was denied. Sign in again and allow access if you want to continue.</source>
        <translation>Accesso negato. Accedi di nuovo e consenti l&apos;accesso se vuoi continuare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in service sent an answer that could not be understood. Please try again later.</source>
        <translation>Il servizio di accesso ha inviato una risposta incomprensibile. Riprova più tardi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service&apos;s settings could not be loaded. Check your internet connection and try again later.</source>
        <translation>Impossibile caricare le impostazioni del servizio di accesso. Controlla la connessione a Internet e riprova più tardi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your identity could not be verified. Check your computer&apos;s date and time, then sign in again.</source>
        <translation>Impossibile verificare la tua identità. Controlla la data e l&apos;ora del computer, quindi accedi di nuovo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in answer did not match this sign-in attempt. Please sign in again.</source>
        <extracomment>A security check: the answer from the sign-in page belongs to a different (older or forged) sign-in attempt.</extracomment>
        <translation>La risposta ricevuta non corrisponde a questo tentativo di accesso. Accedi di nuovo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service does not allow signing in this way. Please sign in through your web browser.</source>
        <extracomment>E.g. Google refuses sign-in pages embedded in applications.</extracomment>
        <translation>Il servizio di accesso non consente questo metodo di accesso. Accedi tramite il browser web.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your sign-in could not be saved or loaded from the system&apos;s password storage. Check that it is unlocked, then try again.</source>
        <extracomment>The operating system&apos;s keychain or keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager).</extracomment>
        <translation>Impossibile salvare o caricare l&apos;accesso nell&apos;archivio password del sistema. Verifica che sia sbloccato, quindi riprova.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in failed because of an unexpected error. Please try again.</source>
        <translation>Accesso non riuscito a causa di un errore imprevisto. Riprova.</translation>
    </message>
</context>
<context>
    <name>QtSignIn::GenericOidcProvider</name>
    <message>
        <location filename="../src/core/providers/genericoidcprovider.cpp" line="+54"/>
        <source>Custom provider</source>
        <extracomment>Name of an identity provider configured by its endpoints alone (no issuer to name it), shown for example in the sign-in window&apos;s title &quot;Sign in – %1&quot;.</extracomment>
        <translation>Provider personalizzato</translation>
    </message>
</context>
<context>
    <name>QtSignIn::LoopbackReceiver</name>
    <message>
        <location filename="../src/core/flow/loopbackreceiver.cpp" line="+86"/>
        <source>Signed in</source>
        <extracomment>Title of the browser page shown after a successful sign-in.</extracomment>
        <translation>Accesso effettuato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed in. You can close this window and return to the application.</source>
        <translation>Hai effettuato l&apos;accesso. Puoi chiudere questa finestra e tornare all&apos;applicazione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in failed</source>
        <extracomment>Title of the browser page shown when the sign-in did not succeed.</extracomment>
        <translation>Accesso non riuscito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this window and return to the application.</source>
        <translation>Puoi chiudere questa finestra e tornare all&apos;applicazione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link no longer valid</source>
        <extracomment>Title of the browser page for an old or unexpected sign-in link.</extracomment>
        <translation>Link non più valido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sign-in link is not valid any more. You can close this window and return to the application to sign in again.</source>
        <translation>Questo link di accesso non è più valido. Puoi chiudere questa finestra e tornare all&apos;applicazione per accedere di nuovo.</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>The application stopped waiting for this sign-in.</source>
        <extracomment>Shown in the browser when the application gave up on the sign-in (it was cancelled, timed out or closed) before the browser came back.</extracomment>
        <translation>L&apos;applicazione ha smesso di attendere questo accesso.</translation>
    </message>
</context>
</TS>
