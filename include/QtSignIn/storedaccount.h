// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/tokenset.h>
#include <QtSignIn/userinfo.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>
#include <QtCore/QStringList>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace QtSignIn {

class StoredAccountPrivate;

/*!
 * \brief One signed-in account as a TokenStore keeps it.
 *
 * Holds what is needed to restore a session without a round trip: the refresh token, the
 * access token and its expiry, the granted scopes, the validated ID-token claims, and who the
 * user is (issuer, client, subject, name, e-mail, picture). id() is derived from issuer,
 * client id and subject, so two accounts at one issuer, and one subject at two issuers,
 * never collide.
 *
 * A StoredAccount holds secrets: QDebug prints only its id, issuer and name.
 *
 * \code
 * QtSignIn::StoredAccount account;
 * account.setIdentity(issuer, provider->clientId(), user);
 * account.setTokens(tokens);
 * store->save(account);
 * \endcode
 */
class QTSIGNINCORE_EXPORT StoredAccount
{
    Q_GADGET
    Q_PROPERTY(QString id READ id CONSTANT)
    Q_PROPERTY(QString issuer READ issuer CONSTANT)
    Q_PROPERTY(QString subject READ subject CONSTANT)
    Q_PROPERTY(QString displayName READ displayName CONSTANT)
    Q_PROPERTY(QString email READ email CONSTANT)
    Q_PROPERTY(QString providerName READ providerName CONSTANT)

public:
    StoredAccount();
    StoredAccount(const StoredAccount &other);
    StoredAccount(StoredAccount &&other) noexcept;
    StoredAccount &operator=(const StoredAccount &other);
    StoredAccount &operator=(StoredAccount &&other) noexcept;
    ~StoredAccount();

    /*! True when there is no subject (nothing to store). */
    bool isNull() const;

    /*! A stable key: base64url(SHA-256(issuer \\n clientId \\n subject)), 43 characters. */
    QString id() const;
    static QString makeId(const QString &issuer, const QString &clientId, const QString &subject);

    QString issuer() const;
    QString clientId() const;
    QString subject() const;
    /*! Sets issuer, client and the user's identity (subject, name, e-mail, picture). */
    void setIdentity(const QString &issuer, const QString &clientId, const UserInfo &user);
    /*! The user as stored (no network needed). */
    UserInfo user() const;
    QString displayName() const;
    QString email() const;

    /*! `google`, `github`, `microsoft`, `oidc` or `custom` (ProviderSettings names). */
    QString providerName() const;
    void setProviderName(const QString &name);

    /*! The tokens as stored (access token, expiry, refresh token, scopes, ID-token claims). */
    TokenSet tokens() const;
    void setTokens(const TokenSet &tokens);
    bool hasRefreshToken() const;

    /*! When the entry was last written (UTC). */
    QDateTime updatedAt() const;
    void setUpdatedAt(const QDateTime &time);

    /*! The full serialised form, secrets included (what a store writes). */
    QJsonObject toJson() const;
    /*! The non-secret part (what account lists show): no token of any kind. */
    QJsonObject toPublicJson() const;
    /*! Parses toJson() or toPublicJson() output; null on malformed input. */
    static StoredAccount fromJson(const QJsonObject &json);

    friend QTSIGNINCORE_EXPORT bool operator==(const StoredAccount &a, const StoredAccount &b);
    friend bool operator!=(const StoredAccount &a, const StoredAccount &b) { return !(a == b); }

private:
    QSharedDataPointer<StoredAccountPrivate> d;
};

/*! Prints id, issuer and display name; never a token. */
QTSIGNINCORE_EXPORT QDebug operator<<(QDebug debug, const StoredAccount &account);

} // namespace QtSignIn
