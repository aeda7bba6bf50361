<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="+67"/>
        <source>%1 (see qtsignin --help)</source>
        <extracomment>%1 what is wrong with the command line.</extracomment>
        <translation>%1 (siehe qtsignin --help)</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="+163"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: agent must be browser, device or embedded</source>
        <translation>%1: agent muss browser, device oder embedded sein</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>option --%1 needs a value</source>
        <translation>Option --%1 benötigt einen Wert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>option --%1 takes no value</source>
        <translation>Option --%1 nimmt keinen Wert an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option --%1</source>
        <translation>unbekannte Option --%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no command given (login, token, whoami, accounts or logout)</source>
        <translation>kein Befehl angegeben (login, token, whoami, accounts oder logout)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown command %1</source>
        <translation>unbekannter Befehl %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>%1 does not take --%2</source>
        <translation>%1 akzeptiert --%2 nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>logout takes --account or --all, not both</source>
        <translation>logout akzeptiert --account oder --all, nicht beides</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>QTSIGNIN_AGENT must be browser, device or embedded</source>
        <translation>QTSIGNIN_AGENT muss browser, device oder embedded sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QTSIGNIN_JSON must be 1 or 0</source>
        <translation>QTSIGNIN_JSON muss 1 oder 0 sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QTSIGNIN_ALLOW_INSECURE_HTTP must be 1 or 0</source>
        <translation>QTSIGNIN_ALLOW_INSECURE_HTTP muss 1 oder 0 sein</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--agent must be browser, device or embedded</source>
        <translation>--agent muss browser, device oder embedded sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the account name must not be empty</source>
        <translation>der Kontoname darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: qtsignin &lt;command&gt; [options]

Sign in with OAuth 2.0 / OpenID Connect from a terminal, print access tokens, sign out.

Commands:
  login     sign in and keep the account in the system keychain
  token     print a valid access token (refreshed when due), alone on stdout
  whoami    show the signed-in user
  accounts  list the accounts signed in with this tool
  logout    revoke the account&apos;s tokens and delete them

login options:
  --config FILE          settings file (JSON; keys as in QtSignIn::ProviderSettings,
                         plus &quot;agent&quot; and &quot;account&quot;)
  --provider NAME        google, github, microsoft, oidc or custom
  --issuer URL           the OpenID Provider (oidc)
  --client-id ID         the client registered with the provider
  --client-secret S      its secret, if it has one (prefer QTSIGNIN_CLIENT_SECRET or
                         the settings file: the command line is visible to others)
  --scope &quot;A B&quot;          scopes to request
  --tenant T             Microsoft tenant
  --authorize-url URL, --token-url URL, --userinfo-url URL   endpoints (custom)
  --agent AGENT          browser (default where allowed), device or embedded
  --store STORE          keychain (default) or memory (nothing is kept)
  --account NAME         the name to keep the account under (default: default)
  --timeout SECONDS      how long to wait for the sign-in (default: 120)
  --allow-insecure-http  allow plain http to a loopback IdP (development)
  --json                 print the account as JSON
%1token:    [--account NAME] [--force-refresh]
whoami:   [--account NAME] [--json]
accounts: [--json]
logout:   [--account NAME | --all]

Every option can also be set with a QTSIGNIN_* variable (QTSIGNIN_CLIENT_ID,
QTSIGNIN_AGENT, QTSIGNIN_ACCOUNT, QTSIGNIN_CONFIG, QTSIGNIN_ALLOW_INSECURE_HTTP…) or in
the settings file (default: ~/.config/qtsignin/qtsignin.json). The command line wins
over the environment, which wins over the file.

Exit status: 0 success, 2 usage or settings, 3 cancelled or timed out, 4 refused by the
provider or by validation (or not signed in), 5 network or TLS, 6 keychain or files.
Errors are one line on stderr: qtsignin: &lt;ErrorCode&gt;: &lt;message&gt;
</source>
        <translation>Aufruf: qtsignin &lt;Befehl&gt; [Optionen]

Mit OAuth 2.0 / OpenID Connect im Terminal anmelden, Zugriffstokens ausgeben, abmelden.

Befehle:
  login     anmelden und das Konto im Schlüsselbund des Systems speichern
  token     ein gültiges Zugriffstoken ausgeben (bei Bedarf erneuert), allein auf stdout
  whoami    den angemeldeten Benutzer anzeigen
  accounts  die mit diesem Werkzeug angemeldeten Konten auflisten
  logout    die Tokens des Kontos widerrufen und löschen

Optionen von login:
  --config FILE          Einstellungsdatei (JSON; Schlüssel wie in
                         QtSignIn::ProviderSettings, dazu &quot;agent&quot; und &quot;account&quot;)
  --provider NAME        google, github, microsoft, oidc oder custom
  --issuer URL           der OpenID-Anbieter (oidc)
  --client-id ID         der beim Anbieter registrierte Client
  --client-secret S      sein Clientschlüssel, falls vorhanden (besser
                         QTSIGNIN_CLIENT_SECRET oder die Einstellungsdatei: die
                         Befehlszeile ist für andere sichtbar)
  --scope &quot;A B&quot;          anzufordernde Scopes
  --tenant T             Microsoft-Mandant
  --authorize-url URL, --token-url URL, --userinfo-url URL   Endpunkte (custom)
  --agent AGENT          browser (Standard, wo erlaubt), device oder embedded
  --store STORE          keychain (Standard) oder memory (nichts wird gespeichert)
  --account NAME         Name, unter dem das Konto gespeichert wird (Standard: default)
  --timeout SECONDS      wie lange auf die Anmeldung gewartet wird (Standard: 120)
  --allow-insecure-http  unverschlüsseltes http zu einem Loopback-IdP erlauben
                         (Entwicklung)
  --json                 das Konto als JSON ausgeben
%1token:    [--account NAME] [--force-refresh]
whoami:   [--account NAME] [--json]
accounts: [--json]
logout:   [--account NAME | --all]

Jede Option lässt sich auch mit einer QTSIGNIN_*-Variablen (QTSIGNIN_CLIENT_ID,
QTSIGNIN_AGENT, QTSIGNIN_ACCOUNT, QTSIGNIN_CONFIG, QTSIGNIN_ALLOW_INSECURE_HTTP…) oder
in der Einstellungsdatei setzen (Standard: ~/.config/qtsignin/qtsignin.json). Die
Befehlszeile hat Vorrang vor der Umgebung, die Umgebung vor der Datei.

Exit-Status: 0 Erfolg, 2 Aufruf oder Einstellungen, 3 abgebrochen oder Zeit
überschritten, 4 vom Anbieter oder bei der Prüfung abgelehnt (oder nicht angemeldet),
5 Netzwerk oder TLS, 6 Schlüsselbund oder Dateien.
Fehler stehen in einer Zeile auf stderr: qtsignin: &lt;ErrorCode&gt;: &lt;Meldung&gt;
</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>  --ca-file PATH         extra trusted CA certificates (PEM file or folder),
                         on top of the system&apos;s
  --proxy URL            http://host:port, socks5://host:port, none or system
                         (default: https_proxy / no_proxy, else the system&apos;s)
  --client-certificate FILE, --client-key FILE   mutual TLS (PEM)
</source>
        <translation>  --ca-file PATH         weitere vertrauenswürdige CA-Zertifikate (PEM-Datei oder
                         Ordner), neben denen des Systems
  --proxy URL            http://host:port, socks5://host:port, none oder system
                         (Standard: https_proxy / no_proxy, sonst der System-Proxy)
  --client-certificate FILE, --client-key FILE   TLS mit Clientzertifikat (PEM)
</translation>
    </message>
    <message>
        <location filename="../src/cli/terminal.cpp" line="+92"/>
        <source>%1:%2 left</source>
        <extracomment>Time left to finish signing in, e.g. &quot;1:45 left&quot;.</extracomment>
        <translation>noch %1:%2</translation>
    </message>
    <message>
        <location filename="../src/cli/commandcontext.cpp" line="+50"/>
        <source>no account named &quot;%1&quot;: sign in with qtsignin login --account %1</source>
        <translation>kein Konto namens „%1“: Melden Sie sich mit qtsignin login --account %1 an</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the provider no longer accepts this sign-in: sign in again with qtsignin login --account %1</source>
        <translation>der Anbieter akzeptiert diese Anmeldung nicht mehr: Melden Sie sich mit qtsignin login --account %1 erneut an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the keychain holds no sign-in for account &quot;%1&quot; any more: sign in with qtsignin login --account %1</source>
        <translation>der Schlüsselbund enthält keine Anmeldung für das Konto „%1“ mehr: Melden Sie sich mit qtsignin login --account %1 an</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 at %2 (account &quot;%3&quot;)</source>
        <extracomment>%1 user (name &lt;e-mail&gt;), %2 the identity provider, %3 the account name.</extracomment>
        <translation>%1 bei %2 (Konto „%3“)</translation>
    </message>
    <message>
        <location filename="../src/cli/logincommand.cpp" line="+114"/>
        <source>%1 does not allow --agent %2</source>
        <translation>%1 erlaubt --agent %2 nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 allows no sign-in from here</source>
        <translation>%1 erlaubt von hier aus keine Anmeldung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--agent embedded needs a display and QtSignIn&apos;s Widgets library</source>
        <translation>--agent embedded benötigt eine grafische Anzeige und die Widgets-Bibliothek von QtSignIn</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open this page to sign in:</source>
        <translation>Öffnen Sie diese Seite, um sich anzumelden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the browser</source>
        <translation>Warten auf den Browser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To sign in, open %1 and enter the code %2</source>
        <extracomment>%1 a web address, %2 a code like WDJB-MJHT.</extracomment>
        <translation>Öffnen Sie zur Anmeldung %1 und geben Sie den Code %2 ein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or open %1</source>
        <translation>oder öffnen Sie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the other device</source>
        <translation>Warten auf das andere Gerät</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting for the sign-in window</source>
        <translation>Warten auf das Anmeldefenster</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>the sign-in was not finished within %n second(s)</source>
        <translation>
            <numerusform>die Anmeldung wurde nicht innerhalb von %n Sekunde abgeschlossen</numerusform>
            <numerusform>die Anmeldung wurde nicht innerhalb von %n Sekunden abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/accountcommands.cpp" line="+33"/>
        <source>Sign in again with: qtsignin login --account %1</source>
        <translation>Melden Sie sich erneut an mit: qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(no longer in the keychain)</source>
        <translation>(nicht mehr im Schlüsselbund)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No accounts. Sign in with: qtsignin login</source>
        <translation>Keine Konten. Melden Sie sich an mit: qtsignin login</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Signed out of &quot;%1&quot; on this computer, but the provider did not confirm the revocation.</source>
        <translation>Vom Konto „%1“ auf diesem Computer abgemeldet, aber der Anbieter hat den Widerruf nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed out of &quot;%1&quot;. %2 cannot revoke tokens: they stay valid until they expire.</source>
        <translation>Vom Konto „%1“ abgemeldet. %2 kann keine Tokens widerrufen; sie bleiben gültig, bis sie ablaufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>Vom Konto „%1“ abgemeldet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No accounts to sign out of.</source>
        <translation>Keine Konten zum Abmelden.</translation>
    </message>
</context>
</TS>
