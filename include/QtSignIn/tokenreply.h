// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/oauthreply.h>
#include <QtSignIn/tokenset.h>

namespace QtSignIn {

/*!
 * \brief The answer of a token request: a code exchange or a refresh.
 *
 * On success tokens() holds the validated token set (for OpenID providers the ID token's
 * signature and claims have been checked and its claims are in TokenSet::idTokenClaims()).
 *
 * \code
 * auto *reply = provider->exchangeCode(code, redirectUri, pkce.verifier(), nonce);
 * connect(reply, &QtSignIn::TokenReply::finished, this, [reply] {
 *     if (!reply->hasError())
 *         useTokens(reply->tokens());
 *     reply->deleteLater();
 * });
 * \endcode
 */
class QTSIGNINCORE_EXPORT TokenReply : public OAuthReply
{
    Q_OBJECT
public:
    explicit TokenReply(QObject *parent = nullptr);
    ~TokenReply() override;

    /*! The tokens; null until finished without error. */
    TokenSet tokens() const;

private:
    friend class ReplyAccess;
};

} // namespace QtSignIn
