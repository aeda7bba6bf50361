// SPDX-License-Identifier: BSD-3-Clause
#include "options.h"
#include "cli.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QStandardPaths>

namespace QtSignInCli {

using QtSignIn::AuthError;
using QtSignIn::ProviderSettings;
using UserAgent = QtSignIn::OAuthProvider::UserAgent;

namespace {

// A command-line option that is a provider setting: its ProviderSettings key.
struct SettingOption
{
    const char *name;
    const char *key;
};

constexpr SettingOption settingOptions[] = {
    {"provider", "provider"},
    {"issuer", "issuer"},
    {"client-id", "client_id"},
    {"client-secret", "client_secret"},
    {"scope", "scopes"},
    {"tenant", "tenant"},
    {"authorize-url", "authorize_url"},
    {"token-url", "token_url"},
    {"userinfo-url", "userinfo_url"},
    {"store", "token_store"},
    {"timeout", "auth_timeout"},
    {"ca-file", "ca_file"},
    {"proxy", "proxy"},
    {"client-certificate", "client_certificate_file"},
    {"client-key", "client_key_file"},
};

// Options that take a value, with the commands that accept them.
struct ValueOption
{
    const char *name;
    const char *commands; // space separated
};

constexpr ValueOption valueOptions[] = {
    {"config", "login token whoami logout"},
    {"provider", "login"},
    {"issuer", "login"},
    {"client-id", "login"},
    {"client-secret", "login"},
    {"scope", "login"},
    {"tenant", "login"},
    {"authorize-url", "login"},
    {"token-url", "login"},
    {"userinfo-url", "login"},
    {"agent", "login"},
    {"store", "login"},
    {"account", "login token whoami logout"},
    {"timeout", "login"},
    {"ca-file", "login"},
    {"proxy", "login"},
    {"client-certificate", "login"},
    {"client-key", "login"},
};

struct FlagOption
{
    const char *name;
    const char *commands;
};

constexpr FlagOption flagOptions[] = {
    {"json", "login whoami accounts"},
    {"force-refresh", "token"},
    {"all", "logout"},
    {"allow-insecure-http", "login"},
};

const QStringList &commands()
{
    static const QStringList names{QStringLiteral("login"), QStringLiteral("token"),
                                   QStringLiteral("whoami"), QStringLiteral("accounts"),
                                   QStringLiteral("logout")};
    return names;
}

bool acceptedBy(const char *list, const QString &command)
{
    return QString::fromLatin1(list).split(u' ').contains(command);
}

AuthError usage(const QString &text)
{
    return AuthError(AuthError::Code::Configuration, text).setMessage(text);
}

std::optional<UserAgent> parseAgent(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"browser")
        return UserAgent::SystemBrowser;
    if (lower == u"device")
        return UserAgent::DeviceCode;
    if (lower == u"embedded")
        return UserAgent::Embedded;
    return std::nullopt;
}

bool parseBool(const QString &text, bool *value)
{
    const QString lower = text.trimmed().toLower();
    for (const char *yes : {"1", "true", "yes", "on"}) {
        if (lower == QLatin1String(yes)) {
            *value = true;
            return true;
        }
    }
    for (const char *no : {"0", "false", "no", "off", ""}) {
        if (lower == QLatin1String(no)) {
            *value = false;
            return true;
        }
    }
    return false;
}

// Provider settings named like the QTSIGNIN_* variables, read with the same (lenient) rules;
// a problem is reported under the name the user wrote (--client-id, not QTSIGNIN_CLIENT_ID).
ProviderSettings settingsFromValues(const QHash<QString, QString> &values, AuthError *error)
{
    QProcessEnvironment environment;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        environment.insert(QStringLiteral("QTSIGNIN_") + it.key().toUpper(), it.value());
    }
    ProviderSettings settings = ProviderSettings::fromEnvironment(environment, error);
    if (error->isError()) {
        QString detail = error->detail();
        for (const SettingOption &option : settingOptions) {
            detail.replace(QStringLiteral("QTSIGNIN_") + QString::fromLatin1(option.key).toUpper(),
                           QStringLiteral("--") + QLatin1String(option.name));
        }
        detail.replace(QStringLiteral("QTSIGNIN_ALLOW_INSECURE_LOOPBACK"),
                       QStringLiteral("--allow-insecure-http"));
        *error = usage(detail);
    }
    return settings;
}

// The settings file: provider keys (see ProviderSettings) plus the tool's own `agent` and
// `account`.
bool readSettingsFile(const QString &path, Options *options, ProviderSettings *settings,
                      AuthError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = usage(Cli::tr("%1: cannot be read (%2)").arg(path, file.errorString()));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 20), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = usage(Cli::tr("%1: not a JSON object").arg(path));
        return false;
    }
    QJsonObject json = document.object();
    if (json.contains(u"agent")) {
        const auto agent = parseAgent(json.take(u"agent").toString());
        if (!agent) {
            *error = usage(Cli::tr("%1: agent must be browser, device or embedded").arg(path));
            return false;
        }
        options->agent = agent;
    }
    if (json.contains(u"account"))
        options->account = json.take(u"account").toString();
    *settings = ProviderSettings::fromJson(json, error);
    if (error->isError()) {
        *error = usage(path + QStringLiteral(": ") + error->detail());
        return false;
    }
    return true;
}

} // namespace

QString configDirectory(const QProcessEnvironment &environment)
{
    QString base = environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (base.isEmpty())
        base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(base).filePath(QStringLiteral("qtsignin"));
}

bool parseOptions(const QStringList &arguments, const QProcessEnvironment &environment,
                  Options *options, AuthError *error)
{
    *error = AuthError();
    QHash<QString, QString> values; // value options as given
    QHash<QString, bool> flags;     // flag options as given
    QStringList positional;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"-h" || argument == u"--help") {
            options->help = true;
            continue;
        }
        if (argument == u"--version") {
            options->version = true;
            continue;
        }
        if (!argument.startsWith(u"--") || argument == u"--") {
            if (argument.startsWith(u'-') && argument != u"-") {
                *error = usage(Cli::tr("unknown option %1").arg(argument));
                return false;
            }
            positional.append(argument);
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype equals = name.indexOf(u'='); equals >= 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
            hasValue = true;
        }
        const auto valueOption =
            std::find_if(std::begin(valueOptions), std::end(valueOptions),
                         [&name](const ValueOption &o) { return name == QLatin1String(o.name); });
        const auto flagOption =
            std::find_if(std::begin(flagOptions), std::end(flagOptions),
                         [&name](const FlagOption &o) { return name == QLatin1String(o.name); });
        if (valueOption != std::end(valueOptions)) {
            if (!hasValue) {
                if (i + 1 >= arguments.size()) {
                    *error = usage(Cli::tr("option --%1 needs a value").arg(name));
                    return false;
                }
                value = arguments.at(++i);
            }
            values.insert(name, value);
        } else if (flagOption != std::end(flagOptions)) {
            if (hasValue) {
                *error = usage(Cli::tr("option --%1 takes no value").arg(name));
                return false;
            }
            flags.insert(name, true);
        } else {
            *error = usage(Cli::tr("unknown option --%1").arg(name));
            return false;
        }
    }
    if (options->help || options->version)
        return true;

    if (positional.isEmpty()) {
        *error = usage(Cli::tr("no command given (login, token, whoami, accounts or logout)"));
        return false;
    }
    options->command = positional.takeFirst();
    if (!commands().contains(options->command)) {
        *error = usage(Cli::tr("unknown command %1").arg(options->command));
        return false;
    }
    if (!positional.isEmpty()) {
        *error = usage(Cli::tr("unexpected argument %1").arg(positional.first()));
        return false;
    }
    for (const ValueOption &option : valueOptions) {
        if (values.contains(QLatin1String(option.name)) &&
            !acceptedBy(option.commands, options->command)) {
            *error = usage(
                Cli::tr("%1 does not take --%2").arg(options->command, QLatin1String(option.name)));
            return false;
        }
    }
    for (const FlagOption &option : flagOptions) {
        if (flags.contains(QLatin1String(option.name)) &&
            !acceptedBy(option.commands, options->command)) {
            *error = usage(
                Cli::tr("%1 does not take --%2").arg(options->command, QLatin1String(option.name)));
            return false;
        }
    }
    if (values.contains(QStringLiteral("account")) && flags.value(QStringLiteral("all"))) {
        *error = usage(Cli::tr("logout takes --account or --all, not both"));
        return false;
    }

    // 1. The settings file.
    ProviderSettings fileSettings;
    QString config = values.value(QStringLiteral("config"),
                                  environment.value(QStringLiteral("QTSIGNIN_CONFIG")));
    const bool configGiven = !config.isEmpty();
    if (!configGiven)
        config = QDir(configDirectory(environment)).filePath(QStringLiteral("qtsignin.json"));
    if (configGiven || QFileInfo::exists(config)) {
        if (!readSettingsFile(config, options, &fileSettings, error))
            return false;
    }

    // 2. The environment (the library reads the provider keys; the tool's own are here).
    const ProviderSettings environmentSettings =
        ProviderSettings::fromEnvironment(environment, error);
    if (error->isError()) {
        *error = usage(error->detail());
        return false;
    }
    const auto fromEnvironment = [&environment](const char *name) {
        return environment.value(QLatin1String(name));
    };
    if (const QString agent = fromEnvironment("QTSIGNIN_AGENT"); !agent.isEmpty()) {
        options->agent = parseAgent(agent);
        if (!options->agent) {
            *error = usage(Cli::tr("QTSIGNIN_AGENT must be browser, device or embedded"));
            return false;
        }
    }
    if (const QString account = fromEnvironment("QTSIGNIN_ACCOUNT"); !account.isEmpty())
        options->account = account;
    if (const QString json = fromEnvironment("QTSIGNIN_JSON"); !json.isEmpty()) {
        if (!parseBool(json, &options->json)) {
            *error = usage(Cli::tr("QTSIGNIN_JSON must be 1 or 0"));
            return false;
        }
    }
    bool insecureHttp = false;
    if (const QString allow = fromEnvironment("QTSIGNIN_ALLOW_INSECURE_HTTP"); !allow.isEmpty()) {
        if (!parseBool(allow, &insecureHttp)) {
            *error = usage(Cli::tr("QTSIGNIN_ALLOW_INSECURE_HTTP must be 1 or 0"));
            return false;
        }
    }

    // 3. The command line.
    QHash<QString, QString> settingValues;
    for (const SettingOption &option : settingOptions) {
        const QString name = QLatin1String(option.name);
        if (values.contains(name))
            settingValues.insert(QLatin1String(option.key), values.value(name));
    }
    if (flags.value(QStringLiteral("allow-insecure-http")))
        insecureHttp = true;
    if (insecureHttp)
        settingValues.insert(QStringLiteral("allow_insecure_loopback"), QStringLiteral("1"));
    const ProviderSettings commandLineSettings = settingsFromValues(settingValues, error);
    if (error->isError())
        return false;
    if (values.contains(QStringLiteral("agent"))) {
        options->agent = parseAgent(values.value(QStringLiteral("agent")));
        if (!options->agent) {
            *error = usage(Cli::tr("--agent must be browser, device or embedded"));
            return false;
        }
    }
    if (values.contains(QStringLiteral("account")))
        options->account = values.value(QStringLiteral("account"));
    if (options->account.trimmed().isEmpty()) {
        *error = usage(Cli::tr("the account name must not be empty"));
        return false;
    }
    options->json = options->json || flags.value(QStringLiteral("json"));
    options->forceRefresh = flags.value(QStringLiteral("force-refresh"));
    options->all = flags.value(QStringLiteral("all"));

    options->overrides = environmentSettings.mergedWith(commandLineSettings);
    options->settings = fileSettings.mergedWith(options->overrides);
    return true;
}

QString helpText()
{
    return Cli::
        tr("Usage: qtsignin <command> [options]\n"
           "\n"
           "Sign in with OAuth 2.0 / OpenID Connect from a terminal, print access tokens, sign "
           "out.\n"
           "\n"
           "Commands:\n"
           "  login     sign in and keep the account in the system keychain\n"
           "  token     print a valid access token (refreshed when due), alone on stdout\n"
           "  whoami    show the signed-in user\n"
           "  accounts  list the accounts signed in with this tool\n"
           "  logout    revoke the account's tokens and delete them\n"
           "\n"
           "login options:\n"
           "  --config FILE          settings file (JSON; keys as in QtSignIn::ProviderSettings,\n"
           "                         plus \"agent\" and \"account\")\n"
           "  --provider NAME        google, github, microsoft, oidc or custom\n"
           "  --issuer URL           the OpenID Provider (oidc)\n"
           "  --client-id ID         the client registered with the provider\n"
           "  --client-secret S      its secret, if it has one (prefer QTSIGNIN_CLIENT_SECRET or\n"
           "                         the settings file: the command line is visible to others)\n"
           "  --scope \"A B\"          scopes to request\n"
           "  --tenant T             Microsoft tenant\n"
           "  --authorize-url URL, --token-url URL, --userinfo-url URL   endpoints (custom)\n"
           "  --agent AGENT          browser (default where allowed), device or embedded\n"
           "  --store STORE          keychain (default) or memory (nothing is kept)\n"
           "  --account NAME         the name to keep the account under (default: default)\n"
           "  --timeout SECONDS      how long to wait for the sign-in (default: 120)\n"
           "  --allow-insecure-http  allow plain http to a loopback IdP (development)\n"
           "  --json                 print the account as JSON\n"
           "%1"
           "token:    [--account NAME] [--force-refresh]\n"
           "whoami:   [--account NAME] [--json]\n"
           "accounts: [--json]\n"
           "logout:   [--account NAME | --all]\n"
           "\n"
           "Every option can also be set with a QTSIGNIN_* variable (QTSIGNIN_CLIENT_ID,\n"
           "QTSIGNIN_AGENT, QTSIGNIN_ACCOUNT, QTSIGNIN_CONFIG, QTSIGNIN_ALLOW_INSECURE_HTTP…) or "
           "in\n"
           "the settings file (default: ~/.config/qtsignin/qtsignin.json). The command line wins\n"
           "over the environment, which wins over the file.\n"
           "\n"
           "Exit status: 0 success, 2 usage or settings, 3 cancelled or timed out, 4 refused by "
           "the\n"
           "provider or by validation (or not signed in), 5 network or TLS, 6 keychain or files.\n"
           "Errors are one line on stderr: qtsignin: <ErrorCode>: <message>\n")
            .arg(Cli::tr(
                "  --ca-file PATH         extra trusted CA certificates (PEM file or folder),\n"
                "                         on top of the system's\n"
                "  --proxy URL            http://host:port, socks5://host:port, none or system\n"
                "                         (default: https_proxy / no_proxy, else the system's)\n"
                "  --client-certificate FILE, --client-key FILE   mutual TLS (PEM)\n"));
}

} // namespace QtSignInCli
