<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Main</name>
    <message>
        <location filename="../demo/qml/Main.qml" line="+32"/>
        <source>QtSignIn QML demo</source>
        <translation>QtSignIn-QML-Demo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>QtSignIn demo</source>
        <translation>QtSignIn-Demo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The provider is not configured:
%1</source>
        <extracomment>%1 is the reason, possibly on several lines.</extracomment>
        <translation>Der Anbieter ist nicht eingerichtet:
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign in to see who you are to %1. With the local development IdP any login name and password work.</source>
        <extracomment>%1 is the provider&apos;s name (e.g. Google, &quot;Local development IdP&quot;).</extracomment>
        <translation>Melden Sie sich an, um zu sehen, wer Sie für %1 sind. Beim lokalen Entwicklungs-IdP funktionieren jeder Anmeldename und jedes Passwort.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>On another device, open %1 and enter the code %2</source>
        <extracomment>Device flow (RFC 8628). %1 is a web address, %2 the short code to type there.</extracomment>
        <translation>Öffnen Sie auf einem anderen Gerät %1 und geben Sie den Code %2 ein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue in your web browser; this window updates when you are done.</source>
        <translation>Fahren Sie in Ihrem Webbrowser fort; dieses Fenster aktualisiert sich, sobald Sie fertig sind.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refresh now</source>
        <translation>Jetzt erneuern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the access token now</source>
        <translation>Zugriffstoken jetzt erneuern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with another account</source>
        <translation>Mit einem anderen Konto anmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved accounts</source>
        <translation>Gespeicherte Konten</translation>
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
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <extracomment>Time left: %1 minutes and %2 seconds.</extracomment>
        <translation>%1 Min. %2 Sek.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Picture of %1</source>
        <extracomment>%1 is the user&apos;s name.</extracomment>
        <translation>Bild von %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not shared</source>
        <translation>nicht freigegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject</source>
        <extracomment>The ID token&apos;s &quot;sub&quot; claim: the user&apos;s identifier at the provider.</extracomment>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token expires in</source>
        <translation>Token läuft ab in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept in</source>
        <extracomment>Where the sign-in (the refresh token) is kept: the system keychain or memory only.</extracomment>
        <translation>Gespeichert in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory only (this session)</source>
        <translation>nur Arbeitsspeicher (diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../demo/qml/main.cpp" line="+36"/>
        <source>QtSignIn QML demo</source>
        <translation>QtSignIn-QML-Demo</translation>
    </message>
</context>
</TS>
