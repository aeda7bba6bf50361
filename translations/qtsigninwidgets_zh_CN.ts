<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QtSignIn::LoginDialog</name>
    <message>
        <location filename="../src/widgets/logindialog.cpp" line="+212"/>
        <source>The sign-in page stopped working.</source>
        <extracomment>The embedded browser&apos;s page process crashed or was killed.</extracomment>
        <translation>登录页面已停止工作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+369"/>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Sign in</source>
        <extracomment>Window title while no sign-in service is known yet.</extracomment>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in – %1</source>
        <extracomment>Window title; %1 is the name of the sign-in service, e.g. &quot;Google&quot; or &quot;GitHub&quot;.</extracomment>
        <translation>登录 – %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open in my browser instead</source>
        <extracomment>Button: stop signing in inside this window and continue in the desktop&apos;s web browser.</extracomment>
        <translation>改用浏览器打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue signing in with your usual web browser</source>
        <translation>使用您常用的网页浏览器继续登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in my browser instead</source>
        <translation>改用浏览器打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancels sign-in in this window and continues in your web browser</source>
        <translation>取消在此窗口中的登录，改为在网页浏览器中继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page address</source>
        <extracomment>Accessible name (screen readers) of the label showing the web page&apos;s host name.</extracomment>
        <translation>页面地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection security</source>
        <extracomment>Accessible name (screen readers) of the lock icon next to the page address.</extracomment>
        <translation>连接安全性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page loading progress</source>
        <translation>页面加载进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in page</source>
        <translation>登录页面</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in page of the identity provider</source>
        <translation>身份提供商的登录页面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in page of %1</source>
        <extracomment>%1 is the name of the sign-in service, e.g. &quot;Google&quot;.</extracomment>
        <translation>%1 的登录页面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the page &amp;again</source>
        <extracomment>Button on the &quot;Continue in your browser&quot; page: open the sign-in page in the browser again.</extracomment>
        <translation>重新打开页面(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the sign-in page in your web browser again</source>
        <translation>在网页浏览器中重新打开登录页面</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Loading…</source>
        <extracomment>Shown instead of the page address while no web page is loaded yet.</extracomment>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secure connection</source>
        <translation>安全连接</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not secure (local development)</source>
        <extracomment>Connection status of a plain-http sign-in page on this computer (a developer&apos;s test server): unencrypted, but it never leaves the machine.</extracomment>
        <translation>不安全（本地开发）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not secure</source>
        <translation>不安全</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Close</source>
        <extracomment>Button text once signing in has ended (the window only shows a message): close it.</extracomment>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <extracomment>Button text while signing in: stop signing in and close the window.</extracomment>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <extracomment>Accessible name of the &quot;&amp;Close&quot; button, without the keyboard shortcut marker.</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <extracomment>Accessible name of the &quot;&amp;Cancel&quot; button, without the keyboard shortcut marker.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes this window</source>
        <translation>关闭此窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancels signing in</source>
        <translation>取消登录</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Continue in your browser</source>
        <translation>请在浏览器中继续</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A page to sign in to %1 has opened in your web browser. Finish signing in there; this window closes by itself when you are done.</source>
        <extracomment>%1 is the name of the sign-in service, e.g. &quot;Google&quot;.</extracomment>
        <translation>已在您的网页浏览器中打开登录 %1 的页面。请在那里完成登录；完成后此窗口会自动关闭。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in on another device</source>
        <translation>在其他设备上登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking %1 for a code…</source>
        <extracomment>Device sign-in: waiting for the service (%1, e.g. &quot;GitHub&quot;) to hand out the code that the user will type on another device.</extracomment>
        <translation>正在向 %1 请求代码…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On a phone or computer, go to %1 and enter this code:</source>
        <extracomment>%1 is a web address (e.g. https://github.com/login/device); the code is shown in large letters below this sentence.</extracomment>
        <translation>请在手机或电脑上访问 %1 并输入以下代码：</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Completing sign-in…</source>
        <extracomment>Shown while the application exchanges the sign-in answer for its tokens.</extracomment>
        <translation>正在完成登录…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sign-in timed out</source>
        <translation>登录超时</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connection to %1 is not secure: %2</source>
        <extracomment>%1 is a host name (accounts.example.com), %2 the browser engine&apos;s description of the certificate problem (in English).</extracomment>
        <translation>与 %1 的连接不安全：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Can&apos;t connect securely</source>
        <translation>无法建立安全连接</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The connection to %1 is not secure: the page does not use https.</source>
        <extracomment>%1 is a host name (accounts.example.com).</extracomment>
        <translation>与 %1 的连接不安全：该页面未使用 HTTPS。</translation>
    </message>
</context>
</TS>
