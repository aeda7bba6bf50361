// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/userinfo.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using QtSignIn::UserInfo;

class tst_UserInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultConstructedIsNull();
    void fromClaimsReadsTheStandardClaims();
    void fromClaimsIgnoresNonStringValues_data();
    void fromClaimsIgnoresNonStringValues();
    void emailVerified_data();
    void emailVerified();
    void pictureMustBeAWebUrl_data();
    void pictureMustBeAWebUrl();
    void displayNameFallsBack_data();
    void displayNameFallsBack();
    void equalityComparesAllFields();
};

void tst_UserInfo::defaultConstructedIsNull()
{
    const UserInfo user;
    QVERIFY(user.isNull());
    QVERIFY(user.displayName().isEmpty());
    QVERIFY(!user.isEmailVerified());
    QVERIFY(user.pictureUrl().isEmpty());
}

void tst_UserInfo::fromClaimsReadsTheStandardClaims()
{
    // The shape oidc-provider's /me returns, plus a picture.
    const QJsonObject claims{{u"sub"_s, u"alice"_s},
                             {u"name"_s, u"User alice"_s},
                             {u"preferred_username"_s, u"alice"_s},
                             {u"email"_s, u"alice@example.test"_s},
                             {u"email_verified"_s, true},
                             {u"picture"_s, u"https://cdn.example.test/a.png"_s},
                             {u"locale"_s, u"en-GB"_s}};
    const UserInfo user = UserInfo::fromClaims(claims);
    QVERIFY(!user.isNull());
    QCOMPARE(user.subject(), u"alice"_s);
    QCOMPARE(user.name(), u"User alice"_s);
    QCOMPARE(user.preferredUsername(), u"alice"_s);
    QCOMPARE(user.email(), u"alice@example.test"_s);
    QVERIFY(user.isEmailVerified());
    QCOMPARE(user.pictureUrl(), QUrl(u"https://cdn.example.test/a.png"_s));
    QCOMPARE(user.claims(), claims);
    QCOMPARE(user.displayName(), u"User alice"_s);
}

void tst_UserInfo::fromClaimsIgnoresNonStringValues_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("number") << QJsonValue(583231);
    QTest::newRow("bool") << QJsonValue(true);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("array") << QJsonValue(QJsonArray{u"alice"_s});
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"value"_s, u"alice"_s}});
}

void tst_UserInfo::fromClaimsIgnoresNonStringValues()
{
    QFETCH(QJsonValue, value);
    QJsonObject claims;
    for (const QString &key :
         {u"sub"_s, u"name"_s, u"email"_s, u"preferred_username"_s, u"picture"_s})
        claims.insert(key, value);
    const UserInfo user = UserInfo::fromClaims(claims);
    // A numeric sub (GitHub's id) is the GitHub provider's business, not fromClaims().
    QVERIFY(user.isNull());
    QVERIFY(user.subject().isEmpty());
    QVERIFY(user.name().isEmpty());
    QVERIFY(user.email().isEmpty());
    QVERIFY(user.preferredUsername().isEmpty());
    QVERIFY(user.pictureUrl().isEmpty());
    QCOMPARE(user.claims(), claims);
}

void tst_UserInfo::emailVerified_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("verified");
    QTest::newRow("true") << QJsonValue(true) << true;
    QTest::newRow("false") << QJsonValue(false) << false;
    QTest::newRow("string true (Cognito)") << QJsonValue(u"true"_s) << true;
    QTest::newRow("string TRUE") << QJsonValue(u"TRUE"_s) << true;
    QTest::newRow("string false") << QJsonValue(u"false"_s) << false;
    QTest::newRow("string yes") << QJsonValue(u"yes"_s) << false;
    QTest::newRow("number 1") << QJsonValue(1) << false;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false;
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << false;
}

void tst_UserInfo::emailVerified()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, verified);
    QJsonObject claims{{u"sub"_s, u"s"_s}, {u"email"_s, u"a@example.test"_s}};
    if (!value.isUndefined())
        claims.insert(u"email_verified"_s, value);
    QCOMPARE(UserInfo::fromClaims(claims).isEmailVerified(), verified);
}

void tst_UserInfo::pictureMustBeAWebUrl_data()
{
    QTest::addColumn<QString>("picture");
    QTest::addColumn<bool>("kept");
    QTest::newRow("https") << u"https://lh3.googleusercontent.com/a/x=s96-c"_s << true;
    QTest::newRow("http") << u"http://example.test/p.jpg"_s << true;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("data") << u"data:image/png;base64,iVBORw0KGgo="_s << false;
    QTest::newRow("qrc") << u"qrc:/icons/x.png"_s << false;
    QTest::newRow("relative") << u"/avatar.png"_s << false;
    QTest::newRow("no host") << u"https:///x.png"_s << false;
    QTest::newRow("not a URL") << u"http://exa mple.test/"_s << false;
}

void tst_UserInfo::pictureMustBeAWebUrl()
{
    QFETCH(QString, picture);
    QFETCH(bool, kept);
    const UserInfo user = UserInfo::fromClaims({{u"sub"_s, u"s"_s}, {u"picture"_s, picture}});
    QCOMPARE(user.pictureUrl().isEmpty(), !kept);
    if (kept)
        QCOMPARE(user.pictureUrl(), QUrl(picture));

    // The setter applies the same rule, for providers that map their own members.
    UserInfo manual;
    manual.setPictureUrl(QUrl(picture));
    QCOMPARE(manual.pictureUrl().isEmpty(), !kept);
}

void tst_UserInfo::displayNameFallsBack_data()
{
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<QString>("expected");
    const QJsonObject all{{u"sub"_s, u"248289761001"_s},
                          {u"name"_s, u"Jane Doe"_s},
                          {u"preferred_username"_s, u"j.doe"_s},
                          {u"email"_s, u"jane@example.test"_s}};
    QTest::newRow("name") << all << u"Jane Doe"_s;
    QJsonObject noName = all;
    noName.remove(u"name"_s);
    QTest::newRow("preferred_username") << noName << u"j.doe"_s;
    QJsonObject noUsername = noName;
    noUsername.remove(u"preferred_username"_s);
    QTest::newRow("email") << noUsername << u"jane@example.test"_s;
    QJsonObject onlySub = noUsername;
    onlySub.remove(u"email"_s);
    QTest::newRow("sub") << onlySub << u"248289761001"_s;
    QJsonObject blankName = all;
    blankName.insert(u"name"_s, u"   "_s);
    QTest::newRow("blank name skipped") << blankName << u"j.doe"_s;
}

void tst_UserInfo::displayNameFallsBack()
{
    QFETCH(QJsonObject, claims);
    QFETCH(QString, expected);
    QCOMPARE(UserInfo::fromClaims(claims).displayName(), expected);
}

void tst_UserInfo::equalityComparesAllFields()
{
    const UserInfo base = UserInfo::fromClaims({{u"sub"_s, u"s"_s},
                                                {u"name"_s, u"n"_s},
                                                {u"email"_s, u"e@example.test"_s},
                                                {u"email_verified"_s, true},
                                                {u"preferred_username"_s, u"p"_s},
                                                {u"picture"_s, u"https://x.test/p"_s}});
    UserInfo copy = base;
    QVERIFY(copy == base);
    QVERIFY(!(copy != base));

    QList<UserInfo> variants(7, base);
    variants[0].setSubject(u"other"_s);
    variants[1].setName(u"other"_s);
    variants[2].setEmail(u"other@example.test"_s);
    variants[3].setEmailVerified(false);
    variants[4].setPreferredUsername(u"other"_s);
    variants[5].setPictureUrl(QUrl(u"https://x.test/other"_s));
    variants[6].setClaims({});
    for (int i = 0; i < variants.size(); ++i)
        QVERIFY2(variants.at(i) != base, qPrintable(QString::number(i)));
    // Detaching: the changes did not leak into the shared original.
    QCOMPARE(base.subject(), u"s"_s);
}

QTEST_GUILESS_MAIN(tst_UserInfo)
#include "tst_userinfo.moc"
