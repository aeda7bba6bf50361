// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/authflow.h>

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace QtSignInDemo {

/*! While the desktop's browser shows the provider's page: what to do, reopen, Cancel. */
class BrowserWaitView : public QWidget
{
    Q_OBJECT
public:
    explicit BrowserWaitView(QWidget *parent = nullptr);

    void setFlow(QtSignIn::AuthFlow *flow);

private:
    void updateCountdown();

    QPointer<QtSignIn::AuthFlow> m_flow;
    QTimer m_tick;
    QLabel *m_countdown;
    QPushButton *m_reopenButton;
};

} // namespace QtSignInDemo
