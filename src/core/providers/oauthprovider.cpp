// SPDX-License-Identifier: BSD-3-Clause
#include "providers/oauthprovider_p.h"

#include "logging_p.h"
#include "network/networkrules_p.h"
#include "network/proxypolicy_p.h"
#include "reply/oauthreply_p.h"

#include <QtSignIn/deviceauthorizationreply.h>
#include <QtSignIn/revokereply.h>
#include <QtSignIn/tokenreply.h>
#include <QtSignIn/userinforeply.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QSet>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>

namespace QtSignIn {

using Network::HttpExchange;
using Network::HttpResponse;

// RFC 8628 §3.5: the answers that mean "keep polling".
static bool isDevicePollPending(const AuthError &error)
{
    return error.serverError() == u"authorization_pending" || error.serverError() == u"slow_down";
}

OAuthProvider::OAuthProvider(QObject *parent)
    : OAuthProvider(*new OAuthProviderPrivate, parent)
{
}

OAuthProvider::OAuthProvider(OAuthProviderPrivate &dd, QObject *parent)
    : QObject(parent)
    , d_ptr(&dd)
{
}

OAuthProvider::~OAuthProvider() = default;

bool OAuthProvider::isOpenIdConnect() const
{
    return false;
}

// --- configuration --------------------------------------------------------------------------

#define QTSIGNIN_SETTER(member, value)                                                             \
    do {                                                                                           \
        if (d_ptr->member == (value))                                                              \
            return;                                                                                \
        d_ptr->member = (value);                                                                   \
        Q_EMIT configurationChanged();                                                             \
    } while (false)

QString OAuthProvider::clientId() const
{
    return d_ptr->clientId;
}
void OAuthProvider::setClientId(const QString &clientId)
{
    QTSIGNIN_SETTER(clientId, clientId);
}
QString OAuthProvider::clientSecret() const
{
    return d_ptr->clientSecret;
}
void OAuthProvider::setClientSecret(const QString &secret)
{
    QTSIGNIN_SETTER(clientSecret, secret);
}

QStringList OAuthProvider::scopes() const
{
    return d_ptr->explicitScopes ? d_ptr->scopes : defaultScopes();
}

void OAuthProvider::setScopes(const QStringList &scopes)
{
    QStringList cleaned;
    for (const QString &scope : scopes) {
        const QString s = scope.trimmed();
        if (!s.isEmpty() && !cleaned.contains(s))
            cleaned.append(s);
    }
    if (d_ptr->explicitScopes && d_ptr->scopes == cleaned)
        return;
    d_ptr->explicitScopes = true;
    d_ptr->scopes = cleaned;
    Q_EMIT configurationChanged();
}

void OAuthProvider::resetScopes()
{
    if (!d_ptr->explicitScopes)
        return;
    d_ptr->explicitScopes = false;
    d_ptr->scopes.clear();
    Q_EMIT configurationChanged();
}

bool OAuthProvider::hasExplicitScopes() const
{
    return d_ptr->explicitScopes;
}
QStringList OAuthProvider::defaultScopes() const
{
    return {};
}

QUrl OAuthProvider::authorizeUrl() const
{
    return d_ptr->authorizeUrl;
}
void OAuthProvider::setAuthorizeUrl(const QUrl &url)
{
    QTSIGNIN_SETTER(authorizeUrl, url);
}
QUrl OAuthProvider::tokenUrl() const
{
    return d_ptr->tokenUrl;
}
void OAuthProvider::setTokenUrl(const QUrl &url)
{
    QTSIGNIN_SETTER(tokenUrl, url);
}
QUrl OAuthProvider::userinfoUrl() const
{
    return d_ptr->userinfoUrl;
}
void OAuthProvider::setUserinfoUrl(const QUrl &url)
{
    QTSIGNIN_SETTER(userinfoUrl, url);
}
QUrl OAuthProvider::revocationUrl() const
{
    return d_ptr->revocationUrl;
}
void OAuthProvider::setRevocationUrl(const QUrl &url)
{
    QTSIGNIN_SETTER(revocationUrl, url);
}
QUrl OAuthProvider::deviceAuthorizationUrl() const
{
    return d_ptr->deviceAuthorizationUrl;
}
void OAuthProvider::setDeviceAuthorizationUrl(const QUrl &url)
{
    QTSIGNIN_SETTER(deviceAuthorizationUrl, url);
}

OAuthProvider::ClientAuthMethod OAuthProvider::clientAuthMethod() const
{
    return d_ptr->clientAuthMethod;
}

void OAuthProvider::setClientAuthMethod(ClientAuthMethod method)
{
    QTSIGNIN_SETTER(clientAuthMethod, method);
}

OAuthProvider::ClientAuthMethod OAuthProvider::effectiveClientAuthMethod() const
{
    if (d_ptr->clientAuthMethod != ClientAuthMethod::Auto)
        return d_ptr->clientAuthMethod;
    // Without metadata to consult, body credentials are what non-OIDC servers (GitHub)
    // accept; OpenID providers refine this from discovery.
    return d_ptr->clientSecret.isEmpty() ? ClientAuthMethod::None
                                         : ClientAuthMethod::ClientSecretPost;
}

bool OAuthProvider::usePkce() const
{
    return d_ptr->usePkce;
}
void OAuthProvider::setUsePkce(bool use)
{
    QTSIGNIN_SETTER(usePkce, use);
}
int OAuthProvider::transferTimeout() const
{
    return d_ptr->transferTimeout;
}
void OAuthProvider::setTransferTimeout(int ms)
{
    QTSIGNIN_SETTER(transferTimeout, qMax(1, ms));
}
qint64 OAuthProvider::maxResponseSize() const
{
    return d_ptr->maxResponseSize;
}
void OAuthProvider::setMaxResponseSize(qint64 bytes)
{
    QTSIGNIN_SETTER(maxResponseSize, qMax<qint64>(1024, bytes));
}
bool OAuthProvider::allowInsecureLoopback() const
{
    return d_ptr->allowInsecureLoopback;
}
void OAuthProvider::setAllowInsecureLoopback(bool allow)
{
    QTSIGNIN_SETTER(allowInsecureLoopback, allow);
}
int OAuthProvider::clockSkew() const
{
    return d_ptr->clockSkew;
}
void OAuthProvider::setClockSkew(int seconds)
{
    QTSIGNIN_SETTER(clockSkew, qBound(0, seconds, 3600));
}

#undef QTSIGNIN_SETTER

QList<QSslCertificate> OAuthProvider::caCertificates() const
{
    return d_ptr->caCertificates;
}

void OAuthProvider::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    if (d_ptr->caCertificates == certificates)
        return;
    d_ptr->caCertificates = certificates;
    Q_EMIT configurationChanged();
}

QSslCertificate OAuthProvider::clientCertificate() const
{
    return d_ptr->clientCertificate;
}

QSslKey OAuthProvider::clientKey() const
{
    return d_ptr->clientKey;
}

void OAuthProvider::setClientCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    if (d_ptr->clientCertificate == certificate && d_ptr->clientKey == key)
        return;
    d_ptr->clientCertificate = certificate;
    d_ptr->clientKey = key;
    d_ptr->mutualTlsManager.reset(); // its kept-alive connections presented the old one
    Q_EMIT configurationChanged();
}

QNetworkProxy OAuthProvider::proxy() const
{
    return d_ptr->proxy;
}

void OAuthProvider::setProxy(const QNetworkProxy &proxy)
{
    if (d_ptr->proxy == proxy)
        return;
    d_ptr->proxy = proxy;
    if (d_ptr->ownManager)
        d_ptr->ownManager->setProxyFactory(new Network::ProxyPolicy(proxy));
    if (d_ptr->mutualTlsManager)
        d_ptr->mutualTlsManager->setProxyFactory(new Network::ProxyPolicy(proxy));
    Q_EMIT configurationChanged();
}

namespace {

// The manager for a request to a client-authenticated endpoint (token, revocation, device).
QNetworkAccessManager *clientAuthenticatedManager(const OAuthProvider *provider,
                                                  OAuthProviderPrivate *d)
{
    if (d->clientCertificate.isNull())
        return provider->networkAccessManager();
    if (!d->mutualTlsManager) {
        d->mutualTlsManager = std::make_unique<QNetworkAccessManager>();
        d->mutualTlsManager->setProxyFactory(new Network::ProxyPolicy(d->proxy));
    }
    return d->mutualTlsManager.get();
}

} // namespace

QNetworkAccessManager *OAuthProvider::networkAccessManager() const
{
    if (!d_ptr->manager) {
        auto *self = const_cast<OAuthProvider *>(this);
        self->d_ptr->ownManager = std::make_unique<QNetworkAccessManager>();
        // The manager takes ownership of the factory.
        self->d_ptr->ownManager->setProxyFactory(new Network::ProxyPolicy(d_ptr->proxy));
        self->d_ptr->manager = self->d_ptr->ownManager.get();
    }
    return d_ptr->manager;
}

void OAuthProvider::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    d_ptr->manager = manager;
    if (manager != d_ptr->ownManager.get())
        d_ptr->ownManager.reset();
}

bool OAuthProvider::autoDeleteReplies() const
{
    return d_ptr->autoDeleteReplies;
}
void OAuthProvider::setAutoDeleteReplies(bool autoDelete)
{
    d_ptr->autoDeleteReplies = autoDelete;
}

AuthError OAuthProvider::checkEndpoint(const QUrl &url) const
{
    return Network::checkEndpoint(url, d_ptr->allowInsecureLoopback);
}

// --- endpoints ------------------------------------------------------------------------------

QUrl OAuthProvider::effectiveAuthorizeUrl() const
{
    return d_ptr->authorizeUrl;
}
QUrl OAuthProvider::effectiveTokenUrl() const
{
    return d_ptr->tokenUrl;
}
QUrl OAuthProvider::effectiveUserinfoUrl() const
{
    return d_ptr->userinfoUrl;
}
QUrl OAuthProvider::effectiveRevocationUrl() const
{
    return d_ptr->revocationUrl;
}
QUrl OAuthProvider::effectiveDeviceAuthorizationUrl() const
{
    return d_ptr->deviceAuthorizationUrl;
}

bool OAuthProvider::isReady() const
{
    return !effectiveAuthorizeUrl().isEmpty() && !effectiveTokenUrl().isEmpty();
}

bool OAuthProvider::supportsRevocation() const
{
    return !effectiveRevocationUrl().isEmpty();
}

QList<OAuthProvider::UserAgent> OAuthProvider::allowedUserAgents() const
{
    QList<UserAgent> agents{UserAgent::SystemBrowser, UserAgent::Embedded};
    if (supportsDeviceFlow())
        agents.append(UserAgent::DeviceCode);
    return agents;
}

OAuthProvider::UserAgent OAuthProvider::preferredUserAgent() const
{
    // RFC 8252 §8.12: external user agents are the best current practice for native apps.
    return UserAgent::SystemBrowser;
}

bool OAuthProvider::supportsDeviceFlow() const
{
    return !effectiveDeviceAuthorizationUrl().isEmpty();
}

QString OAuthProvider::issuerIdentifier() const
{
    return QString();
}

bool OAuthProvider::requiresIssuerInAuthorizationResponse() const
{
    return false;
}

void OAuthProvider::ensureMetadata(const Continuation &next)
{
    next(AuthError());
}

void OAuthProvider::verifyTokens(const TokenSet &tokens, const TokenContext &,
                                 const TokenContinuation &done)
{
    done(AuthError(), tokens);
}

QList<QPair<QString, QString>> OAuthProvider::defaultAuthorizeParams() const
{
    return {};
}

UserInfo OAuthProvider::userInfoFromJson(const QJsonObject &json) const
{
    return UserInfo::fromClaims(json);
}

// --- replies --------------------------------------------------------------------------------

void OAuthProvider::adoptReply(OAuthReply *reply)
{
    reply->setParent(this);
    connect(reply, &OAuthReply::finished, this, [this, reply] {
        const AuthError error = reply->error();
        if (auto *revoke = qobject_cast<RevokeReply *>(reply)) {
            Q_EMIT tokenRevoked(revoke->isRevoked());
        } else if (!error.isError()) {
            if (auto *tokens = qobject_cast<TokenReply *>(reply)) {
                if (ReplyAccess::isRefresh(tokens))
                    Q_EMIT tokensRefreshed(tokens->tokens());
                else
                    Q_EMIT tokensReceived(tokens->tokens());
            } else if (auto *user = qobject_cast<UserInfoReply *>(reply)) {
                Q_EMIT userInfoReceived(user->userInfo());
            }
        }
        // An abort is the caller's own decision, and a device grant that is still waiting for
        // the user is the normal course of polling: neither is an error to report.
        if (error.isError() && error.code() != AuthError::Code::Cancelled &&
            !isDevicePollPending(error))
            Q_EMIT errorOccurred(error);
        if (d_ptr->autoDeleteReplies)
            reply->deleteLater();
    });
}

void OAuthProvider::failReply(OAuthReply *reply, const AuthError &error)
{
    if (ReplyAccess::isFinishing(reply))
        return;
    if (isDevicePollPending(error))
        qCDebug(lcProvider) << "device authorization pending:" << error.serverError();
    else
        qCInfo(lcProvider).noquote() << displayName() << "request failed:" << error;
    ReplyAccess::finish(reply, error);
}

OAuthReply *OAuthProvider::prepare()
{
    auto *reply = new OAuthReply;
    adoptReply(reply);
    ensureMetadata([this, reply = QPointer<OAuthReply>(reply)](const AuthError &error) {
        if (!reply)
            return;
        if (error.isError())
            return failReply(reply, error);
        for (const auto &[url, what] :
             {std::pair{effectiveAuthorizeUrl(), QStringLiteral("authorization endpoint")},
              std::pair{effectiveTokenUrl(), QStringLiteral("token endpoint")}}) {
            if (url.isEmpty())
                return failReply(reply,
                                 AuthError(AuthError::Code::Configuration,
                                           what + QStringLiteral(" is not configured")));
            const AuthError check = Network::checkEndpoint(url, d_ptr->allowInsecureLoopback, what);
            if (check.isError())
                return failReply(reply, check);
        }
        if (d_ptr->clientId.isEmpty())
            return failReply(reply,
                             AuthError(AuthError::Code::Configuration,
                                       QStringLiteral("client id is not configured")));
        ReplyAccess::finish(reply);
    });
    return reply;
}

// --- authorization request ------------------------------------------------------------------

QUrl OAuthProvider::buildAuthorizeUrl(const QUrl &redirectUri, const QString &state,
                                      const PkceChallenge &pkce,
                                      const QList<QPair<QString, QString>> &extraParams) const
{
    QUrl url = effectiveAuthorizeUrl();
    if (url.isEmpty()) {
        qCWarning(lcProvider) << "buildAuthorizeUrl: the authorization endpoint is not known yet;"
                                 " call prepare() first";
        return QUrl();
    }
    const AuthError check = Network::checkEndpoint(url, d_ptr->allowInsecureLoopback,
                                                   QStringLiteral("authorization endpoint"));
    if (check.isError()) {
        qCWarning(lcProvider) << "buildAuthorizeUrl:" << check;
        return QUrl();
    }

    // RFC 6749 §4.1.1 and RFC 7636 §4.3. These belong to the protocol and cannot be
    // replaced by extra parameters.
    QList<QPair<QString, QString>> params;
    params.append({QStringLiteral("response_type"), QStringLiteral("code")});
    params.append({QStringLiteral("client_id"), d_ptr->clientId});
    params.append({QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded)});
    const QStringList requested = scopes();
    if (!requested.isEmpty())
        params.append({QStringLiteral("scope"), requested.join(u' ')});
    params.append({QStringLiteral("state"), state});
    if (d_ptr->usePkce && !pkce.isNull()) {
        params.append({QStringLiteral("code_challenge"), pkce.challenge()});
        params.append({QStringLiteral("code_challenge_method"), PkceChallenge::method()});
    }
    QSet<QString> reserved;
    for (const auto &p : std::as_const(params))
        reserved.insert(p.first);
    reserved.insert(QStringLiteral("code_challenge"));
    reserved.insert(QStringLiteral("code_challenge_method"));

    // Provider parameters first, each replaced by an extra parameter of the same name.
    QList<QPair<QString, QString>> tail = defaultAuthorizeParams();
    for (const auto &extra : extraParams) {
        if (reserved.contains(extra.first)) {
            qCWarning(lcProvider) << "buildAuthorizeUrl: ignoring extra parameter" << extra.first
                                  << "(set by the protocol)";
            continue;
        }
        bool replaced = false;
        for (auto &p : tail) {
            if (p.first == extra.first) {
                p.second = extra.second;
                replaced = true;
            }
        }
        if (!replaced)
            tail.append(extra);
    }
    params += tail;

    // Keep any query the endpoint already has (RFC 6749 §3.1).
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    const QByteArray ours = Network::formEncode(params);
    query = query.isEmpty() ? ours : query + '&' + ours;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

// --- token requests -------------------------------------------------------------------------

void OAuthProvider::addClientAuthentication(QNetworkRequest &request, QUrlQuery &form) const
{
    switch (effectiveClientAuthMethod()) {
    case ClientAuthMethod::ClientSecretBasic: {
        // RFC 6749 §2.3.1: both parts are form-urlencoded before being joined.
        const QByteArray credentials = Network::formEncodeValue(d_ptr->clientId) + ':' +
            Network::formEncodeValue(d_ptr->clientSecret);
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
        break;
    }
    case ClientAuthMethod::ClientSecretPost:
        form.addQueryItem(QStringLiteral("client_id"), d_ptr->clientId);
        form.addQueryItem(QStringLiteral("client_secret"), d_ptr->clientSecret);
        break;
    case ClientAuthMethod::None:
    case ClientAuthMethod::Auto:
        form.addQueryItem(QStringLiteral("client_id"), d_ptr->clientId);
        break;
    }
}

static QByteArray encodeForm(const QUrlQuery &form)
{
    QList<QPair<QString, QString>> fields;
    const auto items = form.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        fields.append(item);
    return Network::formEncode(fields);
}

void OAuthProvider::sendTokenRequest(TokenReply *reply, const QUrlQuery &formIn,
                                     const TokenContext &context)
{
    const QUrl url = effectiveTokenUrl();
    const AuthError check =
        Network::checkEndpoint(url, d_ptr->allowInsecureLoopback, QStringLiteral("token endpoint"));
    if (check.isError())
        return failReply(reply, check);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    // GitHub answers form-encoded unless JSON is asked for.
    request.setRawHeader("Accept", "application/json");
    QUrlQuery form = formIn;
    addClientAuthentication(request, form);

    // issued_at is when the request was sent, so that expiry errs early.
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    QPointer<TokenReply> guard(reply);
    const QStringList requestedScopes = scopes();
    auto *exchange = HttpExchange::start(
        clientAuthenticatedManager(this, d_ptr.get()), request, "POST", encodeForm(form),
        d_ptr->httpOptions(OAuthProviderPrivate::Endpoint::ClientAuthenticated), reply,
        [this, guard, context, sentAt, requestedScopes](const HttpResponse &response) {
            if (!guard)
                return;
            if (response.error.isError())
                return failReply(guard, response.error);
            AuthError error;
            const auto json = response.jsonObject(&error);
            if (!json)
                return failReply(guard, error);
            // RFC 6749 §5.2; GitHub also reports errors with HTTP 200 and an `error` member.
            if (json->value(u"error").isString() || !response.isSuccess())
                return failReply(guard, response.httpError());
            TokenSet tokens = TokenSet::fromJson(*json, sentAt);
            if (tokens.isNull())
                return failReply(guard,
                                 AuthError(AuthError::Code::InvalidResponse,
                                           QStringLiteral("token response has no access_token")));
            // RFC 6749 §7.1: a client must not use a token type it does not understand.
            if (tokens.tokenType().compare(u"bearer", Qt::CaseInsensitive) != 0)
                return failReply(guard,
                                 AuthError(AuthError::Code::InvalidResponse,
                                           QStringLiteral("unsupported token_type %1")
                                               .arg(tokens.tokenType().left(32))));
            const bool isRefresh = context.kind == TokenContext::Kind::Refresh;
            if (isRefresh) {
                // RFC 6749 §6: the server may keep the old refresh token.
                if (!tokens.hasRefreshToken())
                    tokens.setRefreshToken(context.previous.refreshToken());
                if (!json->contains(u"scope"))
                    tokens.setScopes(context.previous.scopes());
                // OIDC Core §12.2: a refresh response need not carry an ID token.
                if (tokens.idToken().isEmpty()) {
                    tokens.setIdToken(context.previous.idToken());
                    tokens.setIdTokenClaims(context.previous.idTokenClaims());
                }
            } else if (!json->contains(u"scope")) {
                // RFC 6749 §5.1: an omitted scope means the requested one.
                tokens.setScopes(requestedScopes);
            }
            verifyTokens(tokens, context,
                         [this, guard](const AuthError &verifyError, const TokenSet &verified) {
                             if (!guard)
                                 return;
                             if (verifyError.isError())
                                 return failReply(guard, verifyError);
                             ReplyAccess::setTokens(guard, verified);
                             ReplyAccess::finish(guard);
                         });
        });
    ReplyAccess::abortTogether(reply, exchange);
}

TokenReply *OAuthProvider::exchangeCode(const QString &code, const QUrl &redirectUri,
                                        const QString &codeVerifier, const QString &nonce)
{
    auto *reply = new TokenReply;
    adoptReply(reply);
    if (code.isEmpty()) {
        failReply(
            reply,
            AuthError(AuthError::Code::InvalidRequest, QStringLiteral("empty authorization code")));
        return reply;
    }
    if (!codeVerifier.isEmpty() && !PkceChallenge::isValidVerifier(codeVerifier)) {
        failReply(reply,
                  AuthError(AuthError::Code::InvalidRequest,
                            QStringLiteral("PKCE verifier is not valid (RFC 7636 §4.1)")));
        return reply;
    }
    TokenContext context;
    context.kind = TokenContext::Kind::AuthorizationCode;
    context.nonce = nonce;
    ensureMetadata([this, reply = QPointer<TokenReply>(reply), code, redirectUri, codeVerifier,
                    context](const AuthError &error) {
        if (!reply || ReplyAccess::isFinishing(reply))
            return;
        if (error.isError())
            return failReply(reply, error);
        // RFC 6749 §4.1.3 with the PKCE verifier (RFC 7636 §4.5).
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
        if (!codeVerifier.isEmpty())
            form.addQueryItem(QStringLiteral("code_verifier"), codeVerifier);
        sendTokenRequest(reply, form, context);
    });
    return reply;
}

TokenReply *OAuthProvider::refreshTokens(const QString &refreshToken, const TokenSet &previous)
{
    auto *reply = new TokenReply;
    ReplyAccess::setRefresh(reply, true);
    adoptReply(reply);
    if (refreshToken.isEmpty()) {
        failReply(reply,
                  AuthError(AuthError::Code::InvalidGrant, QStringLiteral("no refresh token")));
        return reply;
    }
    TokenContext context;
    context.kind = TokenContext::Kind::Refresh;
    context.previous = previous;
    context.previous.setRefreshToken(refreshToken);
    ensureMetadata(
        [this, reply = QPointer<TokenReply>(reply), refreshToken, context](const AuthError &error) {
            if (!reply || ReplyAccess::isFinishing(reply))
                return;
            if (error.isError())
                return failReply(reply, error);
            // RFC 6749 §6. No scope parameter: the grant's original scope is kept.
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
            form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
            sendTokenRequest(reply, form, context);
        });
    return reply;
}

// --- device authorization grant (RFC 8628) ---------------------------------------------------

DeviceAuthorizationReply *OAuthProvider::requestDeviceAuthorization()
{
    auto *reply = new DeviceAuthorizationReply;
    adoptReply(reply);
    ensureMetadata(
        [this, reply = QPointer<DeviceAuthorizationReply>(reply)](const AuthError &error) {
            if (!reply || ReplyAccess::isFinishing(reply))
                return;
            if (error.isError())
                return failReply(reply, error);
            const QUrl url = effectiveDeviceAuthorizationUrl();
            if (url.isEmpty())
                return failReply(reply,
                                 AuthError(AuthError::Code::ProviderPolicy,
                                           QStringLiteral("provider has no device "
                                                          "authorization endpoint")));
            const AuthError check = Network::checkEndpoint(url, d_ptr->allowInsecureLoopback,
                                                           QStringLiteral("device authorization "
                                                                          "endpoint"));
            if (check.isError())
                return failReply(reply, check);
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            request.setRawHeader("Accept", "application/json");
            // RFC 8628 §3.1: client_id (or client authentication) and the scope.
            QUrlQuery form;
            const QStringList requested = scopes();
            if (!requested.isEmpty())
                form.addQueryItem(QStringLiteral("scope"), requested.join(u' '));
            addClientAuthentication(request, form);
            auto *exchange = HttpExchange::start(
                clientAuthenticatedManager(this, d_ptr.get()), request, "POST", encodeForm(form),
                d_ptr->httpOptions(OAuthProviderPrivate::Endpoint::ClientAuthenticated), reply,
                [this, reply](const HttpResponse &response) {
                    if (!reply)
                        return;
                    if (response.error.isError())
                        return failReply(reply, response.error);
                    AuthError parseError;
                    const auto json = response.jsonObject(&parseError);
                    if (!json)
                        return failReply(reply, parseError);
                    if (json->value(u"error").isString() || !response.isSuccess())
                        return failReply(reply, response.httpError());
                    const DeviceAuthorization authorization = DeviceAuthorization::fromJson(*json);
                    if (authorization.isNull())
                        return failReply(reply,
                                         AuthError(AuthError::Code::InvalidResponse,
                                                   QStringLiteral("incomplete device "
                                                                  "authorization response")));
                    ReplyAccess::setDeviceAuthorization(reply, authorization);
                    ReplyAccess::finish(reply);
                });
            ReplyAccess::abortTogether(reply, exchange);
        });
    return reply;
}

TokenReply *OAuthProvider::pollDeviceToken(const DeviceAuthorization &authorization)
{
    auto *reply = new TokenReply;
    adoptReply(reply);
    if (authorization.isNull()) {
        failReply(
            reply,
            AuthError(AuthError::Code::InvalidRequest, QStringLiteral("no device authorization")));
        return reply;
    }
    TokenContext context;
    context.kind = TokenContext::Kind::DeviceCode;
    const QString deviceCode = authorization.deviceCode();
    ensureMetadata(
        [this, reply = QPointer<TokenReply>(reply), deviceCode, context](const AuthError &error) {
            if (!reply || ReplyAccess::isFinishing(reply))
                return;
            if (error.isError())
                return failReply(reply, error);
            // RFC 8628 §3.4.
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("grant_type"),
                              QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
            form.addQueryItem(QStringLiteral("device_code"), deviceCode);
            sendTokenRequest(reply, form, context);
        });
    return reply;
}

// --- user info ------------------------------------------------------------------------------

UserInfoReply *OAuthProvider::fetchUserInfo(const QString &accessToken,
                                            const QString &expectedSubject)
{
    auto *reply = new UserInfoReply;
    adoptReply(reply);
    ensureMetadata([this, reply = QPointer<UserInfoReply>(reply), accessToken,
                    expectedSubject](const AuthError &error) {
        if (!reply || ReplyAccess::isFinishing(reply))
            return;
        if (error.isError())
            return failReply(reply, error);
        const QUrl url = effectiveUserinfoUrl();
        if (url.isEmpty())
            return failReply(
                reply,
                AuthError(AuthError::Code::Configuration, QStringLiteral("no userinfo endpoint")));
        const AuthError check = Network::checkEndpoint(url, d_ptr->allowInsecureLoopback,
                                                       QStringLiteral("userinfo endpoint"));
        if (check.isError())
            return failReply(reply, check);
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
        auto *exchange = HttpExchange::start(
            networkAccessManager(), request, "GET", QByteArray(), d_ptr->httpOptions(), reply,
            [this, reply, expectedSubject](const HttpResponse &response) {
                if (!reply)
                    return;
                if (response.error.isError())
                    return failReply(reply, response.error);
                if (!response.isSuccess()) {
                    AuthError httpError = response.httpError();
                    // RFC 6750 §3: a rejected token is reported in WWW-Authenticate.
                    if (response.status == 401)
                        httpError = AuthError(AuthError::Code::AccessDenied,
                                              QStringLiteral("access token rejected"))
                                        .setHttpStatus(401);
                    return failReply(reply, httpError);
                }
                AuthError parseError;
                const auto json = response.jsonObject(&parseError);
                if (!json)
                    return failReply(reply, parseError);
                const UserInfo info = userInfoFromJson(*json);
                if (info.subject().isEmpty())
                    return failReply(reply,
                                     AuthError(AuthError::Code::InvalidResponse,
                                               QStringLiteral("user info has no subject")));
                // OIDC Core §5.3.2: the sub must match the ID token's, or the response
                // may belong to someone else (token substitution).
                if (!expectedSubject.isEmpty() && info.subject() != expectedSubject)
                    return failReply(reply,
                                     AuthError(AuthError::Code::InvalidResponse,
                                               QStringLiteral("user info sub does not "
                                                              "match the ID token")));
                ReplyAccess::setUserInfo(reply, info);
                ReplyAccess::finish(reply);
            });
        ReplyAccess::abortTogether(reply, exchange);
    });
    return reply;
}

// --- revocation -----------------------------------------------------------------------------

RevokeReply *OAuthProvider::revokeToken(const QString &token, TokenTypeHint hint)
{
    auto *reply = new RevokeReply;
    adoptReply(reply);
    if (token.isEmpty()) {
        failReply(reply, AuthError(AuthError::Code::InvalidRequest, QStringLiteral("no token")));
        return reply;
    }
    ensureMetadata([this, reply = QPointer<RevokeReply>(reply), token,
                    hint](const AuthError &error) {
        if (!reply || ReplyAccess::isFinishing(reply))
            return;
        if (error.isError())
            return failReply(reply, error);
        const QUrl url = effectiveRevocationUrl();
        if (url.isEmpty())
            return failReply(reply,
                             AuthError(AuthError::Code::ProviderPolicy,
                                       QStringLiteral("provider has no revocation endpoint")));
        const AuthError check = Network::checkEndpoint(url, d_ptr->allowInsecureLoopback,
                                                       QStringLiteral("revocation endpoint"));
        if (check.isError())
            return failReply(reply, check);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader("Accept", "application/json");
        // RFC 7009 §2.1: the token, a type hint, and the client's usual authentication.
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), token);
        if (hint == TokenTypeHint::AccessToken)
            form.addQueryItem(QStringLiteral("token_type_hint"), QStringLiteral("access_token"));
        else if (hint == TokenTypeHint::RefreshToken)
            form.addQueryItem(QStringLiteral("token_type_hint"), QStringLiteral("refresh_token"));
        addClientAuthentication(request, form);
        auto *exchange = HttpExchange::start(
            clientAuthenticatedManager(this, d_ptr.get()), request, "POST", encodeForm(form),
            d_ptr->httpOptions(OAuthProviderPrivate::Endpoint::ClientAuthenticated), reply,
            [this, reply](const HttpResponse &response) {
                if (!reply)
                    return;
                if (response.error.isError())
                    return failReply(reply, response.error);
                // RFC 7009 §2.2: 200 also for tokens that were
                // already invalid.
                if (response.status != 200)
                    return failReply(reply, response.httpError());
                ReplyAccess::setRevoked(reply, true);
                ReplyAccess::finish(reply);
            });
        ReplyAccess::abortTogether(reply, exchange);
    });
    return reply;
}

} // namespace QtSignIn
