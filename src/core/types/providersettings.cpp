// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/providersettings.h>

#include "logging_p.h"
#include "network/proxypolicy_p.h"
#include "types/textsanitizer_p.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtNetwork/QHostAddress>

#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace QtSignIn {

namespace {

// One bit per key, so that mergedWith() can tell "set to the default value" from "not given".
enum Field : quint32 {
    ProviderField = 1u << 0,
    ClientIdField = 1u << 1,
    ClientSecretField = 1u << 2,
    ScopesField = 1u << 3,
    IssuerField = 1u << 4,
    AuthorizeUrlField = 1u << 5,
    TokenUrlField = 1u << 6,
    UserinfoUrlField = 1u << 7,
    RevocationUrlField = 1u << 8,
    JwksUrlField = 1u << 9,
    TenantField = 1u << 10,
    AllowedTenantsField = 1u << 11,
    ClientAuthMethodField = 1u << 12,
    UsePkceField = 1u << 13,
    AuthTimeoutField = 1u << 14,
    RefreshBufferField = 1u << 15,
    TokenStoreField = 1u << 16,
    AllowInsecureLoopbackField = 1u << 17,
    CaFileField = 1u << 18,
    ClientCertificateFileField = 1u << 19,
    ClientKeyFileField = 1u << 20,
    ProxyField = 1u << 21,
};

enum class Kind { String, StringList, Url, Bool, Int, ProviderType, AuthMethod, TokenStore };

struct KeySpec
{
    const char *key;
    Field field;
    Kind kind;
};

// The documented keys, the same in every source (see the class documentation).
constexpr KeySpec keySpecs[] = {
    {"provider", ProviderField, Kind::ProviderType},
    {"client_id", ClientIdField, Kind::String},
    {"client_secret", ClientSecretField, Kind::String},
    {"scopes", ScopesField, Kind::StringList},
    {"issuer", IssuerField, Kind::Url},
    {"authorize_url", AuthorizeUrlField, Kind::Url},
    {"token_url", TokenUrlField, Kind::Url},
    {"userinfo_url", UserinfoUrlField, Kind::Url},
    {"revocation_url", RevocationUrlField, Kind::Url},
    {"jwks_url", JwksUrlField, Kind::Url},
    {"tenant", TenantField, Kind::String},
    {"allowed_tenants", AllowedTenantsField, Kind::StringList},
    {"client_auth_method", ClientAuthMethodField, Kind::AuthMethod},
    {"use_pkce", UsePkceField, Kind::Bool},
    {"auth_timeout", AuthTimeoutField, Kind::Int},
    {"refresh_buffer", RefreshBufferField, Kind::Int},
    {"token_store", TokenStoreField, Kind::TokenStore},
    {"allow_insecure_loopback", AllowInsecureLoopbackField, Kind::Bool},
    {"ca_file", CaFileField, Kind::String},
    {"client_certificate_file", ClientCertificateFileField, Kind::String},
    {"client_key_file", ClientKeyFileField, Kind::String},
    {"proxy", ProxyField, Kind::String},
};

constexpr qint64 MaxJsonFileSize = 1024 * 1024;
constexpr int MaxSeconds = 24 * 3600;

// JSON is typed, so a number where a string belongs is a mistake worth reporting. QSettings
// (native formats store ints) and environment variables (always strings) are read leniently.
enum class Typing { Strict, Lenient };

bool isStringVariant(const QVariant &value)
{
    return value.typeId() == QMetaType::QString;
}

bool isNumberVariant(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

std::optional<QString> toSingleString(const QVariant &value, Typing typing)
{
    if (isStringVariant(value))
        return value.toString().trimmed();
    if (typing == Typing::Lenient && (isNumberVariant(value) || value.typeId() == QMetaType::Bool))
        return value.toString();
    return std::nullopt;
}

std::optional<QStringList> toStringList(const QVariant &value)
{
    // A string is split like a scope parameter; a list (a JSON array, or what QSettings' INI
    // format makes of "a, b") is taken element by element, and each element split again:
    // neither a scope nor a tenant id can contain a space or a comma.
    QStringList parts;
    if (isStringVariant(value)) {
        parts.append(value.toString());
    } else if (value.typeId() == QMetaType::QStringList) {
        parts = value.toStringList();
    } else if (value.typeId() == QMetaType::QVariantList) {
        for (const QVariant &element : value.toList()) {
            if (!isStringVariant(element))
                return std::nullopt;
            parts.append(element.toString());
        }
    } else {
        return std::nullopt;
    }
    QStringList result;
    for (const QString &part : std::as_const(parts)) {
        for (const QString &item : TokenSet::parseScopes(part)) {
            if (!result.contains(item))
                result.append(item);
        }
    }
    return result;
}

std::optional<bool> toBool(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    QString text;
    if (isStringVariant(value))
        text = value.toString().trimmed().toLower();
    else if (isNumberVariant(value))
        text = value.toString();
    else
        return std::nullopt;
    for (const char *yes : {"true", "1", "yes", "on"}) {
        if (text == QLatin1String(yes))
            return true;
    }
    for (const char *no : {"false", "0", "no", "off"}) {
        if (text == QLatin1String(no))
            return false;
    }
    return std::nullopt;
}

std::optional<int> toInt(const QVariant &value)
{
    if (isStringVariant(value)) {
        bool ok = false;
        const int result = value.toString().trimmed().toInt(&ok);
        return ok ? std::optional<int>(result) : std::nullopt;
    }
    if (!isNumberVariant(value))
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::trunc(number) ||
        number < double(std::numeric_limits<int>::min()) ||
        number > double(std::numeric_limits<int>::max()))
        return std::nullopt;
    return int(number);
}

std::optional<QUrl> toUrl(const QVariant &value)
{
    if (!isStringVariant(value))
        return std::nullopt;
    // StrictMode: a URL that needs fixing up is a typo, not something to guess at. Relative
    // URLs have nothing to resolve against. Scheme and host rules are left to validate() so
    // that they also cover URLs set from code.
    const QUrl url(value.toString().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return std::nullopt;
    return url;
}

bool isLoopbackHost(const QString &host)
{
    // Judged by the host as written, never by resolving it: a name that merely resolves to
    // 127.0.0.1 today could resolve elsewhere tomorrow (RFC 8252 §8.3 prefers IP literals).
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool isValidTenant(const QString &tenant)
{
    // A tenant becomes a path segment of the Microsoft endpoints: allow only what GUIDs,
    // domain names and the well-known aliases use, and never "." or "..".
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$"));
    return pattern.match(tenant).hasMatch() && !tenant.contains(QLatin1String(".."));
}

bool isProxySetting(const QString &proxy)
{
    const QString lower = proxy.trimmed().toLower();
    return lower == u"none" || lower == u"system" ||
        Network::ProxyPolicy::parseProxyUrl(proxy).has_value();
}

QString displayKeyFor(const char *key, bool environment)
{
    return environment ? QLatin1String("QTSIGNIN_") + QString::fromLatin1(key).toUpper()
                       : QString::fromLatin1(key);
}

} // namespace

class ProviderSettingsPrivate : public QSharedData
{
public:
    bool isSet(Field field) const { return (setFields & field) != 0; }
    void mark(Field field) { setFields |= field; }

    // Applies one source value. Returns a problem description naming \a displayKey (never the
    // value: it might be the client secret, or a secret pasted into the wrong key).
    QString apply(const KeySpec &spec, const QVariant &value, Typing typing,
                  const QString &displayKey);

    OAuthProvider::Type inferredType() const;

    quint32 setFields = 0;
    OAuthProvider::Type providerType = OAuthProvider::Type::Oidc;
    QString clientId;
    QString clientSecret;
    QStringList scopes;
    QUrl issuer;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl userinfoUrl;
    QUrl revocationUrl;
    QUrl jwksUrl;
    QString tenant = QStringLiteral("common");
    QStringList allowedTenants;
    OAuthProvider::ClientAuthMethod clientAuthMethod = OAuthProvider::ClientAuthMethod::Auto;
    bool usePkce = true;
    int authTimeout = 120;
    int refreshBuffer = 60;
    ProviderSettings::TokenStoreBackend tokenStore = ProviderSettings::TokenStoreBackend::Keychain;
    bool allowInsecureLoopback = false;
    QString caFile;
    QString clientCertificateFile;
    QString clientKeyFile;
    QString proxy;
    // Problems met while reading a source; validate() reports them, so that settings read
    // without an error out-parameter (fromSettings()) still cannot create a provider silently.
    QStringList problems;
};

QString ProviderSettingsPrivate::apply(const KeySpec &spec, const QVariant &value, Typing typing,
                                       const QString &displayKey)
{
    const auto expected = [&displayKey](const char *what) -> QString {
        return displayKey + QLatin1String(": expected ") + QLatin1String(what);
    };

    switch (spec.kind) {
    case Kind::String: {
        const auto text = toSingleString(value, typing);
        if (!text)
            return expected("a single string (quote values that contain commas)");
        if (text->isEmpty())
            return QString();
        switch (spec.field) {
        case ClientIdField:
            clientId = *text;
            break;
        case ClientSecretField:
            clientSecret = *text;
            break;
        case CaFileField:
            caFile = *text;
            break;
        case ClientCertificateFileField:
            clientCertificateFile = *text;
            break;
        case ClientKeyFileField:
            clientKeyFile = *text;
            break;
        case ProxyField:
            proxy = *text;
            break;
        default:
            tenant = *text;
            break;
        }
        break;
    }
    case Kind::StringList: {
        const auto list = toStringList(value);
        if (!list)
            return expected("a space or comma separated string, or an array of strings");
        // An empty list means "the provider's defaults", which is what leaving it out means.
        if (list->isEmpty())
            return QString();
        if (spec.field == ScopesField)
            scopes = *list;
        else
            allowedTenants = *list;
        break;
    }
    case Kind::Url: {
        if (isStringVariant(value) && value.toString().trimmed().isEmpty())
            return QString();
        const auto url = toUrl(value);
        if (!url)
            return expected("an absolute URL");
        switch (spec.field) {
        case IssuerField:
            issuer = *url;
            break;
        case AuthorizeUrlField:
            authorizeUrl = *url;
            break;
        case TokenUrlField:
            tokenUrl = *url;
            break;
        case UserinfoUrlField:
            userinfoUrl = *url;
            break;
        case RevocationUrlField:
            revocationUrl = *url;
            break;
        default:
            jwksUrl = *url;
            break;
        }
        break;
    }
    case Kind::Bool: {
        if (isStringVariant(value) && value.toString().trimmed().isEmpty())
            return QString();
        const auto flag = toBool(value);
        if (!flag)
            return expected("a boolean (true/false, 1/0, yes/no, on/off)");
        if (spec.field == UsePkceField)
            usePkce = *flag;
        else
            allowInsecureLoopback = *flag;
        break;
    }
    case Kind::Int: {
        if (isStringVariant(value) && value.toString().trimmed().isEmpty())
            return QString();
        const auto number = toInt(value);
        if (!number)
            return expected("a whole number of seconds");
        if (spec.field == AuthTimeoutField)
            authTimeout = *number;
        else
            refreshBuffer = *number;
        break;
    }
    case Kind::ProviderType: {
        const auto name = toSingleString(value, typing);
        if (name && name->isEmpty())
            return QString();
        OAuthProvider::Type type;
        if (!name || !ProviderSettings::parseProviderType(*name, &type))
            return expected("one of google, github, microsoft, oidc, custom");
        providerType = type;
        break;
    }
    case Kind::AuthMethod: {
        const auto name = toSingleString(value, typing);
        if (name && name->isEmpty())
            return QString();
        using Method = OAuthProvider::ClientAuthMethod;
        const QString lower = name ? name->toLower() : QString();
        if (lower == QLatin1String("auto"))
            clientAuthMethod = Method::Auto;
        else if (lower == QLatin1String("none"))
            clientAuthMethod = Method::None;
        else if (lower == QLatin1String("client_secret_basic"))
            clientAuthMethod = Method::ClientSecretBasic;
        else if (lower == QLatin1String("client_secret_post"))
            clientAuthMethod = Method::ClientSecretPost;
        else
            return expected("one of auto, none, client_secret_basic, client_secret_post");
        break;
    }
    case Kind::TokenStore: {
        const auto name = toSingleString(value, typing);
        if (name && name->isEmpty())
            return QString();
        const QString lower = name ? name->toLower() : QString();
        if (lower == QLatin1String("keychain"))
            tokenStore = ProviderSettings::TokenStoreBackend::Keychain;
        else if (lower == QLatin1String("memory"))
            tokenStore = ProviderSettings::TokenStoreBackend::Memory;
        else
            return expected("keychain or memory");
        break;
    }
    }
    mark(spec.field);
    return QString();
}

OAuthProvider::Type ProviderSettingsPrivate::inferredType() const
{
    if (isSet(ProviderField))
        return providerType;
    // Without an explicit type, endpoints without an issuer can only describe a custom
    // provider; everything else is presumed to be OpenID Connect.
    if (!isSet(IssuerField) && isSet(AuthorizeUrlField) && isSet(TokenUrlField))
        return OAuthProvider::Type::Custom;
    return OAuthProvider::Type::Oidc;
}

ProviderSettings::ProviderSettings()
    : d(new ProviderSettingsPrivate)
{
}
ProviderSettings::ProviderSettings(const ProviderSettings &other) = default;
ProviderSettings::ProviderSettings(ProviderSettings &&other) noexcept = default;
ProviderSettings &ProviderSettings::operator=(const ProviderSettings &other) = default;
ProviderSettings &ProviderSettings::operator=(ProviderSettings &&other) noexcept = default;
ProviderSettings::~ProviderSettings() = default;

OAuthProvider::Type ProviderSettings::providerType() const
{
    return d->inferredType();
}

void ProviderSettings::setProviderType(OAuthProvider::Type type)
{
    d->providerType = type;
    d->mark(ProviderField);
}

bool ProviderSettings::hasProviderType() const
{
    return d->isSet(ProviderField);
}

QString ProviderSettings::clientId() const
{
    return d->clientId;
}

void ProviderSettings::setClientId(const QString &id)
{
    d->clientId = id;
    d->mark(ClientIdField);
}

QString ProviderSettings::clientSecret() const
{
    return d->clientSecret;
}

void ProviderSettings::setClientSecret(const QString &secret)
{
    d->clientSecret = secret;
    d->mark(ClientSecretField);
}

QStringList ProviderSettings::scopes() const
{
    return d->scopes;
}

void ProviderSettings::setScopes(const QStringList &scopes)
{
    d->scopes = scopes;
    d->mark(ScopesField);
}

QUrl ProviderSettings::issuer() const
{
    return d->issuer;
}

void ProviderSettings::setIssuer(const QUrl &url)
{
    d->issuer = url;
    d->mark(IssuerField);
}

QUrl ProviderSettings::authorizeUrl() const
{
    return d->authorizeUrl;
}

void ProviderSettings::setAuthorizeUrl(const QUrl &url)
{
    d->authorizeUrl = url;
    d->mark(AuthorizeUrlField);
}

QUrl ProviderSettings::tokenUrl() const
{
    return d->tokenUrl;
}

void ProviderSettings::setTokenUrl(const QUrl &url)
{
    d->tokenUrl = url;
    d->mark(TokenUrlField);
}

QUrl ProviderSettings::userinfoUrl() const
{
    return d->userinfoUrl;
}

void ProviderSettings::setUserinfoUrl(const QUrl &url)
{
    d->userinfoUrl = url;
    d->mark(UserinfoUrlField);
}

QUrl ProviderSettings::revocationUrl() const
{
    return d->revocationUrl;
}

void ProviderSettings::setRevocationUrl(const QUrl &url)
{
    d->revocationUrl = url;
    d->mark(RevocationUrlField);
}

QUrl ProviderSettings::jwksUrl() const
{
    return d->jwksUrl;
}

void ProviderSettings::setJwksUrl(const QUrl &url)
{
    d->jwksUrl = url;
    d->mark(JwksUrlField);
}

QString ProviderSettings::tenant() const
{
    return d->tenant;
}

void ProviderSettings::setTenant(const QString &tenant)
{
    d->tenant = tenant;
    d->mark(TenantField);
}

QStringList ProviderSettings::allowedTenants() const
{
    return d->allowedTenants;
}

void ProviderSettings::setAllowedTenants(const QStringList &tenants)
{
    d->allowedTenants = tenants;
    d->mark(AllowedTenantsField);
}

OAuthProvider::ClientAuthMethod ProviderSettings::clientAuthMethod() const
{
    return d->clientAuthMethod;
}

void ProviderSettings::setClientAuthMethod(OAuthProvider::ClientAuthMethod method)
{
    d->clientAuthMethod = method;
    d->mark(ClientAuthMethodField);
}

bool ProviderSettings::usePkce() const
{
    return d->usePkce;
}

void ProviderSettings::setUsePkce(bool use)
{
    d->usePkce = use;
    d->mark(UsePkceField);
}

int ProviderSettings::authTimeout() const
{
    return d->authTimeout;
}

void ProviderSettings::setAuthTimeout(int seconds)
{
    d->authTimeout = seconds;
    d->mark(AuthTimeoutField);
}

int ProviderSettings::refreshBuffer() const
{
    return d->refreshBuffer;
}

void ProviderSettings::setRefreshBuffer(int seconds)
{
    d->refreshBuffer = seconds;
    d->mark(RefreshBufferField);
}

ProviderSettings::TokenStoreBackend ProviderSettings::tokenStore() const
{
    return d->tokenStore;
}

void ProviderSettings::setTokenStore(TokenStoreBackend backend)
{
    d->tokenStore = backend;
    d->mark(TokenStoreField);
}

bool ProviderSettings::allowInsecureLoopback() const
{
    return d->allowInsecureLoopback;
}

void ProviderSettings::setAllowInsecureLoopback(bool allow)
{
    d->allowInsecureLoopback = allow;
    d->mark(AllowInsecureLoopbackField);
}

QString ProviderSettings::caFile() const
{
    return d->caFile;
}

void ProviderSettings::setCaFile(const QString &path)
{
    d->caFile = path;
    d->mark(CaFileField);
}

QString ProviderSettings::clientCertificateFile() const
{
    return d->clientCertificateFile;
}

void ProviderSettings::setClientCertificateFile(const QString &path)
{
    d->clientCertificateFile = path;
    d->mark(ClientCertificateFileField);
}

QString ProviderSettings::clientKeyFile() const
{
    return d->clientKeyFile;
}

void ProviderSettings::setClientKeyFile(const QString &path)
{
    d->clientKeyFile = path;
    d->mark(ClientKeyFileField);
}

QString ProviderSettings::proxy() const
{
    return d->proxy;
}

void ProviderSettings::setProxy(const QString &proxy)
{
    d->proxy = proxy;
    d->mark(ProxyField);
}

AuthError ProviderSettings::validate() const
{
    using Type = OAuthProvider::Type;
    QStringList problems = d->problems;

    if (d->clientId.trimmed().isEmpty())
        problems.append(QStringLiteral("client_id is required"));

    const bool hasIssuer = !d->issuer.isEmpty();
    const bool hasEndpoints = !d->authorizeUrl.isEmpty() && !d->tokenUrl.isEmpty();
    const Type type = d->inferredType();
    if (!d->isSet(ProviderField) && !hasIssuer && !hasEndpoints) {
        problems.append(QStringLiteral("provider is not set (google, github, microsoft, oidc or "
                                       "custom)"));
    } else if (type == Type::Oidc && !hasIssuer) {
        // Endpoints alone are not treated as OpenID Connect: without an issuer no ID token can be
        // validated, and an application that asked for "oidc" expects that it is.
        problems.append(QStringLiteral("issuer is required for provider oidc (use provider custom "
                                       "for endpoints without discovery)"));
    } else if (type == Type::Custom) {
        if (d->authorizeUrl.isEmpty())
            problems.append(QStringLiteral("authorize_url is required for provider custom"));
        if (d->tokenUrl.isEmpty())
            problems.append(QStringLiteral("token_url is required for provider custom"));
        if (hasIssuer)
            problems.append(QStringLiteral("issuer is not used by provider custom (use provider "
                                           "oidc for discovery)"));
    } else if (type == Type::Microsoft) {
        if (!isValidTenant(d->tenant))
            problems.append(QStringLiteral("tenant must be a GUID, a domain name, common, "
                                           "organizations or consumers"));
        for (const QString &allowed : std::as_const(d->allowedTenants)) {
            if (!isValidTenant(allowed)) {
                problems.append(QStringLiteral("allowed_tenants must contain tenant ids only"));
                break;
            }
        }
    }

    const std::pair<const char *, const QUrl *> urls[] = {
        {"issuer", &d->issuer},
        {"authorize_url", &d->authorizeUrl},
        {"token_url", &d->tokenUrl},
        {"userinfo_url", &d->userinfoUrl},
        {"revocation_url", &d->revocationUrl},
        {"jwks_url", &d->jwksUrl},
    };
    for (const auto &[key, url] : urls) {
        if (url->isEmpty())
            continue;
        const QString name = QString::fromLatin1(key);
        if (!url->isValid() || url->isRelative() || url->host().isEmpty()) {
            problems.append(name + QLatin1String(" must be an absolute URL with a host"));
            continue;
        }
        const QString scheme = url->scheme();
        const bool https = scheme == QLatin1String("https");
        const bool allowedHttp = scheme == QLatin1String("http") && d->allowInsecureLoopback &&
            isLoopbackHost(url->host());
        if (!https && !allowedHttp) {
            problems.append(name +
                            QLatin1String(" must use https (plain http only to a loopback host "
                                          "with allow_insecure_loopback)"));
        }
        // Credentials in a URL end up in logs and proxies' records.
        if (!url->userInfo().isEmpty())
            problems.append(name + QLatin1String(" must not contain a user name or password"));
        // RFC 6749 §3.1 and §3.2: endpoint URIs must not include a fragment. OIDC Discovery §3:
        // the issuer has no query or fragment either.
        if (url->hasFragment())
            problems.append(name + QLatin1String(" must not contain a fragment"));
        if (url == &d->issuer && url->hasQuery())
            problems.append(name + QLatin1String(" must not contain a query"));
    }

    if (d->clientCertificateFile.isEmpty() != d->clientKeyFile.isEmpty())
        problems.append(QStringLiteral("client_certificate_file and client_key_file go together"));
    if (!d->proxy.isEmpty() && !isProxySetting(d->proxy))
        problems.append(QStringLiteral("proxy must be none, system or a proxy URL "
                                       "(http://host:port, socks5://host:port)"));

    using Method = OAuthProvider::ClientAuthMethod;
    if ((d->clientAuthMethod == Method::ClientSecretBasic ||
         d->clientAuthMethod == Method::ClientSecretPost) &&
        d->clientSecret.isEmpty())
        problems.append(QStringLiteral("client_auth_method needs a client_secret"));

    if (d->authTimeout < 1 || d->authTimeout > MaxSeconds)
        problems.append(QStringLiteral("auth_timeout must be between 1 and 86400 seconds"));
    if (d->refreshBuffer < 0 || d->refreshBuffer > MaxSeconds)
        problems.append(QStringLiteral("refresh_buffer must be between 0 and 86400 seconds"));

    if (problems.isEmpty())
        return AuthError();
    return AuthError(AuthError::Code::Configuration, problems.join(QLatin1String("; ")));
}

ProviderSettings ProviderSettings::mergedWith(const ProviderSettings &other) const
{
    ProviderSettings result(*this);
    ProviderSettingsPrivate *r = result.d.data();
    const ProviderSettingsPrivate *o = other.d.constData();
    const auto take = [r, o](Field field, auto member) {
        if (o->isSet(field)) {
            r->*member = o->*member;
            r->mark(field);
        }
    };
    using P = ProviderSettingsPrivate;
    take(ProviderField, &P::providerType);
    take(ClientIdField, &P::clientId);
    take(ClientSecretField, &P::clientSecret);
    take(ScopesField, &P::scopes);
    take(IssuerField, &P::issuer);
    take(AuthorizeUrlField, &P::authorizeUrl);
    take(TokenUrlField, &P::tokenUrl);
    take(UserinfoUrlField, &P::userinfoUrl);
    take(RevocationUrlField, &P::revocationUrl);
    take(JwksUrlField, &P::jwksUrl);
    take(TenantField, &P::tenant);
    take(AllowedTenantsField, &P::allowedTenants);
    take(ClientAuthMethodField, &P::clientAuthMethod);
    take(UsePkceField, &P::usePkce);
    take(AuthTimeoutField, &P::authTimeout);
    take(RefreshBufferField, &P::refreshBuffer);
    take(TokenStoreField, &P::tokenStore);
    take(AllowInsecureLoopbackField, &P::allowInsecureLoopback);
    take(CaFileField, &P::caFile);
    take(ClientCertificateFileField, &P::clientCertificateFile);
    take(ClientKeyFileField, &P::clientKeyFile);
    take(ProxyField, &P::proxy);
    r->problems += o->problems;
    return result;
}

static void reportProblems(const QStringList &problems, AuthError *error)
{
    if (!error)
        return;
    *error = problems.isEmpty()
        ? AuthError()
        : AuthError(AuthError::Code::Configuration, problems.join(QLatin1String("; ")));
}

ProviderSettings ProviderSettings::fromSettings(QSettings &settings)
{
    ProviderSettings result;
    // Other keys in the group are the application's own business: they are not reported.
    for (const KeySpec &spec : keySpecs) {
        const QString key = QString::fromLatin1(spec.key);
        if (!settings.contains(key))
            continue;
        const QString problem = result.d->apply(spec, settings.value(key), Typing::Lenient, key);
        if (!problem.isEmpty()) {
            qCWarning(lcSettings).noquote() << "Ignoring invalid setting:" << problem;
            result.d->problems.append(problem);
        }
    }
    return result;
}

ProviderSettings ProviderSettings::fromJson(const QJsonObject &json, AuthError *error)
{
    ProviderSettings result;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const KeySpec *spec = nullptr;
        for (const KeySpec &candidate : keySpecs) {
            if (it.key() == QLatin1String(candidate.key)) {
                spec = &candidate;
                break;
            }
        }
        if (!spec) {
            // Most likely a typo ("client-id"), which would otherwise be silently ignored.
            result.d->problems.append(QLatin1String("unknown member '") +
                                      Private::sanitizeUntrustedText(it.key(), 64) +
                                      QLatin1Char('\''));
            continue;
        }
        if (it.value().isNull())
            continue;
        const QString problem = result.d->apply(*spec, it.value().toVariant(), Typing::Strict,
                                                QString::fromLatin1(spec->key));
        if (!problem.isEmpty())
            result.d->problems.append(problem);
    }
    reportProblems(result.d->problems, error);
    return result;
}

QJsonObject ProviderSettings::toJson() const
{
    using Method = OAuthProvider::ClientAuthMethod;
    const auto urlValue = [](const QUrl &url) {
        return QJsonValue(QString::fromUtf8(url.toEncoded()));
    };
    QJsonObject json;
    for (const KeySpec &spec : keySpecs) {
        if (!d->isSet(spec.field) || spec.field == ClientSecretField)
            continue;
        QJsonValue value;
        switch (spec.field) {
        case ProviderField:
            value = providerTypeName(d->providerType);
            break;
        case ClientIdField:
            value = d->clientId;
            break;
        case ScopesField:
            value = QJsonArray::fromStringList(d->scopes);
            break;
        case IssuerField:
            value = urlValue(d->issuer);
            break;
        case AuthorizeUrlField:
            value = urlValue(d->authorizeUrl);
            break;
        case TokenUrlField:
            value = urlValue(d->tokenUrl);
            break;
        case UserinfoUrlField:
            value = urlValue(d->userinfoUrl);
            break;
        case RevocationUrlField:
            value = urlValue(d->revocationUrl);
            break;
        case JwksUrlField:
            value = urlValue(d->jwksUrl);
            break;
        case TenantField:
            value = d->tenant;
            break;
        case AllowedTenantsField:
            value = QJsonArray::fromStringList(d->allowedTenants);
            break;
        case ClientAuthMethodField:
            value = d->clientAuthMethod == Method::None ? QStringLiteral("none")
                : d->clientAuthMethod == Method::ClientSecretBasic
                ? QStringLiteral("client_secret_basic")
                : d->clientAuthMethod == Method::ClientSecretPost
                ? QStringLiteral("client_secret_post")
                : QStringLiteral("auto");
            break;
        case UsePkceField:
            value = d->usePkce;
            break;
        case AuthTimeoutField:
            value = d->authTimeout;
            break;
        case RefreshBufferField:
            value = d->refreshBuffer;
            break;
        case TokenStoreField:
            value = d->tokenStore == TokenStoreBackend::Memory ? QStringLiteral("memory")
                                                               : QStringLiteral("keychain");
            break;
        case AllowInsecureLoopbackField:
            value = d->allowInsecureLoopback;
            break;
        case CaFileField:
            value = d->caFile;
            break;
        case ClientCertificateFileField:
            value = d->clientCertificateFile;
            break;
        case ClientKeyFileField:
            value = d->clientKeyFile;
            break;
        case ProxyField:
            value = d->proxy;
            break;
        case ClientSecretField:
            break;
        }
        json.insert(QLatin1String(spec.key), value);
    }
    return json;
}

ProviderSettings ProviderSettings::fromJsonFile(const QString &path, AuthError *error)
{
    const auto fail = [&path, error](const QString &why) {
        ProviderSettings result;
        result.d->problems.append(path + QLatin1String(": ") + why);
        reportProblems(result.d->problems, error);
        return result;
    };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot be opened (") + file.errorString() + QLatin1Char(')'));
    // A settings file is small; refuse to read something that clearly is not one.
    const QByteArray data = file.read(MaxJsonFileSize + 1);
    if (data.size() > MaxJsonFileSize)
        return fail(QStringLiteral("is larger than 1 MiB"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(QStringLiteral("is not valid JSON (") + parseError.errorString() +
                    QLatin1String(" at offset ") + QString::number(parseError.offset) +
                    QLatin1Char(')'));
    }
    if (!document.isObject())
        return fail(QStringLiteral("does not contain a JSON object"));

    ProviderSettings result = fromJson(document.object(), error);
    if (error && error->isError())
        error->setDetail(path + QLatin1String(": ") + error->detail());
    return result;
}

ProviderSettings ProviderSettings::fromEnvironment(AuthError *error)
{
    return fromEnvironment(QProcessEnvironment::systemEnvironment(), error);
}

ProviderSettings ProviderSettings::fromEnvironment(const QProcessEnvironment &environment,
                                                   AuthError *error)
{
    ProviderSettings result;
    // Other QTSIGNIN_* variables (the test harness sets QTSIGNIN_SOURCE_DIR) are not ours to
    // judge; only the documented names are read. An empty variable counts as unset, as
    // shells make it hard to tell the two apart.
    for (const KeySpec &spec : keySpecs) {
        QString name = displayKeyFor(spec.key, true);
        // QTSIGNIN_ALLOW_INSECURE_HTTP: the name the command-line tool and the documentation
        // use for the same opt-in.
        if (spec.field == AllowInsecureLoopbackField && !environment.contains(name) &&
            environment.contains(QStringLiteral("QTSIGNIN_ALLOW_INSECURE_HTTP")))
            name = QStringLiteral("QTSIGNIN_ALLOW_INSECURE_HTTP");
        if (!environment.contains(name))
            continue;
        const QString problem =
            result.d->apply(spec, QVariant(environment.value(name)), Typing::Lenient, name);
        if (!problem.isEmpty())
            result.d->problems.append(problem);
    }
    reportProblems(result.d->problems, error);
    return result;
}

bool ProviderSettings::parseProviderType(const QString &name, OAuthProvider::Type *type)
{
    using Type = OAuthProvider::Type;
    static const std::pair<const char *, Type> names[] = {
        {"google", Type::Google}, {"github", Type::GitHub}, {"microsoft", Type::Microsoft},
        {"oidc", Type::Oidc},     {"custom", Type::Custom},
    };
    const QString key = name.trimmed();
    for (const auto &[text, value] : names) {
        if (key.compare(QLatin1String(text), Qt::CaseInsensitive) == 0) {
            if (type)
                *type = value;
            return true;
        }
    }
    return false;
}

QString ProviderSettings::providerTypeName(OAuthProvider::Type type)
{
    using Type = OAuthProvider::Type;
    switch (type) {
    case Type::Google:
        return QStringLiteral("google");
    case Type::GitHub:
        return QStringLiteral("github");
    case Type::Microsoft:
        return QStringLiteral("microsoft");
    case Type::Oidc:
        return QStringLiteral("oidc");
    case Type::Custom:
        return QStringLiteral("custom");
    }
    return QString();
}

} // namespace QtSignIn
