// SPDX-License-Identifier: BSD-3-Clause
// AuthSession under failures a real OP will not produce on demand (in-process fake server,
// memory store): a refresh that meets 503 keeps the session and retries; a sign-out whose
// revocation fails still deletes every local secret and says so.

#include <QtSignIn/authsession.h>
#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/memorytokenstore.h>
#include <QtSignIn/tokenreply.h>

#include "fakeserver.h"

#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace QtSignIn;
using namespace QtSignInTest;

class tst_AuthSessionFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<GenericOidcProvider> m_provider;
    std::unique_ptr<MemoryTokenStore> m_store;

    // Stores an account whose access token expired a minute ago.
    QString storeExpiredAccount()
    {
        TokenSet tokens;
        tokens.setAccessToken(QStringLiteral("old-access"));
        tokens.setRefreshToken(QStringLiteral("old-refresh"));
        tokens.setIssuedAt(QDateTime::currentDateTimeUtc().addSecs(-660));
        tokens.setExpiresIn(600);
        UserInfo user;
        user.setSubject(QStringLiteral("user-7"));
        user.setName(QStringLiteral("User Seven"));
        StoredAccount account;
        account.setIdentity(m_server->url().toString(QUrl::FullyEncoded), m_provider->clientId(),
                            user);
        account.setTokens(tokens);
        StoreReply *save = m_store->save(account);
        QSignalSpy saved(save, &OAuthReply::finished);
        if (!saved.wait() || save->hasError())
            return QString();
        return account.id();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeServer>();
        QVERIFY(m_server->listen());
        m_provider = std::make_unique<GenericOidcProvider>();
        m_provider->setClientId(QStringLiteral("faults-client"));
        m_provider->setAuthorizeUrl(m_server->url(QStringLiteral("/authorize")));
        m_provider->setTokenUrl(m_server->url(QStringLiteral("/token")));
        m_provider->setRevocationUrl(m_server->url(QStringLiteral("/revoke")));
        m_provider->setAllowInsecureLoopback(true);
        m_provider->setRequireIdTokenValidation(false);
        m_store = std::make_unique<MemoryTokenStore>();
    }

    void cleanup()
    {
        m_provider.reset();
        m_store.reset();
        m_server.reset();
    }

    void unavailableServerKeepsTheSessionAndRetries()
    {
        int calls = 0;
        m_server->on("/token", [&calls](const FakeRequest &request) {
            if (++calls == 1)
                return FakeResponse::text(503, "busy", "text/plain");
            if (request.formValue(QStringLiteral("refresh_token")) != u"old-refresh")
                return FakeResponse::json(
                    400, {{QStringLiteral("error"), QStringLiteral("invalid_grant")}});
            return FakeResponse::json(
                200,
                {{QStringLiteral("access_token"), QStringLiteral("new-access")},
                 {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                 {QStringLiteral("expires_in"), 600},
                 {QStringLiteral("refresh_token"), QStringLiteral("new-refresh")}});
        });
        QVERIFY(!storeExpiredAccount().isEmpty());
        AuthSession session(m_provider.get(), m_store.get());
        QSignalSpy errors(&session, &AuthSession::errorOccurred);
        QSignalSpy reauth(&session, &AuthSession::reauthenticationRequired);
        session.restore();
        QTRY_COMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().value<AuthError>().code(),
                 AuthError::Code::TemporarilyUnavailable);
        // Still signed in: a server hiccup is not a sign-out.
        QCOMPARE(session.state(), AuthSession::State::SignedIn);
        QCOMPARE(session.user().subject(), QStringLiteral("user-7"));
        // The retry (after the first backoff step) succeeds without any help.
        QTRY_COMPARE_WITH_TIMEOUT(session.tokens().accessToken(), QStringLiteral("new-access"),
                                  15000);
        QCOMPARE(calls, 2);
        QCOMPARE(reauth.count(), 0);
        QCOMPARE(session.tokens().refreshToken(), QStringLiteral("new-refresh"));
        QVERIFY(!session.isPersistent()); // a memory store is never persistent
    }

    void offlineIsSaidOnceAndTheSessionRefreshesWhenBack()
    {
        // The token endpoint on a port where nothing listens: the network is "down".
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        m_provider->setTokenUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(port)));
        QVERIFY(!storeExpiredAccount().isEmpty());
        AuthSession session(m_provider.get(), m_store.get());
        QVERIFY(session.isOnline());
        QSignalSpy errors(&session, &AuthSession::errorOccurred);
        QSignalSpy online(&session, &AuthSession::onlineChanged);
        QSignalSpy states(&session, &AuthSession::stateChanged);
        session.restore();
        QTRY_VERIFY(!session.isOnline());
        QCOMPARE(online.count(), 1);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().value<AuthError>().code(), AuthError::Code::NetworkError);
        // Still signed in with the tokens it had.
        QCOMPARE(session.state(), AuthSession::State::SignedIn);
        QCOMPARE(session.tokens().accessToken(), QStringLiteral("old-access"));
        QCOMPARE(session.tokens().refreshToken(), QStringLiteral("old-refresh"));

        // More failed attempts (the backoff's, or an app's) say nothing new.
        for (int attempt = 0; attempt < 2; ++attempt) {
            states.clear();
            session.refresh();
            QTRY_VERIFY(states.count() >= 2); // Refreshing, then SignedIn again
            QCOMPARE(session.state(), AuthSession::State::SignedIn);
        }
        QCOMPARE(errors.count(), 1);
        QCOMPARE(online.count(), 1);
        QVERIFY(!session.isOnline());

        // The network is back: the next refresh succeeds and the session is online again.
        FakeServer back;
        QVERIFY(back.listen(port));
        back.on("/token", [](const FakeRequest &) {
            return FakeResponse::json(
                200,
                {{QStringLiteral("access_token"), QStringLiteral("new-access")},
                 {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                 {QStringLiteral("expires_in"), 600}});
        });
        session.refresh();
        QTRY_VERIFY(session.isOnline());
        QCOMPARE(online.count(), 2);
        QCOMPARE(session.tokens().accessToken(), QStringLiteral("new-access"));
        QCOMPARE(errors.count(), 1);
    }

    void failedRevocationStillDeletesLocalSecrets()
    {
        m_server->on("/token", [](const FakeRequest &) {
            return FakeResponse::json(200,
                                      {{QStringLiteral("access_token"), QStringLiteral("a2")},
                                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                       {QStringLiteral("expires_in"), 600}});
        });
        m_server->on("/revoke", [](const FakeRequest &) {
            return FakeResponse::text(503, "down", "text/plain");
        });
        const QString id = storeExpiredAccount();
        QVERIFY(!id.isEmpty());
        AuthSession session(m_provider.get(), m_store.get());
        session.restore();
        QTRY_COMPARE(session.tokens().accessToken(), QStringLiteral("a2"));
        QSignalSpy signedOut(&session, &AuthSession::signedOut);
        QSignalSpy errors(&session, &AuthSession::errorOccurred);
        session.signOut();
        QCOMPARE(session.state(), AuthSession::State::SignedOut);
        QVERIFY(signedOut.wait());
        QCOMPARE(signedOut.first().first().toBool(), false);
        QVERIFY(!errors.isEmpty());
        // Both tokens were offered for revocation, and nothing is left locally.
        QCOMPARE(m_server->count("/revoke"), 2);
        StoreReply *load = m_store->load(id);
        QSignalSpy loaded(load, &OAuthReply::finished);
        QVERIFY(loaded.wait());
        QVERIFY(load->isNotFound());
        QTRY_VERIFY(session.accounts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_AuthSessionFaults)
#include "tst_authsessionfaults.moc"
