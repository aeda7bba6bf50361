<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
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
        <translation>Account</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No saved accounts</source>
        <translation>Nessun account salvato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <extracomment>Read by screen readers: the list of remembered accounts to switch between.</extracomment>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove</source>
        <extracomment>Button: signs the shown account out and forgets it.</extracomment>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove account</source>
        <translation>Rimuovi l&apos;account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs this account out and forgets it on this computer</source>
        <translation>Disconnette questo account e lo dimentica su questo computer</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../qml/LoginView.qml" line="+41"/>
        <source>Secure connection</source>
        <translation>Connessione sicura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not secure (local development)</source>
        <translation>Non sicura (sviluppo locale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not secure</source>
        <translation>Non sicura</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in – %1</source>
        <translation>Accedi – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Sign-in timed out</source>
        <translation>Tempo scaduto per l&apos;accesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>Sign-in failed</source>
        <translation>Accesso non riuscito</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Connection security</source>
        <translation>Sicurezza della connessione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page address</source>
        <translation>Indirizzo della pagina</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Page loading progress</source>
        <translation>Avanzamento del caricamento della pagina</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sign-in page</source>
        <translation>Pagina di accesso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in page of %1</source>
        <translation>La pagina di accesso di %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in page of the provider</source>
        <translation>La pagina di accesso del provider</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The connection to %1 is not secure: the page does not use https.</source>
        <translation>La connessione a %1 non è sicura: la pagina non usa HTTPS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Can&apos;t connect securely</source>
        <translation>Impossibile connettersi in modo sicuro</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The connection to %1 is not secure: %2</source>
        <translation>La connessione a %1 non è sicura: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sign-in page stopped working.</source>
        <translation>La pagina di accesso ha smesso di funzionare.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>Completing sign-in…</source>
        <translation>Completamento dell&apos;accesso…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes the sign-in view</source>
        <translation>Chiude la vista di accesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancels signing in</source>
        <translation>Annulla l&apos;accesso</translation>
    </message>
</context>
<context>
    <name>SignInButton</name>
    <message>
        <location filename="../qml/SignInButton.qml" line="+44"/>
        <source>Restoring your session…</source>
        <translation>Ripristino della sessione…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refreshing…</source>
        <extracomment>The session is renewing its access token in the background.</extracomment>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1</source>
        <translation>Accesso effettuato come %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again with %1</source>
        <translation>Accedi di nuovo con %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again</source>
        <translation>Accedi di nuovo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with %1</source>
        <translation>Accedi con %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Busy, please wait</source>
        <translation>Occupato, attendi</translation>
    </message>
</context>
</TS>
