// SPDX-License-Identifier: BSD-3-Clause
#include "signinview.h"

#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QVBoxLayout>

using UserAgent = QtSignIn::OAuthProvider::UserAgent;

namespace QtSignInDemo {

SignInView::SignInView(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_embedded(new QPushButton(tr("Sign in in &this window"), this))
    , m_browser(new QPushButton(tr("Sign in with the &browser"), this))
    //: Device authorization (RFC 8628): a short code entered on another device.
    , m_device(new QPushButton(tr("Sign in with a c&ode"), this))
    //: Leaves adding another account and goes back to the signed-in account.
    , m_back(new QPushButton(tr("&Back"), this))
{
    setObjectName(QStringLiteral("signInView"));
    //: Title of the page that offers the ways to sign in.
    auto *title = new QLabel(tr("Sign in"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);

    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_embedded->setObjectName(QStringLiteral("embeddedSignInButton"));
    m_embedded->setToolTip(tr("The provider's page in a window of this application"));
    m_browser->setObjectName(QStringLiteral("browserSignInButton"));
    m_browser->setToolTip(tr("The provider's page in your web browser (recommended by RFC "
                             "8252)"));
    m_device->setObjectName(QStringLiteral("deviceSignInButton"));
    m_device->setToolTip(tr("Enter a short code on your phone or another computer"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->hide();

    auto *explanation = new QLabel(tr("Choose where to enter your password. Whichever you "
                                      "pick, this application never sees it: it receives "
                                      "tokens from the provider."),
                                   this);
    explanation->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(m_status);
    layout->addWidget(explanation);
    layout->addSpacing(8);
    for (QPushButton *button : {m_embedded, m_browser, m_device}) {
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    layout->addWidget(m_back, 0, Qt::AlignLeft);

    connect(m_embedded, &QPushButton::clicked, this,
            [this] { Q_EMIT signInRequested(UserAgent::Embedded); });
    connect(m_browser, &QPushButton::clicked, this,
            [this] { Q_EMIT signInRequested(UserAgent::SystemBrowser); });
    connect(m_device, &QPushButton::clicked, this,
            [this] { Q_EMIT signInRequested(UserAgent::DeviceCode); });
    connect(m_back, &QPushButton::clicked, this, &SignInView::backRequested);
    setStatus(QString());
}

void SignInView::setAllowedAgents(const QList<UserAgent> &agents)
{
    m_allowed = agents;
    updateButtons();
}

void SignInView::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString SignInView::status() const
{
    return m_status->text();
}

void SignInView::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void SignInView::setBackVisible(bool visible)
{
    m_back->setVisible(visible);
}

QPushButton *SignInView::button(UserAgent agent) const
{
    switch (agent) {
    case UserAgent::Embedded:
        return m_embedded;
    case UserAgent::SystemBrowser:
        return m_browser;
    case UserAgent::DeviceCode:
        return m_device;
    }
    return nullptr;
}

void SignInView::updateButtons()
{
    for (UserAgent agent : {UserAgent::Embedded, UserAgent::SystemBrowser, UserAgent::DeviceCode}) {
        QPushButton *b = button(agent);
        const bool allowed = m_allowed.contains(agent);
        b->setEnabled(allowed && !m_busy);
        // Say why a button is off, rather than leaving the user to guess.
        if (!allowed && agent == UserAgent::Embedded)
            b->setToolTip(tr("This provider does not allow sign-in inside applications"));
        else if (!allowed && agent == UserAgent::DeviceCode)
            b->setToolTip(tr("This provider does not offer sign-in with a code"));
    }
}

} // namespace QtSignInDemo
