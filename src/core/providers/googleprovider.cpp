// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/googleprovider.h>

namespace QtSignIn {

GoogleProvider::GoogleProvider(QObject *parent)
    : GenericOidcProvider(QUrl(QStringLiteral("https://accounts.google.com")), parent)
{
    // Google's documented endpoints; with the key set also known, no discovery round trip is
    // needed before a sign-in. Google signs ID tokens with RS256, the discovery default.
    setAuthorizeUrl(QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth")));
    setTokenUrl(QUrl(QStringLiteral("https://oauth2.googleapis.com/token")));
    setUserinfoUrl(QUrl(QStringLiteral("https://openidconnect.googleapis.com/v1/userinfo")));
    setRevocationUrl(QUrl(QStringLiteral("https://oauth2.googleapis.com/revoke")));
    setJwksUrl(QUrl(QStringLiteral("https://www.googleapis.com/oauth2/v3/certs")));
    setDeviceAuthorizationUrl(QUrl(QStringLiteral("https://oauth2.googleapis.com/device/code")));
}

GoogleProvider::~GoogleProvider() = default;

OAuthProvider::Type GoogleProvider::type() const
{
    return Type::Google;
}

QString GoogleProvider::displayName() const
{
    return QStringLiteral("Google");
}

QList<OAuthProvider::UserAgent> GoogleProvider::allowedUserAgents() const
{
    // Google answers `403 disallowed_useragent` inside embedded web views.
    return {UserAgent::SystemBrowser, UserAgent::DeviceCode};
}

QList<QPair<QString, QString>> GoogleProvider::defaultAuthorizeParams() const
{
    // Without these Google issues no refresh token, or only on the very first consent.
    return {{QStringLiteral("access_type"), QStringLiteral("offline")},
            {QStringLiteral("prompt"), QStringLiteral("consent")}};
}

AuthError GoogleProvider::checkTokenIssuer(const QString &iss, const QJsonObject &claims) const
{
    // Google documents both forms of its issuer in ID tokens.
    if (iss == u"accounts.google.com")
        return AuthError();
    return GenericOidcProvider::checkTokenIssuer(iss, claims);
}

} // namespace QtSignIn
