<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="+67"/>
        <source>%1 (see qtsignin --help)</source>
        <extracomment>%1 what is wrong with the command line.</extracomment>
        <translation>%1 (см. qtsignin --help)</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="+163"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: не удаётся прочитать (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a JSON object</source>
        <translation>%1: не является объектом JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: agent must be browser, device or embedded</source>
        <translation>%1: значение agent должно быть browser, device или embedded</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown option %1</source>
        <translation>неизвестный параметр %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>option --%1 needs a value</source>
        <translation>параметру --%1 требуется значение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>option --%1 takes no value</source>
        <translation>параметр --%1 не принимает значения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option --%1</source>
        <translation>неизвестный параметр --%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no command given (login, token, whoami, accounts or logout)</source>
        <translation>не указана команда (login, token, whoami, accounts или logout)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown command %1</source>
        <translation>неизвестная команда %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument %1</source>
        <translation>неожиданный аргумент %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>%1 does not take --%2</source>
        <translation>команда %1 не принимает --%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>logout takes --account or --all, not both</source>
        <translation>logout принимает --account или --all, но не оба сразу</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>QTSIGNIN_AGENT must be browser, device or embedded</source>
        <translation>значение QTSIGNIN_AGENT должно быть browser, device или embedded</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QTSIGNIN_JSON must be 1 or 0</source>
        <translation>значение QTSIGNIN_JSON должно быть 1 или 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QTSIGNIN_ALLOW_INSECURE_HTTP must be 1 or 0</source>
        <translation>значение QTSIGNIN_ALLOW_INSECURE_HTTP должно быть 1 или 0</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--agent must be browser, device or embedded</source>
        <translation>значение --agent должно быть browser, device или embedded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the account name must not be empty</source>
        <translation>имя учётной записи не может быть пустым</translation>
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
        <translation>Использование: qtsignin &lt;команда&gt; [параметры]

Вход через OAuth 2.0 / OpenID Connect из терминала, вывод токенов доступа, выход.

Команды:
  login     войти и сохранить учётную запись в системной связке ключей
  token     вывести в stdout только действующий токен доступа (при необходимости
            обновлённый)
  whoami    показать пользователя, который вошёл
  accounts  перечислить учётные записи, вход в которые выполнен этим инструментом
  logout    отозвать токены учётной записи и удалить их

Параметры login:
  --config FILE          файл настроек (JSON; ключи как в QtSignIn::ProviderSettings,
                         а также &quot;agent&quot; и &quot;account&quot;)
  --provider NAME        google, github, microsoft, oidc или custom
  --issuer URL           поставщик OpenID (oidc)
  --client-id ID         клиент, зарегистрированный у поставщика
  --client-secret S      его секрет, если он есть (лучше QTSIGNIN_CLIENT_SECRET или файл
                         настроек: командная строка видна другим пользователям)
  --scope &quot;A B&quot;          запрашиваемые области доступа
  --tenant T             арендатор Microsoft
  --authorize-url URL, --token-url URL, --userinfo-url URL   конечные точки (custom)
  --agent AGENT          browser (по умолчанию, где разрешено), device или embedded
  --store STORE          keychain (по умолчанию) или memory (ничего не сохраняется)
  --account NAME         имя для сохранения учётной записи (по умолчанию: default)
  --timeout SECONDS      сколько ждать входа (по умолчанию: 120)
  --allow-insecure-http  разрешить незашифрованный http к IdP на loopback-адресе
                         (для разработки)
  --json                 вывести учётную запись в формате JSON
%1token:    [--account NAME] [--force-refresh]
whoami:   [--account NAME] [--json]
accounts: [--json]
logout:   [--account NAME | --all]

Любой параметр можно задать и переменной QTSIGNIN_* (QTSIGNIN_CLIENT_ID, QTSIGNIN_AGENT,
QTSIGNIN_ACCOUNT, QTSIGNIN_CONFIG, QTSIGNIN_ALLOW_INSECURE_HTTP…), и в файле настроек
(по умолчанию: ~/.config/qtsignin/qtsignin.json). Командная строка имеет приоритет над
окружением, а окружение — над файлом.

Код выхода: 0 успех, 2 ошибка вызова или настроек, 3 отменено или истекло время, 4 отказ
поставщика или проверки (или вход не выполнен), 5 сеть или TLS, 6 связка ключей или
файлы.
Ошибки выводятся одной строкой в stderr: qtsignin: &lt;ErrorCode&gt;: &lt;сообщение&gt;
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
        <translation>  --ca-file PATH         доверенные сертификаты ЦС (файл PEM или папка) в дополнение
                         к системным
  --proxy URL            http://host:port, socks5://host:port, none или system
                         (по умолчанию: https_proxy / no_proxy, иначе системный)
  --client-certificate FILE, --client-key FILE   взаимная TLS-аутентификация (PEM)
</translation>
    </message>
    <message>
        <location filename="../src/cli/terminal.cpp" line="+92"/>
        <source>%1:%2 left</source>
        <extracomment>Time left to finish signing in, e.g. &quot;1:45 left&quot;.</extracomment>
        <translation>осталось %1:%2</translation>
    </message>
    <message>
        <location filename="../src/cli/commandcontext.cpp" line="+50"/>
        <source>no account named &quot;%1&quot;: sign in with qtsignin login --account %1</source>
        <translation>нет учётной записи с именем «%1»: войдите с помощью qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the provider no longer accepts this sign-in: sign in again with qtsignin login --account %1</source>
        <translation>поставщик больше не принимает этот вход: войдите снова с помощью qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the keychain holds no sign-in for account &quot;%1&quot; any more: sign in with qtsignin login --account %1</source>
        <translation>в связке ключей больше нет данных входа для учётной записи «%1»: войдите с помощью qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 at %2 (account &quot;%3&quot;)</source>
        <extracomment>%1 user (name &lt;e-mail&gt;), %2 the identity provider, %3 the account name.</extracomment>
        <translation>%1 — %2 (учётная запись «%3»)</translation>
    </message>
    <message>
        <location filename="../src/cli/logincommand.cpp" line="+114"/>
        <source>%1 does not allow --agent %2</source>
        <translation>%1 не разрешает --agent %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 allows no sign-in from here</source>
        <translation>%1 не разрешает вход отсюда</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--agent embedded needs a display and QtSignIn&apos;s Widgets library</source>
        <translation>для --agent embedded нужны графический дисплей и библиотека Widgets из QtSignIn</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open this page to sign in:</source>
        <translation>Откройте эту страницу, чтобы войти:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the browser</source>
        <translation>Ожидание браузера</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To sign in, open %1 and enter the code %2</source>
        <extracomment>%1 a web address, %2 a code like WDJB-MJHT.</extracomment>
        <translation>Чтобы войти, откройте %1 и введите код %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or open %1</source>
        <translation>или откройте %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the other device</source>
        <translation>Ожидание другого устройства</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting for the sign-in window</source>
        <translation>Ожидание окна входа</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>the sign-in was not finished within %n second(s)</source>
        <translation>
            <numerusform>вход не был завершён за %n секунду</numerusform>
            <numerusform>вход не был завершён за %n секунды</numerusform>
            <numerusform>вход не был завершён за %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/accountcommands.cpp" line="+33"/>
        <source>Sign in again with: qtsignin login --account %1</source>
        <translation>Войдите снова: qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(no longer in the keychain)</source>
        <translation>(больше нет в связке ключей)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No accounts. Sign in with: qtsignin login</source>
        <translation>Учётных записей нет. Войдите: qtsignin login</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Signed out of &quot;%1&quot; on this computer, but the provider did not confirm the revocation.</source>
        <translation>Выход из «%1» на этом компьютере выполнен, но поставщик не подтвердил отзыв токенов.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed out of &quot;%1&quot;. %2 cannot revoke tokens: they stay valid until they expire.</source>
        <translation>Выход из «%1» выполнен. %2 не может отзывать токены: они остаются действительными до истечения срока.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>Выход из «%1» выполнен.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No accounts to sign out of.</source>
        <translation>Нет учётных записей, из которых нужно выйти.</translation>
    </message>
</context>
</TS>
