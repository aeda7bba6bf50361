// SPDX-License-Identifier: BSD-3-Clause
// Secret hygiene, proven end to end: every qtsignin.* logging category on at debug level, and
// complete flows against the real OpenID Provider (system-browser and device sign-in, refresh,
// sign-out; a forged state, a refused consent, invalid_grant) with the real Secret Service.
// Every secret minted on the way - tokens, authorization codes, PKCE verifiers, client secret,
// nonce, state, device code - is collected (from the flows and from the requests actually
// sent), and none may appear in a log message, in a file under the configuration directory
// (where QSettings writes) or under the cache directories. The qtsignin tool is checked the
// same way: with QT_LOGGING_RULES="qtsignin.*=true" its stderr never shows a token.

#include <QtSignIn/authflow.h>
#include <QtSignIn/authsession.h>
#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/keychaintokenstore.h>
#include <QtSignIn/providersettings.h>
#include <QtSignIn/revokereply.h>
#include <QtSignIn/tokenreply.h>

#include "devidpdriver.h"

#include <QtCore/QDirIterator>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMutex>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace QtSignIn;
using namespace QtSignInTest;

namespace {

struct Captured
{
    QMutex mutex;
    QStringList messages; // "category: text"
    QHash<QString, int> perCategory;
};

Captured &captured()
{
    static Captured instance;
    return instance;
}

QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "");
    {
        QMutexLocker lock(&captured().mutex);
        captured().messages.append(category + u": " + text);
        ++captured().perCategory[category];
    }
    // The library's debug output would drown the test log; everything else goes on as usual.
    if (!category.startsWith(u"qtsignin") && g_previousHandler)
        g_previousHandler(type, context, text);
}

// Every secret sent on the wire, read from the requests themselves: form fields and HTTP
// Basic credentials. The body is peeked, never consumed.
class RecordingNetworkManager : public QNetworkAccessManager
{
public:
    QStringList secrets;
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        ++requests;
        if (outgoingData) {
            const qint64 length = request.header(QNetworkRequest::ContentLengthHeader).toLongLong();
            QByteArray body = outgoingData->peek(length > 0 ? length : 1 << 16);
            body.replace('+', "%20");
            const QUrlQuery form(QString::fromLatin1(body));
            for (const QString &key :
                 {QStringLiteral("code"), QStringLiteral("code_verifier"),
                  QStringLiteral("refresh_token"), QStringLiteral("client_secret"),
                  QStringLiteral("device_code"), QStringLiteral("token")}) {
                for (const QString &value : form.allQueryItemValues(key, QUrl::FullyDecoded))
                    secrets.append(value);
            }
        }
        const QByteArray authorization = request.rawHeader("Authorization");
        if (authorization.startsWith("Basic ")) {
            const QByteArray encoded = authorization.mid(6);
            secrets.append(QString::fromLatin1(encoded));
            const QByteArray decoded = QByteArray::fromBase64(encoded);
            secrets.append(QString::fromUtf8(decoded.mid(decoded.indexOf(':') + 1)));
        } else if (authorization.startsWith("Bearer ")) {
            secrets.append(QString::fromLatin1(authorization.mid(7)));
        }
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

} // namespace

class tst_SecretHygiene : public QObject
{
    Q_OBJECT

private:
    QUrl m_issuer;
    QString m_script;
    QTemporaryDir m_home;
    QString m_service;
    RecordingNetworkManager m_network;
    QStringList m_secrets; // everything that must never be written down
    const QString m_clientSecret = QStringLiteral("qt-confidential-secret");

    void remember(const QString &secret)
    {
        if (secret.size() >= 8 && !m_secrets.contains(secret))
            m_secrets.append(secret);
    }

    void remember(const TokenSet &tokens)
    {
        remember(tokens.accessToken());
        remember(tokens.refreshToken());
        const QString idToken = tokens.idToken();
        remember(idToken);
        // A JWT's header is the same for every token of a key; its payload and signature
        // are what identify this one.
        const QStringList parts = idToken.split(u'.');
        if (parts.size() == 3) {
            remember(parts.at(1));
            remember(parts.at(2));
        }
    }

    // state, nonce and the PKCE challenge of an authorization request.
    void rememberAuthorizationUrl(const QUrl &url)
    {
        const QUrlQuery query(url);
        for (const QString &key :
             {QStringLiteral("state"), QStringLiteral("nonce"), QStringLiteral("code_challenge")})
            remember(query.queryItemValue(key, QUrl::FullyDecoded));
    }

    std::unique_ptr<GenericOidcProvider> newProvider(bool confidential = false)
    {
        auto provider = std::make_unique<GenericOidcProvider>(m_issuer);
        provider->setClientId(confidential ? QStringLiteral("qt-confidential")
                                           : QStringLiteral("qt-desktop"));
        if (confidential)
            provider->setClientSecret(m_clientSecret);
        provider->setAllowInsecureLoopback(true);
        provider->setNetworkAccessManager(&m_network);
        provider->setScopes({QStringLiteral("openid"), QStringLiteral("offline_access"),
                             QStringLiteral("profile"), QStringLiteral("email")});
        return provider;
    }

    static bool waitFinished(AuthFlow *flow, int timeout = 30000)
    {
        if (flow->isFinished())
            return true;
        QSignalSpy spy(flow, &AuthFlow::finished);
        return spy.wait(timeout);
    }

    static bool waitFor(OAuthReply *reply, int timeout = 20000)
    {
        QSignalSpy spy(reply, &OAuthReply::finished);
        return reply->isFinished() || spy.wait(timeout);
    }

    void useBrowser(const QString &mode)
    {
        qputenv("BROWSER", QString(QStringLiteral("bash ") + m_script).toLocal8Bit());
        qputenv("SCRIPTED_BROWSER_MODE", mode.toLatin1());
    }

    // Where the secrets were found, if anywhere: "log: …", "file: …".
    QStringList leaks() const
    {
        QStringList found;
        QStringList messages;
        {
            QMutexLocker lock(&captured().mutex);
            messages = captured().messages;
        }
        for (const QString &message : std::as_const(messages)) {
            for (const QString &secret : m_secrets) {
                if (message.contains(secret))
                    found.append(u"log: " + message.left(200));
            }
        }
        QStringList roots{QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                          QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
                          QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)};
        QSet<QString> seen; // CacheLocation lies inside GenericCacheLocation
        for (const QString &root : std::as_const(roots)) {
            QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                if (seen.contains(path))
                    continue;
                seen.insert(path);
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray content = file.readAll();
                for (const QString &secret : m_secrets) {
                    if (content.contains(secret.toUtf8()))
                        found.append(u"file: " + path);
                }
            }
        }
        return found;
    }

    int filesUnder(QStandardPaths::StandardLocation location) const
    {
        int n = 0;
        QDirIterator files(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            files.next();
            ++n;
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray issuer = qgetenv("OIDC_ISSUER");
        QVERIFY2(!issuer.isEmpty(),
                 "OIDC_ISSUER is not set: run inside `tools/setup.sh run --oidc tests/oidc`");
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run inside `tools/setup.sh run`");
        m_issuer = QUrl(QString::fromUtf8(issuer));
        m_script = QString::fromLocal8Bit(qgetenv("QTSIGNIN_SOURCE_DIR")) +
            QStringLiteral("/tests/shared/scripted-browser.sh");
        QVERIFY2(QFile::exists(m_script), qPrintable(m_script));
        m_service =
            QStringLiteral("tst_secrethygiene-%1").arg(QRandomGenerator::global()->generate());

        // Our own configuration and cache directories: whatever lands there, this test wrote.
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toLocal8Bit());
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
                    .startsWith(m_home.path()));

        // Every category of the library, every level.
        QLoggingCategory::setFilterRules(QStringLiteral("qtsignin.*=true"));
        g_previousHandler = qInstallMessageHandler(captureMessages);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        qunsetenv("BROWSER");
        qunsetenv("SCRIPTED_BROWSER_MODE");
    }

    void detectorFindsAPlantedSecret()
    {
        // The check itself can fail: a secret in a message, or in a cache file, is found.
        const QString planted =
            QStringLiteral("planted-%1").arg(QRandomGenerator::global()->generate64());
        remember(planted);
        const QLoggingCategory category("qtsignin.test");
        qCDebug(category) << "about to leak" << planted;
        QCOMPARE(leaks().size(), 1);
        QVERIFY(leaks().constFirst().startsWith(u"log: qtsignin.test: about to leak"));
        {
            QMutexLocker lock(&captured().mutex);
            captured().messages.clear();
        }
        const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QVERIFY(QDir().mkpath(cacheDir));
        QFile file(cacheDir + QStringLiteral("/planted"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(planted.toUtf8());
        file.close();
        QCOMPARE(leaks().size(), 1);
        QVERIFY(file.remove());
        QVERIFY(leaks().isEmpty());
        m_secrets.removeAll(planted);
    }

    void browserSignInRefreshAndSignOut()
    {
        auto provider = newProvider();
        KeychainTokenStore store(m_service);
        AuthSession session(provider.get(), &store);
        // A forged callback with a wrong state reaches the receiver first, then the real one.
        useBrowser(QStringLiteral("stray-first"));
        AuthFlow *flow = session.signIn(OAuthProvider::UserAgent::SystemBrowser);
        QVERIFY(flow);
        flow->setExtraParameters({{QStringLiteral("prompt"), QStringLiteral("consent")}});
        connect(flow, &AuthFlow::authorizationUrlReady, this,
                [this](const QUrl &url) { rememberAuthorizationUrl(url); });
        QTRY_VERIFY_WITH_TIMEOUT(session.isSignedIn(), 30000);
        const TokenSet first = session.tokens();
        QVERIFY(first.hasRefreshToken());
        remember(first);

        // Refresh: the refresh token rotates, both generations are secrets.
        QSignalSpy changed(&session, &AuthSession::tokensChanged);
        session.refresh();
        QVERIFY(changed.wait(20000));
        QVERIFY(session.tokens().accessToken() != first.accessToken());
        remember(session.tokens());

        const TokenSet second = session.tokens();

        // Sign out: both tokens are revoked, the keychain entry deleted.
        QSignalSpy signedOut(&session, &AuthSession::signedOut);
        session.signOut();
        QVERIFY(signedOut.wait(20000));
        QCOMPARE(signedOut.first().first().toBool(), true);

        // invalid_grant: the revoked refresh token.
        auto *refresh = provider->refreshTokens(second.refreshToken());
        QVERIFY(waitFor(refresh));
        QCOMPARE(refresh->error().code(), AuthError::Code::InvalidGrant);
        refresh->deleteLater();
        QVERIFY(!m_network.secrets.isEmpty());
        for (const QString &secret : std::as_const(m_network.secrets))
            remember(secret);
        const QStringList found = leaks();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void replayedCodeFailsQuietly()
    {
        // An Embedded flow driven headlessly: the code is known to the test, exchanged once by
        // the flow, then once more by hand (invalid_grant).
        auto provider = newProvider(true); // a confidential client: its secret is a secret too
        remember(m_clientSecret);
        AuthFlow flow(provider.get());
        flow.setUserAgent(OAuthProvider::UserAgent::Embedded);
        QSignalSpy ready(&flow, &AuthFlow::authorizationUrlReady);
        flow.start();
        QVERIFY(ready.wait(10000));
        const QUrl url = ready.first().first().toUrl();
        rememberAuthorizationUrl(url);
        DevIdpDriver driver(QStringLiteral("http://127.0.0.1/callback"));
        driver.start(url);
        QTRY_VERIFY_WITH_TIMEOUT(driver.isDone(), 20000);
        QVERIFY2(driver.result().reachedRedirect, qPrintable(driver.result().failure));
        const QString code = driver.result().queryValue(QStringLiteral("code"));
        remember(code);
        // A forged state first: ignored, nothing is sent.
        QUrl forged = driver.result().redirect;
        QUrlQuery query(forged);
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state-value-1234"));
        forged.setQuery(query);
        QVERIFY(!flow.handleRedirect(forged));
        QVERIFY(flow.handleRedirect(driver.result().redirect));
        QVERIFY(waitFinished(&flow));
        QVERIFY2(flow.state() == AuthFlow::State::Completed, qPrintable(flow.error().detail()));
        remember(flow.tokens());

        auto *replay = provider->exchangeCode(code, flow.redirectUri());
        QVERIFY(waitFor(replay));
        QCOMPARE(replay->error().code(), AuthError::Code::InvalidGrant);
        replay->deleteLater();
        for (const QString &secret : std::as_const(m_network.secrets))
            remember(secret);
        const QStringList found = leaks();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void refusedConsentFails()
    {
        auto provider = newProvider();
        useBrowser(QStringLiteral("deny"));
        AuthFlow flow(provider.get());
        flow.setUserAgent(OAuthProvider::UserAgent::SystemBrowser);
        connect(&flow, &AuthFlow::authorizationUrlReady, this,
                [this](const QUrl &url) { rememberAuthorizationUrl(url); });
        flow.start();
        QVERIFY(waitFinished(&flow));
        QCOMPARE(flow.error().code(), AuthError::Code::AccessDenied);
        const QStringList found = leaks();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void deviceFlowSignIn()
    {
        auto provider = newProvider();
        AuthFlow flow(provider.get());
        flow.setUserAgent(OAuthProvider::UserAgent::DeviceCode);
        QSignalSpy device(&flow, &AuthFlow::deviceAuthorizationReady);
        flow.start();
        QVERIFY(device.wait(10000));
        const auto authorization = device.first().first().value<DeviceAuthorization>();
        remember(authorization.deviceCode());
        QProcess approve;
        approve.start(QStringLiteral("bash"),
                      {m_script, QStringLiteral("--device"), authorization.userCode()});
        QVERIFY(approve.waitForFinished(20000));
        QCOMPARE(approve.exitCode(), 0);
        QVERIFY(waitFinished(&flow, 30000));
        QVERIFY2(flow.state() == AuthFlow::State::Completed, qPrintable(flow.error().detail()));
        remember(flow.tokens());
        for (const QString &secret : std::as_const(m_network.secrets))
            remember(secret);
        const QStringList found = leaks();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void settingsAnApplicationSavesHoldNoSecret()
    {
        // What an application naturally does: keep its provider settings in QSettings.
        ProviderSettings settings;
        settings.setProviderType(OAuthProvider::Type::Oidc);
        settings.setIssuer(m_issuer);
        settings.setClientId(QStringLiteral("qt-confidential"));
        settings.setClientSecret(m_clientSecret);
        remember(m_clientSecret);
        {
            QSettings file(QSettings::IniFormat, QSettings::UserScope,
                           QStringLiteral("qtsignin-hygiene"), QStringLiteral("app"));
            const QJsonObject json = settings.toJson();
            for (auto it = json.begin(); it != json.end(); ++it)
                file.setValue(it.key(), it.value().toVariant());
            file.sync();
            QCOMPARE(file.status(), QSettings::NoError);
            QVERIFY(QFile::exists(file.fileName()));
            QVERIFY(file.fileName().startsWith(m_home.path()));
        }
        const QStringList found = leaks();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

#ifdef QTSIGNIN_CLI // the qtsignin tool is part of the build (QTSIGNIN_BUILD_CLI)
    void cliStderrShowsNoToken()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qtsignin.*=true"));
        env.insert(QStringLiteral("BROWSER"), QStringLiteral("bash ") + m_script);
        env.insert(QStringLiteral("SCRIPTED_BROWSER_MODE"), QStringLiteral("normal"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("cli")));
        const QString account = QStringLiteral("hygiene-%1").arg(m_service);
        auto run = [&](const QStringList &arguments, QString *out) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(QTSIGNIN_CLI), arguments);
            if (!process.waitForFinished(60000)) {
                process.kill();
                process.waitForFinished();
                return QStringLiteral("timed out");
            }
            if (out)
                *out = QString::fromUtf8(process.readAllStandardOutput());
            const QString err = QString::fromUtf8(process.readAllStandardError());
            if (process.exitCode() != 0)
                qWarning("qtsignin %s failed: %s", qPrintable(arguments.join(u' ')),
                         qPrintable(err));
            return err;
        };
        QStringList stderrs;
        stderrs << run({QStringLiteral("login"), QStringLiteral("--provider"),
                        QStringLiteral("oidc"), QStringLiteral("--issuer"), m_issuer.toString(),
                        QStringLiteral("--client-id"), QStringLiteral("qt-desktop"),
                        QStringLiteral("--allow-insecure-http"), QStringLiteral("--scope"),
                        QStringLiteral("openid offline_access profile email"),
                        QStringLiteral("--account"), account},
                       nullptr);
        QString token;
        stderrs << run({QStringLiteral("token"), QStringLiteral("--account"), account}, &token);
        token = token.trimmed();
        QVERIFY2(token.size() >= 20, qPrintable(stderrs.join(u'\n')));
        QString refreshed;
        stderrs << run({QStringLiteral("token"), QStringLiteral("--force-refresh"),
                        QStringLiteral("--account"), account},
                       &refreshed);
        refreshed = refreshed.trimmed();
        QVERIFY(refreshed.size() >= 20 && refreshed != token);
        stderrs << run({QStringLiteral("logout"), QStringLiteral("--account"), account}, nullptr);
        // The debug categories really were on: the tool's library logged its requests.
        QVERIFY2(stderrs.join(u'\n').contains(u"qtsignin."), qPrintable(stderrs.join(u'\n')));
        for (const QString &err : std::as_const(stderrs)) {
            QVERIFY2(!err.contains(token), "the access token is on stderr");
            QVERIFY2(!err.contains(refreshed), "the refreshed access token is on stderr");
        }
    }
#endif

    void nothingLeakedAnywhere()
    {
        // The flows above ran: the secrets are many, the library said a lot, and none of it
        // is written anywhere.
        QVERIFY2(m_secrets.size() >= 20, qPrintable(QString::number(m_secrets.size())));
        {
            QMutexLocker lock(&captured().mutex);
            for (const char *category : {"qtsignin.network", "qtsignin.provider", "qtsignin.oidc",
                                         "qtsignin.flow", "qtsignin.store"}) {
                QVERIFY2(captured().perCategory.value(QString::fromLatin1(category)) > 0, category);
            }
        }
        const QStringList found = leaks();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        QVERIFY(filesUnder(QStandardPaths::GenericConfigLocation) > 0); // the QSettings file
    }
};

QTEST_GUILESS_MAIN(tst_SecretHygiene)
#include "tst_secrethygiene.moc"
