// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/authflow.h>
#include <QtSignIn/deviceauthorization.h>

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace QtSignInDemo {

/*!
 * Sign-in on another device (RFC 8628): the user code to type, large and copyable, the
 * verification link, and a countdown to the code's expiry. The device code itself is a
 * credential and is never shown.
 */
class DeviceCodeView : public QWidget
{
    Q_OBJECT
public:
    explicit DeviceCodeView(QWidget *parent = nullptr);

    /*! Follows \a flow (a DeviceCode flow): its code when it arrives, Cancel stops it. */
    void setFlow(QtSignIn::AuthFlow *flow);
    void setAuthorization(const QtSignIn::DeviceAuthorization &authorization);

    QString userCode() const;
    QString countdownText() const;

Q_SIGNALS:
    void message(const QString &text);

private:
    void updateCountdown();

    QPointer<QtSignIn::AuthFlow> m_flow;
    QtSignIn::DeviceAuthorization m_authorization;
    QTimer m_tick;
    QLabel *m_instructions;
    QLabel *m_code;
    QPushButton *m_copyButton;
    QPushButton *m_openButton;
    QLabel *m_countdown;
    QPushButton *m_cancelButton;
};

} // namespace QtSignInDemo
