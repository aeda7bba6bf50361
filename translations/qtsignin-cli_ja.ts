<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="+67"/>
        <source>%1 (see qtsignin --help)</source>
        <extracomment>%1 what is wrong with the command line.</extracomment>
        <translation>%1 (qtsignin --help を参照してください)</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="+163"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 読み込めません (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a JSON object</source>
        <translation>%1: JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: agent must be browser, device or embedded</source>
        <translation>%1: agent は browser、device、embedded のいずれかにしてください</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown option %1</source>
        <translation>不明なオプションです: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>option --%1 needs a value</source>
        <translation>オプション --%1 には値が必要です</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>option --%1 takes no value</source>
        <translation>オプション --%1 は値を取りません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option --%1</source>
        <translation>不明なオプションです: --%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no command given (login, token, whoami, accounts or logout)</source>
        <translation>コマンドが指定されていません (login、token、whoami、accounts、logout のいずれか)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown command %1</source>
        <translation>不明なコマンドです: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument %1</source>
        <translation>予期しない引数です: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>%1 does not take --%2</source>
        <translation>%1 では --%2 を使用できません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>logout takes --account or --all, not both</source>
        <translation>logout に --account と --all を同時に指定することはできません</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>QTSIGNIN_AGENT must be browser, device or embedded</source>
        <translation>QTSIGNIN_AGENT は browser、device、embedded のいずれかにしてください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QTSIGNIN_JSON must be 1 or 0</source>
        <translation>QTSIGNIN_JSON は 1 または 0 にしてください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QTSIGNIN_ALLOW_INSECURE_HTTP must be 1 or 0</source>
        <translation>QTSIGNIN_ALLOW_INSECURE_HTTP は 1 または 0 にしてください</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--agent must be browser, device or embedded</source>
        <translation>--agent は browser、device、embedded のいずれかにしてください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the account name must not be empty</source>
        <translation>アカウント名を空にすることはできません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: qtsignin &lt;command&gt; [options]

Sign in with OAuth 2.0 / OpenID Connect from a terminal, print access tokens, sign out.

Commands:
  login     sign in and keep the account in the system keychain
  token     print a valid access token (refreshed when due), alone on stdout
  whoami    show the signed-in user
  accounts  list the accounts signed in with this tool
  logout    revoke the account&apos;s tokens and delete them

login options:
  --config FILE          settings file (JSON; keys as in QtSignIn::ProviderSettings,
                         plus &quot;agent&quot; and &quot;account&quot;)
  --provider NAME        google, github, microsoft, oidc or custom
  --issuer URL           the OpenID Provider (oidc)
  --client-id ID         the client registered with the provider
  --client-secret S      its secret, if it has one (prefer QTSIGNIN_CLIENT_SECRET or
                         the settings file: the command line is visible to others)
  --scope &quot;A B&quot;          scopes to request
  --tenant T             Microsoft tenant
  --authorize-url URL, --token-url URL, --userinfo-url URL   endpoints (custom)
  --agent AGENT          browser (default where allowed), device or embedded
  --store STORE          keychain (default) or memory (nothing is kept)
  --account NAME         the name to keep the account under (default: default)
  --timeout SECONDS      how long to wait for the sign-in (default: 120)
  --allow-insecure-http  allow plain http to a loopback IdP (development)
  --json                 print the account as JSON
%1token:    [--account NAME] [--force-refresh]
whoami:   [--account NAME] [--json]
accounts: [--json]
logout:   [--account NAME | --all]

Every option can also be set with a QTSIGNIN_* variable (QTSIGNIN_CLIENT_ID,
QTSIGNIN_AGENT, QTSIGNIN_ACCOUNT, QTSIGNIN_CONFIG, QTSIGNIN_ALLOW_INSECURE_HTTP…) or in
the settings file (default: ~/.config/qtsignin/qtsignin.json). The command line wins
over the environment, which wins over the file.

Exit status: 0 success, 2 usage or settings, 3 cancelled or timed out, 4 refused by the
provider or by validation (or not signed in), 5 network or TLS, 6 keychain or files.
Errors are one line on stderr: qtsignin: &lt;ErrorCode&gt;: &lt;message&gt;
</source>
        <translation>使い方: qtsignin &lt;コマンド&gt; [オプション]

ターミナルから OAuth 2.0 / OpenID Connect でサインインし、アクセス トークンを出力し、
サインアウトします。

コマンド:
  login     サインインし、アカウントをシステムのキーチェーンに保存します
  token     有効なアクセス トークン (必要に応じて更新) だけを stdout に出力します
  whoami    サインインしているユーザーを表示します
  accounts  このツールでサインインしたアカウントを一覧表示します
  logout    アカウントのトークンを取り消して削除します

login のオプション:
  --config FILE          設定ファイル (JSON。キーは QtSignIn::ProviderSettings と
                         同じで、&quot;agent&quot; と &quot;account&quot; も使えます)
  --provider NAME        google、github、microsoft、oidc、custom のいずれか
  --issuer URL           OpenID プロバイダー (oidc)
  --client-id ID         プロバイダーに登録したクライアント
  --client-secret S      シークレット (ある場合。コマンド ラインは他の人にも
                         見えるため、QTSIGNIN_CLIENT_SECRET か設定ファイルを推奨)
  --scope &quot;A B&quot;          要求するスコープ
  --tenant T             Microsoft のテナント
  --authorize-url URL, --token-url URL, --userinfo-url URL   エンドポイント (custom)
  --agent AGENT          browser (許可されている場合の既定)、device、embedded のいずれか
  --store STORE          keychain (既定) または memory (何も保存しません)
  --account NAME         アカウントを保存する名前 (既定: default)
  --timeout SECONDS      サインインを待つ時間 (既定: 120)
  --allow-insecure-http  ループバックの IdP への平文の http を許可します (開発用)
  --json                 アカウントを JSON で出力します
%1token:    [--account NAME] [--force-refresh]
whoami:   [--account NAME] [--json]
accounts: [--json]
logout:   [--account NAME | --all]

どのオプションも QTSIGNIN_* 変数 (QTSIGNIN_CLIENT_ID、QTSIGNIN_AGENT、QTSIGNIN_ACCOUNT、
QTSIGNIN_CONFIG、QTSIGNIN_ALLOW_INSECURE_HTTP…) または設定ファイル (既定:
~/.config/qtsignin/qtsignin.json) で指定することもできます。
コマンド ラインは環境変数より、環境変数は設定ファイルより優先されます。

終了ステータス: 0 成功、2 使い方または設定の誤り、3 キャンセルまたはタイムアウト、
4 プロバイダーまたは検証による拒否 (またはサインインしていない)、
5 ネットワークまたは TLS、6 キーチェーンまたはファイル。
エラーは stderr に 1 行で出力されます: qtsignin: &lt;ErrorCode&gt;: &lt;メッセージ&gt;
</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>  --ca-file PATH         extra trusted CA certificates (PEM file or folder),
                         on top of the system&apos;s
  --proxy URL            http://host:port, socks5://host:port, none or system
                         (default: https_proxy / no_proxy, else the system&apos;s)
  --client-certificate FILE, --client-key FILE   mutual TLS (PEM)
</source>
        <translation>  --ca-file PATH         システムの証明書に加えて信頼する CA 証明書
                         (PEM ファイルまたはフォルダー)
  --proxy URL            http://host:port、socks5://host:port、none、system のいずれか
                         (既定: https_proxy / no_proxy、なければシステムの設定)
  --client-certificate FILE, --client-key FILE   相互 TLS (PEM)
</translation>
    </message>
    <message>
        <location filename="../src/cli/terminal.cpp" line="+92"/>
        <source>%1:%2 left</source>
        <extracomment>Time left to finish signing in, e.g. &quot;1:45 left&quot;.</extracomment>
        <translation>残り %1:%2</translation>
    </message>
    <message>
        <location filename="../src/cli/commandcontext.cpp" line="+50"/>
        <source>no account named &quot;%1&quot;: sign in with qtsignin login --account %1</source>
        <translation>「%1」という名前のアカウントはありません: qtsignin login --account %1 でサインインしてください</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the provider no longer accepts this sign-in: sign in again with qtsignin login --account %1</source>
        <translation>プロバイダーがこのサインインを受け付けなくなりました: qtsignin login --account %1 でもう一度サインインしてください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the keychain holds no sign-in for account &quot;%1&quot; any more: sign in with qtsignin login --account %1</source>
        <translation>キーチェーンにアカウント「%1」のサインイン情報がなくなりました: qtsignin login --account %1 でサインインしてください</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 at %2 (account &quot;%3&quot;)</source>
        <extracomment>%1 user (name &lt;e-mail&gt;), %2 the identity provider, %3 the account name.</extracomment>
        <translation>%2 の %1 (アカウント「%3」)</translation>
    </message>
    <message>
        <location filename="../src/cli/logincommand.cpp" line="+114"/>
        <source>%1 does not allow --agent %2</source>
        <translation>%1 は --agent %2 を許可していません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 allows no sign-in from here</source>
        <translation>%1 はここからのサインインを許可していません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--agent embedded needs a display and QtSignIn&apos;s Widgets library</source>
        <translation>--agent embedded にはディスプレイと QtSignIn の Widgets ライブラリが必要です</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open this page to sign in:</source>
        <translation>サインインするには、このページを開いてください:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the browser</source>
        <translation>ブラウザーを待っています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To sign in, open %1 and enter the code %2</source>
        <extracomment>%1 a web address, %2 a code like WDJB-MJHT.</extracomment>
        <translation>サインインするには、%1 を開いてコード %2 を入力してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or open %1</source>
        <translation>または %1 を開いてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the other device</source>
        <translation>もう一方のデバイスを待っています</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting for the sign-in window</source>
        <translation>サインイン ウィンドウを待っています</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>the sign-in was not finished within %n second(s)</source>
        <translation>
            <numerusform>%n 秒以内にサインインが完了しませんでした</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/accountcommands.cpp" line="+33"/>
        <source>Sign in again with: qtsignin login --account %1</source>
        <translation>もう一度サインインしてください: qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(no longer in the keychain)</source>
        <translation>(キーチェーンにありません)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No accounts. Sign in with: qtsignin login</source>
        <translation>アカウントがありません。サインインするには: qtsignin login</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Signed out of &quot;%1&quot; on this computer, but the provider did not confirm the revocation.</source>
        <translation>このコンピューターで「%1」からサインアウトしましたが、プロバイダーは取り消しを確認しませんでした。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed out of &quot;%1&quot;. %2 cannot revoke tokens: they stay valid until they expire.</source>
        <translation>「%1」からサインアウトしました。%2 はトークンを取り消せないため、トークンは有効期限まで有効なままです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>「%1」からサインアウトしました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No accounts to sign out of.</source>
        <translation>サインアウトするアカウントがありません。</translation>
    </message>
</context>
</TS>
