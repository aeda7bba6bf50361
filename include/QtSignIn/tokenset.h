// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsigninglobal.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>
#include <QtCore/QStringList>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace QtSignIn {

class TokenSetPrivate;

/*!
 * \brief The tokens a provider issued: an RFC 6749 §5.1 access token response.
 *
 * issuedAt() is the time the token request was \e sent, so expiresAt() errs on the early side.
 * scopes() is always a list, whatever separator the server used (GitHub uses commas).
 * expiresIn() is coerced from a number or numeric string and clamped to [0, 10 years];
 * -1 means the server gave no lifetime.
 *
 * A TokenSet holds secrets: its QDebug output shows only which tokens are present.
 *
 * \code
 * QtSignIn::TokenSet tokens = reply->tokens();
 * if (!tokens.isExpired(60))
 *     request.setRawHeader("Authorization", tokens.authorizationHeader());
 * \endcode
 */
class QTSIGNINCORE_EXPORT TokenSet
{
    Q_GADGET
    Q_PROPERTY(QString tokenType READ tokenType CONSTANT)
    Q_PROPERTY(QStringList scopes READ scopes CONSTANT)
    Q_PROPERTY(QDateTime issuedAt READ issuedAt CONSTANT)
    Q_PROPERTY(QDateTime expiresAt READ expiresAt CONSTANT)
    Q_PROPERTY(bool hasRefreshToken READ hasRefreshToken CONSTANT)
    Q_PROPERTY(QJsonObject idTokenClaims READ idTokenClaims CONSTANT)

public:
    TokenSet();
    TokenSet(const TokenSet &other);
    TokenSet(TokenSet &&other) noexcept;
    TokenSet &operator=(const TokenSet &other);
    TokenSet &operator=(TokenSet &&other) noexcept;
    ~TokenSet();

    /*! True when there is no access token. */
    bool isNull() const;

    QString accessToken() const;
    void setAccessToken(const QString &token);
    /*! The token type, `Bearer` by default. */
    QString tokenType() const;
    void setTokenType(const QString &type);
    QString refreshToken() const;
    void setRefreshToken(const QString &token);
    bool hasRefreshToken() const { return !refreshToken().isEmpty(); }
    /*! Lifetime in seconds from issuedAt(), or -1 when unknown. */
    qint64 expiresIn() const;
    void setExpiresIn(qint64 seconds);
    /*! The raw ID token (compact JWS), if any. */
    QString idToken() const;
    void setIdToken(const QString &token);
    /*! The granted scopes (RFC 6749 §3.3), normalised to a list. */
    QStringList scopes() const;
    void setScopes(const QStringList &scopes);
    /*! When the token request was sent (UTC). */
    QDateTime issuedAt() const;
    void setIssuedAt(const QDateTime &time);
    /*! The full response as received. */
    QJsonObject raw() const;
    void setRaw(const QJsonObject &raw);

    /*! Claims of the ID token once a provider has validated it; empty otherwise. */
    QJsonObject idTokenClaims() const;
    void setIdTokenClaims(const QJsonObject &claims);

    /*! issuedAt() + expiresIn(), or an invalid QDateTime when the lifetime is unknown. */
    QDateTime expiresAt() const;
    /*!
     * True when the access token has expired or will within \a leewaySeconds.
     * A token with an unknown lifetime is never considered expired; a null set always is.
     */
    bool isExpired(qint64 leewaySeconds = 0) const;
    /*! `<tokenType> <accessToken>`, ready for an Authorization header. */
    QByteArray authorizationHeader() const;

    /*!
     * Parses an access token response. Returns a null TokenSet when \a json has no non-empty
     * string `access_token`. \a issuedAt defaults to now.
     */
    static TokenSet fromJson(const QJsonObject &json, const QDateTime &issuedAt = QDateTime());
    /*! Splits a scope string on spaces and commas, dropping empty and duplicate entries. */
    static QStringList parseScopes(const QString &scope);

    friend QTSIGNINCORE_EXPORT bool operator==(const TokenSet &a, const TokenSet &b);
    friend bool operator!=(const TokenSet &a, const TokenSet &b) { return !(a == b); }

private:
    QSharedDataPointer<TokenSetPrivate> d;
};

/*! Prints presence flags, type, scopes and expiry; never a token. */
QTSIGNINCORE_EXPORT QDebug operator<<(QDebug debug, const TokenSet &tokens);

} // namespace QtSignIn
