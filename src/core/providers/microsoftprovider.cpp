// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/microsoftprovider.h>

#include "providers/genericoidcprovider_p.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QUuid>

namespace QtSignIn {

namespace {

class MicrosoftProviderPrivate : public GenericOidcProviderPrivate
{
public:
    QString tenant;
    QUrl authority;
    QStringList allowedTenants;
};

bool isGuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace

#define D() auto *d = static_cast<MicrosoftProviderPrivate *>(d_ptr.get())
#define CD() const auto *d = static_cast<const MicrosoftProviderPrivate *>(d_ptr.get())

MicrosoftProvider::MicrosoftProvider(QObject *parent)
    : MicrosoftProvider(QStringLiteral("common"), parent)
{
}

MicrosoftProvider::MicrosoftProvider(const QString &tenant, QObject *parent)
    : GenericOidcProvider(*new MicrosoftProviderPrivate, parent)
{
    D();
    d->tenant = tenant.isEmpty() ? QStringLiteral("common") : tenant;
    setAuthority(defaultAuthority());
}

MicrosoftProvider::~MicrosoftProvider() = default;

QUrl MicrosoftProvider::defaultAuthority()
{
    return QUrl(QStringLiteral("https://login.microsoftonline.com"));
}

QUrl MicrosoftProvider::authority() const
{
    CD();
    return d->authority;
}

void MicrosoftProvider::setAuthority(const QUrl &authority)
{
    D();
    QString base = authority.toString(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    d->authority = QUrl(base, QUrl::StrictMode);
    const QString tenantBase = base + u'/' + d->tenant;
    setIssuer(QUrl(tenantBase + QStringLiteral("/v2.0")));
    setAuthorizeUrl(QUrl(tenantBase + QStringLiteral("/oauth2/v2.0/authorize")));
    setTokenUrl(QUrl(tenantBase + QStringLiteral("/oauth2/v2.0/token")));
    setDeviceAuthorizationUrl(QUrl(tenantBase + QStringLiteral("/oauth2/v2.0/devicecode")));
    // The public cloud's Graph host is known; national clouds have their own (graph.microsoft.us,
    // microsoftgraph.chinacloudapi.cn…), so there the discovered userinfo_endpoint is used
    // rather than sending their access tokens to the public cloud.
    setUserinfoUrl(d->authority == defaultAuthority()
                       ? QUrl(QStringLiteral("https://graph.microsoft.com/oidc/userinfo"))
                       : QUrl());
    // The keys come from discovery (`{tenant}/discovery/v2.0/keys`).
}

OAuthProvider::Type MicrosoftProvider::type() const
{
    return Type::Microsoft;
}

QString MicrosoftProvider::displayName() const
{
    return QStringLiteral("Microsoft");
}

QStringList MicrosoftProvider::defaultScopes() const
{
    // offline_access is what makes Entra ID issue a refresh token.
    return {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile"),
            QStringLiteral("offline_access")};
}

bool MicrosoftProvider::supportsRevocation() const
{
    // The identity platform has no RFC 7009 endpoint; sign-out is local.
    return false;
}

QString MicrosoftProvider::tenant() const
{
    CD();
    return d->tenant;
}

void MicrosoftProvider::setTenant(const QString &tenant)
{
    D();
    const QString effective = tenant.isEmpty() ? QStringLiteral("common") : tenant;
    if (effective == d->tenant)
        return;
    d->tenant = effective;
    // Every tenant-specific URL derives from authority + tenant: rebuild them all at once.
    setAuthority(d->authority);
}

bool MicrosoftProvider::isMultiTenant() const
{
    CD();
    return d->tenant == u"common" || d->tenant == u"organizations" || d->tenant == u"consumers";
}

QStringList MicrosoftProvider::allowedTenants() const
{
    CD();
    return d->allowedTenants;
}

void MicrosoftProvider::setAllowedTenants(const QStringList &tenantIds)
{
    D();
    QStringList normalised;
    for (const QString &id : tenantIds)
        normalised.append(id.trimmed().toLower());
    if (d->allowedTenants == normalised)
        return;
    d->allowedTenants = normalised;
    Q_EMIT configurationChanged();
}

AuthError MicrosoftProvider::checkDiscoveredIssuer(const QString &discovered) const
{
    CD();
    // The document for `common`/`organizations` names the template
    // `{authority}/{tenantid}/v2.0`; `consumers` and domain tenants name a tenant GUID.
    const QString prefix = d->authority.toString(QUrl::FullyEncoded) + u'/';
    const QString suffix = QStringLiteral("/v2.0");
    if (discovered.startsWith(prefix) && discovered.endsWith(suffix)) {
        const QString middle =
            discovered.mid(prefix.size(), discovered.size() - prefix.size() - suffix.size());
        if (middle == u"{tenantid}" || isGuid(middle) || middle == d->tenant)
            return AuthError();
    }
    return AuthError(AuthError::Code::DiscoveryFailed,
                     QStringLiteral("unexpected Microsoft issuer %1").arg(discovered.left(200)));
}

AuthError MicrosoftProvider::checkTokenIssuer(const QString &iss, const QJsonObject &claims) const
{
    CD();
    const QString tid = claims.value(u"tid").toString().toLower();
    if (!isGuid(tid))
        return AuthError(AuthError::Code::IdTokenInvalid,
                         QStringLiteral("ID token has no valid tid claim"));
    if (!d->allowedTenants.isEmpty() && !d->allowedTenants.contains(tid))
        return AuthError(AuthError::Code::IdTokenInvalid,
                         QStringLiteral("tenant %1 is not allowed").arg(tid));
    // REFERENCE.md fault 2: with a multi-tenant authority the issuer differs per tenant, so
    // the template is filled with the token's own tid (Microsoft's documented rule).
    const QString discovered = metadata().value(u"issuer").toString();
    QString expected = discovered;
    if (discovered.contains(u"{tenantid}"))
        expected.replace(QStringLiteral("{tenantid}"), tid);
    if (iss != expected)
        return AuthError(AuthError::Code::IdTokenInvalid,
                         QStringLiteral("iss %1 does not match %2").arg(iss.left(200), expected));
    // A single-tenant configuration must only accept its own tenant.
    if (!isMultiTenant() && isGuid(d->tenant) && tid != d->tenant.toLower())
        return AuthError(AuthError::Code::IdTokenInvalid,
                         QStringLiteral("token is for tenant %1, not %2").arg(tid, d->tenant));
    if (d->tenant == u"consumers" && tid != u"9188040d-6c67-4c5b-b112-36a304b66dad")
        return AuthError(AuthError::Code::IdTokenInvalid,
                         QStringLiteral("not a personal Microsoft account"));
    return AuthError();
}

} // namespace QtSignIn
