// SPDX-License-Identifier: BSD-3-Clause
#include "browserlauncher_p.h"
#include "lockicon_p.h"
#include "logindialog_p.h"
#include "loginpage_p.h"
#include "redirectguard_p.h"
#include "widgetslogging_p.h"

#include "i18n/translations_p.h"

#include <QtSignIn/deviceauthorization.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QEvent>
#include <QtCore/QPointer>
#include <QtGui/QFontDatabase>
#include <QtWebEngineCore/QWebEngineCertificateError>
#include <QtWebEngineCore/QWebEngineProfile>
#include <QtWebEngineCore/QWebEngineSettings>
#include <QtWebEngineWidgets/QWebEngineView>
#include <QtWidgets/QFrame>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStyle>
#include <QtWidgets/QVBoxLayout>

namespace QtSignIn {

using UserAgent = OAuthProvider::UserAgent;

LoginDialogPrivate::LoginDialogPrivate(LoginDialog *q)
    : q_ptr(q)
{
}

static QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

void LoginDialogPrivate::setupUi()
{
    Q_Q(LoginDialog);

    // A fresh off-the-record profile per dialog (a QWebEngineProfile without a storage name):
    // no cookies, cache or passwords survive the dialog or leak from other web views, so every
    // sign-in starts from a clean session at the IdP.
    profile = new QWebEngineProfile(q);
    guard = new RedirectGuard(q);
    interceptor = new RedirectInterceptor(guard, q);
    profile->setUrlRequestInterceptor(interceptor);
    // Nothing a sign-in page needs: keep the attack surface small.
    QWebEngineSettings *settings = profile->settings();
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    settings->setAttribute(QWebEngineSettings::ErrorPageEnabled, true);

    auto *outer = new QVBoxLayout(q);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    // --- top bar: lock, host, connection security ---------------------------------------
    topBar = new QWidget(q);
    auto *bar = new QHBoxLayout(topBar);
    const int hMargin = q->style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    // Style metrics, not pixels: the bars follow the platform style and the screen scale.
    const int vMargin = q->style()->pixelMetric(QStyle::PM_LayoutTopMargin) * 2 / 3;
    bar->setContentsMargins(hMargin, vMargin, hMargin, vMargin);
    lockLabel = new QLabel(topBar);
    hostLabel = new QLabel(topBar);
    QFont hostFont = hostLabel->font();
    hostFont.setBold(true);
    hostLabel->setFont(hostFont);
    hostLabel->setTextFormat(Qt::PlainText);
    hostLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    securityLabel = new QLabel(topBar);
    securityLabel->setTextFormat(Qt::PlainText);
    bar->addWidget(lockLabel);
    bar->addWidget(hostLabel);
    bar->addWidget(securityLabel, 1);
    outer->addWidget(topBar);

    // A thin bar: its height follows the font, not pixels, so it scales with the UI.
    progress = new QProgressBar(q);
    progress->setTextVisible(false);
    progress->setRange(0, 100);
    progress->setFixedHeight(qMax(3, q->fontMetrics().height() / 5));
    QSizePolicy keep = progress->sizePolicy();
    keep.setRetainSizeWhenHidden(true); // no layout jump when a load starts or ends
    progress->setSizePolicy(keep);
    progress->hide();
    outer->addWidget(progress);
    topSeparator = separator(q);
    outer->addWidget(topSeparator);

    // --- the page, or a message instead of it -------------------------------------------
    stack = new QStackedWidget(q);
    webView = new QWebEngineView(stack);
    page = new LoginPage(profile, guard, webView);
    webView->setPage(page);
    webView->setContextMenuPolicy(Qt::NoContextMenu); // no "open in new window", "view source"
    stack->addWidget(webView);

    messagePage = new QWidget(stack);
    auto *message = new QVBoxLayout(messagePage);
    const int margin = 2 * q->style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    message->setContentsMargins(margin, margin, margin, margin);
    message->setSpacing(q->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) * 2);
    messageIcon = new QLabel(messagePage);
    messageIcon->setAlignment(Qt::AlignCenter);
    messageTitle = new QLabel(messagePage);
    QFont titleFont = messageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    messageTitle->setFont(titleFont);
    messageTitle->setAlignment(Qt::AlignCenter);
    messageTitle->setWordWrap(true);
    messageTitle->setTextFormat(Qt::PlainText);
    messageText = new QLabel(messagePage);
    messageText->setAlignment(Qt::AlignCenter);
    messageText->setWordWrap(true);
    // Plain text always: error descriptions come from servers and must not become markup.
    messageText->setTextFormat(Qt::PlainText);
    messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    messageCode = new QLabel(messagePage);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    codeFont.setBold(true);
    messageCode->setFont(codeFont);
    messageCode->setAlignment(Qt::AlignCenter);
    messageCode->setTextFormat(Qt::PlainText);
    messageCode->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    messageAction = new QPushButton(messagePage);
    messageAction->setAutoDefault(false);
    auto *actionRow = new QHBoxLayout;
    actionRow->addStretch();
    actionRow->addWidget(messageAction);
    actionRow->addStretch();
    message->addStretch(2);
    message->addWidget(messageIcon);
    message->addWidget(messageTitle);
    message->addWidget(messageText);
    message->addWidget(messageCode);
    message->addLayout(actionRow);
    message->addStretch(3);
    stack->addWidget(messagePage);
    outer->addWidget(stack, 1);
    outer->addWidget(separator(q));

    // --- buttons --------------------------------------------------------------------------
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(hMargin, hMargin, hMargin, hMargin);
    browserButton = new QPushButton(q);
    cancelButton = new QPushButton(q);
    // Not default buttons: Enter belongs to the page's form, never to "Cancel".
    for (QPushButton *button : {browserButton, cancelButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    buttons->addWidget(browserButton);
    buttons->addStretch();
    buttons->addWidget(cancelButton);
    outer->addLayout(buttons);

    QWidget::setTabOrder(webView, messageAction);
    QWidget::setTabOrder(messageAction, browserButton);
    QWidget::setTabOrder(browserButton, cancelButton);

    QObject::connect(cancelButton, &QPushButton::clicked, q, &LoginDialog::reject);
    QObject::connect(browserButton, &QPushButton::clicked, q, [this] { switchToBrowser(); });
    QObject::connect(messageAction, &QPushButton::clicked, q, [this] {
        if (flow && !flow->authorizationUrl().isEmpty())
            openWithDesktopBrowser(flow->authorizationUrl());
    });
    QObject::connect(guard, &RedirectGuard::redirectCaught, q,
                     [this](const QUrl &url) { onRedirectCaught(url); });
    QObject::connect(page, &QWebEnginePage::urlChanged, q,
                     [this](const QUrl &url) { updateAddress(url); });
    QObject::connect(page, &QWebEnginePage::loadStarted, q, [this] {
        progress->setRange(0, 100);
        progress->setValue(0);
        progress->setVisible(view == View::Page);
    });
    QObject::connect(page, &QWebEnginePage::loadProgress, q,
                     [this](int percent) { progress->setValue(percent); });
    QObject::connect(page, &QWebEnginePage::loadFinished, q, [this](bool ok) {
        // A blocked redirect also ends in loadFinished(false): not an error by itself.
        progress->hide();
        if (ok && view == View::Page && q_ptr->isActiveWindow())
            webView->setFocus(); // type the login name without reaching for the mouse
    });
    QObject::connect(
        page, &QWebEnginePage::certificateError, q,
        [this](const QWebEngineCertificateError &error) { onCertificateError(error); });
    QObject::connect(page, &LoginPage::insecureNavigationBlocked, q,
                     [this](const QUrl &url) { onInsecureNavigation(url); });
    QObject::connect(page, &QWebEnginePage::renderProcessTerminated, q,
                     [this](QWebEnginePage::RenderProcessTerminationStatus status) {
                         if (status == QWebEnginePage::NormalTerminationStatus)
                             return;
                         //: The embedded browser's page process crashed or was killed.
                         const QString text = LoginDialog::tr("The sign-in page stopped working.");
                         showError(LoginDialog::tr("Sign-in failed"), text);
                         abortFlow(AuthError(AuthError::Code::Unknown,
                                             u"the web engine's render process ended"_qs)
                                       .setMessage(text));
                     });

    // Names for tests, style sheets and accessibility tools.
    const QList<QPair<QObject *, const char *>> names = {{topBar, "topBar"},
                                                         {lockLabel, "lockLabel"},
                                                         {hostLabel, "hostLabel"},
                                                         {securityLabel, "securityLabel"},
                                                         {progress, "progress"},
                                                         {stack, "stack"},
                                                         {webView, "webView"},
                                                         {messagePage, "messagePage"},
                                                         {messageTitle, "messageTitle"},
                                                         {messageText, "messageText"},
                                                         {messageCode, "messageCode"},
                                                         {messageAction, "messageAction"},
                                                         {browserButton, "browserButton"},
                                                         {cancelButton, "cancelButton"}};
    for (const auto &[object, name] : names)
        object->setObjectName(QLatin1StringView(name));

    retranslateUi();
    updateAddress(QUrl());
    // Logical pixels: Qt scales them on high-DPI screens.
    q->resize(480, 640);
}

void LoginDialogPrivate::retranslateUi()
{
    Q_Q(LoginDialog);
    // The window is laid out in the direction of its own text: right to left when the
    // library's strings are Arabic, even in an application that left its layout direction at
    // the default left to right (Qt turns an application right to left only when the
    // application's own translation, or Qt's, says so). Otherwise the dialog inherits the
    // application's direction like any widget.
    if (i18n::language().textDirection() == Qt::RightToLeft)
        q->setLayoutDirection(Qt::RightToLeft);
    else
        q->unsetLayoutDirection();

    const QString name = flow ? flow->provider()->displayName() : QString();
    if (name.isEmpty()) {
        //: Window title while no sign-in service is known yet.
        q->setWindowTitle(LoginDialog::tr("Sign in"));
    } else {
        //: Window title; %1 is the name of the sign-in service, e.g. "Google" or "GitHub".
        q->setWindowTitle(LoginDialog::tr("Sign in – %1").arg(name));
    }
    //: Button: stop signing in inside this window and continue in the desktop's web browser.
    browserButton->setText(LoginDialog::tr("&Open in my browser instead"));
    browserButton->setToolTip(LoginDialog::tr("Continue signing in with your usual web browser"));
    browserButton->setAccessibleName(LoginDialog::tr("Open in my browser instead"));
    browserButton->setAccessibleDescription(
        LoginDialog::tr("Cancels sign-in in this window and continues in your web browser"));
    //: Accessible name (screen readers) of the label showing the web page's host name.
    hostLabel->setAccessibleName(LoginDialog::tr("Page address"));
    //: Accessible name (screen readers) of the lock icon next to the page address.
    lockLabel->setAccessibleName(LoginDialog::tr("Connection security"));
    progress->setAccessibleName(LoginDialog::tr("Page loading progress"));
    webView->setAccessibleName(LoginDialog::tr("Sign-in page"));
    // Two whole sentences, not "of %1" with a translated "the provider" inserted: that would
    // not decline in most languages.
    if (name.isEmpty()) {
        webView->setAccessibleDescription(
            LoginDialog::tr("The sign-in page of the identity provider"));
    } else {
        //: %1 is the name of the sign-in service, e.g. "Google".
        webView->setAccessibleDescription(LoginDialog::tr("The sign-in page of %1").arg(name));
    }
    //: Button on the "Continue in your browser" page: open the sign-in page in the browser again.
    messageAction->setText(LoginDialog::tr("Open the page &again"));
    messageAction->setAccessibleDescription(
        LoginDialog::tr("Opens the sign-in page in your web browser again"));
    updateAddress(page->url());
    updateButtons();
}

void LoginDialogPrivate::updateAddress(const QUrl &url)
{
    Q_Q(LoginDialog);
    const bool web = url.scheme() == u"https" || url.scheme() == u"http";
    QString host;
    if (web) {
        host = url.host();
        if (url.port() != -1)
            host += u':' + QString::number(url.port());
    }
    // https is "secure" without further checks because a page with a certificate error is never
    // shown (onCertificateError() rejects it): a loaded https page had a valid chain and host.
    if (!web)
        security = Security::None;
    else if (url.scheme() == u"https")
        security = Security::Secure;
    else if (LoginPage::isLoopbackHost(url.host()))
        security = Security::LocalDevelopment;
    else
        security = Security::Insecure; // not normally reached: LoginPage refuses these

    QString text;
    switch (security) {
    case Security::None:
        //: Shown instead of the page address while no web page is loaded yet.
        host = web ? host : LoginDialog::tr("Loading…");
        break;
    case Security::Secure:
        text = LoginDialog::tr("Secure connection");
        break;
    case Security::LocalDevelopment:
        //: Connection status of a plain-http sign-in page on this computer (a developer's
        //: test server): unencrypted, but it never leaves the machine.
        text = LoginDialog::tr("Not secure (local development)");
        break;
    case Security::Insecure:
        text = LoginDialog::tr("Not secure");
        break;
    }
    hostLabel->setText(host);
    securityLabel->setText(text);
    hostLabel->setAccessibleDescription(text.isEmpty() ? host : host + u", " + text);
    lockLabel->setAccessibleDescription(text);
    lockLabel->setToolTip(text);
    securityLabel->setAccessibleName(text);
    q->setAccessibleDescription(text);
    updateLockIcon();
}

void LoginDialogPrivate::updateLockIcon()
{
    Q_Q(LoginDialog);
    const QPalette palette = q->palette();
    QColor color = palette.color(QPalette::WindowText);
    QColor textColor = palette.color(QPalette::PlaceholderText);
    if (security == Security::Insecure || security == Security::LocalDevelopment) {
        // Amber for development, red for a real insecure site; readable on light and dark.
        color =
            security == Security::Insecure ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x6a, 0x00);
        textColor = color;
    }
    QPalette labelPalette = securityLabel->palette();
    labelPalette.setColor(QPalette::WindowText, textColor);
    securityLabel->setPalette(labelPalette);
    const int extent = q->fontMetrics().height();
    lockLabel->setFixedSize(extent, extent);
    if (security == Security::None) {
        lockLabel->setPixmap(QPixmap());
        return;
    }
    const QIcon icon = lockIcon(security == Security::Secure, color);
    lockLabel->setPixmap(icon.pixmap(QSize(extent, extent), q->devicePixelRatioF()));
}

void LoginDialogPrivate::updateButtons()
{
    const bool running = flow && !flow->isFinished();
    const bool browserAllowed =
        flow && flow->provider()->allowedUserAgents().contains(UserAgent::SystemBrowser);
    browserButton->setVisible(browserSwitchEnabled && running && browserAllowed &&
                              flow->userAgent() == UserAgent::Embedded && view == View::Page);
    const bool done = !running;
    //: Button text once signing in has ended (the window only shows a message): close it.
    const QString close = LoginDialog::tr("&Close");
    //: Button text while signing in: stop signing in and close the window.
    const QString cancel = LoginDialog::tr("&Cancel");
    cancelButton->setText(done ? close : cancel);
    //: Accessible name of the "&Close" button, without the keyboard shortcut marker.
    const QString closeName = LoginDialog::tr("Close");
    //: Accessible name of the "&Cancel" button, without the keyboard shortcut marker.
    const QString cancelName = LoginDialog::tr("Cancel");
    cancelButton->setAccessibleName(done ? closeName : cancelName);
    cancelButton->setAccessibleDescription(done ? LoginDialog::tr("Closes this window")
                                                : LoginDialog::tr("Cancels signing in"));
}

void LoginDialogPrivate::showView(View newView)
{
    view = newView;
    const bool onPage = view == View::Page;
    stack->setCurrentWidget(onPage ? webView : messagePage);
    topBar->setVisible(onPage);
    topSeparator->setVisible(onPage);
    // Message pages have no address bar: no empty strip where the progress bar would be.
    QSizePolicy policy = progress->sizePolicy();
    policy.setRetainSizeWhenHidden(onPage);
    progress->setSizePolicy(policy);
    if (!onPage)
        progress->setVisible(view == View::Completing);
    if (view == View::Completing) {
        progress->setRange(0, 0); // busy: the code exchange has no measurable progress
    }
    messageCode->setVisible(view == View::Device);
    messageAction->setVisible(view == View::Browser);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (view == View::Error)
        icon = QStyle::SP_MessageBoxWarning;
    const int extent = q_ptr->style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    messageIcon->setPixmap(q_ptr->style()->standardIcon(icon).pixmap(QSize(extent, extent),
                                                                     q_ptr->devicePixelRatioF()));
    messageIcon->setVisible(view != View::Completing);
    updateButtons();
}

void LoginDialogPrivate::showError(const QString &title, const QString &text)
{
    webView->stop();
    messageTitle->setText(title);
    messageText->setText(text);
    showView(View::Error);
    cancelButton->setFocus();
}

// Shows what the flow's user agent needs (see the class documentation).
void LoginDialogPrivate::present()
{
    if (!flow)
        return;
    if (flow->state() == AuthFlow::State::Completed) {
        messageTitle->setText(LoginDialog::tr("Signed in"));
        messageText->clear();
        return showView(View::Completing);
    }
    if (view == View::Error)
        return;
    const QString name = flow->provider()->displayName();
    switch (flow->userAgent()) {
    case UserAgent::Embedded:
        if (view == View::Completing)
            return;
        showView(View::Page);
        loadAuthorizationPage();
        break;
    case UserAgent::SystemBrowser:
        messageTitle->setText(LoginDialog::tr("Continue in your browser"));
        //: %1 is the name of the sign-in service, e.g. "Google".
        messageText->setText(
            LoginDialog::tr("A page to sign in to %1 has opened in your web browser. Finish "
                            "signing in there; this window closes by itself when you are done.")
                .arg(name));
        showView(View::Browser);
        break;
    case UserAgent::DeviceCode: {
        const DeviceAuthorization authorization = flow->deviceAuthorization();
        messageTitle->setText(LoginDialog::tr("Sign in on another device"));
        if (authorization.isNull()) {
            //: Device sign-in: waiting for the service (%1, e.g. "GitHub") to hand out the
            //: code that the user will type on another device.
            messageText->setText(LoginDialog::tr("Asking %1 for a code…").arg(name));
            messageCode->clear();
        } else {
            //: %1 is a web address (e.g. https://github.com/login/device); the code is
            //: shown in large letters below this sentence.
            messageText->setText(LoginDialog::tr("On a phone or computer, go to %1 and enter "
                                                 "this code:")
                                     .arg(authorization.verificationUri().toString()));
            messageCode->setText(authorization.userCode());
        }
        showView(View::Device);
        break;
    }
    }
}

// Loads the flow's authorization page once; later navigations are the user's.
void LoginDialogPrivate::loadAuthorizationPage()
{
    const QUrl url = flow ? flow->authorizationUrl() : QUrl();
    if (url.isEmpty() || url == loadedAuthorizationUrl)
        return;
    loadedAuthorizationUrl = url;
    page->load(url);
}

void LoginDialogPrivate::attach(AuthFlow *newFlow)
{
    Q_Q(LoginDialog);
    flow = newFlow;
    keptResult.reset();
    localError = AuthError();
    loadedAuthorizationUrl = QUrl();
    guard->setFlow(newFlow);
    if (!newFlow)
        return;
    QObject::connect(newFlow, &AuthFlow::authorizationUrlReady, q,
                     [this](const QUrl &url) { onAuthorizationUrlReady(url); });
    QObject::connect(newFlow, &AuthFlow::deviceAuthorizationReady, q, [this] { present(); });
    QObject::connect(newFlow, &AuthFlow::userAgentChanged, q, [this] { present(); });
    QObject::connect(newFlow, &AuthFlow::finished, q, [this] {
        keptResult = q_ptr->outcome();
        onFlowFinished();
    });
    QObject::connect(newFlow, &QObject::destroyed, q, [this] {
        // The flow went away under the dialog: nothing left to sign in with.
        if (!closing) {
            closing = true;
            q_ptr->QDialog::reject();
        }
    });
}

void LoginDialogPrivate::detach()
{
    if (!flow)
        return;
    QObject::disconnect(flow, nullptr, q_ptr, nullptr);
    guard->setFlow(nullptr);
    AuthFlow *old = flow;
    flow = nullptr;
    if (!old->isFinished())
        old->cancel();
}

void LoginDialogPrivate::startIfPending()
{
    if (flow && flow->state() == AuthFlow::State::Pending && q_ptr->isVisible()) {
        qCDebug(lcWidgets) << "starting the sign-in with" << flow->provider()->displayName();
        flow->start();
    }
}

void LoginDialogPrivate::onAuthorizationUrlReady(const QUrl &url)
{
    if (!flow)
        return;
    Q_UNUSED(url)
    present();
}

void LoginDialogPrivate::onRedirectCaught(const QUrl &url)
{
    // The guard matched the URL; the flow checks it again (it may have been replaced since the
    // request was queued) and takes it only with the right state (RFC 6749 §10.12).
    if (!flow || flow->isFinished() || !flow->isRedirect(url))
        return;
    if (flow->handleRedirect(url)) {
        if (flow->isFinished())
            return; // an error response: onFlowFinished() has run
        //: Shown while the application exchanges the sign-in answer for its tokens.
        messageTitle->setText(LoginDialog::tr("Completing sign-in…"));
        messageText->clear();
        showView(View::Completing);
    } else {
        // A stray or forged response (wrong state): the flow keeps waiting, the user stays on
        // the page they were on.
        qCInfo(lcWidgets) << "ignored an authorization response that the flow did not accept";
    }
}

void LoginDialogPrivate::onFlowFinished()
{
    if (closing || !flow || flow == switchingFrom)
        return;
    switch (flow->state()) {
    case AuthFlow::State::Completed:
        closing = true;
        q_ptr->QDialog::accept();
        return;
    case AuthFlow::State::Cancelled:
        if (localError.isError()) {
            updateButtons(); // the error page is up; the user closes it
            return;
        }
        closing = true;
        q_ptr->QDialog::reject();
        return;
    default:
        break;
    }
    // Failed or timed out: say why, in this window, until the user closes it.
    if (view != View::Error) {
        const AuthError error = flow->error();
        showError(flow->state() == AuthFlow::State::TimedOut ? LoginDialog::tr("Sign-in timed out")
                                                             : LoginDialog::tr("Sign-in failed"),
                  error.message());
    } else {
        updateButtons();
    }
}

void LoginDialogPrivate::onCertificateError(const QWebEngineCertificateError &error)
{
    // Never overridable here, whatever Chromium says about isOverridable(): a sign-in page with
    // a certificate problem could be anyone's (DESIGN.md §4: TLS errors never ignored).
    QWebEngineCertificateError copy = error;
    copy.rejectCertificate();
    const QString host = error.url().host();
    qCWarning(lcWidgets).noquote() << "certificate error on" << host << ':' << error.description();
    //: %1 is a host name (accounts.example.com), %2 the browser engine's description of the
    //: certificate problem (in English).
    const QString text =
        LoginDialog::tr("The connection to %1 is not secure: %2").arg(host, error.description());
    showError(LoginDialog::tr("Can't connect securely"), text);
    abortFlow(AuthError(AuthError::Code::TlsError,
                        u"certificate error on "_qs + host + u": "_qs + error.description())
                  .setMessage(text));
}

void LoginDialogPrivate::onInsecureNavigation(const QUrl &url)
{
    //: %1 is a host name (accounts.example.com).
    const QString text =
        LoginDialog::tr("The connection to %1 is not secure: the page does not use https.")
            .arg(url.host());
    showError(LoginDialog::tr("Can't connect securely"), text);
    abortFlow(AuthError(AuthError::Code::TlsError, u"plain http page on "_qs + url.host())
                  .setMessage(text));
}

// Ends the flow with an error the dialog found.
void LoginDialogPrivate::abortFlow(const AuthError &error)
{
    localError = error;
    if (!flow || flow->isFinished())
        return;
    flow->abortWithError(error);
}

void LoginDialogPrivate::switchToBrowser()
{
    Q_Q(LoginDialog);
    AuthFlow *before = flow;
    if (!before)
        return;
    // A slot may start its replacement with AuthSession::signIn(), which cancels the session's
    // current flow (this one) before the slot can call setFlow(): that cancel is the switch
    // itself, not the user closing the window (onFlowFinished() ignores it).
    switchingFrom = before;
    Q_EMIT q->openInBrowserRequested();
    switchingFrom = nullptr;
    if (flow != before)
        return; // a slot supplied its own flow
    auto *browserFlow = new AuthFlow(before->provider(), q);
    browserFlow->setUserAgent(UserAgent::SystemBrowser);
    browserFlow->setTimeout(before->timeout());
    browserFlow->setExtraParameters(before->extraParameters());
    browserFlow->setFetchesUserInfo(before->fetchesUserInfo());
    browserFlow->setBrowserLauncher(&openWithDesktopBrowser);
    q->setFlow(browserFlow);
}

// --- LoginDialog ------------------------------------------------------------------------------

LoginDialog::LoginDialog(AuthFlow *flow, QWidget *parent)
    : QDialog(parent)
    , d_ptr(std::make_unique<LoginDialogPrivate>(this))
{
    Q_D(LoginDialog);
    setSizeGripEnabled(true);
    d->setupUi();
    d->attach(flow);
    d->retranslateUi();
    d->present();
}

LoginDialog::~LoginDialog()
{
    Q_D(LoginDialog);
    d->closing = true;
    d->detach(); // cancels a running flow
    // QtWebEngine requires the page to go before its profile ("Release of profile requested
    // but WebEnginePage still not deleted"), and the interceptor to outlive the profile's use.
    QObject::disconnect(d->page, nullptr, this, nullptr);
    delete d->webView; // owns the page
    d->webView = nullptr;
    d->page = nullptr;
    d->profile->setUrlRequestInterceptor(nullptr);
    delete d->profile;
    d->profile = nullptr;
}

AuthFlow *LoginDialog::flow() const
{
    Q_D(const LoginDialog);
    return d->flow;
}

void LoginDialog::setFlow(AuthFlow *flow)
{
    Q_D(LoginDialog);
    if (flow == d->flow)
        return;
    d->detach();
    d->page->load(QUrl(u"about:blank"_qs)); // the previous flow's page must not stay usable
    d->view = LoginDialogPrivate::View::Page;
    d->attach(flow);
    d->retranslateUi();
    d->present();
    Q_EMIT flowChanged(flow);
    d->startIfPending();
}

bool LoginDialog::isBrowserSwitchEnabled() const
{
    Q_D(const LoginDialog);
    return d->browserSwitchEnabled;
}

void LoginDialog::setBrowserSwitchEnabled(bool enabled)
{
    Q_D(LoginDialog);
    d->browserSwitchEnabled = enabled;
    d->updateButtons();
}

LoginDialog::Result LoginDialog::outcome() const
{
    Q_D(const LoginDialog);
    Result result;
    if (d->localError.isError()) {
        result.error = d->localError;
    } else if (!d->flow && d->keptResult) {
        // The flow was deleted once it finished (AuthSession deletes its flows): its outcome
        // was kept when it finished.
        result = *d->keptResult;
    } else if (!d->flow || !d->flow->isFinished()) {
        result.error = AuthError(AuthError::Code::Cancelled);
    } else if (d->flow->state() == AuthFlow::State::Completed) {
        result.tokens = d->flow->tokens();
        result.user = d->flow->userInfo();
    } else {
        result.error = d->flow->error();
        if (!result.error.isError())
            result.error = AuthError(AuthError::Code::Cancelled);
    }
    return result;
}

QWebEngineView *LoginDialog::webView() const
{
    Q_D(const LoginDialog);
    return d->webView;
}

void LoginDialog::reject()
{
    Q_D(LoginDialog);
    d->closing = true;
    if (d->flow && !d->flow->isFinished())
        d->flow->cancel();
    QDialog::reject();
}

void LoginDialog::showEvent(QShowEvent *event)
{
    Q_D(LoginDialog);
    QDialog::showEvent(event);
    d->closing = false;
    d->startIfPending();
}

void LoginDialog::changeEvent(QEvent *event)
{
    Q_D(LoginDialog);
    QDialog::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        d->retranslateUi();
        if (d->view == LoginDialogPrivate::View::Browser ||
            d->view == LoginDialogPrivate::View::Device)
            d->present();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        d->updateLockIcon();
        break;
    default:
        break;
    }
}

LoginDialog::Result LoginDialog::signIn(OAuthProvider *provider, QWidget *parent)
{
    if (!provider) {
        Result result;
        result.error = AuthError(AuthError::Code::Configuration, u"no provider"_qs);
        return result;
    }
    AuthFlow flow(provider);
    // The embedded page when allowed; else the system browser (Google), else a device code.
    const QList<UserAgent> allowed = provider->allowedUserAgents();
    for (const UserAgent agent :
         {UserAgent::Embedded, UserAgent::SystemBrowser, UserAgent::DeviceCode}) {
        if (allowed.contains(agent)) {
            flow.setUserAgent(agent);
            break;
        }
    }
    flow.setBrowserLauncher(&openWithDesktopBrowser);
    LoginDialog dialog(&flow, parent);
    dialog.exec();
    return dialog.outcome();
}

void LoginDialog::preload()
{
    static bool started = false;
    if (started || !QCoreApplication::instance())
        return;
    started = true;
    // Creating a page starts the browser context (the expensive part, ~100 ms); loading
    // about:blank spins up a render process that Chromium keeps as a spare for the next page.
    // The default profile is off-the-record in Qt 6 and owned by QtWebEngine itself.
    auto *page = new QWebEnginePage(QWebEngineProfile::defaultProfile(), qApp);
    QObject::connect(page, &QWebEnginePage::loadFinished, page, &QObject::deleteLater);
    page->load(QUrl(u"about:blank"_qs));
}

} // namespace QtSignIn
