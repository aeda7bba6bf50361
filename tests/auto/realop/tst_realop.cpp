// SPDX-License-Identifier: BSD-3-Clause
// End-to-end against the real OpenID Provider (npm oidc-provider) started by the test
// envelope (tools/setup.sh run --oidc): discovery, code + PKCE, ID-token validation with the
// OP's own keys, userinfo, refresh with rotation, revocation and client authentication.

#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/revokereply.h>
#include <QtSignIn/tokenreply.h>
#include <QtSignIn/userinforeply.h>

#include "devidpdriver.h"
#include "oidc/metadatacache_p.h"

#include <QtCore/QRandomGenerator>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace QtSignIn;
using QtSignInTest::DevIdpDriver;

class tst_RealOp : public QObject
{
    Q_OBJECT

private:
    QUrl m_issuer;
    const QUrl m_redirect{QStringLiteral("http://127.0.0.1:53123/callback")};

    GenericOidcProvider *newProvider(const QString &clientId = QStringLiteral("qt-desktop"),
                                     const QString &secret = QString())
    {
        auto *provider = new GenericOidcProvider(m_issuer, this);
        provider->setClientId(clientId);
        provider->setClientSecret(secret);
        provider->setAllowInsecureLoopback(true); // the test OP is http on 127.0.0.1
        provider->setScopes({QStringLiteral("openid"), QStringLiteral("offline_access"),
                             QStringLiteral("profile"), QStringLiteral("email")});
        return provider;
    }

    static QString randomValue()
    {
        QByteArray bytes(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                              bytes.size() / 4);
        return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    template<typename Reply>
    static bool waitFor(Reply *reply)
    {
        QSignalSpy spy(reply, &OAuthReply::finished);
        return spy.wait(15000) && spy.count() == 1;
    }

    struct SignIn
    {
        TokenSet tokens;
        QString nonce;
        QString state;
        DevIdpDriver::Result redirect;
    };

    // A complete interactive sign-in, the browser part driven headlessly.
    SignIn signIn(GenericOidcProvider *provider, const QString &login = QStringLiteral("alice"))
    {
        SignIn result;
        auto *prepared = provider->prepare();
        if (!waitFor(prepared) || prepared->hasError()) {
            qWarning() << "prepare failed" << prepared->error();
            return result;
        }
        const PkceChallenge pkce = PkceChallenge::generate();
        result.state = randomValue();
        result.nonce = randomValue();
        const QUrl url =
            provider->buildAuthorizeUrl(m_redirect, result.state, pkce,
                                        {{QStringLiteral("nonce"), result.nonce},
                                         {QStringLiteral("prompt"), QStringLiteral("consent")}});
        DevIdpDriver driver(m_redirect.toString(), login);
        driver.start(url);
        if (!QTest::qWaitFor([&] { return driver.isDone(); }, 15000))
            return result;
        result.redirect = driver.result();
        if (!result.redirect.reachedRedirect) {
            qWarning() << "dev login failed:" << result.redirect.failure;
            return result;
        }
        auto *reply = provider->exchangeCode(result.redirect.queryValue(QStringLiteral("code")),
                                             m_redirect, pkce.verifier(), result.nonce);
        if (!waitFor(reply) || reply->hasError()) {
            qWarning() << "exchange failed" << reply->error();
            return result;
        }
        result.tokens = reply->tokens();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray issuer = qgetenv("OIDC_ISSUER");
        QVERIFY2(!issuer.isEmpty(),
                 "OIDC_ISSUER is not set: run inside `tools/setup.sh run --oidc tests/oidc`");
        m_issuer = QUrl(QString::fromUtf8(issuer));
    }

    void init() { GenericOidcProvider::clearMetadataCache(); }

    void discoveryLoadsTheProviderMetadata()
    {
        auto *provider = newProvider();
        QVERIFY(!provider->isReady());
        QSignalSpy ready(provider, &OAuthProvider::readyChanged);
        auto *reply = provider->prepare();
        QVERIFY(!reply->isFinished()); // never synchronous
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        QVERIFY(provider->isReady());
        QVERIFY(ready.count() >= 1);
        QCOMPARE(provider->metadata().value(u"issuer").toString(),
                 m_issuer.toString(QUrl::FullyEncoded));
        QCOMPARE(provider->jwksUrl(), m_issuer.resolved(QUrl(QStringLiteral("/jwks"))));
        QVERIFY(provider->supportsRevocation());
    }

    void plainHttpIssuerNeedsTheLoopbackOptIn()
    {
        auto *provider = newProvider();
        provider->setAllowInsecureLoopback(false);
        auto *reply = provider->prepare();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), AuthError::Code::Configuration);
    }

    void authorizationCodeWithPkceYieldsValidatedTokens()
    {
        auto *provider = newProvider();
        QSignalSpy received(provider, &OAuthProvider::tokensReceived);
        const SignIn s = signIn(provider);
        QVERIFY(s.redirect.reachedRedirect);
        // The state comes back unchanged, and the issuer is identified (RFC 9207).
        QCOMPARE(s.redirect.queryValue(QStringLiteral("state")), s.state);
        QCOMPARE(s.redirect.queryValue(QStringLiteral("iss")), m_issuer.toString());
        QVERIFY(!s.tokens.isNull());
        QVERIFY(s.tokens.hasRefreshToken());
        QVERIFY(!s.tokens.idToken().isEmpty());
        QVERIFY(s.tokens.scopes().contains(QStringLiteral("offline_access")));
        QVERIFY(s.tokens.expiresAt() > QDateTime::currentDateTimeUtc());
        QVERIFY(!s.tokens.isExpired(60));
        const QJsonObject claims = s.tokens.idTokenClaims();
        QCOMPARE(claims.value(u"sub").toString(), QStringLiteral("alice"));
        QCOMPARE(claims.value(u"aud").toString(), QStringLiteral("qt-desktop"));
        QCOMPARE(claims.value(u"nonce").toString(), s.nonce);
        QCOMPARE(claims.value(u"iss").toString(), m_issuer.toString());
        QCOMPARE(received.count(), 1);
    }

    void wrongVerifierIsRejectedByTheServer()
    {
        auto *provider = newProvider();
        QVERIFY(waitFor(provider->prepare()));
        const PkceChallenge pkce = PkceChallenge::generate();
        DevIdpDriver driver(m_redirect.toString());
        driver.start(provider->buildAuthorizeUrl(m_redirect, randomValue(), pkce,
                                                 {{QStringLiteral("nonce"), randomValue()}}));
        QTRY_VERIFY_WITH_TIMEOUT(driver.isDone(), 15000);
        QVERIFY2(driver.result().reachedRedirect, qPrintable(driver.result().failure));
        QSignalSpy errors(provider, &OAuthProvider::errorOccurred);
        auto *reply = provider->exchangeCode(driver.result().queryValue(QStringLiteral("code")),
                                             m_redirect, PkceChallenge::generate().verifier());
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), AuthError::Code::InvalidGrant);
        QCOMPARE(reply->error().serverError(), QStringLiteral("invalid_grant"));
        QCOMPARE(reply->error().httpStatus(), 400);
        QVERIFY(reply->tokens().isNull());
        QCOMPARE(errors.count(), 1);
    }

    void wrongNonceFailsIdTokenValidation()
    {
        auto *provider = newProvider();
        QVERIFY(waitFor(provider->prepare()));
        const PkceChallenge pkce = PkceChallenge::generate();
        DevIdpDriver driver(m_redirect.toString());
        driver.start(provider->buildAuthorizeUrl(m_redirect, randomValue(), pkce,
                                                 {{QStringLiteral("nonce"), randomValue()}}));
        QTRY_VERIFY_WITH_TIMEOUT(driver.isDone(), 15000);
        QVERIFY(driver.result().reachedRedirect);
        auto *reply = provider->exchangeCode(driver.result().queryValue(QStringLiteral("code")),
                                             m_redirect, pkce.verifier(), randomValue());
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), AuthError::Code::IdTokenInvalid);
        QVERIFY(reply->tokens().isNull());
    }

    void userInfoMatchesTheIdTokenSubject()
    {
        auto *provider = newProvider();
        const SignIn s = signIn(provider, QStringLiteral("bob"));
        QVERIFY(!s.tokens.isNull());
        const QString sub = s.tokens.idTokenClaims().value(u"sub").toString();
        auto *reply = provider->fetchUserInfo(s.tokens.accessToken(), sub);
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        QCOMPARE(reply->userInfo().subject(), QStringLiteral("bob"));
        QCOMPARE(reply->userInfo().email(), QStringLiteral("bob@example.test"));
        QVERIFY(reply->userInfo().isEmailVerified());
        QCOMPARE(reply->userInfo().displayName(), QStringLiteral("User bob"));

        auto *other = provider->fetchUserInfo(s.tokens.accessToken(), QStringLiteral("alice"));
        QVERIFY(waitFor(other));
        QCOMPARE(other->error().code(), AuthError::Code::InvalidResponse);
    }

    void refreshRotatesTheRefreshToken()
    {
        auto *provider = newProvider();
        const SignIn s = signIn(provider);
        QVERIFY(s.tokens.hasRefreshToken());
        QSignalSpy refreshed(provider, &OAuthProvider::tokensRefreshed);
        auto *reply = provider->refreshTokens(s.tokens.refreshToken(), s.tokens);
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        const TokenSet fresh = reply->tokens();
        QVERIFY(fresh.accessToken() != s.tokens.accessToken());
        QVERIFY(fresh.hasRefreshToken());
        QVERIFY(fresh.refreshToken() != s.tokens.refreshToken());
        // The refreshed ID token was validated against the original (OIDC Core §12.2).
        QCOMPARE(fresh.idTokenClaims().value(u"sub").toString(), QStringLiteral("alice"));
        QCOMPARE(refreshed.count(), 1);

        // The old refresh token is dead after rotation.
        auto *replay = provider->refreshTokens(s.tokens.refreshToken(), s.tokens);
        QVERIFY(waitFor(replay));
        QCOMPARE(replay->error().code(), AuthError::Code::InvalidGrant);
    }

    void revokedAccessTokenIsRejected()
    {
        auto *provider = newProvider();
        const SignIn s = signIn(provider);
        QVERIFY(!s.tokens.isNull());
        QSignalSpy revoked(provider, &OAuthProvider::tokenRevoked);
        auto *reply = provider->revokeToken(s.tokens.accessToken(),
                                            OAuthProvider::TokenTypeHint::AccessToken);
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->isRevoked(), qPrintable(reply->error().detail()));
        QCOMPARE(revoked.count(), 1);
        QCOMPARE(revoked.first().first().toBool(), true);

        auto *me = provider->fetchUserInfo(s.tokens.accessToken());
        QVERIFY(waitFor(me));
        QCOMPARE(me->error().code(), AuthError::Code::AccessDenied);
    }

    void revokedRefreshTokenCannotRefresh()
    {
        auto *provider = newProvider();
        const SignIn s = signIn(provider);
        QVERIFY(s.tokens.hasRefreshToken());
        auto *reply = provider->revokeToken(s.tokens.refreshToken(),
                                            OAuthProvider::TokenTypeHint::RefreshToken);
        QVERIFY(waitFor(reply));
        QVERIFY(reply->isRevoked());
        auto *refresh = provider->refreshTokens(s.tokens.refreshToken(), s.tokens);
        QVERIFY(waitFor(refresh));
        QCOMPARE(refresh->error().code(), AuthError::Code::InvalidGrant);
    }

    void confidentialClientsAuthenticate_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<OAuthProvider::ClientAuthMethod>("method");
        QTest::newRow("basic (auto from discovery)")
            << QStringLiteral("qt-confidential") << QStringLiteral("qt-confidential-secret")
            << OAuthProvider::ClientAuthMethod::Auto;
        QTest::newRow("post (explicit)")
            << QStringLiteral("qt-post") << QStringLiteral("qt-post-secret")
            << OAuthProvider::ClientAuthMethod::ClientSecretPost;
    }

    void confidentialClientsAuthenticate()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(OAuthProvider::ClientAuthMethod, method);
        auto *provider = newProvider(clientId, secret);
        provider->setClientAuthMethod(method);
        const SignIn s = signIn(provider);
        QVERIFY(!s.tokens.isNull());
        QCOMPARE(s.tokens.idTokenClaims().value(u"aud").toString(), clientId);
        // Revocation uses the same client authentication (RFC 7009 §2.1).
        auto *reply = provider->revokeToken(s.tokens.refreshToken(),
                                            OAuthProvider::TokenTypeHint::RefreshToken);
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->isRevoked(), qPrintable(reply->error().detail()));
    }

    void wrongClientSecretIsInvalidClient()
    {
        auto *provider = newProvider(QStringLiteral("qt-confidential"), QStringLiteral("wrong"));
        QVERIFY(waitFor(provider->prepare()));
        auto *reply = provider->refreshTokens(QStringLiteral("not-a-real-token"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), AuthError::Code::InvalidClient);
    }

    void secondProviderReusesCachedMetadata()
    {
        auto *first = newProvider();
        QVERIFY(waitFor(first->prepare()));
        const int fetches = Oidc::MetadataCache::instance()->fetchCount();
        auto *second = newProvider();
        auto *reply = second->prepare();
        QVERIFY(waitFor(reply));
        QVERIFY(!reply->hasError());
        QCOMPARE(Oidc::MetadataCache::instance()->fetchCount(), fetches);
    }

    void restartedApplicationSignsInWithoutFetchingMetadata()
    {
        // Issue 7: discovery and JWKS are public; a restart finds them in the disk cache
        // (the envelope's own XDG_CACHE_HOME) while the OP's max-age says they are fresh.
        QVERIFY(!signIn(newProvider()).tokens.isNull());
        const int fetches = Oidc::MetadataCache::instance()->fetchCount();
        Oidc::MetadataCache::instance()->clearMemory();
        const SignIn again = signIn(newProvider());
        QVERIFY(!again.tokens.isNull());
        QVERIFY(!again.tokens.idTokenClaims().value(u"sub").toString().isEmpty());
        QCOMPARE(Oidc::MetadataCache::instance()->fetchCount(), fetches);
    }
};

QTEST_GUILESS_MAIN(tst_RealOp)
#include "tst_realop.moc"
