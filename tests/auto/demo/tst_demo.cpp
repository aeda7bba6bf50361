// SPDX-License-Identifier: BSD-3-Clause
// Smoke test of qtsignin-demo: its MainWindow in-process, signed in through the embedded
// LoginDialog on the real OpenID Provider (npm oidc-provider, started by the test envelope),
// the session kept in the real Secret Service and restored by a second window, sign-out, the
// device-code view, and an error shown in plain words with the server detail behind "Details".

#include "accountlist.h"
#include "banner.h"
#include "devicecodeview.h"
#include "mainwindow.h"
#include "providerpicker.h"
#include "settingsdialog.h"
#include "signinview.h"
#include "tokenpanel.h"
#include "usercard.h"

#include <QtSignIn/keychaintokenstore.h>
#include <QtSignIn/logindialog.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QPointer>
#include <QtCore/QRegularExpression>
#include <QtCore/QScopeGuard>
#include <QtCore/QSettings>
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWebEngineWidgets/QWebEngineView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>

#include <memory>

using namespace QtSignIn;
using namespace QtSignInDemo;
using UserAgent = OAuthProvider::UserAgent;

namespace {

struct JsResult
{
    bool done = false;
    QVariant value;
};

} // namespace

class tst_Demo : public QObject
{
    Q_OBJECT

public:
    // Called by QTEST_MAIN before the QApplication exists.
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private:
    QUrl m_issuer;

    DemoOptions optionsFor(const QUrl &issuer) const
    {
        // What `tools/setup.sh demo` passes through QTSIGNIN_* variables.
        DemoOptions options;
        options.overrides.setProviderType(OAuthProvider::Type::Oidc);
        options.overrides.setIssuer(issuer);
        options.overrides.setClientId(QStringLiteral("qt-desktop"));
        options.overrides.setAllowInsecureLoopback(true);
        options.hasOverrides = true;
        options.overrideChoice = ProviderCatalog::choiceFor(options.overrides);
        options.initialChoice = options.overrideChoice;
        options.choiceGiven = true;
        return options;
    }

    std::unique_ptr<MainWindow> openWindow(const QUrl &issuer)
    {
        auto window = std::make_unique<MainWindow>(optionsFor(issuer));
        window->show();
        window->activateWindow(); // Xvfb has no window manager
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("the window was not exposed");
        return window;
    }

    static QVariant runJs(QWebEnginePage *page, const QString &script)
    {
        // Shared state: the callback may come after a timeout, when this frame is gone.
        auto result = std::make_shared<JsResult>();
        page->runJavaScript(script, [result](const QVariant &value) {
            result->value = value;
            result->done = true;
        });
        if (!QTest::qWaitFor([&result] { return result->done; }, 10000))
            qWarning("runJavaScript: no result within 10 s");
        return result->value;
    }

    // The hidden `prompt` input of oidc-provider's dev interaction pages: "login" or "consent".
    static QString interactionPrompt(QWebEnginePage *page)
    {
        return runJs(page,
                     QStringLiteral("(function () {"
                                    "  var p = document.querySelector('input[name=prompt]');"
                                    "  return p ? p.value : '';"
                                    "})()"))
            .toString();
    }

    static void saveScreenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("QTSIGNIN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(name);
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        qInfo("screenshot saved to %s", qPrintable(path));
    }

    // Every text the window shows, to prove that no token is ever on screen.
    static QStringList visibleTexts(QWidget *root)
    {
        QStringList texts;
        for (const QLabel *label : root->findChildren<QLabel *>())
            texts << label->text();
        for (const QTreeWidget *tree : root->findChildren<QTreeWidget *>()) {
            QList<QTreeWidgetItem *> items;
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                items << tree->topLevelItem(i);
            while (!items.isEmpty()) {
                QTreeWidgetItem *item = items.takeFirst();
                texts << item->text(0) << item->text(1);
                for (int i = 0; i < item->childCount(); ++i)
                    items << item->child(i);
            }
        }
        return texts;
    }

    void signInThroughTheDialog(MainWindow *window, const QString &login)
    {
        QPushButton *embedded = window->signInView()->button(UserAgent::Embedded);
        QTRY_VERIFY_WITH_TIMEOUT(embedded->isEnabled(), 10000);
        QTest::mouseClick(embedded, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->loginDialog() && window->loginDialog()->isVisible(),
                                 10000);
        LoginDialog *dialog = window->loginDialog();
        QWebEnginePage *page = dialog->webView()->page();
        QTRY_COMPARE_WITH_TIMEOUT(interactionPrompt(page), QStringLiteral("login"), 20000);
        const QString fill =
            QStringLiteral("(function () {"
                           "  var login = document.querySelector('input[name=login]');"
                           "  var password = document.querySelector('input[name=password]');"
                           "  login.value = '%1';"
                           "  password.value = '%1';"
                           "  login.form.querySelector('[type=submit]').click();"
                           "  return true;"
                           "})()")
                .arg(login);
        QCOMPARE(runJs(page, fill), QVariant(true));
        QTRY_COMPARE_WITH_TIMEOUT(interactionPrompt(page), QStringLiteral("consent"), 20000);
        const QString consent =
            QStringLiteral("(function () {"
                           "  document.querySelector('input[name=prompt]').form"
                           "      .querySelector('button[type=submit]').click();"
                           "  return true;"
                           "})()");
        QCOMPARE(runJs(page, consent), QVariant(true));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("QtSignIn"));
        QCoreApplication::setApplicationName(QStringLiteral("qtsignin-demo-test"));
        m_issuer = QUrl(qEnvironmentVariable("OIDC_ISSUER"));
        QVERIFY2(m_issuer.isValid() && !m_issuer.isEmpty(),
                 "OIDC_ISSUER is not set: run inside tools/setup.sh run --oidc");
        LoginDialog::preload();
    }

    // Each test starts with no account in the demo's keychain entry.
    void init()
    {
        KeychainTokenStore store(DemoOptions().keychainService);
        StoreReply *list = store.listAccounts();
        QSignalSpy listed(list, &OAuthReply::finished);
        QVERIFY(listed.wait(10000));
        QVERIFY2(!list->hasError(), qPrintable(list->error().detail()));
        for (const StoredAccount &account : list->accounts()) {
            StoreReply *removal = store.remove(account.id());
            QSignalSpy removed(removal, &OAuthReply::finished);
            QVERIFY(removed.wait(10000));
            QVERIFY(!removal->hasError());
        }
    }

    void startsSignedOutOnTheDevelopmentIdp()
    {
        auto window = openWindow(m_issuer);
        QSignalSpy settled(window.get(), &MainWindow::settled);
        QTRY_VERIFY(window->session() &&
                    window->session()->state() == AuthSession::State::SignedOut);
        QCOMPARE(window->choice(), ProviderChoice::DevIdp);
        QCOMPARE(window->currentPage(), window->signInView());
        QCOMPARE(window->signInView()->status(), QStringLiteral("You are signed out."));
        QCOMPARE(window->providerPicker()->devNote(),
                 QStringLiteral("Local development IdP over plain http (loopback only)"));
        QVERIFY(window->providerSettings().allowInsecureLoopback());
        QCOMPARE(window->provider()->clientId(), QStringLiteral("qt-desktop"));
        // A keychain is there: nothing says the session would be forgotten.
        QVERIFY(!window->keychainBanner()->isVisible());
        QVERIFY(!window->errorBanner()->isVisible());
        // Discovery done, the provider offers all three user agents.
        for (UserAgent agent :
             {UserAgent::Embedded, UserAgent::SystemBrowser, UserAgent::DeviceCode}) {
            QTRY_VERIFY2_WITH_TIMEOUT(window->signInView()->button(agent)->isEnabled(),
                                      qPrintable(window->signInView()->button(agent)->text()),
                                      10000);
        }
        saveScreenshot(window.get(), QStringLiteral("demo-signed-out.png"));
    }

    void signsInShowsTheUserAndRestoresInANewWindow()
    {
        auto window = openWindow(m_issuer);
        QTRY_VERIFY(window->session() &&
                    window->session()->state() == AuthSession::State::SignedOut);
        signInThroughTheDialog(window.get(), QStringLiteral("alice"));

        QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), AuthSession::State::SignedIn, 20000);
        QTRY_COMPARE(window->currentPage()->objectName(), QStringLiteral("signedInView"));
        QTRY_VERIFY(!window->loginDialog()); // closed and deleted

        // The user card: the profile from the provider's userinfo endpoint.
        QCOMPARE(window->userCard()->name(), QStringLiteral("User alice"));
        QVERIFY2(window->userCard()->email().startsWith(QStringLiteral("alice@example.test")),
                 qPrintable(window->userCard()->email()));
        QVERIFY2(window->userCard()->issuer().contains(m_issuer.toString()),
                 qPrintable(window->userCard()->issuer()));

        // The token panel: granted scopes, a running expiry countdown, validated claims.
        const QStringList scopes = window->tokenPanel()->scopesText().split(u' ');
        for (const char *scope : {"openid", "offline_access", "profile", "email"})
            QVERIFY2(scopes.contains(QLatin1String(scope)), scope);
        QVERIFY2(QRegularExpression(QStringLiteral("^in \\d+:\\d\\d \\(at "))
                     .match(window->tokenPanel()->expiryText())
                     .hasMatch(),
                 qPrintable(window->tokenPanel()->expiryText()));
        QCOMPARE(window->tokenPanel()->claimValue(QStringLiteral("sub")), QStringLiteral("alice"));
        QCOMPARE(window->tokenPanel()->claimValue(QStringLiteral("iss")), m_issuer.toString());
        QCOMPARE(window->tokenPanel()->claimValue(QStringLiteral("aud")),
                 QStringLiteral("qt-desktop"));
        QVERIFY(window->tokenPanel()->claimNames().contains(QStringLiteral("exp")));

        // Claims only: neither token appears anywhere in the window.
        const TokenSet tokens = window->session()->tokens();
        QVERIFY(!tokens.accessToken().isEmpty());
        QVERIFY(tokens.hasRefreshToken());
        for (const QString &text : visibleTexts(window.get())) {
            QVERIFY(!text.contains(tokens.accessToken()));
            QVERIFY(!text.contains(tokens.refreshToken()));
            if (!tokens.idToken().isEmpty())
                QVERIFY(!text.contains(tokens.idToken()));
            // A compact JWS (header.payload.signature) is never displayed either.
            QVERIFY(!text.contains(QRegularExpression(
                QStringLiteral("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"))));
        }
        QTRY_COMPARE(window->session()->accounts().size(), 1);
        saveScreenshot(window.get(), QStringLiteral("demo-signed-in.png"));

        // A second window, with a session of its own, restores alice from the keychain: no
        // sign-in window, no login.
        auto second = openWindow(m_issuer);
        QTRY_COMPARE_WITH_TIMEOUT(second->session()->state(), AuthSession::State::SignedIn, 10000);
        QCOMPARE(second->currentPage()->objectName(), QStringLiteral("signedInView"));
        QVERIFY(second->findChildren<LoginDialog *>().isEmpty());
        QCOMPARE(second->userCard()->name(), QStringLiteral("User alice"));
        QCOMPARE(second->tokenPanel()->claimValue(QStringLiteral("sub")), QStringLiteral("alice"));
        window.reset();

        // Sign out: back to the signed-out page, nothing left to restore.
        QSignalSpy signedOut(second->session(), &AuthSession::signedOut);
        auto *signOut = second->findChild<QPushButton *>(QStringLiteral("signOutButton"));
        QVERIFY(signOut && signOut->isEnabled());
        QTest::mouseClick(signOut, Qt::LeftButton);
        QTRY_COMPARE(signedOut.count(), 1);
        QCOMPARE(signedOut.first().first().toBool(), true); // the OP revoked the tokens
        QTRY_COMPARE(second->session()->state(), AuthSession::State::SignedOut);
        QCOMPARE(second->currentPage(), second->signInView());
        QTRY_VERIFY(second->session()->accounts().isEmpty());
        second.reset();

        auto third = openWindow(m_issuer);
        QTRY_COMPARE(third->session()->state(), AuthSession::State::SignedOut);
        QCOMPARE(third->currentPage(), third->signInView());
    }

    void browserSwitchInTheDialogSignsTheSessionIn()
    {
        // "Open in my browser instead" in the sign-in window: the session runs the browser flow
        // (a scripted $BROWSER plays the user) and the window ends up signed in.
        const QString script = qEnvironmentVariable("QTSIGNIN_SOURCE_DIR") +
            QStringLiteral("/tests/shared/scripted-browser.sh");
        QVERIFY2(QFile::exists(script), qPrintable(script));
        qputenv("BROWSER", QString(QStringLiteral("bash ") + script).toLocal8Bit());
        const auto restoreBrowser = qScopeGuard([] { qunsetenv("BROWSER"); });

        auto window = openWindow(m_issuer);
        QPushButton *embedded = window->signInView()->button(UserAgent::Embedded);
        QTRY_VERIFY_WITH_TIMEOUT(embedded->isEnabled(), 10000);
        QTest::mouseClick(embedded, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->loginDialog() && window->loginDialog()->isVisible(),
                                 10000);
        QPointer<LoginDialog> dialog = window->loginDialog();
        AuthFlow *embeddedFlow = dialog->flow();
        QTRY_COMPARE_WITH_TIMEOUT(interactionPrompt(dialog->webView()->page()),
                                  QStringLiteral("login"), 20000);
        auto *browserButton = dialog->findChild<QPushButton *>(QStringLiteral("browserButton"));
        QVERIFY(browserButton && browserButton->isVisible());
        QSignalSpy errors(window->session(), &AuthSession::errorOccurred);
        QTest::mouseClick(browserButton, Qt::LeftButton);
        QVERIFY(dialog);
        QVERIFY(dialog->flow() != embeddedFlow);
        QCOMPARE(dialog->flow()->userAgent(), UserAgent::SystemBrowser);

        QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), AuthSession::State::SignedIn, 30000);
        QTRY_COMPARE(window->currentPage()->objectName(), QStringLiteral("signedInView"));
        QCOMPARE(window->userCard()->name(), QStringLiteral("User alice"));
        QTRY_VERIFY(!dialog); // closed and deleted
        QCOMPARE(errors.count(), 0);
    }

    void clientSecretGoesToTheKeychainNotTheSettingsFile()
    {
        DemoSettings settings(DemoOptions{});
        ProviderSettings values;
        values.setClientId(QStringLiteral("desktop-client"));
        values.setClientSecret(QStringLiteral("demo-secret-7d3f"));
        QVERIFY(!settings.store(ProviderChoice::Google, values).isError());
        QCOMPARE(settings.stored(ProviderChoice::Google).clientSecret(),
                 QStringLiteral("demo-secret-7d3f"));
        QCOMPARE(settings.stored(ProviderChoice::Google).clientId(),
                 QStringLiteral("desktop-client"));
        QSettings().sync();
        QFile file(QSettings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("demo-secret-7d3f"));

        // A secret an earlier demo wrote to the file moves to the keychain.
        {
            QSettings legacy;
            legacy.setValue(QStringLiteral("providers/github/client_id"), QStringLiteral("gh"));
            legacy.setValue(QStringLiteral("providers/github/client_secret"),
                            QStringLiteral("legacy-secret-91a2"));
        }
        QCOMPARE(settings.stored(ProviderChoice::GitHub).clientSecret(),
                 QStringLiteral("legacy-secret-91a2"));
        QSettings().sync();
        QVERIFY(file.seek(0));
        QVERIFY(!file.readAll().contains("legacy-secret-91a2"));
        QCOMPARE(settings.stored(ProviderChoice::GitHub).clientSecret(),
                 QStringLiteral("legacy-secret-91a2"));

        // An empty secret removes it.
        values.setClientSecret(QString());
        QVERIFY(!settings.store(ProviderChoice::Google, values).isError());
        QCOMPARE(settings.stored(ProviderChoice::Google).clientSecret(), QString());
        QVERIFY(!settings.store(ProviderChoice::GitHub, ProviderSettings()).isError());
    }

    void settingsDialogKeepsTheNetworkSettings()
    {
        // A company network: the private CA and the proxy come back out of the dialog.
        ProviderSettings initial;
        initial.setClientId(QStringLiteral("corp-client"));
        initial.setCaFile(QStringLiteral("/etc/corp/ca.pem"));
        SettingsDialog dialog(ProviderChoice::CustomOidc, initial, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *caFile = dialog.findChild<QLineEdit *>(QStringLiteral("caFileEdit"));
        auto *proxy = dialog.findChild<QLineEdit *>(QStringLiteral("proxyEdit"));
        QVERIFY(caFile && proxy);
        QCOMPARE(caFile->text(), QStringLiteral("/etc/corp/ca.pem"));
        proxy->setText(QStringLiteral("http://proxy.corp:3128"));
        saveScreenshot(&dialog, QStringLiteral("demo-settings.png"));
        const ProviderSettings edited = dialog.settings();
        QCOMPARE(edited.caFile(), QStringLiteral("/etc/corp/ca.pem"));
        QCOMPARE(edited.proxy(), QStringLiteral("http://proxy.corp:3128"));
        QCOMPARE(edited.clientId(), QStringLiteral("corp-client"));
    }

    void deviceCodeViewShowsTheUserCode()
    {
        auto window = openWindow(m_issuer);
        QPushButton *device = window->signInView()->button(UserAgent::DeviceCode);
        QTRY_VERIFY_WITH_TIMEOUT(device->isEnabled(), 10000);
        QTest::mouseClick(device, Qt::LeftButton);
        QTRY_COMPARE(window->currentPage(), window->deviceCodeView());
        QTRY_VERIFY_WITH_TIMEOUT(!window->deviceCodeView()->userCode().isEmpty(), 10000);
        // oidc-provider's user codes: eight letters, shown as XXXX-XXXX.
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z]{4}-?[A-Z]{4}$"))
                     .match(window->deviceCodeView()->userCode())
                     .hasMatch(),
                 qPrintable(window->deviceCodeView()->userCode()));
        auto *code = window->deviceCodeView()->findChild<QLabel *>(QStringLiteral("userCodeLabel"));
        QVERIFY(code);
        QCOMPARE(code->text(), window->deviceCodeView()->userCode());
        QVERIFY(code->textInteractionFlags() & Qt::TextSelectableByMouse);
        auto *instructions =
            window->deviceCodeView()->findChild<QLabel *>(QStringLiteral("instructionsLabel"));
        QVERIFY(instructions);
        QVERIFY2(instructions->text().contains(m_issuer.toString() + QLatin1String("/device")),
                 qPrintable(instructions->text()));
        QVERIFY2(window->deviceCodeView()->countdownText().startsWith(
                     QStringLiteral("The code expires in ")),
                 qPrintable(window->deviceCodeView()->countdownText()));
        saveScreenshot(window.get(), QStringLiteral("demo-device-code.png"));

        auto *cancel = window->deviceCodeView()->findChild<QPushButton *>(
            QStringLiteral("cancelDeviceButton"));
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(window->session()->state(), AuthSession::State::SignedOut);
        QCOMPARE(window->currentPage(), window->signInView());
        QVERIFY(!window->errorBanner()->isVisible()); // a cancel is not an error
    }

    void errorsAreShownInPlainWordsWithDetails()
    {
        // An issuer nobody listens on: the sign-in fails at discovery.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();

        auto window = openWindow(nowhere);
        QPushButton *browser = window->signInView()->button(UserAgent::SystemBrowser);
        QTRY_VERIFY(browser->isEnabled());
        QTest::mouseClick(browser, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->errorBanner()->isVisible(), 20000);
        QTRY_COMPARE(window->currentPage(), window->signInView());
        QVERIFY(!window->errorBanner()->text().isEmpty());
        QVERIFY(!window->errorBanner()->text().contains(QLatin1String("Error code")));
        QVERIFY(!window->errorBanner()->isExpanded());
        const QString details = window->errorBanner()->details();
        QVERIFY2(details.contains(QLatin1String("Error code: DiscoveryFailed")) ||
                     details.contains(QLatin1String("Error code: NetworkError")),
                 qPrintable(details));
        auto *toggle = window->errorBanner()->findChild<QWidget *>(QStringLiteral("detailsButton"));
        auto *shown = window->errorBanner()->findChild<QLabel *>(QStringLiteral("detailsText"));
        QVERIFY(toggle && shown);
        QVERIFY(!shown->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(window->errorBanner()->isExpanded());
        QVERIFY(shown->isVisible());
        QCOMPARE(window->session()->state(), AuthSession::State::SignedOut);
    }
};

QTEST_MAIN(tst_Demo)
#include "tst_demo.moc"
