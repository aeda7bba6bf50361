// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/tokenset.h>

#include <QtCore/QDebug>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using QtSignIn::TokenSet;

namespace {
constexpr qint64 TenYears = qint64(10) * 36525 * 24 * 3600 / 100;

QJsonObject withAccessToken(QJsonObject json)
{
    json.insert(u"access_token"_s, u"at"_s);
    return json;
}
} // namespace

class tst_TokenSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultConstructedIsNullAndExpired();
    void fromJsonReadsAStandardResponse();
    void fromJsonNeedsANonEmptyStringAccessToken_data();
    void fromJsonNeedsANonEmptyStringAccessToken();
    void fromJsonCoercesExpiresIn_data();
    void fromJsonCoercesExpiresIn();
    void fromJsonNormalisesScopes_data();
    void fromJsonNormalisesScopes();
    void fromJsonTokenTypeDefaultsToBearerAndKeepsServerCasing_data();
    void fromJsonTokenTypeDefaultsToBearerAndKeepsServerCasing();
    void fromJsonReadsOptionalTokensOnlyFromStrings();
    void fromJsonHonoursIssuedAt();
    void fromJsonIssuedAtDefaultsToNow();
    void isExpiredHonoursLeeway_data();
    void isExpiredHonoursLeeway();
    void unknownLifetimeNeverExpires();
    void authorizationHeader_data();
    void authorizationHeader();
    void setExpiresInClampsAndUsesMinusOneForUnknown();
    void equalityComparesAllFields();
    void debugOutputNeverShowsATokenOrRaw();
};

void tst_TokenSet::defaultConstructedIsNullAndExpired()
{
    const TokenSet tokens;
    QVERIFY(tokens.isNull());
    QVERIFY(tokens.isExpired());
    QCOMPARE(tokens.tokenType(), u"Bearer"_s);
    QCOMPARE(tokens.expiresIn(), -1);
    QVERIFY(!tokens.expiresAt().isValid());
    QVERIFY(!tokens.hasRefreshToken());
    QVERIFY(tokens.authorizationHeader().isEmpty());
}

void tst_TokenSet::fromJsonReadsAStandardResponse()
{
    const QJsonObject json{{u"access_token"_s, u"2YotnFZFEjr1zCsicMWpAA"_s},
                           {u"token_type"_s, u"Bearer"_s},
                           {u"expires_in"_s, 3600},
                           {u"refresh_token"_s, u"tGzv3JOkF0XG5Qx2TlKWIA"_s},
                           {u"id_token"_s, u"eyJ.eyJ.sig"_s},
                           {u"scope"_s, u"openid email"_s},
                           {u"example_parameter"_s, u"example_value"_s}};
    const QDateTime sent = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const TokenSet tokens = TokenSet::fromJson(json, sent);
    QVERIFY(!tokens.isNull());
    QCOMPARE(tokens.accessToken(), u"2YotnFZFEjr1zCsicMWpAA"_s);
    QCOMPARE(tokens.tokenType(), u"Bearer"_s);
    QCOMPARE(tokens.expiresIn(), 3600);
    QCOMPARE(tokens.refreshToken(), u"tGzv3JOkF0XG5Qx2TlKWIA"_s);
    QVERIFY(tokens.hasRefreshToken());
    QCOMPARE(tokens.idToken(), u"eyJ.eyJ.sig"_s);
    QCOMPARE(tokens.scopes(), QStringList({u"openid"_s, u"email"_s}));
    QCOMPARE(tokens.issuedAt(), sent);
    QCOMPARE(tokens.expiresAt(), sent.addSecs(3600));
    QCOMPARE(tokens.raw(), json);
    QVERIFY(tokens.idTokenClaims().isEmpty());
}

void tst_TokenSet::fromJsonNeedsANonEmptyStringAccessToken_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::newRow("missing") << QJsonObject{{u"token_type"_s, u"Bearer"_s}};
    QTest::newRow("empty") << QJsonObject{{u"access_token"_s, QString()}};
    QTest::newRow("number") << QJsonObject{{u"access_token"_s, 12345}};
    QTest::newRow("null") << QJsonObject{{u"access_token"_s, QJsonValue::Null}};
    QTest::newRow("array") << QJsonObject{{u"access_token"_s, QJsonArray{u"at"_s}}};
    QTest::newRow("object") << QJsonObject{{u"access_token"_s, QJsonObject{{u"value"_s, u"at"_s}}}};
}

void tst_TokenSet::fromJsonNeedsANonEmptyStringAccessToken()
{
    QFETCH(QJsonObject, json);
    json.insert(u"refresh_token"_s, u"rt"_s);
    const TokenSet tokens = TokenSet::fromJson(json);
    QVERIFY(tokens.isNull());
    QVERIFY(tokens.refreshToken().isEmpty());
    QVERIFY(tokens.raw().isEmpty());
    QVERIFY(tokens.isExpired());
}

void tst_TokenSet::fromJsonCoercesExpiresIn_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("number") << QJsonValue(3600) << qint64(3600);
    QTest::newRow("fractional number") << QJsonValue(59.9) << qint64(59);
    QTest::newRow("numeric string") << QJsonValue(u"3600"_s) << qint64(3600);
    QTest::newRow("padded string") << QJsonValue(u" 42 "_s) << qint64(42);
    QTest::newRow("zero") << QJsonValue(0) << qint64(0);
    QTest::newRow("negative number") << QJsonValue(-5) << qint64(0);
    QTest::newRow("negative string") << QJsonValue(u"-5"_s) << qint64(0);
    QTest::newRow("huge number") << QJsonValue(1e12) << TenYears;
    QTest::newRow("absurd number") << QJsonValue(1e300) << TenYears;
    QTest::newRow("huge string") << QJsonValue(u"99999999999999999999"_s) << TenYears;
    QTest::newRow("exactly ten years") << QJsonValue(double(TenYears)) << TenYears;
    QTest::newRow("garbage string") << QJsonValue(u"soon"_s) << qint64(-1);
    QTest::newRow("unit suffix") << QJsonValue(u"3600s"_s) << qint64(-1);
    QTest::newRow("empty string") << QJsonValue(QString()) << qint64(-1);
    QTest::newRow("nan string") << QJsonValue(u"nan"_s) << qint64(-1);
    QTest::newRow("inf string") << QJsonValue(u"inf"_s) << qint64(-1);
    QTest::newRow("bool") << QJsonValue(true) << qint64(-1);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << qint64(-1);
    QTest::newRow("array") << QJsonValue(QJsonArray{3600}) << qint64(-1);
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << qint64(-1);
}

void tst_TokenSet::fromJsonCoercesExpiresIn()
{
    QFETCH(QJsonValue, value);
    QFETCH(qint64, expected);
    QJsonObject json = withAccessToken({});
    if (!value.isUndefined())
        json.insert(u"expires_in"_s, value);
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    const TokenSet tokens = TokenSet::fromJson(json, sent);
    QCOMPARE(tokens.expiresIn(), expected);
    if (expected < 0)
        QVERIFY(!tokens.expiresAt().isValid());
    else
        QCOMPARE(tokens.expiresAt(), sent.addSecs(expected));
}

void tst_TokenSet::fromJsonNormalisesScopes_data()
{
    QTest::addColumn<QJsonValue>("scope");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("spaces (RFC 6749)") << QJsonValue(u"openid email profile"_s)
                                       << QStringList{u"openid"_s, u"email"_s, u"profile"_s};
    QTest::newRow("commas (GitHub)")
        << QJsonValue(u"read:user,user:email"_s) << QStringList{u"read:user"_s, u"user:email"_s};
    QTest::newRow("mixed and padded")
        << QJsonValue(u"  a, b  ,c\td\n"_s) << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
    QTest::newRow("duplicates") << QJsonValue(u"a b a,b c"_s)
                                << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("only separators") << QJsonValue(u" ,, "_s) << QStringList();
    QTest::newRow("empty") << QJsonValue(QString()) << QStringList();
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QStringList();
    QTest::newRow("number") << QJsonValue(42) << QStringList();
    QTest::newRow("array") << QJsonValue(QJsonArray{u"a"_s}) << QStringList();
}

void tst_TokenSet::fromJsonNormalisesScopes()
{
    QFETCH(QJsonValue, scope);
    QFETCH(QStringList, expected);
    QJsonObject json = withAccessToken({});
    if (!scope.isUndefined())
        json.insert(u"scope"_s, scope);
    QCOMPARE(TokenSet::fromJson(json).scopes(), expected);
    if (scope.isString())
        QCOMPARE(TokenSet::parseScopes(scope.toString()), expected);
}

void tst_TokenSet::fromJsonTokenTypeDefaultsToBearerAndKeepsServerCasing_data()
{
    QTest::addColumn<QJsonValue>("type");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << u"Bearer"_s;
    QTest::newRow("empty") << QJsonValue(QString()) << u"Bearer"_s;
    QTest::newRow("not a string") << QJsonValue(1) << u"Bearer"_s;
    QTest::newRow("lower case") << QJsonValue(u"bearer"_s) << u"bearer"_s;
    QTest::newRow("DPoP") << QJsonValue(u"DPoP"_s) << u"DPoP"_s;
}

void tst_TokenSet::fromJsonTokenTypeDefaultsToBearerAndKeepsServerCasing()
{
    QFETCH(QJsonValue, type);
    QFETCH(QString, expected);
    QJsonObject json = withAccessToken({});
    if (!type.isUndefined())
        json.insert(u"token_type"_s, type);
    QCOMPARE(TokenSet::fromJson(json).tokenType(), expected);
}

void tst_TokenSet::fromJsonReadsOptionalTokensOnlyFromStrings()
{
    const TokenSet tokens = TokenSet::fromJson(withAccessToken(
        {{u"refresh_token"_s, 12345}, {u"id_token"_s, QJsonObject{{u"alg"_s, u"none"_s}}}}));
    QVERIFY(!tokens.isNull());
    QVERIFY(tokens.refreshToken().isEmpty());
    QVERIFY(!tokens.hasRefreshToken());
    QVERIFY(tokens.idToken().isEmpty());
    // raw() still has what the server sent.
    QCOMPARE(tokens.raw().value(u"refresh_token"_s).toInt(), 12345);
}

void tst_TokenSet::fromJsonHonoursIssuedAt()
{
    // The request time, given in another zone, is kept as the same instant in UTC.
    const QDateTime sent(QDate(2024, 6, 1), QTime(12, 0), Qt::OffsetFromUTC, 2 * 3600);
    const TokenSet tokens = TokenSet::fromJson(withAccessToken({{u"expires_in"_s, 60}}), sent);
    QCOMPARE(tokens.issuedAt(), sent);
    QCOMPARE(tokens.issuedAt().timeSpec(), Qt::UTC);
    QCOMPARE(tokens.expiresAt(), QDateTime(QDate(2024, 6, 1), QTime(10, 1), Qt::UTC));
    // Long ago: expired whatever the leeway.
    QVERIFY(tokens.isExpired());
    QVERIFY(tokens.isExpired(-3600));
}

void tst_TokenSet::fromJsonIssuedAtDefaultsToNow()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const TokenSet tokens = TokenSet::fromJson(withAccessToken({{u"expires_in"_s, 3600}}));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(tokens.issuedAt() >= before);
    QVERIFY(tokens.issuedAt() <= after);
    QCOMPARE(tokens.issuedAt().timeSpec(), Qt::UTC);
    QVERIFY(!tokens.isExpired());
}

void tst_TokenSet::isExpiredHonoursLeeway_data()
{
    QTest::addColumn<qint64>("lifetime");
    QTest::addColumn<qint64>("age");
    QTest::addColumn<qint64>("leeway");
    QTest::addColumn<bool>("expired");
    // Margins of a minute keep the rows far from the clock ticking during the test.
    QTest::newRow("fresh") << qint64(3600) << qint64(0) << qint64(0) << false;
    QTest::newRow("fresh, inside leeway") << qint64(3600) << qint64(0) << qint64(3660) << true;
    QTest::newRow("fresh, outside leeway") << qint64(3600) << qint64(0) << qint64(3540) << false;
    QTest::newRow("old") << qint64(3600) << qint64(7200) << qint64(0) << true;
    QTest::newRow("almost expired, leeway 120")
        << qint64(3600) << qint64(3540) << qint64(120) << true;
    QTest::newRow("almost expired, no leeway")
        << qint64(3600) << qint64(3540) << qint64(0) << false;
    QTest::newRow("zero lifetime") << qint64(0) << qint64(0) << qint64(0) << true;
    QTest::newRow("negative leeway") << qint64(60) << qint64(120) << qint64(-120) << false;
}

void tst_TokenSet::isExpiredHonoursLeeway()
{
    QFETCH(qint64, lifetime);
    QFETCH(qint64, age);
    QFETCH(qint64, leeway);
    QFETCH(bool, expired);
    const TokenSet tokens = TokenSet::fromJson(withAccessToken({{u"expires_in"_s, lifetime}}),
                                               QDateTime::currentDateTimeUtc().addSecs(-age));
    QCOMPARE(tokens.isExpired(leeway), expired);
}

void tst_TokenSet::unknownLifetimeNeverExpires()
{
    const TokenSet tokens =
        TokenSet::fromJson(withAccessToken({}), QDateTime::currentDateTimeUtc().addYears(-20));
    QCOMPARE(tokens.expiresIn(), -1);
    QVERIFY(!tokens.expiresAt().isValid());
    QVERIFY(!tokens.isExpired());
    QVERIFY(!tokens.isExpired(TenYears));

    // A lifetime without a start time is just as unknown.
    TokenSet manual;
    manual.setAccessToken(u"at"_s);
    manual.setExpiresIn(60);
    QVERIFY(!manual.expiresAt().isValid());
    QVERIFY(!manual.isExpired());
}

void tst_TokenSet::authorizationHeader_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("Bearer") << u"Bearer"_s << u"abc.DEF-123_~+/="_s
                            << QByteArray("Bearer abc.DEF-123_~+/=");
    QTest::newRow("bearer normalised (RFC 6750 §2.1)")
        << u"bearer"_s << u"t"_s << QByteArray("Bearer t");
    QTest::newRow("BEARER normalised") << u"BEARER"_s << u"t"_s << QByteArray("Bearer t");
    QTest::newRow("other type kept") << u"DPoP"_s << u"t"_s << QByteArray("DPoP t");
    QTest::newRow("empty type means Bearer") << QString() << u"t"_s << QByteArray("Bearer t");
    QTest::newRow("no token") << u"Bearer"_s << QString() << QByteArray();
    QTest::newRow("CRLF injection") << u"Bearer"_s << u"t\r\nX-Evil: 1"_s << QByteArray();
    QTest::newRow("space in token") << u"Bearer"_s << u"t u"_s << QByteArray();
    QTest::newRow("non-ASCII token") << u"Bearer"_s << u"t\u00e9"_s << QByteArray();
    QTest::newRow("CRLF in type") << u"Bearer\r\nX-Evil:"_s << u"t"_s << QByteArray();
}

void tst_TokenSet::authorizationHeader()
{
    QFETCH(QString, type);
    QFETCH(QString, token);
    QFETCH(QByteArray, expected);
    TokenSet tokens;
    tokens.setTokenType(type);
    tokens.setAccessToken(token);
    QCOMPARE(tokens.authorizationHeader(), expected);
}

void tst_TokenSet::setExpiresInClampsAndUsesMinusOneForUnknown()
{
    TokenSet tokens;
    tokens.setExpiresIn(120);
    QCOMPARE(tokens.expiresIn(), 120);
    tokens.setExpiresIn(-7);
    QCOMPARE(tokens.expiresIn(), -1);
    tokens.setExpiresIn(std::numeric_limits<qint64>::max());
    QCOMPARE(tokens.expiresIn(), TenYears);
    tokens.setIssuedAt(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(tokens.expiresAt().isValid());
}

void tst_TokenSet::equalityComparesAllFields()
{
    const auto full = [] {
        TokenSet t = TokenSet::fromJson({{u"access_token"_s, u"at"_s},
                                         {u"refresh_token"_s, u"rt"_s},
                                         {u"id_token"_s, u"it"_s},
                                         {u"expires_in"_s, 60},
                                         {u"scope"_s, u"a b"_s},
                                         {u"token_type"_s, u"Bearer"_s}},
                                        QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        t.setIdTokenClaims({{u"sub"_s, u"alice"_s}});
        return t;
    };
    const TokenSet base = full();
    QVERIFY(full() == base);
    QVERIFY(!(full() != base));

    QList<TokenSet> variants;
    for (int i = 0; i < 9; ++i)
        variants.append(full());
    variants[0].setAccessToken(u"other"_s);
    variants[1].setTokenType(u"DPoP"_s);
    variants[2].setRefreshToken(u"other"_s);
    variants[3].setExpiresIn(61);
    variants[4].setIdToken(u"other"_s);
    variants[5].setScopes({u"a"_s});
    variants[6].setIssuedAt(base.issuedAt().addSecs(1));
    variants[7].setRaw({});
    variants[8].setIdTokenClaims({{u"sub"_s, u"bob"_s}});
    for (int i = 0; i < variants.size(); ++i)
        QVERIFY2(variants.at(i) != base, qPrintable(QString::number(i)));
}

void tst_TokenSet::debugOutputNeverShowsATokenOrRaw()
{
    const QString accessToken = u"AT-9f8e7d6c5b4a-DO-NOT-LOG"_s;
    const QString refreshToken = u"RT-1a2b3c4d5e6f-DO-NOT-LOG"_s;
    const QString idToken = u"eyJhbGciOiJSUzI1NiJ9.ID-TOKEN-DO-NOT-LOG.c2ln"_s;
    const QString extra = u"EXTRA-RAW-MEMBER-DO-NOT-LOG"_s;
    TokenSet tokens = TokenSet::fromJson({{u"access_token"_s, accessToken},
                                          {u"refresh_token"_s, refreshToken},
                                          {u"id_token"_s, idToken},
                                          {u"token_type"_s, u"Bearer"_s},
                                          {u"expires_in"_s, 3600},
                                          {u"scope"_s, u"openid offline_access"_s},
                                          {u"session_state"_s, extra}},
                                         QDateTime(QDate(2025, 3, 4), QTime(5, 6, 7), Qt::UTC));
    tokens.setIdTokenClaims({{u"nonce"_s, u"NONCE-DO-NOT-LOG"_s}});

    QString text;
    QDebug(&text) << tokens;
    for (const QString &secret :
         {accessToken, refreshToken, idToken, extra, u"DO-NOT-LOG"_s, u"NONCE"_s})
        QVERIFY2(!text.contains(secret), qPrintable(text));

    QVERIFY2(text.contains(u"access=yes"_s), qPrintable(text));
    QVERIFY2(text.contains(u"refresh=yes"_s), qPrintable(text));
    QVERIFY2(text.contains(u"id=yes"_s), qPrintable(text));
    QVERIFY2(text.contains(u"\"openid offline_access\""_s), qPrintable(text));
    QVERIFY2(text.contains(u"2025-03-04T06:06:07Z"_s), qPrintable(text));

    QString nullText;
    QDebug(&nullText) << TokenSet();
    QCOMPARE(nullText.trimmed(), u"QtSignIn::TokenSet(null)"_s);
}

QTEST_GUILESS_MAIN(tst_TokenSet)
#include "tst_tokenset.moc"
