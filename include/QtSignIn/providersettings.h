// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>
#include <QtSignIn/oauthprovider.h>

#include <QtCore/QSharedDataPointer>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

QT_BEGIN_NAMESPACE
class QSettings;
class QJsonObject;
class QProcessEnvironment;
QT_END_NAMESPACE

namespace QtSignIn {

class ProviderSettingsPrivate;

/*!
 * \brief Everything needed to create a provider, from code, QSettings, JSON or environment.
 *
 * Keys are the same in every source (JSON members, QSettings keys, and `QTSIGNIN_` + upper
 * case for environment variables): `provider` (google | github | microsoft | oidc | custom),
 * `client_id`, `client_secret`, `scopes` (space or comma separated, or a JSON array),
 * `issuer`, `authorize_url`, `token_url`, `userinfo_url`, `revocation_url`, `jwks_url`,
 * `tenant`, `allowed_tenants`, `client_auth_method` (auto | none | client_secret_basic |
 * client_secret_post), `use_pkce`, `auth_timeout` and `refresh_buffer` (seconds),
 * `token_store` (keychain | memory), `allow_insecure_loopback` (also read from
 * `QTSIGNIN_ALLOW_INSECURE_HTTP`), `ca_file`, `client_certificate_file`, `client_key_file`,
 * `proxy` (none | system | a proxy URL).
 *
 * Scopes left empty mean "the provider's own defaults" (GitHub keeps `read:user user:email`,
 * Microsoft keeps `offline_access`).
 *
 * \code
 * QtSignIn::AuthError error;
 * auto settings = QtSignIn::ProviderSettings::fromJsonFile(u"signin.json"_qs, &error);
 * settings = settings.mergedWith(QtSignIn::ProviderSettings::fromEnvironment());
 * QtSignIn::OAuthProvider *provider = QtSignIn::createProvider(settings, this, &error);
 * if (!provider)
 *     qCWarning(lcApp) << error;
 * \endcode
 */
class QTSIGNINCORE_EXPORT ProviderSettings
{
    Q_GADGET
public:
    /*! Where sessions keep their tokens. */
    enum class TokenStoreBackend { Keychain, Memory };
    Q_ENUM(TokenStoreBackend)

    ProviderSettings();
    ProviderSettings(const ProviderSettings &other);
    ProviderSettings(ProviderSettings &&other) noexcept;
    ProviderSettings &operator=(const ProviderSettings &other);
    ProviderSettings &operator=(ProviderSettings &&other) noexcept;
    ~ProviderSettings();

    OAuthProvider::Type providerType() const;
    void setProviderType(OAuthProvider::Type type);
    /*! True when `provider` was given (by a setter or a source). */
    bool hasProviderType() const;

    QString clientId() const;
    void setClientId(const QString &id);
    QString clientSecret() const;
    void setClientSecret(const QString &secret);
    /*! Explicit scopes; empty means the provider's defaults. */
    QStringList scopes() const;
    void setScopes(const QStringList &scopes);

    QUrl issuer() const;
    void setIssuer(const QUrl &url);
    QUrl authorizeUrl() const;
    void setAuthorizeUrl(const QUrl &url);
    QUrl tokenUrl() const;
    void setTokenUrl(const QUrl &url);
    QUrl userinfoUrl() const;
    void setUserinfoUrl(const QUrl &url);
    QUrl revocationUrl() const;
    void setRevocationUrl(const QUrl &url);
    QUrl jwksUrl() const;
    void setJwksUrl(const QUrl &url);

    /*! Microsoft tenant, default `common`. */
    QString tenant() const;
    void setTenant(const QString &tenant);
    QStringList allowedTenants() const;
    void setAllowedTenants(const QStringList &tenants);

    OAuthProvider::ClientAuthMethod clientAuthMethod() const;
    void setClientAuthMethod(OAuthProvider::ClientAuthMethod method);
    /*! Default true. */
    bool usePkce() const;
    void setUsePkce(bool use);
    /*! Interactive sign-in timeout in seconds, default 120. */
    int authTimeout() const;
    void setAuthTimeout(int seconds);
    /*! Refresh this many seconds before expiry, default 60. */
    int refreshBuffer() const;
    void setRefreshBuffer(int seconds);
    TokenStoreBackend tokenStore() const;
    void setTokenStore(TokenStoreBackend backend);
    /*! Allow plain http to loopback hosts (development identity providers). Default false. */
    bool allowInsecureLoopback() const;
    void setAllowInsecureLoopback(bool allow);

    /*!
     * A PEM bundle (file) or folder of extra certificate authorities, trusted on top of the
     * system's roots (a company's private CA). See OAuthProvider::setCaCertificates().
     */
    QString caFile() const;
    void setCaFile(const QString &path);
    /*! PEM certificate and unencrypted PEM key for mutual TLS at the token, revocation and
     *  device endpoints (OAuthProvider::setClientCertificate()). Set both or neither. */
    QString clientCertificateFile() const;
    void setClientCertificateFile(const QString &path);
    QString clientKeyFile() const;
    void setClientKeyFile(const QString &path);
    /*! `none` (direct), `system`, or a proxy URL (`http://host:port`, `socks5://host:port`);
     *  empty: https_proxy / no_proxy, else the system's (OAuthProvider::setProxy()). */
    QString proxy() const;
    void setProxy(const QString &proxy);

    /*!
     * Checks the settings as the factory would. Returns Code::Configuration with a detail
     * naming the problem (missing client id, custom without endpoints, bad URL…).
     */
    AuthError validate() const;

    /*! Values set in \a other win over the values here. */
    ProviderSettings mergedWith(const ProviderSettings &other) const;

    /*! Reads the keys in the current group of \a settings. */
    static ProviderSettings fromSettings(QSettings &settings);
    /*! Reads a JSON object; unknown or ill-typed members set \a error (Configuration). */
    static ProviderSettings fromJson(const QJsonObject &json, AuthError *error = nullptr);
    static ProviderSettings fromJsonFile(const QString &path, AuthError *error = nullptr);
    /*!
     * The keys that were set (from code or a source), as fromJson() reads them — except
     * `client_secret`, which is never written: keep it in the keychain or the environment.
     */
    QJsonObject toJson() const;
    /*! Reads `QTSIGNIN_*` variables (from the process environment by default). */
    static ProviderSettings fromEnvironment(AuthError *error = nullptr);
    static ProviderSettings fromEnvironment(const QProcessEnvironment &environment,
                                            AuthError *error = nullptr);

    /*! `google` → Type::Google …; returns false for an unknown name. */
    static bool parseProviderType(const QString &name, OAuthProvider::Type *type);
    static QString providerTypeName(OAuthProvider::Type type);

private:
    QSharedDataPointer<ProviderSettingsPrivate> d;
};

/*!
 * Creates the provider that \a settings describe, parented to \a parent. Returns nullptr and
 * sets \a error (Code::Configuration) when the settings are invalid or the type is unknown.
 */
QTSIGNINCORE_EXPORT OAuthProvider *createProvider(const ProviderSettings &settings,
                                                  QObject *parent = nullptr,
                                                  AuthError *error = nullptr);

} // namespace QtSignIn
