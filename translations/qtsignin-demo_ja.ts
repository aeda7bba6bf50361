<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;witch</source>
        <extracomment>Button: makes the selected remembered account the signed-in one.</extracomment>
        <translation>切り替え(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <extracomment>Button: signs the selected account out and forgets it.</extracomment>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remembered accounts</source>
        <translation>記憶しているアカウント</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the selected account the current one</source>
        <translation>選択したアカウントを現在のアカウントにします</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the selected account out and forget it</source>
        <translation>選択したアカウントからサインアウトし、記憶から削除します</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Current account</source>
        <extracomment>Accessible text of the account that is signed in now.</extracomment>
        <translation>現在のアカウント</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No account remembered yet</source>
        <translation>記憶しているアカウントはまだありません</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::Avatar</name>
    <message>
        <location filename="../demo/widgets/avatar.cpp" line="+22"/>
        <source>Profile picture</source>
        <translation>プロフィール画像</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::Banner</name>
    <message>
        <location filename="../demo/widgets/banner.cpp" line="+40"/>
        <source>Details</source>
        <extracomment>Shows or hides the technical details of an error.</extracomment>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show error details</source>
        <translation>エラーの詳細を表示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error details</source>
        <translation>エラーの詳細</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Error code: %1</source>
        <extracomment>%1: the name of the error code (e.g. NetworkError), left in English to search for.</extracomment>
        <translation>エラー コード: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server error: %1</source>
        <extracomment>%1: the OAuth &quot;error&quot; value the server sent (e.g. invalid_grant), as sent.</extracomment>
        <translation>サーバー エラー: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server description: %1</source>
        <translation>サーバーの説明: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More information: %1</source>
        <translation>詳しい情報: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status: %1</source>
        <translation>HTTP ステータス: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network error: %1</source>
        <extracomment>%1: the name of the network error (e.g. ConnectionRefusedError), in English.</extracomment>
        <translation>ネットワーク エラー: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detail: %1</source>
        <translation>詳細: %1</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::BrowserWaitView</name>
    <message>
        <location filename="../demo/widgets/browserwaitview.cpp" line="+21"/>
        <source>&amp;Open the page again</source>
        <translation>ページをもう一度開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue in your browser</source>
        <translation>ブラウザーで続けてください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in page opened in your web browser. Sign in there: this window continues by itself when you are done.</source>
        <translation>サインイン ページを Web ブラウザーで開きました。そちらでサインインしてください。完了すると、このウィンドウは自動的に続行します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Waiting for the browser: %1 left</source>
        <extracomment>%1: time left, e.g. 4:59.</extracomment>
        <translation>ブラウザーを待っています: 残り %1</translation>
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
        <translation>%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::DemoOptions</name>
    <message>
        <location filename="../demo/widgets/demooptions.cpp" line="+19"/>
        <source>Try QtSignIn&apos;s sign-in with a local development IdP, Google, GitHub, Microsoft or any OpenID Connect provider. Settings also come from QTSIGNIN_* environment variables (QTSIGNIN_PROVIDER, QTSIGNIN_ISSUER, QTSIGNIN_CLIENT_ID, QTSIGNIN_CLIENT_SECRET, QTSIGNIN_SCOPES, QTSIGNIN_TENANT, QTSIGNIN_ALLOW_INSECURE_LOOPBACK…).</source>
        <translation>ローカルの開発用 IdP、Google、GitHub、Microsoft、または任意の OpenID Connect プロバイダーで QtSignIn のサインインを試せます。設定は QTSIGNIN_* 環境変数 (QTSIGNIN_PROVIDER、QTSIGNIN_ISSUER、QTSIGNIN_CLIENT_ID、QTSIGNIN_CLIENT_SECRET、QTSIGNIN_SCOPES、QTSIGNIN_TENANT、QTSIGNIN_ALLOW_INSECURE_LOOPBACK…) からも読み込まれます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider settings from a JSON file (same keys as the QTSIGNIN_* variables, in lower case).</source>
        <translation>JSON ファイルから読み込むプロバイダー設定 (キーは QTSIGNIN_* 変数と同じで、小文字)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider to show first: dev, google, github, microsoft or oidc.</source>
        <translation>最初に表示するプロバイダー: dev、google、github、microsoft、oidc のいずれか。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start signed out instead of restoring the last session.</source>
        <translation>前回のセッションを復元せず、サインアウトした状態で起動します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window to this PNG file once it has started, then quit.</source>
        <translation>起動後にウィンドウの画像をこの PNG ファイルに保存して終了します。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unknown provider “%1”.</source>
        <translation>不明なプロバイダー「%1」です。</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::DeviceCodeView</name>
    <message>
        <location filename="../demo/widgets/devicecodeview.cpp" line="+26"/>
        <source>C&amp;opy code</source>
        <translation>コードをコピー(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the page</source>
        <translation>ページを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in on another device</source>
        <translation>別のデバイスでサインイン</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User code</source>
        <extracomment>Read by screen readers: the code the user types on the other device.</extracomment>
        <translation>ユーザー コード</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the verification page in this computer&apos;s browser</source>
        <translation>このコンピューターのブラウザーで確認ページを開きます</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Code copied to the clipboard</source>
        <translation>コードをクリップボードにコピーしました</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Asking the provider for a code…</source>
        <translation>プロバイダーにコードを要求しています…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On your phone or another computer, open %1 and enter this code:</source>
        <extracomment>%1: the verification page as a link. The user opens it on a phone or another computer.</extracomment>
        <translation>スマートフォンまたは別のコンピューターで %1 を開き、次のコードを入力してください:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The code expires in %1</source>
        <extracomment>%1: time left, e.g. 4:59.</extracomment>
        <translation>コードの有効期限まで %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code has expired</source>
        <translation>コードの有効期限が切れました</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::MainWindow</name>
    <message>
        <location filename="../demo/widgets/mainwindow.cpp" line="+56"/>
        <source>QtSignIn Demo</source>
        <translation>QtSignIn デモ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider &amp;settings…</source>
        <translation>プロバイダーの設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About QtSignIn Demo</source>
        <translation>QtSignIn デモについて(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About QtSignIn Demo</source>
        <translation>QtSignIn デモについて</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;QtSignIn Demo&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sign-in with OAuth 2.0 and OpenID Connect for Qt applications: the embedded LoginDialog, the system browser (RFC 8252) and the device flow (RFC 8628), with sessions kept in the OS keychain.&lt;/p&gt;</source>
        <extracomment>Keep the HTML tags and the names (LoginDialog, RFC numbers).</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;QtSignIn デモ&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Qt アプリケーション向けの OAuth 2.0 と OpenID Connect によるサインイン: 埋め込みの LoginDialog、システムのブラウザー (RFC 8252)、デバイス フロー (RFC 8628)。セッションは OS のキーチェーンに保存されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the tokens and forget this account</source>
        <translation>トークンを取り消して、このアカウントを記憶から削除します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add another account…</source>
        <translation>別のアカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The client secret could not be read from the keychain (%1).</source>
        <translation>クライアント シークレットをキーチェーンから読み取れませんでした (%1)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issuer: %1</source>
        <translation>発行者: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client ID: %1</source>
        <translation>クライアント ID: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To sign in with %1, register an application (see the help on the left) and enter its client ID in &lt;a href=&quot;settings:&quot;&gt;Settings&lt;/a&gt;.</source>
        <extracomment>%1: the provider&apos;s name. Keep the link: it opens the provider&apos;s settings (File &gt; Provider settings…).</extracomment>
        <translation>%1 でサインインするには、アプリケーションを登録し (左側のヘルプを参照)、そのクライアント ID を&lt;a href=&quot;settings:&quot;&gt;設定&lt;/a&gt;に入力してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The session has ended: sign in again</source>
        <translation>セッションが終了しました: もう一度サインインしてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed out; the provider revoked the tokens</source>
        <translation>サインアウトしました。プロバイダーがトークンを取り消しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>サインアウトしました</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The client secret could not be saved in the keychain (%1). It is kept until you quit the demo.</source>
        <translation>クライアント シークレットをキーチェーンに保存できませんでした (%1)。デモを終了するまで保持されます。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restoring your session…</source>
        <translation>セッションを復元しています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing in in the sign-in window…</source>
        <translation>サインイン ウィンドウでサインインしています…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>セッションが終了しました。続けるにはもう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are signed out.</source>
        <translation>サインアウトしています。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not remembered: no keychain available (session only)</source>
        <extracomment>Shown when the OS keychain (Secret Service) cannot be used: the sign-in is kept in memory and forgotten when the demo quits.</extracomment>
        <translation>記憶されません: キーチェーンを利用できません (このセッションのみ)</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::ProviderCatalog</name>
    <message>
        <location filename="../demo/widgets/providercatalog.cpp" line="+50"/>
        <source>Local development IdP</source>
        <extracomment>The OpenID provider that comes with QtSignIn for trying it out on this computer.</extracomment>
        <translation>ローカルの開発用 IdP</translation>
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
        <translation>カスタムの OpenID Connect プロバイダー</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The OpenID provider of QtSignIn&apos;s test bed, on this computer. Nothing to register: the client &lt;code&gt;%1&lt;/code&gt; exists with the redirect URI %2. Start it with &lt;code&gt;bash tools/setup.sh demo&lt;/code&gt;, then sign in with any login and password, e.g. &lt;b&gt;alice&lt;/b&gt; / &lt;b&gt;alice&lt;/b&gt;.</source>
        <extracomment>%1: the client ID, %2: the redirect URI. Keep the HTML tags, the command, and alice / alice (a login of the test provider).</extracomment>
        <translation>このコンピューター上で動く、QtSignIn のテスト環境の OpenID プロバイダーです。登録は不要です: クライアント &lt;code&gt;%1&lt;/code&gt; がリダイレクト URI %2 で用意されています。&lt;code&gt;bash tools/setup.sh demo&lt;/code&gt; で起動し、任意のログイン名とパスワード (例: &lt;b&gt;alice&lt;/b&gt; / &lt;b&gt;alice&lt;/b&gt;) でサインインしてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create an OAuth client ID of type &lt;i&gt;Desktop app&lt;/i&gt; in the Google Cloud console (&lt;a href=&quot;https://console.cloud.google.com/apis/credentials&quot;&gt;APIs &amp;amp; Services → Credentials&lt;/a&gt;). Desktop clients accept the loopback redirect %1 on any port without registering it. Enter the client ID and the client secret in Settings (Google requires both). Google does not allow sign-in inside an application window: use the browser or a code.</source>
        <extracomment>%1: the redirect URI. Keep the HTML tags (and the entity &amp;amp;). The menu path and &quot;Desktop app&quot; stay as the console shows them in English.</extracomment>
        <translation>Google Cloud コンソール (&lt;a href=&quot;https://console.cloud.google.com/apis/credentials&quot;&gt;APIs &amp;amp; Services → Credentials&lt;/a&gt;) で、種類が &lt;i&gt;Desktop app&lt;/i&gt; の OAuth クライアント ID を作成してください。デスクトップ クライアントは、登録しなくてもループバック リダイレクト %1 を任意のポートで受け付けます。クライアント ID とクライアント シークレットを設定に入力してください (Google では両方が必要です)。Google はアプリケーションのウィンドウ内でのサインインを許可していません: ブラウザーかコードを使ってください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register an OAuth app at &lt;a href=&quot;https://github.com/settings/developers&quot;&gt;GitHub → Settings → Developer settings&lt;/a&gt; with the callback URL %1 (GitHub accepts any port on a loopback address). To sign in with a code, tick &lt;i&gt;Enable Device Flow&lt;/i&gt;. Enter the client ID and the client secret in Settings.</source>
        <extracomment>%1: the callback URL. Keep the HTML tags; the menu names are as GitHub shows them in English.</extracomment>
        <translation>&lt;a href=&quot;https://github.com/settings/developers&quot;&gt;GitHub → Settings → Developer settings&lt;/a&gt; で、コールバック URL %1 の OAuth アプリを登録してください (GitHub はループバック アドレスの任意のポートを受け付けます)。コードでサインインするには &lt;i&gt;Enable Device Flow&lt;/i&gt; をオンにしてください。クライアント ID とクライアント シークレットを設定に入力してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register an application in the &lt;a href=&quot;https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade&quot;&gt;Microsoft Entra admin center → App registrations&lt;/a&gt;. Under &lt;i&gt;Authentication&lt;/i&gt;, add the platform &lt;i&gt;Mobile and desktop applications&lt;/i&gt; with the redirect URIs &lt;code&gt;http://localhost&lt;/code&gt; and %1 (Microsoft ignores the port of loopback redirects), and allow public client flows for sign-in with a code. Enter the application (client) ID and the tenant in Settings.</source>
        <extracomment>%1: a redirect URI. Keep the HTML tags. The names of the admin center&apos;s pages and options stay as it shows them in English.</extracomment>
        <translation>&lt;a href=&quot;https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade&quot;&gt;Microsoft Entra admin center → App registrations&lt;/a&gt; でアプリケーションを登録してください。&lt;i&gt;Authentication&lt;/i&gt; で、リダイレクト URI &lt;code&gt;http://localhost&lt;/code&gt; と %1 を指定してプラットフォーム &lt;i&gt;Mobile and desktop applications&lt;/i&gt; を追加し (Microsoft はループバック リダイレクトのポートを無視します)、コードでのサインイン用にパブリック クライアント フローを許可してください。アプリケーション (クライアント) ID とテナントを設定に入力してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any OpenID Connect provider that publishes discovery metadata (&lt;code&gt;/.well-known/openid-configuration&lt;/code&gt;): Keycloak, Authentik, Auth0, Okta… Register a public (native) client with PKCE and the redirect URI %1, then enter the issuer URL and the client ID in Settings.</source>
        <extracomment>%1: the redirect URI. Keep the HTML tags and the product names.</extracomment>
        <translation>ディスカバリー メタデータ (&lt;code&gt;/.well-known/openid-configuration&lt;/code&gt;) を公開している任意の OpenID Connect プロバイダー: Keycloak、Authentik、Auth0、Okta… PKCE とリダイレクト URI %1 を使うパブリック (ネイティブ) クライアントを登録し、発行者の URL とクライアント ID を設定に入力してください。</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::ProviderPicker</name>
    <message>
        <location filename="../demo/widgets/providerpicker.cpp" line="+14"/>
        <location line="+9"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Client ID, secret, tenant and scopes of this provider</source>
        <translation>このプロバイダーのクライアント ID、シークレット、テナント、スコープ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Local development IdP over plain http (loopback only)</source>
        <extracomment>Warns that the development provider is reached without TLS, which is only allowed for addresses of this computer.</extracomment>
        <translation>暗号化されていない http で接続するローカルの開発用 IdP (ループバックのみ)</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::SettingsDialog</name>
    <message>
        <location filename="../demo/widgets/settingsdialog.cpp" line="+28"/>
        <source>Settings – %1</source>
        <extracomment>%1: the provider&apos;s name.</extracomment>
        <translation>設定 – %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Issuer URL:</source>
        <translation>発行者の URL(&amp;I):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client I&amp;D:</source>
        <translation>クライアント ID(&amp;D):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (public client)</source>
        <extracomment>Placeholder of the client secret field.</extracomment>
        <translation>なし (パブリック クライアント)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the secret</source>
        <translation>シークレットを表示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client &amp;secret:</source>
        <translation>クライアント シークレット(&amp;S):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>common, organizations, consumers, a tenant ID or a domain</source>
        <translation>common、organizations、consumers、テナント ID またはドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenant:</source>
        <translation>テナント(&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the provider&apos;s defaults</source>
        <translation>プロバイダーの既定値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by spaces; leave empty for the provider&apos;s defaults</source>
        <translation>スペースで区切ります。空欄にするとプロバイダーの既定値を使います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;copes:</source>
        <translation>スコープ(&amp;C):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only the system&apos;s</source>
        <translation>システムの証明書のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file or folder of extra certificate authorities to trust, on top of the system&apos;s (a company&apos;s private CA)</source>
        <translation>システムの証明機関に加えて信頼する証明機関の PEM ファイルまたはフォルダー (企業のプライベート CA など)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtra CA certificates:</source>
        <translation>追加の CA 証明書(&amp;X):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s (https_proxy, no_proxy)</source>
        <translation>システムの設定 (https_proxy、no_proxy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://host:port, socks5://host:port, none or system</source>
        <translation>http://host:port、socks5://host:port、none、system のいずれか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proxy:</source>
        <translation>プロキシ(&amp;P):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Values given with --config or QTSIGNIN_* environment variables take precedence over these.</source>
        <translation>--config または QTSIGNIN_* 環境変数で指定した値が、これらの値より優先されます。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>These settings cannot work: %1</source>
        <translation>この設定では動作しません: %1</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::SignInView</name>
    <message>
        <location filename="../demo/widgets/signinview.cpp" line="+16"/>
        <source>Sign in in &amp;this window</source>
        <translation>このウィンドウでサインイン(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with the &amp;browser</source>
        <translation>ブラウザーでサインイン(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with a c&amp;ode</source>
        <extracomment>Device authorization (RFC 8628): a short code entered on another device.</extracomment>
        <translation>コードでサインイン(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <extracomment>Leaves adding another account and goes back to the signed-in account.</extracomment>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in</source>
        <extracomment>Title of the page that offers the ways to sign in.</extracomment>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider&apos;s page in a window of this application</source>
        <translation>このアプリケーションのウィンドウに表示されるプロバイダーのページ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s page in your web browser (recommended by RFC 8252)</source>
        <translation>Web ブラウザーに表示されるプロバイダーのページ (RFC 8252 で推奨)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a short code on your phone or another computer</source>
        <translation>スマートフォンや別のコンピューターで短いコードを入力します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to enter your password. Whichever you pick, this application never sees it: it receives tokens from the provider.</source>
        <translation>パスワードを入力する場所を選んでください。どれを選んでも、このアプリケーションがパスワードを見ることはありません。アプリケーションはプロバイダーからトークンを受け取ります。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This provider does not allow sign-in inside applications</source>
        <translation>このプロバイダーはアプリケーション内でのサインインを許可していません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This provider does not offer sign-in with a code</source>
        <translation>このプロバイダーはコードによるサインインに対応していません</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::TokenPanel</name>
    <message>
        <location filename="../demo/widgets/tokenpanel.cpp" line="+28"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy access token</source>
        <translation>アクセス トークンをコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ask the provider for a new access token now</source>
        <translation>今すぐプロバイダーに新しいアクセス トークンを要求します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a valid access token on the clipboard (refreshed first if it is about to expire)</source>
        <translation>有効なアクセス トークンをクリップボードにコピーします (期限切れが近い場合は先に更新します)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim</source>
        <extracomment>Column headers of the ID-token claims table.</extracomment>
        <translation>クレーム</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID token claims</source>
        <translation>ID トークンのクレーム</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Access token expires:</source>
        <translation>アクセス トークンの有効期限:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted scopes:</source>
        <translation>許可されたスコープ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token:</source>
        <translation>リフレッシュ トークン:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID token claims (validated):</source>
        <translation>ID トークンのクレーム (検証済み):</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(not stated by the provider)</source>
        <extracomment>Shown instead of the scopes when the provider did not say which it granted.</extracomment>
        <translation>(プロバイダーから示されていません)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept · refreshing now…</source>
        <extracomment>Value of &quot;Refresh token:&quot;: the session keeps one and is using it right now.</extracomment>
        <translation>保持 · 更新しています…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept · the access token is renewed automatically %1 s before it expires</source>
        <extracomment>%1: seconds. The session refreshes the access token this long before it expires.</extracomment>
        <translation>保持 · アクセス トークンは有効期限の %1 秒前に自動的に更新されます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: sign in again when the access token expires</source>
        <extracomment>Value of &quot;Refresh token:&quot; when the provider gave none.</extracomment>
        <translation>なし: アクセス トークンの有効期限が切れたら、もう一度サインインしてください</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No ID token</source>
        <extracomment>The provider sent no ID token (e.g. GitHub, which is not OpenID Connect).</extracomment>
        <translation>ID トークンはありません</translation>
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
        <translation>プロバイダーから示されていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in %1 (at %2)</source>
        <extracomment>%1: time left (e.g. 9:58), %2: the clock time of expiry.</extracomment>
        <translation>あと %1 (%2 まで)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expired at %1</source>
        <extracomment>Value of &quot;Access token expires:&quot;. %1: a clock time.</extracomment>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Access token copied to the clipboard</source>
        <translation>アクセス トークンをクリップボードにコピーしました</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::UserCard</name>
    <message>
        <location filename="../demo/widgets/usercard.cpp" line="+21"/>
        <source>Signed-in user</source>
        <translation>サインイン中のユーザー</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (verified)</source>
        <extracomment>An e-mail address followed by a mark that the provider verified it.</extracomment>
        <translation>%1 (確認済み)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in with %1 · %2</source>
        <extracomment>%1: the provider&apos;s name, %2: its issuer URL.</extracomment>
        <translation>%1 でサインイン · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <extracomment>Read by screen readers: %1 the user&apos;s name, %2 their e-mail address.</extracomment>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../demo/widgets/main.cpp" line="+19"/>
        <source>QtSignIn Demo</source>
        <translation>QtSignIn デモ</translation>
    </message>
</context>
</TS>
