// SPDX-License-Identifier: BSD-3-Clause
// The protocol and network rules of the OAuthProvider base, exercised through a custom
// provider (explicit endpoints, no discovery) against the in-process fake server: what a
// real OpenID Provider will not do on purpose.

#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/revokereply.h>
#include <QtSignIn/tokenreply.h>
#include <QtSignIn/userinforeply.h>

#include "fakeserver.h"

#include <QtCore/QJsonArray>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace QtSignIn;
using namespace QtSignInTest;

class tst_OAuthProvider : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<GenericOidcProvider> m_provider;
    const QUrl m_redirect{QStringLiteral("http://127.0.0.1:4711/callback")};

    static FakeResponse goodTokens()
    {
        return FakeResponse::json(200,
                                  {{QStringLiteral("access_token"), QStringLiteral("AT-1")},
                                   {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                   {QStringLiteral("expires_in"), 3600},
                                   {QStringLiteral("refresh_token"), QStringLiteral("RT-1")},
                                   {QStringLiteral("scope"), QStringLiteral("read write")}});
    }

    static bool waitFor(OAuthReply *reply, int timeout = 10000)
    {
        QSignalSpy spy(reply, &OAuthReply::finished);
        return spy.wait(timeout) && spy.count() == 1;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeServer>();
        QVERIFY(m_server->listen());
        m_provider = std::make_unique<GenericOidcProvider>();
        m_provider->setClientId(QStringLiteral("client id+&="));
        m_provider->setAuthorizeUrl(m_server->url(QStringLiteral("/authorize?tenant=x")));
        m_provider->setTokenUrl(m_server->url(QStringLiteral("/token")));
        m_provider->setUserinfoUrl(m_server->url(QStringLiteral("/userinfo")));
        m_provider->setRevocationUrl(m_server->url(QStringLiteral("/revoke")));
        m_provider->setAllowInsecureLoopback(true);
        m_provider->setRequireIdTokenValidation(false);
        m_provider->setScopes({QStringLiteral("read"), QStringLiteral("write")});
        m_provider->setTransferTimeout(500);
    }

    void cleanup()
    {
        m_provider.reset();
        m_server.reset();
    }

    void authorizeUrlCarriesTheProtocolParameters()
    {
        const PkceChallenge pkce = PkceChallenge::generate();
        const QUrl url = m_provider->buildAuthorizeUrl(
            m_redirect, QStringLiteral("st+ate/="), pkce,
            {{QStringLiteral("prompt"), QStringLiteral("login")},
             {QStringLiteral("state"), QStringLiteral("attacker")},
             {QStringLiteral("code_challenge_method"), QStringLiteral("plain")}});
        const QUrlQuery query(url);
        QCOMPARE(url.path(), QStringLiteral("/authorize"));
        // The endpoint's own query is kept (RFC 6749 §3.1).
        QCOMPARE(query.queryItemValue(QStringLiteral("tenant")), QStringLiteral("x"));
        QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded),
                 QStringLiteral("client id+&="));
        QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 m_redirect.toString());
        QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("read write"));
        QCOMPARE(query.allQueryItemValues(QStringLiteral("state"), QUrl::FullyDecoded),
                 QStringList{QStringLiteral("st+ate/=")});
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")), pkce.challenge());
        QCOMPARE(query.allQueryItemValues(QStringLiteral("code_challenge_method")),
                 QStringList{QStringLiteral("S256")});
        QCOMPARE(query.queryItemValue(QStringLiteral("prompt")), QStringLiteral("login"));
    }

    void authorizeUrlNeedsAnAllowedEndpoint_data()
    {
        QTest::addColumn<QUrl>("endpoint");
        QTest::addColumn<bool>("allowLoopback");
        QTest::newRow("none") << QUrl() << true;
        QTest::newRow("http remote") << QUrl(QStringLiteral("http://example.com/auth")) << true;
        QTest::newRow("http loopback, no opt-in")
            << QUrl(QStringLiteral("http://127.0.0.1:1/auth")) << false;
        QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://example.com/auth")) << true;
        QTest::newRow("relative") << QUrl(QStringLiteral("/auth")) << true;
    }

    void authorizeUrlNeedsAnAllowedEndpoint()
    {
        QFETCH(QUrl, endpoint);
        QFETCH(bool, allowLoopback);
        m_provider->setAuthorizeUrl(endpoint);
        m_provider->setAllowInsecureLoopback(allowLoopback);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("buildAuthorizeUrl")));
        QVERIFY(m_provider->buildAuthorizeUrl(m_redirect, QStringLiteral("s")).isEmpty());
    }

    void codeExchangeSendsCodeRedirectAndVerifier()
    {
        m_server->on("/token", [](const FakeRequest &) { return goodTokens(); });
        QSignalSpy received(m_provider.get(), &OAuthProvider::tokensReceived);
        const PkceChallenge pkce = PkceChallenge::generate();
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto *reply =
            m_provider->exchangeCode(QStringLiteral("c+o/d=e"), m_redirect, pkce.verifier());
        QVERIFY(!reply->isFinished());
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        const FakeRequest request = m_server->last("/token");
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(request.header("accept"), QByteArray("application/json"));
        QCOMPARE(request.formValue(QStringLiteral("grant_type")),
                 QStringLiteral("authorization_code"));
        QCOMPARE(request.formValue(QStringLiteral("code")), QStringLiteral("c+o/d=e"));
        QCOMPARE(request.formValue(QStringLiteral("redirect_uri")), m_redirect.toString());
        QCOMPARE(request.formValue(QStringLiteral("code_verifier")), pkce.verifier());
        QCOMPARE(request.formValue(QStringLiteral("client_id")), QStringLiteral("client id+&="));
        QVERIFY(request.header("authorization").isEmpty());
        const TokenSet tokens = reply->tokens();
        QCOMPARE(tokens.accessToken(), QStringLiteral("AT-1"));
        QCOMPARE(tokens.refreshToken(), QStringLiteral("RT-1"));
        QCOMPARE(tokens.scopes(), (QStringList{QStringLiteral("read"), QStringLiteral("write")}));
        QVERIFY(tokens.issuedAt() >= before.addSecs(-1));
        QCOMPARE(received.count(), 1);
    }

    void clientAuthentication_data()
    {
        QTest::addColumn<OAuthProvider::ClientAuthMethod>("method");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("formSecret");
        // RFC 6749 §2.3.1: id and secret are form-urlencoded before Basic encoding.
        QTest::newRow("basic")
            << OAuthProvider::ClientAuthMethod::ClientSecretBasic
            << QByteArray("Basic " + QByteArray("client%20id%2B%26%3D:s%3Ae%20c").toBase64())
            << QString();
        QTest::newRow("post") << OAuthProvider::ClientAuthMethod::ClientSecretPost << QByteArray()
                              << QStringLiteral("s:e c");
        QTest::newRow("auto without discovery is basic")
            << OAuthProvider::ClientAuthMethod::Auto
            << QByteArray("Basic " + QByteArray("client%20id%2B%26%3D:s%3Ae%20c").toBase64())
            << QString();
    }

    void clientAuthentication()
    {
        QFETCH(OAuthProvider::ClientAuthMethod, method);
        QFETCH(QByteArray, authorization);
        QFETCH(QString, formSecret);
        m_provider->setClientSecret(QStringLiteral("s:e c"));
        m_provider->setClientAuthMethod(method);
        m_server->on("/token", [](const FakeRequest &) { return goodTokens(); });
        auto *reply = m_provider->refreshTokens(QStringLiteral("RT-0"));
        QVERIFY(waitFor(reply));
        QVERIFY(!reply->hasError());
        const FakeRequest request = m_server->last("/token");
        QCOMPARE(request.header("authorization"), authorization);
        QCOMPARE(request.formValue(QStringLiteral("client_secret")), formSecret);
        QCOMPARE(request.formValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
        QCOMPARE(request.formValue(QStringLiteral("refresh_token")), QStringLiteral("RT-0"));
    }

    void refreshKeepsWhatTheServerLeavesOut()
    {
        m_server->on("/token", [](const FakeRequest &) {
            return FakeResponse::json(200,
                                      {{QStringLiteral("access_token"), QStringLiteral("AT-2")},
                                       {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                       {QStringLiteral("expires_in"), QStringLiteral("60")}});
        });
        TokenSet previous;
        previous.setAccessToken(QStringLiteral("AT-1"));
        previous.setRefreshToken(QStringLiteral("RT-1"));
        previous.setScopes({QStringLiteral("read")});
        QSignalSpy refreshed(m_provider.get(), &OAuthProvider::tokensRefreshed);
        QSignalSpy received(m_provider.get(), &OAuthProvider::tokensReceived);
        auto *reply = m_provider->refreshTokens(QStringLiteral("RT-1"), previous);
        QVERIFY(waitFor(reply));
        QVERIFY(!reply->hasError());
        QCOMPARE(reply->tokens().accessToken(), QStringLiteral("AT-2"));
        QCOMPARE(reply->tokens().refreshToken(), QStringLiteral("RT-1")); // RFC 6749 §6
        QCOMPARE(reply->tokens().scopes(), QStringList{QStringLiteral("read")});
        QCOMPARE(reply->tokens().expiresIn(), 60);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(received.count(), 0);
    }

    void tokenErrorsAreTyped_data()
    {
        QTest::addColumn<FakeResponse>("response");
        QTest::addColumn<AuthError::Code>("code");
        QTest::addColumn<QString>("serverError");
        QTest::addColumn<int>("status");

        QTest::newRow("invalid_grant 400")
            << FakeResponse::json(
                   400,
                   {{QStringLiteral("error"), QStringLiteral("invalid_grant")},
                    {QStringLiteral("error_description"), QStringLiteral("code expired")}})
            << AuthError::Code::InvalidGrant << QStringLiteral("invalid_grant") << 400;
        QTest::newRow("invalid_client 401")
            << FakeResponse::json(401,
                                  {{QStringLiteral("error"), QStringLiteral("invalid_client")}})
            << AuthError::Code::InvalidClient << QStringLiteral("invalid_client") << 401;
        QTest::newRow("error with HTTP 200 (GitHub)")
            << FakeResponse::json(200, {{QStringLiteral("error"), QStringLiteral("invalid_grant")}})
            << AuthError::Code::InvalidGrant << QStringLiteral("invalid_grant") << 200;
        QTest::newRow("HTML 500") << FakeResponse::text(500, "<html>oops</html>")
                                  << AuthError::Code::ServerError << QString() << 500;
        QTest::newRow("HTML 200") << FakeResponse::text(200, "<html>login</html>")
                                  << AuthError::Code::InvalidResponse << QString() << 200;
        QTest::newRow("empty 200") << FakeResponse::text(200, QByteArray(), "application/json")
                                   << AuthError::Code::InvalidResponse << QString() << 200;
        QTest::newRow("JSON array") << FakeResponse::text(200, "[1,2]", "application/json")
                                    << AuthError::Code::InvalidResponse << QString() << 200;
        QTest::newRow("no access_token")
            << FakeResponse::json(200, {{QStringLiteral("token_type"), QStringLiteral("Bearer")}})
            << AuthError::Code::InvalidResponse << QString() << 0;
        QTest::newRow("access_token not a string")
            << FakeResponse::json(200,
                                  {{QStringLiteral("access_token"), 42},
                                   {QStringLiteral("token_type"), QStringLiteral("Bearer")}})
            << AuthError::Code::InvalidResponse << QString() << 0;
        QTest::newRow("unknown token_type")
            << FakeResponse::json(200,
                                  {{QStringLiteral("access_token"), QStringLiteral("x")},
                                   {QStringLiteral("token_type"), QStringLiteral("mac")}})
            << AuthError::Code::InvalidResponse << QString() << 0;
        QTest::newRow("503 retry later")
            << FakeResponse::text(503, "busy", "text/plain")
            << AuthError::Code::TemporarilyUnavailable << QString() << 503;
        FakeResponse redirect = FakeResponse::text(307, QByteArray());
        redirect.headers.append(
            qMakePair(QByteArray("Location"), QByteArray("http://127.0.0.1:9/elsewhere")));
        QTest::newRow("307 redirect is not followed")
            << redirect << AuthError::Code::InvalidResponse << QString() << 307;
    }

    void tokenErrorsAreTyped()
    {
        QFETCH(FakeResponse, response);
        QFETCH(AuthError::Code, code);
        QFETCH(QString, serverError);
        QFETCH(int, status);
        m_server->on("/token", [response](const FakeRequest &) { return response; });
        QSignalSpy errors(m_provider.get(), &OAuthProvider::errorOccurred);
        auto *reply = m_provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), code);
        QCOMPARE(reply->error().serverError(), serverError);
        if (status)
            QCOMPARE(reply->error().httpStatus(), status);
        QVERIFY(reply->tokens().isNull());
        QCOMPARE(errors.count(), 1);
        QCOMPARE(m_server->count("/token"), 1);
        QCOMPARE(m_server->count("/elsewhere"), 0);
    }

    void transportFailuresAreTyped_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<AuthError::Code>("code");
        QTest::newRow("stalled headers")
            << int(FakeResponse::Behaviour::StallHeaders) << AuthError::Code::Timeout;
        QTest::newRow("stalled body")
            << int(FakeResponse::Behaviour::StallBody) << AuthError::Code::Timeout;
        QTest::newRow("reset mid-body")
            << int(FakeResponse::Behaviour::ResetMidBody) << AuthError::Code::NetworkError;
    }

    void transportFailuresAreTyped()
    {
        QFETCH(int, behaviour);
        QFETCH(AuthError::Code, code);
        m_server->on("/token", [behaviour](const FakeRequest &) {
            FakeResponse r = goodTokens();
            r.body += QByteArray(2000, ' ');
            r.behaviour = FakeResponse::Behaviour(behaviour);
            return r;
        });
        auto *reply = m_provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), code);
    }

    void oversizedResponsesAreRefused_data()
    {
        QTest::addColumn<bool>("lieAboutLength");
        QTest::newRow("honest Content-Length") << false;
        QTest::newRow("Content-Length too small") << true;
    }

    void oversizedResponsesAreRefused()
    {
        QFETCH(bool, lieAboutLength);
        m_provider->setMaxResponseSize(4096);
        m_server->on("/token", [lieAboutLength](const FakeRequest &) {
            FakeResponse r =
                FakeResponse::json(200,
                                   {{QStringLiteral("access_token"), QString(10000, u'a')},
                                    {QStringLiteral("token_type"), QStringLiteral("Bearer")}});
            if (lieAboutLength)
                r.contentLengthOverride = 100;
            return r;
        });
        auto *reply = m_provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QVERIFY(waitFor(reply));
        QVERIFY(reply->hasError());
        QVERIFY(reply->tokens().isNull());
    }

    void connectionRefusedIsANetworkError()
    {
        quint16 port = m_server->port();
        m_server.reset(); // nothing listens there any more
        m_provider->setTokenUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(port)));
        auto *reply = m_provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), AuthError::Code::NetworkError);
        QCOMPARE(reply->error().networkError(), QNetworkReply::ConnectionRefusedError);
    }

    void plainHttpToARemoteHostIsNeverSent()
    {
        m_provider->setTokenUrl(QUrl(QStringLiteral("http://example.com/token")));
        auto *reply = m_provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), AuthError::Code::Configuration);
        QVERIFY(m_server->requests().isEmpty());
    }

    void abortFinishesOnceAsCancelled()
    {
        m_server->on("/token", [](const FakeRequest &) {
            FakeResponse r = goodTokens();
            r.behaviour = FakeResponse::Behaviour::StallHeaders;
            return r;
        });
        QSignalSpy errors(m_provider.get(), &OAuthProvider::errorOccurred);
        auto *reply = m_provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QSignalSpy finished(reply, &OAuthReply::finished);
        QTRY_COMPARE(m_server->count("/token"), 1);
        reply->abort();
        reply->abort();
        QVERIFY(finished.wait());
        QCOMPARE(reply->error().code(), AuthError::Code::Cancelled);
        QVERIFY(!finished.wait(700)); // the transfer timeout passes: nothing more arrives
        QCOMPARE(finished.count(), 1);
        QCOMPARE(errors.count(), 0);
    }

    void userInfoChecksTheSubject_data()
    {
        QTest::addColumn<FakeResponse>("response");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<AuthError::Code>("code");
        const auto alice =
            FakeResponse::json(200,
                               {{QStringLiteral("sub"), QStringLiteral("alice")},
                                {QStringLiteral("email"), QStringLiteral("a@example.test")}});
        QTest::newRow("match") << alice << QStringLiteral("alice") << AuthError::Code::NoError;
        QTest::newRow("no expectation") << alice << QString() << AuthError::Code::NoError;
        QTest::newRow("someone else")
            << alice << QStringLiteral("bob") << AuthError::Code::InvalidResponse;
        QTest::newRow("no sub") << FakeResponse::json(
                                       200, {{QStringLiteral("name"), QStringLiteral("x")}})
                                << QString() << AuthError::Code::InvalidResponse;
        QTest::newRow("401") << FakeResponse::json(
                                    401,
                                    {{QStringLiteral("error"), QStringLiteral("invalid_token")}})
                             << QString() << AuthError::Code::AccessDenied;
    }

    void userInfoChecksTheSubject()
    {
        QFETCH(FakeResponse, response);
        QFETCH(QString, expected);
        QFETCH(AuthError::Code, code);
        m_server->on("/userinfo", [response](const FakeRequest &) { return response; });
        auto *reply = m_provider->fetchUserInfo(QStringLiteral("AT-1"), expected);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), code);
        QCOMPARE(m_server->last("/userinfo").header("authorization"), QByteArray("Bearer AT-1"));
        if (code == AuthError::Code::NoError)
            QCOMPARE(reply->userInfo().email(), QStringLiteral("a@example.test"));
    }

    void revocationFollowsRfc7009_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("revoked");
        QTest::addColumn<AuthError::Code>("code");
        QTest::newRow("200") << 200 << true << AuthError::Code::NoError;
        QTest::newRow("503") << 503 << false << AuthError::Code::TemporarilyUnavailable;
        QTest::newRow("400 unsupported_token_type")
            << 400 << false << AuthError::Code::InvalidRequest;
    }

    void revocationFollowsRfc7009()
    {
        QFETCH(int, status);
        QFETCH(bool, revoked);
        QFETCH(AuthError::Code, code);
        m_provider->setClientSecret(QStringLiteral("secret"));
        m_server->on("/revoke", [status](const FakeRequest &) {
            return status == 400
                ? FakeResponse::json(
                      400, {{QStringLiteral("error"), QStringLiteral("unsupported_token_type")}})
                : FakeResponse::text(status, QByteArray());
        });
        QSignalSpy signal(m_provider.get(), &OAuthProvider::tokenRevoked);
        auto *reply = m_provider->revokeToken(QStringLiteral("RT-9"),
                                              OAuthProvider::TokenTypeHint::RefreshToken);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->isRevoked(), revoked);
        QCOMPARE(reply->error().code(), code);
        const FakeRequest request = m_server->last("/revoke");
        QCOMPARE(request.formValue(QStringLiteral("token")), QStringLiteral("RT-9"));
        QCOMPARE(request.formValue(QStringLiteral("token_type_hint")),
                 QStringLiteral("refresh_token"));
        QVERIFY(request.header("authorization").startsWith("Basic "));
        QCOMPARE(signal.count(), 1);
        QCOMPARE(signal.first().first().toBool(), revoked);
    }

    void revocationWithoutEndpointReturnsFalse()
    {
        m_provider->setRevocationUrl(QUrl());
        QVERIFY(!m_provider->supportsRevocation());
        auto *reply = m_provider->revokeToken(QStringLiteral("AT"));
        QVERIFY(waitFor(reply));
        QVERIFY(!reply->isRevoked());
        QCOMPARE(reply->error().code(), AuthError::Code::ProviderPolicy);
    }

    void customProviderIgnoresUnverifiableIdTokens()
    {
        // REFERENCE.md fault 4: a custom provider that returns an id_token must not fail
        // forever. Without an issuer it cannot be validated, so its claims are not exposed.
        m_server->on("/token", [](const FakeRequest &) {
            return FakeResponse::json(200,
                                      {{QStringLiteral("access_token"), QStringLiteral("AT")},
                                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                       {QStringLiteral("id_token"), QStringLiteral("a.b.c")}});
        });
        auto *reply = m_provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QVERIFY(waitFor(reply));
        QVERIFY(!reply->hasError());
        QVERIFY(reply->tokens().idTokenClaims().isEmpty());

        m_provider->setRequireIdTokenValidation(true);
        auto *strict = m_provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QVERIFY(waitFor(strict));
        QCOMPARE(strict->error().code(), AuthError::Code::Configuration);
    }

    void autoDeleteRepliesDeletesAfterFinished()
    {
        m_provider->setAutoDeleteReplies(true);
        m_server->on("/token", [](const FakeRequest &) { return goodTokens(); });
        QPointer<TokenReply> reply = m_provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QVERIFY(waitFor(reply));
        QTRY_VERIFY(reply.isNull());
    }
};

QTEST_GUILESS_MAIN(tst_OAuthProvider)
#include "tst_oauthprovider.moc"
