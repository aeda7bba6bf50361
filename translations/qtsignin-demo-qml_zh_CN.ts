<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Main</name>
    <message>
        <location filename="../demo/qml/Main.qml" line="+32"/>
        <source>QtSignIn QML demo</source>
        <translation>QtSignIn QML 演示</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>QtSignIn demo</source>
        <translation>QtSignIn 演示</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The provider is not configured:
%1</source>
        <extracomment>%1 is the reason, possibly on several lines.</extracomment>
        <translation>提供商尚未配置：
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign in to see who you are to %1. With the local development IdP any login name and password work.</source>
        <extracomment>%1 is the provider&apos;s name (e.g. Google, &quot;Local development IdP&quot;).</extracomment>
        <translation>登录即可查看 %1 识别出的您的身份。使用本地开发 IdP 时，任意登录名和密码均可登录。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>On another device, open %1 and enter the code %2</source>
        <extracomment>Device flow (RFC 8628). %1 is a web address, %2 the short code to type there.</extracomment>
        <translation>请在另一台设备上打开 %1 并输入代码 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue in your web browser; this window updates when you are done.</source>
        <translation>请在网页浏览器中继续；完成后，此窗口会自动更新。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the access token now</source>
        <translation>立即刷新访问令牌</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with another account</source>
        <translation>使用其他账户登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved accounts</source>
        <translation>已保存的账户</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1
(%2)</source>
        <extracomment>%1 is the error message, %2 the provider&apos;s own error code and description (kept in English).</extracomment>
        <translation>%1
（%2）</translation>
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
        <translation>未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <extracomment>Time left: %1 minutes and %2 seconds.</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed-in user</source>
        <translation>已登录的用户</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Picture of %1</source>
        <extracomment>%1 is the user&apos;s name.</extracomment>
        <translation>%1 的头像</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not shared</source>
        <translation>未共享</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject</source>
        <extracomment>The ID token&apos;s &quot;sub&quot; claim: the user&apos;s identifier at the provider.</extracomment>
        <translation>主体</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token expires in</source>
        <translation>令牌剩余有效期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept in</source>
        <extracomment>Where the sign-in (the refresh token) is kept: the system keychain or memory only.</extracomment>
        <translation>保存位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system keychain</source>
        <translation>系统密钥链</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory only (this session)</source>
        <translation>仅内存（本次会话）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../demo/qml/main.cpp" line="+36"/>
        <source>QtSignIn QML demo</source>
        <translation>QtSignIn QML 演示</translation>
    </message>
</context>
</TS>
