// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/storedaccount.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QDebug>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using QtSignIn::StoredAccount;
using QtSignIn::TokenSet;
using QtSignIn::UserInfo;

namespace {
// Distinctive values, so a search of serialised bytes cannot match anything else by chance.
const QString AccessSecret = u"AT-secret-7f3a9c1e-access"_s;
const QString RefreshSecret = u"RT-secret-b82d4e60-refresh"_s;
const QString ClaimSecret = u"CLAIM-secret-91ce0d2f-nonce"_s;

UserInfo makeUser(const QString &subject)
{
    UserInfo user;
    user.setSubject(subject);
    user.setName(u"Ada Lovelace"_s);
    user.setEmail(u"ada@example.test"_s);
    user.setEmailVerified(true);
    user.setPreferredUsername(u"ada"_s);
    user.setPictureUrl(QUrl(u"https://example.test/ada.png"_s));
    return user;
}

TokenSet makeTokens()
{
    TokenSet tokens;
    tokens.setAccessToken(AccessSecret);
    tokens.setRefreshToken(RefreshSecret);
    tokens.setScopes({u"openid"_s, u"email"_s, u"offline_access"_s});
    tokens.setIdTokenClaims(QJsonObject{{u"sub"_s, u"alice"_s},
                                        {u"nonce"_s, ClaimSecret},
                                        {u"aud"_s, QJsonArray{u"qt-desktop"_s}}});
    // Milliseconds on purpose: storage keeps seconds, and expiresAt() must round-trip to them.
    tokens.setIssuedAt(QDateTime::fromMSecsSinceEpoch(1'750'000'000'789, Qt::UTC));
    tokens.setExpiresIn(3600);
    tokens.setIdToken(u"header.payload.signature"_s);
    return tokens;
}

StoredAccount makeAccount()
{
    StoredAccount account;
    account.setIdentity(u"https://issuer.example.test"_s, u"qt-desktop"_s, makeUser(u"alice"_s));
    account.setProviderName(u"oidc"_s);
    account.setTokens(makeTokens());
    account.setUpdatedAt(QDateTime::fromMSecsSinceEpoch(1'750'000'100'123, Qt::UTC));
    return account;
}

QByteArray serialised(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}
} // namespace

class tst_StoredAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultConstructedIsNull();
    void idIsBase64UrlSha256OfIssuerClientAndSubject();
    void idIsStableAcrossCopiesAndTokenChanges();
    void idsDoNotCollide_data();
    void idsDoNotCollide();
    void identityAndUserRoundTrip();
    void jsonRoundTripKeepsEveryField();
    void tokensRebuildExpiryToTheSecond();
    void tokensWithoutIssueTimeStillExpireAsStored();
    void expiryAcceptsEpochSeconds();
    void publicJsonHasNoSecrets();
    void publicJsonParsesWithoutSecrets();
    void fullJsonHoldsTheSecrets();
    void debugOutputIsRedacted();
    void malformedJsonGivesNull_data();
    void malformedJsonGivesNull();
    void missingOptionalMembersAreTolerated();
    void nonWebPictureIsDropped();
};

void tst_StoredAccount::defaultConstructedIsNull()
{
    const StoredAccount account;
    QVERIFY(account.isNull());
    QVERIFY(!account.hasRefreshToken());
    QVERIFY(account.tokens().isNull());
    QVERIFY(!account.updatedAt().isValid());
}

void tst_StoredAccount::idIsBase64UrlSha256OfIssuerClientAndSubject()
{
    const StoredAccount account = makeAccount();
    const QByteArray expected =
        QCryptographicHash::hash("https://issuer.example.test\nqt-desktop\nalice",
                                 QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(account.id(), QString::fromLatin1(expected));
    QCOMPARE(account.id().size(), 43);
    QCOMPARE(StoredAccount::makeId(u"https://issuer.example.test"_s, u"qt-desktop"_s, u"alice"_s),
             account.id());
    QVERIFY(!account.id().contains(u'='));
    QVERIFY(!account.id().contains(u'+'));
    QVERIFY(!account.id().contains(u'/'));
}

void tst_StoredAccount::idIsStableAcrossCopiesAndTokenChanges()
{
    StoredAccount account = makeAccount();
    const QString id = account.id();
    TokenSet rotated = makeTokens();
    rotated.setRefreshToken(u"another-refresh-token"_s);
    account.setTokens(rotated);
    account.setUpdatedAt(QDateTime::currentDateTimeUtc());
    QCOMPARE(account.id(), id);
    const StoredAccount parsed = StoredAccount::fromJson(account.toJson());
    QCOMPARE(parsed.id(), id);
    QCOMPARE(StoredAccount::fromJson(account.toPublicJson()).id(), id);
}

void tst_StoredAccount::idsDoNotCollide_data()
{
    QTest::addColumn<QStringList>("a"); // issuer, client, subject
    QTest::addColumn<QStringList>("b");
    QTest::newRow("same sub, two issuers") << QStringList{u"https://a.test"_s, u"c"_s, u"alice"_s}
                                           << QStringList{u"https://b.test"_s, u"c"_s, u"alice"_s};
    QTest::newRow("two subs, one issuer") << QStringList{u"https://a.test"_s, u"c"_s, u"alice"_s}
                                          << QStringList{u"https://a.test"_s, u"c"_s, u"bob"_s};
    QTest::newRow("same sub and issuer, two clients")
        << QStringList{u"https://a.test"_s, u"c1"_s, u"alice"_s}
        << QStringList{u"https://a.test"_s, u"c2"_s, u"alice"_s};
    // Without a separator these would concatenate to the same string.
    QTest::newRow("shifted boundaries") << QStringList{u"https://a.test"_s, u"cx"_s, u"y"_s}
                                        << QStringList{u"https://a.test"_s, u"c"_s, u"xy"_s};
}

void tst_StoredAccount::idsDoNotCollide()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QVERIFY(StoredAccount::makeId(a[0], a[1], a[2]) != StoredAccount::makeId(b[0], b[1], b[2]));
}

void tst_StoredAccount::identityAndUserRoundTrip()
{
    const StoredAccount account = makeAccount();
    QCOMPARE(account.issuer(), u"https://issuer.example.test"_s);
    QCOMPARE(account.clientId(), u"qt-desktop"_s);
    QCOMPARE(account.subject(), u"alice"_s);
    QCOMPARE(account.displayName(), u"Ada Lovelace"_s);
    QCOMPARE(account.email(), u"ada@example.test"_s);
    QCOMPARE(account.providerName(), u"oidc"_s);
    const UserInfo user = account.user();
    QCOMPARE(user.subject(), u"alice"_s);
    QCOMPARE(user.name(), u"Ada Lovelace"_s);
    QCOMPARE(user.email(), u"ada@example.test"_s);
    QVERIFY(user.isEmailVerified());
    QCOMPARE(user.preferredUsername(), u"ada"_s);
    QCOMPARE(user.pictureUrl(), QUrl(u"https://example.test/ada.png"_s));
}

void tst_StoredAccount::jsonRoundTripKeepsEveryField()
{
    const StoredAccount account = makeAccount();
    const QJsonObject json = account.toJson();
    QCOMPARE(json.value(u"v"_s).toInt(), 1);
    QCOMPARE(json.value(u"access_token"_s).toString(), AccessSecret);
    QCOMPARE(json.value(u"refresh_token"_s).toString(), RefreshSecret);

    // Through bytes, as a store writes them.
    const QJsonDocument doc = QJsonDocument::fromJson(serialised(json));
    const StoredAccount parsed = StoredAccount::fromJson(doc.object());
    QVERIFY(!parsed.isNull());
    QCOMPARE(parsed, account);
    QCOMPARE(parsed.user(), account.user());
    QCOMPARE(parsed.providerName(), u"oidc"_s);
    QCOMPARE(parsed.updatedAt(), QDateTime::fromMSecsSinceEpoch(1'750'000'100'123, Qt::UTC));
    const TokenSet tokens = parsed.tokens();
    QCOMPARE(tokens.accessToken(), AccessSecret);
    QCOMPARE(tokens.refreshToken(), RefreshSecret);
    QCOMPARE(tokens.scopes(), (QStringList{u"openid"_s, u"email"_s, u"offline_access"_s}));
    QCOMPARE(tokens.idTokenClaims(), makeTokens().idTokenClaims());
    QCOMPARE(tokens.tokenType(), u"Bearer"_s);
    QVERIFY(parsed.hasRefreshToken());
}

void tst_StoredAccount::tokensRebuildExpiryToTheSecond()
{
    const TokenSet original = makeTokens();
    const StoredAccount parsed = StoredAccount::fromJson(
        QJsonDocument::fromJson(serialised(makeAccount().toJson())).object());
    const TokenSet tokens = parsed.tokens();
    QVERIFY(tokens.expiresAt().isValid());
    QCOMPARE(tokens.expiresAt().toSecsSinceEpoch(), original.expiresAt().toSecsSinceEpoch());
    QCOMPARE(tokens.expiresAt().time().msec(), 0);
    QCOMPARE(tokens.issuedAt().toSecsSinceEpoch(), original.issuedAt().toSecsSinceEpoch());
    QCOMPARE(tokens.expiresIn(), 3600);
    QCOMPARE(parsed.toJson().value(u"expires_at"_s).toString(), u"2025-06-15T16:06:40Z"_s);
}

void tst_StoredAccount::tokensWithoutIssueTimeStillExpireAsStored()
{
    QJsonObject json = makeAccount().toJson();
    json.remove(u"issued_at"_s);
    const StoredAccount parsed = StoredAccount::fromJson(json);
    QVERIFY(!parsed.isNull());
    QCOMPARE(parsed.tokens().expiresAt(), QDateTime::fromSecsSinceEpoch(1'750'003'600, Qt::UTC));

    json.remove(u"expires_at"_s);
    const StoredAccount noExpiry = StoredAccount::fromJson(json);
    QVERIFY(!noExpiry.isNull());
    QVERIFY(!noExpiry.tokens().expiresAt().isValid());
    QCOMPARE(noExpiry.tokens().expiresIn(), -1);
}

void tst_StoredAccount::expiryAcceptsEpochSeconds()
{
    QJsonObject json = makeAccount().toJson();
    json.insert(u"expires_at"_s, 1'750'003'600);
    json.insert(u"issued_at"_s, 1'750'000'000);
    const StoredAccount parsed = StoredAccount::fromJson(json);
    QVERIFY(!parsed.isNull());
    QCOMPARE(parsed.tokens().expiresAt(), QDateTime::fromSecsSinceEpoch(1'750'003'600, Qt::UTC));
}

void tst_StoredAccount::publicJsonHasNoSecrets()
{
    const StoredAccount account = makeAccount();
    const QJsonObject json = account.toPublicJson();
    const QByteArray bytes = serialised(json);
    for (const QString &secret : {AccessSecret, RefreshSecret, ClaimSecret})
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
    QVERIFY(!bytes.contains("header.payload.signature"));
    for (const auto &key : {u"access_token"_s, u"refresh_token"_s, u"id_token_claims"_s})
        QVERIFY2(!json.contains(key), qPrintable(key));
    // What a list needs is there.
    QCOMPARE(json.value(u"name"_s).toString(), u"Ada Lovelace"_s);
    QCOMPARE(json.value(u"issuer"_s).toString(), u"https://issuer.example.test"_s);
    QCOMPARE(json.value(u"client_id"_s).toString(), u"qt-desktop"_s);
    QCOMPARE(json.value(u"subject"_s).toString(), u"alice"_s);
}

void tst_StoredAccount::publicJsonParsesWithoutSecrets()
{
    const StoredAccount account = makeAccount();
    const StoredAccount parsed = StoredAccount::fromJson(account.toPublicJson());
    QVERIFY(!parsed.isNull());
    QCOMPARE(parsed.id(), account.id());
    QCOMPARE(parsed.displayName(), account.displayName());
    QCOMPARE(parsed.updatedAt(), account.updatedAt());
    QVERIFY(!parsed.hasRefreshToken());
    QVERIFY(parsed.tokens().accessToken().isEmpty());
    QVERIFY(parsed.tokens().idTokenClaims().isEmpty());
}

void tst_StoredAccount::fullJsonHoldsTheSecrets()
{
    // The counterpart of publicJsonHasNoSecrets(): the search would find them if they leaked.
    const QByteArray bytes = serialised(makeAccount().toJson());
    for (const QString &secret : {AccessSecret, RefreshSecret, ClaimSecret})
        QVERIFY2(bytes.contains(secret.toUtf8()), qPrintable(secret));
    // The raw ID token is not stored (its validated claims are).
    QVERIFY(!bytes.contains("header.payload.signature"));
}

void tst_StoredAccount::debugOutputIsRedacted()
{
    const StoredAccount account = makeAccount();
    QString text;
    QDebug(&text) << account;
    QVERIFY2(text.contains(account.id()), qPrintable(text));
    QVERIFY2(text.contains(u"https://issuer.example.test"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Ada Lovelace"_s), qPrintable(text));
    for (const QString &secret : {AccessSecret, RefreshSecret, ClaimSecret})
        QVERIFY2(!text.contains(secret), qPrintable(text));
    QVERIFY2(!text.contains(u"ada@example.test"_s), qPrintable(text));

    QString nullText;
    QDebug(&nullText) << StoredAccount();
    QVERIFY(nullText.contains(u"null"_s));
}

void tst_StoredAccount::malformedJsonGivesNull_data()
{
    QTest::addColumn<QJsonObject>("json");
    const QJsonObject good = makeAccount().toJson();
    const auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject json = good;
        json.insert(key, value);
        return json;
    };
    const auto without = [&good](const QString &key) {
        QJsonObject json = good;
        json.remove(key);
        return json;
    };
    QTest::newRow("empty") << QJsonObject();
    QTest::newRow("no version") << without(u"v"_s);
    QTest::newRow("future version") << with(u"v"_s, 2);
    QTest::newRow("version as string") << with(u"v"_s, u"1"_s);
    QTest::newRow("no issuer") << without(u"issuer"_s);
    QTest::newRow("no client_id") << without(u"client_id"_s);
    QTest::newRow("no subject") << without(u"subject"_s);
    QTest::newRow("empty subject") << with(u"subject"_s, u""_s);
    QTest::newRow("numeric subject") << with(u"subject"_s, 42);
    QTest::newRow("access token not a string") << with(u"access_token"_s, 1);
    QTest::newRow("refresh token not a string") << with(u"refresh_token"_s, QJsonArray());
    QTest::newRow("scopes not an array") << with(u"scopes"_s, u"openid email"_s);
    QTest::newRow("scope item not a string") << with(u"scopes"_s, QJsonArray{u"openid"_s, 3});
    QTest::newRow("claims not an object") << with(u"id_token_claims"_s, u"x"_s);
    QTest::newRow("expiry not a date") << with(u"expires_at"_s, u"tomorrow"_s);
    QTest::newRow("expiry fractional") << with(u"expires_at"_s, 1.5);
    QTest::newRow("expiry absurd") << with(u"expires_at"_s, 1e300);
    QTest::newRow("updated_at a bool") << with(u"updated_at"_s, true);
    QTest::newRow("name not a string") << with(u"name"_s, QJsonObject());
    QTest::newRow("email_verified not a bool") << with(u"email_verified"_s, u"true"_s);
}

void tst_StoredAccount::malformedJsonGivesNull()
{
    QFETCH(QJsonObject, json);
    QVERIFY(StoredAccount::fromJson(json).isNull());
}

void tst_StoredAccount::missingOptionalMembersAreTolerated()
{
    const QJsonObject minimal{{u"v"_s, 1},
                              {u"issuer"_s, u"https://a.test"_s},
                              {u"client_id"_s, u"c"_s},
                              {u"subject"_s, u"s"_s},
                              {u"name"_s, QJsonValue::Null}};
    const StoredAccount account = StoredAccount::fromJson(minimal);
    QVERIFY(!account.isNull());
    QCOMPARE(account.id(), StoredAccount::makeId(u"https://a.test"_s, u"c"_s, u"s"_s));
    QCOMPARE(account.displayName(), u"s"_s);
    QVERIFY(account.tokens().isNull());
    QVERIFY(!account.updatedAt().isValid());
}

void tst_StoredAccount::nonWebPictureIsDropped()
{
    QJsonObject json = makeAccount().toJson();
    json.insert(u"picture"_s, u"file:///etc/passwd"_s);
    const StoredAccount account = StoredAccount::fromJson(json);
    QVERIFY(!account.isNull());
    QVERIFY(account.user().pictureUrl().isEmpty());
}

QTEST_GUILESS_MAIN(tst_StoredAccount)
#include "tst_storedaccount.moc"
