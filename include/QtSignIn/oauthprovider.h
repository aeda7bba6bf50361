// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>
#include <QtSignIn/pkcechallenge.h>
#include <QtSignIn/tokenset.h>
#include <QtSignIn/userinfo.h>

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPair>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslKey>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkRequest;
class QUrlQuery;
QT_END_NAMESPACE

namespace QtSignIn {

class OAuthProviderPrivate;
class OAuthReply;
class DeviceAuthorization;
class DeviceAuthorizationReply;
class TokenReply;
class UserInfoReply;
class RevokeReply;

/*!
 * \brief An OAuth 2.0 authorization server and its client registration.
 *
 * The abstract base of every provider. It implements the standard protocol: the
 * authorization request URL (RFC 6749 §4.1.1 with PKCE, RFC 7636), the code exchange
 * (§4.1.3), refresh (§6), user info and revocation (RFC 7009). Subclasses add what their
 * provider needs: GenericOidcProvider (discovery and ID-token validation), GoogleProvider,
 * MicrosoftProvider and GitHubProvider.
 *
 * Every network operation returns a reply that finishes asynchronously; the provider also
 * emits tokensReceived(), tokensRefreshed(), userInfoReceived(), tokenRevoked() and
 * errorOccurred() for each finished reply, so simple apps can connect once.
 *
 * Network rules, always on: a transfer timeout on every request, a cap on the response size,
 * no redirects followed for token and revocation requests, TLS errors never ignored, plain
 * http only to loopback hosts and only after setAllowInsecureLoopback(true).
 *
 * \code
 * auto *provider = new QtSignIn::GenericOidcProvider(QUrl(u"https://id.example.com"_qs), this);
 * provider->setClientId(u"my-desktop-app"_qs);
 * connect(provider, &QtSignIn::OAuthProvider::tokensReceived, this, &App::onSignedIn);
 * connect(provider, &QtSignIn::OAuthProvider::errorOccurred, this, &App::onError);
 * // An AuthFlow drives buildAuthorizeUrl() and exchangeCode() for you.
 * \endcode
 */
class QTSIGNINCORE_EXPORT OAuthProvider : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Type type READ type CONSTANT)
    Q_PROPERTY(QString displayName READ displayName NOTIFY configurationChanged)
    Q_PROPERTY(QString clientId READ clientId WRITE setClientId NOTIFY configurationChanged)
    Q_PROPERTY(QStringList scopes READ scopes WRITE setScopes RESET resetScopes NOTIFY
                   configurationChanged)
    Q_PROPERTY(QStringList defaultScopes READ defaultScopes CONSTANT)
    Q_PROPERTY(
        QUrl authorizeUrl READ authorizeUrl WRITE setAuthorizeUrl NOTIFY configurationChanged)
    Q_PROPERTY(QUrl tokenUrl READ tokenUrl WRITE setTokenUrl NOTIFY configurationChanged)
    Q_PROPERTY(QUrl userinfoUrl READ userinfoUrl WRITE setUserinfoUrl NOTIFY configurationChanged)
    Q_PROPERTY(
        QUrl revocationUrl READ revocationUrl WRITE setRevocationUrl NOTIFY configurationChanged)
    Q_PROPERTY(ClientAuthMethod clientAuthMethod READ clientAuthMethod WRITE setClientAuthMethod
                   NOTIFY configurationChanged)
    Q_PROPERTY(bool usePkce READ usePkce WRITE setUsePkce NOTIFY configurationChanged)
    Q_PROPERTY(int transferTimeout READ transferTimeout WRITE setTransferTimeout NOTIFY
                   configurationChanged)
    Q_PROPERTY(qint64 maxResponseSize READ maxResponseSize WRITE setMaxResponseSize NOTIFY
                   configurationChanged)
    Q_PROPERTY(bool allowInsecureLoopback READ allowInsecureLoopback WRITE setAllowInsecureLoopback
                   NOTIFY configurationChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)

public:
    /*! The kind of provider (mirrors the reference's factory types). */
    enum class Type { Oidc, Google, GitHub, Microsoft, Custom };
    Q_ENUM(Type)

    /*! How the client authenticates at the token and revocation endpoints (RFC 6749 §2.3.1). */
    enum class ClientAuthMethod {
        Auto, ///< `none` without a secret; with one, what discovery allows (basic preferred).
        None, ///< Public client: only `client_id` in the form.
        ClientSecretBasic, ///< HTTP Basic with the form-urlencoded id and secret.
        ClientSecretPost   ///< `client_id` and `client_secret` in the form body.
    };
    Q_ENUM(ClientAuthMethod)

    /*! The `token_type_hint` of a revocation request (RFC 7009 §2.1). */
    enum class TokenTypeHint { AccessToken, RefreshToken, NoHint };
    Q_ENUM(TokenTypeHint)

    /*! How an interactive sign-in shows the provider's page (see AuthFlow). */
    enum class UserAgent {
        SystemBrowser, ///< The desktop's browser and a loopback redirect (RFC 8252).
        Embedded,      ///< A web view inside the application (QtSignIn::LoginDialog).
        DeviceCode     ///< A code the user enters on another device (RFC 8628).
    };
    Q_ENUM(UserAgent)

    ~OAuthProvider() override;

    virtual Type type() const = 0;
    /*!
     * The provider's name for people, e.g. "Google". May follow the configuration (a generic
     * OpenID provider is named after its issuer's host), hence configurationChanged().
     */
    virtual QString displayName() const = 0;
    /*! True when the provider speaks OpenID Connect (ID tokens, nonce). */
    virtual bool isOpenIdConnect() const;

    QString clientId() const;
    void setClientId(const QString &clientId);
    QString clientSecret() const;
    /*! Empty for public clients (the usual case for desktop apps, which cannot keep a secret). */
    void setClientSecret(const QString &secret);

    /*! The scopes requested: the ones set explicitly, else defaultScopes(). */
    QStringList scopes() const;
    void setScopes(const QStringList &scopes);
    void resetScopes();
    bool hasExplicitScopes() const;
    virtual QStringList defaultScopes() const;

    /*! Endpoints. For OpenID providers, explicitly set endpoints win over discovered ones. */
    QUrl authorizeUrl() const;
    void setAuthorizeUrl(const QUrl &url);
    QUrl tokenUrl() const;
    void setTokenUrl(const QUrl &url);
    QUrl userinfoUrl() const;
    void setUserinfoUrl(const QUrl &url);
    QUrl revocationUrl() const;
    void setRevocationUrl(const QUrl &url);
    /*! The device authorization endpoint (RFC 8628 §3.1). */
    QUrl deviceAuthorizationUrl() const;
    void setDeviceAuthorizationUrl(const QUrl &url);

    ClientAuthMethod clientAuthMethod() const;
    void setClientAuthMethod(ClientAuthMethod method);
    /*! The method actually used, resolving Auto. */
    virtual ClientAuthMethod effectiveClientAuthMethod() const;

    bool usePkce() const;
    void setUsePkce(bool use);

    /*! Transfer timeout of each request in milliseconds (default 30000). */
    int transferTimeout() const;
    void setTransferTimeout(int milliseconds);
    /*! Largest accepted response body in bytes (default 1 MiB). */
    qint64 maxResponseSize() const;
    void setMaxResponseSize(qint64 bytes);

    /*!
     * Allows plain http to loopback hosts (127.0.0.0/8, ::1, `localhost`), for development
     * identity providers. Off by default; http to any other host is always refused.
     */
    bool allowInsecureLoopback() const;
    void setAllowInsecureLoopback(bool allow);

    /*!
     * Clock-skew leeway in seconds for `exp`, `nbf` and `iat` checks (default 120).
     */
    int clockSkew() const;
    void setClockSkew(int seconds);

    /*!
     * Extra certificate authorities for this provider's https connections (a company's private
     * CA), trusted on top of the system's roots and of `SSL_CERT_FILE` / `SSL_CERT_DIR` when
     * those are set — never instead of them. Certificate checks are never switched off.
     */
    QList<QSslCertificate> caCertificates() const;
    void setCaCertificates(const QList<QSslCertificate> &certificates);

    /*!
     * Mutual TLS (RFC 8705 §2): the certificate and private key presented to the token,
     * revocation and device authorization endpoints, where some corporate IdPs require them.
     * Never sent elsewhere (authorization page, userinfo, discovery).
     */
    QSslCertificate clientCertificate() const;
    QSslKey clientKey() const;
    void setClientCertificate(const QSslCertificate &certificate, const QSslKey &key);

    /*!
     * The proxy of the provider's own network access manager. QNetworkProxy::DefaultProxy
     * (the default): `https_proxy` / `http_proxy` / `all_proxy` and `no_proxy` as most tools
     * read them, else the system's proxy configuration. QNetworkProxy::NoProxy: direct. Any
     * other proxy: used for every host not listed in `no_proxy`. Loopback hosts (a development
     * IdP) are never proxied. Not applied to a manager set with setNetworkAccessManager(): the
     * application configures its own.
     */
    QNetworkProxy proxy() const;
    void setProxy(const QNetworkProxy &proxy);

    QNetworkAccessManager *networkAccessManager() const;
    /*! Uses \a manager for all requests (the provider does not take ownership). */
    void setNetworkAccessManager(QNetworkAccessManager *manager);

    /*! When on, every reply deletes itself after finished() (default off). */
    bool autoDeleteReplies() const;
    void setAutoDeleteReplies(bool autoDelete);

    /*! True when the endpoints needed for a sign-in are known (after prepare() for OIDC). */
    virtual bool isReady() const;
    /*!
     * Loads what the provider needs before a sign-in (OIDC discovery, signing keys).
     * Finishes at once (asynchronously) for providers with static endpoints.
     */
    virtual OAuthReply *prepare();

    /*!
     * Builds the authorization request URL (RFC 6749 §4.1.1): `response_type=code`,
     * `client_id`, `redirect_uri`, `scope`, `state`, the PKCE challenge when \a pkce is not
     * null, the provider's own parameters (e.g. Google's `access_type`), then
     * \a extraParams (which may override the provider's parameters, but not the protocol
     * ones above). Returns an empty URL when the authorization endpoint is not known yet
     * (call prepare() first) or is not allowed by the network rules.
     */
    QUrl buildAuthorizeUrl(const QUrl &redirectUri, const QString &state,
                           const PkceChallenge &pkce = PkceChallenge(),
                           const QList<QPair<QString, QString>> &extraParams = {}) const;

    /*! Exchanges an authorization code (RFC 6749 §4.1.3), validating the ID token if any. */
    virtual TokenReply *exchangeCode(const QString &code, const QUrl &redirectUri,
                                     const QString &codeVerifier = QString(),
                                     const QString &nonce = QString());
    /*!
     * Refreshes tokens (RFC 6749 §6). The old refresh token is kept when the response has
     * none. Pass the \a previous set so that a new ID token is checked against the old one
     * (same `iss`, `sub`, `aud`; OIDC Core §12.2).
     */
    virtual TokenReply *refreshTokens(const QString &refreshToken,
                                      const TokenSet &previous = TokenSet());
    /*!
     * Fetches the user's profile. When \a expectedSubject is set, a different `sub` is
     * rejected (OIDC Core §5.3.2).
     */
    virtual UserInfoReply *fetchUserInfo(const QString &accessToken,
                                         const QString &expectedSubject = QString());
    /*! Revokes \a token (RFC 7009) with the client's authentication. */
    virtual RevokeReply *revokeToken(const QString &token,
                                     TokenTypeHint hint = TokenTypeHint::AccessToken);
    /*! True when the provider can revoke tokens. */
    virtual bool supportsRevocation() const;

    /*!
     * The user agents this provider accepts. Default: all three (DeviceCode only with a
     * device authorization endpoint). Google refuses embedded web views.
     */
    virtual QList<UserAgent> allowedUserAgents() const;
    /*! The agent AuthFlow uses by default: the system browser (RFC 8252 §8.12). */
    virtual UserAgent preferredUserAgent() const;
    /*! True when the device authorization grant is available. */
    virtual bool supportsDeviceFlow() const;

    /*!
     * The issuer identifier that authorization responses carry in `iss` (RFC 9207), or an
     * empty string when the provider has none (plain OAuth 2.0).
     */
    virtual QString issuerIdentifier() const;
    /*! True when the provider's metadata promises `iss` in every authorization response. */
    virtual bool requiresIssuerInAuthorizationResponse() const;

    /*! Starts the device authorization grant (RFC 8628 §3.1). */
    virtual DeviceAuthorizationReply *requestDeviceAuthorization();
    /*!
     * Polls the token endpoint once for \a authorization (RFC 8628 §3.4). While the user has
     * not approved yet the reply fails with serverError() `authorization_pending` or
     * `slow_down`; AuthFlow does the polling loop.
     */
    virtual TokenReply *pollDeviceToken(const DeviceAuthorization &authorization);

    /*!
     * Checks \a url against the network rules (scheme https, or http to a loopback host when
     * allowed). Returns an AuthError with Code::Configuration when it is refused.
     */
    AuthError checkEndpoint(const QUrl &url) const;

Q_SIGNALS:
    void configurationChanged();
    void readyChanged();
    void tokensReceived(const QtSignIn::TokenSet &tokens);
    void tokensRefreshed(const QtSignIn::TokenSet &tokens);
    void userInfoReceived(const QtSignIn::UserInfo &userInfo);
    void tokenRevoked(bool revoked);
    void errorOccurred(const QtSignIn::AuthError &error);

protected:
    explicit OAuthProvider(QObject *parent = nullptr);
    OAuthProvider(OAuthProviderPrivate &dd, QObject *parent);

    /*! What a token request was for; passed to verifyTokens(). */
    struct TokenContext
    {
        enum class Kind { AuthorizationCode, Refresh, DeviceCode } kind = Kind::AuthorizationCode;
        QString nonce;     ///< The nonce sent in the authorization request, if any.
        TokenSet previous; ///< For refreshes: the set being refreshed.
    };
    using Continuation = std::function<void(const AuthError &error)>;
    using TokenContinuation = std::function<void(const AuthError &error, const TokenSet &tokens)>;

    /*! Called before each request; OpenID providers run discovery here. Default: next(NoError). */
    virtual void ensureMetadata(const Continuation &next);
    /*! Checks and completes a parsed token response (OpenID: validates the ID token). */
    virtual void verifyTokens(const TokenSet &tokens, const TokenContext &context,
                              const TokenContinuation &done);
    /*! The provider's own authorization parameters, e.g. Google's `access_type=offline`. */
    virtual QList<QPair<QString, QString>> defaultAuthorizeParams() const;
    /*! Maps a user info response to UserInfo. */
    virtual UserInfo userInfoFromJson(const QJsonObject &json) const;
    /*! The endpoint actually used (explicit, else discovered). Default: the explicit one. */
    virtual QUrl effectiveAuthorizeUrl() const;
    virtual QUrl effectiveTokenUrl() const;
    virtual QUrl effectiveUserinfoUrl() const;
    virtual QUrl effectiveRevocationUrl() const;
    virtual QUrl effectiveDeviceAuthorizationUrl() const;
    /*! Adds client authentication to a token or revocation request per effectiveClientAuthMethod(). */
    void addClientAuthentication(QNetworkRequest &request, QUrlQuery &form) const;
    /*! Sends a token request with \a form to the token endpoint and completes \a reply. */
    void sendTokenRequest(TokenReply *reply, const QUrlQuery &form, const TokenContext &context);
    /*! Finishes \a reply with \a error and emits errorOccurred(). */
    void failReply(OAuthReply *reply, const AuthError &error);
    /*! Registers a new reply (parent, auto-delete, provider signals). */
    void adoptReply(OAuthReply *reply);

    std::unique_ptr<OAuthProviderPrivate> d_ptr;

private:
    Q_DISABLE_COPY(OAuthProvider)
};

} // namespace QtSignIn
