// SPDX-License-Identifier: BSD-3-Clause
#include "usercard.h"

#include "avatar.h"

#include <QtWidgets/QGridLayout>
#include <QtWidgets/QLabel>

using QtSignIn::UserInfo;

namespace QtSignInDemo {

UserCard::UserCard(QNetworkAccessManager *network, QWidget *parent)
    : QFrame(parent)
    , m_avatar(new Avatar(network, this))
    , m_name(new QLabel(this))
    , m_email(new QLabel(this))
    , m_issuer(new QLabel(this))
{
    setObjectName(QStringLiteral("userCard"));
    setAccessibleName(tr("Signed-in user"));
    setFrameShape(QFrame::StyledPanel);

    m_name->setObjectName(QStringLiteral("nameLabel"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setWeight(QFont::DemiBold);
    m_name->setFont(big);
    m_email->setObjectName(QStringLiteral("emailLabel"));
    m_issuer->setObjectName(QStringLiteral("issuerLabel"));
    m_issuer->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *label : {m_name, m_email, m_issuer}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setHorizontalSpacing(16);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_avatar, 0, 0, 4, 1, Qt::AlignTop);
    layout->addWidget(m_name, 0, 1);
    layout->addWidget(m_email, 1, 1);
    layout->addWidget(m_issuer, 2, 1);
    layout->setRowStretch(3, 1);
    layout->setColumnStretch(1, 1);
}

void UserCard::setUser(const UserInfo &user, const QString &issuer, const QString &providerName)
{
    const QString name = user.displayName();
    m_name->setText(name);
    QString email = user.email();
    if (!email.isEmpty() && user.isEmailVerified()) {
        //: An e-mail address followed by a mark that the provider verified it.
        email = tr("%1 (verified)").arg(email);
    }
    m_email->setText(email);
    m_email->setVisible(!email.isEmpty());
    //: %1: the provider's name, %2: its issuer URL.
    m_issuer->setText(tr("Signed in with %1 · %2").arg(providerName, issuer));
    m_avatar->setUser(name, user.pictureUrl());
    //: Read by screen readers: %1 the user's name, %2 their e-mail address.
    setAccessibleDescription(tr("%1, %2").arg(name, user.email()));
}

void UserCard::clear()
{
    m_name->clear();
    m_email->clear();
    m_issuer->clear();
    m_avatar->setUser(QString(), QUrl());
}

QString UserCard::name() const
{
    return m_name->text();
}

QString UserCard::email() const
{
    return m_email->text();
}

QString UserCard::issuer() const
{
    return m_issuer->text();
}

} // namespace QtSignInDemo
