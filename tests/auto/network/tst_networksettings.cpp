// SPDX-License-Identifier: BSD-3-Clause
// QtSignIn inside a company network, against the test OpenID Provider served over https by
// this suite with certificates from a CA made here (nothing committed that could expire):
// - trust: TlsError without the CA; with it (settings ca_file, OAuthProvider::setCaCertificates
//   or SSL_CERT_FILE) discovery works and a whole device sign-in completes;
// - mutual TLS: an OP that demands a client certificate at its token and device endpoints;
// - proxies: a counting CONNECT proxy carries https traffic to a public-looking name
//   (explicit proxy and https_proxy), and loopback traffic never goes through it.

#include <QtSignIn/authflow.h>
#include <QtSignIn/deviceauthorization.h>
#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/oauthreply.h>
#include <QtSignIn/providersettings.h>

#include "connectproxy.h"
#include "network/tlstrust_p.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace QtSignIn;

namespace {

bool waitFor(OAuthReply *reply, int timeout = 20000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &OAuthReply::finished);
    return finished.wait(timeout);
}

} // namespace

class tst_NetworkSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_pki;
    QString m_source;
    int m_ops = 0;

    QString pki(const char *name) const { return m_pki.filePath(QString::fromLatin1(name)); }

    bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_pki.path());
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')),
                     process.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    // A CA and a certificate it signs for \a name (server or client use).
    bool issue(const QString &ca, const QString &name, const QString &extensions)
    {
        QFile ext(m_pki.filePath(name + QStringLiteral(".ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write(extensions.toUtf8());
        ext.close();
        return openssl({QStringLiteral("req"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                        QStringLiteral("-out"), name + QStringLiteral(".csr"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + name}) &&
            openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     name + QStringLiteral(".csr"), QStringLiteral("-CA"),
                     ca + QStringLiteral(".pem"), QStringLiteral("-CAkey"),
                     ca + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"),
                     QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"),
                     name + QStringLiteral(".pem"), QStringLiteral("-extfile"),
                     name + QStringLiteral(".ext")});
    }

    bool makeCa(const QString &name)
    {
        return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                        QStringLiteral("-out"), name + QStringLiteral(".pem"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=QtSignIn test ") + name});
    }

    // The test OP over https (tests/oidc/provider.mjs); stops with the returned process.
    struct TlsOp
    {
        std::unique_ptr<QProcess> process;
        QUrl issuer;
        quint16 port = 0;
    };

    TlsOp startTlsOp(const QString &issuerOverride = QString(),
                     bool requireClientCertificate = false)
    {
        TlsOp op;
        const QString issuerFile = m_pki.filePath(QStringLiteral("issuer-%1").arg(++m_ops));
        op.process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OP_TLS_CERT"), pki("server.pem"));
        env.insert(QStringLiteral("OP_TLS_KEY"), pki("server.key"));
        env.insert(QStringLiteral("OP_ISSUER_FILE"), issuerFile);
        if (!issuerOverride.isEmpty())
            env.insert(QStringLiteral("OP_ISSUER"), issuerOverride);
        if (requireClientCertificate)
            env.insert(QStringLiteral("OP_TLS_CLIENT_CA"), pki("clientca.pem"));
        op.process->setProcessEnvironment(env);
        op.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        op.process->start(QStringLiteral("node"),
                          {m_source + QStringLiteral("/tests/oidc/provider.mjs")});
        if (!QTest::qWaitFor([&] { return QFile::exists(issuerFile); }, 20000)) {
            qWarning("the https OP did not start");
            return op;
        }
        // stdout says "OP listening on <issuer> at 127.0.0.1:<port>".
        if (!QTest::qWaitFor([&] { return op.process->canReadLine(); }, 5000))
            qWarning("the https OP printed no listening line");
        const QString line = QString::fromUtf8(op.process->readLine()).trimmed();
        op.port = quint16(line.section(u':', -1).toUInt());
        QFile file(issuerFile);
        if (file.open(QIODevice::ReadOnly))
            op.issuer = QUrl(QString::fromUtf8(file.readAll()));
        return op;
    }

    // The test OP's public client at \a issuer, trusting the test CA (settings ca_file).
    ProviderSettings trustingSettings(const QUrl &issuer) const
    {
        ProviderSettings settings;
        settings.setProviderType(OAuthProvider::Type::Oidc);
        settings.setIssuer(issuer);
        settings.setClientId(QStringLiteral("qt-desktop"));
        settings.setScopes({QStringLiteral("openid"), QStringLiteral("profile")});
        settings.setCaFile(pki("ca.pem"));
        return settings;
    }

    static std::unique_ptr<GenericOidcProvider> provider(const QUrl &issuer)
    {
        GenericOidcProvider::clearMetadataCache(); // remembered failures of other cases
        auto p = std::make_unique<GenericOidcProvider>(issuer);
        p->setClientId(QStringLiteral("qt-desktop"));
        p->setScopes({QStringLiteral("openid"), QStringLiteral("profile")});
        return p;
    }

    // A whole device sign-in: the scripted browser approves the code through curl, which
    // trusts the test CA through CURL_CA_BUNDLE.
    void deviceSignIn(OAuthProvider *p, const QUrl &issuer, AuthFlow::State expected)
    {
        AuthFlow flow(p);
        flow.setUserAgent(OAuthProvider::UserAgent::DeviceCode);
        QSignalSpy device(&flow, &AuthFlow::deviceAuthorizationReady);
        QSignalSpy finished(&flow, &AuthFlow::finished);
        flow.start();
        if (expected != AuthFlow::State::Completed) {
            QVERIFY(finished.wait(20000));
            QCOMPARE(flow.state(), expected);
            return;
        }
        QVERIFY2(device.count() == 1 || device.wait(20000), qPrintable(flow.error().detail()));
        QCOMPARE(flow.state(), AuthFlow::State::InProgress);
        const auto authorization = device.first().first().value<DeviceAuthorization>();
        QProcess approve;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OIDC_ISSUER"), issuer.toString());
        env.insert(QStringLiteral("CURL_CA_BUNDLE"), pki("ca.pem"));
        approve.setProcessEnvironment(env);
        approve.start(QStringLiteral("bash"),
                      {m_source + QStringLiteral("/tests/shared/scripted-browser.sh"),
                       QStringLiteral("--device"), authorization.userCode()});
        QVERIFY(approve.waitForFinished(30000));
        QCOMPARE(approve.exitCode(), 0);
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QVERIFY2(flow.state() == AuthFlow::State::Completed, qPrintable(flow.error().detail()));
        QCOMPARE(flow.userInfo().subject(), QStringLiteral("alice"));
        QCOMPARE(flow.tokens().idTokenClaims().value(u"iss").toString(), issuer.toString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_source = qEnvironmentVariable("QTSIGNIN_SOURCE_DIR");
        QVERIFY(QFile::exists(m_source + QStringLiteral("/tests/oidc/node_modules")));
        QVERIFY(m_pki.isValid());
        QVERIFY(makeCa(QStringLiteral("ca")));
        QVERIFY(issue(QStringLiteral("ca"), QStringLiteral("server"),
                      QStringLiteral("subjectAltName=DNS:localhost,DNS:idp.test,IP:127.0.0.1\n"
                                     "extendedKeyUsage=serverAuth\n")));
        QVERIFY(makeCa(QStringLiteral("clientca")));
        QVERIFY(issue(QStringLiteral("clientca"), QStringLiteral("client"),
                      QStringLiteral("extendedKeyUsage=clientAuth\n")));
    }

    void privateCaIsTrustedOnlyWithTheBundle()
    {
        TlsOp op = startTlsOp();
        QVERIFY(op.issuer.scheme() == u"https");

        // Without the CA: a typed TLS error, nothing loaded.
        auto untrusted = provider(op.issuer);
        OAuthReply *refused = untrusted->prepare();
        QVERIFY(waitFor(refused));
        QCOMPARE(refused->error().code(), AuthError::Code::TlsError);
        QVERIFY(!untrusted->isReady());

        // With it, from the settings (ca_file), added to the system's roots: a whole sign-in.
        ProviderSettings settings = trustingSettings(op.issuer);
        GenericOidcProvider::clearMetadataCache();
        AuthError error;
        std::unique_ptr<OAuthProvider> trusted(createProvider(settings, nullptr, &error));
        QVERIFY2(trusted, qPrintable(error.detail()));
        QCOMPARE(trusted->caCertificates().size(), 1);
        deviceSignIn(trusted.get(), op.issuer, AuthFlow::State::Completed);

        // The system's roots are still there: the extra CA is added, not substituted.
        const auto tls =
            Network::tlsConfiguration(trusted->caCertificates(), QSslCertificate(), QSslKey());
        QVERIFY(tls);
        const QList<QSslCertificate> configured = tls->caCertificates();
        for (const QSslCertificate &root : QSslConfiguration::systemCaCertificates())
            QVERIFY(configured.contains(root));
        QVERIFY(configured.contains(trusted->caCertificates().first()));
    }

    void sslCertFileIsHonoured()
    {
        TlsOp op = startTlsOp();
        qputenv("SSL_CERT_FILE", pki("ca.pem").toLocal8Bit());
        auto viaEnvironment = provider(op.issuer);
        OAuthReply *prepared = viaEnvironment->prepare();
        QVERIFY(waitFor(prepared));
        qunsetenv("SSL_CERT_FILE");
        QVERIFY2(!prepared->hasError(), qPrintable(prepared->error().detail()));
        QVERIFY(viaEnvironment->isReady());
        // Read again when the variable goes: trust ends with it.
        auto without = provider(op.issuer);
        OAuthReply *refused = without->prepare();
        QVERIFY(waitFor(refused));
        QCOMPARE(refused->error().code(), AuthError::Code::TlsError);
    }

    void badTrustSettingsAreConfigurationErrors()
    {
        ProviderSettings settings;
        settings.setProviderType(OAuthProvider::Type::Oidc);
        settings.setIssuer(QUrl(QStringLiteral("https://idp.test")));
        settings.setClientId(QStringLiteral("x"));
        settings.setCaFile(pki("missing.pem"));
        AuthError error;
        QVERIFY(!createProvider(settings, nullptr, &error));
        QCOMPARE(error.code(), AuthError::Code::Configuration);
        QVERIFY2(error.detail().contains(u"ca_file"), qPrintable(error.detail()));
        settings.setCaFile(pki("server.ext")); // exists, holds no certificate
        QVERIFY(!createProvider(settings, nullptr, &error));
        QVERIFY2(error.detail().contains(u"no PEM certificate"), qPrintable(error.detail()));
        settings.setCaFile(QString());
        settings.setClientCertificateFile(pki("client.pem"));
        QCOMPARE(settings.validate().code(), AuthError::Code::Configuration); // key missing
        settings.setClientKeyFile(pki("client.pem")); // a certificate is not a key
        QVERIFY(!createProvider(settings, nullptr, &error));
        QVERIFY2(error.detail().contains(u"client_key_file"), qPrintable(error.detail()));
    }

    void mutualTlsAtTheTokenAndDeviceEndpoints()
    {
        TlsOp op = startTlsOp(QString(), true);
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(pki("ca.pem"));

        // Without a client certificate the OP refuses the device authorization endpoint.
        auto anonymous = provider(op.issuer);
        anonymous->setCaCertificates(ca);
        deviceSignIn(anonymous.get(), op.issuer, AuthFlow::State::Failed);

        // With one (from the settings' files) the whole sign-in works; discovery and userinfo
        // are reached without it (they are not guarded).
        ProviderSettings settings = trustingSettings(op.issuer);
        settings.setClientCertificateFile(pki("client.pem"));
        settings.setClientKeyFile(pki("client.key"));
        GenericOidcProvider::clearMetadataCache();
        AuthError error;
        std::unique_ptr<OAuthProvider> mutual(createProvider(settings, nullptr, &error));
        QVERIFY2(mutual, qPrintable(error.detail()));
        QVERIFY(!mutual->clientCertificate().isNull());
        deviceSignIn(mutual.get(), op.issuer, AuthFlow::State::Completed);
    }

    void proxiesCarryHttpsButNeverLoopback()
    {
        // The OP answers as https://idp.test; only the proxy knows where that is.
        TlsOp op = startTlsOp(QStringLiteral("https://idp.test"));
        QVERIFY(op.port > 0);
        QtSignInTest::ConnectProxy proxy(op.port);
        QVERIFY(proxy.listen());
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(pki("ca.pem"));
        const QNetworkProxy viaProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"),
                                     proxy.port());

        // An explicit proxy (settings `proxy`).
        ProviderSettings settings;
        settings.setProviderType(OAuthProvider::Type::Oidc);
        settings.setIssuer(QUrl(QStringLiteral("https://idp.test")));
        settings.setClientId(QStringLiteral("qt-desktop"));
        settings.setCaFile(pki("ca.pem"));
        settings.setProxy(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
        GenericOidcProvider::clearMetadataCache();
        AuthError error;
        std::unique_ptr<OAuthProvider> explicitProxy(createProvider(settings, nullptr, &error));
        QVERIFY2(explicitProxy, qPrintable(error.detail()));
        OAuthReply *prepared = explicitProxy->prepare();
        QVERIFY(waitFor(prepared));
        QVERIFY2(!prepared->hasError(), qPrintable(prepared->error().detail()));
        QVERIFY(!proxy.targets().isEmpty());
        QVERIFY(proxy.targets().contains(QStringLiteral("idp.test:443")));

        // https_proxy from the environment, read when the provider's manager is made.
        const qsizetype before = proxy.targets().size();
        qputenv("https_proxy", QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()).toLatin1());
        auto fromEnvironment = provider(QUrl(QStringLiteral("https://idp.test")));
        fromEnvironment->setCaCertificates(ca);
        OAuthReply *viaEnvironment = fromEnvironment->prepare();
        QVERIFY(waitFor(viaEnvironment));
        qunsetenv("https_proxy");
        QVERIFY2(!viaEnvironment->hasError(), qPrintable(viaEnvironment->error().detail()));
        QVERIFY(proxy.targets().size() > before);

        // Loopback (the envelope's development OP over http) never goes through the proxy,
        // even with an explicit one.
        const qsizetype counted = proxy.targets().size();
        auto local = provider(QUrl(qEnvironmentVariable("OIDC_ISSUER")));
        local->setAllowInsecureLoopback(true);
        local->setProxy(viaProxy);
        OAuthReply *direct = local->prepare();
        QVERIFY(waitFor(direct));
        QVERIFY2(!direct->hasError(), qPrintable(direct->error().detail()));
        QCOMPARE(proxy.targets().size(), counted);
    }
};

QTEST_GUILESS_MAIN(tst_NetworkSettings)
#include "tst_networksettings.moc"
