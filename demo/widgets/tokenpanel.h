// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/authsession.h>

#include <QtCore/QJsonObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QGroupBox>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace QtSignInDemo {

/*!
 * The session's tokens as a developer wants to see them, without ever showing one: when the
 * access token expires, the granted scopes, whether a refresh token is kept, "Refresh now",
 * "Copy access token" and the validated ID-token claims.
 */
class TokenPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit TokenPanel(QWidget *parent = nullptr);

    void setSession(QtSignIn::AuthSession *session);

    QString expiryText() const;
    QString scopesText() const;
    /*! The claims shown, for tests: name → value as displayed. */
    QStringList claimNames() const;
    QString claimValue(const QString &name) const;

Q_SIGNALS:
    /*! A short note for the status bar ("Access token copied"). */
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateTokens();
    void updateCountdown();
    void copyAccessToken();
    static void addClaim(QTreeWidgetItem *parent, QTreeWidget *tree, const QString &name,
                         const QJsonValue &value);

    QPointer<QtSignIn::AuthSession> m_session;
    QTimer m_tick;
    QLabel *m_expiry;
    QLabel *m_scopes;
    QLabel *m_refresh;
    QPushButton *m_refreshButton;
    QPushButton *m_copyButton;
    QTreeWidget *m_claims;
};

} // namespace QtSignInDemo
