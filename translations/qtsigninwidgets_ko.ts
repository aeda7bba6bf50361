<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>QtSignIn::LoginDialog</name>
    <message>
        <location filename="../src/widgets/logindialog.cpp" line="+212"/>
        <source>The sign-in page stopped working.</source>
        <extracomment>The embedded browser&apos;s page process crashed or was killed.</extracomment>
        <translation>로그인 페이지가 작동을 멈췄습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+369"/>
        <source>Sign-in failed</source>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Sign in</source>
        <extracomment>Window title while no sign-in service is known yet.</extracomment>
        <translation>로그인</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in – %1</source>
        <extracomment>Window title; %1 is the name of the sign-in service, e.g. &quot;Google&quot; or &quot;GitHub&quot;.</extracomment>
        <translation>로그인 – %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open in my browser instead</source>
        <extracomment>Button: stop signing in inside this window and continue in the desktop&apos;s web browser.</extracomment>
        <translation>대신 브라우저에서 열기(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue signing in with your usual web browser</source>
        <translation>평소 사용하는 웹 브라우저에서 로그인을 계속합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in my browser instead</source>
        <translation>대신 브라우저에서 열기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancels sign-in in this window and continues in your web browser</source>
        <translation>이 창에서 로그인을 취소하고 웹 브라우저에서 계속합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page address</source>
        <extracomment>Accessible name (screen readers) of the label showing the web page&apos;s host name.</extracomment>
        <translation>페이지 주소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection security</source>
        <extracomment>Accessible name (screen readers) of the lock icon next to the page address.</extracomment>
        <translation>연결 보안</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page loading progress</source>
        <translation>페이지 로드 진행률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in page</source>
        <translation>로그인 페이지</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in page of the identity provider</source>
        <translation>ID 공급자의 로그인 페이지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in page of %1</source>
        <extracomment>%1 is the name of the sign-in service, e.g. &quot;Google&quot;.</extracomment>
        <translation>%1 로그인 페이지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the page &amp;again</source>
        <extracomment>Button on the &quot;Continue in your browser&quot; page: open the sign-in page in the browser again.</extracomment>
        <translation>페이지 다시 열기(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the sign-in page in your web browser again</source>
        <translation>웹 브라우저에서 로그인 페이지를 다시 엽니다</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Loading…</source>
        <extracomment>Shown instead of the page address while no web page is loaded yet.</extracomment>
        <translation>로드 중…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secure connection</source>
        <translation>보안 연결</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not secure (local development)</source>
        <extracomment>Connection status of a plain-http sign-in page on this computer (a developer&apos;s test server): unencrypted, but it never leaves the machine.</extracomment>
        <translation>안전하지 않음(로컬 개발)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not secure</source>
        <translation>안전하지 않음</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Close</source>
        <extracomment>Button text once signing in has ended (the window only shows a message): close it.</extracomment>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <extracomment>Button text while signing in: stop signing in and close the window.</extracomment>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <extracomment>Accessible name of the &quot;&amp;Close&quot; button, without the keyboard shortcut marker.</extracomment>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <extracomment>Accessible name of the &quot;&amp;Cancel&quot; button, without the keyboard shortcut marker.</extracomment>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes this window</source>
        <translation>이 창을 닫습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancels signing in</source>
        <translation>로그인을 취소합니다</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Signed in</source>
        <translation>로그인됨</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Continue in your browser</source>
        <translation>브라우저에서 계속하세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A page to sign in to %1 has opened in your web browser. Finish signing in there; this window closes by itself when you are done.</source>
        <extracomment>%1 is the name of the sign-in service, e.g. &quot;Google&quot;.</extracomment>
        <translation>웹 브라우저에 %1 로그인 페이지가 열렸습니다. 그곳에서 로그인을 완료하세요. 완료되면 이 창은 자동으로 닫힙니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in on another device</source>
        <translation>다른 기기에서 로그인</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking %1 for a code…</source>
        <extracomment>Device sign-in: waiting for the service (%1, e.g. &quot;GitHub&quot;) to hand out the code that the user will type on another device.</extracomment>
        <translation>%1에 코드를 요청하는 중…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On a phone or computer, go to %1 and enter this code:</source>
        <extracomment>%1 is a web address (e.g. https://github.com/login/device); the code is shown in large letters below this sentence.</extracomment>
        <translation>휴대폰이나 컴퓨터에서 %1(으)로 이동하여 다음 코드를 입력하세요:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Completing sign-in…</source>
        <extracomment>Shown while the application exchanges the sign-in answer for its tokens.</extracomment>
        <translation>로그인을 완료하는 중…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sign-in timed out</source>
        <translation>로그인 시간 초과</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connection to %1 is not secure: %2</source>
        <extracomment>%1 is a host name (accounts.example.com), %2 the browser engine&apos;s description of the certificate problem (in English).</extracomment>
        <translation>%1에 대한 연결이 안전하지 않습니다: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Can&apos;t connect securely</source>
        <translation>안전하게 연결할 수 없음</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The connection to %1 is not secure: the page does not use https.</source>
        <extracomment>%1 is a host name (accounts.example.com).</extracomment>
        <translation>%1에 대한 연결이 안전하지 않습니다: 페이지가 HTTPS를 사용하지 않습니다.</translation>
    </message>
</context>
</TS>
