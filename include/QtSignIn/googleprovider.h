// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/genericoidcprovider.h>

namespace QtSignIn {

/*!
 * \brief Google accounts (OpenID Connect).
 *
 * Static endpoints from Google's documentation; discovery is used for the signing keys.
 * Every authorization request carries `access_type=offline` and `prompt=consent` so that a
 * refresh token is issued (override them with extra parameters). Google's "Desktop app"
 * clients must send their client secret even with PKCE: set it with setClientSecret(); it
 * is not confidential for installed apps, which is why PKCE is still used. Google refuses
 * embedded web views (`403 disallowed_useragent`): sign in through the system browser.
 *
 * Register a "Desktop app" OAuth client at https://console.cloud.google.com/apis/credentials.
 *
 * \code
 * auto *google = new QtSignIn::GoogleProvider(this);
 * google->setClientId(u"1234-abc.apps.googleusercontent.com"_qs);
 * google->setClientSecret(u"GOCSPX-…"_qs);
 * \endcode
 */
class QTSIGNINCORE_EXPORT GoogleProvider : public GenericOidcProvider
{
    Q_OBJECT
public:
    explicit GoogleProvider(QObject *parent = nullptr);
    ~GoogleProvider() override;

    Type type() const override;
    QString displayName() const override;
    /*! The system browser and the device flow: Google blocks embedded web views. */
    QList<UserAgent> allowedUserAgents() const override;

protected:
    QList<QPair<QString, QString>> defaultAuthorizeParams() const override;
    AuthError checkTokenIssuer(const QString &iss, const QJsonObject &claims) const override;
};

} // namespace QtSignIn
