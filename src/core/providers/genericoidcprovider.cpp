// SPDX-License-Identifier: BSD-3-Clause
#include "providers/genericoidcprovider_p.h"

#include "jose/idtokenvalidator_p.h"
#include "logging_p.h"
#include "network/networkrules_p.h"

#include <QtCore/QJsonArray>

#include <functional>
#include <memory>

namespace QtSignIn {

using Oidc::MetadataCache;

static Jose::IdTokenValidator::Result unknownKey(const QString &detail)
{
    Jose::IdTokenValidator::Result result;
    result.failure = Jose::IdTokenValidator::Failure::UnknownKey;
    result.detail = detail;
    return result;
}

#define D() auto *d = static_cast<GenericOidcProviderPrivate *>(d_ptr.get())
#define CD() const auto *d = static_cast<const GenericOidcProviderPrivate *>(d_ptr.get())

GenericOidcProvider::GenericOidcProvider(QObject *parent)
    : GenericOidcProvider(QUrl(), parent)
{
}

GenericOidcProvider::GenericOidcProvider(const QUrl &issuer, QObject *parent)
    : GenericOidcProvider(*new GenericOidcProviderPrivate, parent)
{
    setIssuer(issuer);
}

GenericOidcProvider::GenericOidcProvider(GenericOidcProviderPrivate &dd, QObject *parent)
    : OAuthProvider(dd, parent)
{
}

GenericOidcProvider::~GenericOidcProvider() = default;

OAuthProvider::Type GenericOidcProvider::type() const
{
    CD();
    return d->issuer.isEmpty() ? Type::Custom : Type::Oidc;
}

QString GenericOidcProvider::displayName() const
{
    CD();
    //: Name of an identity provider configured by its endpoints alone (no issuer to name it),
    //: shown for example in the sign-in window's title "Sign in – %1".
    return d->issuer.isEmpty() ? tr("Custom provider") : d->issuer.host();
}

bool GenericOidcProvider::isOpenIdConnect() const
{
    CD();
    return !d->issuer.isEmpty() || scopes().contains(u"openid");
}

QStringList GenericOidcProvider::defaultScopes() const
{
    return {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile")};
}

QUrl GenericOidcProvider::issuer() const
{
    CD();
    return d->issuer;
}

void GenericOidcProvider::setIssuer(const QUrl &issuer)
{
    D();
    if (d->issuer == issuer)
        return;
    d->issuer = issuer;
    d->discoveryIssuer = issuer;
    d->metadata = QJsonObject();
    d->discoveredIssuer.clear();
    Q_EMIT configurationChanged();
    Q_EMIT readyChanged();
}

QUrl GenericOidcProvider::discoveryIssuer() const
{
    CD();
    return d->discoveryIssuer;
}

void GenericOidcProvider::setDiscoveryIssuer(const QUrl &url)
{
    D();
    d->discoveryIssuer = url;
    d->metadata = QJsonObject();
    d->discoveredIssuer.clear();
}

QUrl GenericOidcProvider::jwksUrl() const
{
    CD();
    if (!d->jwksUrl.isEmpty())
        return d->jwksUrl;
    return QUrl(d->metadata.value(u"jwks_uri").toString(), QUrl::StrictMode);
}

void GenericOidcProvider::setJwksUrl(const QUrl &url)
{
    D();
    if (d->jwksUrl == url)
        return;
    d->jwksUrl = url;
    Q_EMIT configurationChanged();
}

bool GenericOidcProvider::requireIdTokenValidation() const
{
    CD();
    return d->requireIdTokenValidation;
}

void GenericOidcProvider::setRequireIdTokenValidation(bool require)
{
    D();
    if (d->requireIdTokenValidation == require)
        return;
    d->requireIdTokenValidation = require;
    Q_EMIT configurationChanged();
}

QJsonObject GenericOidcProvider::metadata() const
{
    CD();
    return d->metadata;
}

void GenericOidcProvider::clearMetadataCache()
{
    MetadataCache::instance()->clear();
}

QString GenericOidcProvider::metadataCacheDirectory()
{
    return MetadataCache::instance()->disk().directory();
}

void GenericOidcProvider::setMetadataCacheDirectory(const QString &directory)
{
    MetadataCache::instance()->disk().setDirectory(directory);
}

static QUrl metadataUrl(const QJsonObject &metadata, QStringView member)
{
    const QJsonValue value = metadata.value(member);
    return value.isString() ? QUrl(value.toString(), QUrl::StrictMode) : QUrl();
}

QUrl GenericOidcProvider::effectiveAuthorizeUrl() const
{
    CD();
    return !d->authorizeUrl.isEmpty() ? d->authorizeUrl
                                      : metadataUrl(d->metadata, u"authorization_endpoint");
}

QUrl GenericOidcProvider::effectiveTokenUrl() const
{
    CD();
    return !d->tokenUrl.isEmpty() ? d->tokenUrl : metadataUrl(d->metadata, u"token_endpoint");
}

QUrl GenericOidcProvider::effectiveUserinfoUrl() const
{
    CD();
    return !d->userinfoUrl.isEmpty() ? d->userinfoUrl
                                     : metadataUrl(d->metadata, u"userinfo_endpoint");
}

QUrl GenericOidcProvider::effectiveRevocationUrl() const
{
    CD();
    return !d->revocationUrl.isEmpty() ? d->revocationUrl
                                       : metadataUrl(d->metadata, u"revocation_endpoint");
}

QUrl GenericOidcProvider::effectiveDeviceAuthorizationUrl() const
{
    CD();
    return !d->deviceAuthorizationUrl.isEmpty()
        ? d->deviceAuthorizationUrl
        : metadataUrl(d->metadata, u"device_authorization_endpoint");
}

QString GenericOidcProvider::issuerIdentifier() const
{
    CD();
    return !d->discoveredIssuer.isEmpty() ? d->discoveredIssuer
                                          : d->issuer.toString(QUrl::FullyEncoded);
}

bool GenericOidcProvider::requiresIssuerInAuthorizationResponse() const
{
    CD();
    // RFC 9207 §3: a provider that advertises this sends `iss` with every response, so a
    // response without it cannot be from this provider.
    return d->metadata.value(u"authorization_response_iss_parameter_supported").toBool();
}

bool GenericOidcProvider::supportsRevocation() const
{
    return !effectiveRevocationUrl().isEmpty();
}

OAuthProvider::ClientAuthMethod GenericOidcProvider::effectiveClientAuthMethod() const
{
    CD();
    if (d->clientAuthMethod != ClientAuthMethod::Auto)
        return d->clientAuthMethod;
    if (d->clientSecret.isEmpty())
        return ClientAuthMethod::None;
    // OIDC Discovery §3: client_secret_basic is the default when the list is absent.
    const QJsonArray methods =
        d->metadata.value(u"token_endpoint_auth_methods_supported").toArray();
    if (methods.isEmpty() || methods.contains(QStringLiteral("client_secret_basic")))
        return ClientAuthMethod::ClientSecretBasic;
    if (methods.contains(QStringLiteral("client_secret_post")))
        return ClientAuthMethod::ClientSecretPost;
    return ClientAuthMethod::ClientSecretBasic;
}

bool GenericOidcProvider::isReady() const
{
    CD();
    const bool needsKeys = !d->issuer.isEmpty();
    return OAuthProvider::isReady() && (!needsKeys || !jwksUrl().isEmpty());
}

AuthError GenericOidcProvider::checkDiscoveredIssuer(const QString &discoveredIssuer) const
{
    CD();
    // OIDC Discovery §4.3: the issuer in the document must be identical to the one used to
    // build the discovery URL, or an attacker's metadata could be substituted.
    const QString expected = d->discoveryIssuer.toString(QUrl::FullyEncoded);
    if (discoveredIssuer != expected)
        return AuthError(AuthError::Code::DiscoveryFailed,
                         QStringLiteral("issuer mismatch: configured %1, discovered %2")
                             .arg(expected, discoveredIssuer.left(200)));
    return AuthError();
}

AuthError GenericOidcProvider::checkTokenIssuer(const QString &iss, const QJsonObject &) const
{
    CD();
    const QString expected = !d->discoveredIssuer.isEmpty()
        ? d->discoveredIssuer
        : d->issuer.toString(QUrl::FullyEncoded);
    if (iss != expected)
        return AuthError(
            AuthError::Code::IdTokenInvalid,
            QStringLiteral("iss %1 is not the issuer %2").arg(iss.left(200), expected));
    return AuthError();
}

void GenericOidcProvider::ensureMetadata(const Continuation &next)
{
    D();
    // Discovery is needed for what is not configured explicitly: endpoints or keys.
    const bool needDiscovery = !d->discoveryIssuer.isEmpty() &&
        (d->authorizeUrl.isEmpty() || d->tokenUrl.isEmpty() || d->jwksUrl.isEmpty());
    if (!needDiscovery)
        return next(AuthError());

    const AuthError issuerCheck = Network::checkEndpoint(
        d->discoveryIssuer, d->allowInsecureLoopback, QStringLiteral("issuer"));
    if (issuerCheck.isError())
        return next(issuerCheck);

    // One attempt, and one more if the document came from the disk cache and is refused: a
    // copy that is stale or was not written by us must not stop sign-in until it expires.
    QPointer<GenericOidcProvider> self(this);
    auto attempt = std::make_shared<std::function<void(bool)>>();
    *attempt = [self, next, weakAttempt = std::weak_ptr(attempt)](bool mayRetry) {
        if (!self)
            return;
        auto *sd = static_cast<GenericOidcProviderPrivate *>(self->d_ptr.get());
        MetadataCache::instance()->discovery(
            sd->discoveryIssuer, self->networkAccessManager(), sd->httpOptions(),
            [self, next, mayRetry, again = weakAttempt.lock()](const AuthError &error,
                                                               const QJsonObject &document) {
                if (!self)
                    return;
                if (error.isError())
                    return next(error);
                auto *pd = static_cast<GenericOidcProviderPrivate *>(self->d_ptr.get());
                if (pd->metadata == document)
                    return next(AuthError());
                const AuthError invalid = self->adoptMetadata(document);
                if (!invalid.isError())
                    return next(AuthError());
                if (mayRetry && again &&
                    MetadataCache::instance()->dropDiskCopy(pd->discoveryIssuer)) {
                    qCInfo(lcOidc) << "cached metadata refused (" << invalid.detail()
                                   << "); fetching it again";
                    return (*again)(false);
                }
                next(invalid);
            });
    };
    (*attempt)(true);
}

AuthError GenericOidcProvider::adoptMetadata(const QJsonObject &document)
{
    D();
    // OIDC Discovery §3: these members are required for a code flow client.
    const QString discovered = document.value(u"issuer").toString();
    if (discovered.isEmpty())
        return AuthError(AuthError::Code::DiscoveryFailed,
                         QStringLiteral("metadata has no issuer"));
    const AuthError issuerError = checkDiscoveredIssuer(discovered);
    if (issuerError.isError())
        return issuerError;
    for (const auto member : {u"authorization_endpoint", u"token_endpoint", u"jwks_uri"}) {
        if (!document.value(member).isString())
            return AuthError(AuthError::Code::DiscoveryFailed,
                             QStringLiteral("metadata lacks ") + QStringView(member).toString());
    }
    // Every endpoint the provider names must follow the transport rules: an https issuer
    // naming an http endpoint is refused before anything is sent there.
    for (const auto member :
         {u"authorization_endpoint", u"token_endpoint", u"jwks_uri", u"userinfo_endpoint",
          u"revocation_endpoint", u"device_authorization_endpoint", u"end_session_endpoint"}) {
        const QJsonValue value = document.value(member);
        if (value.isUndefined())
            continue;
        const AuthError check =
            Network::checkEndpoint(QUrl(value.toString(), QUrl::StrictMode),
                                   d->allowInsecureLoopback, QStringView(member).toString());
        if (check.isError())
            return check;
    }
    d->metadata = document;
    d->discoveredIssuer = discovered;
    qCDebug(lcOidc) << "metadata loaded for" << discovered;
    Q_EMIT readyChanged();
    // Fetch the keys now, while the user is still on the login page, so that the token
    // response can be validated without another round trip.
    MetadataCache::instance()->keys(jwksUrl(), networkAccessManager(), d->httpOptions(), false,
                                    [](const AuthError &, const Oidc::KeySetPtr &) {});
    return AuthError();
}

void GenericOidcProvider::verifyTokens(const TokenSet &tokensIn, const TokenContext &context,
                                       const TokenContinuation &done)
{
    D();
    TokenSet tokens = tokensIn;
    const bool refresh = context.kind == TokenContext::Kind::Refresh;

    if (tokens.idToken().isEmpty()) {
        // OIDC Core §3.1.3.3: a code flow with the openid scope must return an ID token.
        if (context.kind == TokenContext::Kind::AuthorizationCode && scopes().contains(u"openid") &&
            !d->issuer.isEmpty())
            return done(AuthError(AuthError::Code::IdTokenInvalid,
                                  QStringLiteral("token response has no id_token")),
                        TokenSet());
        return done(AuthError(), tokens);
    }
    // A refresh that returned no new ID token carries the old one, already validated.
    if (refresh && tokens.idToken() == context.previous.idToken() &&
        !context.previous.idTokenClaims().isEmpty()) {
        tokens.setIdTokenClaims(context.previous.idTokenClaims());
        return done(AuthError(), tokens);
    }

    const QUrl jwks = jwksUrl();
    if (d->issuer.isEmpty() || jwks.isEmpty()) {
        // A custom provider without an issuer or keys cannot validate: with validation
        // required that is a configuration error; otherwise the token is kept but none of
        // its claims are trusted (REFERENCE.md fault 4: there must be a way out).
        if (d->requireIdTokenValidation)
            return done(AuthError(AuthError::Code::Configuration,
                                  QStringLiteral("an ID token arrived but no issuer or JWKS is "
                                                 "configured to validate it")),
                        TokenSet());
        qCInfo(lcOidc) << "ID token not validated (no issuer or JWKS configured); its claims"
                          " are ignored";
        tokens.setIdTokenClaims(QJsonObject());
        return done(AuthError(), tokens);
    }
    const AuthError jwksCheck =
        Network::checkEndpoint(jwks, d->allowInsecureLoopback, QStringLiteral("jwks_uri"));
    if (jwksCheck.isError())
        return done(jwksCheck, TokenSet());

    Jose::IdTokenValidator::Expectations expect;
    expect.clientId = d->clientId;
    expect.issuer = d->discoveredIssuer.isEmpty() ? d->issuer.toString(QUrl::FullyEncoded)
                                                  : d->discoveredIssuer;
    QPointer<GenericOidcProvider> self(this);
    expect.checkIssuer = [self](const QString &iss, const QJsonObject &claims) -> QString {
        if (!self)
            return QStringLiteral("provider destroyed");
        const AuthError error = self->checkTokenIssuer(iss, claims);
        return error.isError() ? error.detail() : QString();
    };
    const QJsonArray algs = d->metadata.value(u"id_token_signing_alg_values_supported").toArray();
    for (const QJsonValue &alg : algs) {
        if (alg.isString())
            expect.allowedAlgorithms.append(alg.toString());
    }
    // On refresh the nonce is not re-sent (OIDC Core §12.2): checked below instead.
    expect.nonce = refresh ? QString() : context.nonce;
    expect.accessToken = tokens.accessToken();
    expect.leewaySeconds = d->clockSkew;

    const QByteArray idToken = tokens.idToken().toUtf8();
    auto finishWith = [self, tokens, context, refresh,
                       done](const Jose::IdTokenValidator::Result &result) mutable {
        if (!result.isValid())
            return done(AuthError(AuthError::Code::IdTokenInvalid,
                                  QStringLiteral("ID token: ") + result.detail),
                        TokenSet());
        if (refresh) {
            // OIDC Core §12.2: same iss, sub and aud as the original ID token; a nonce, if
            // present, must be the original one.
            const QJsonObject before = context.previous.idTokenClaims();
            if (!before.isEmpty()) {
                for (const auto claim : {u"iss", u"sub", u"aud"}) {
                    if (before.value(claim) != result.claims.value(claim))
                        return done(AuthError(AuthError::Code::IdTokenInvalid,
                                              QStringLiteral("refreshed ID token changed ") +
                                                  QStringView(claim).toString()),
                                    TokenSet());
                }
                if (result.claims.contains(u"nonce") &&
                    result.claims.value(u"nonce") != before.value(u"nonce"))
                    return done(AuthError(AuthError::Code::IdTokenInvalid,
                                          QStringLiteral("refreshed ID token changed nonce")),
                                TokenSet());
            }
        }
        tokens.setIdTokenClaims(result.claims);
        done(AuthError(), tokens);
    };

    MetadataCache::instance()->keys(
        jwks, networkAccessManager(), d->httpOptions(), false,
        [self, jwks, idToken, expect, finishWith](const AuthError &error,
                                                  const Oidc::KeySetPtr &keys) mutable {
            if (!self)
                return;
            if (error.isError() || !keys)
                return finishWith(
                    unknownKey(QStringLiteral("signing keys unavailable: ") + error.detail()));
            auto result = Jose::IdTokenValidator::validate(idToken, *keys, expect);
            if (result.failure != Jose::IdTokenValidator::Failure::UnknownKey)
                return finishWith(result);
            // An unknown kid usually means the provider rotated its keys: reload once
            // (rate-limited in the cache) and try again.
            qCInfo(lcOidc) << "ID token signed with an unknown key; reloading the key set";
            auto *pd = static_cast<GenericOidcProviderPrivate *>(self->d_ptr.get());
            MetadataCache::instance()->keys(
                jwks, self->networkAccessManager(), pd->httpOptions(), true,
                [idToken, expect, finishWith](const AuthError &refetchError,
                                              const Oidc::KeySetPtr &fresh) mutable {
                    if (refetchError.isError() || !fresh)
                        return finishWith(
                            unknownKey(QStringLiteral("no key matches the ID token")));
                    finishWith(Jose::IdTokenValidator::validate(idToken, *fresh, expect));
                });
        });
}

} // namespace QtSignIn
