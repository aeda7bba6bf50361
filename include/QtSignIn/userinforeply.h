// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/oauthreply.h>
#include <QtSignIn/userinfo.h>

namespace QtSignIn {

/*!
 * \brief The answer of a user info request (OIDC Core §5.3, or the provider's own API).
 *
 * When an expected subject was given, a response for another `sub` fails with
 * AuthError::Code::InvalidResponse (OIDC Core §5.3.2).
 *
 * \code
 * auto *reply = provider->fetchUserInfo(tokens.accessToken(), tokens.idTokenClaims()
 *                                           .value(QStringLiteral("sub")).toString());
 * connect(reply, &QtSignIn::UserInfoReply::finished, this, [reply] {
 *     if (!reply->hasError())
 *         showUser(reply->userInfo());
 *     reply->deleteLater();
 * });
 * \endcode
 */
class QTSIGNINCORE_EXPORT UserInfoReply : public OAuthReply
{
    Q_OBJECT
public:
    explicit UserInfoReply(QObject *parent = nullptr);
    ~UserInfoReply() override;

    UserInfo userInfo() const;

private:
    friend class ReplyAccess;
};

} // namespace QtSignIn
