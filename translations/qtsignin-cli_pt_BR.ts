<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/main.cpp" line="+67"/>
        <source>%1 (see qtsignin --help)</source>
        <extracomment>%1 what is wrong with the command line.</extracomment>
        <translation>%1 (consulte qtsignin --help)</translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="+163"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: não é possível ler (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a JSON object</source>
        <translation>%1: não é um objeto JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: agent must be browser, device or embedded</source>
        <translation>%1: agent deve ser browser, device ou embedded</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown option %1</source>
        <translation>opção desconhecida %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>option --%1 needs a value</source>
        <translation>a opção --%1 precisa de um valor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>option --%1 takes no value</source>
        <translation>a opção --%1 não aceita valor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option --%1</source>
        <translation>opção desconhecida --%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no command given (login, token, whoami, accounts or logout)</source>
        <translation>nenhum comando informado (login, token, whoami, accounts ou logout)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown command %1</source>
        <translation>comando desconhecido %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>%1 does not take --%2</source>
        <translation>%1 não aceita --%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>logout takes --account or --all, not both</source>
        <translation>logout aceita --account ou --all, não os dois</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>QTSIGNIN_AGENT must be browser, device or embedded</source>
        <translation>QTSIGNIN_AGENT deve ser browser, device ou embedded</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QTSIGNIN_JSON must be 1 or 0</source>
        <translation>QTSIGNIN_JSON deve ser 1 ou 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QTSIGNIN_ALLOW_INSECURE_HTTP must be 1 or 0</source>
        <translation>QTSIGNIN_ALLOW_INSECURE_HTTP deve ser 1 ou 0</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--agent must be browser, device or embedded</source>
        <translation>--agent deve ser browser, device ou embedded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the account name must not be empty</source>
        <translation>o nome da conta não pode ficar vazio</translation>
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
        <translation>Uso: qtsignin &lt;comando&gt; [opções]

Login com OAuth 2.0 / OpenID Connect pelo terminal: mostra tokens de acesso e encerra a
sessão.

Comandos:
  login     faz login e guarda a conta no chaveiro do sistema
  token     mostra no stdout só um token de acesso válido (renovado quando preciso)
  whoami    mostra o usuário conectado
  accounts  lista as contas conectadas com esta ferramenta
  logout    revoga os tokens da conta e os exclui

Opções de login:
  --config FILE          arquivo de configurações (JSON; chaves como em
                         QtSignIn::ProviderSettings, mais &quot;agent&quot; e &quot;account&quot;)
  --provider NAME        google, github, microsoft, oidc ou custom
  --issuer URL           o provedor OpenID (oidc)
  --client-id ID         o cliente registrado no provedor
  --client-secret S      a chave secreta dele, se houver (prefira QTSIGNIN_CLIENT_SECRET
                         ou o arquivo de configurações: a linha de comando fica visível
                         para outros)
  --scope &quot;A B&quot;          escopos a solicitar
  --tenant T             locatário da Microsoft
  --authorize-url URL, --token-url URL, --userinfo-url URL   endpoints (custom)
  --agent AGENT          browser (padrão onde permitido), device ou embedded
  --store STORE          keychain (padrão) ou memory (nada é guardado)
  --account NAME         o nome com que guardar a conta (padrão: default)
  --timeout SECONDS      quanto tempo esperar pelo login (padrão: 120)
  --allow-insecure-http  permite http sem criptografia para um IdP local (loopback)
                         (desenvolvimento)
  --json                 mostra a conta como JSON
%1token:    [--account NAME] [--force-refresh]
whoami:   [--account NAME] [--json]
accounts: [--json]
logout:   [--account NAME | --all]

Toda opção também pode ser definida com uma variável QTSIGNIN_* (QTSIGNIN_CLIENT_ID,
QTSIGNIN_AGENT, QTSIGNIN_ACCOUNT, QTSIGNIN_CONFIG, QTSIGNIN_ALLOW_INSECURE_HTTP…) ou no
arquivo de configurações (padrão: ~/.config/qtsignin/qtsignin.json). A linha de comando
tem prioridade sobre o ambiente, que tem prioridade sobre o arquivo.

Status de saída: 0 sucesso, 2 uso ou configurações, 3 cancelado ou tempo esgotado,
4 recusado pelo provedor ou pela validação (ou sem login), 5 rede ou TLS, 6 chaveiro ou
arquivos.
Os erros ocupam uma linha no stderr: qtsignin: &lt;ErrorCode&gt;: &lt;mensagem&gt;
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
        <translation>  --ca-file PATH         certificados de AC confiáveis extras (arquivo PEM ou pasta),
                         além dos do sistema
  --proxy URL            http://host:port, socks5://host:port, none ou system
                         (padrão: https_proxy / no_proxy; senão, o do sistema)
  --client-certificate FILE, --client-key FILE   TLS mútuo (PEM)
</translation>
    </message>
    <message>
        <location filename="../src/cli/terminal.cpp" line="+92"/>
        <source>%1:%2 left</source>
        <extracomment>Time left to finish signing in, e.g. &quot;1:45 left&quot;.</extracomment>
        <translation>faltam %1:%2</translation>
    </message>
    <message>
        <location filename="../src/cli/commandcontext.cpp" line="+50"/>
        <source>no account named &quot;%1&quot;: sign in with qtsignin login --account %1</source>
        <translation>nenhuma conta chamada “%1”: faça login com qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the provider no longer accepts this sign-in: sign in again with qtsignin login --account %1</source>
        <translation>o provedor não aceita mais este login: faça login novamente com qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the keychain holds no sign-in for account &quot;%1&quot; any more: sign in with qtsignin login --account %1</source>
        <translation>o chaveiro não guarda mais nenhum login da conta “%1”: faça login com qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 at %2 (account &quot;%3&quot;)</source>
        <extracomment>%1 user (name &lt;e-mail&gt;), %2 the identity provider, %3 the account name.</extracomment>
        <translation>%1 em %2 (conta “%3”)</translation>
    </message>
    <message>
        <location filename="../src/cli/logincommand.cpp" line="+114"/>
        <source>%1 does not allow --agent %2</source>
        <translation>%1 não permite --agent %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 allows no sign-in from here</source>
        <translation>%1 não permite fazer login daqui</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--agent embedded needs a display and QtSignIn&apos;s Widgets library</source>
        <translation>--agent embedded precisa de uma tela gráfica e da biblioteca Widgets do QtSignIn</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open this page to sign in:</source>
        <translation>Abra esta página para fazer login:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the browser</source>
        <translation>Aguardando o navegador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To sign in, open %1 and enter the code %2</source>
        <extracomment>%1 a web address, %2 a code like WDJB-MJHT.</extracomment>
        <translation>Para fazer login, abra %1 e digite o código %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or open %1</source>
        <translation>ou abra %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the other device</source>
        <translation>Aguardando o outro dispositivo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting for the sign-in window</source>
        <translation>Aguardando a janela de login</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>the sign-in was not finished within %n second(s)</source>
        <translation>
            <numerusform>o login não foi concluído em %n segundo</numerusform>
            <numerusform>o login não foi concluído em %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/accountcommands.cpp" line="+33"/>
        <source>Sign in again with: qtsignin login --account %1</source>
        <translation>Faça login novamente com: qtsignin login --account %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(no longer in the keychain)</source>
        <translation>(não está mais no chaveiro)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No accounts. Sign in with: qtsignin login</source>
        <translation>Nenhuma conta. Faça login com: qtsignin login</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Signed out of &quot;%1&quot; on this computer, but the provider did not confirm the revocation.</source>
        <translation>Sessão de “%1” encerrada neste computador, mas o provedor não confirmou a revogação.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed out of &quot;%1&quot;. %2 cannot revoke tokens: they stay valid until they expire.</source>
        <translation>Sessão de “%1” encerrada. %2 não pode revogar tokens: eles continuam válidos até expirarem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>Sessão de “%1” encerrada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No accounts to sign out of.</source>
        <translation>Nenhuma sessão para encerrar.</translation>
    </message>
</context>
</TS>
