<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Main</name>
    <message>
        <location filename="../demo/qml/Main.qml" line="+32"/>
        <source>QtSignIn QML demo</source>
        <translation>عرض QtSignIn التوضيحي (QML)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>QtSignIn demo</source>
        <translation>عرض QtSignIn التوضيحي</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The provider is not configured:
%1</source>
        <extracomment>%1 is the reason, possibly on several lines.</extracomment>
        <translation>الموفّر غير مُهيّأ:
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign in to see who you are to %1. With the local development IdP any login name and password work.</source>
        <extracomment>%1 is the provider&apos;s name (e.g. Google, &quot;Local development IdP&quot;).</extracomment>
        <translation>سجّل الدخول لترى من أنت لدى %1. مع موفّر الهوية المحلي للتطوير يصلح أي اسم دخول وأي كلمة مرور.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>On another device, open %1 and enter the code %2</source>
        <extracomment>Device flow (RFC 8628). %1 is a web address, %2 the short code to type there.</extracomment>
        <translation>على جهاز آخر، افتح %1 وأدخل الرمز %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue in your web browser; this window updates when you are done.</source>
        <translation>تابع في متصفح الويب لديك؛ ستتحدّث هذه النافذة عند انتهائك.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refresh now</source>
        <translation>تحديث الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the access token now</source>
        <translation>تحديث رمز الوصول الآن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with another account</source>
        <translation>سجّل الدخول بحساب آخر</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved accounts</source>
        <translation>الحسابات المحفوظة</translation>
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
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>UserCard</name>
    <message>
        <location filename="../demo/qml/UserCard.qml" line="+21"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <extracomment>Time left: %1 minutes and %2 seconds.</extracomment>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed-in user</source>
        <translation>المستخدم المسجّل الدخول</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Picture of %1</source>
        <extracomment>%1 is the user&apos;s name.</extracomment>
        <translation>صورة %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not shared</source>
        <translation>غير مُشارَك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject</source>
        <extracomment>The ID token&apos;s &quot;sub&quot; claim: the user&apos;s identifier at the provider.</extracomment>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issuer</source>
        <translation>المُصدِر</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token expires in</source>
        <translation>تنتهي صلاحية رمز الوصول خلال</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept in</source>
        <extracomment>Where the sign-in (the refresh token) is kept: the system keychain or memory only.</extracomment>
        <translation>محفوظة في</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system keychain</source>
        <translation>سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory only (this session)</source>
        <translation>الذاكرة فقط (هذه الجلسة)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../demo/qml/main.cpp" line="+36"/>
        <source>QtSignIn QML demo</source>
        <translation>عرض QtSignIn التوضيحي (QML)</translation>
    </message>
</context>
</TS>
