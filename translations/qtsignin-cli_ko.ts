<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="+67"/>
        <source>%1 (see qtsignin --help)</source>
        <extracomment>%1 what is wrong with the command line.</extracomment>
        <translation>%1 (qtsignin --help 참조)</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="+163"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: 읽을 수 없습니다(%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a JSON object</source>
        <translation>%1: JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: agent must be browser, device or embedded</source>
        <translation>%1: agent는 browser, device, embedded 중 하나여야 합니다</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown option %1</source>
        <translation>알 수 없는 옵션입니다: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>option --%1 needs a value</source>
        <translation>--%1 옵션에는 값이 필요합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>option --%1 takes no value</source>
        <translation>--%1 옵션은 값을 받지 않습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option --%1</source>
        <translation>알 수 없는 옵션입니다: --%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no command given (login, token, whoami, accounts or logout)</source>
        <translation>명령이 지정되지 않았습니다(login, token, whoami, accounts, logout 중 하나)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown command %1</source>
        <translation>알 수 없는 명령입니다: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument %1</source>
        <translation>예상하지 않은 인수입니다: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>%1 does not take --%2</source>
        <translation>%1 명령은 --%2 옵션을 받지 않습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>logout takes --account or --all, not both</source>
        <translation>logout에는 --account와 --all 중 하나만 지정하세요</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>QTSIGNIN_AGENT must be browser, device or embedded</source>
        <translation>QTSIGNIN_AGENT는 browser, device, embedded 중 하나여야 합니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QTSIGNIN_JSON must be 1 or 0</source>
        <translation>QTSIGNIN_JSON은 1 또는 0이어야 합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QTSIGNIN_ALLOW_INSECURE_HTTP must be 1 or 0</source>
        <translation>QTSIGNIN_ALLOW_INSECURE_HTTP는 1 또는 0이어야 합니다</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--agent must be browser, device or embedded</source>
        <translation>--agent는 browser, device, embedded 중 하나여야 합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the account name must not be empty</source>
        <translation>계정 이름은 비워 둘 수 없습니다</translation>
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
        <translation>사용법: qtsignin &lt;명령&gt; [옵션]

터미널에서 OAuth 2.0 / OpenID Connect로 로그인하고, 액세스 토큰을 출력하고,
로그아웃합니다.

명령:
  login     로그인하고 계정을 시스템 키체인에 보관합니다
  token     유효한 액세스 토큰(필요하면 새로 고침)만 stdout에 출력합니다
  whoami    로그인한 사용자를 표시합니다
  accounts  이 도구로 로그인한 계정을 나열합니다
  logout    계정의 토큰을 취소하고 삭제합니다

login 옵션:
  --config FILE          설정 파일(JSON, 키는 QtSignIn::ProviderSettings와 같고
                         &quot;agent&quot;와 &quot;account&quot;도 사용 가능)
  --provider NAME        google, github, microsoft, oidc 또는 custom
  --issuer URL           OpenID 공급자(oidc)
  --client-id ID         공급자에 등록된 클라이언트
  --client-secret S      클라이언트 보안 비밀(있는 경우, 명령줄은 다른 사람에게 보이므로
                         QTSIGNIN_CLIENT_SECRET이나 설정 파일을 권장)
  --scope &quot;A B&quot;          요청할 범위
  --tenant T             Microsoft 테넌트
  --authorize-url URL, --token-url URL, --userinfo-url URL   엔드포인트(custom)
  --agent AGENT          browser(허용되는 경우 기본값), device 또는 embedded
  --store STORE          keychain(기본값) 또는 memory(아무것도 보관하지 않음)
  --account NAME         계정을 보관할 이름(기본값: default)
  --timeout SECONDS      로그인을 기다릴 시간(기본값: 120)
  --allow-insecure-http  루프백 IdP에 암호화되지 않은 http 허용(개발용)
  --json                 계정을 JSON으로 출력
%1token:    [--account NAME] [--force-refresh]
whoami:   [--account NAME] [--json]
accounts: [--json]
logout:   [--account NAME | --all]

모든 옵션은 QTSIGNIN_* 변수(QTSIGNIN_CLIENT_ID, QTSIGNIN_AGENT, QTSIGNIN_ACCOUNT,
QTSIGNIN_CONFIG, QTSIGNIN_ALLOW_INSECURE_HTTP…)나 설정 파일(기본값:
~/.config/qtsignin/qtsignin.json)로도 지정할 수 있습니다. 명령줄이 환경 변수보다,
환경 변수가 파일보다 우선합니다.

종료 상태: 0 성공, 2 사용법 또는 설정 오류, 3 취소 또는 시간 초과, 4 공급자나 검증에서
거부됨(또는 로그인하지 않음), 5 네트워크 또는 TLS, 6 키체인 또는 파일.
오류는 stderr에 한 줄로 출력됩니다: qtsignin: &lt;ErrorCode&gt;: &lt;메시지&gt;
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
        <translation>  --ca-file PATH         시스템 인증서 외에 추가로 신뢰할 CA 인증서(PEM 파일 또는 폴더)
  --proxy URL            http://host:port, socks5://host:port, none 또는 system
                         (기본값: https_proxy / no_proxy, 없으면 시스템 설정)
  --client-certificate FILE, --client-key FILE   상호 TLS(PEM)
</translation>
    </message>
    <message>
        <location filename="../src/cli/terminal.cpp" line="+92"/>
        <source>%1:%2 left</source>
        <extracomment>Time left to finish signing in, e.g. &quot;1:45 left&quot;.</extracomment>
        <translation>%1:%2 남음</translation>
    </message>
    <message>
        <location filename="../src/cli/commandcontext.cpp" line="+50"/>
        <source>no account named &quot;%1&quot;: sign in with qtsignin login --account %1</source>
        <translation>이름이 “%1”인 계정이 없습니다: qtsignin login --account %1 명령으로 로그인하세요</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the provider no longer accepts this sign-in: sign in again with qtsignin login --account %1</source>
        <translation>공급자가 이 로그인을 더 이상 받아들이지 않습니다: qtsignin login --account %1 명령으로 다시 로그인하세요</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the keychain holds no sign-in for account &quot;%1&quot; any more: sign in with qtsignin login --account %1</source>
        <translation>키체인에 “%1” 계정의 로그인 정보가 더 이상 없습니다: qtsignin login --account %1 명령으로 로그인하세요</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 at %2 (account &quot;%3&quot;)</source>
        <extracomment>%1 user (name &lt;e-mail&gt;), %2 the identity provider, %3 the account name.</extracomment>
        <translation>%2의 %1(계정 “%3”)</translation>
    </message>
    <message>
        <location filename="../src/cli/logincommand.cpp" line="+114"/>
        <source>%1 does not allow --agent %2</source>
        <translation>%1은(는) --agent %2을(를) 허용하지 않습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 allows no sign-in from here</source>
        <translation>%1은(는) 여기에서 로그인하는 것을 허용하지 않습니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--agent embedded needs a display and QtSignIn&apos;s Widgets library</source>
        <translation>--agent embedded에는 디스플레이와 QtSignIn의 Widgets 라이브러리가 필요합니다</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open this page to sign in:</source>
        <translation>로그인하려면 이 페이지를 여세요:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the browser</source>
        <translation>브라우저 기다리는 중</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To sign in, open %1 and enter the code %2</source>
        <extracomment>%1 a web address, %2 a code like WDJB-MJHT.</extracomment>
        <translation>로그인하려면 %1을(를) 열고 코드 %2을(를) 입력하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or open %1</source>
        <translation>또는 %1을(를) 여세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the other device</source>
        <translation>다른 기기 기다리는 중</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting for the sign-in window</source>
        <translation>로그인 창 기다리는 중</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>the sign-in was not finished within %n second(s)</source>
        <translation>
            <numerusform>%n초 안에 로그인이 완료되지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/accountcommands.cpp" line="+33"/>
        <source>Sign in again with: qtsignin login --account %1</source>
        <translation>다시 로그인하세요: qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(no longer in the keychain)</source>
        <translation>(더 이상 키체인에 없음)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No accounts. Sign in with: qtsignin login</source>
        <translation>계정이 없습니다. 로그인하세요: qtsignin login</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Signed out of &quot;%1&quot; on this computer, but the provider did not confirm the revocation.</source>
        <translation>이 컴퓨터에서 “%1” 계정에서 로그아웃했지만, 공급자가 토큰 취소를 확인하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed out of &quot;%1&quot;. %2 cannot revoke tokens: they stay valid until they expire.</source>
        <translation>“%1” 계정에서 로그아웃했습니다. %2은(는) 토큰을 취소할 수 없으므로 토큰은 만료될 때까지 유효합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>“%1” 계정에서 로그아웃했습니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No accounts to sign out of.</source>
        <translation>로그아웃할 계정이 없습니다.</translation>
    </message>
</context>
</TS>
