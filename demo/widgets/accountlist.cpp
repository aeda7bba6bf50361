// SPDX-License-Identifier: BSD-3-Clause
#include "accountlist.h"

#include <QtSignIn/authsession.h>

#include <QtGui/QKeyEvent>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QVBoxLayout>

using QtSignIn::AuthSession;
using QtSignIn::StoredAccount;

namespace QtSignInDemo {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

AccountList::AccountList(QWidget *parent)
    : QGroupBox(tr("Accounts"), parent)
    , m_list(new QListWidget(this))
    //: Button: makes the selected remembered account the signed-in one.
    , m_switchButton(new QPushButton(tr("S&witch"), this))
    //: Button: signs the selected account out and forgets it.
    , m_removeButton(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("accountList"));
    m_list->setObjectName(QStringLiteral("accountsView"));
    m_list->setAccessibleName(tr("Remembered accounts"));
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_switchButton->setObjectName(QStringLiteral("switchAccountButton"));
    m_switchButton->setToolTip(tr("Make the selected account the current one"));
    m_removeButton->setObjectName(QStringLiteral("removeAccountButton"));
    m_removeButton->setToolTip(tr("Sign the selected account out and forget it"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_switchButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &AccountList::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_switchButton->click(); });
    connect(m_switchButton, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        if (m_session && !id.isEmpty() && id != m_session->currentAccountId())
            m_session->switchAccount(id);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        if (m_session && !id.isEmpty())
            m_session->removeAccount(id);
    });
    updateButtons();
}

void AccountList::setSession(AuthSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &AuthSession::accountsChanged, this, &AccountList::reload);
        connect(session, &AuthSession::currentAccountChanged, this, &AccountList::reload);
        connect(session, &AuthSession::stateChanged, this, &AccountList::reload);
    }
    reload();
}

int AccountList::count() const
{
    return m_list->count();
}

void AccountList::reload()
{
    const QString selected = selectedId();
    m_list->clear();
    if (!m_session) {
        updateButtons();
        return;
    }
    const QString current = m_session->isSignedIn() ? m_session->currentAccountId() : QString();
    const QList<StoredAccount> accounts = m_session->accounts();
    for (const StoredAccount &account : accounts) {
        auto *item = new QListWidgetItem(m_list);
        QString text = account.displayName();
        if (!account.email().isEmpty() && account.email() != text)
            text += u'\n' + account.email();
        item->setText(text);
        item->setData(IdRole, account.id());
        item->setToolTip(account.issuer());
        if (account.id() == current) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
            //: Accessible text of the account that is signed in now.
            item->setData(Qt::AccessibleDescriptionRole, tr("Current account"));
        }
        if (account.id() == selected)
            m_list->setCurrentItem(item);
    }
    if (accounts.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No account remembered yet"), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

QString AccountList::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void AccountList::updateButtons()
{
    const QString id = selectedId();
    m_switchButton->setEnabled(!id.isEmpty() && m_session &&
                               !(m_session->isSignedIn() && id == m_session->currentAccountId()));
    m_removeButton->setEnabled(!id.isEmpty());
}

} // namespace QtSignInDemo
