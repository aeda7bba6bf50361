// SPDX-License-Identifier: BSD-3-Clause
// AuthFlow: one interactive sign-in. End to end against the real OpenID Provider with each
// user agent (Embedded driven headlessly, the system browser through a scripted $BROWSER,
// the device flow approved through the OP's device pages), plus the response rules
// (state, error, iss, one-shot), timeouts, cancellation and the provider's agent policy.

#include <QtSignIn/authflow.h>
#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/googleprovider.h>

#include "devidpdriver.h"
#include "fakeserver.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrlQuery>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace QtSignIn;
using namespace QtSignInTest;

class tst_AuthFlow : public QObject
{
    Q_OBJECT

private:
    QUrl m_issuer;
    QString m_script;
    std::unique_ptr<GenericOidcProvider> m_provider;

    struct Outcome
    {
        int completed = 0;
        int failed = 0;
        int finished = 0;
    };

    static void countOutcomes(AuthFlow *flow, Outcome *outcome)
    {
        connect(flow, &AuthFlow::completed, flow, [outcome] { ++outcome->completed; });
        connect(flow, &AuthFlow::failed, flow, [outcome] { ++outcome->failed; });
        connect(flow, &AuthFlow::finished, flow, [outcome] { ++outcome->finished; });
    }

    static bool waitFinished(AuthFlow *flow, int timeout = 20000)
    {
        if (flow->isFinished())
            return true;
        QSignalSpy spy(flow, &AuthFlow::finished);
        return spy.wait(timeout);
    }

    // Starts an Embedded flow and returns the authorization URL it asks to show.
    static QUrl startEmbedded(AuthFlow *flow)
    {
        flow->setUserAgent(OAuthProvider::UserAgent::Embedded);
        QSignalSpy ready(flow, &AuthFlow::authorizationUrlReady);
        flow->start();
        if (!ready.wait(10000))
            return QUrl();
        return ready.first().first().toUrl();
    }

    // Runs the dev login for \a url and returns the redirect the browser would load.
    static DevIdpDriver::Result login(const QUrl &url, const QString &prefix,
                                      const QString &user = QStringLiteral("alice"))
    {
        DevIdpDriver driver(prefix, user);
        driver.start(url);
        if (!QTest::qWaitFor([&] { return driver.isDone(); }, 15000))
            qWarning("the dev login did not finish in time");
        return driver.result();
    }

    static QUrl withQuery(const QUrl &url, const QList<QPair<QString, QString>> &items)
    {
        QUrl result = url;
        QUrlQuery query;
        for (const auto &item : items)
            query.addQueryItem(item.first,
                               QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        result.setQuery(query);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray issuer = qgetenv("OIDC_ISSUER");
        QVERIFY2(!issuer.isEmpty(),
                 "OIDC_ISSUER is not set: run inside `tools/setup.sh run --oidc tests/oidc`");
        m_issuer = QUrl(QString::fromUtf8(issuer));
        m_script = QString::fromLocal8Bit(qgetenv("QTSIGNIN_SOURCE_DIR")) +
            QStringLiteral("/tests/shared/scripted-browser.sh");
        QVERIFY2(QFile::exists(m_script), qPrintable(m_script));
    }

    void init()
    {
        m_provider = std::make_unique<GenericOidcProvider>(m_issuer);
        m_provider->setClientId(QStringLiteral("qt-desktop"));
        m_provider->setAllowInsecureLoopback(true);
        m_provider->setScopes({QStringLiteral("openid"), QStringLiteral("offline_access"),
                               QStringLiteral("profile"), QStringLiteral("email")});
    }

    void cleanup() { m_provider.reset(); }

    void authorizationRequestCarriesFreshSecrets()
    {
        AuthFlow first(m_provider.get());
        AuthFlow second(m_provider.get());
        const QUrlQuery a(startEmbedded(&first));
        const QUrlQuery b(startEmbedded(&second));
        for (const QString &key :
             {QStringLiteral("state"), QStringLiteral("nonce"), QStringLiteral("code_challenge")}) {
            const QString value = a.queryItemValue(key);
            QVERIFY2(value.size() >= 43, qPrintable(key)); // ≥ 256 bits, base64url
            QVERIFY2(value != b.queryItemValue(key), qPrintable(key));
        }
        QCOMPARE(a.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(first.state(), AuthFlow::State::InProgress);
        QVERIFY(first.deadline() > QDateTime::currentDateTimeUtc());
    }

    void embeddedFlowCompletesWithValidatedTokensAndProfile()
    {
        AuthFlow flow(m_provider.get());
        Outcome outcome;
        countOutcomes(&flow, &outcome);
        QSignalSpy states(&flow, &AuthFlow::stateChanged);
        flow.setExtraParameters({{QStringLiteral("prompt"), QStringLiteral("consent")}});
        const QUrl url = startEmbedded(&flow);
        QVERIFY(url.isValid());
        const auto redirect = login(url, flow.redirectUri().toString(), QStringLiteral("carol"));
        QVERIFY2(redirect.reachedRedirect, qPrintable(redirect.failure));
        QVERIFY(flow.isRedirect(redirect.redirect));
        QVERIFY(flow.handleRedirect(redirect.redirect));
        QVERIFY(waitFinished(&flow));
        QCOMPARE(flow.state(), AuthFlow::State::Completed);
        QVERIFY2(!flow.error().isError(), qPrintable(flow.error().detail()));
        QCOMPARE(flow.tokens().idTokenClaims().value(u"sub").toString(), QStringLiteral("carol"));
        QVERIFY(flow.tokens().hasRefreshToken());
        QCOMPARE(flow.userInfo().subject(), QStringLiteral("carol"));
        QCOMPARE(flow.userInfo().email(), QStringLiteral("carol@example.test"));
        QCOMPARE(outcome.completed, 1);
        QCOMPARE(outcome.failed, 0);
        QCOMPARE(outcome.finished, 1);
        QCOMPARE(states.last().first().value<AuthFlow::State>(), AuthFlow::State::Completed);
        // One-shot: a replay of the same response changes nothing.
        QVERIFY(!flow.handleRedirect(redirect.redirect));
        QCOMPARE(outcome.finished, 1);
    }

    void strayResponsesAreIgnored()
    {
        AuthFlow flow(m_provider.get());
        Outcome outcome;
        countOutcomes(&flow, &outcome);
        const QUrl url = startEmbedded(&flow);
        const QString state = QUrlQuery(url).queryItemValue(QStringLiteral("state"));
        const QUrl redirect = flow.redirectUri();
        // Not the redirect URI, wrong or missing state, and an error without our state: all
        // ignored, the flow keeps waiting (REFERENCE.md fault 8).
        QVERIFY(
            !flow.handleRedirect(QUrl(QStringLiteral("http://127.0.0.1/other?state=") + state)));
        QVERIFY(!flow.handleRedirect(
            QUrl(QStringLiteral("http://127.0.0.1:1/callback?code=x&state=") + state)));
        QVERIFY(!flow.handleRedirect(
            withQuery(redirect, {{QStringLiteral("code"), QStringLiteral("x")}})));
        QVERIFY(!flow.handleRedirect(
            withQuery(redirect,
                      {{QStringLiteral("code"), QStringLiteral("x")},
                       {QStringLiteral("state"), state + QStringLiteral("x")}})));
        QVERIFY(!flow.handleRedirect(
            withQuery(redirect,
                      {{QStringLiteral("error"), QStringLiteral("access_denied")},
                       {QStringLiteral("state"), QStringLiteral("forged")}})));
        QCOMPARE(flow.state(), AuthFlow::State::InProgress);
        // The real response still completes the flow.
        const auto real = login(url, redirect.toString());
        QVERIFY(real.reachedRedirect);
        QVERIFY(flow.handleRedirect(real.redirect));
        QVERIFY(waitFinished(&flow));
        QCOMPARE(flow.state(), AuthFlow::State::Completed);
        QCOMPARE(outcome.finished, 1);
    }

    void errorResponseWithTheRightStateFails()
    {
        AuthFlow flow(m_provider.get());
        Outcome outcome;
        countOutcomes(&flow, &outcome);
        const QUrl url = startEmbedded(&flow);
        const QString state = QUrlQuery(url).queryItemValue(QStringLiteral("state"));
        QVERIFY(flow.handleRedirect(
            withQuery(flow.redirectUri(),
                      {{QStringLiteral("error"), QStringLiteral("access_denied")},
                       {QStringLiteral("error_description"), QStringLiteral("The user said no")},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("iss"), m_issuer.toString()}})));
        QVERIFY(!flow.isFinished()); // reported after the call returns
        QVERIFY(waitFinished(&flow));
        QCOMPARE(flow.state(), AuthFlow::State::Failed);
        QCOMPARE(flow.error().code(), AuthError::Code::AccessDenied);
        QCOMPARE(flow.error().serverError(), QStringLiteral("access_denied"));
        QCOMPARE(flow.error().serverErrorDescription(), QStringLiteral("The user said no"));
        QCOMPARE(outcome.failed, 1);
    }

    void issuerParameterIsChecked_data()
    {
        QTest::addColumn<bool>("withIss");
        QTest::addColumn<QString>("iss");
        // RFC 9207: the OP advertises authorization_response_iss_parameter_supported.
        QTest::newRow("missing") << false << QString();
        QTest::newRow("another issuer") << true << QStringLiteral("https://evil.example");
    }

    void issuerParameterIsChecked()
    {
        QFETCH(bool, withIss);
        QFETCH(QString, iss);
        AuthFlow flow(m_provider.get());
        const QUrl url = startEmbedded(&flow);
        QVERIFY(m_provider->requiresIssuerInAuthorizationResponse());
        const auto real = login(url, flow.redirectUri().toString());
        QVERIFY(real.reachedRedirect);
        QList<QPair<QString, QString>> items{
            {QStringLiteral("code"), real.queryValue(QStringLiteral("code"))},
            {QStringLiteral("state"), real.queryValue(QStringLiteral("state"))}};
        if (withIss)
            items.append({QStringLiteral("iss"), iss});
        QVERIFY(flow.handleRedirect(withQuery(flow.redirectUri(), items)));
        QVERIFY(waitFinished(&flow));
        QCOMPARE(flow.error().code(), AuthError::Code::StateMismatch);
        QVERIFY(flow.tokens().isNull());
    }

    void cancelEndsOnceAsCancelled()
    {
        AuthFlow flow(m_provider.get());
        Outcome outcome;
        countOutcomes(&flow, &outcome);
        startEmbedded(&flow);
        flow.cancel();
        flow.cancel();
        QCOMPARE(flow.state(), AuthFlow::State::Cancelled);
        QCOMPARE(flow.error().code(), AuthError::Code::Cancelled);
        QCOMPARE(outcome.failed, 1);
        QCOMPARE(outcome.finished, 1);
        QVERIFY(!flow.handleRedirect(flow.redirectUri()));
    }

    void timeoutEndsAsTimedOut()
    {
        AuthFlow flow(m_provider.get());
        flow.setTimeout(1);
        startEmbedded(&flow);
        QVERIFY(waitFinished(&flow, 10000));
        QCOMPARE(flow.state(), AuthFlow::State::TimedOut);
        QCOMPARE(flow.error().code(), AuthError::Code::Timeout);
    }

    void abortWithErrorFailsTheFlow()
    {
        AuthFlow flow(m_provider.get());
        startEmbedded(&flow);
        flow.abortWithError(AuthError(AuthError::Code::TlsError, QStringLiteral("self-signed")));
        QCOMPARE(flow.state(), AuthFlow::State::Failed);
        QCOMPARE(flow.error().code(), AuthError::Code::TlsError);
    }

    void forbiddenUserAgentIsAPolicyError()
    {
        GoogleProvider google;
        google.setClientId(QStringLiteral("x.apps.googleusercontent.com"));
        QVERIFY(!google.allowedUserAgents().contains(OAuthProvider::UserAgent::Embedded));
        QCOMPARE(google.preferredUserAgent(), OAuthProvider::UserAgent::SystemBrowser);
        AuthFlow flow(&google);
        flow.setUserAgent(OAuthProvider::UserAgent::Embedded);
        QSignalSpy failed(&flow, &AuthFlow::failed);
        flow.start();
        QCOMPARE(failed.count(), 0); // never synchronous
        QVERIFY(failed.wait());
        QCOMPARE(flow.error().code(), AuthError::Code::ProviderPolicy);
    }

    void systemBrowserFlowEndToEnd_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<AuthFlow::State>("state");
        QTest::newRow("normal") << QStringLiteral("normal") << AuthFlow::State::Completed;
        QTest::newRow("stalled connection first")
            << QStringLiteral("stall-first") << AuthFlow::State::Completed;
        QTest::newRow("stray requests first")
            << QStringLiteral("stray-first") << AuthFlow::State::Completed;
        QTest::newRow("user refuses") << QStringLiteral("deny") << AuthFlow::State::Failed;
    }

    void systemBrowserFlowEndToEnd()
    {
        QFETCH(QString, mode);
        QFETCH(AuthFlow::State, state);
        QTemporaryDir dir;
        const QString page = dir.filePath(QStringLiteral("page.html"));
        // The real launcher with a scripted $BROWSER that drives the OP's pages.
        qputenv("BROWSER", QString(QStringLiteral("bash ") + m_script).toLocal8Bit());
        qputenv("SCRIPTED_BROWSER_MODE", mode.toLatin1());
        qputenv("SCRIPTED_BROWSER_OUT", page.toLocal8Bit());
        AuthFlow flow(m_provider.get());
        flow.setUserAgent(OAuthProvider::UserAgent::SystemBrowser);
        flow.setExtraParameters({{QStringLiteral("prompt"), QStringLiteral("consent")}});
        flow.start();
        QVERIFY(waitFinished(&flow, 30000));
        QCOMPARE(flow.state(), state);
        if (state == AuthFlow::State::Completed) {
            QCOMPARE(flow.userInfo().subject(), QStringLiteral("alice"));
            QVERIFY(flow.tokens().hasRefreshToken());
        } else {
            QCOMPARE(flow.error().code(), AuthError::Code::AccessDenied);
        }
        // The browser got a result page that echoes neither the code nor the state.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(page + QStringLiteral(".headers")), 10000);
        QFile headers(page + QStringLiteral(".headers"));
        QVERIFY(headers.open(QIODevice::ReadOnly));
        const QByteArray head = headers.readAll().toLower();
        QVERIFY(head.contains("cache-control: no-store"));
        QVERIFY(head.contains("content-security-policy: default-src 'none'"));
        QFile body(page);
        QVERIFY(body.open(QIODevice::ReadOnly));
        const QByteArray html = body.readAll();
        QVERIFY(!html.isEmpty());
        const QString stateValue =
            QUrlQuery(flow.authorizationUrl()).queryItemValue(QStringLiteral("state"));
        QVERIFY(!html.contains(stateValue.toLatin1()));
        // The listener is gone once the flow has ended (RFC 8252 §8.3).
        const QUrl redirect = flow.redirectUri();
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!probe.waitForConnected(2000) || probe.waitForDisconnected(2000));
        qunsetenv("BROWSER");
        qunsetenv("SCRIPTED_BROWSER_MODE");
        qunsetenv("SCRIPTED_BROWSER_OUT");
    }

    void deviceFlowEndToEnd()
    {
        QVERIFY(m_provider->allowedUserAgents().isEmpty() == false);
        AuthFlow flow(m_provider.get());
        flow.setUserAgent(OAuthProvider::UserAgent::DeviceCode);
        QSignalSpy device(&flow, &AuthFlow::deviceAuthorizationReady);
        flow.start();
        QVERIFY(device.wait(10000));
        const auto authorization = device.first().first().value<DeviceAuthorization>();
        QVERIFY(!authorization.userCode().isEmpty());
        QCOMPARE(authorization.verificationUri().host(), m_issuer.host());
        QVERIFY(authorization.expiresAt() > QDateTime::currentDateTimeUtc());
        QCOMPARE(authorization.interval(), 5); // the OP sends none: RFC 8628 default
        QCOMPARE(flow.deadline(), authorization.expiresAt());
        QVERIFY(m_provider->allowedUserAgents().contains(OAuthProvider::UserAgent::DeviceCode));

        QProcess approve;
        approve.start(QStringLiteral("bash"),
                      {m_script, QStringLiteral("--device"), authorization.userCode()});
        QVERIFY(approve.waitForFinished(20000));
        QCOMPARE(approve.exitCode(), 0);
        QVERIFY(waitFinished(&flow, 30000));
        QVERIFY2(flow.state() == AuthFlow::State::Completed, qPrintable(flow.error().detail()));
        QCOMPARE(flow.userInfo().subject(), QStringLiteral("alice"));
        QVERIFY(!flow.tokens().idTokenClaims().isEmpty());
    }

    void deviceFlowHonoursSlowDownAndDenial()
    {
        // Error injection the real OP will not do on demand: slow_down, then access_denied.
        FakeServer server;
        QVERIFY(server.listen());
        server.on("/device", [](const FakeRequest &) {
            return FakeResponse::json(200,
                                      {{QStringLiteral("device_code"), QStringLiteral("dc")},
                                       {QStringLiteral("user_code"), QStringLiteral("ABCD-EFGH")},
                                       {QStringLiteral("verification_uri"),
                                        QStringLiteral("https://example.test/device")},
                                       {QStringLiteral("expires_in"), 600},
                                       {QStringLiteral("interval"), 1}});
        });
        int polls = 0;
        QList<QDateTime> pollTimes;
        server.on("/token", [&](const FakeRequest &request) {
            pollTimes.append(QDateTime::currentDateTimeUtc());
            const QString grant = request.formValue(QStringLiteral("grant_type"));
            if (grant != u"urn:ietf:params:oauth:grant-type:device_code" ||
                request.formValue(QStringLiteral("device_code")) != u"dc")
                return FakeResponse::json(
                    400, {{QStringLiteral("error"), QStringLiteral("invalid_request")}});
            const QString error = ++polls == 1 ? QStringLiteral("slow_down")
                : polls == 2                   ? QStringLiteral("authorization_pending")
                                               : QStringLiteral("access_denied");
            return FakeResponse::json(400, {{QStringLiteral("error"), error}});
        });
        GenericOidcProvider provider;
        provider.setClientId(QStringLiteral("device-client"));
        provider.setAuthorizeUrl(server.url(QStringLiteral("/authorize")));
        provider.setTokenUrl(server.url(QStringLiteral("/token")));
        provider.setDeviceAuthorizationUrl(server.url(QStringLiteral("/device")));
        provider.setAllowInsecureLoopback(true);
        QSignalSpy errors(&provider, &OAuthProvider::errorOccurred);
        AuthFlow flow(&provider);
        flow.setUserAgent(OAuthProvider::UserAgent::DeviceCode);
        flow.start();
        QVERIFY(waitFinished(&flow, 30000));
        QCOMPARE(flow.state(), AuthFlow::State::Failed);
        QCOMPARE(flow.error().code(), AuthError::Code::AccessDenied);
        QCOMPARE(polls, 3);
        // slow_down added 5 s to the 1 s interval (RFC 8628 §3.5).
        QVERIFY(pollTimes.at(1).toMSecsSinceEpoch() - pollTimes.at(0).toMSecsSinceEpoch() >= 5500);
        // Pending polls are not errors; only the final refusal is reported.
        QCOMPARE(errors.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_AuthFlow)
#include "tst_authflow.moc"
