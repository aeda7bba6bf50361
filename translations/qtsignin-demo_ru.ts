<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../demo/widgets/main.cpp" line="+24"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::AccountList</name>
    <message>
        <location filename="../demo/widgets/accountlist.cpp" line="+23"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;witch</source>
        <extracomment>Button: makes the selected remembered account the signed-in one.</extracomment>
        <translation>&amp;Переключить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <extracomment>Button: signs the selected account out and forgets it.</extracomment>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remembered accounts</source>
        <translation>Запомненные учётные записи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the selected account the current one</source>
        <translation>Сделать выбранную учётную запись текущей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the selected account out and forget it</source>
        <translation>Выйти из выбранной учётной записи и забыть её</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Current account</source>
        <extracomment>Accessible text of the account that is signed in now.</extracomment>
        <translation>Текущая учётная запись</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No account remembered yet</source>
        <translation>Пока нет запомненных учётных записей</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::Avatar</name>
    <message>
        <location filename="../demo/widgets/avatar.cpp" line="+22"/>
        <source>Profile picture</source>
        <translation>Фото профиля</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::Banner</name>
    <message>
        <location filename="../demo/widgets/banner.cpp" line="+40"/>
        <source>Details</source>
        <extracomment>Shows or hides the technical details of an error.</extracomment>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show error details</source>
        <translation>Показать подробности ошибки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error details</source>
        <translation>Подробности ошибки</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Скрыть сообщение</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Error code: %1</source>
        <extracomment>%1: the name of the error code (e.g. NetworkError), left in English to search for.</extracomment>
        <translation>Код ошибки: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server error: %1</source>
        <extracomment>%1: the OAuth &quot;error&quot; value the server sent (e.g. invalid_grant), as sent.</extracomment>
        <translation>Ошибка сервера: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server description: %1</source>
        <translation>Описание от сервера: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More information: %1</source>
        <translation>Подробнее: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status: %1</source>
        <translation>Статус HTTP: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network error: %1</source>
        <extracomment>%1: the name of the network error (e.g. ConnectionRefusedError), in English.</extracomment>
        <translation>Сетевая ошибка: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detail: %1</source>
        <translation>Подробность: %1</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::BrowserWaitView</name>
    <message>
        <location filename="../demo/widgets/browserwaitview.cpp" line="+21"/>
        <source>&amp;Open the page again</source>
        <translation>&amp;Открыть страницу снова</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue in your browser</source>
        <translation>Продолжите в браузере</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in page opened in your web browser. Sign in there: this window continues by itself when you are done.</source>
        <translation>Страница входа открыта в вашем веб-браузере. Войдите там: это окно продолжит работу само, когда вы закончите.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Waiting for the browser: %1 left</source>
        <extracomment>%1: time left, e.g. 4:59.</extracomment>
        <translation>Ожидание браузера: осталось %1</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::Countdown</name>
    <message>
        <location filename="../demo/widgets/countdown.cpp" line="+16"/>
        <source>%1:%2</source>
        <extracomment>A countdown: minutes and seconds, e.g. 4:05.</extracomment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <extracomment>A countdown of an hour or more: hours and minutes, e.g. 1 h 05 min.</extracomment>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::DemoOptions</name>
    <message>
        <location filename="../demo/widgets/demooptions.cpp" line="+19"/>
        <source>Try QtSignIn&apos;s sign-in with a local development IdP, Google, GitHub, Microsoft or any OpenID Connect provider. Settings also come from QTSIGNIN_* environment variables (QTSIGNIN_PROVIDER, QTSIGNIN_ISSUER, QTSIGNIN_CLIENT_ID, QTSIGNIN_CLIENT_SECRET, QTSIGNIN_SCOPES, QTSIGNIN_TENANT, QTSIGNIN_ALLOW_INSECURE_LOOPBACK…).</source>
        <translation>Попробуйте вход через QtSignIn с локальным IdP для разработки, Google, GitHub, Microsoft или любым поставщиком OpenID Connect. Настройки также берутся из переменных окружения QTSIGNIN_* (QTSIGNIN_PROVIDER, QTSIGNIN_ISSUER, QTSIGNIN_CLIENT_ID, QTSIGNIN_CLIENT_SECRET, QTSIGNIN_SCOPES, QTSIGNIN_TENANT, QTSIGNIN_ALLOW_INSECURE_LOOPBACK…).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider settings from a JSON file (same keys as the QTSIGNIN_* variables, in lower case).</source>
        <translation>Настройки поставщика из файла JSON (те же ключи, что и у переменных QTSIGNIN_*, в нижнем регистре).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider to show first: dev, google, github, microsoft or oidc.</source>
        <translation>Поставщик, показываемый первым: dev, google, github, microsoft или oidc.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start signed out instead of restoring the last session.</source>
        <translation>Запустить без входа вместо восстановления последнего сеанса.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window to this PNG file once it has started, then quit.</source>
        <translation>Сохранить изображение окна в этот PNG-файл после запуска и выйти.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unknown provider “%1”.</source>
        <translation>Неизвестный поставщик «%1».</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::DeviceCodeView</name>
    <message>
        <location filename="../demo/widgets/devicecodeview.cpp" line="+26"/>
        <source>C&amp;opy code</source>
        <translation>&amp;Копировать код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the page</source>
        <translation>&amp;Открыть страницу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in on another device</source>
        <translation>Вход на другом устройстве</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User code</source>
        <extracomment>Read by screen readers: the code the user types on the other device.</extracomment>
        <translation>Код пользователя</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the verification page in this computer&apos;s browser</source>
        <translation>Открыть страницу подтверждения в браузере этого компьютера</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Code copied to the clipboard</source>
        <translation>Код скопирован в буфер обмена</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Asking the provider for a code…</source>
        <translation>Запрос кода у поставщика…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On your phone or another computer, open %1 and enter this code:</source>
        <extracomment>%1: the verification page as a link. The user opens it on a phone or another computer.</extracomment>
        <translation>На телефоне или другом компьютере откройте %1 и введите этот код:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The code expires in %1</source>
        <extracomment>%1: time left, e.g. 4:59.</extracomment>
        <translation>Код истечёт через %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code has expired</source>
        <translation>Срок действия кода истёк</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::MainWindow</name>
    <message>
        <location filename="../demo/widgets/mainwindow.cpp" line="+56"/>
        <source>QtSignIn Demo</source>
        <translation>Демо QtSignIn</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider &amp;settings…</source>
        <translation>&amp;Настройки поставщика…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About QtSignIn Demo</source>
        <translation>&amp;О демо QtSignIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About QtSignIn Demo</source>
        <translation>О демо QtSignIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;QtSignIn Demo&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sign-in with OAuth 2.0 and OpenID Connect for Qt applications: the embedded LoginDialog, the system browser (RFC 8252) and the device flow (RFC 8628), with sessions kept in the OS keychain.&lt;/p&gt;</source>
        <extracomment>Keep the HTML tags and the names (LoginDialog, RFC numbers).</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Демо QtSignIn&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Вход через OAuth 2.0 и OpenID Connect для приложений Qt: встроенный LoginDialog, системный браузер (RFC 8252) и вход по коду устройства (RFC 8628), с сеансами в связке ключей ОС.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the tokens and forget this account</source>
        <translation>Отозвать токены и забыть эту учётную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add another account…</source>
        <translation>&amp;Добавить другую учётную запись…</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The client secret could not be read from the keychain (%1).</source>
        <translation>Не удалось прочитать секрет клиента из связки ключей (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issuer: %1</source>
        <translation>Издатель: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client ID: %1</source>
        <translation>ID клиента: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To sign in with %1, register an application (see the help on the left) and enter its client ID in &lt;a href=&quot;settings:&quot;&gt;Settings&lt;/a&gt;.</source>
        <extracomment>%1: the provider&apos;s name. Keep the link: it opens the provider&apos;s settings (File &gt; Provider settings…).</extracomment>
        <translation>Чтобы войти через %1, зарегистрируйте приложение (см. справку слева) и введите его ID клиента в &lt;a href=&quot;settings:&quot;&gt;настройках&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The session has ended: sign in again</source>
        <translation>Сеанс завершён: войдите снова</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed out; the provider revoked the tokens</source>
        <translation>Выход выполнен; поставщик отозвал токены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>Выход выполнен</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The client secret could not be saved in the keychain (%1). It is kept until you quit the demo.</source>
        <translation>Не удалось сохранить секрет клиента в связке ключей (%1). Он будет храниться до выхода из демо.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restoring your session…</source>
        <translation>Восстановление сеанса…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing in in the sign-in window…</source>
        <translation>Выполняется вход в окне входа…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Ваш сеанс завершён. Войдите снова, чтобы продолжить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are signed out.</source>
        <translation>Вы не вошли в систему.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not remembered: no keychain available (session only)</source>
        <extracomment>Shown when the OS keychain (Secret Service) cannot be used: the sign-in is kept in memory and forgotten when the demo quits.</extracomment>
        <translation>Не запомнено: связка ключей недоступна (только этот сеанс)</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::ProviderCatalog</name>
    <message>
        <location filename="../demo/widgets/providercatalog.cpp" line="+50"/>
        <source>Local development IdP</source>
        <extracomment>The OpenID provider that comes with QtSignIn for trying it out on this computer.</extracomment>
        <translation>Локальный IdP для разработки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom OpenID Connect provider</source>
        <extracomment>Any OpenID Connect provider, found through its issuer URL.</extracomment>
        <translation>Другой поставщик OpenID Connect</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The OpenID provider of QtSignIn&apos;s test bed, on this computer. Nothing to register: the client &lt;code&gt;%1&lt;/code&gt; exists with the redirect URI %2. Start it with &lt;code&gt;bash tools/setup.sh demo&lt;/code&gt;, then sign in with any login and password, e.g. &lt;b&gt;alice&lt;/b&gt; / &lt;b&gt;alice&lt;/b&gt;.</source>
        <extracomment>%1: the client ID, %2: the redirect URI. Keep the HTML tags, the command, and alice / alice (a login of the test provider).</extracomment>
        <translation>Поставщик OpenID из тестового стенда QtSignIn на этом компьютере. Ничего регистрировать не нужно: клиент &lt;code&gt;%1&lt;/code&gt; уже есть с URI перенаправления %2. Запустите его командой &lt;code&gt;bash tools/setup.sh demo&lt;/code&gt;, затем войдите с любым логином и паролем, например &lt;b&gt;alice&lt;/b&gt; / &lt;b&gt;alice&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create an OAuth client ID of type &lt;i&gt;Desktop app&lt;/i&gt; in the Google Cloud console (&lt;a href=&quot;https://console.cloud.google.com/apis/credentials&quot;&gt;APIs &amp;amp; Services → Credentials&lt;/a&gt;). Desktop clients accept the loopback redirect %1 on any port without registering it. Enter the client ID and the client secret in Settings (Google requires both). Google does not allow sign-in inside an application window: use the browser or a code.</source>
        <extracomment>%1: the redirect URI. Keep the HTML tags (and the entity &amp;amp;). The menu path and &quot;Desktop app&quot; stay as the console shows them in English.</extracomment>
        <translation>Создайте ID клиента OAuth типа &lt;i&gt;Desktop app&lt;/i&gt; в консоли Google Cloud (&lt;a href=&quot;https://console.cloud.google.com/apis/credentials&quot;&gt;APIs &amp;amp; Services → Credentials&lt;/a&gt;). Клиенты для ПК принимают перенаправление на loopback-адрес %1 на любом порту без регистрации. Введите ID клиента и секрет клиента в настройках (Google требует оба). Google не разрешает вход внутри окна приложения: используйте браузер или код.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register an OAuth app at &lt;a href=&quot;https://github.com/settings/developers&quot;&gt;GitHub → Settings → Developer settings&lt;/a&gt; with the callback URL %1 (GitHub accepts any port on a loopback address). To sign in with a code, tick &lt;i&gt;Enable Device Flow&lt;/i&gt;. Enter the client ID and the client secret in Settings.</source>
        <extracomment>%1: the callback URL. Keep the HTML tags; the menu names are as GitHub shows them in English.</extracomment>
        <translation>Зарегистрируйте приложение OAuth в &lt;a href=&quot;https://github.com/settings/developers&quot;&gt;GitHub → Settings → Developer settings&lt;/a&gt; с URL обратного вызова %1 (GitHub принимает любой порт на loopback-адресе). Чтобы входить по коду, отметьте &lt;i&gt;Enable Device Flow&lt;/i&gt;. Введите ID клиента и секрет клиента в настройках.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register an application in the &lt;a href=&quot;https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade&quot;&gt;Microsoft Entra admin center → App registrations&lt;/a&gt;. Under &lt;i&gt;Authentication&lt;/i&gt;, add the platform &lt;i&gt;Mobile and desktop applications&lt;/i&gt; with the redirect URIs &lt;code&gt;http://localhost&lt;/code&gt; and %1 (Microsoft ignores the port of loopback redirects), and allow public client flows for sign-in with a code. Enter the application (client) ID and the tenant in Settings.</source>
        <extracomment>%1: a redirect URI. Keep the HTML tags. The names of the admin center&apos;s pages and options stay as it shows them in English.</extracomment>
        <translation>Зарегистрируйте приложение в &lt;a href=&quot;https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade&quot;&gt;Microsoft Entra admin center → App registrations&lt;/a&gt;. В разделе &lt;i&gt;Authentication&lt;/i&gt; добавьте платформу &lt;i&gt;Mobile and desktop applications&lt;/i&gt; с URI перенаправления &lt;code&gt;http://localhost&lt;/code&gt; и %1 (Microsoft не учитывает порт в loopback-перенаправлениях) и разрешите потоки общедоступного клиента для входа по коду. Введите ID приложения (клиента) и арендатора в настройках.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any OpenID Connect provider that publishes discovery metadata (&lt;code&gt;/.well-known/openid-configuration&lt;/code&gt;): Keycloak, Authentik, Auth0, Okta… Register a public (native) client with PKCE and the redirect URI %1, then enter the issuer URL and the client ID in Settings.</source>
        <extracomment>%1: the redirect URI. Keep the HTML tags and the product names.</extracomment>
        <translation>Любой поставщик OpenID Connect, публикующий метаданные обнаружения (&lt;code&gt;/.well-known/openid-configuration&lt;/code&gt;): Keycloak, Authentik, Auth0, Okta… Зарегистрируйте общедоступный (нативный) клиент с PKCE и URI перенаправления %1, затем введите URL издателя и ID клиента в настройках.</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::ProviderPicker</name>
    <message>
        <location filename="../demo/widgets/providerpicker.cpp" line="+14"/>
        <location line="+9"/>
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Client ID, secret, tenant and scopes of this provider</source>
        <translation>ID клиента, секрет, арендатор и области доступа этого поставщика</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Local development IdP over plain http (loopback only)</source>
        <extracomment>Warns that the development provider is reached without TLS, which is only allowed for addresses of this computer.</extracomment>
        <translation>Локальный IdP для разработки по незашифрованному HTTP (только loopback)</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::SettingsDialog</name>
    <message>
        <location filename="../demo/widgets/settingsdialog.cpp" line="+28"/>
        <source>Settings – %1</source>
        <extracomment>%1: the provider&apos;s name.</extracomment>
        <translation>Настройки – %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Issuer URL:</source>
        <translation>URL &amp;издателя:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client I&amp;D:</source>
        <translation>&amp;ID клиента:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (public client)</source>
        <extracomment>Placeholder of the client secret field.</extracomment>
        <translation>нет (общедоступный клиент)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the secret</source>
        <translation>Показать секрет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client &amp;secret:</source>
        <translation>&amp;Секрет клиента:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>common, organizations, consumers, a tenant ID or a domain</source>
        <translation>common, organizations, consumers, ID арендатора или домен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Арендатор:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the provider&apos;s defaults</source>
        <translation>значения поставщика по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by spaces; leave empty for the provider&apos;s defaults</source>
        <translation>Через пробел; оставьте пустым, чтобы использовать значения поставщика по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;copes:</source>
        <translation>О&amp;бласти доступа:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only the system&apos;s</source>
        <translation>только системные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file or folder of extra certificate authorities to trust, on top of the system&apos;s (a company&apos;s private CA)</source>
        <translation>Файл PEM или папка с центрами сертификации, которым нужно доверять наряду с системными (например, частный ЦС компании)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtra CA certificates:</source>
        <translation>&amp;Дополнительные сертификаты ЦС:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s (https_proxy, no_proxy)</source>
        <translation>системный (https_proxy, no_proxy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://host:port, socks5://host:port, none or system</source>
        <translation>http://host:port, socks5://host:port, none или system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Прокси:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Values given with --config or QTSIGNIN_* environment variables take precedence over these.</source>
        <translation>Значения, заданные через --config или переменные окружения QTSIGNIN_*, имеют приоритет над этими.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>These settings cannot work: %1</source>
        <translation>С этими настройками работать не получится: %1</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::SignInView</name>
    <message>
        <location filename="../demo/widgets/signinview.cpp" line="+16"/>
        <source>Sign in in &amp;this window</source>
        <translation>Войти в &amp;этом окне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with the &amp;browser</source>
        <translation>Войти через &amp;браузер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with a c&amp;ode</source>
        <extracomment>Device authorization (RFC 8628): a short code entered on another device.</extracomment>
        <translation>Войти по к&amp;оду</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <extracomment>Leaves adding another account and goes back to the signed-in account.</extracomment>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in</source>
        <extracomment>Title of the page that offers the ways to sign in.</extracomment>
        <translation>Вход</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider&apos;s page in a window of this application</source>
        <translation>Страница поставщика в окне этого приложения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s page in your web browser (recommended by RFC 8252)</source>
        <translation>Страница поставщика в вашем веб-браузере (рекомендуется RFC 8252)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a short code on your phone or another computer</source>
        <translation>Ввести короткий код на телефоне или другом компьютере</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to enter your password. Whichever you pick, this application never sees it: it receives tokens from the provider.</source>
        <translation>Выберите, где ввести пароль. Что бы вы ни выбрали, это приложение его не видит: оно получает токены от поставщика.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This provider does not allow sign-in inside applications</source>
        <translation>Этот поставщик не разрешает вход внутри приложений</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This provider does not offer sign-in with a code</source>
        <translation>Этот поставщик не поддерживает вход по коду</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::TokenPanel</name>
    <message>
        <location filename="../demo/widgets/tokenpanel.cpp" line="+28"/>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Обновить сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy access token</source>
        <translation>&amp;Копировать токен доступа</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ask the provider for a new access token now</source>
        <translation>Запросить у поставщика новый токен доступа сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a valid access token on the clipboard (refreshed first if it is about to expire)</source>
        <translation>Поместить действующий токен доступа в буфер обмена (сначала обновив его, если он скоро истечёт)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim</source>
        <extracomment>Column headers of the ID-token claims table.</extracomment>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID token claims</source>
        <translation>Утверждения ID-токена</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Access token expires:</source>
        <translation>Токен доступа истекает:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted scopes:</source>
        <translation>Выданные области доступа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token:</source>
        <translation>Токен обновления:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID token claims (validated):</source>
        <translation>Утверждения ID-токена (проверены):</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(not stated by the provider)</source>
        <extracomment>Shown instead of the scopes when the provider did not say which it granted.</extracomment>
        <translation>(поставщик не указал)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept · refreshing now…</source>
        <extracomment>Value of &quot;Refresh token:&quot;: the session keeps one and is using it right now.</extracomment>
        <translation>Сохранён · обновляется…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept · the access token is renewed automatically %1 s before it expires</source>
        <extracomment>%1: seconds. The session refreshes the access token this long before it expires.</extracomment>
        <translation>Сохранён · токен доступа обновляется автоматически за %1 с до истечения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: sign in again when the access token expires</source>
        <extracomment>Value of &quot;Refresh token:&quot; when the provider gave none.</extracomment>
        <translation>Нет: войдите снова, когда токен доступа истечёт</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No ID token</source>
        <extracomment>The provider sent no ID token (e.g. GitHub, which is not OpenID Connect).</extracomment>
        <translation>Нет ID-токена</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (%2)</source>
        <extracomment>A date claim: %1 its value in seconds since 1970, %2 the same as local date and time.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The provider did not say</source>
        <extracomment>Value of &quot;Access token expires:&quot; when the provider sent no lifetime.</extracomment>
        <translation>Поставщик не указал</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in %1 (at %2)</source>
        <extracomment>%1: time left (e.g. 9:58), %2: the clock time of expiry.</extracomment>
        <translation>через %1 (в %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expired at %1</source>
        <extracomment>Value of &quot;Access token expires:&quot;. %1: a clock time.</extracomment>
        <translation>истёк в %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Access token copied to the clipboard</source>
        <translation>Токен доступа скопирован в буфер обмена</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::UserCard</name>
    <message>
        <location filename="../demo/widgets/usercard.cpp" line="+21"/>
        <source>Signed-in user</source>
        <translation>Вошедший пользователь</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (verified)</source>
        <extracomment>An e-mail address followed by a mark that the provider verified it.</extracomment>
        <translation>%1 (подтверждён)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in with %1 · %2</source>
        <extracomment>%1: the provider&apos;s name, %2: its issuer URL.</extracomment>
        <translation>Вход через %1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <extracomment>Read by screen readers: %1 the user&apos;s name, %2 their e-mail address.</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../demo/widgets/main.cpp" line="+19"/>
        <source>QtSignIn Demo</source>
        <translation>Демо QtSignIn</translation>
    </message>
</context>
</TS>
