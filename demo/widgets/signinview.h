// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/oauthprovider.h>

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace QtSignInDemo {

/*! The signed-out page: one button per user agent the provider allows. */
class SignInView : public QWidget
{
    Q_OBJECT
public:
    explicit SignInView(QWidget *parent = nullptr);

    /*! Enables the buttons of \a agents (the provider's allowedUserAgents()). */
    void setAllowedAgents(const QList<QtSignIn::OAuthProvider::UserAgent> &agents);
    /*! A line under the title: what is going on ("Restoring…", "Session expired"…). */
    void setStatus(const QString &text);
    QString status() const;
    /*! Disables the buttons while something runs. */
    void setBusy(bool busy);
    /*! "Back" is offered when a user is signed in and this page adds another account. */
    void setBackVisible(bool visible);

    QPushButton *button(QtSignIn::OAuthProvider::UserAgent agent) const;

Q_SIGNALS:
    void signInRequested(QtSignIn::OAuthProvider::UserAgent agent);
    void backRequested();

private:
    void updateButtons();

    QLabel *m_status;
    QPushButton *m_embedded;
    QPushButton *m_browser;
    QPushButton *m_device;
    QPushButton *m_back;
    QList<QtSignIn::OAuthProvider::UserAgent> m_allowed;
    bool m_busy = false;
};

} // namespace QtSignInDemo
