// SPDX-License-Identifier: BSD-3-Clause
#include "mainwindow.h"

#include "accountlist.h"
#include "banner.h"
#include "browserwaitview.h"
#include "devicecodeview.h"
#include "providerpicker.h"
#include "settingsdialog.h"
#include "signinview.h"
#include "tokenpanel.h"
#include "usercard.h"

#include <QtSignIn/authflow.h>
#include <QtSignIn/keychaintokenstore.h>
#include <QtSignIn/logindialog.h>
#include <QtSignIn/oauthprovider.h>

#include <QtCore/QDir>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QKeySequence>
#include <QtNetwork/QNetworkAccessManager>
#include <QtWidgets/QApplication>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QVBoxLayout>

#include <cstdio>

using QtSignIn::AuthError;
using QtSignIn::AuthFlow;
using QtSignIn::AuthSession;
using QtSignIn::KeychainTokenStore;
using QtSignIn::LoginDialog;
using QtSignIn::OAuthProvider;
using QtSignIn::ProviderSettings;
using QtSignIn::TokenStore;
using UserAgent = QtSignIn::OAuthProvider::UserAgent;

namespace QtSignInDemo {

MainWindow::MainWindow(const DemoOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_settings(options)
    , m_network(new QNetworkAccessManager(this))
    , m_store(new KeychainTokenStore(options.keychainService, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("QtSignIn Demo"));
    buildUi();

    connect(m_store, &TokenStore::availabilityChanged, this, &MainWindow::updateKeychainBanner);
    if (m_options.configurationError.isError())
        showError(m_options.configurationError);

    // Before the first session: without a restore, it settles at once.
    if (!m_options.screenshotPath.isEmpty())
        connect(this, &MainWindow::settled, this, &MainWindow::saveScreenshotAndQuit,
                Qt::QueuedConnection);

    m_choice = m_options.choiceGiven ? m_options.initialChoice
                                     : m_settings.lastChoice(m_options.initialChoice);
    // Setting the picker's choice creates the first session (choiceChanged); when it already
    // shows that choice, create it here.
    const bool same = m_picker->choice() == m_choice;
    m_picker->setChoice(m_choice);
    if (same)
        createSession();
}

MainWindow::~MainWindow()
{
    // The dialog's flow belongs to the session: close the window before either goes.
    delete m_dialog;
}

void MainWindow::buildUi()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *settingsAction = fileMenu->addAction(tr("Provider &settings…"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About QtSignIn Demo"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About QtSignIn Demo"),
                           //: Keep the HTML tags and the names (LoginDialog, RFC numbers).
                           tr("<p><b>QtSignIn Demo</b></p><p>Sign-in with OAuth 2.0 and OpenID "
                              "Connect for Qt applications: the embedded LoginDialog, the "
                              "system browser (RFC 8252) and the device flow (RFC 8628), with "
                              "sessions kept in the OS keychain.</p>"));
    });

    m_keychainBanner = new Banner(Banner::Kind::Warning, this);
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    m_keychainBanner->setClosable(false);
    m_errorBanner = new Banner(Banner::Kind::Error, this);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    connect(m_errorBanner, &Banner::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("settings:"))
            openSettings();
    });

    m_picker = new ProviderPicker(this);
    m_accounts = new AccountList(this);

    m_signInView = new SignInView(this);
    m_deviceView = new DeviceCodeView(this);
    m_browserView = new BrowserWaitView(this);

    m_signedInView = new QWidget(this);
    m_signedInView->setObjectName(QStringLiteral("signedInView"));
    m_userCard = new UserCard(m_network, m_signedInView);
    m_tokenPanel = new TokenPanel(m_signedInView);
    m_signOutButton = new QPushButton(tr("Sign &out"), m_signedInView);
    m_signOutButton->setObjectName(QStringLiteral("signOutButton"));
    m_signOutButton->setToolTip(tr("Revoke the tokens and forget this account"));
    auto *addButton = new QPushButton(tr("&Add another account…"), m_signedInView);
    addButton->setObjectName(QStringLiteral("addAccountButton"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(addButton);
    actions->addStretch(1);
    actions->addWidget(m_signOutButton);
    auto *signedInLayout = new QVBoxLayout(m_signedInView);
    signedInLayout->setContentsMargins(16, 16, 16, 16);
    signedInLayout->setSpacing(12);
    signedInLayout->addWidget(m_userCard);
    signedInLayout->addWidget(m_tokenPanel, 1);
    signedInLayout->addLayout(actions);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    for (QWidget *page :
         {static_cast<QWidget *>(m_signInView), m_signedInView,
          static_cast<QWidget *>(m_deviceView), static_cast<QWidget *>(m_browserView)})
        m_pages->addWidget(page);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(12, 12, 6, 12);
    leftLayout->setSpacing(12);
    leftLayout->addWidget(m_picker);
    leftLayout->addWidget(m_accounts, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // Sizes in text units, so that the layout scales with the font and the screen's DPI.
    const int charWidth = fontMetrics().averageCharWidth();
    left->setMinimumWidth(charWidth * 50);
    splitter->setSizes({charWidth * 64, charWidth * 100});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_keychainBanner);
    layout->addWidget(m_errorBanner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    statusBar()->setSizeGripEnabled(true);

    resize(charWidth * 170, fontMetrics().height() * 42);

    connect(m_picker, &ProviderPicker::choiceChanged, this, &MainWindow::selectProvider);
    connect(m_picker, &ProviderPicker::settingsRequested, this, &MainWindow::openSettings);
    connect(m_signInView, &SignInView::signInRequested, this, &MainWindow::signIn);
    connect(m_signInView, &SignInView::backRequested, this, [this] {
        m_addingAccount = false;
        updateState();
    });
    connect(addButton, &QPushButton::clicked, this, [this] {
        m_addingAccount = true;
        updateState();
    });
    connect(m_signOutButton, &QPushButton::clicked, this, &MainWindow::signOut);
    auto toStatusBar = [this](const QString &text) {
        statusBar()->showMessage(text, 5000);
    };
    connect(m_tokenPanel, &TokenPanel::message, this, toStatusBar);
    connect(m_deviceView, &DeviceCodeView::message, this, toStatusBar);
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::selectProvider(ProviderChoice choice)
{
    if (m_picker->choice() != choice) {
        m_picker->setChoice(choice); // comes back here through choiceChanged
        return;
    }
    m_choice = choice;
    m_settings.setLastChoice(choice);
    createSession();
}

void MainWindow::createSession()
{
    delete m_dialog;
    if (m_session)
        m_session->deleteLater();
    if (m_provider)
        m_provider->deleteLater();
    m_session = nullptr;
    m_provider = nullptr;
    m_addingAccount = false;
    m_errorBanner->hide();

    m_providerSettings = m_settings.effective(m_choice);
    const ProviderSettings &settings = m_providerSettings;
    if (m_settings.lastSecretError().isError()) {
        m_errorBanner->setKind(Banner::Kind::Warning);
        m_errorBanner->showMessage(tr("The client secret could not be read from the keychain "
                                      "(%1).")
                                       .arg(m_settings.lastSecretError().detail().toHtmlEscaped()));
    }
    QString summary;
    if (ProviderCatalog::usesIssuer(m_choice) && !settings.issuer().isEmpty())
        summary = tr("Issuer: %1").arg(settings.issuer().toDisplayString());
    if (!settings.clientId().isEmpty()) {
        if (!summary.isEmpty())
            summary += u'\n';
        summary += tr("Client ID: %1").arg(settings.clientId());
    }
    m_picker->setSummary(summary);

    AuthError error;
    if (settings.clientId().isEmpty() ||
        (ProviderCatalog::usesIssuer(m_choice) && settings.issuer().isEmpty())) {
        // Not an error: the user has yet to register an application.
        m_errorBanner->setKind(Banner::Kind::Information);
        m_errorBanner->showMessage(
            //: %1: the provider's name. Keep the link: it opens the provider's settings
            //: (File > Provider settings…).
            tr("To sign in with %1, register an application (see the help on the left) and "
               "enter its client ID in <a href=\"settings:\">Settings</a>.")
                .arg(ProviderCatalog::title(m_choice).toHtmlEscaped()));
    } else if (OAuthProvider *provider = QtSignIn::createProvider(settings, this, &error)) {
        m_provider = provider;
        m_session = new AuthSession(provider, m_store, this);
        m_session->setRefreshBuffer(settings.refreshBuffer());
        connect(m_session, &AuthSession::stateChanged, this, &MainWindow::updateState);
        connect(m_session, &AuthSession::userChanged, this, &MainWindow::updateState);
        connect(m_session, &AuthSession::persistentChanged, this,
                &MainWindow::updateKeychainBanner);
        connect(m_session, &AuthSession::errorOccurred, this, &MainWindow::showError);
        connect(m_session, &AuthSession::reauthenticationRequired, this, [this] {
            statusBar()->showMessage(tr("The session has ended: sign in again"), 8000);
        });
        connect(m_session, &AuthSession::signedOut, this, [this](bool revoked) {
            statusBar()->showMessage(revoked ? tr("Signed out; the provider revoked the tokens")
                                             : tr("Signed out"),
                                     8000);
        });
    } else {
        showError(error);
    }

    m_signInView->setAllowedAgents(m_provider ? m_provider->allowedUserAgents()
                                              : QList<UserAgent>());
    // An OpenID provider knows whether it offers the device flow only after discovery.
    if (m_provider && !m_provider->isReady()) {
        QtSignIn::OAuthReply *prepared = m_provider->prepare();
        OAuthProvider *provider = m_provider;
        connect(prepared, &QtSignIn::OAuthReply::finished, this, [this, prepared, provider] {
            prepared->deleteLater();
            if (provider == m_provider)
                m_signInView->setAllowedAgents(provider->allowedUserAgents());
        });
    }
    m_tokenPanel->setSession(m_session);
    m_accounts->setSession(m_session);
    updateKeychainBanner();

    const bool restore = m_session && (m_settled || m_options.restoreAtStart);
    if (restore)
        m_session->restore();
    updateState();
}

AuthFlow *MainWindow::signIn(UserAgent agent)
{
    if (!m_session)
        return nullptr;
    m_errorBanner->hide();
    delete m_dialog;
    AuthFlow *flow = startFlow(agent);

    if (agent == UserAgent::Embedded) {
        auto *dialog = new LoginDialog(flow, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // "Open in my browser instead": the session starts the browser flow, so it keeps the
        // result; the dialog then shows "Continue in your browser" for it.
        connect(dialog, &LoginDialog::openInBrowserRequested, this, [this, dialog] {
            AuthFlow *browserFlow = startFlow(UserAgent::SystemBrowser);
            m_browserView->setFlow(browserFlow);
            dialog->setFlow(browserFlow);
            updateState();
        });
        m_dialog = dialog;
        // The session starts the flow from the event loop; show the dialog once it runs.
        connect(flow, &AuthFlow::stateChanged, dialog, [dialog](AuthFlow::State state) {
            if (state == AuthFlow::State::InProgress && !dialog->isVisible())
                dialog->open();
        });
    } else if (agent == UserAgent::DeviceCode) {
        m_deviceView->setFlow(flow);
    } else {
        m_browserView->setFlow(flow);
    }
    updateState();
    return flow;
}

AuthFlow *MainWindow::startFlow(UserAgent agent)
{
    AuthFlow *flow = m_session->signIn(agent);
    m_flow = flow;
    flow->setTimeout(m_providerSettings.authTimeout());
    // OIDC Core §11: a request for offline_access (a refresh token) must carry
    // prompt=consent; providers with rules of their own (Google, Microsoft) add what they need.
    const auto type = m_provider->type();
    if ((type == OAuthProvider::Type::Oidc || type == OAuthProvider::Type::Custom) &&
        m_provider->scopes().contains(QStringLiteral("offline_access")))
        flow->setExtraParameters({{QStringLiteral("prompt"), QStringLiteral("consent")}});
    connect(flow, &AuthFlow::finished, this, [this] {
        m_addingAccount = false;
        updateState();
    });
    return flow;
}

void MainWindow::signOut()
{
    if (m_session)
        m_session->signOut();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_choice, m_settings.effective(m_choice),
                          m_settings.hasOverrides(m_choice), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AuthError saved = m_settings.store(m_choice, dialog.settings());
    createSession();
    if (saved.isError()) {
        m_errorBanner->setKind(Banner::Kind::Warning);
        m_errorBanner->showMessage(tr("The client secret could not be saved in the keychain (%1). "
                                      "It is kept until you quit the demo.")
                                       .arg(saved.detail().toHtmlEscaped()));
    }
}

void MainWindow::updateState()
{
    const AuthSession::State state = m_session ? m_session->state() : AuthSession::State::SignedOut;
    const UserAgent agent = m_flow ? m_flow->userAgent() : UserAgent::Embedded;
    QWidget *page = m_signInView;
    QString status;
    bool busy = !m_session;
    switch (state) {
    case AuthSession::State::Restoring:
        status = tr("Restoring your session…");
        busy = true;
        break;
    case AuthSession::State::SigningIn:
        busy = true;
        if (agent == UserAgent::DeviceCode)
            page = m_deviceView;
        else if (agent == UserAgent::SystemBrowser)
            page = m_browserView;
        else
            status = tr("Signing in in the sign-in window…");
        break;
    case AuthSession::State::SignedIn:
    case AuthSession::State::Refreshing:
        if (!m_addingAccount)
            page = m_signedInView;
        break;
    case AuthSession::State::ReauthenticationRequired:
        status = tr("Your session has ended. Sign in again to continue.");
        break;
    case AuthSession::State::SignedOut:
        status = m_session ? tr("You are signed out.") : QString();
        break;
    }
    m_signInView->setStatus(status);
    m_signInView->setBusy(busy);
    m_signInView->setBackVisible(m_addingAccount && m_session && m_session->isSignedIn());
    if (page == m_signedInView && m_session) {
        // The demo's names say more than a generic provider's (its issuer's host).
        m_userCard->setUser(m_session->user(),
                            m_provider ? m_provider->issuerIdentifier() : QString(),
                            ProviderCatalog::title(m_choice));
    }
    m_signOutButton->setEnabled(m_session && m_session->isSignedIn());
    m_pages->setCurrentWidget(page);

    if (!m_settled && state != AuthSession::State::Restoring) {
        m_settled = true;
        Q_EMIT settled();
    }
}

void MainWindow::updateKeychainBanner()
{
    const bool unavailable = m_store->availability() == TokenStore::Availability::Unavailable ||
        (m_session && !m_session->isPersistent());
    if (!unavailable) {
        m_keychainBanner->hide();
        return;
    }
    m_keychainBanner->showMessage(
        //: Shown when the OS keychain (Secret Service) cannot be used: the sign-in is kept in
        //: memory and forgotten when the demo quits.
        tr("Not remembered: no keychain available (session only)"),
        Banner::errorDetails(m_store->lastError()));
}

void MainWindow::showError(const AuthError &error)
{
    if (error.code() == AuthError::Code::StorageError) {
        updateKeychainBanner();
        return;
    }
    m_errorBanner->setKind(Banner::Kind::Error);
    m_errorBanner->showError(error);
}

void MainWindow::saveScreenshotAndQuit()
{
    // Give the layouts and the first paint a moment; then the picture shows what a user sees.
    QTimer::singleShot(400, this, [this] {
        const QString path = QDir::current().absoluteFilePath(m_options.screenshotPath);
        const bool saved = grab().save(path);
        std::fprintf(saved ? stdout : stderr, "%s %s\n",
                     saved ? "Screenshot written to" : "Cannot write the screenshot",
                     qPrintable(QDir::toNativeSeparators(path)));
        std::fflush(saved ? stdout : stderr);
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace QtSignInDemo
