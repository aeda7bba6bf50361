// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/userinfo.h>

#include <QtWidgets/QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace QtSignInDemo {

class Avatar;

/*! Who is signed in: avatar, name, e-mail address and the issuer that vouches for them. */
class UserCard : public QFrame
{
    Q_OBJECT
public:
    explicit UserCard(QNetworkAccessManager *network, QWidget *parent = nullptr);

    void setUser(const QtSignIn::UserInfo &user, const QString &issuer,
                 const QString &providerName);
    void clear();

    QString name() const;
    QString email() const;
    QString issuer() const;
    Avatar *avatar() const { return m_avatar; }

private:
    Avatar *m_avatar;
    QLabel *m_name;
    QLabel *m_email;
    QLabel *m_issuer;
};

} // namespace QtSignInDemo
