// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/oauthprovider.h>

#include <QtCore/QJsonObject>

namespace QtSignIn {

class GenericOidcProviderPrivate;

/*!
 * \brief Any OpenID Connect provider, configured by discovery.
 *
 * prepare() loads `{issuer}/.well-known/openid-configuration` (OIDC Discovery §4) and starts
 * loading the provider's signing keys, so they are ready when the code comes back. The discovered
 * `issuer` must equal the configured one exactly; endpoints set explicitly win over discovered
 * ones. Metadata and keys are cached per issuer for every provider instance in the process,
 * honouring `Cache-Control: max-age`; a failed discovery is remembered briefly so that a broken
 * provider is not hammered. An ID token signed with an unknown `kid` triggers one (rate-limited)
 * refetch of the keys, so key rotation works without a restart.
 *
 * Every ID token is validated per OIDC Core §3.1.3.7: signature (RS/PS/ES 256/384/512 and
 * EdDSA, never `none` or HMAC, only algorithms the provider advertises), `iss`, `aud` and
 * `azp`, `exp`/`nbf`/`iat` with clockSkew(), `nonce`, and `at_hash` when present. ID tokens
 * from a refresh must keep the same `iss`, `sub` and `aud` (OIDC Core §12.2).
 *
 * A provider configured with explicit endpoints and no issuer (Type::Custom) cannot validate
 * ID tokens: they are then ignored (no claims are exposed) unless requireIdTokenValidation()
 * is set, in which case the token response fails with Code::Configuration.
 *
 * \code
 * auto *provider = new QtSignIn::GenericOidcProvider(QUrl(u"https://login.example.com"_qs));
 * provider->setClientId(u"desktop-app"_qs);
 * connect(provider->prepare(), &QtSignIn::OAuthReply::finished, this, &App::startSignIn);
 * \endcode
 */
class QTSIGNINCORE_EXPORT GenericOidcProvider : public OAuthProvider
{
    Q_OBJECT
    Q_PROPERTY(QUrl issuer READ issuer WRITE setIssuer NOTIFY configurationChanged)
    Q_PROPERTY(QUrl jwksUrl READ jwksUrl WRITE setJwksUrl NOTIFY configurationChanged)
    Q_PROPERTY(bool requireIdTokenValidation READ requireIdTokenValidation WRITE
                   setRequireIdTokenValidation NOTIFY configurationChanged)
    Q_PROPERTY(QJsonObject metadata READ metadata NOTIFY readyChanged)

public:
    explicit GenericOidcProvider(QObject *parent = nullptr);
    explicit GenericOidcProvider(const QUrl &issuer, QObject *parent = nullptr);
    ~GenericOidcProvider() override;

    Type type() const override;
    QString displayName() const override;
    bool isOpenIdConnect() const override;
    /*! `openid email profile`. */
    QStringList defaultScopes() const override;

    QUrl issuer() const;
    void setIssuer(const QUrl &issuer);
    /*! The JWKS location: explicit, else from discovery. */
    QUrl jwksUrl() const;
    void setJwksUrl(const QUrl &url);

    /*! When true (default) an ID token that cannot be validated fails the token request. */
    bool requireIdTokenValidation() const;
    void setRequireIdTokenValidation(bool require);

    /*! The discovered provider metadata (empty before prepare() succeeds). */
    QJsonObject metadata() const;

    bool isReady() const override;
    bool supportsRevocation() const override;
    ClientAuthMethod effectiveClientAuthMethod() const override;
    QString issuerIdentifier() const override;
    bool requiresIssuerInAuthorizationResponse() const override;

    /*!
     * Forgets all cached discovery documents and key sets: in this process and in
     * metadataCacheDirectory().
     */
    static void clearMetadataCache();

    /*!
     * Where discovery documents and key sets are kept between runs, so that a restarted
     * application signs in or refreshes without fetching them again while they are fresh
     * (Cache-Control max-age, at most a day). They are public data: no token or secret is ever
     * written there. Default: QStandardPaths::CacheLocation + "/qtsignin-metadata", resolved
     * when first needed (after QCoreApplication's names are set).
     */
    static QString metadataCacheDirectory();
    /*! Sets the directory; an empty string keeps metadata in memory only. */
    static void setMetadataCacheDirectory(const QString &directory);

protected:
    GenericOidcProvider(GenericOidcProviderPrivate &dd, QObject *parent);

    void ensureMetadata(const Continuation &next) override;
    void verifyTokens(const TokenSet &tokens, const TokenContext &context,
                      const TokenContinuation &done) override;
    QUrl effectiveAuthorizeUrl() const override;
    QUrl effectiveTokenUrl() const override;
    QUrl effectiveUserinfoUrl() const override;
    QUrl effectiveRevocationUrl() const override;
    QUrl effectiveDeviceAuthorizationUrl() const override;

    /*!
     * Checks the discovered `issuer` member. Default: exact equality with issuer().
     * MicrosoftProvider accepts its `{tenantid}` template here.
     */
    virtual AuthError checkDiscoveredIssuer(const QString &discoveredIssuer) const;
    /*!
     * Checks an ID token's `iss` claim given all its \a claims. Default: exact equality with
     * the discovered issuer. MicrosoftProvider fills the template with the token's `tid`.
     */
    virtual AuthError checkTokenIssuer(const QString &iss, const QJsonObject &claims) const;
    /*! The URL discovery is loaded from; may differ from issuer() (Microsoft tenants). */
    QUrl discoveryIssuer() const;
    void setDiscoveryIssuer(const QUrl &url);

private:
    /*! Checks a discovery document and, when it passes, makes it the provider's metadata. */
    AuthError adoptMetadata(const QJsonObject &document);
};

} // namespace QtSignIn
