<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>Main</name>
    <message>
        <location filename="../demo/qml/Main.qml" line="+32"/>
        <source>QtSignIn QML demo</source>
        <translation>QtSignIn QML 데모</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>QtSignIn demo</source>
        <translation>QtSignIn 데모</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The provider is not configured:
%1</source>
        <extracomment>%1 is the reason, possibly on several lines.</extracomment>
        <translation>공급자가 구성되지 않았습니다:
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign in to see who you are to %1. With the local development IdP any login name and password work.</source>
        <extracomment>%1 is the provider&apos;s name (e.g. Google, &quot;Local development IdP&quot;).</extracomment>
        <translation>로그인하면 %1에서 나를 누구로 알고 있는지 확인할 수 있습니다. 로컬 개발용 IdP에서는 어떤 로그인 이름과 비밀번호로도 로그인할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>On another device, open %1 and enter the code %2</source>
        <extracomment>Device flow (RFC 8628). %1 is a web address, %2 the short code to type there.</extracomment>
        <translation>다른 기기에서 %1을(를) 열고 다음 코드를 입력하세요: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue in your web browser; this window updates when you are done.</source>
        <translation>웹 브라우저에서 계속하세요. 완료하면 이 창이 업데이트됩니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Refresh now</source>
        <translation>지금 새로 고침</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the access token now</source>
        <translation>지금 액세스 토큰을 새로 고칩니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add account</source>
        <translation>계정 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with another account</source>
        <translation>다른 계정으로 로그인</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved accounts</source>
        <translation>저장된 계정</translation>
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
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <extracomment>Time left: %1 minutes and %2 seconds.</extracomment>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed-in user</source>
        <translation>로그인한 사용자</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Picture of %1</source>
        <extracomment>%1 is the user&apos;s name.</extracomment>
        <translation>%1의 사진</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not shared</source>
        <translation>공유되지 않음</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject</source>
        <extracomment>The ID token&apos;s &quot;sub&quot; claim: the user&apos;s identifier at the provider.</extracomment>
        <translation>주체</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issuer</source>
        <translation>발급자</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token expires in</source>
        <translation>토큰 만료까지</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept in</source>
        <extracomment>Where the sign-in (the refresh token) is kept: the system keychain or memory only.</extracomment>
        <translation>보관 위치</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the system keychain</source>
        <translation>시스템 키체인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory only (this session)</source>
        <translation>메모리만(이 세션)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../demo/qml/main.cpp" line="+36"/>
        <source>QtSignIn QML demo</source>
        <translation>QtSignIn QML 데모</translation>
    </message>
</context>
</TS>
