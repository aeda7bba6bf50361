// SPDX-License-Identifier: BSD-3-Clause
// GitHubProvider against a fake github.com + api.github.com on 127.0.0.1: PKCE with the
// verifier at the exchange (REFERENCE.md fault 1), JSON token responses and GitHub's errors
// sent with HTTP 200, comma-separated scopes (fault 13), the /user + /user/emails profile,
// and revocation through the REST API with Basic client credentials.

#include <QtSignIn/githubprovider.h>
#include <QtSignIn/revokereply.h>
#include <QtSignIn/tokenreply.h>
#include <QtSignIn/userinforeply.h>

#include "fakeserver.h"

#include <QtCore/QJsonArray>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace QtSignIn;
using namespace QtSignInTest;

class tst_GitHubProvider : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<GitHubProvider> m_provider;
    const QUrl m_redirect{QStringLiteral("http://127.0.0.1:4711/callback")};
    const QString m_clientId = QStringLiteral("Iv1.0123456789abcdef");
    const QByteArray m_revokePath = "/applications/Iv1.0123456789abcdef/token";

    static FakeResponse octocat(const QJsonValue &email)
    {
        return FakeResponse::json(
            200,
            {{QStringLiteral("login"), QStringLiteral("octocat")},
             {QStringLiteral("id"), 583231},
             {QStringLiteral("node_id"), QStringLiteral("MDQ6VXNlcjE=")},
             {QStringLiteral("name"), QStringLiteral("The Octocat")},
             {QStringLiteral("email"), email},
             {QStringLiteral("avatar_url"),
              QStringLiteral("https://avatars.githubusercontent.com/u/583231?v=4")}});
    }

    static QJsonObject emailEntry(const QString &email, bool primary, bool verified)
    {
        return {{QStringLiteral("email"), email},
                {QStringLiteral("primary"), primary},
                {QStringLiteral("verified"), verified},
                {QStringLiteral("visibility"), QJsonValue(QJsonValue::Null)}};
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
        m_provider = std::make_unique<GitHubProvider>();
        m_provider->setClientId(m_clientId);
        m_provider->setAuthorizeUrl(m_server->url(QStringLiteral("/login/oauth/authorize")));
        m_provider->setTokenUrl(m_server->url(QStringLiteral("/login/oauth/access_token")));
        m_provider->setApiUrl(m_server->url());
        m_provider->setAllowInsecureLoopback(true);
        m_provider->setTransferTimeout(5000);
    }

    void cleanup()
    {
        m_provider.reset();
        m_server.reset();
    }

    void defaultsAreGitHubs()
    {
        const GitHubProvider provider;
        QCOMPARE(provider.type(), OAuthProvider::Type::GitHub);
        QCOMPARE(provider.displayName(), QStringLiteral("GitHub"));
        QVERIFY(!provider.isOpenIdConnect());
        // REFERENCE.md fault 3: GitHub's own scopes, never `openid …`.
        QCOMPARE(provider.defaultScopes(),
                 (QStringList{QStringLiteral("read:user"), QStringLiteral("user:email")}));
        QCOMPARE(provider.scopes(), provider.defaultScopes());
        QCOMPARE(provider.authorizeUrl(),
                 QUrl(QStringLiteral("https://github.com/login/oauth/authorize")));
        QCOMPARE(provider.tokenUrl(),
                 QUrl(QStringLiteral("https://github.com/login/oauth/access_token")));
        QCOMPARE(provider.apiUrl(), QUrl(QStringLiteral("https://api.github.com")));
        QCOMPARE(provider.userinfoUrl(), QUrl(QStringLiteral("https://api.github.com/user")));
        QVERIFY(provider.isReady());
    }

    void authorizeUrlCarriesThePkceChallenge()
    {
        const PkceChallenge pkce = PkceChallenge::generate();
        const QUrl url = m_provider->buildAuthorizeUrl(m_redirect, QStringLiteral("st"), pkce);
        QCOMPARE(url.path(), QStringLiteral("/login/oauth/authorize"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")), pkce.challenge());
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), m_clientId);
        QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("read:user user:email"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("nonce")));
    }

    void exchangeSendsTheVerifierAndAsksForJson_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("public client") << QString();
        QTest::newRow("with client secret") << QStringLiteral("0123456789abcdef0123");
    }

    void exchangeSendsTheVerifierAndAsksForJson()
    {
        QFETCH(QString, secret);
        m_provider->setClientSecret(secret);
        m_server->on("/login/oauth/access_token", [](const FakeRequest &) {
            // GitHub's scope list is comma-separated (REFERENCE.md fault 13).
            return FakeResponse::json(
                200,
                {{QStringLiteral("access_token"), QStringLiteral("gho_16C7e42F292c6912E7710c8")},
                 {QStringLiteral("token_type"), QStringLiteral("bearer")},
                 {QStringLiteral("scope"), QStringLiteral("read:user,user:email")}});
        });
        QSignalSpy received(m_provider.get(), &OAuthProvider::tokensReceived);
        const PkceChallenge pkce = PkceChallenge::generate();
        TokenReply *reply = m_provider->exchangeCode(QStringLiteral("e72e16c7e42f292c6912"),
                                                     m_redirect, pkce.verifier());
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        const FakeRequest request = m_server->last("/login/oauth/access_token");
        QCOMPARE(request.method, QByteArray("POST"));
        // REFERENCE.md fault 1: the reference sent the challenge but dropped the verifier.
        QCOMPARE(request.formValue(QStringLiteral("code_verifier")), pkce.verifier());
        // Without it GitHub answers form-encoded.
        QCOMPARE(request.header("accept"), QByteArray("application/json"));
        QCOMPARE(request.formValue(QStringLiteral("code")), QStringLiteral("e72e16c7e42f292c6912"));
        QCOMPARE(request.formValue(QStringLiteral("redirect_uri")), m_redirect.toString());
        QCOMPARE(request.formValue(QStringLiteral("client_id")), m_clientId);
        QCOMPARE(request.formValue(QStringLiteral("client_secret")), secret);
        const TokenSet tokens = reply->tokens();
        QCOMPARE(tokens.accessToken(), QStringLiteral("gho_16C7e42F292c6912E7710c8"));
        QCOMPARE(tokens.scopes(),
                 (QStringList{QStringLiteral("read:user"), QStringLiteral("user:email")}));
        QVERIFY(tokens.idTokenClaims().isEmpty());
        QCOMPARE(received.count(), 1);
    }

    void gitHubAppTokensExpireAndRotate()
    {
        m_server->on("/login/oauth/access_token", [](const FakeRequest &) {
            return FakeResponse::json(200,
                                      {{QStringLiteral("access_token"), QStringLiteral("ghu_new")},
                                       {QStringLiteral("expires_in"), 28800},
                                       {QStringLiteral("refresh_token"), QStringLiteral("ghr_new")},
                                       {QStringLiteral("refresh_token_expires_in"), 15811200},
                                       {QStringLiteral("scope"), QString()},
                                       {QStringLiteral("token_type"), QStringLiteral("bearer")}});
        });
        TokenSet previous;
        previous.setAccessToken(QStringLiteral("ghu_old"));
        previous.setRefreshToken(QStringLiteral("ghr_old"));
        TokenReply *reply = m_provider->refreshTokens(QStringLiteral("ghr_old"), previous);
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        QCOMPARE(
            m_server->last("/login/oauth/access_token").formValue(QStringLiteral("refresh_token")),
            QStringLiteral("ghr_old"));
        // The old pair is dead at GitHub: the new refresh token must replace it.
        QCOMPARE(reply->tokens().refreshToken(), QStringLiteral("ghr_new"));
        QCOMPARE(reply->tokens().expiresIn(), 28800);
    }

    void errorsSentWithHttp200FailTheReply_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<AuthError::Code>("code");
        QTest::newRow("bad_verification_code")
            << QStringLiteral("bad_verification_code") << AuthError::Code::InvalidGrant;
        QTest::newRow("incorrect_client_credentials")
            << QStringLiteral("incorrect_client_credentials") << AuthError::Code::InvalidClient;
        QTest::newRow("redirect_uri_mismatch")
            << QStringLiteral("redirect_uri_mismatch") << AuthError::Code::InvalidRequest;
        QTest::newRow("unverified_user_email")
            << QStringLiteral("unverified_user_email") << AuthError::Code::AccessDenied;
        QTest::newRow("invalid_grant")
            << QStringLiteral("invalid_grant") << AuthError::Code::InvalidGrant;
    }

    void errorsSentWithHttp200FailTheReply()
    {
        QFETCH(QString, error);
        QFETCH(AuthError::Code, code);
        m_server->on("/login/oauth/access_token", [error](const FakeRequest &) {
            return FakeResponse::json(
                200,
                {{QStringLiteral("error"), error},
                 {QStringLiteral("error_description"),
                  QStringLiteral("The code passed is incorrect or expired.")},
                 {QStringLiteral("error_uri"),
                  QStringLiteral("https://docs.github.com/apps/troubleshooting")}});
        });
        QSignalSpy received(m_provider.get(), &OAuthProvider::tokensReceived);
        QSignalSpy errors(m_provider.get(), &OAuthProvider::errorOccurred);
        TokenReply *reply = m_provider->exchangeCode(QStringLiteral("code"), m_redirect,
                                                     PkceChallenge::generate().verifier());
        QVERIFY(waitFor(reply));
        QVERIFY(reply->hasError());
        QCOMPARE(reply->error().code(), code);
        QCOMPARE(reply->error().serverError(), error);
        QCOMPARE(reply->error().serverErrorDescription(),
                 QStringLiteral("The code passed is incorrect or expired."));
        QCOMPARE(reply->error().httpStatus(), 200);
        QVERIFY(reply->tokens().isNull());
        QCOMPARE(received.count(), 0);
        QCOMPARE(errors.count(), 1);
    }

    void publicProfileEmailNeedsNoSecondRequest()
    {
        m_server->on("/user", [](const FakeRequest &) {
            return octocat(QStringLiteral("octocat@github.com"));
        });
        QSignalSpy received(m_provider.get(), &OAuthProvider::userInfoReceived);
        UserInfoReply *reply = m_provider->fetchUserInfo(QStringLiteral("gho_token"));
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        const UserInfo user = reply->userInfo();
        // The numeric id is the stable subject; logins can be renamed.
        QCOMPARE(user.subject(), QStringLiteral("583231"));
        QCOMPARE(user.preferredUsername(), QStringLiteral("octocat"));
        QCOMPARE(user.name(), QStringLiteral("The Octocat"));
        QCOMPARE(user.email(), QStringLiteral("octocat@github.com"));
        QCOMPARE(user.pictureUrl(),
                 QUrl(QStringLiteral("https://avatars.githubusercontent.com/u/583231?v=4")));
        QCOMPARE(user.claims().value(u"node_id").toString(), QStringLiteral("MDQ6VXNlcjE="));
        QCOMPARE(m_server->count("/user"), 1);
        QCOMPARE(m_server->count("/user/emails"), 0);
        const FakeRequest request = m_server->last("/user");
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.header("authorization"), QByteArray("Bearer gho_token"));
        QCOMPARE(request.header("accept"), QByteArray("application/vnd.github+json"));
        QCOMPARE(received.count(), 1);
    }

    void privateEmailComesFromTheEmailsEndpoint_data()
    {
        QTest::addColumn<FakeResponse>("emails");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("verified");
        QTest::newRow("primary and verified is picked")
            << FakeResponse::text(
                   200,
                   QJsonDocument(
                       QJsonArray{emailEntry(QStringLiteral("old@example.test"), false, true),
                                  emailEntry(QStringLiteral("octocat@github.com"), true, true),
                                  emailEntry(QStringLiteral("new@example.test"), false, false)})
                       .toJson(QJsonDocument::Compact),
                   "application/json")
            << QStringLiteral("octocat@github.com") << true;
        QTest::newRow("unverified primary is not used")
            << FakeResponse::text(
                   200,
                   QJsonDocument(
                       QJsonArray{
                           emailEntry(QStringLiteral("unverified@example.test"), true, false),
                           emailEntry(QStringLiteral("other@example.test"), false, true)})
                       .toJson(QJsonDocument::Compact),
                   "application/json")
            << QString() << false;
        // Without the user:email scope GitHub answers 403: the profile is still good.
        QTest::newRow("403") << FakeResponse::json(
                                    403,
                                    {{QStringLiteral("message"),
                                      QStringLiteral("Resource not accessible by integration")}})
                             << QString() << false;
        QTest::newRow("500") << FakeResponse::text(500, "<html>unicorn</html>") << QString()
                             << false;
        QTest::newRow("not an array")
            << FakeResponse::json(200, {{QStringLiteral("email"), QStringLiteral("x@y.test")}})
            << QString() << false;
    }

    void privateEmailComesFromTheEmailsEndpoint()
    {
        QFETCH(FakeResponse, emails);
        QFETCH(QString, expected);
        QFETCH(bool, verified);
        m_server->on("/user", [](const FakeRequest &) { return octocat(QJsonValue::Null); });
        m_server->on("/user/emails", [emails](const FakeRequest &) { return emails; });
        UserInfoReply *reply =
            m_provider->fetchUserInfo(QStringLiteral("gho_token"), QStringLiteral("583231"));
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        QCOMPARE(m_server->count("/user/emails"), 1);
        QCOMPARE(m_server->last("/user/emails").header("authorization"),
                 QByteArray("Bearer gho_token"));
        const UserInfo user = reply->userInfo();
        QCOMPARE(user.subject(), QStringLiteral("583231"));
        QCOMPARE(user.preferredUsername(), QStringLiteral("octocat"));
        QCOMPARE(user.email(), expected);
        QCOMPARE(user.isEmailVerified(), verified);
    }

    void subjectIsTheNumericId_data()
    {
        QTest::addColumn<QJsonValue>("id");
        QTest::addColumn<QString>("expectedSubject"); // passed to fetchUserInfo
        QTest::addColumn<QString>("subject");         // empty: the reply fails
        QTest::newRow("small id") << QJsonValue(1) << QString() << QStringLiteral("1");
        QTest::newRow("id beyond 32 bits")
            << QJsonValue(double(98765432101LL)) << QString() << QStringLiteral("98765432101");
        QTest::newRow("matches the expected subject")
            << QJsonValue(583231) << QStringLiteral("583231") << QStringLiteral("583231");
        QTest::newRow("someone else")
            << QJsonValue(583232) << QStringLiteral("583231") << QString();
        QTest::newRow("no id") << QJsonValue(QJsonValue::Undefined) << QString() << QString();
        // Regression (fuzzing): an id beyond qint64 made the conversion undefined behaviour.
        QTest::newRow("id beyond 64 bits") << QJsonValue(1e300) << QString() << QString();
        QTest::newRow("fractional id") << QJsonValue(1.5) << QString() << QString();
    }

    void subjectIsTheNumericId()
    {
        QFETCH(QJsonValue, id);
        QFETCH(QString, expectedSubject);
        QFETCH(QString, subject);
        m_server->on("/user", [id](const FakeRequest &) {
            QJsonObject user{{QStringLiteral("login"), QStringLiteral("octocat")},
                             {QStringLiteral("email"), QStringLiteral("o@example.test")}};
            if (!id.isUndefined())
                user.insert(u"id", id);
            return FakeResponse::json(200, user);
        });
        UserInfoReply *reply = m_provider->fetchUserInfo(QStringLiteral("gho"), expectedSubject);
        QVERIFY(waitFor(reply));
        if (subject.isEmpty()) {
            QCOMPARE(reply->error().code(), AuthError::Code::InvalidResponse);
            QVERIFY(reply->userInfo().isNull());
        } else {
            QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
            QCOMPARE(reply->userInfo().subject(), subject);
        }
    }

    void revocationUsesTheApplicationsApi_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("revoked");
        QTest::newRow("204 revoked") << 204 << true;
        QTest::newRow("404 unknown token") << 404 << false;
        QTest::newRow("422 validation failed") << 422 << false;
        // Only 204 means revoked; a 200 is not GitHub's documented answer.
        QTest::newRow("200 is not 204") << 200 << false;
    }

    void revocationUsesTheApplicationsApi()
    {
        QFETCH(int, status);
        QFETCH(bool, revoked);
        m_provider->setClientSecret(QStringLiteral("s3cr:et"));
        QVERIFY(m_provider->supportsRevocation());
        m_server->on(m_revokePath, [status](const FakeRequest &) {
            if (status == 204)
                return FakeResponse::text(204, QByteArray(), "application/json");
            return FakeResponse::json(status,
                                      {{QStringLiteral("message"), QStringLiteral("Not Found")}});
        });
        QSignalSpy signal(m_provider.get(), &OAuthProvider::tokenRevoked);
        RevokeReply *reply = m_provider->revokeToken(QStringLiteral("gho_revoke_me"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->isRevoked(), revoked);
        QCOMPARE(reply->hasError(), !revoked);
        if (!revoked)
            QCOMPARE(reply->error().httpStatus(), status);
        QCOMPARE(m_server->count(m_revokePath), 1);
        const FakeRequest request = m_server->last(m_revokePath);
        QCOMPARE(request.method, QByteArray("DELETE"));
        QCOMPARE(request.header("authorization"),
                 "Basic " + QByteArray("Iv1.0123456789abcdef:s3cr:et").toBase64());
        QVERIFY(request.header("content-type").startsWith("application/json"));
        QCOMPARE(QJsonDocument::fromJson(request.body).object(),
                 (QJsonObject{{QStringLiteral("access_token"), QStringLiteral("gho_revoke_me")}}));
        QCOMPARE(signal.count(), 1);
        QCOMPARE(signal.first().first().toBool(), revoked);
    }

    void revocationWithoutTheSecretSendsNothing()
    {
        QVERIFY(!m_provider->supportsRevocation());
        QSignalSpy signal(m_provider.get(), &OAuthProvider::tokenRevoked);
        RevokeReply *reply = m_provider->revokeToken(QStringLiteral("gho_revoke_me"));
        QVERIFY(!reply->isFinished());
        QVERIFY(waitFor(reply));
        QVERIFY(!reply->isRevoked());
        QCOMPARE(reply->error().code(), AuthError::Code::ProviderPolicy);
        QVERIFY(m_server->requests().isEmpty());
        QCOMPARE(signal.count(), 1);
        QCOMPARE(signal.first().first().toBool(), false);
    }
};

QTEST_GUILESS_MAIN(tst_GitHubProvider)
#include "tst_githubprovider.moc"
