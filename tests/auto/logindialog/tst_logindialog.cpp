// SPDX-License-Identifier: BSD-3-Clause
// LoginDialog, the embedded user agent, with the real browser engine under Xvfb against the real
// OpenID Provider (npm oidc-provider, started by the test envelope): sign in through the dev
// login and consent pages, the redirect URI never requested, cancel, a self-signed certificate
// that cannot be bypassed, pop-ups sent to the desktop's browser.

#include <QtSignIn/authflow.h>
#include <QtSignIn/authsession.h>
#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/logindialog.h>
#include <QtSignIn/memorytokenstore.h>

#include "fakeserver.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QScopeGuard>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWebEngineCore/QWebEngineProfile>
#include <QtWebEngineWidgets/QWebEngineView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>

#include <memory>

using namespace QtSignIn;
using QtSignInTest::FakeResponse;
using QtSignInTest::FakeServer;

namespace {

// A TLS server with a self-signed certificate for 127.0.0.1 (Qt 6.4 has no QSslServer).
class SelfSignedTlsServer : public QTcpServer
{
public:
    QSslCertificate certificate;
    QSslKey key;
    int connections = 0;
    int handshakes = 0;      // TLS sessions the client completed (it accepted the certificate)
    int bytesFromClient = 0; // application data: an HTTP request

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(certificate);
        socket->setPrivateKey(key);
        connect(socket, &QSslSocket::encrypted, this, [this] { ++handshakes; });
        connect(socket, &QSslSocket::readyRead, this,
                [this, socket] { bytesFromClient += int(socket->readAll().size()); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }
};

struct JsResult
{
    bool done = false;
    QVariant value;
};

} // namespace

class tst_LoginDialog : public QObject
{
    Q_OBJECT

public:
    // Called by QTEST_MAIN before the QApplication exists.
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private:
    QUrl m_issuer;
    QTcpServer m_redirectListener; // the redirect URI's port: must never see a connection
    int m_redirectConnections = 0;
    QUrl m_redirect;

    GenericOidcProvider *newProvider(QObject *parent)
    {
        auto *provider = new GenericOidcProvider(m_issuer, parent);
        provider->setClientId(QStringLiteral("qt-desktop"));
        provider->setAllowInsecureLoopback(true); // the test OP is http on 127.0.0.1
        provider->setScopes({QStringLiteral("openid"), QStringLiteral("offline_access"),
                             QStringLiteral("profile"), QStringLiteral("email")});
        return provider;
    }

    AuthFlow *newFlow(OAuthProvider *provider, QObject *parent)
    {
        auto *flow = new AuthFlow(provider, parent);
        flow->setUserAgent(OAuthProvider::UserAgent::Embedded);
        flow->setRedirectUri(m_redirect);
        // oidc-provider issues a refresh token only with prompt=consent (ENVIRONMENT.md O3).
        flow->setExtraParameters({{QStringLiteral("prompt"), QStringLiteral("consent")}});
        return flow;
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

    static bool hasContent(const QImage &image)
    {
        // Rendered when the page is not a single colour (W5: an early grab is blank).
        if (image.isNull())
            return false;
        const QRgb first = image.pixel(0, 0);
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                if (image.pixel(x, y) != first)
                    return true;
            }
        }
        return false;
    }

    static QStringList visibleButtons(const QDialog &dialog)
    {
        QStringList texts;
        for (const QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->isVisibleTo(&dialog))
                texts.append(button->text());
        }
        return texts;
    }

    static void show(QDialog &dialog)
    {
        dialog.show();
        dialog.activateWindow(); // Xvfb has no window manager (ENVIRONMENT.md W6)
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    }

    // Waits for the dev IdP's login page in the dialog; optionally saves a screenshot.
    void waitForLoginPage(LoginDialog &dialog, bool screenshot = false)
    {
        QWebEnginePage *page = dialog.webView()->page();
        QTRY_COMPARE_WITH_TIMEOUT(interactionPrompt(page), QStringLiteral("login"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(hasContent(dialog.webView()->grab().toImage()), 10000);
        if (screenshot)
            saveScreenshot(dialog, QStringLiteral("logindialog.png"));
    }

    // For the documentation (docs/logindialog.png) and for looking at the dialog's pages.
    static void saveScreenshot(QWidget &dialog, const QString &name)
    {
        const QString dir = qEnvironmentVariable("QTSIGNIN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(name);
        QVERIFY2(dialog.grab().save(path), qPrintable(path));
        qInfo("screenshot saved to %s", qPrintable(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_issuer = QUrl(qEnvironmentVariable("OIDC_ISSUER"));
        QVERIFY2(m_issuer.isValid() && !m_issuer.isEmpty(),
                 "OIDC_ISSUER is not set: run inside tools/setup.sh run --oidc");
        QVERIFY(m_redirectListener.listen(QHostAddress::LocalHost, 0));
        connect(&m_redirectListener, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_redirectListener.nextPendingConnection()) {
                ++m_redirectConnections;
                socket->deleteLater();
            }
        });
        m_redirect = QUrl(
            QStringLiteral("http://127.0.0.1:%1/callback").arg(m_redirectListener.serverPort()));

        LoginDialog::preload();
        LoginDialog::preload(); // idempotent
        QVERIFY(QWebEngineProfile::defaultProfile()->isOffTheRecord());
    }

    void signsInThroughTheProviderPages_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("alice") << QStringLiteral("alice");
        QTest::newRow("bob") << QStringLiteral("bob");
    }

    void signsInThroughTheProviderPages()
    {
        QFETCH(QString, login);
        QObject owner;
        auto *provider = newProvider(&owner);
        AuthFlow *flow = newFlow(provider, &owner);
        QSignalSpy completed(flow, &AuthFlow::completed);
        QSignalSpy finished(flow, &AuthFlow::finished);

        LoginDialog dialog(flow);
        QCOMPARE(dialog.flow(), flow);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Sign in – %1").arg(provider->displayName()));
        show(dialog);
        QCOMPARE(flow->state(), AuthFlow::State::InProgress); // started by showing the dialog

        waitForLoginPage(dialog, QByteArrayView(QTest::currentDataTag()) == "alice");
        // The top bar names the IdP's host and says it is plain http on loopback.
        const auto *host = dialog.findChild<QLabel *>(QStringLiteral("hostLabel"));
        const auto *security = dialog.findChild<QLabel *>(QStringLiteral("securityLabel"));
        QVERIFY(host && security);
        QCOMPARE(host->text(), m_issuer.host() + u':' + QString::number(m_issuer.port()));
        QCOMPARE(security->text(), QStringLiteral("Not secure (local development)"));

        QWebEnginePage *page = dialog.webView()->page();
        const QString fill =
            QStringLiteral("(function () {"
                           "  var login = document.querySelector('input[name=login]');"
                           "  var password = document.querySelector('input[name=password]');"
                           "  login.value = '%1';"
                           "  password.value = 'any-password';"
                           "  login.form.querySelector('[type=submit]').click();"
                           "  return true;"
                           "})()")
                .arg(login);
        QCOMPARE(runJs(page, fill), QVariant(true));

        QTRY_COMPARE_WITH_TIMEOUT(interactionPrompt(page), QStringLiteral("consent"), 20000);
        const QString consent =
            QStringLiteral("(function () {"
                           "  var form = document.querySelector('input[name=prompt]').form;"
                           "  var button = form.querySelector('button[type=submit]');"
                           "  var label = button.textContent.trim();"
                           "  button.click();"
                           "  return label;"
                           "})()");
        QCOMPARE(runJs(page, consent).toString(), QStringLiteral("Continue"));

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(flow->state(), AuthFlow::State::Completed);
        QCOMPARE(completed.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());

        const LoginDialog::Result result = dialog.outcome();
        QVERIFY2(result.ok(), qPrintable(result.error.detail()));
        QVERIFY(!result.tokens.idToken().isEmpty());
        // Claims are set only after the provider validated the ID token (signature, iss, aud,
        // exp, nonce).
        QCOMPARE(result.tokens.idTokenClaims().value(u"sub").toString(), login);
        QVERIFY(result.tokens.hasRefreshToken());
        QCOMPARE(result.user.subject(), login);

        // The authorization response was caught inside the web view, never requested.
        QCOMPARE(m_redirectConnections, 0);
    }

    void closingCancelsTheFlow_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("cancel button") << QStringLiteral("button");
        QTest::newRow("escape key") << QStringLiteral("escape");
        QTest::newRow("window closed") << QStringLiteral("close");
    }

    void closingCancelsTheFlow()
    {
        QFETCH(QString, how);
        QObject owner;
        auto *provider = newProvider(&owner);
        AuthFlow *flow = newFlow(provider, &owner);
        QSignalSpy finished(flow, &AuthFlow::finished);
        QSignalSpy failed(flow, &AuthFlow::failed);

        LoginDialog dialog(flow);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        show(dialog);
        waitForLoginPage(dialog);

        if (how == u"button") {
            auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
            QVERIFY(cancel);
            QCOMPARE(cancel->text(), QStringLiteral("&Cancel"));
            QTest::mouseClick(cancel, Qt::LeftButton);
        } else if (how == u"escape") {
            QTest::keyClick(&dialog, Qt::Key_Escape);
        } else {
            QVERIFY(dialog.close());
        }

        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(flow->state(), AuthFlow::State::Cancelled);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<AuthError>().code(), AuthError::Code::Cancelled);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.outcome().error.code(), AuthError::Code::Cancelled);
        QVERIFY(!dialog.outcome().ok());
        QCOMPARE(m_redirectConnections, 0);
    }

    void selfSignedCertificateFailsWithTlsError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
        const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                       keyPath, QStringLiteral("-out"), certPath});
        QVERIFY(openssl.waitForFinished(30000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());

        SelfSignedTlsServer server;
        QFile certFile(certPath);
        QFile keyFile(keyPath);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        server.certificate = QSslCertificate(&certFile, QSsl::Pem);
        server.key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!server.certificate.isNull() && !server.key.isNull());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QString base = QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort());

        // A custom provider whose authorization endpoint is the self-signed server.
        QObject owner;
        auto *provider = new GenericOidcProvider(&owner);
        provider->setClientId(QStringLiteral("qt-desktop"));
        provider->setAuthorizeUrl(QUrl(base + u"/authorize"));
        provider->setTokenUrl(QUrl(base + u"/token"));
        provider->setScopes({QStringLiteral("profile")});
        AuthFlow *flow = newFlow(provider, &owner);
        QSignalSpy failed(flow, &AuthFlow::failed);

        LoginDialog dialog(flow);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^certificate error on 127.0.0.1")));
        show(dialog);

        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QCOMPARE(flow->state(), AuthFlow::State::Failed);
        QCOMPARE(flow->error().code(), AuthError::Code::TlsError);
        QVERIFY(server.connections > 0); // the browser did try

        // An error page in the dialog, and nothing to click through: only "Close".
        QVERIFY(dialog.isVisible());
        const auto *stack = dialog.findChild<QStackedWidget *>(QStringLiteral("stack"));
        QVERIFY(stack);
        QVERIFY(stack->currentWidget() != dialog.webView());
        const auto *text = dialog.findChild<QLabel *>(QStringLiteral("messageText"));
        QVERIFY(text);
        QVERIFY2(text->text().startsWith(u"The connection to 127.0.0.1 is not secure: "),
                 qPrintable(text->text()));
        QCOMPARE(visibleButtons(dialog), QStringList{QStringLiteral("&Close")});
        QCOMPARE(server.handshakes, 0);
        QCOMPARE(server.bytesFromClient, 0);
        QCOMPARE(dialog.outcome().error.code(), AuthError::Code::TlsError);
        saveScreenshot(dialog, QStringLiteral("logindialog-tlserror.png"));

        auto *close = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.outcome().error.code(), AuthError::Code::TlsError);
    }

    void popupsOpenInTheDesktopBrowser()
    {
        // $BROWSER is what LoginDialog (through AuthFlow::openInSystemBrowser) runs when set.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString log = dir.filePath(QStringLiteral("opened.txt"));
        const QString script = dir.filePath(QStringLiteral("browser.sh"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '" + log.toUtf8() + "'\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray oldBrowser = qgetenv("BROWSER");
        qputenv("BROWSER", script.toLocal8Bit());
        const auto restore = qScopeGuard([&] { qputenv("BROWSER", oldBrowser); });

        // The "sign-in page": one big link to the privacy policy, target=_blank.
        FakeServer idp;
        QVERIFY(idp.listen());
        idp.on("/authorize", [](const QtSignInTest::FakeRequest &) {
            return FakeResponse::text(
                200,
                "<!doctype html><html><body style='margin:0'>"
                "<a target='_blank' href='https://help.example.test/privacy' "
                "style='display:block;width:100vw;height:100vh'>Privacy</a></body></html>");
        });
        QObject owner;
        auto *provider = new GenericOidcProvider(&owner);
        provider->setClientId(QStringLiteral("qt-desktop"));
        provider->setAllowInsecureLoopback(true);
        provider->setAuthorizeUrl(idp.url(QStringLiteral("/authorize")));
        provider->setTokenUrl(idp.url(QStringLiteral("/token")));
        provider->setScopes({QStringLiteral("profile")});
        AuthFlow *flow = newFlow(provider, &owner);

        LoginDialog dialog(flow);
        show(dialog);
        QWebEnginePage *page = dialog.webView()->page();
        QTRY_COMPARE_WITH_TIMEOUT(runJs(page, QStringLiteral("document.links.length")).toInt(), 1,
                                  20000);
        QTRY_VERIFY_WITH_TIMEOUT(hasContent(dialog.webView()->grab().toImage()), 10000);
        const int windows = QApplication::topLevelWidgets().size();

        // A real click (a user gesture), as a pop-up from script alone is blocked.
        QWidget *input = dialog.webView()->focusProxy();
        QVERIFY(input);
        QTest::mouseClick(input, Qt::LeftButton, {}, input->rect().center());

        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(log), 10000);
        QFile opened(log);
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QCOMPARE(opened.readAll().trimmed(), QByteArray("https://help.example.test/privacy"));
        // No new window, the sign-in page is still there, the flow still waits.
        QCOMPARE(QApplication::topLevelWidgets().size(), windows);
        QCOMPARE(page->url().adjusted(QUrl::RemoveQuery), idp.url(QStringLiteral("/authorize")));
        QCOMPARE(flow->state(), AuthFlow::State::InProgress);
    }

    void browserSwitchCompletesInTheSystemBrowser_data()
    {
        QTest::addColumn<bool>("withSession");
        QTest::newRow("dialog's own browser flow") << false;
        QTest::newRow("AuthSession's browser flow") << true;
    }

    void browserSwitchCompletesInTheSystemBrowser()
    {
        // "Open in my browser instead": the embedded flow is cancelled and a SystemBrowser flow
        // completes through the scripted $BROWSER against the real OP. With an AuthSession, a
        // slot lets the session start that flow, and the session ends up signed in.
        QFETCH(bool, withSession);
        const QString script = QString::fromLocal8Bit(qgetenv("QTSIGNIN_SOURCE_DIR")) +
            QStringLiteral("/tests/shared/scripted-browser.sh");
        QVERIFY2(QFile::exists(script), qPrintable(script));
        qputenv("BROWSER", QString(QStringLiteral("bash ") + script).toLocal8Bit());
        const auto restoreBrowser = qScopeGuard([] { qunsetenv("BROWSER"); });

        QObject owner;
        auto *provider = newProvider(&owner);
        MemoryTokenStore store;
        AuthSession session(provider, &store);
        const QList<std::pair<QString, QString>> consent{
            {QStringLiteral("prompt"), QStringLiteral("consent")}};
        AuthFlow *embedded = nullptr;
        if (withSession) {
            embedded = session.signIn(OAuthProvider::UserAgent::Embedded);
            embedded->setRedirectUri(m_redirect);
            embedded->setExtraParameters(consent);
        } else {
            embedded = newFlow(provider, &owner);
        }
        QSignalSpy embeddedFinished(embedded, &AuthFlow::finished);
        QSignalSpy sessionErrors(&session, &AuthSession::errorOccurred);

        LoginDialog dialog(embedded);
        AuthFlow *browserFlow = nullptr;
        if (withSession) {
            connect(&dialog, &LoginDialog::openInBrowserRequested, &dialog, [&] {
                browserFlow = session.signIn(OAuthProvider::UserAgent::SystemBrowser);
                browserFlow->setExtraParameters(consent);
                dialog.setFlow(browserFlow);
            });
        }
        QSignalSpy flowChanged(&dialog, &LoginDialog::flowChanged);
        show(dialog);
        waitForLoginPage(dialog);

        auto *browserButton = dialog.findChild<QPushButton *>(QStringLiteral("browserButton"));
        QVERIFY(browserButton);
        QVERIFY(browserButton->isVisible());
        QTest::mouseClick(browserButton, Qt::LeftButton);

        // The embedded flow ended as Cancelled without closing the dialog.
        QTRY_COMPARE(embeddedFinished.count(), 1);
        QCOMPARE(embedded->state(), AuthFlow::State::Cancelled);
        QCOMPARE(flowChanged.count(), 1);
        QVERIFY(dialog.flow() != embedded);
        if (withSession)
            QCOMPARE(dialog.flow(), browserFlow);
        QCOMPARE(dialog.flow()->userAgent(), OAuthProvider::UserAgent::SystemBrowser);

        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const LoginDialog::Result result = dialog.outcome();
        QVERIFY2(result.ok(), qPrintable(result.error.detail()));
        QCOMPARE(result.user.subject(), QStringLiteral("alice"));
        if (withSession) {
            QTRY_COMPARE_WITH_TIMEOUT(session.state(), AuthSession::State::SignedIn, 10000);
            QCOMPARE(session.user().subject(), QStringLiteral("alice"));
            QCOMPARE(sessionErrors.count(), 0); // the cancelled embedded flow is no error
        }
        QCOMPARE(m_redirectConnections, 0);
    }

    void subresourceRequestsToTheRedirectUriAreBlocked()
    {
        // A page that embeds the redirect URI as an image: no navigation, so only the profile's
        // request interceptor sees it. It must block it and must not hand it to the flow.
        FakeServer idp;
        QVERIFY(idp.listen());
        const QByteArray callback = m_redirect.toEncoded() + "?code=made-up&state=made-up";
        idp.on("/authorize", [callback](const QtSignInTest::FakeRequest &) {
            return FakeResponse::text(200,
                                      "<!doctype html><html><body><img src='" + callback +
                                          "' onerror=\"document.title='blocked'\" "
                                          "onload=\"document.title='loaded'\"></body></html>");
        });
        QObject owner;
        auto *provider = new GenericOidcProvider(&owner);
        provider->setClientId(QStringLiteral("qt-desktop"));
        provider->setAllowInsecureLoopback(true);
        provider->setAuthorizeUrl(idp.url(QStringLiteral("/authorize")));
        provider->setTokenUrl(idp.url(QStringLiteral("/token")));
        provider->setScopes({QStringLiteral("profile")});
        AuthFlow *flow = newFlow(provider, &owner);

        LoginDialog dialog(flow);
        show(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.webView()->page()->title(), QStringLiteral("blocked"),
                                  20000);
        QCOMPARE(m_redirectConnections, 0);
        QCOMPARE(flow->state(), AuthFlow::State::InProgress);
        QVERIFY(dialog.isVisible());
        QCOMPARE(idp.count("/token"), 0);
    }
};

QTEST_MAIN(tst_LoginDialog)
#include "tst_logindialog.moc"
