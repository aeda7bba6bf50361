// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/authsession.h>

#include <QtCore/QPointer>
#include <QtWidgets/QGroupBox>

QT_BEGIN_NAMESPACE
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace QtSignInDemo {

/*! The accounts kept for the current provider: switch to one, or remove it. */
class AccountList : public QGroupBox
{
    Q_OBJECT
public:
    explicit AccountList(QWidget *parent = nullptr);

    void setSession(QtSignIn::AuthSession *session);
    int count() const;
    QListWidget *list() const { return m_list; }

private:
    void reload();
    void updateButtons();
    QString selectedId() const;

    QPointer<QtSignIn::AuthSession> m_session;
    QListWidget *m_list;
    QPushButton *m_switchButton;
    QPushButton *m_removeButton;
};

} // namespace QtSignInDemo
