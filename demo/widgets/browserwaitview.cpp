// SPDX-License-Identifier: BSD-3-Clause
#include "browserwaitview.h"

#include "countdown.h"

#include <QtSignIn/authflow.h>

#include <QtGui/QDesktopServices>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

using QtSignIn::AuthFlow;

namespace QtSignInDemo {

BrowserWaitView::BrowserWaitView(QWidget *parent)
    : QWidget(parent)
    , m_countdown(new QLabel(this))
    , m_reopenButton(new QPushButton(tr("&Open the page again"), this))
{
    setObjectName(QStringLiteral("browserWaitView"));
    auto *title = new QLabel(tr("Continue in your browser"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto *text = new QLabel(tr("The sign-in page opened in your web browser. Sign in there: "
                               "this window continues by itself when you are done."),
                            this);
    text->setWordWrap(true);
    m_countdown->setObjectName(QStringLiteral("browserCountdownLabel"));
    m_reopenButton->setObjectName(QStringLiteral("reopenButton"));
    auto *cancel = new QPushButton(tr("&Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelBrowserButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reopenButton);
    buttons->addStretch(1);
    buttons->addWidget(cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(m_countdown);
    layout->addStretch(1);
    layout->addLayout(buttons);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &BrowserWaitView::updateCountdown);
    connect(m_reopenButton, &QPushButton::clicked, this, [this] {
        if (m_flow && !m_flow->authorizationUrl().isEmpty())
            QDesktopServices::openUrl(m_flow->authorizationUrl());
    });
    connect(cancel, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->cancel();
    });
}

void BrowserWaitView::setFlow(AuthFlow *flow)
{
    m_flow = flow;
    updateCountdown();
    if (flow)
        m_tick.start();
    else
        m_tick.stop();
}

void BrowserWaitView::updateCountdown()
{
    m_reopenButton->setEnabled(m_flow && !m_flow->authorizationUrl().isEmpty());
    if (!m_flow || !m_flow->deadline().isValid()) {
        m_countdown->clear();
        return;
    }
    //: %1: time left, e.g. 4:59.
    m_countdown->setText(tr("Waiting for the browser: %1 left")
                             .arg(Countdown::format(Countdown::secondsUntil(m_flow->deadline()))));
}

} // namespace QtSignInDemo
