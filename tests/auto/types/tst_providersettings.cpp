// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/providersettings.h>

#include <QtCore/QDebug>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using QtSignIn::AuthError;
using QtSignIn::OAuthProvider;
using QtSignIn::ProviderSettings;
using Type = QtSignIn::OAuthProvider::Type;
using Method = QtSignIn::OAuthProvider::ClientAuthMethod;
using Backend = QtSignIn::ProviderSettings::TokenStoreBackend;

namespace {
const QString Secret = u"GOCSPX-s3cr3t-value-MUST-NOT-LEAK"_s;

// Enum values compared by name: readable failures, and no need for OAuthProvider's meta-object.
QString typeName(Type type)
{
    return ProviderSettings::providerTypeName(type);
}

QString methodName(Method method)
{
    switch (method) {
    case Method::Auto:
        return u"Auto"_s;
    case Method::None:
        return u"None"_s;
    case Method::ClientSecretBasic:
        return u"ClientSecretBasic"_s;
    case Method::ClientSecretPost:
        return u"ClientSecretPost"_s;
    }
    return u"?"_s;
}

QJsonObject everyKey()
{
    return QJsonObject{
        {u"provider"_s, u"microsoft"_s},
        {u"client_id"_s, u"my-client"_s},
        {u"client_secret"_s, Secret},
        {u"scopes"_s, u"openid profile,offline_access"_s},
        {u"issuer"_s, u"https://id.example.com"_s},
        {u"authorize_url"_s, u"https://id.example.com/auth"_s},
        {u"token_url"_s, u"https://id.example.com/token"_s},
        {u"userinfo_url"_s, u"https://id.example.com/me"_s},
        {u"revocation_url"_s, u"https://id.example.com/revoke"_s},
        {u"jwks_url"_s, u"https://id.example.com/jwks"_s},
        {u"tenant"_s, u"organizations"_s},
        {u"allowed_tenants"_s, QJsonArray{u"tid-1"_s, u"tid-2"_s}},
        {u"client_auth_method"_s, u"client_secret_basic"_s},
        {u"use_pkce"_s, false},
        {u"auth_timeout"_s, 300},
        {u"refresh_buffer"_s, 30},
        {u"token_store"_s, u"memory"_s},
        {u"allow_insecure_loopback"_s, true},
    };
}

void verifyEveryKey(const ProviderSettings &s)
{
    QVERIFY(s.hasProviderType());
    QCOMPARE(typeName(s.providerType()), u"microsoft"_s);
    QCOMPARE(s.clientId(), u"my-client"_s);
    QCOMPARE(s.clientSecret(), Secret);
    QCOMPARE(s.scopes(), QStringList({u"openid"_s, u"profile"_s, u"offline_access"_s}));
    QCOMPARE(s.issuer(), QUrl(u"https://id.example.com"_s));
    QCOMPARE(s.authorizeUrl(), QUrl(u"https://id.example.com/auth"_s));
    QCOMPARE(s.tokenUrl(), QUrl(u"https://id.example.com/token"_s));
    QCOMPARE(s.userinfoUrl(), QUrl(u"https://id.example.com/me"_s));
    QCOMPARE(s.revocationUrl(), QUrl(u"https://id.example.com/revoke"_s));
    QCOMPARE(s.jwksUrl(), QUrl(u"https://id.example.com/jwks"_s));
    QCOMPARE(s.tenant(), u"organizations"_s);
    QCOMPARE(s.allowedTenants(), QStringList({u"tid-1"_s, u"tid-2"_s}));
    QCOMPARE(methodName(s.clientAuthMethod()), u"ClientSecretBasic"_s);
    QCOMPARE(s.usePkce(), false);
    QCOMPARE(s.authTimeout(), 300);
    QCOMPARE(s.refreshBuffer(), 30);
    QCOMPARE(s.tokenStore(), Backend::Memory);
    QCOMPARE(s.allowInsecureLoopback(), true);
}

QString envName(const QString &key)
{
    return u"QTSIGNIN_"_s + key.toUpper();
}

// The same keys as environment variables, all strings, as a shell would set them.
QProcessEnvironment everyKeyAsEnvironment()
{
    QProcessEnvironment env;
    const QJsonObject json = everyKey();
    for (auto it = json.begin(); it != json.end(); ++it) {
        QString value;
        if (it->isArray()) {
            QStringList parts;
            for (const QJsonValue &v : it->toArray())
                parts.append(v.toString());
            value = parts.join(u',');
        } else if (it->isBool()) {
            value = it->toBool() ? u"yes"_s : u"off"_s;
        } else if (it->isDouble()) {
            value = QString::number(it->toInt());
        } else {
            value = it->toString();
        }
        env.insert(envName(it.key()), value);
    }
    return env;
}

ProviderSettings fromJsonOk(const QJsonObject &json)
{
    AuthError error;
    ProviderSettings settings = ProviderSettings::fromJson(json, &error);
    if (error.isError())
        qWarning() << "unexpected" << error;
    return settings;
}
} // namespace

class tst_ProviderSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults();
    void settersMarkFieldsAsSet();
    void fromJsonReadsEveryKey();
    void fromJsonFileReadsEveryKey();
    void toJsonRoundTripsEveryKeyButTheSecret();
    void toJsonWritesOnlySetKeys();
    void networkKeys();
    void fromJsonFileReportsFileProblems_data();
    void fromJsonFileReportsFileProblems();
    void fromJsonRejectsUnknownMembers();
    void fromJsonRejectsIllTypedMembers_data();
    void fromJsonRejectsIllTypedMembers();
    void fromJsonTreatsEmptyAndNullAsUnset();
    void fromEnvironmentReadsEveryKey();
    void fromEnvironmentIgnoresOtherAndEmptyVariables();
    void fromEnvironmentNamesTheVariableOfABadValue();
    void fromEnvironmentDefaultsToTheProcessEnvironment();
    void fromSettingsReadsEveryKeyOfTheCurrentGroup();
    void fromSettingsReportsBadValuesThroughValidate();
    void booleanParsing_data();
    void booleanParsing();
    void integerParsing_data();
    void integerParsing();
    void scopesParsing_data();
    void scopesParsing();
    void mergeLetsOnlySetFieldsWin();
    void mergeCarriesProblems();
    void providerTypeNamesRoundTrip();
    void providerTypeIsInferredWhenNotGiven();
    void validate_data();
    void validate();
    void errorsNeverContainTheClientSecret_data();
    void errorsNeverContainTheClientSecret();
};

void tst_ProviderSettings::init()
{
    // Only fromSettings() with a bad value may warn, and that test declares it.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void tst_ProviderSettings::defaults()
{
    const ProviderSettings s;
    QVERIFY(!s.hasProviderType());
    QVERIFY(s.clientId().isEmpty());
    QVERIFY(s.clientSecret().isEmpty());
    QVERIFY(s.scopes().isEmpty());
    QCOMPARE(s.tenant(), u"common"_s);
    QVERIFY(s.allowedTenants().isEmpty());
    QCOMPARE(methodName(s.clientAuthMethod()), u"Auto"_s);
    QCOMPARE(s.usePkce(), true);
    QCOMPARE(s.authTimeout(), 120);
    QCOMPARE(s.refreshBuffer(), 60);
    QCOMPARE(s.tokenStore(), Backend::Keychain);
    QCOMPARE(s.allowInsecureLoopback(), false);
    // Nothing configured: validation says what is missing.
    const AuthError error = s.validate();
    QCOMPARE(error.code(), AuthError::Code::Configuration);
    QVERIFY2(error.detail().contains(u"client_id"_s), qPrintable(error.detail()));
    QVERIFY2(error.detail().contains(u"provider"_s), qPrintable(error.detail()));
}

void tst_ProviderSettings::settersMarkFieldsAsSet()
{
    ProviderSettings s;
    s.setProviderType(Type::GitHub);
    s.setClientId(u"id"_s);
    QVERIFY(s.hasProviderType());
    QCOMPARE(typeName(s.providerType()), u"github"_s);
    QVERIFY(!s.validate().isError());

    // A setter that writes the default value still counts as set when merging.
    ProviderSettings base;
    base.setUsePkce(false);
    ProviderSettings other;
    other.setUsePkce(true);
    QCOMPARE(base.mergedWith(other).usePkce(), true);
    QCOMPARE(base.mergedWith(ProviderSettings()).usePkce(), false);
}

void tst_ProviderSettings::fromJsonReadsEveryKey()
{
    AuthError error(AuthError::Code::Unknown);
    const ProviderSettings s = ProviderSettings::fromJson(everyKey(), &error);
    QCOMPARE(error.code(), AuthError::Code::NoError);
    verifyEveryKey(s);
}

void tst_ProviderSettings::fromJsonFileReadsEveryKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"signin.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(everyKey()).toJson());
    file.close();

    AuthError error(AuthError::Code::Unknown);
    const ProviderSettings s = ProviderSettings::fromJsonFile(path, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail()));
    verifyEveryKey(s);
}

void tst_ProviderSettings::toJsonRoundTripsEveryKeyButTheSecret()
{
    const QJsonObject json = ProviderSettings::fromJson(everyKey()).toJson();
    QVERIFY(!json.contains(u"client_secret"_s));
    QVERIFY(!QJsonDocument(json).toJson().contains(Secret.toUtf8()));
    QJsonObject expected = everyKey();
    expected.remove(u"client_secret"_s);
    QCOMPARE(json.keys(), expected.keys());

    AuthError error(AuthError::Code::Unknown);
    ProviderSettings back = ProviderSettings::fromJson(json, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail()));
    back.setClientSecret(Secret);
    verifyEveryKey(back);
}

void tst_ProviderSettings::toJsonWritesOnlySetKeys()
{
    QCOMPARE(ProviderSettings().toJson(), QJsonObject());
    ProviderSettings s;
    s.setClientId(u"id"_s);
    s.setClientSecret(Secret);
    s.setUsePkce(true); // the default value, but set
    QCOMPARE(s.toJson(), QJsonObject({{u"client_id"_s, u"id"_s}, {u"use_pkce"_s, true}}));
}

void tst_ProviderSettings::networkKeys()
{
    // ca_file, client certificate and key, proxy; QTSIGNIN_ALLOW_INSECURE_HTTP as the opt-in.
    QProcessEnvironment env;
    env.insert(u"QTSIGNIN_CA_FILE"_s, u"/etc/corp/ca.pem"_s);
    env.insert(u"QTSIGNIN_CLIENT_CERTIFICATE_FILE"_s, u"/home/me/client.pem"_s);
    env.insert(u"QTSIGNIN_CLIENT_KEY_FILE"_s, u"/home/me/client.key"_s);
    env.insert(u"QTSIGNIN_PROXY"_s, u"http://proxy.corp:3128"_s);
    env.insert(u"QTSIGNIN_ALLOW_INSECURE_HTTP"_s, u"1"_s);
    AuthError error(AuthError::Code::Unknown);
    const ProviderSettings s = ProviderSettings::fromEnvironment(env, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail()));
    QCOMPARE(s.caFile(), u"/etc/corp/ca.pem"_s);
    QCOMPARE(s.clientCertificateFile(), u"/home/me/client.pem"_s);
    QCOMPARE(s.clientKeyFile(), u"/home/me/client.key"_s);
    QCOMPARE(s.proxy(), u"http://proxy.corp:3128"_s);
    QVERIFY(s.allowInsecureLoopback());
    const QJsonObject json = s.toJson();
    QCOMPARE(json.value(u"proxy").toString(), u"http://proxy.corp:3128"_s);
    QCOMPARE(ProviderSettings::fromJson(json).caFile(), s.caFile());

    ProviderSettings bad;
    bad.setProviderType(OAuthProvider::Type::Oidc);
    bad.setIssuer(QUrl(u"https://id.example.com"_s));
    bad.setClientId(u"x"_s);
    bad.setProxy(u"https://proxy.corp"_s); // TLS to the proxy: not supported
    QVERIFY(bad.validate().detail().contains(u"proxy"));
    bad.setProxy(u"none"_s);
    QVERIFY(!bad.validate().isError());
    bad.setClientKeyFile(u"/k.pem"_s); // without its certificate
    QVERIFY(bad.validate().detail().contains(u"client_certificate_file"));
}

void tst_ProviderSettings::fromJsonFileReportsFileProblems_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing file") << QByteArray() << u"cannot be opened"_s;
    QTest::newRow("not JSON") << QByteArray("client_id = x") << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[1, 2]") << u"JSON object"_s;
    QTest::newRow("too large") << QByteArray("{\"client_id\": \"") + QByteArray(2 << 20, 'a') +
            QByteArray("\"}") << u"larger than 1 MiB"_s;
    QTest::newRow("bad member") << QByteArray("{\"use_pkce\": \"sometimes\"}") << u"use_pkce"_s;
}

void tst_ProviderSettings::fromJsonFileReportsFileProblems()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"signin.json"_s);
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    AuthError error;
    const ProviderSettings s = ProviderSettings::fromJsonFile(path, &error);
    QCOMPARE(error.code(), AuthError::Code::Configuration);
    QVERIFY2(error.detail().contains(expected), qPrintable(error.detail()));
    QVERIFY2(error.detail().contains(path), qPrintable(error.detail()));
    // The problem stays with the settings, so a provider cannot be created from them.
    QCOMPARE(s.validate().code(), AuthError::Code::Configuration);
}

void tst_ProviderSettings::fromJsonRejectsUnknownMembers()
{
    QJsonObject json{{u"provider"_s, u"github"_s}, {u"client-id"_s, u"x"_s}};
    AuthError error;
    const ProviderSettings s = ProviderSettings::fromJson(json, &error);
    QCOMPARE(error.code(), AuthError::Code::Configuration);
    QVERIFY2(error.detail().contains(u"'client-id'"_s), qPrintable(error.detail()));
    QVERIFY(s.validate().detail().contains(u"'client-id'"_s));
    QCOMPARE(typeName(s.providerType()), u"github"_s); // the good members are still read
}

void tst_ProviderSettings::fromJsonRejectsIllTypedMembers_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("client_id number") << u"client_id"_s << QJsonValue(12345);
    QTest::newRow("client_id array") << u"client_id"_s << QJsonValue(QJsonArray{u"a"_s});
    QTest::newRow("scopes number") << u"scopes"_s << QJsonValue(1);
    QTest::newRow("scopes mixed array") << u"scopes"_s << QJsonValue(QJsonArray{u"a"_s, 1});
    QTest::newRow("issuer number") << u"issuer"_s << QJsonValue(1);
    QTest::newRow("issuer relative") << u"issuer"_s << QJsonValue(u"/realms/x"_s);
    QTest::newRow("issuer not strict") << u"issuer"_s << QJsonValue(u"https://exa mple.com"_s);
    QTest::newRow("token_url object") << u"token_url"_s << QJsonValue(QJsonObject{});
    QTest::newRow("use_pkce word") << u"use_pkce"_s << QJsonValue(u"sometimes"_s);
    QTest::newRow("use_pkce 2") << u"use_pkce"_s << QJsonValue(2);
    QTest::newRow("auth_timeout fraction") << u"auth_timeout"_s << QJsonValue(1.5);
    QTest::newRow("auth_timeout word") << u"auth_timeout"_s << QJsonValue(u"long"_s);
    QTest::newRow("auth_timeout bool") << u"auth_timeout"_s << QJsonValue(true);
    QTest::newRow("refresh_buffer huge") << u"refresh_buffer"_s << QJsonValue(1e12);
    QTest::newRow("provider unknown") << u"provider"_s << QJsonValue(u"facebook"_s);
    QTest::newRow("provider number") << u"provider"_s << QJsonValue(1);
    QTest::newRow("client_auth_method unknown")
        << u"client_auth_method"_s << QJsonValue(u"private_key_jwt"_s);
    QTest::newRow("token_store unknown") << u"token_store"_s << QJsonValue(u"file"_s);
    QTest::newRow("allowed_tenants object") << u"allowed_tenants"_s << QJsonValue(QJsonObject{});
}

void tst_ProviderSettings::fromJsonRejectsIllTypedMembers()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    AuthError error;
    const ProviderSettings s = ProviderSettings::fromJson({{key, value}}, &error);
    QCOMPARE(error.code(), AuthError::Code::Configuration);
    QVERIFY2(error.detail().startsWith(key + u':'), qPrintable(error.detail()));
    QVERIFY2(s.validate().detail().contains(key + u':'), qPrintable(s.validate().detail()));
}

void tst_ProviderSettings::fromJsonTreatsEmptyAndNullAsUnset()
{
    ProviderSettings base;
    base.setClientId(u"from-base"_s);
    base.setIssuer(QUrl(u"https://base.example.com"_s));
    base.setUsePkce(false);
    const ProviderSettings blank = fromJsonOk({{u"client_id"_s, QString()},
                                               {u"issuer"_s, QJsonValue::Null},
                                               {u"use_pkce"_s, u""_s},
                                               {u"scopes"_s, QJsonArray()}});
    const ProviderSettings merged = base.mergedWith(blank);
    QCOMPARE(merged.clientId(), u"from-base"_s);
    QCOMPARE(merged.issuer(), QUrl(u"https://base.example.com"_s));
    QCOMPARE(merged.usePkce(), false);
    QVERIFY(merged.scopes().isEmpty());
}

void tst_ProviderSettings::fromEnvironmentReadsEveryKey()
{
    AuthError error(AuthError::Code::Unknown);
    const ProviderSettings s = ProviderSettings::fromEnvironment(everyKeyAsEnvironment(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail()));
    verifyEveryKey(s);
}

void tst_ProviderSettings::fromEnvironmentIgnoresOtherAndEmptyVariables()
{
    QProcessEnvironment env;
    env.insert(u"QTSIGNIN_SOURCE_DIR"_s, u"/src"_s); // set by the test harness
    env.insert(u"QTSIGNIN_PROVIDER"_s, u"GitHub"_s);
    env.insert(u"QTSIGNIN_CLIENT_ID"_s, u"  Iv1.abc  "_s);
    env.insert(u"QTSIGNIN_CLIENT_SECRET"_s, QString());
    env.insert(u"QTSIGNIN_SCOPES"_s, QString());
    env.insert(u"qtsignin_use_pkce"_s, u"false"_s); // names are case-sensitive
    env.insert(u"CLIENT_ID"_s, u"other"_s);
    AuthError error(AuthError::Code::Unknown);
    const ProviderSettings s = ProviderSettings::fromEnvironment(env, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail()));
    QCOMPARE(typeName(s.providerType()), u"github"_s);
    QCOMPARE(s.clientId(), u"Iv1.abc"_s);
    QVERIFY(s.clientSecret().isEmpty());
    QVERIFY(s.scopes().isEmpty());
    QCOMPARE(s.usePkce(), true);

    ProviderSettings base;
    base.setClientSecret(u"kept"_s);
    QCOMPARE(base.mergedWith(s).clientSecret(), u"kept"_s);
}

void tst_ProviderSettings::fromEnvironmentNamesTheVariableOfABadValue()
{
    QProcessEnvironment env;
    env.insert(u"QTSIGNIN_ALLOW_INSECURE_LOOPBACK"_s, u"maybe"_s);
    env.insert(u"QTSIGNIN_TOKEN_URL"_s, u"not a url"_s);
    AuthError error;
    const ProviderSettings s = ProviderSettings::fromEnvironment(env, &error);
    QCOMPARE(error.code(), AuthError::Code::Configuration);
    QVERIFY2(error.detail().contains(u"QTSIGNIN_ALLOW_INSECURE_LOOPBACK"_s),
             qPrintable(error.detail()));
    QVERIFY2(error.detail().contains(u"QTSIGNIN_TOKEN_URL"_s), qPrintable(error.detail()));
    QVERIFY2(!error.detail().contains(u"maybe"_s), qPrintable(error.detail()));
    QCOMPARE(s.allowInsecureLoopback(), false);
}

void tst_ProviderSettings::fromEnvironmentDefaultsToTheProcessEnvironment()
{
    const QByteArray name = "QTSIGNIN_CLIENT_ID";
    const QByteArray old = qgetenv(name.constData());
    const bool had = qEnvironmentVariableIsSet(name.constData());
    qputenv(name.constData(), "from-process-env");
    const ProviderSettings s = ProviderSettings::fromEnvironment();
    if (had)
        qputenv(name.constData(), old);
    else
        qunsetenv(name.constData());
    QCOMPARE(s.clientId(), u"from-process-env"_s);
}

void tst_ProviderSettings::fromSettingsReadsEveryKeyOfTheCurrentGroup()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"app.ini"_s);
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(u"unrelated"_s, u"the app's own key"_s);
        ini.beginGroup(u"signin"_s);
        const QProcessEnvironment env = everyKeyAsEnvironment();
        const QJsonObject json = everyKey();
        for (auto it = json.begin(); it != json.end(); ++it)
            ini.setValue(it.key(), env.value(envName(it.key())));
        // QSettings' own types work too.
        ini.setValue(u"use_pkce"_s, false);
        ini.setValue(u"auth_timeout"_s, 300);
        ini.setValue(u"allowed_tenants"_s, QStringList{u"tid-1"_s, u"tid-2"_s});
        ini.endGroup();
        ini.sync();
        QCOMPARE(ini.status(), QSettings::NoError);
    }
    // Written by hand the way people do: a bare comma list becomes a QStringList in INI.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n[other]\nprovider=github\nscopes=read:user, repo\n");
    }

    QSettings ini(path, QSettings::IniFormat);
    ini.beginGroup(u"signin"_s);
    const ProviderSettings s = ProviderSettings::fromSettings(ini);
    ini.endGroup();
    QVERIFY2(!s.validate().isError(), qPrintable(s.validate().detail()));
    verifyEveryKey(s);

    ini.beginGroup(u"other"_s);
    const ProviderSettings other = ProviderSettings::fromSettings(ini);
    ini.endGroup();
    QCOMPARE(typeName(other.providerType()), u"github"_s);
    QCOMPARE(other.scopes(), QStringList({u"read:user"_s, u"repo"_s}));
}

void tst_ProviderSettings::fromSettingsReportsBadValuesThroughValidate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"app.ini"_s);
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(u"provider"_s, u"github"_s);
        ini.setValue(u"client_id"_s, u"id"_s);
        ini.setValue(u"use_pkce"_s, u"perhaps"_s);
    }
    // fromSettings() has no error parameter: it warns, and validate() refuses.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"use_pkce"_s));
    QSettings ini(path, QSettings::IniFormat);
    const ProviderSettings s = ProviderSettings::fromSettings(ini);
    const AuthError error = s.validate();
    QCOMPARE(error.code(), AuthError::Code::Configuration);
    QVERIFY2(error.detail().contains(u"use_pkce"_s), qPrintable(error.detail()));
}

void tst_ProviderSettings::booleanParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 invalid
    for (const QString &t : {u"true"_s, u"TRUE"_s, u"1"_s, u"yes"_s, u"Yes"_s, u"on"_s, u" On "_s})
        QTest::newRow(qPrintable(u"true: '"_s + t + u'\'')) << t << 1;
    for (const QString &t : {u"false"_s, u"False"_s, u"0"_s, u"no"_s, u"NO"_s, u"off"_s})
        QTest::newRow(qPrintable(u"false: '"_s + t + u'\'')) << t << 0;
    for (const QString &t : {u"maybe"_s, u"2"_s, u"-1"_s, u"y"_s, u"enabled"_s, u"true!"_s})
        QTest::newRow(qPrintable(u"invalid: '"_s + t + u'\'')) << t << -1;
}

void tst_ProviderSettings::booleanParsing()
{
    QFETCH(QString, text);
    QFETCH(int, expected);

    QProcessEnvironment env;
    env.insert(u"QTSIGNIN_ALLOW_INSECURE_LOOPBACK"_s, text);
    env.insert(u"QTSIGNIN_USE_PKCE"_s, text);
    AuthError envError;
    const ProviderSettings fromEnv = ProviderSettings::fromEnvironment(env, &envError);

    AuthError jsonError;
    const ProviderSettings fromJson = ProviderSettings::fromJson(
        {{u"allow_insecure_loopback"_s, text}, {u"use_pkce"_s, text}}, &jsonError);

    if (expected < 0) {
        QCOMPARE(envError.code(), AuthError::Code::Configuration);
        QVERIFY(envError.detail().contains(u"QTSIGNIN_USE_PKCE"_s));
        QCOMPARE(jsonError.code(), AuthError::Code::Configuration);
        QVERIFY(jsonError.detail().contains(u"allow_insecure_loopback"_s));
        return;
    }
    QVERIFY2(!envError.isError(), qPrintable(envError.detail()));
    QVERIFY2(!jsonError.isError(), qPrintable(jsonError.detail()));
    QCOMPARE(fromEnv.allowInsecureLoopback(), expected == 1);
    QCOMPARE(fromEnv.usePkce(), expected == 1);
    QCOMPARE(fromJson.allowInsecureLoopback(), expected == 1);
    QCOMPARE(fromJson.usePkce(), expected == 1);
}

void tst_ProviderSettings::integerParsing_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("expected"); // -999: invalid
    QTest::newRow("number") << QJsonValue(45) << 45;
    QTest::newRow("integral double") << QJsonValue(45.0) << 45;
    QTest::newRow("string") << QJsonValue(u" 45 "_s) << 45;
    QTest::newRow("fraction") << QJsonValue(45.5) << -999;
    QTest::newRow("string fraction") << QJsonValue(u"45.5"_s) << -999;
    QTest::newRow("beyond int") << QJsonValue(3e9) << -999;
    QTest::newRow("word") << QJsonValue(u"soon"_s) << -999;
}

void tst_ProviderSettings::integerParsing()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, expected);
    AuthError error;
    const ProviderSettings s = ProviderSettings::fromJson({{u"auth_timeout"_s, value}}, &error);
    if (expected == -999) {
        QCOMPARE(error.code(), AuthError::Code::Configuration);
        QVERIFY(error.detail().contains(u"auth_timeout"_s));
        QCOMPARE(s.authTimeout(), 120);
    } else {
        QVERIFY2(!error.isError(), qPrintable(error.detail()));
        QCOMPARE(s.authTimeout(), expected);
    }
}

void tst_ProviderSettings::scopesParsing_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("spaces") << QJsonValue(u"openid email"_s)
                            << QStringList{u"openid"_s, u"email"_s};
    QTest::newRow("commas") << QJsonValue(u"read:user,user:email"_s)
                            << QStringList{u"read:user"_s, u"user:email"_s};
    QTest::newRow("array") << QJsonValue(QJsonArray{u"openid"_s, u"email"_s, u"openid"_s})
                           << QStringList{u"openid"_s, u"email"_s};
    QTest::newRow("array with separators") << QJsonValue(QJsonArray{u"a b"_s, u"c,d"_s})
                                           << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
}

void tst_ProviderSettings::scopesParsing()
{
    QFETCH(QJsonValue, value);
    QFETCH(QStringList, expected);
    QCOMPARE(fromJsonOk({{u"scopes"_s, value}}).scopes(), expected);
}

void tst_ProviderSettings::mergeLetsOnlySetFieldsWin()
{
    // A file gives the full configuration; the environment overrides two things.
    const ProviderSettings file = fromJsonOk({{u"provider"_s, u"oidc"_s},
                                              {u"client_id"_s, u"file-id"_s},
                                              {u"issuer"_s, u"https://file.example.com"_s},
                                              {u"scopes"_s, u"openid profile"_s},
                                              {u"use_pkce"_s, false},
                                              {u"auth_timeout"_s, 300}});
    QProcessEnvironment env;
    env.insert(u"QTSIGNIN_CLIENT_ID"_s, u"env-id"_s);
    env.insert(u"QTSIGNIN_AUTH_TIMEOUT"_s, u"120"_s); // equal to the default, but explicit
    const ProviderSettings environment = ProviderSettings::fromEnvironment(env);

    const ProviderSettings merged = file.mergedWith(environment);
    QCOMPARE(merged.clientId(), u"env-id"_s);
    QCOMPARE(merged.authTimeout(), 120);
    QCOMPARE(typeName(merged.providerType()), u"oidc"_s);
    QVERIFY(merged.hasProviderType());
    QCOMPARE(merged.issuer(), QUrl(u"https://file.example.com"_s));
    QCOMPARE(merged.scopes(), QStringList({u"openid"_s, u"profile"_s}));
    QCOMPARE(merged.usePkce(), false);
    QVERIFY2(!merged.validate().isError(), qPrintable(merged.validate().detail()));

    // The other way round, the file wins where it sets something.
    const ProviderSettings reversed = environment.mergedWith(file);
    QCOMPARE(reversed.clientId(), u"file-id"_s);
    QCOMPARE(reversed.authTimeout(), 300);

    // Merging does not change either input.
    QCOMPARE(file.clientId(), u"file-id"_s);
    QVERIFY(!environment.hasProviderType());

    // Explicitly empty scopes from code reset to the provider's defaults.
    ProviderSettings reset;
    reset.setScopes({});
    QVERIFY(file.mergedWith(reset).scopes().isEmpty());
}

void tst_ProviderSettings::mergeCarriesProblems()
{
    const ProviderSettings good =
        fromJsonOk({{u"provider"_s, u"github"_s}, {u"client_id"_s, u"id"_s}});
    QVERIFY(!good.validate().isError());
    QProcessEnvironment env;
    env.insert(u"QTSIGNIN_REFRESH_BUFFER"_s, u"a minute"_s);
    const ProviderSettings bad = ProviderSettings::fromEnvironment(env);
    const AuthError error = good.mergedWith(bad).validate();
    QCOMPARE(error.code(), AuthError::Code::Configuration);
    QVERIFY2(error.detail().contains(u"QTSIGNIN_REFRESH_BUFFER"_s), qPrintable(error.detail()));
}

void tst_ProviderSettings::providerTypeNamesRoundTrip()
{
    for (const Type type :
         {Type::Oidc, Type::Google, Type::GitHub, Type::Microsoft, Type::Custom}) {
        const QString name = ProviderSettings::providerTypeName(type);
        QVERIFY(!name.isEmpty());
        QCOMPARE(name, name.toLower());
        Type parsed = Type::Custom == type ? Type::Oidc : Type::Custom;
        QVERIFY(ProviderSettings::parseProviderType(name, &parsed));
        QCOMPARE(typeName(parsed), typeName(type));
        QVERIFY(ProviderSettings::parseProviderType(name.toUpper(), &parsed));
        QCOMPARE(typeName(parsed), typeName(type));
    }
    QCOMPARE(ProviderSettings::providerTypeName(Type::GitHub), u"github"_s);
    Type untouched = Type::Google;
    QVERIFY(!ProviderSettings::parseProviderType(u"facebook"_s, &untouched));
    QVERIFY(!ProviderSettings::parseProviderType(QString(), &untouched));
    QCOMPARE(typeName(untouched), u"google"_s);
    QVERIFY(ProviderSettings::parseProviderType(u"google"_s, nullptr));
}

void tst_ProviderSettings::providerTypeIsInferredWhenNotGiven()
{
    const ProviderSettings endpoints =
        fromJsonOk({{u"client_id"_s, u"id"_s},
                    {u"authorize_url"_s, u"https://as.example.com/authorize"_s},
                    {u"token_url"_s, u"https://as.example.com/token"_s}});
    QVERIFY(!endpoints.hasProviderType());
    QCOMPARE(typeName(endpoints.providerType()), u"custom"_s);
    QVERIFY(!endpoints.validate().isError());

    const ProviderSettings issuer =
        fromJsonOk({{u"client_id"_s, u"id"_s}, {u"issuer"_s, u"https://op.example.com"_s}});
    QCOMPARE(typeName(issuer.providerType()), u"oidc"_s);
    QVERIFY(!issuer.validate().isError());
}

void tst_ProviderSettings::validate_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("problem"); // empty: valid

    const auto with = [](const char *provider, QJsonObject json) {
        json.insert(u"provider"_s, QString::fromLatin1(provider));
        if (!json.contains(u"client_id"_s))
            json.insert(u"client_id"_s, u"id"_s);
        return json;
    };
    const QString https = u"https://op.example.com"_s;
    const QString authorizeEndpoint = u"https://op.example.com/a"_s;
    const QString tokenEndpoint = u"https://op.example.com/t"_s;

    QTest::newRow("google") << with("google", {}) << QString();
    QTest::newRow("github") << with("github", {}) << QString();
    QTest::newRow("microsoft common") << with("microsoft", {}) << QString();
    QTest::newRow("missing client_id")
        << with("github", {{u"client_id"_s, u"  "_s}}) << u"client_id"_s;
    QTest::newRow("oidc with issuer") << with("oidc", {{u"issuer"_s, https}}) << QString();
    QTest::newRow("oidc without issuer") << with("oidc", {}) << u"issuer is required"_s;
    QTest::newRow("oidc with endpoints only")
        << with("oidc", {{u"authorize_url"_s, authorizeEndpoint}, {u"token_url"_s, tokenEndpoint}})
        << u"issuer is required"_s;
    QTest::newRow("custom complete")
        << with("custom",
                {{u"authorize_url"_s, authorizeEndpoint}, {u"token_url"_s, tokenEndpoint}})
        << QString();
    QTest::newRow("custom without token_url")
        << with("custom", {{u"authorize_url"_s, authorizeEndpoint}}) << u"token_url"_s;
    QTest::newRow("custom without authorize_url")
        << with("custom", {{u"token_url"_s, tokenEndpoint}}) << u"authorize_url"_s;
    QTest::newRow("custom with issuer") << with("custom",
                                                {{u"authorize_url"_s, authorizeEndpoint},
                                                 {u"token_url"_s, tokenEndpoint},
                                                 {u"issuer"_s, https}})
                                        << u"issuer is not used"_s;

    // https everywhere; http only to loopback, judged by the host as written, when allowed.
    const auto oidcAt = [&with](const QString &issuer, bool allow) {
        return with("oidc", {{u"issuer"_s, issuer}, {u"allow_insecure_loopback"_s, allow}});
    };
    QTest::newRow("http 127.0.0.1 allowed")
        << oidcAt(u"http://127.0.0.1:9080"_s, true) << QString();
    QTest::newRow("http 127.1.2.3 allowed") << oidcAt(u"http://127.1.2.3"_s, true) << QString();
    QTest::newRow("http localhost allowed")
        << oidcAt(u"http://localhost:8080/realms/x"_s, true) << QString();
    QTest::newRow("http [::1] allowed") << oidcAt(u"http://[::1]:8080"_s, true) << QString();
    QTest::newRow("http 127.0.0.1 not allowed")
        << oidcAt(u"http://127.0.0.1:9080"_s, false) << u"https"_s;
    QTest::newRow("http remote allowed flag")
        << oidcAt(u"http://op.example.com"_s, true) << u"https"_s;
    QTest::newRow("http 128.0.0.1") << oidcAt(u"http://128.0.0.1"_s, true) << u"https"_s;
    QTest::newRow("http name resolving to loopback")
        << oidcAt(u"http://127.0.0.1.nip.io"_s, true) << u"https"_s;
    QTest::newRow("http localhost subdomain")
        << oidcAt(u"http://localhost.example.com"_s, true) << u"https"_s;
    QTest::newRow("ftp") << oidcAt(u"ftp://op.example.com"_s, true) << u"https"_s;
    QTest::newRow("http endpoint override")
        << with("github", {{u"token_url"_s, u"http://github.example.com/token"_s}})
        << u"token_url must use https"_s;
    QTest::newRow("fragment") << with("google",
                                      {{u"userinfo_url"_s, u"https://x.example.com/me#frag"_s}})
                              << u"userinfo_url must not contain a fragment"_s;
    QTest::newRow("credentials in URL")
        << with("google", {{u"revocation_url"_s, u"https://u:p@x.example.com/r"_s}})
        << u"revocation_url must not contain a user name"_s;
    QTest::newRow("issuer with query") << oidcAt(u"https://op.example.com/?tenant=x"_s, false)
                                       << u"issuer must not contain a query"_s;
    QTest::newRow("no host") << with("github", {{u"jwks_url"_s, u"https:/keys"_s}})
                             << u"jwks_url must be an absolute URL"_s;

    QTest::newRow("tenant organizations")
        << with("microsoft", {{u"tenant"_s, u"organizations"_s}}) << QString();
    QTest::newRow("tenant domain")
        << with("microsoft", {{u"tenant"_s, u"contoso.onmicrosoft.com"_s}}) << QString();
    QTest::newRow("tenant GUID") << with("microsoft",
                                         {{u"tenant"_s, u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s}})
                                 << QString();
    QTest::newRow("tenant path traversal")
        << with("microsoft", {{u"tenant"_s, u"../evil"_s}}) << u"tenant"_s;
    QTest::newRow("tenant dot dot") << with("microsoft", {{u"tenant"_s, u".."_s}}) << u"tenant"_s;
    QTest::newRow("tenant slash") << with("microsoft", {{u"tenant"_s, u"a/b"_s}}) << u"tenant"_s;
    QTest::newRow("tenant query") << with("microsoft", {{u"tenant"_s, u"common?x=1"_s}})
                                  << u"tenant"_s;
    QTest::newRow("allowed tenant bad")
        << with("microsoft", {{u"allowed_tenants"_s, QJsonArray{u"ok"_s, u"a/b"_s}}})
        << u"allowed_tenants"_s;

    QTest::newRow("basic auth without secret")
        << with("google", {{u"client_auth_method"_s, u"client_secret_basic"_s}})
        << u"client_secret"_s;
    QTest::newRow("post auth with secret")
        << with("google",
                {{u"client_auth_method"_s, u"client_secret_post"_s}, {u"client_secret"_s, u"s"_s}})
        << QString();
    QTest::newRow("auth_timeout 0")
        << with("github", {{u"auth_timeout"_s, 0}}) << u"auth_timeout"_s;
    QTest::newRow("refresh_buffer negative")
        << with("github", {{u"refresh_buffer"_s, -1}}) << u"refresh_buffer"_s;
    QTest::newRow("refresh_buffer 0") << with("github", {{u"refresh_buffer"_s, 0}}) << QString();
}

void tst_ProviderSettings::validate()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, problem);
    AuthError parseError;
    const ProviderSettings s = ProviderSettings::fromJson(json, &parseError);
    QVERIFY2(!parseError.isError(), qPrintable(parseError.detail()));
    const AuthError error = s.validate();
    if (problem.isEmpty()) {
        QVERIFY2(!error.isError(), qPrintable(error.detail()));
        return;
    }
    QCOMPARE(error.code(), AuthError::Code::Configuration);
    QVERIFY2(error.detail().contains(problem), qPrintable(error.detail()));
    QCOMPARE(error.message(), AuthError::defaultMessage(AuthError::Code::Configuration));
}

void tst_ProviderSettings::errorsNeverContainTheClientSecret_data()
{
    QTest::addColumn<QString>("source"); // json | env
    QTest::addColumn<QString>("key");
    // The secret set where it belongs while something else is wrong, and the secret pasted
    // into the wrong key by mistake.
    for (const char *source : {"json", "env"}) {
        for (const char *key : {"client_id", "provider", "use_pkce", "issuer", "scopes",
                                "auth_timeout", "token_store", "tenant", "client_auth_method"}) {
            QTest::addRow("%s: secret in %s", source, key)
                << QString::fromLatin1(source) << QString::fromLatin1(key);
        }
    }
}

void tst_ProviderSettings::errorsNeverContainTheClientSecret()
{
    QFETCH(QString, source);
    QFETCH(QString, key);

    // Valid otherwise except for a wrong use_pkce, plus the secret in the wrong place.
    QJsonObject json{{u"provider"_s, u"microsoft"_s},
                     {u"client_id"_s, u"id"_s},
                     {u"client_secret"_s, Secret},
                     {u"use_pkce"_s, u"sometimes"_s},
                     {u"auth_timeout"_s, 0}};
    json.insert(key, Secret);

    AuthError error;
    ProviderSettings s;
    if (source == u"json"_s) {
        s = ProviderSettings::fromJson(json, &error);
    } else {
        QProcessEnvironment env;
        for (auto it = json.begin(); it != json.end(); ++it)
            env.insert(envName(it.key()),
                       it->isString() ? it->toString() : QString::number(it->toInt()));
        s = ProviderSettings::fromEnvironment(env, &error);
    }
    const AuthError validation = s.validate();
    QVERIFY(error.isError());
    QVERIFY(validation.isError());

    QString debugText;
    QDebug(&debugText) << error << validation;
    const QString everything =
        error.detail() + error.message() + validation.detail() + validation.message() + debugText;
    QVERIFY2(!everything.contains(u"s3cr3t"_s), qPrintable(everything));
}

QTEST_GUILESS_MAIN(tst_ProviderSettings)
#include "tst_providersettings.moc"
