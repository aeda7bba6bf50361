// SPDX-License-Identifier: BSD-3-Clause
// MicrosoftProvider: tenant endpoints, default scopes, and the multi-tenant issuer rule
// (REFERENCE.md fault 2) exercised against a fake authority that serves Entra-shaped
// discovery documents, keys and signed ID tokens on 127.0.0.1.

#include <QtSignIn/microsoftprovider.h>
#include <QtSignIn/revokereply.h>
#include <QtSignIn/tokenreply.h>
#include <QtSignIn/userinforeply.h>

#include "fakeserver.h"
#include "testjwt.h"

#include <QtCore/QJsonArray>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace QtSignIn;
using namespace QtSignInTest;

namespace {

const QString TenantA = QStringLiteral("11111111-2222-3333-4444-555555555555");
const QString TenantB = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
// The tenant of personal Microsoft accounts.
const QString ConsumersTenant = QStringLiteral("9188040d-6c67-4c5b-b112-36a304b66dad");
const QString NoClaim = QStringLiteral("<absent>");

// An Entra ID look-alike: per tenant, the v2.0 discovery document, the key set and a token
// endpoint minting ID tokens with the configured tid and iss.
class FakeAuthority
{
public:
    FakeAuthority()
    {
        server.listen();
        authority = server.url().toString(QUrl::FullyEncoded);
        if (authority.endsWith(u'/'))
            authority.chop(1);
    }

    static const TestJwt::Key &key() { return TestJwt::Key::cached(TestJwt::KeyType::Rsa2048); }

    //! What Microsoft's discovery document names as issuer for \a tenant.
    QString discoveredIssuerFor(const QString &tenant) const
    {
        if (tenant == u"common" || tenant == u"organizations")
            return authority + QStringLiteral("/{tenantid}/v2.0");
        if (tenant == u"consumers")
            return authority + u'/' + ConsumersTenant + QStringLiteral("/v2.0");
        return authority + u'/' + tenant + QStringLiteral("/v2.0");
    }

    void serve(const QString &tenant)
    {
        const QString base = authority + u'/' + tenant;
        const QByteArray path = QByteArray("/") + tenant.toUtf8();
        server.on(
            path + "/v2.0/.well-known/openid-configuration",
            [this, base, tenant](const FakeRequest &) {
                QJsonObject doc{
                    {QStringLiteral("issuer"),
                     discoveredIssuer.isEmpty() ? discoveredIssuerFor(tenant) : discoveredIssuer},
                    {QStringLiteral("authorization_endpoint"),
                     QString(base + QStringLiteral("/oauth2/v2.0/authorize"))},
                    {QStringLiteral("token_endpoint"),
                     QString(base + QStringLiteral("/oauth2/v2.0/token"))},
                    {QStringLiteral("jwks_uri"),
                     QString(base + QStringLiteral("/discovery/v2.0/keys"))},
                    {QStringLiteral("userinfo_endpoint"),
                     QString(authority + QStringLiteral("/oidc/userinfo"))},
                    {QStringLiteral("response_types_supported"),
                     QJsonArray{QStringLiteral("code"), QStringLiteral("id_token")}},
                    {QStringLiteral("subject_types_supported"),
                     QJsonArray{QStringLiteral("pairwise")}},
                    {QStringLiteral("id_token_signing_alg_values_supported"),
                     QJsonArray{QStringLiteral("RS256")}},
                    {QStringLiteral("token_endpoint_auth_methods_supported"),
                     QJsonArray{QStringLiteral("client_secret_post"),
                                QStringLiteral("private_key_jwt"),
                                QStringLiteral("client_secret_basic")}},
                };
                return FakeResponse::json(200, doc);
            });
        server.on(path + "/discovery/v2.0/keys", [](const FakeRequest &) {
            return FakeResponse::json(
                200, TestJwt::keySet({key().publicJwk(QStringLiteral("ms-1"), QString())}));
        });
        server.on(path + "/oauth2/v2.0/token", [this](const FakeRequest &) { return tokens(); });
        server.on("/oidc/userinfo", [this](const FakeRequest &) {
            return FakeResponse::json(
                200,
                {{QStringLiteral("sub"), subject},
                 {QStringLiteral("email"), QStringLiteral("a@contoso.test")}});
        });
    }

    FakeResponse tokens() const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject claims{
            {QStringLiteral("iss"),
             QString(authority + u'/' + issTenant + QStringLiteral("/v2.0"))},
            {QStringLiteral("aud"), clientId},
            {QStringLiteral("sub"), subject},
            {QStringLiteral("iat"), double(now)},
            {QStringLiteral("nbf"), double(now)},
            {QStringLiteral("exp"), double(now + 3600)},
            {QStringLiteral("ver"), QStringLiteral("2.0")},
            {QStringLiteral("oid"), QStringLiteral("00000000-0000-0000-66f3-3332eca7ea81")},
        };
        if (tid != NoClaim)
            claims.insert(u"tid", tid);
        const QByteArray idToken = TestJwt::sign(
            key(), TestJwt::header(QStringLiteral("RS256"), QStringLiteral("ms-1")), claims);
        return FakeResponse::json(
            200,
            {{QStringLiteral("access_token"), QStringLiteral("eyJ0.at.sig")},
             {QStringLiteral("token_type"), QStringLiteral("Bearer")},
             {QStringLiteral("expires_in"), 3599},
             {QStringLiteral("refresh_token"), QStringLiteral("0.AAA-rt")},
             {QStringLiteral("scope"), QStringLiteral("openid profile email")},
             {QStringLiteral("id_token"), QString::fromLatin1(idToken)}});
    }

    FakeServer server;
    QString authority;
    QString clientId = QStringLiteral("6731de76-14a6-49ae-97bc-6eba6914391e");
    QString subject = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ");
    QString tid = TenantA;
    QString issTenant = TenantA;
    QString discoveredIssuer; // when set, replaces what Microsoft would publish
};

} // namespace

class tst_MicrosoftProvider : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeAuthority> m_fake;
    const QUrl m_redirect{QStringLiteral("http://localhost:4711")};

    std::unique_ptr<MicrosoftProvider> newProvider(const QString &tenant) const
    {
        auto provider = std::make_unique<MicrosoftProvider>(tenant);
        provider->setClientId(m_fake->clientId);
        provider->setAllowInsecureLoopback(true);
        provider->setAuthority(QUrl(m_fake->authority));
        provider->setTransferTimeout(5000);
        m_fake->serve(tenant);
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
        m_fake = std::make_unique<FakeAuthority>();
        QVERIFY(m_fake->server.port() != 0);
    }

    void cleanup() { m_fake.reset(); }

    // --- static configuration -------------------------------------------------------------

    void defaultScopesAskForARefreshToken()
    {
        MicrosoftProvider provider;
        provider.setClientId(QStringLiteral("app"));
        // REFERENCE.md fault 3: offline_access is what makes Entra ID issue a refresh token.
        const QStringList expected{QStringLiteral("openid"), QStringLiteral("email"),
                                   QStringLiteral("profile"), QStringLiteral("offline_access")};
        QCOMPARE(provider.defaultScopes(), expected);
        QCOMPARE(provider.scopes(), expected);
        QVERIFY(!provider.hasExplicitScopes());
        const QUrl url = provider.buildAuthorizeUrl(m_redirect, QStringLiteral("s"));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("openid email profile offline_access"));

        // Explicit scopes replace the defaults entirely.
        provider.setScopes({QStringLiteral("openid"), QStringLiteral("User.Read")});
        QCOMPARE(provider.scopes(),
                 (QStringList{QStringLiteral("openid"), QStringLiteral("User.Read")}));
        QCOMPARE(QUrlQuery(provider.buildAuthorizeUrl(m_redirect, QStringLiteral("s")))
                     .queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("openid User.Read"));
        provider.resetScopes();
        QCOMPARE(provider.scopes(), expected);
    }

    void tenantEndpoints_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("segment"); // the tenant as it appears in the URLs
        QTest::addColumn<bool>("multiTenant");
        QTest::newRow("default") << QString() << QStringLiteral("common") << true;
        QTest::newRow("common") << QStringLiteral("common") << QStringLiteral("common") << true;
        QTest::newRow("organizations")
            << QStringLiteral("organizations") << QStringLiteral("organizations") << true;
        QTest::newRow("consumers")
            << QStringLiteral("consumers") << QStringLiteral("consumers") << true;
        QTest::newRow("GUID") << QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47")
                              << QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47") << false;
        QTest::newRow("domain") << QStringLiteral("contoso.onmicrosoft.com")
                                << QStringLiteral("contoso.onmicrosoft.com") << false;
    }

    void tenantEndpoints()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, segment);
        QFETCH(bool, multiTenant);
        const MicrosoftProvider provider(tenant);
        const QString base = QStringLiteral("https://login.microsoftonline.com/") + segment;
        QCOMPARE(provider.tenant(), segment);
        QCOMPARE(provider.isMultiTenant(), multiTenant);
        QCOMPARE(provider.type(), OAuthProvider::Type::Microsoft);
        QCOMPARE(provider.authority(), MicrosoftProvider::defaultAuthority());
        QCOMPARE(provider.authorizeUrl(), QUrl(base + QStringLiteral("/oauth2/v2.0/authorize")));
        QCOMPARE(provider.tokenUrl(), QUrl(base + QStringLiteral("/oauth2/v2.0/token")));
        QCOMPARE(provider.issuer(), QUrl(base + QStringLiteral("/v2.0")));
        QCOMPARE(provider.userinfoUrl(),
                 QUrl(QStringLiteral("https://graph.microsoft.com/oidc/userinfo")));
        QVERIFY(provider.isOpenIdConnect());
        // Entra ID has no RFC 7009 endpoint.
        QVERIFY(!provider.supportsRevocation());
    }

    void setTenantMovesEveryTenantEndpoint()
    {
        // The declarative path (QML): the tenant is set after construction.
        MicrosoftProvider provider;
        QCOMPARE(provider.tenant(), QStringLiteral("common"));
        QSignalSpy changed(&provider, &OAuthProvider::configurationChanged);
        provider.setTenant(QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"));
        QVERIFY(changed.count() > 0);
        const QString base = QStringLiteral(
            "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47");
        QCOMPARE(provider.tenant(), QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47"));
        QVERIFY(!provider.isMultiTenant());
        QCOMPARE(provider.issuer(), QUrl(base + QStringLiteral("/v2.0")));
        QCOMPARE(provider.authorizeUrl(), QUrl(base + QStringLiteral("/oauth2/v2.0/authorize")));
        QCOMPARE(provider.tokenUrl(), QUrl(base + QStringLiteral("/oauth2/v2.0/token")));
        QCOMPARE(provider.deviceAuthorizationUrl(),
                 QUrl(base + QStringLiteral("/oauth2/v2.0/devicecode")));

        // A national cloud's authority is kept; empty means `common` again.
        provider.setAuthority(QUrl(QStringLiteral("https://login.microsoftonline.us")));
        provider.setTenant(QString());
        QCOMPARE(provider.tenant(), QStringLiteral("common"));
        QCOMPARE(provider.tokenUrl(),
                 QUrl(QStringLiteral("https://login.microsoftonline.us/common/oauth2/v2.0/token")));
        changed.clear();
        provider.setTenant(QStringLiteral("common")); // unchanged: nothing happens
        QCOMPARE(changed.count(), 0);
    }

    void nationalCloudAuthorityMovesTheEndpoints()
    {
        MicrosoftProvider provider(QStringLiteral("organizations"));
        provider.setAuthority(QUrl(QStringLiteral("https://login.microsoftonline.us/")));
        QCOMPARE(provider.authority(), QUrl(QStringLiteral("https://login.microsoftonline.us")));
        QCOMPARE(provider.authorizeUrl(),
                 QUrl(QStringLiteral(
                     "https://login.microsoftonline.us/organizations/oauth2/v2.0/authorize")));
        QCOMPARE(provider.tokenUrl(),
                 QUrl(QStringLiteral(
                     "https://login.microsoftonline.us/organizations/oauth2/v2.0/token")));
        QCOMPARE(provider.issuer(),
                 QUrl(QStringLiteral("https://login.microsoftonline.us/organizations/v2.0")));
        // The national cloud has its own Graph host: the public cloud's userinfo endpoint
        // must not receive its tokens; discovery names the right one.
        QVERIFY(provider.userinfoUrl().host() != u"graph.microsoft.com");
        provider.setAuthority(QUrl(QStringLiteral("https://login.microsoftonline.com/")));
        QCOMPARE(provider.userinfoUrl(),
                 QUrl(QStringLiteral("https://graph.microsoft.com/oidc/userinfo")));
    }

    // --- discovery and ID tokens against the fake authority -------------------------------

    void discoveryUsesTheTenantDocument()
    {
        auto provider = newProvider(QStringLiteral("organizations"));
        OAuthReply *reply = provider->prepare();
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        QVERIFY(provider->isReady());
        QCOMPARE(m_fake->server.count("/organizations/v2.0/.well-known/openid-configuration"), 1);
        QCOMPARE(provider->metadata().value(u"issuer").toString(),
                 m_fake->authority + QStringLiteral("/{tenantid}/v2.0"));
        QCOMPARE(provider->jwksUrl(),
                 QUrl(m_fake->authority + QStringLiteral("/organizations/discovery/v2.0/keys")));
        // Microsoft has no revocation endpoint: nothing is sent, the reply says so.
        QVERIFY(!provider->supportsRevocation());
        RevokeReply *revoke = provider->revokeToken(QStringLiteral("at"));
        QVERIFY(waitFor(revoke));
        QVERIFY(!revoke->isRevoked());
        QCOMPARE(revoke->error().code(), AuthError::Code::ProviderPolicy);
        for (const FakeRequest &request : m_fake->server.requests())
            QCOMPARE(request.method, QByteArray("GET"));
    }

    void discoveredIssuerMustBeMicrosofts_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("issuer"); // "{authority}" is replaced
        QTest::addColumn<bool>("accepted");
        QTest::newRow("template") << QStringLiteral("common")
                                  << QStringLiteral("{authority}/{tenantid}/v2.0") << true;
        QTest::newRow("GUID tenant")
            << TenantA
            << QString(QStringLiteral("{authority}/") + TenantA + QStringLiteral("/v2.0")) << true;
        QTest::newRow("other host")
            << QStringLiteral("common")
            << QStringLiteral("https://login.evil.example/{tenantid}/v2.0") << false;
        QTest::newRow("v1 issuer")
            << QStringLiteral("common") << QStringLiteral("{authority}/{tenantid}/") << false;
        QTest::newRow("not a tenant")
            << QStringLiteral("common") << QStringLiteral("{authority}/evil/v2.0") << false;
    }

    void discoveredIssuerMustBeMicrosofts()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, issuer);
        QFETCH(bool, accepted);
        m_fake->discoveredIssuer = issuer.replace(QStringLiteral("{authority}"), m_fake->authority);
        auto provider = newProvider(tenant);
        OAuthReply *reply = provider->prepare();
        QVERIFY(waitFor(reply));
        if (accepted) {
            QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        } else {
            QCOMPARE(reply->error().code(), AuthError::Code::DiscoveryFailed);
            QVERIFY(!provider->isReady());
        }
    }

    void idTokenIssuerFollowsTheTenant_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QStringList>("allowed");
        QTest::addColumn<QString>("tid");
        QTest::addColumn<QString>("issTenant");
        QTest::addColumn<bool>("accepted");
        const QStringList any;

        QTest::newRow("common: iss of the token's own tid")
            << QStringLiteral("common") << any << TenantA << TenantA << true;
        QTest::newRow("organizations: iss of the token's own tid")
            << QStringLiteral("organizations") << any << TenantB << TenantB << true;
        QTest::newRow("common: iss of another tenant than tid")
            << QStringLiteral("common") << any << TenantA << TenantB << false;
        QTest::newRow("common: no tid")
            << QStringLiteral("common") << any << NoClaim << TenantA << false;
        QTest::newRow("common: garbage tid")
            << QStringLiteral("common") << any << QStringLiteral("not-a-guid")
            << QStringLiteral("not-a-guid") << false;
        QTest::newRow("common: the template itself")
            << QStringLiteral("common") << any << QStringLiteral("{tenantid}")
            << QStringLiteral("{tenantid}") << false;
        QTest::newRow("allowed tenants exclude tid")
            << QStringLiteral("organizations") << QStringList{TenantB} << TenantA << TenantA
            << false;
        QTest::newRow("allowed tenants include tid (any case)")
            << QStringLiteral("organizations") << QStringList{TenantB, TenantA.toUpper()} << TenantA
            << TenantA << true;
        QTest::newRow("GUID tenant: own token") << TenantA << any << TenantA << TenantA << true;
        QTest::newRow("GUID tenant: token of another tenant")
            << TenantA << any << TenantB << TenantB << false;
        QTest::newRow("GUID tenant: another tid under its iss")
            << TenantA << any << TenantB << TenantA << false;
        QTest::newRow("consumers: personal account")
            << QStringLiteral("consumers") << any << ConsumersTenant << ConsumersTenant << true;
        QTest::newRow("consumers: work account")
            << QStringLiteral("consumers") << any << TenantA << TenantA << false;
    }

    void idTokenIssuerFollowsTheTenant()
    {
        QFETCH(QString, tenant);
        QFETCH(QStringList, allowed);
        QFETCH(QString, tid);
        QFETCH(QString, issTenant);
        QFETCH(bool, accepted);
        m_fake->tid = tid;
        m_fake->issTenant = issTenant;
        auto provider = newProvider(tenant);
        provider->setAllowedTenants(allowed);
        QSignalSpy received(provider.get(), &OAuthProvider::tokensReceived);
        TokenReply *reply = provider->exchangeCode(QStringLiteral("M.C1_BAY.2.U.code"), m_redirect,
                                                   PkceChallenge::generate().verifier());
        QVERIFY(waitFor(reply));
        QCOMPARE(m_fake->server.count(QByteArray("/") + tenant.toUtf8() + "/oauth2/v2.0/token"), 1);
        if (accepted) {
            QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
            QCOMPARE(reply->tokens().idTokenClaims().value(u"tid").toString(), tid);
            QCOMPARE(reply->tokens().refreshToken(), QStringLiteral("0.AAA-rt"));
            QCOMPARE(received.count(), 1);
        } else {
            QCOMPARE(reply->error().code(), AuthError::Code::IdTokenInvalid);
            QVERIFY(reply->tokens().isNull());
            QCOMPARE(received.count(), 0);
        }
    }

    void userInfoComesFromTheAuthoritysDiscovery()
    {
        auto provider = newProvider(QStringLiteral("common"));
        TokenReply *tokens = provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QVERIFY(waitFor(tokens));
        QVERIFY2(!tokens->hasError(), qPrintable(tokens->error().detail()));
        const QString sub = tokens->tokens().idTokenClaims().value(u"sub").toString();
        QCOMPARE(sub, m_fake->subject);
        UserInfoReply *user = provider->fetchUserInfo(tokens->tokens().accessToken(), sub);
        QVERIFY(waitFor(user));
        QVERIFY2(!user->hasError(), qPrintable(user->error().detail()));
        QCOMPARE(user->userInfo().email(), QStringLiteral("a@contoso.test"));
        QCOMPARE(m_fake->server.count("/oidc/userinfo"), 1);
    }
};

QTEST_GUILESS_MAIN(tst_MicrosoftProvider)
#include "tst_microsoftprovider.moc"
