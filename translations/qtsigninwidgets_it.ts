<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>QtSignIn::LoginDialog</name>
    <message>
        <location filename="../src/widgets/logindialog.cpp" line="+212"/>
        <source>The sign-in page stopped working.</source>
        <extracomment>The embedded browser&apos;s page process crashed or was killed.</extracomment>
        <translation>La pagina di accesso ha smesso di funzionare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+369"/>
        <source>Sign-in failed</source>
        <translation>Accesso non riuscito</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Sign in</source>
        <extracomment>Window title while no sign-in service is known yet.</extracomment>
        <translation>Accedi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in – %1</source>
        <extracomment>Window title; %1 is the name of the sign-in service, e.g. &quot;Google&quot; or &quot;GitHub&quot;.</extracomment>
        <translation>Accedi – %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open in my browser instead</source>
        <extracomment>Button: stop signing in inside this window and continue in the desktop&apos;s web browser.</extracomment>
        <translation>Apri invece nel &amp;browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue signing in with your usual web browser</source>
        <translation>Continua l&apos;accesso con il tuo browser web abituale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in my browser instead</source>
        <translation>Apri invece nel browser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancels sign-in in this window and continues in your web browser</source>
        <translation>Annulla l&apos;accesso in questa finestra e lo prosegue nel browser web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page address</source>
        <extracomment>Accessible name (screen readers) of the label showing the web page&apos;s host name.</extracomment>
        <translation>Indirizzo della pagina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection security</source>
        <extracomment>Accessible name (screen readers) of the lock icon next to the page address.</extracomment>
        <translation>Sicurezza della connessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page loading progress</source>
        <translation>Avanzamento del caricamento della pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in page</source>
        <translation>Pagina di accesso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in page of the identity provider</source>
        <translation>La pagina di accesso del provider di identità</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in page of %1</source>
        <extracomment>%1 is the name of the sign-in service, e.g. &quot;Google&quot;.</extracomment>
        <translation>La pagina di accesso di %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the page &amp;again</source>
        <extracomment>Button on the &quot;Continue in your browser&quot; page: open the sign-in page in the browser again.</extracomment>
        <translation>&amp;Riapri la pagina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the sign-in page in your web browser again</source>
        <translation>Riapre la pagina di accesso nel browser web</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Loading…</source>
        <extracomment>Shown instead of the page address while no web page is loaded yet.</extracomment>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secure connection</source>
        <translation>Connessione sicura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not secure (local development)</source>
        <extracomment>Connection status of a plain-http sign-in page on this computer (a developer&apos;s test server): unencrypted, but it never leaves the machine.</extracomment>
        <translation>Non sicura (sviluppo locale)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not secure</source>
        <translation>Non sicura</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Close</source>
        <extracomment>Button text once signing in has ended (the window only shows a message): close it.</extracomment>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <extracomment>Button text while signing in: stop signing in and close the window.</extracomment>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <extracomment>Accessible name of the &quot;&amp;Close&quot; button, without the keyboard shortcut marker.</extracomment>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <extracomment>Accessible name of the &quot;&amp;Cancel&quot; button, without the keyboard shortcut marker.</extracomment>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes this window</source>
        <translation>Chiude questa finestra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancels signing in</source>
        <translation>Annulla l&apos;accesso</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Signed in</source>
        <translation>Accesso effettuato</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Continue in your browser</source>
        <translation>Continua nel browser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A page to sign in to %1 has opened in your web browser. Finish signing in there; this window closes by itself when you are done.</source>
        <extracomment>%1 is the name of the sign-in service, e.g. &quot;Google&quot;.</extracomment>
        <translation>Nel browser web si è aperta una pagina per accedere a %1. Completa l&apos;accesso lì; questa finestra si chiuderà da sola al termine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in on another device</source>
        <translation>Accedi da un altro dispositivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking %1 for a code…</source>
        <extracomment>Device sign-in: waiting for the service (%1, e.g. &quot;GitHub&quot;) to hand out the code that the user will type on another device.</extracomment>
        <translation>Richiesta di un codice a %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On a phone or computer, go to %1 and enter this code:</source>
        <extracomment>%1 is a web address (e.g. https://github.com/login/device); the code is shown in large letters below this sentence.</extracomment>
        <translation>Su un telefono o un computer, vai su %1 e inserisci questo codice:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Completing sign-in…</source>
        <extracomment>Shown while the application exchanges the sign-in answer for its tokens.</extracomment>
        <translation>Completamento dell&apos;accesso…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sign-in timed out</source>
        <translation>Tempo scaduto per l&apos;accesso</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connection to %1 is not secure: %2</source>
        <extracomment>%1 is a host name (accounts.example.com), %2 the browser engine&apos;s description of the certificate problem (in English).</extracomment>
        <translation>La connessione a %1 non è sicura: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Can&apos;t connect securely</source>
        <translation>Impossibile connettersi in modo sicuro</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The connection to %1 is not secure: the page does not use https.</source>
        <extracomment>%1 is a host name (accounts.example.com).</extracomment>
        <translation>La connessione a %1 non è sicura: la pagina non usa HTTPS.</translation>
    </message>
</context>
</TS>
