// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/oauthprovider.h>

namespace QtSignIn {

/*!
 * \brief GitHub (OAuth 2.0, not OpenID Connect).
 *
 * Authorize at `https://github.com/login/oauth/authorize`, tokens from
 * `https://github.com/login/oauth/access_token` (always asked for JSON; errors that GitHub sends
 * with HTTP 200 are reported as errors), the profile from `https://api.github.com/user` plus
 * `/user/emails` when the profile e-mail is private. Default scopes `read:user user:email`.
 * PKCE (S256) is sent and its verifier is used at the exchange. GitHub App user tokens expire
 * and their refresh tokens rotate; store the new pair at once.
 *
 * Revocation uses GitHub's API (`DELETE /applications/{client_id}/token` with Basic client
 * authentication) and therefore needs the client secret.
 *
 * Register an OAuth App or GitHub App at https://github.com/settings/developers with the
 * callback `http://127.0.0.1/callback`.
 *
 * \code
 * auto *github = new QtSignIn::GitHubProvider(this);
 * github->setClientId(u"Iv1.0123456789abcdef"_qs);
 * \endcode
 */
class QTSIGNINCORE_EXPORT GitHubProvider : public OAuthProvider
{
    Q_OBJECT
    Q_PROPERTY(QUrl apiUrl READ apiUrl WRITE setApiUrl NOTIFY configurationChanged)

public:
    explicit GitHubProvider(QObject *parent = nullptr);
    ~GitHubProvider() override;

    Type type() const override;
    QString displayName() const override;
    QStringList defaultScopes() const override;
    bool supportsRevocation() const override;

    /*! The REST API root (default `https://api.github.com`; GitHub Enterprise differs). */
    QUrl apiUrl() const;
    void setApiUrl(const QUrl &url);

    UserInfoReply *fetchUserInfo(const QString &accessToken,
                                 const QString &expectedSubject = QString()) override;
    RevokeReply *revokeToken(const QString &token,
                             TokenTypeHint hint = TokenTypeHint::AccessToken) override;

protected:
    UserInfo userInfoFromJson(const QJsonObject &json) const override;
};

} // namespace QtSignIn
