// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsigninglobal.h>

#include <QtCore/QJsonObject>
#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>
#include <QtCore/QUrl>

namespace QtSignIn {

class UserInfoPrivate;

/*!
 * \brief Who signed in: the OIDC standard claims (OIDC Core §5.1), from any provider.
 *
 * Providers map their own profile shape onto these fields (GitHub's `id`, `login`,
 * `avatar_url` …); claims() keeps the response as received.
 *
 * \code
 * connect(provider, &QtSignIn::OAuthProvider::userInfoReceived, this,
 *         [this](const QtSignIn::UserInfo &user) { nameLabel->setText(user.displayName()); });
 * \endcode
 */
class QTSIGNINCORE_EXPORT UserInfo
{
    Q_GADGET
    Q_PROPERTY(QString subject READ subject CONSTANT)
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(QString displayName READ displayName CONSTANT)
    Q_PROPERTY(QString email READ email CONSTANT)
    Q_PROPERTY(bool emailVerified READ isEmailVerified CONSTANT)
    Q_PROPERTY(QString preferredUsername READ preferredUsername CONSTANT)
    Q_PROPERTY(QUrl pictureUrl READ pictureUrl CONSTANT)
    Q_PROPERTY(QJsonObject claims READ claims CONSTANT)

public:
    UserInfo();
    UserInfo(const UserInfo &other);
    UserInfo(UserInfo &&other) noexcept;
    UserInfo &operator=(const UserInfo &other);
    UserInfo &operator=(UserInfo &&other) noexcept;
    ~UserInfo();

    /*! True when there is no subject. */
    bool isNull() const;

    /*! The stable identifier of the user at the issuer (`sub`). */
    QString subject() const;
    void setSubject(const QString &subject);
    QString name() const;
    void setName(const QString &name);
    QString email() const;
    void setEmail(const QString &email);
    bool isEmailVerified() const;
    void setEmailVerified(bool verified);
    QString preferredUsername() const;
    void setPreferredUsername(const QString &username);
    QUrl pictureUrl() const;
    void setPictureUrl(const QUrl &url);
    /*! The claims as received. */
    QJsonObject claims() const;
    void setClaims(const QJsonObject &claims);

    /*! name(), else preferredUsername(), else email(), else subject(). */
    QString displayName() const;

    /*! Reads the OIDC standard claims from \a claims (non-string values are ignored). */
    static UserInfo fromClaims(const QJsonObject &claims);

    friend QTSIGNINCORE_EXPORT bool operator==(const UserInfo &a, const UserInfo &b);
    friend bool operator!=(const UserInfo &a, const UserInfo &b) { return !(a == b); }

private:
    QSharedDataPointer<UserInfoPrivate> d;
};

} // namespace QtSignIn
