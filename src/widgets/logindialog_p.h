// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/logindialog.h>

#include <QtCore/QPointer>

#include <optional>

QT_BEGIN_NAMESPACE
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QWebEngineCertificateError;
class QWebEngineProfile;
class QWidget;
QT_END_NAMESPACE

namespace QtSignIn {

class LoginPage;
class RedirectGuard;
class RedirectInterceptor;

class LoginDialogPrivate
{
    Q_DECLARE_PUBLIC(LoginDialog)

public:
    explicit LoginDialogPrivate(LoginDialog *q);

    enum class Security { None, Secure, LocalDevelopment, Insecure };
    enum class View { Page, Browser, Device, Completing, Error };

    void setupUi();
    void retranslateUi();
    void attach(AuthFlow *flow);
    void detach();
    void startIfPending();
    void present();
    void loadAuthorizationPage();
    void showView(View view);
    void showError(const QString &title, const QString &text);
    void updateAddress(const QUrl &url);
    void updateButtons();
    void updateLockIcon();

    void onAuthorizationUrlReady(const QUrl &url);
    void onRedirectCaught(const QUrl &url);
    void onFlowFinished();
    void onCertificateError(const QWebEngineCertificateError &error);
    void onInsecureNavigation(const QUrl &url);
    void switchToBrowser();
    void abortFlow(const AuthError &error);

    LoginDialog *q_ptr;
    QPointer<AuthFlow> flow;
    std::optional<LoginDialog::Result> keptResult; // the flow's outcome, kept when it finished
    AuthError localError; // an error the dialog found (TLS), reported by outcome()
    QUrl loadedAuthorizationUrl;
    View view = View::Page;
    Security security = Security::None;
    bool browserSwitchEnabled = true;
    AuthFlow *switchingFrom = nullptr; // during openInBrowserRequested(): the flow being replaced
    bool closing = false; // accept()/reject() under way: ignore the flow's last signals

    // Web engine objects: the page must be deleted before its profile (see ~LoginDialog).
    QWebEngineProfile *profile = nullptr;
    RedirectGuard *guard = nullptr;
    RedirectInterceptor *interceptor = nullptr;
    LoginPage *page = nullptr;

    QWidget *topBar = nullptr;
    QLabel *lockLabel = nullptr;
    QLabel *hostLabel = nullptr;
    QLabel *securityLabel = nullptr;
    QProgressBar *progress = nullptr;
    QFrame *topSeparator = nullptr;
    QStackedWidget *stack = nullptr;
    QWebEngineView *webView = nullptr;
    QWidget *messagePage = nullptr;
    QLabel *messageIcon = nullptr;
    QLabel *messageTitle = nullptr;
    QLabel *messageText = nullptr;
    QLabel *messageCode = nullptr;
    QPushButton *messageAction = nullptr;
    QPushButton *browserButton = nullptr;
    QPushButton *cancelButton = nullptr;
};

} // namespace QtSignIn
