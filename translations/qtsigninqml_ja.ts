<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccountSwitcher</name>
    <message>
        <location filename="../qml/AccountSwitcher.qml" line="+50"/>
        <source>%1 (%2)</source>
        <extracomment>An account in the list: %1 the user&apos;s name, %2 their e-mail address.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No saved accounts</source>
        <translation>保存されたアカウントはありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <extracomment>Read by screen readers: the list of remembered accounts to switch between.</extracomment>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove</source>
        <extracomment>Button: signs the shown account out and forgets it.</extracomment>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs this account out and forgets it on this computer</source>
        <translation>このアカウントからサインアウトし、このコンピューターから記憶を削除します</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../qml/LoginView.qml" line="+41"/>
        <source>Secure connection</source>
        <translation>安全な接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not secure (local development)</source>
        <translation>保護されていません (ローカル開発)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not secure</source>
        <translation>保護されていません</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in – %1</source>
        <translation>サインイン – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Sign-in timed out</source>
        <translation>サインインがタイムアウトしました</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>Sign-in failed</source>
        <translation>サインインに失敗しました</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Connection security</source>
        <translation>接続のセキュリティ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page address</source>
        <translation>ページのアドレス</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Page loading progress</source>
        <translation>ページの読み込みの進行状況</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sign-in page</source>
        <translation>サインイン ページ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in page of %1</source>
        <translation>%1 のサインイン ページ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in page of the provider</source>
        <translation>プロバイダーのサインイン ページ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The connection to %1 is not secure: the page does not use https.</source>
        <translation>%1 への接続は安全ではありません: このページは HTTPS を使用していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Can&apos;t connect securely</source>
        <translation>安全に接続できません</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The connection to %1 is not secure: %2</source>
        <translation>%1 への接続は安全ではありません: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sign-in page stopped working.</source>
        <translation>サインイン ページが動作を停止しました。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>Completing sign-in…</source>
        <translation>サインインを完了しています…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes the sign-in view</source>
        <translation>サインイン ビューを閉じます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancels signing in</source>
        <translation>サインインを中止します</translation>
    </message>
</context>
<context>
    <name>SignInButton</name>
    <message>
        <location filename="../qml/SignInButton.qml" line="+44"/>
        <source>Restoring your session…</source>
        <translation>セッションを復元しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refreshing…</source>
        <extracomment>The session is renewing its access token in the background.</extracomment>
        <translation>更新しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again with %1</source>
        <translation>%1 でもう一度サインイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again</source>
        <translation>もう一度サインイン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with %1</source>
        <translation>%1 でサインイン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Busy, please wait</source>
        <translation>処理中です。お待ちください</translation>
    </message>
</context>
</TS>
