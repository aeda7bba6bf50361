// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/githubprovider.h>
#include <QtSignIn/googleprovider.h>
#include <QtSignIn/microsoftprovider.h>
#include <QtSignIn/providersettings.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QProcessEnvironment>
#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using QtSignIn::AuthError;
using QtSignIn::OAuthProvider;
using QtSignIn::ProviderSettings;
using Type = QtSignIn::OAuthProvider::Type;
using Method = QtSignIn::OAuthProvider::ClientAuthMethod;

namespace {
ProviderSettings settingsFrom(const QJsonObject &json)
{
    AuthError error;
    ProviderSettings settings = ProviderSettings::fromJson(json, &error);
    if (error.isError())
        qWarning() << "unexpected" << error;
    return settings;
}

std::unique_ptr<OAuthProvider> create(const ProviderSettings &settings, AuthError *error = nullptr)
{
    return std::unique_ptr<OAuthProvider>(QtSignIn::createProvider(settings, nullptr, error));
}
} // namespace

class tst_ProviderFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsEachType_data();
    void createsEachType();
    void keepsTheProvidersDefaultScopes_data();
    void keepsTheProvidersDefaultScopes();
    void explicitScopesWin();
    void appliesClientSettings();
    void appliesEndpointOverrides();
    void oidcUsesIssuerAndJwksUrl();
    void customHasEndpointsAndNoIssuer();
    void microsoftGetsTenantAndAllowedTenants();
    void parentsTheProvider();
    void refusesInvalidSettings_data();
    void refusesInvalidSettings();
};

void tst_ProviderFactory::createsEachType_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<Type>("type");
    QTest::addColumn<QByteArray>("className");
    const QJsonObject id{{u"client_id"_s, u"id"_s}};
    const auto with = [&id](std::initializer_list<QPair<QString, QJsonValue>> members) {
        QJsonObject json = id;
        for (const auto &[key, value] : members)
            json.insert(key, value);
        return json;
    };
    QTest::newRow("google") << with({{u"provider"_s, u"google"_s}}) << Type::Google
                            << QByteArray("QtSignIn::GoogleProvider");
    QTest::newRow("github") << with({{u"provider"_s, u"github"_s}}) << Type::GitHub
                            << QByteArray("QtSignIn::GitHubProvider");
    QTest::newRow("microsoft") << with({{u"provider"_s, u"microsoft"_s}}) << Type::Microsoft
                               << QByteArray("QtSignIn::MicrosoftProvider");
    QTest::newRow("oidc") << with({{u"provider"_s, u"oidc"_s},
                                   {u"issuer"_s, u"https://op.example.com"_s}})
                          << Type::Oidc << QByteArray("QtSignIn::GenericOidcProvider");
    QTest::newRow("custom") << with({{u"provider"_s, u"custom"_s},
                                     {u"authorize_url"_s, u"https://as.example.com/a"_s},
                                     {u"token_url"_s, u"https://as.example.com/t"_s}})
                            << Type::Custom << QByteArray("QtSignIn::GenericOidcProvider");
}

void tst_ProviderFactory::createsEachType()
{
    QFETCH(QJsonObject, json);
    QFETCH(Type, type);
    QFETCH(QByteArray, className);
    AuthError error(AuthError::Code::Unknown);
    const auto provider = create(settingsFrom(json), &error);
    QVERIFY2(provider, qPrintable(error.detail()));
    QVERIFY(!error.isError());
    QCOMPARE(provider->type(), type);
    QCOMPARE(QByteArray(provider->metaObject()->className()), className);
    QCOMPARE(provider->clientId(), u"id"_s);
}

void tst_ProviderFactory::keepsTheProvidersDefaultScopes_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("scopes");
    // The reference's fault 3: settings-wide default scopes replaced these.
    QTest::newRow("github") << u"github"_s << QStringList{u"read:user"_s, u"user:email"_s};
    QTest::newRow("microsoft") << u"microsoft"_s
                               << QStringList{u"openid"_s, u"email"_s, u"profile"_s,
                                              u"offline_access"_s};
    QTest::newRow("google") << u"google"_s << QStringList{u"openid"_s, u"email"_s, u"profile"_s};
}

void tst_ProviderFactory::keepsTheProvidersDefaultScopes()
{
    QFETCH(QString, provider);
    QFETCH(QStringList, scopes);
    // Empty scopes from the environment mean "not set", too.
    QProcessEnvironment env;
    env.insert(u"QTSIGNIN_PROVIDER"_s, provider);
    env.insert(u"QTSIGNIN_CLIENT_ID"_s, u"id"_s);
    env.insert(u"QTSIGNIN_SCOPES"_s, QString());
    const auto created = create(ProviderSettings::fromEnvironment(env));
    QVERIFY(created);
    QVERIFY(!created->hasExplicitScopes());
    QCOMPARE(created->scopes(), created->defaultScopes());
    for (const QString &scope : scopes)
        QVERIFY2(created->scopes().contains(scope), qPrintable(scope));
}

void tst_ProviderFactory::explicitScopesWin()
{
    const auto github = create(settingsFrom({{u"provider"_s, u"github"_s},
                                             {u"client_id"_s, u"id"_s},
                                             {u"scopes"_s, u"repo,read:org"_s}}));
    QVERIFY(github);
    QVERIFY(github->hasExplicitScopes());
    QCOMPARE(github->scopes(), QStringList({u"repo"_s, u"read:org"_s}));
}

void tst_ProviderFactory::appliesClientSettings()
{
    const auto provider = create(settingsFrom({{u"provider"_s, u"google"_s},
                                               {u"client_id"_s, u"123.apps"_s},
                                               {u"client_secret"_s, u"GOCSPX-x"_s},
                                               {u"client_auth_method"_s, u"client_secret_post"_s},
                                               {u"use_pkce"_s, false},
                                               {u"allow_insecure_loopback"_s, true}}));
    QVERIFY(provider);
    QCOMPARE(provider->clientId(), u"123.apps"_s);
    QCOMPARE(provider->clientSecret(), u"GOCSPX-x"_s);
    QCOMPARE(provider->clientAuthMethod(), Method::ClientSecretPost);
    QCOMPARE(provider->usePkce(), false);
    QCOMPARE(provider->allowInsecureLoopback(), true);

    // And the defaults when nothing is said.
    const auto defaults =
        create(settingsFrom({{u"provider"_s, u"github"_s}, {u"client_id"_s, u"id"_s}}));
    QVERIFY(defaults);
    QCOMPARE(defaults->clientAuthMethod(), Method::Auto);
    QCOMPARE(defaults->usePkce(), true);
    QCOMPARE(defaults->allowInsecureLoopback(), false);
    QVERIFY(defaults->clientSecret().isEmpty());
}

void tst_ProviderFactory::appliesEndpointOverrides()
{
    // GitHub Enterprise: every endpoint elsewhere.
    const QJsonObject json{{u"provider"_s, u"github"_s},
                           {u"client_id"_s, u"id"_s},
                           {u"authorize_url"_s, u"https://ghe.example.com/login/oauth/authorize"_s},
                           {u"token_url"_s, u"https://ghe.example.com/login/oauth/access_token"_s},
                           {u"userinfo_url"_s, u"https://ghe.example.com/api/v3/user"_s},
                           {u"revocation_url"_s, u"https://ghe.example.com/revoke"_s}};
    const auto provider = create(settingsFrom(json));
    QVERIFY(provider);
    QCOMPARE(provider->authorizeUrl(), QUrl(u"https://ghe.example.com/login/oauth/authorize"_s));
    QCOMPARE(provider->tokenUrl(), QUrl(u"https://ghe.example.com/login/oauth/access_token"_s));
    QCOMPARE(provider->userinfoUrl(), QUrl(u"https://ghe.example.com/api/v3/user"_s));
    QCOMPARE(provider->revocationUrl(), QUrl(u"https://ghe.example.com/revoke"_s));

    // Without overrides the built-in endpoints stay.
    const auto builtIn =
        create(settingsFrom({{u"provider"_s, u"github"_s}, {u"client_id"_s, u"id"_s}}));
    QVERIFY(builtIn);
    QCOMPARE(builtIn->authorizeUrl(), QUrl(u"https://github.com/login/oauth/authorize"_s));
    QCOMPARE(builtIn->tokenUrl(), QUrl(u"https://github.com/login/oauth/access_token"_s));
}

void tst_ProviderFactory::oidcUsesIssuerAndJwksUrl()
{
    const auto provider = create(settingsFrom({{u"provider"_s, u"oidc"_s},
                                               {u"client_id"_s, u"qt-desktop"_s},
                                               {u"issuer"_s, u"http://127.0.0.1:9080"_s},
                                               {u"jwks_url"_s, u"http://127.0.0.1:9080/jwks"_s},
                                               {u"allow_insecure_loopback"_s, u"1"_s}}));
    QVERIFY(provider);
    auto *oidc = qobject_cast<QtSignIn::GenericOidcProvider *>(provider.get());
    QVERIFY(oidc);
    QCOMPARE(oidc->issuer(), QUrl(u"http://127.0.0.1:9080"_s));
    QCOMPARE(oidc->jwksUrl(), QUrl(u"http://127.0.0.1:9080/jwks"_s));
    QVERIFY(oidc->isOpenIdConnect());
    QVERIFY(oidc->requireIdTokenValidation());
}

void tst_ProviderFactory::customHasEndpointsAndNoIssuer()
{
    const auto provider = create(settingsFrom({{u"provider"_s, u"custom"_s},
                                               {u"client_id"_s, u"id"_s},
                                               {u"authorize_url"_s, u"https://as.example.com/a"_s},
                                               {u"token_url"_s, u"https://as.example.com/t"_s}}));
    QVERIFY(provider);
    auto *custom = qobject_cast<QtSignIn::GenericOidcProvider *>(provider.get());
    QVERIFY(custom);
    QVERIFY(custom->issuer().isEmpty());
    QCOMPARE(custom->authorizeUrl(), QUrl(u"https://as.example.com/a"_s));
    QCOMPARE(custom->tokenUrl(), QUrl(u"https://as.example.com/t"_s));
    // The reference's fault 4: an ID token from a custom provider must not fail every sign-in.
    QVERIFY(!custom->requireIdTokenValidation());
}

void tst_ProviderFactory::microsoftGetsTenantAndAllowedTenants()
{
    const auto provider =
        create(settingsFrom({{u"provider"_s, u"microsoft"_s},
                             {u"client_id"_s, u"00000000-0000-0000-0000-000000000000"_s},
                             {u"tenant"_s, u"organizations"_s},
                             {u"allowed_tenants"_s, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s}}));
    QVERIFY(provider);
    auto *microsoft = qobject_cast<QtSignIn::MicrosoftProvider *>(provider.get());
    QVERIFY(microsoft);
    QCOMPARE(microsoft->tenant(), u"organizations"_s);
    QVERIFY(microsoft->isMultiTenant());
    QCOMPARE(microsoft->allowedTenants(), QStringList{u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s});

    const auto common =
        create(settingsFrom({{u"provider"_s, u"microsoft"_s}, {u"client_id"_s, u"id"_s}}));
    QVERIFY(common);
    QCOMPARE(qobject_cast<QtSignIn::MicrosoftProvider *>(common.get())->tenant(), u"common"_s);
}

void tst_ProviderFactory::parentsTheProvider()
{
    QObject parent;
    OAuthProvider *provider = QtSignIn::createProvider(
        settingsFrom({{u"provider"_s, u"github"_s}, {u"client_id"_s, u"id"_s}}), &parent);
    QVERIFY(provider);
    QCOMPARE(provider->parent(), &parent);
}

void tst_ProviderFactory::refusesInvalidSettings_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("unknown type") << QJsonObject{{u"provider"_s, u"facebook"_s},
                                                 {u"client_id"_s, u"id"_s}}
                                  << u"provider"_s;
    QTest::newRow("missing client_id")
        << QJsonObject{{u"provider"_s, u"github"_s}} << u"client_id"_s;
    QTest::newRow("custom without endpoints")
        << QJsonObject{{u"provider"_s, u"custom"_s}, {u"client_id"_s, u"id"_s}}
        << u"authorize_url"_s;
    QTest::newRow("oidc without issuer")
        << QJsonObject{{u"provider"_s, u"oidc"_s}, {u"client_id"_s, u"id"_s}} << u"issuer"_s;
    QTest::newRow("http issuer") << QJsonObject{{u"provider"_s, u"oidc"_s},
                                                {u"client_id"_s, u"id"_s},
                                                {u"issuer"_s, u"http://op.example.com"_s}}
                                 << u"https"_s;
    QTest::newRow("bad tenant") << QJsonObject{{u"provider"_s, u"microsoft"_s},
                                               {u"client_id"_s, u"id"_s},
                                               {u"tenant"_s, u"../x"_s}}
                                << u"tenant"_s;
}

void tst_ProviderFactory::refusesInvalidSettings()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, problem);
    const ProviderSettings settings = ProviderSettings::fromJson(json);
    QObject parent;
    AuthError error;
    OAuthProvider *provider = QtSignIn::createProvider(settings, &parent, &error);
    QVERIFY(!provider);
    QVERIFY(parent.children().isEmpty());
    QCOMPARE(error.code(), AuthError::Code::Configuration);
    QVERIFY2(error.detail().contains(problem), qPrintable(error.detail()));
}

QTEST_GUILESS_MAIN(tst_ProviderFactory)
#include "tst_providerfactory.moc"
