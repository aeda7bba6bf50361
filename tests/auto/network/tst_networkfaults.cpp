// SPDX-License-Identifier: BSD-3-Clause
// Network faults a real OpenID Provider will not produce on demand, served by the in-process
// fake server (plain and TLS): for each, a typed AuthError, no wait beyond the configured
// transfer timeout, no crash, and a stored session left intact. Also the retry policy: GETs
// answered 429/503 are asked again a bounded number of times after a bounded Retry-After;
// a POST (authorization code, refresh token) is never sent twice.
//
// Related faults tested elsewhere: tst_oauthprovider (typed stall/reset errors, size caps,
// connection refused on a code exchange), tst_authsessionfaults (a refresh meeting 503 is
// retried by the session's own backoff), tst_logindialog (a self-signed certificate in the
// embedded web view).

#include <QtSignIn/authsession.h>
#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/memorytokenstore.h>
#include <QtSignIn/tokenreply.h>
#include <QtSignIn/userinforeply.h>

#include "fakeserver.h"
#include "network/httpexchange_p.h"
#include "tlscerts.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QLocale>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <array>

using namespace QtSignIn;
using namespace QtSignInTest;

namespace {

// Short enough for a quick suite, long enough for a loaded CI machine under ASan.
constexpr int kTransferTimeoutMs = 1500;
// What a fault may take beyond the transfer timeout: event-loop latency, sanitizers.
constexpr int kSlackMs = 2500;
constexpr qint64 kMaxResponseSize = 16 * 1024;

enum class Fault {
    StalledHeaders,
    StalledBody,
    ResetMidBody,
    ClosedWithoutAnswer,
    LengthLongerThanBody,
    LengthShorterThanBody,
    LargerThanCap,
    LargerThanCapWithoutLength,
    GzipBomb,
    GzipBombLargerThanCap,
    Status503RetryAfterSeconds,
    Status429RetryAfterDate,
    ConnectionRefused,
    DnsFailure,
};

QByteArray crc32le(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    crc ^= 0xffffffffu;
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i)
        out[i] = char((crc >> (8 * i)) & 0xff);
    return out;
}

// A gzip member (RFC 1952) of \a data: header, raw deflate (qCompress's zlib stream without
// its 2-byte header and Adler-32 trailer), CRC-32 and size.
QByteArray gzip(const QByteArray &data)
{
    QByteArray deflate = qCompress(data, 9).mid(4 + 2);
    deflate.chop(4);
    QByteArray size(4, '\0');
    for (int i = 0; i < 4; ++i)
        size[i] = char((quint32(data.size()) >> (8 * i)) & 0xff);
    return QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10) + deflate + crc32le(data) +
        size;
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

FakeResponse tokens(const QString &access = QStringLiteral("new-access"))
{
    return FakeResponse::json(200,
                              {{QStringLiteral("access_token"), access},
                               {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                               {QStringLiteral("expires_in"), 600},
                               {QStringLiteral("refresh_token"), QStringLiteral("new-refresh")}});
}

FakeResponse responseFor(Fault fault)
{
    FakeResponse r = tokens();
    switch (fault) {
    case Fault::StalledHeaders:
        r.behaviour = FakeResponse::Behaviour::StallHeaders;
        break;
    case Fault::StalledBody:
        r.body += QByteArray(2000, ' ');
        r.behaviour = FakeResponse::Behaviour::StallBody;
        break;
    case Fault::ResetMidBody:
        r.body += QByteArray(2000, ' ');
        r.behaviour = FakeResponse::Behaviour::ResetMidBody;
        break;
    case Fault::ClosedWithoutAnswer:
        r.behaviour = FakeResponse::Behaviour::CloseWithoutAnswer;
        break;
    case Fault::LengthLongerThanBody:
        r.contentLengthOverride = r.body.size() + 500; // then the connection closes
        break;
    case Fault::LengthShorterThanBody:
        r.contentLengthOverride = r.body.size() / 2;
        break;
    case Fault::LargerThanCap:
        r.body += QByteArray(2 * kMaxResponseSize, ' ');
        break;
    case Fault::LargerThanCapWithoutLength:
        r.body += QByteArray(2 * kMaxResponseSize, ' ');
        r.sendContentLength = false;
        break;
    case Fault::GzipBomb:
        // 8 MiB of JSON whitespace in ~8 KiB: inflated, it would pass for a valid response.
        r.body = gzip(r.body + QByteArray(8 << 20, ' '));
        r.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
        break;
    case Fault::GzipBombLargerThanCap:
        r.body = gzip(r.body + QByteArray(64 << 20, ' '));
        r.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
        break;
    case Fault::Status503RetryAfterSeconds:
        r = FakeResponse::json(503, {{QStringLiteral("error"), QStringLiteral("busy")}},
                               {{"Retry-After", "1"}});
        break;
    case Fault::Status429RetryAfterDate:
        r = FakeResponse::json(
            429, {{QStringLiteral("error"), QStringLiteral("slow_down")}},
            {{"Retry-After", httpDate(QDateTime::currentDateTimeUtc().addSecs(1))}});
        break;
    case Fault::ConnectionRefused:
    case Fault::DnsFailure:
        break;
    }
    return r;
}

} // namespace

Q_DECLARE_METATYPE(Fault)

class tst_NetworkFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<GenericOidcProvider> m_provider;
    QSslConfiguration m_defaultTls;

    void configure(GenericOidcProvider *provider, const QUrl &base)
    {
        provider->setClientId(QStringLiteral("faults-client"));
        provider->setAuthorizeUrl(base.resolved(QUrl(QStringLiteral("/authorize"))));
        provider->setTokenUrl(base.resolved(QUrl(QStringLiteral("/token"))));
        provider->setUserinfoUrl(base.resolved(QUrl(QStringLiteral("/userinfo"))));
        provider->setRevocationUrl(base.resolved(QUrl(QStringLiteral("/revoke"))));
        provider->setAllowInsecureLoopback(true);
        provider->setRequireIdTokenValidation(false);
        provider->setTransferTimeout(kTransferTimeoutMs);
        provider->setMaxResponseSize(kMaxResponseSize);
    }

    // Stores an account whose access token expired a minute ago; returns its id.
    static QString storeExpiredAccount(MemoryTokenStore *store, const OAuthProvider *provider)
    {
        TokenSet tokens;
        tokens.setAccessToken(QStringLiteral("old-access"));
        tokens.setRefreshToken(QStringLiteral("old-refresh"));
        tokens.setIssuedAt(QDateTime::currentDateTimeUtc().addSecs(-660));
        tokens.setExpiresIn(600);
        UserInfo user;
        user.setSubject(QStringLiteral("user-7"));
        StoredAccount account;
        // The session's accounts are those of its provider: same origin, same client.
        const QString issuer =
            provider->authorizeUrl()
                .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                .toString(QUrl::FullyEncoded);
        account.setIdentity(issuer, provider->clientId(), user);
        account.setTokens(tokens);
        StoreReply *save = store->save(account);
        QSignalSpy saved(save, &OAuthReply::finished);
        if (!saved.wait() || save->hasError())
            return QString();
        return account.id();
    }

    static StoredAccount load(MemoryTokenStore *store, const QString &id)
    {
        StoreReply *reply = store->load(id);
        QSignalSpy loaded(reply, &OAuthReply::finished);
        if (!loaded.wait())
            return StoredAccount();
        return reply->account();
    }

    // Restores a session whose token must be refreshed through \a provider, waits for the
    // refresh to fail, and checks that nothing was lost. Returns the error.
    static AuthError refreshFailsAndKeepsTheSession(OAuthProvider *provider, qint64 *elapsedMs)
    {
        MemoryTokenStore store;
        const QString id = storeExpiredAccount(&store, provider);
        if (id.isEmpty())
            return AuthError(AuthError::Code::StorageError, QStringLiteral("test: no account"));
        AuthSession session(provider, &store);
        QSignalSpy errors(&session, &AuthSession::errorOccurred);
        QSignalSpy reauth(&session, &AuthSession::reauthenticationRequired);
        QElapsedTimer clock;
        clock.start();
        session.restore();
        if (!errors.wait(kTransferTimeoutMs + kSlackMs) && errors.isEmpty())
            return AuthError(AuthError::Code::Timeout, QStringLiteral("test: no error in time"));
        *elapsedMs = clock.elapsed();
        const AuthError error = errors.first().first().value<AuthError>();
        // The session is intact: still signed in as the same user, with the same refresh
        // token, in memory and in the store; nobody is asked to sign in again.
        if (session.state() != AuthSession::State::SignedIn ||
            session.user().subject() != u"user-7" ||
            session.tokens().refreshToken() != u"old-refresh" || !reauth.isEmpty() ||
            load(&store, id).tokens().refreshToken() != u"old-refresh") {
            qWarning() << "session not intact after" << error;
            return AuthError(AuthError::Code::StorageError, QStringLiteral("test: session lost"));
        }
        return error;
    }

    static bool waitFor(OAuthReply *reply, int timeout = kTransferTimeoutMs * 6 + kSlackMs)
    {
        QSignalSpy spy(reply, &OAuthReply::finished);
        return reply->isFinished() || spy.wait(timeout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_defaultTls = QSslConfiguration::defaultConfiguration();
        qRegisterMetaType<AuthError>();
    }

    void cleanupTestCase() { QSslConfiguration::setDefaultConfiguration(m_defaultTls); }

    void init()
    {
        GenericOidcProvider::clearMetadataCache();
        m_server = std::make_unique<FakeServer>();
        QVERIFY(m_server->listen());
        m_provider = std::make_unique<GenericOidcProvider>();
        configure(m_provider.get(), m_server->url());
    }

    void cleanup()
    {
        m_provider.reset();
        m_server.reset();
        QSslConfiguration::setDefaultConfiguration(m_defaultTls);
    }

    // --- faults on the token endpoint, met by a session refreshing its token ------------------

    void tokenEndpointFaultsAreTypedBoundedAndKeepTheSession_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<AuthError::Code>("code");
        QTest::addColumn<int>("networkError"); // -1: not checked
        using C = AuthError::Code;
        QTest::newRow("stalled headers")
            << Fault::StalledHeaders << C::Timeout << int(QNetworkReply::TimeoutError);
        QTest::newRow("body stalls half-way")
            << Fault::StalledBody << C::Timeout << int(QNetworkReply::TimeoutError);
        QTest::newRow("connection reset mid-body") << Fault::ResetMidBody << C::NetworkError << -1;
        QTest::newRow("closed without an answer")
            << Fault::ClosedWithoutAnswer << C::NetworkError << -1;
        QTest::newRow("Content-Length longer than the body")
            << Fault::LengthLongerThanBody << C::NetworkError << -1;
        QTest::newRow("Content-Length shorter than the body")
            << Fault::LengthShorterThanBody << C::InvalidResponse << -1;
        QTest::newRow("body larger than the cap")
            << Fault::LargerThanCap << C::InvalidResponse << -1;
        QTest::newRow("body larger than the cap, no Content-Length")
            << Fault::LargerThanCapWithoutLength << C::InvalidResponse << -1;
        QTest::newRow("gzip bomb") << Fault::GzipBomb << C::InvalidResponse << -1;
        QTest::newRow("gzip bomb larger than the cap")
            << Fault::GzipBombLargerThanCap << C::InvalidResponse << -1;
        QTest::newRow("503 with Retry-After in seconds")
            << Fault::Status503RetryAfterSeconds << C::TemporarilyUnavailable << -1;
        QTest::newRow("429 with Retry-After as an HTTP date")
            << Fault::Status429RetryAfterDate << C::TemporarilyUnavailable << -1;
        QTest::newRow("connection refused") << Fault::ConnectionRefused << C::NetworkError
                                            << int(QNetworkReply::ConnectionRefusedError);
        QTest::newRow("DNS failure")
            << Fault::DnsFailure << C::NetworkError << int(QNetworkReply::HostNotFoundError);
    }

    void tokenEndpointFaultsAreTypedBoundedAndKeepTheSession()
    {
        QFETCH(Fault, fault);
        QFETCH(AuthError::Code, code);
        QFETCH(int, networkError);
        const FakeResponse response = responseFor(fault);
        m_server->on("/token", [response](const FakeRequest &) { return response; });
        if (fault == Fault::ConnectionRefused) {
            const quint16 port = m_server->port();
            m_server.reset(); // nothing listens there any more
            m_provider->setTokenUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(port)));
        } else if (fault == Fault::DnsFailure) {
            // RFC 6761 §6.4: names under .invalid never resolve.
            m_provider->setTokenUrl(QUrl(QStringLiteral("https://qtsignin-test.invalid/token")));
        }

        qint64 elapsed = -1;
        const AuthError error = refreshFailsAndKeepsTheSession(m_provider.get(), &elapsed);
        QCOMPARE(error.code(), code);
        if (networkError >= 0)
            QCOMPARE(int(error.networkError()), networkError);
        QVERIFY2(elapsed < kTransferTimeoutMs + kSlackMs, qPrintable(QString::number(elapsed)));
        if (m_server) {
            // A refresh token (a POST) is never sent twice, whatever the server did. Also not
            // later: wait past any Retry-After the server gave (1 s in these rows).
            const bool retryAfter = fault == Fault::Status503RetryAfterSeconds ||
                fault == Fault::Status429RetryAfterDate;
            QVERIFY(!QTest::qWaitFor([&] { return m_server->count("/token") > 1; },
                                     retryAfter ? 1500 : 100));
            QCOMPARE(m_server->count("/token"), fault == Fault::DnsFailure ? 0 : 1);
        }
    }

    // --- the authorization code is never sent twice ----------------------------------------

    void authorizationCodeIsNeverSentTwice_data()
    {
        QTest::addColumn<FakeResponse>("response");
        QTest::newRow("503, Retry-After: 0") << FakeResponse::json(503, {}, {{"Retry-After", "0"}});
        QTest::newRow("429, Retry-After: 0") << FakeResponse::json(429, {}, {{"Retry-After", "0"}});
        QTest::newRow("closed without an answer") << responseFor(Fault::ClosedWithoutAnswer);
        QTest::newRow("reset mid-body") << responseFor(Fault::ResetMidBody);
    }

    void authorizationCodeIsNeverSentTwice()
    {
        QFETCH(FakeResponse, response);
        m_server->on("/token", [response](const FakeRequest &) { return response; });
        auto *reply = m_provider->exchangeCode(QStringLiteral("the-code"),
                                               QUrl(QStringLiteral("http://127.0.0.1/callback")));
        QVERIFY(waitFor(reply));
        QVERIFY(reply->hasError());
        QVERIFY(!QTest::qWaitFor([&] { return m_server->count("/token") > 1; }, 500));
        QCOMPARE(m_server->count("/token"), 1);
        reply->deleteLater();
    }

    // --- bounded retries of idempotent GETs ------------------------------------------------

    void idempotentRequestsAreRetriedWithinBounds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter"); // "+N": an HTTP date N seconds ahead
        QTest::addColumn<int>("failures");          // answers before a 200
        QTest::addColumn<int>("requests");          // what the server must see
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<int>("minMs");
        QTest::addColumn<int>("maxMs");
        QTest::newRow("503, Retry-After: 1")
            << 503 << QByteArray("1") << 1 << 2 << true << 900 << 1000 + kSlackMs;
        QTest::newRow("429, Retry-After as an HTTP date")
            << 429 << QByteArray("+2") << 1 << 2 << true << 900 << 2000 + kSlackMs;
        QTest::newRow("503 without Retry-After: short backoff")
            << 503 << QByteArray() << 1 << 2 << true << 400 << 500 + kSlackMs;
        QTest::newRow("503 three times: two retries, then the error")
            << 503 << QByteArray("0") << 3 << 3 << false << 0 << kSlackMs;
        QTest::newRow("Retry-After longer than allowed: not waited for")
            << 503 << QByteArray("3600") << 1 << 1 << false << 0 << kSlackMs;
        QTest::newRow("unreadable Retry-After: not retried")
            << 429 << QByteArray("soon") << 1 << 1 << false << 0 << kSlackMs;
    }

    void idempotentRequestsAreRetriedWithinBounds()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, failures);
        QFETCH(int, requests);
        QFETCH(bool, succeeds);
        QFETCH(int, minMs);
        QFETCH(int, maxMs);
        int answered = 0;
        m_server->on("/userinfo", [&](const FakeRequest &) {
            if (answered++ < failures) {
                QList<QPair<QByteArray, QByteArray>> headers;
                if (retryAfter.startsWith('+'))
                    headers.append({"Retry-After",
                                    httpDate(QDateTime::currentDateTimeUtc().addSecs(
                                        retryAfter.mid(1).toInt()))});
                else if (!retryAfter.isEmpty())
                    headers.append({"Retry-After", retryAfter});
                return FakeResponse::json(status, {}, headers);
            }
            return FakeResponse::json(200, {{QStringLiteral("sub"), QStringLiteral("user-7")}});
        });
        // A Retry-After is waited for up to min(5 s, the transfer timeout).
        m_provider->setTransferTimeout(5000);
        QElapsedTimer clock;
        clock.start();
        auto *reply = m_provider->fetchUserInfo(QStringLiteral("access"));
        QVERIFY(waitFor(reply));
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(!reply->hasError(), succeeds);
        if (!succeeds)
            QCOMPARE(reply->error().code(), AuthError::Code::TemporarilyUnavailable);
        QCOMPARE(m_server->count("/userinfo"), requests);
        QVERIFY2(elapsed >= minMs && elapsed <= maxMs, qPrintable(QString::number(elapsed)));
        reply->deleteLater();
    }

    void discoveryIsRetriedAfter503()
    {
        int answered = 0;
        m_server->on("/.well-known/openid-configuration", [&](const FakeRequest &) {
            if (answered++ == 0)
                return FakeResponse::json(503, {}, {{"Retry-After", "0"}});
            const QString base = m_server->url().toString();
            return FakeResponse::json(
                200,
                {{QStringLiteral("issuer"), base},
                 {QStringLiteral("authorization_endpoint"), QString(base + u"/a")},
                 {QStringLiteral("token_endpoint"), QString(base + u"/token")},
                 {QStringLiteral("jwks_uri"), QString(base + u"/jwks")}});
        });
        m_server->on("/jwks", [](const FakeRequest &) { return FakeResponse::json(200, {}); });
        GenericOidcProvider provider(m_server->url());
        provider.setClientId(QStringLiteral("c"));
        provider.setAllowInsecureLoopback(true);
        provider.setTransferTimeout(kTransferTimeoutMs);
        OAuthReply *prepared = provider.prepare();
        QVERIFY(waitFor(prepared));
        QVERIFY2(!prepared->hasError(), qPrintable(prepared->error().detail()));
        QCOMPARE(m_server->count("/.well-known/openid-configuration"), 2);
        prepared->deleteLater();
    }

    void retryAfterValues_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: unreadable; "now" is 2030-01-01 12:00
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 5 ") << qint64(5000);
        QTest::newRow("absurd seconds") << QByteArray("99999999999999999999") << qint64(86400000);
        QTest::newRow("IMF-fixdate")
            << QByteArray("Tue, 01 Jan 2030 12:00:10 GMT") << qint64(10000);
        QTest::newRow("RFC 850") << QByteArray("Tuesday, 01-Jan-30 12:01:00 GMT") << qint64(60000);
        QTest::newRow("asctime") << QByteArray("Tue Jan  1 12:00:30 2030") << qint64(30000);
        QTest::newRow("a date in the past")
            << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
    }

    void retryAfterValues()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC);
        const auto parsed = Network::parseRetryAfter(value, now);
        QCOMPARE(parsed.has_value(), expectedMs >= 0);
        if (parsed)
            QCOMPARE(*parsed, expectedMs);
    }

    // --- TLS: certificates a client must refuse ----------------------------------------------

    void certificateProblemsAreTlsErrorsAndKeepTheSession_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("valid (control)") << QStringLiteral("valid") << true;
        QTest::newRow("expired") << QStringLiteral("expired") << false;
        QTest::newRow("not yet valid") << QStringLiteral("future") << false;
        QTest::newRow("wrong host") << QStringLiteral("wrong-host") << false;
        QTest::newRow("self-signed") << QStringLiteral("self-signed") << false;
    }

    void certificateProblemsAreTlsErrorsAndKeepTheSession()
    {
        QFETCH(QString, kind);
        QFETCH(bool, accepted);
        // A fresh CA, added to the system roots as an application's extra CA would be.
        const TestTls::Authority ca;
        QSslConfiguration::setDefaultConfiguration(ca.trustedBy(m_defaultTls));
        TestTls::Profile profile;
        profile.hosts = {QStringLiteral("127.0.0.1")};
        if (kind == u"expired") {
            profile.notBeforeOffset = -30 * 24 * 3600;
            profile.notAfterOffset = -24 * 3600;
        } else if (kind == u"future") {
            profile.notBeforeOffset = 24 * 3600;
            profile.notAfterOffset = 30 * 24 * 3600;
        } else if (kind == u"wrong-host") {
            profile.hosts = {QStringLiteral("wrong.example"), QStringLiteral("10.1.2.3")};
        }
        const TestTls::Identity identity =
            kind == u"self-signed" ? TestTls::selfSigned(profile) : ca.issue(profile);

        FakeServer tls;
        QVERIFY(tls.listenTls(identity.configuration()));
        tls.on("/token", [](const FakeRequest &) { return tokens(QStringLiteral("tls-access")); });
        GenericOidcProvider provider;
        configure(&provider, tls.url());

        if (accepted) {
            MemoryTokenStore store;
            QVERIFY(!storeExpiredAccount(&store, &provider).isEmpty());
            AuthSession session(&provider, &store);
            session.restore();
            QTRY_COMPARE_WITH_TIMEOUT(session.tokens().accessToken(), QStringLiteral("tls-access"),
                                      kTransferTimeoutMs + kSlackMs);
            QCOMPARE(tls.count("/token"), 1);
            return;
        }
        qint64 elapsed = -1;
        const AuthError error = refreshFailsAndKeepsTheSession(&provider, &elapsed);
        QCOMPARE(error.code(), AuthError::Code::TlsError);
        QVERIFY2(elapsed < kTransferTimeoutMs + kSlackMs, qPrintable(QString::number(elapsed)));
        // The refresh token never left: the handshake failed before the request was sent.
        QCOMPARE(tls.count("/token"), 0);
    }

    // --- a redirect from https to http ---------------------------------------------------------

    void redirectFromHttpsToHttpIsNotFollowed_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("status");
        QTest::newRow("token endpoint, 307") << QStringLiteral("token") << 307;
        QTest::newRow("token endpoint, 302") << QStringLiteral("token") << 302;
        QTest::newRow("userinfo, 301") << QStringLiteral("userinfo") << 301;
        QTest::newRow("userinfo, 308") << QStringLiteral("userinfo") << 308;
        QTest::newRow("discovery, 302") << QStringLiteral("discovery") << 302;
    }

    void redirectFromHttpsToHttpIsNotFollowed()
    {
        QFETCH(QString, endpoint);
        QFETCH(int, status);
        const TestTls::Authority ca;
        QSslConfiguration::setDefaultConfiguration(ca.trustedBy(m_defaultTls));
        FakeServer tls;
        QVERIFY(tls.listenTls(ca.issue({{QStringLiteral("127.0.0.1")}}).configuration()));
        // The plain server would answer everything successfully: nothing may reach it.
        for (const QByteArray &path : {QByteArray("/token"), QByteArray("/userinfo"),
                                       QByteArray("/.well-known/openid-configuration")}) {
            m_server->on(path, [](const FakeRequest &) { return tokens(); });
            tls.on(path, [this, status, path](const FakeRequest &) {
                FakeResponse r = FakeResponse::text(status, "moved");
                r.headers.append({"Location",
                                  m_server->url(QString::fromLatin1(path))
                                      .toString(QUrl::FullyEncoded)
                                      .toLatin1()});
                return r;
            });
        }
        GenericOidcProvider provider(endpoint == u"discovery" ? tls.url() : QUrl());
        configure(&provider, tls.url());
        if (endpoint == u"discovery") {
            provider.setAuthorizeUrl(QUrl());
            provider.setTokenUrl(QUrl());
            provider.setAllowInsecureLoopback(false);
        }
        OAuthReply *reply = nullptr;
        if (endpoint == u"token")
            reply = provider.exchangeCode(QStringLiteral("code"),
                                          QUrl(QStringLiteral("http://127.0.0.1/callback")));
        else if (endpoint == u"userinfo")
            reply = provider.fetchUserInfo(QStringLiteral("access"));
        else
            reply = provider.prepare();
        QVERIFY(waitFor(reply));
        QVERIFY(reply->hasError());
        QCOMPARE(reply->error().httpStatus(), status);
        QVERIFY(reply->error().code() == AuthError::Code::InvalidResponse ||
                reply->error().code() == AuthError::Code::DiscoveryFailed);
        QCOMPARE(tls.requests().size(), 1);
        QVERIFY(m_server->requests().isEmpty());
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(tst_NetworkFaults)
#include "tst_networkfaults.moc"
