// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "demooptions.h"

#include <QtSignIn/authflow.h>
#include <QtSignIn/authsession.h>
#include <QtSignIn/keychaintokenstore.h>
#include <QtSignIn/logindialog.h>
#include <QtSignIn/providersettings.h>

#include <QtCore/QPointer>
#include <QtWidgets/QMainWindow>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QStackedWidget;
class QPushButton;
QT_END_NAMESPACE

namespace QtSignInDemo {

class AccountList;
class Banner;
class BrowserWaitView;
class DeviceCodeView;
class ProviderPicker;
class SignInView;
class TokenPanel;
class UserCard;

/*!
 * The demo's window: pick a provider, sign in with any user agent it allows, see who is
 * signed in and the session's tokens, switch and remove accounts, sign out. The session is
 * kept in the OS keychain (service "QtSignIn Demo") and restored at the next start.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const DemoOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    QtSignIn::AuthSession *session() const { return m_session; }
    QtSignIn::OAuthProvider *provider() const { return m_provider; }
    ProviderChoice choice() const { return m_choice; }
    /*! The settings the current provider was made from. */
    QtSignIn::ProviderSettings providerSettings() const { return m_providerSettings; }
    /*! The embedded sign-in window while it is open. */
    QtSignIn::LoginDialog *loginDialog() const { return m_dialog; }
    /*! The page shown on the right: signInView, signedInView, deviceCodeView, browserWaitView. */
    QWidget *currentPage() const;

    ProviderPicker *providerPicker() const { return m_picker; }
    SignInView *signInView() const { return m_signInView; }
    UserCard *userCard() const { return m_userCard; }
    TokenPanel *tokenPanel() const { return m_tokenPanel; }
    DeviceCodeView *deviceCodeView() const { return m_deviceView; }
    AccountList *accountList() const { return m_accounts; }
    Banner *errorBanner() const { return m_errorBanner; }
    Banner *keychainBanner() const { return m_keychainBanner; }

public Q_SLOTS:
    void selectProvider(QtSignInDemo::ProviderChoice choice);
    QtSignIn::AuthFlow *signIn(QtSignIn::OAuthProvider::UserAgent agent);
    void signOut();
    void openSettings();

Q_SIGNALS:
    /*! The start-up restore is over (signed in or not): the window shows its first real page. */
    void settled();

private:
    /* The session's new flow for \a agent, configured (timeout, consent); not presented. */
    QtSignIn::AuthFlow *startFlow(QtSignIn::OAuthProvider::UserAgent agent);
    void buildUi();
    void createSession();
    void updateState();
    void updateKeychainBanner();
    void showError(const QtSignIn::AuthError &error);
    void saveScreenshotAndQuit();

    DemoOptions m_options;
    DemoSettings m_settings;
    QNetworkAccessManager *m_network;
    QtSignIn::KeychainTokenStore *m_store;
    ProviderChoice m_choice = ProviderChoice::DevIdp;
    QtSignIn::ProviderSettings m_providerSettings;
    QPointer<QtSignIn::OAuthProvider> m_provider;
    QPointer<QtSignIn::AuthSession> m_session;
    QPointer<QtSignIn::AuthFlow> m_flow;
    QPointer<QtSignIn::LoginDialog> m_dialog;
    bool m_addingAccount = false;
    bool m_settled = false;

    Banner *m_keychainBanner = nullptr;
    Banner *m_errorBanner = nullptr;
    ProviderPicker *m_picker = nullptr;
    AccountList *m_accounts = nullptr;
    QStackedWidget *m_pages = nullptr;
    SignInView *m_signInView = nullptr;
    QWidget *m_signedInView = nullptr;
    UserCard *m_userCard = nullptr;
    TokenPanel *m_tokenPanel = nullptr;
    DeviceCodeView *m_deviceView = nullptr;
    BrowserWaitView *m_browserView = nullptr;
    QPushButton *m_signOutButton = nullptr;
};

} // namespace QtSignInDemo
