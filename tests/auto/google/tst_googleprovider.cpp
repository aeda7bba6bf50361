// SPDX-License-Identifier: BSD-3-Clause
// GoogleProvider: its documented endpoints and authorization parameters, the client secret of
// "Desktop app" clients sent together with PKCE, and both issuer forms Google puts in ID
// tokens. Token and key requests go to the in-process fake IdP; the issuer stays Google's.

#include <QtSignIn/googleprovider.h>
#include <QtSignIn/tokenreply.h>

#include "fakeidp.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace QtSignIn;
using namespace QtSignInTest;

class tst_GoogleProvider : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeIdp> m_idp;
    const QUrl m_redirect{QStringLiteral("http://127.0.0.1:4711/callback")};

    // Google's configuration, with only the token endpoint and the key set moved to the fake.
    std::unique_ptr<GoogleProvider> newProvider() const
    {
        auto provider = std::make_unique<GoogleProvider>();
        provider->setClientId(m_idp->clientId);
        provider->setClientSecret(QStringLiteral("GOCSPX-not+so/secret"));
        provider->setTokenUrl(m_idp->url(QStringLiteral("/token")));
        provider->setJwksUrl(m_idp->url(QStringLiteral("/jwks")));
        provider->setAllowInsecureLoopback(true);
        provider->setTransferTimeout(5000);
        return provider;
    }

    static bool waitFor(OAuthReply *reply, int timeout = 10000)
    {
        QSignalSpy spy(reply, &OAuthReply::finished);
        return spy.wait(timeout) && spy.count() == 1;
    }

private Q_SLOTS:
    void init()
    {
        GenericOidcProvider::clearMetadataCache();
        m_idp = std::make_unique<FakeIdp>();
        QVERIFY(m_idp->server.port() != 0);
        m_idp->tokenIssuer = QStringLiteral("https://accounts.google.com");
    }

    void cleanup() { m_idp.reset(); }

    void endpointsAreTheDocumentedOnes()
    {
        const GoogleProvider provider;
        QCOMPARE(provider.type(), OAuthProvider::Type::Google);
        QCOMPARE(provider.displayName(), QStringLiteral("Google"));
        QVERIFY(provider.isOpenIdConnect());
        QCOMPARE(provider.issuer(), QUrl(QStringLiteral("https://accounts.google.com")));
        QCOMPARE(provider.authorizeUrl(),
                 QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth")));
        QCOMPARE(provider.tokenUrl(), QUrl(QStringLiteral("https://oauth2.googleapis.com/token")));
        QCOMPARE(provider.userinfoUrl(),
                 QUrl(QStringLiteral("https://openidconnect.googleapis.com/v1/userinfo")));
        QCOMPARE(provider.revocationUrl(),
                 QUrl(QStringLiteral("https://oauth2.googleapis.com/revoke")));
        QCOMPARE(provider.jwksUrl(),
                 QUrl(QStringLiteral("https://www.googleapis.com/oauth2/v3/certs")));
        QCOMPARE(provider.defaultScopes(),
                 (QStringList{QStringLiteral("openid"), QStringLiteral("email"),
                              QStringLiteral("profile")}));
        QVERIFY(provider.supportsRevocation());
        // Everything is known up front: no discovery round trip before a sign-in.
        QVERIFY(provider.isReady());
    }

    void prepareNeedsNoDiscovery()
    {
        auto provider = newProvider();
        OAuthReply *reply = provider->prepare();
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        QVERIFY(m_idp->server.requests().isEmpty());
    }

    void authorizeUrlAsksForOfflineAccess()
    {
        auto provider = newProvider();
        const PkceChallenge pkce = PkceChallenge::generate();
        const QUrl url = provider->buildAuthorizeUrl(m_redirect, QStringLiteral("st"), pkce);
        QCOMPARE(url.host(), QStringLiteral("accounts.google.com"));
        QCOMPARE(url.path(), QStringLiteral("/o/oauth2/v2/auth"));
        const QUrlQuery query(url);
        // Without these Google issues no refresh token (or only at the very first consent).
        QCOMPARE(query.allQueryItemValues(QStringLiteral("access_type")),
                 QStringList{QStringLiteral("offline")});
        QCOMPARE(query.allQueryItemValues(QStringLiteral("prompt")),
                 QStringList{QStringLiteral("consent")});
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")), pkce.challenge());
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("openid email profile"));
        // The secret belongs to the token request only.
        QVERIFY(!query.hasQueryItem(QStringLiteral("client_secret")));
    }

    void extraParametersReplaceGooglesDefaults_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedPrompt");
        QTest::addColumn<QString>("expectedAccessType");
        QTest::newRow("prompt=select_account")
            << QStringLiteral("prompt") << QStringLiteral("select_account")
            << QStringLiteral("select_account") << QStringLiteral("offline");
        QTest::newRow("prompt with two values")
            << QStringLiteral("prompt") << QStringLiteral("select_account consent")
            << QStringLiteral("select_account consent") << QStringLiteral("offline");
        QTest::newRow("access_type=online")
            << QStringLiteral("access_type") << QStringLiteral("online")
            << QStringLiteral("consent") << QStringLiteral("online");
        QTest::newRow("unrelated login_hint")
            << QStringLiteral("login_hint") << QStringLiteral("a@example.test")
            << QStringLiteral("consent") << QStringLiteral("offline");
    }

    void extraParametersReplaceGooglesDefaults()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, expectedPrompt);
        QFETCH(QString, expectedAccessType);
        auto provider = newProvider();
        const QUrlQuery query(provider->buildAuthorizeUrl(
            m_redirect, QStringLiteral("st"), PkceChallenge::generate(), {{name, value}}));
        // Exactly one value: a duplicated prompt is an error at Google.
        QCOMPARE(query.allQueryItemValues(QStringLiteral("prompt"), QUrl::FullyDecoded),
                 QStringList{expectedPrompt});
        QCOMPARE(query.allQueryItemValues(QStringLiteral("access_type")),
                 QStringList{expectedAccessType});
        QCOMPARE(query.allQueryItemValues(name, QUrl::FullyDecoded), QStringList{value});
    }

    void exchangeSendsTheSecretWithTheVerifier()
    {
        // Google "Desktop app" clients must authenticate with their (non-confidential)
        // secret even when PKCE is used.
        auto provider = newProvider();
        const PkceChallenge pkce = PkceChallenge::generate();
        m_idp->nonce = QStringLiteral("n-google");
        TokenReply *reply = provider->exchangeCode(QStringLiteral("4/0AeaY-code"), m_redirect,
                                                   pkce.verifier(), m_idp->nonce);
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        QCOMPARE(m_idp->server.count("/token"), 1);
        const FakeRequest request = m_idp->server.last("/token");
        QCOMPARE(request.formValue(QStringLiteral("code_verifier")), pkce.verifier());
        QCOMPARE(request.formValue(QStringLiteral("code")), QStringLiteral("4/0AeaY-code"));

        // Either client_secret_basic (RFC 6749 §2.3.1: form-urlencoded, then Base64) or
        // client_secret_post; whichever, the secret must be there and only once.
        const QByteArray authorization = request.header("authorization");
        const QString formSecret = request.formValue(QStringLiteral("client_secret"));
        if (authorization.isEmpty()) {
            QCOMPARE(formSecret, provider->clientSecret());
            QCOMPARE(request.formValue(QStringLiteral("client_id")), m_idp->clientId);
        } else {
            QVERIFY(authorization.startsWith("Basic "));
            const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6));
            const qsizetype colon = decoded.indexOf(':');
            QVERIFY(colon > 0);
            QCOMPARE(QUrl::fromPercentEncoding(decoded.left(colon)), m_idp->clientId);
            QCOMPARE(QUrl::fromPercentEncoding(decoded.mid(colon + 1)), provider->clientSecret());
            QVERIFY(formSecret.isEmpty());
        }
        QCOMPARE(reply->tokens().idTokenClaims().value(u"nonce").toString(), m_idp->nonce);
        QCOMPARE(m_idp->server.count("/jwks"), 1);
        QCOMPARE(m_idp->server.count("/.well-known/openid-configuration"), 0);
    }

    void idTokenIssuerForms_data()
    {
        QTest::addColumn<QString>("iss");
        QTest::addColumn<bool>("accepted");
        // Google documents both forms for ID tokens.
        QTest::newRow("https://accounts.google.com")
            << QStringLiteral("https://accounts.google.com") << true;
        QTest::newRow("accounts.google.com") << QStringLiteral("accounts.google.com") << true;
        QTest::newRow("trailing slash") << QStringLiteral("https://accounts.google.com/") << false;
        QTest::newRow("http") << QStringLiteral("http://accounts.google.com") << false;
        QTest::newRow("look-alike host")
            << QStringLiteral("https://accounts.google.com.evil.example") << false;
        QTest::newRow("bare look-alike") << QStringLiteral("accounts.google.co") << false;
        QTest::newRow("the fake server") << QStringLiteral("<fake>") << false;
    }

    void idTokenIssuerForms()
    {
        QFETCH(QString, iss);
        QFETCH(bool, accepted);
        m_idp->tokenIssuer = iss == u"<fake>" ? m_idp->issuer : iss;
        auto provider = newProvider();
        m_idp->nonce = QStringLiteral("n-1");
        TokenReply *reply =
            provider->exchangeCode(QStringLiteral("code"), m_redirect, QString(), m_idp->nonce);
        QVERIFY(waitFor(reply));
        if (accepted) {
            QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
            QCOMPARE(reply->tokens().idTokenClaims().value(u"iss").toString(), m_idp->tokenIssuer);
        } else {
            QCOMPARE(reply->error().code(), AuthError::Code::IdTokenInvalid);
            QVERIFY(reply->tokens().isNull());
        }
    }
};

QTEST_GUILESS_MAIN(tst_GoogleProvider)
#include "tst_googleprovider.moc"
