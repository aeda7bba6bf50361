<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>账户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;witch</source>
        <extracomment>Button: makes the selected remembered account the signed-in one.</extracomment>
        <translation>切换(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <extracomment>Button: signs the selected account out and forgets it.</extracomment>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remembered accounts</source>
        <translation>已记住的账户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the selected account the current one</source>
        <translation>将所选账户设为当前账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign the selected account out and forget it</source>
        <translation>注销所选账户并忘记它</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Current account</source>
        <extracomment>Accessible text of the account that is signed in now.</extracomment>
        <translation>当前账户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No account remembered yet</source>
        <translation>尚未记住任何账户</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::Avatar</name>
    <message>
        <location filename="../demo/widgets/avatar.cpp" line="+22"/>
        <source>Profile picture</source>
        <translation>头像</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::Banner</name>
    <message>
        <location filename="../demo/widgets/banner.cpp" line="+40"/>
        <source>Details</source>
        <extracomment>Shows or hides the technical details of an error.</extracomment>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show error details</source>
        <translation>显示错误详细信息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error details</source>
        <translation>错误详细信息</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Error code: %1</source>
        <extracomment>%1: the name of the error code (e.g. NetworkError), left in English to search for.</extracomment>
        <translation>错误代码：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server error: %1</source>
        <extracomment>%1: the OAuth &quot;error&quot; value the server sent (e.g. invalid_grant), as sent.</extracomment>
        <translation>服务器错误：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server description: %1</source>
        <translation>服务器描述：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More information: %1</source>
        <translation>更多信息：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network error: %1</source>
        <extracomment>%1: the name of the network error (e.g. ConnectionRefusedError), in English.</extracomment>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detail: %1</source>
        <translation>详情：%1</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::BrowserWaitView</name>
    <message>
        <location filename="../demo/widgets/browserwaitview.cpp" line="+21"/>
        <source>&amp;Open the page again</source>
        <translation>重新打开页面(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue in your browser</source>
        <translation>请在浏览器中继续</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in page opened in your web browser. Sign in there: this window continues by itself when you are done.</source>
        <translation>登录页面已在您的网页浏览器中打开。请在那里登录：完成后，此窗口会自动继续。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Waiting for the browser: %1 left</source>
        <extracomment>%1: time left, e.g. 4:59.</extracomment>
        <translation>正在等待浏览器：剩余 %1</translation>
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
        <translation>%1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::DemoOptions</name>
    <message>
        <location filename="../demo/widgets/demooptions.cpp" line="+19"/>
        <source>Try QtSignIn&apos;s sign-in with a local development IdP, Google, GitHub, Microsoft or any OpenID Connect provider. Settings also come from QTSIGNIN_* environment variables (QTSIGNIN_PROVIDER, QTSIGNIN_ISSUER, QTSIGNIN_CLIENT_ID, QTSIGNIN_CLIENT_SECRET, QTSIGNIN_SCOPES, QTSIGNIN_TENANT, QTSIGNIN_ALLOW_INSECURE_LOOPBACK…).</source>
        <translation>使用本地开发 IdP、Google、GitHub、Microsoft 或任意 OpenID Connect 提供商试用 QtSignIn 的登录。设置也可以来自 QTSIGNIN_* 环境变量（QTSIGNIN_PROVIDER、QTSIGNIN_ISSUER、QTSIGNIN_CLIENT_ID、QTSIGNIN_CLIENT_SECRET、QTSIGNIN_SCOPES、QTSIGNIN_TENANT、QTSIGNIN_ALLOW_INSECURE_LOOPBACK…）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Provider settings from a JSON file (same keys as the QTSIGNIN_* variables, in lower case).</source>
        <translation>从 JSON 文件读取提供商设置（键与 QTSIGNIN_* 变量相同，小写）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider to show first: dev, google, github, microsoft or oidc.</source>
        <translation>首先显示的提供商：dev、google、github、microsoft 或 oidc。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start signed out instead of restoring the last session.</source>
        <translation>以注销状态启动，而不恢复上次的会话。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a picture of the window to this PNG file once it has started, then quit.</source>
        <translation>启动后将窗口截图保存到此 PNG 文件，然后退出。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Unknown provider “%1”.</source>
        <translation>未知的提供商“%1”。</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::DeviceCodeView</name>
    <message>
        <location filename="../demo/widgets/devicecodeview.cpp" line="+26"/>
        <source>C&amp;opy code</source>
        <translation>复制代码(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the page</source>
        <translation>打开页面(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in on another device</source>
        <translation>在另一台设备上登录</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User code</source>
        <extracomment>Read by screen readers: the code the user types on the other device.</extracomment>
        <translation>用户代码</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the verification page in this computer&apos;s browser</source>
        <translation>在这台计算机的浏览器中打开验证页面</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Code copied to the clipboard</source>
        <translation>代码已复制到剪贴板</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Asking the provider for a code…</source>
        <translation>正在向提供商请求代码…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On your phone or another computer, open %1 and enter this code:</source>
        <extracomment>%1: the verification page as a link. The user opens it on a phone or another computer.</extracomment>
        <translation>请在手机或另一台计算机上打开 %1 并输入此代码：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The code expires in %1</source>
        <extracomment>%1: time left, e.g. 4:59.</extracomment>
        <translation>代码将在 %1 后过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code has expired</source>
        <translation>代码已过期</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::MainWindow</name>
    <message>
        <location filename="../demo/widgets/mainwindow.cpp" line="+56"/>
        <source>QtSignIn Demo</source>
        <translation>QtSignIn 演示</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider &amp;settings…</source>
        <translation>提供商设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About QtSignIn Demo</source>
        <translation>关于 QtSignIn 演示(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About QtSignIn Demo</source>
        <translation>关于 QtSignIn 演示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;QtSignIn Demo&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sign-in with OAuth 2.0 and OpenID Connect for Qt applications: the embedded LoginDialog, the system browser (RFC 8252) and the device flow (RFC 8628), with sessions kept in the OS keychain.&lt;/p&gt;</source>
        <extracomment>Keep the HTML tags and the names (LoginDialog, RFC numbers).</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;QtSignIn 演示&lt;/b&gt;&lt;/p&gt;&lt;p&gt;面向 Qt 应用程序的 OAuth 2.0 与 OpenID Connect 登录：内嵌的 LoginDialog、系统浏览器（RFC 8252）和设备流程（RFC 8628），会话保存在操作系统的密钥链中。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the tokens and forget this account</source>
        <translation>吊销令牌并忘记此账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add another account…</source>
        <translation>添加其他账户(&amp;A)…</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The client secret could not be read from the keychain (%1).</source>
        <translation>无法从密钥链中读取客户端密钥（%1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issuer: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client ID: %1</source>
        <translation>客户端 ID：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To sign in with %1, register an application (see the help on the left) and enter its client ID in &lt;a href=&quot;settings:&quot;&gt;Settings&lt;/a&gt;.</source>
        <extracomment>%1: the provider&apos;s name. Keep the link: it opens the provider&apos;s settings (File &gt; Provider settings…).</extracomment>
        <translation>要使用 %1 登录，请注册一个应用程序（参见左侧的帮助），并在&lt;a href=&quot;settings:&quot;&gt;设置&lt;/a&gt;中输入其客户端 ID。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The session has ended: sign in again</source>
        <translation>会话已结束：请重新登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed out; the provider revoked the tokens</source>
        <translation>已注销；提供商已吊销令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The client secret could not be saved in the keychain (%1). It is kept until you quit the demo.</source>
        <translation>无法将客户端密钥保存到密钥链中（%1）。在您退出演示之前，它会一直保留。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restoring your session…</source>
        <translation>正在恢复您的会话…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing in in the sign-in window…</source>
        <translation>正在登录窗口中登录…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>您的会话已结束。请重新登录以继续。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are signed out.</source>
        <translation>您已注销。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not remembered: no keychain available (session only)</source>
        <extracomment>Shown when the OS keychain (Secret Service) cannot be used: the sign-in is kept in memory and forgotten when the demo quits.</extracomment>
        <translation>未记住：没有可用的密钥链（仅限本次会话）</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::ProviderCatalog</name>
    <message>
        <location filename="../demo/widgets/providercatalog.cpp" line="+50"/>
        <source>Local development IdP</source>
        <extracomment>The OpenID provider that comes with QtSignIn for trying it out on this computer.</extracomment>
        <translation>本地开发 IdP</translation>
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
        <translation>自定义 OpenID Connect 提供商</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The OpenID provider of QtSignIn&apos;s test bed, on this computer. Nothing to register: the client &lt;code&gt;%1&lt;/code&gt; exists with the redirect URI %2. Start it with &lt;code&gt;bash tools/setup.sh demo&lt;/code&gt;, then sign in with any login and password, e.g. &lt;b&gt;alice&lt;/b&gt; / &lt;b&gt;alice&lt;/b&gt;.</source>
        <extracomment>%1: the client ID, %2: the redirect URI. Keep the HTML tags, the command, and alice / alice (a login of the test provider).</extracomment>
        <translation>QtSignIn 测试环境中的 OpenID 提供商，运行在这台计算机上。无需注册：客户端 &lt;code&gt;%1&lt;/code&gt; 已配置重定向 URI %2。使用 &lt;code&gt;bash tools/setup.sh demo&lt;/code&gt; 启动它，然后用任意用户名和密码登录，例如 &lt;b&gt;alice&lt;/b&gt; / &lt;b&gt;alice&lt;/b&gt;。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create an OAuth client ID of type &lt;i&gt;Desktop app&lt;/i&gt; in the Google Cloud console (&lt;a href=&quot;https://console.cloud.google.com/apis/credentials&quot;&gt;APIs &amp;amp; Services → Credentials&lt;/a&gt;). Desktop clients accept the loopback redirect %1 on any port without registering it. Enter the client ID and the client secret in Settings (Google requires both). Google does not allow sign-in inside an application window: use the browser or a code.</source>
        <extracomment>%1: the redirect URI. Keep the HTML tags (and the entity &amp;amp;). The menu path and &quot;Desktop app&quot; stay as the console shows them in English.</extracomment>
        <translation>在 Google Cloud 控制台（&lt;a href=&quot;https://console.cloud.google.com/apis/credentials&quot;&gt;APIs &amp;amp; Services → Credentials&lt;/a&gt;）中创建类型为 &lt;i&gt;Desktop app&lt;/i&gt; 的 OAuth 客户端 ID。桌面客户端无需注册即可在任意端口上接受环回重定向 %1。请在设置中输入客户端 ID 和客户端密钥（Google 两者都需要）。Google 不允许在应用程序窗口内登录：请使用浏览器或代码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register an OAuth app at &lt;a href=&quot;https://github.com/settings/developers&quot;&gt;GitHub → Settings → Developer settings&lt;/a&gt; with the callback URL %1 (GitHub accepts any port on a loopback address). To sign in with a code, tick &lt;i&gt;Enable Device Flow&lt;/i&gt;. Enter the client ID and the client secret in Settings.</source>
        <extracomment>%1: the callback URL. Keep the HTML tags; the menu names are as GitHub shows them in English.</extracomment>
        <translation>在 &lt;a href=&quot;https://github.com/settings/developers&quot;&gt;GitHub → Settings → Developer settings&lt;/a&gt; 中注册一个 OAuth 应用，回调 URL 为 %1（GitHub 接受环回地址上的任意端口）。要使用代码登录，请勾选 &lt;i&gt;Enable Device Flow&lt;/i&gt;。请在设置中输入客户端 ID 和客户端密钥。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register an application in the &lt;a href=&quot;https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade&quot;&gt;Microsoft Entra admin center → App registrations&lt;/a&gt;. Under &lt;i&gt;Authentication&lt;/i&gt;, add the platform &lt;i&gt;Mobile and desktop applications&lt;/i&gt; with the redirect URIs &lt;code&gt;http://localhost&lt;/code&gt; and %1 (Microsoft ignores the port of loopback redirects), and allow public client flows for sign-in with a code. Enter the application (client) ID and the tenant in Settings.</source>
        <extracomment>%1: a redirect URI. Keep the HTML tags. The names of the admin center&apos;s pages and options stay as it shows them in English.</extracomment>
        <translation>在 &lt;a href=&quot;https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade&quot;&gt;Microsoft Entra admin center → App registrations&lt;/a&gt; 中注册应用程序。在 &lt;i&gt;Authentication&lt;/i&gt; 下添加平台 &lt;i&gt;Mobile and desktop applications&lt;/i&gt;，重定向 URI 为 &lt;code&gt;http://localhost&lt;/code&gt; 和 %1（Microsoft 忽略环回重定向的端口），并允许公共客户端流程以便使用代码登录。请在设置中输入应用程序（客户端）ID 和租户。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any OpenID Connect provider that publishes discovery metadata (&lt;code&gt;/.well-known/openid-configuration&lt;/code&gt;): Keycloak, Authentik, Auth0, Okta… Register a public (native) client with PKCE and the redirect URI %1, then enter the issuer URL and the client ID in Settings.</source>
        <extracomment>%1: the redirect URI. Keep the HTML tags and the product names.</extracomment>
        <translation>任何发布发现元数据（&lt;code&gt;/.well-known/openid-configuration&lt;/code&gt;）的 OpenID Connect 提供商：Keycloak、Authentik、Auth0、Okta… 注册一个使用 PKCE 和重定向 URI %1 的公共（原生）客户端，然后在设置中输入颁发者 URL 和客户端 ID。</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::ProviderPicker</name>
    <message>
        <location filename="../demo/widgets/providerpicker.cpp" line="+14"/>
        <location line="+9"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Client ID, secret, tenant and scopes of this provider</source>
        <translation>此提供商的客户端 ID、密钥、租户和作用域</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Local development IdP over plain http (loopback only)</source>
        <extracomment>Warns that the development provider is reached without TLS, which is only allowed for addresses of this computer.</extracomment>
        <translation>通过未加密 http 访问的本地开发 IdP（仅限环回地址）</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::SettingsDialog</name>
    <message>
        <location filename="../demo/widgets/settingsdialog.cpp" line="+28"/>
        <source>Settings – %1</source>
        <extracomment>%1: the provider&apos;s name.</extracomment>
        <translation>设置 – %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Issuer URL:</source>
        <translation>颁发者 URL(&amp;I)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client I&amp;D:</source>
        <translation>客户端 ID(&amp;D)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (public client)</source>
        <extracomment>Placeholder of the client secret field.</extracomment>
        <translation>无（公共客户端）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the secret</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client &amp;secret:</source>
        <translation>客户端密钥(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>common, organizations, consumers, a tenant ID or a domain</source>
        <translation>common、organizations、consumers、租户 ID 或域名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tenant:</source>
        <translation>租户(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the provider&apos;s defaults</source>
        <translation>提供商的默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by spaces; leave empty for the provider&apos;s defaults</source>
        <translation>以空格分隔；留空则使用提供商的默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;copes:</source>
        <translation>作用域(&amp;C)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only the system&apos;s</source>
        <translation>仅使用系统证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file or folder of extra certificate authorities to trust, on top of the system&apos;s (a company&apos;s private CA)</source>
        <translation>在系统证书之外额外信任的证书颁发机构，PEM 文件或文件夹（如公司的私有 CA）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtra CA certificates:</source>
        <translation>额外的 CA 证书(&amp;X)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system&apos;s (https_proxy, no_proxy)</source>
        <translation>系统设置（https_proxy、no_proxy）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://host:port, socks5://host:port, none or system</source>
        <translation>http://host:port、socks5://host:port、none 或 system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Proxy:</source>
        <translation>代理(&amp;P)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Values given with --config or QTSIGNIN_* environment variables take precedence over these.</source>
        <translation>通过 --config 或 QTSIGNIN_* 环境变量指定的值优先于这些设置。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>These settings cannot work: %1</source>
        <translation>这些设置无法使用：%1</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::SignInView</name>
    <message>
        <location filename="../demo/widgets/signinview.cpp" line="+16"/>
        <source>Sign in in &amp;this window</source>
        <translation>在此窗口中登录(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with the &amp;browser</source>
        <translation>使用浏览器登录(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with a c&amp;ode</source>
        <extracomment>Device authorization (RFC 8628): a short code entered on another device.</extracomment>
        <translation>使用代码登录(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <extracomment>Leaves adding another account and goes back to the signed-in account.</extracomment>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in</source>
        <extracomment>Title of the page that offers the ways to sign in.</extracomment>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider&apos;s page in a window of this application</source>
        <translation>在此应用程序的窗口中显示提供商的页面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider&apos;s page in your web browser (recommended by RFC 8252)</source>
        <translation>在您的网页浏览器中显示提供商的页面（RFC 8252 推荐）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a short code on your phone or another computer</source>
        <translation>在手机或另一台计算机上输入一个简短的代码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose where to enter your password. Whichever you pick, this application never sees it: it receives tokens from the provider.</source>
        <translation>请选择在哪里输入密码。无论选择哪种方式，此应用程序都不会看到您的密码：它从提供商处获得令牌。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This provider does not allow sign-in inside applications</source>
        <translation>此提供商不允许在应用程序内登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This provider does not offer sign-in with a code</source>
        <translation>此提供商不提供使用代码登录</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::TokenPanel</name>
    <message>
        <location filename="../demo/widgets/tokenpanel.cpp" line="+28"/>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy access token</source>
        <translation>复制访问令牌(&amp;C)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ask the provider for a new access token now</source>
        <translation>立即向提供商请求新的访问令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a valid access token on the clipboard (refreshed first if it is about to expire)</source>
        <translation>将有效的访问令牌复制到剪贴板（即将过期时先刷新）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim</source>
        <extracomment>Column headers of the ID-token claims table.</extracomment>
        <translation>声明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID token claims</source>
        <translation>ID 令牌声明</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Access token expires:</source>
        <translation>访问令牌过期时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted scopes:</source>
        <translation>已授予的作用域：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token:</source>
        <translation>刷新令牌：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ID token claims (validated):</source>
        <translation>ID 令牌声明（已验证）：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(not stated by the provider)</source>
        <extracomment>Shown instead of the scopes when the provider did not say which it granted.</extracomment>
        <translation>（提供商未说明）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept · refreshing now…</source>
        <extracomment>Value of &quot;Refresh token:&quot;: the session keeps one and is using it right now.</extracomment>
        <translation>已保存 · 正在刷新…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept · the access token is renewed automatically %1 s before it expires</source>
        <extracomment>%1: seconds. The session refreshes the access token this long before it expires.</extracomment>
        <translation>已保存 · 访问令牌会在过期前 %1 秒自动续期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: sign in again when the access token expires</source>
        <extracomment>Value of &quot;Refresh token:&quot; when the provider gave none.</extracomment>
        <translation>无：访问令牌过期后请重新登录</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No ID token</source>
        <extracomment>The provider sent no ID token (e.g. GitHub, which is not OpenID Connect).</extracomment>
        <translation>没有 ID 令牌</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (%2)</source>
        <extracomment>A date claim: %1 its value in seconds since 1970, %2 the same as local date and time.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The provider did not say</source>
        <extracomment>Value of &quot;Access token expires:&quot; when the provider sent no lifetime.</extracomment>
        <translation>提供商未说明</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in %1 (at %2)</source>
        <extracomment>%1: time left (e.g. 9:58), %2: the clock time of expiry.</extracomment>
        <translation>%1 后（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expired at %1</source>
        <extracomment>Value of &quot;Access token expires:&quot;. %1: a clock time.</extracomment>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Access token copied to the clipboard</source>
        <translation>访问令牌已复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>QtSignInDemo::UserCard</name>
    <message>
        <location filename="../demo/widgets/usercard.cpp" line="+21"/>
        <source>Signed-in user</source>
        <translation>已登录的用户</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (verified)</source>
        <extracomment>An e-mail address followed by a mark that the provider verified it.</extracomment>
        <translation>%1（已验证）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in with %1 · %2</source>
        <extracomment>%1: the provider&apos;s name, %2: its issuer URL.</extracomment>
        <translation>已通过 %1 登录 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <extracomment>Read by screen readers: %1 the user&apos;s name, %2 their e-mail address.</extracomment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../demo/widgets/main.cpp" line="+19"/>
        <source>QtSignIn Demo</source>
        <translation>QtSignIn 演示</translation>
    </message>
</context>
</TS>
