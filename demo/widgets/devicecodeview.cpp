// SPDX-License-Identifier: BSD-3-Clause
#include "devicecodeview.h"

#include "countdown.h"

#include <QtSignIn/authflow.h>

#include <QtGui/QClipboard>
#include <QtGui/QDesktopServices>
#include <QtGui/QFontDatabase>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

using QtSignIn::AuthFlow;
using QtSignIn::DeviceAuthorization;

namespace QtSignInDemo {

DeviceCodeView::DeviceCodeView(QWidget *parent)
    : QWidget(parent)
    , m_instructions(new QLabel(this))
    , m_code(new QLabel(this))
    , m_copyButton(new QPushButton(tr("C&opy code"), this))
    , m_openButton(new QPushButton(tr("&Open the page"), this))
    , m_countdown(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
{
    setObjectName(QStringLiteral("deviceCodeView"));
    auto *title = new QLabel(tr("Sign in on another device"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);

    m_instructions->setObjectName(QStringLiteral("instructionsLabel"));
    m_instructions->setWordWrap(true);
    m_instructions->setOpenExternalLinks(true);
    m_instructions->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_code->setObjectName(QStringLiteral("userCodeLabel"));
    //: Read by screen readers: the code the user types on the other device.
    m_code->setAccessibleName(tr("User code"));
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(title->font().pointSizeF() * 1.8);
    codeFont.setWeight(QFont::Bold);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 115);
    m_code->setFont(codeFont);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextFormat(Qt::PlainText);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_code->setFrameShape(QFrame::StyledPanel);
    m_code->setMinimumHeight(QFontMetrics(codeFont).height() * 2);
    m_code->setFocusPolicy(Qt::StrongFocus);

    m_copyButton->setObjectName(QStringLiteral("copyCodeButton"));
    m_openButton->setObjectName(QStringLiteral("openPageButton"));
    m_openButton->setToolTip(tr("Open the verification page in this computer's browser"));
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    m_countdown->setAlignment(Qt::AlignCenter);
    m_cancelButton->setObjectName(QStringLiteral("cancelDeviceButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_openButton);
    buttons->addStretch(1);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(m_instructions);
    layout->addSpacing(8);
    layout->addWidget(m_code);
    layout->addLayout(buttons);
    layout->addWidget(m_countdown);
    layout->addStretch(1);
    layout->addLayout(bottom);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &DeviceCodeView::updateCountdown);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_authorization.userCode());
        Q_EMIT message(tr("Code copied to the clipboard"));
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QUrl complete = m_authorization.verificationUriComplete();
        QDesktopServices::openUrl(complete.isValid() && !complete.isEmpty()
                                      ? complete
                                      : m_authorization.verificationUri());
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->cancel();
    });
    setAuthorization(DeviceAuthorization());
}

void DeviceCodeView::setFlow(AuthFlow *flow)
{
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
    m_flow = flow;
    setAuthorization(flow ? flow->deviceAuthorization() : DeviceAuthorization());
    if (flow)
        connect(flow, &AuthFlow::deviceAuthorizationReady, this, &DeviceCodeView::setAuthorization);
}

void DeviceCodeView::setAuthorization(const DeviceAuthorization &authorization)
{
    m_authorization = authorization;
    const bool ready = !authorization.isNull();
    m_copyButton->setEnabled(ready);
    m_openButton->setEnabled(ready);
    if (!ready) {
        m_instructions->setText(tr("Asking the provider for a code…"));
        m_code->setText(QStringLiteral("—"));
        m_countdown->clear();
        m_tick.stop();
        return;
    }
    const QString link = authorization.verificationUri().toString(QUrl::FullyEncoded);
    //: %1: the verification page as a link. The user opens it on a phone or another computer.
    m_instructions->setText(
        tr("On your phone or another computer, open %1 and enter this "
           "code:")
            .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(link.toHtmlEscaped(),
                          authorization.verificationUri().toDisplayString().toHtmlEscaped())));
    m_code->setText(authorization.userCode());
    m_code->setAccessibleDescription(authorization.userCode());
    updateCountdown();
    m_tick.start();
    m_copyButton->setFocus();
}

void DeviceCodeView::updateCountdown()
{
    if (m_authorization.isNull())
        return;
    const qint64 left = Countdown::secondsUntil(m_authorization.expiresAt());
    if (left > 0) {
        //: %1: time left, e.g. 4:59.
        m_countdown->setText(tr("The code expires in %1").arg(Countdown::format(left)));
    } else {
        m_countdown->setText(tr("The code has expired"));
        m_tick.stop();
    }
}

QString DeviceCodeView::userCode() const
{
    return m_authorization.userCode();
}

QString DeviceCodeView::countdownText() const
{
    return m_countdown->text();
}

} // namespace QtSignInDemo
