// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/oauthreply.h>

namespace QtSignIn {

/*!
 * \brief The answer of a token revocation (RFC 7009).
 *
 * isRevoked() is false when the provider has no revocation endpoint or the request failed;
 * error() then says why. Revocation never throws and never blocks a local sign-out.
 *
 * \code
 * auto *reply = provider->revokeToken(tokens.refreshToken(),
 *                                     QtSignIn::OAuthProvider::TokenTypeHint::RefreshToken);
 * connect(reply, &QtSignIn::RevokeReply::finished, reply, &QObject::deleteLater);
 * \endcode
 */
class QTSIGNINCORE_EXPORT RevokeReply : public OAuthReply
{
    Q_OBJECT
public:
    explicit RevokeReply(QObject *parent = nullptr);
    ~RevokeReply() override;

    bool isRevoked() const;

private:
    friend class ReplyAccess;
};

} // namespace QtSignIn
