// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/genericoidcprovider.h>

namespace QtSignIn {

/*!
 * \brief Microsoft identity platform (Entra ID, personal Microsoft accounts).
 *
 * Endpoints `https://login.microsoftonline.com/{tenant}/oauth2/v2.0/…`, default scopes
 * `openid email profile offline_access`. The tenant is `common` by default; also
 * `organizations`, `consumers`, a tenant GUID or a verified domain.
 *
 * For the multi-tenant values the discovered issuer is the template
 * `https://login.microsoftonline.com/{tenantid}/v2.0`: each ID token's `iss` is checked against
 * that template filled with the token's own `tid` claim, and, when setAllowedTenants() is
 * non-empty, `tid` must be in that list. Microsoft has no RFC 7009 revocation endpoint, so
 * supportsRevocation() is false.
 *
 * Register a "Mobile and desktop application" redirect `http://localhost` at
 * https://entra.microsoft.com (App registrations).
 *
 * \code
 * auto *microsoft = new QtSignIn::MicrosoftProvider(u"organizations"_qs, this);
 * microsoft->setClientId(u"00000000-0000-0000-0000-000000000000"_qs);
 * microsoft->setAllowedTenants({u"72f988bf-86f1-41af-91ab-2d7cd011db47"_qs});
 * \endcode
 */
class QTSIGNINCORE_EXPORT MicrosoftProvider : public GenericOidcProvider
{
    Q_OBJECT
    Q_PROPERTY(QString tenant READ tenant WRITE setTenant NOTIFY configurationChanged)
    Q_PROPERTY(QStringList allowedTenants READ allowedTenants WRITE setAllowedTenants NOTIFY
                   configurationChanged)

public:
    explicit MicrosoftProvider(QObject *parent = nullptr);
    explicit MicrosoftProvider(const QString &tenant, QObject *parent = nullptr);
    ~MicrosoftProvider() override;

    Type type() const override;
    QString displayName() const override;
    QStringList defaultScopes() const override;
    bool supportsRevocation() const override;

    QString tenant() const;
    /*!
     * Sets the tenant (empty means `common`) and, like setAuthority(), resets the issuer and
     * the authorization, token and device endpoints for it. For declarative use (QML), where
     * the constructor argument is not available; set it before the first sign-in.
     */
    void setTenant(const QString &tenant);
    /*! True for `common`, `organizations` and `consumers`. */
    bool isMultiTenant() const;
    QStringList allowedTenants() const;
    void setAllowedTenants(const QStringList &tenantIds);

    /*! The login host (default `https://login.microsoftonline.com`). */
    static QUrl defaultAuthority();
    QUrl authority() const;
    /*!
     * Sets the login host, e.g. `https://login.microsoftonline.us` for a national cloud.
     * Resets the issuer and the authorization and token endpoints for the tenant.
     */
    void setAuthority(const QUrl &authority);

protected:
    AuthError checkDiscoveredIssuer(const QString &discoveredIssuer) const override;
    AuthError checkTokenIssuer(const QString &iss, const QJsonObject &claims) const override;
};

} // namespace QtSignIn
