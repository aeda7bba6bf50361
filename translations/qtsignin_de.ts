<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QtSignIn::AuthError</name>
    <message>
        <location filename="../src/core/types/autherror.cpp" line="+244"/>
        <source>Sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in took too long and was stopped. Please try again.</source>
        <translation>Die Anmeldung hat zu lange gedauert und wurde beendet. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the sign-in service. Check your internet connection and try again.</source>
        <translation>Keine Verbindung zum Anmeldedienst möglich. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A secure connection to the sign-in service could not be established. Check your computer&apos;s date and time, or ask your administrator.</source>
        <translation>Es konnte keine sichere Verbindung zum Anmeldedienst hergestellt werden. Prüfen Sie Datum und Uhrzeit Ihres Computers oder wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service ran into a problem. Please try again later.</source>
        <translation>Beim Anmeldedienst ist ein Problem aufgetreten. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in service is busy right now. Please wait a moment and try again.</source>
        <translation>Der Anmeldedienst ist gerade ausgelastet. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sign-in service did not recognise this application. Please contact the application&apos;s support.</source>
        <extracomment>&quot;This application&quot; is the program the user signs in to (not QtSignIn); its &quot;support&quot; is whoever helps that program&apos;s users.</extracomment>
        <translation>Der Anmeldedienst hat diese Anwendung nicht erkannt. Bitte wenden Sie sich an den Support der Anwendung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in is not set up correctly in this application. Please contact the application&apos;s support.</source>
        <extracomment>The application&apos;s developer configured the sign-in wrongly; the user cannot fix it.</extracomment>
        <translation>Die Anmeldung ist in dieser Anwendung nicht richtig eingerichtet. Bitte wenden Sie sich an den Support der Anwendung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in service does not allow the access this application asked for. Please contact the application&apos;s support.</source>
        <translation>Der Anmeldedienst erlaubt den von dieser Anwendung angeforderten Zugriff nicht. Bitte wenden Sie sich an den Support der Anwendung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service could not process the request. Please try again; if it keeps happening, contact the application&apos;s support.</source>
        <translation>Der Anmeldedienst konnte die Anfrage nicht verarbeiten. Bitte versuchen Sie es erneut; wenn das Problem weiterhin auftritt, wenden Sie sich an den Support der Anwendung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access was denied. Sign in again and allow access if you want to continue.</source>
        <translation>Der Zugriff wurde verweigert. Melden Sie sich erneut an und erlauben Sie den Zugriff, wenn Sie fortfahren möchten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in service sent an answer that could not be understood. Please try again later.</source>
        <translation>Der Anmeldedienst hat eine unverständliche Antwort gesendet. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service&apos;s settings could not be loaded. Check your internet connection and try again later.</source>
        <translation>Die Einstellungen des Anmeldedienstes konnten nicht geladen werden. Prüfen Sie Ihre Internetverbindung und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your identity could not be verified. Check your computer&apos;s date and time, then sign in again.</source>
        <translation>Ihre Identität konnte nicht bestätigt werden. Prüfen Sie Datum und Uhrzeit Ihres Computers und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in answer did not match this sign-in attempt. Please sign in again.</source>
        <extracomment>A security check: the answer from the sign-in page belongs to a different (older or forged) sign-in attempt.</extracomment>
        <translation>Die Antwort passt nicht zu diesem Anmeldeversuch. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in service does not allow signing in this way. Please sign in through your web browser.</source>
        <extracomment>E.g. Google refuses sign-in pages embedded in applications.</extracomment>
        <translation>Der Anmeldedienst erlaubt diese Art der Anmeldung nicht. Bitte melden Sie sich über Ihren Webbrowser an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your sign-in could not be saved or loaded from the system&apos;s password storage. Check that it is unlocked, then try again.</source>
        <extracomment>The operating system&apos;s keychain or keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager).</extracomment>
        <translation>Ihre Anmeldung konnte nicht im Passwortspeicher des Systems gespeichert oder daraus geladen werden. Prüfen Sie, ob er entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in failed because of an unexpected error. Please try again.</source>
        <translation>Die Anmeldung ist wegen eines unerwarteten Fehlers fehlgeschlagen. Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>QtSignIn::GenericOidcProvider</name>
    <message>
        <location filename="../src/core/providers/genericoidcprovider.cpp" line="+54"/>
        <source>Custom provider</source>
        <extracomment>Name of an identity provider configured by its endpoints alone (no issuer to name it), shown for example in the sign-in window&apos;s title &quot;Sign in – %1&quot;.</extracomment>
        <translation>Benutzerdefinierter Anbieter</translation>
    </message>
</context>
<context>
    <name>QtSignIn::LoopbackReceiver</name>
    <message>
        <location filename="../src/core/flow/loopbackreceiver.cpp" line="+86"/>
        <source>Signed in</source>
        <extracomment>Title of the browser page shown after a successful sign-in.</extracomment>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are signed in. You can close this window and return to the application.</source>
        <translation>Sie sind angemeldet. Sie können dieses Fenster schließen und zur Anwendung zurückkehren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in failed</source>
        <extracomment>Title of the browser page shown when the sign-in did not succeed.</extracomment>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can close this window and return to the application.</source>
        <translation>Sie können dieses Fenster schließen und zur Anwendung zurückkehren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link no longer valid</source>
        <extracomment>Title of the browser page for an old or unexpected sign-in link.</extracomment>
        <translation>Link nicht mehr gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This sign-in link is not valid any more. You can close this window and return to the application to sign in again.</source>
        <translation>Dieser Anmeldelink ist nicht mehr gültig. Sie können dieses Fenster schließen und sich in der Anwendung erneut anmelden.</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>The application stopped waiting for this sign-in.</source>
        <extracomment>Shown in the browser when the application gave up on the sign-in (it was cancelled, timed out or closed) before the browser came back.</extracomment>
        <translation>Die Anwendung wartet nicht mehr auf diese Anmeldung.</translation>
    </message>
</context>
</TS>
