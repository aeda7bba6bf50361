<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>QtSignIn::LoginDialog</name>
    <message>
        <location filename="../src/widgets/logindialog.cpp" line="+212"/>
        <source>The sign-in page stopped working.</source>
        <extracomment>The embedded browser&apos;s page process crashed or was killed.</extracomment>
        <translation>サインイン ページが動作を停止しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+369"/>
        <source>Sign-in failed</source>
        <translation>サインインに失敗しました</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Sign in</source>
        <extracomment>Window title while no sign-in service is known yet.</extracomment>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in – %1</source>
        <extracomment>Window title; %1 is the name of the sign-in service, e.g. &quot;Google&quot; or &quot;GitHub&quot;.</extracomment>
        <translation>サインイン – %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open in my browser instead</source>
        <extracomment>Button: stop signing in inside this window and continue in the desktop&apos;s web browser.</extracomment>
        <translation>代わりにブラウザーで開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue signing in with your usual web browser</source>
        <translation>普段お使いの Web ブラウザーでサインインを続けます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in my browser instead</source>
        <translation>代わりにブラウザーで開く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancels sign-in in this window and continues in your web browser</source>
        <translation>このウィンドウでのサインインを中止し、Web ブラウザーで続けます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page address</source>
        <extracomment>Accessible name (screen readers) of the label showing the web page&apos;s host name.</extracomment>
        <translation>ページのアドレス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection security</source>
        <extracomment>Accessible name (screen readers) of the lock icon next to the page address.</extracomment>
        <translation>接続のセキュリティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page loading progress</source>
        <translation>ページの読み込みの進行状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in page</source>
        <translation>サインイン ページ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in page of the identity provider</source>
        <translation>ID プロバイダーのサインイン ページ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in page of %1</source>
        <extracomment>%1 is the name of the sign-in service, e.g. &quot;Google&quot;.</extracomment>
        <translation>%1 のサインイン ページ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the page &amp;again</source>
        <extracomment>Button on the &quot;Continue in your browser&quot; page: open the sign-in page in the browser again.</extracomment>
        <translation>ページをもう一度開く(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the sign-in page in your web browser again</source>
        <translation>Web ブラウザーでサインイン ページをもう一度開きます</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Loading…</source>
        <extracomment>Shown instead of the page address while no web page is loaded yet.</extracomment>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secure connection</source>
        <translation>安全な接続</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not secure (local development)</source>
        <extracomment>Connection status of a plain-http sign-in page on this computer (a developer&apos;s test server): unencrypted, but it never leaves the machine.</extracomment>
        <translation>保護されていません (ローカル開発)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not secure</source>
        <translation>保護されていません</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Close</source>
        <extracomment>Button text once signing in has ended (the window only shows a message): close it.</extracomment>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel</source>
        <extracomment>Button text while signing in: stop signing in and close the window.</extracomment>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <extracomment>Accessible name of the &quot;&amp;Close&quot; button, without the keyboard shortcut marker.</extracomment>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <extracomment>Accessible name of the &quot;&amp;Cancel&quot; button, without the keyboard shortcut marker.</extracomment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes this window</source>
        <translation>このウィンドウを閉じます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancels signing in</source>
        <translation>サインインを中止します</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Signed in</source>
        <translation>サインインしました</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Continue in your browser</source>
        <translation>ブラウザーで続行してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A page to sign in to %1 has opened in your web browser. Finish signing in there; this window closes by itself when you are done.</source>
        <extracomment>%1 is the name of the sign-in service, e.g. &quot;Google&quot;.</extracomment>
        <translation>%1 にサインインするページが Web ブラウザーで開きました。そちらでサインインを完了してください。完了すると、このウィンドウは自動的に閉じます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in on another device</source>
        <translation>別のデバイスでサインイン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking %1 for a code…</source>
        <extracomment>Device sign-in: waiting for the service (%1, e.g. &quot;GitHub&quot;) to hand out the code that the user will type on another device.</extracomment>
        <translation>%1 にコードを要求しています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On a phone or computer, go to %1 and enter this code:</source>
        <extracomment>%1 is a web address (e.g. https://github.com/login/device); the code is shown in large letters below this sentence.</extracomment>
        <translation>スマートフォンまたはコンピューターで %1 にアクセスし、次のコードを入力してください:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Completing sign-in…</source>
        <extracomment>Shown while the application exchanges the sign-in answer for its tokens.</extracomment>
        <translation>サインインを完了しています…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sign-in timed out</source>
        <translation>サインインがタイムアウトしました</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The connection to %1 is not secure: %2</source>
        <extracomment>%1 is a host name (accounts.example.com), %2 the browser engine&apos;s description of the certificate problem (in English).</extracomment>
        <translation>%1 への接続は安全ではありません: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Can&apos;t connect securely</source>
        <translation>安全に接続できません</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The connection to %1 is not secure: the page does not use https.</source>
        <extracomment>%1 is a host name (accounts.example.com).</extracomment>
        <translation>%1 への接続は安全ではありません: このページは HTTPS を使用していません。</translation>
    </message>
</context>
</TS>
