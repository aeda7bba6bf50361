// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/pkcechallenge.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using QtSignIn::PkceChallenge;

class tst_Pkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7636AppendixBVector();
    void defaultConstructedIsNull();
    void generateGives86UnreservedCharacters();
    void generateChallengeMatchesItsVerifier();
    void generateIsUnique();
    void validVerifiersAccepted_data();
    void validVerifiersAccepted();
    void invalidVerifiersRejected_data();
    void invalidVerifiersRejected();
    void methodIsS256();
};

void tst_Pkce::rfc7636AppendixBVector()
{
    // RFC 7636 Appendix B, all three steps: octets → verifier → challenge.
    const unsigned char octets[] = {116, 24,  223, 180, 151, 153, 224, 37,  79,  250, 96,
                                    125, 216, 173, 187, 186, 22,  212, 37,  77,  105, 214,
                                    191, 240, 91,  88,  5,   88,  83,  132, 141, 121};
    const QByteArray encoded =
        QByteArray(reinterpret_cast<const char *>(octets), sizeof(octets))
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(encoded, QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));

    const PkceChallenge pkce =
        PkceChallenge::fromVerifier(u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s);
    QVERIFY(!pkce.isNull());
    QCOMPARE(pkce.verifier(), u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s);
    QCOMPARE(pkce.challenge(), u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
}

void tst_Pkce::defaultConstructedIsNull()
{
    const PkceChallenge pkce;
    QVERIFY(pkce.isNull());
    QVERIFY(pkce.verifier().isEmpty());
    QVERIFY(pkce.challenge().isEmpty());
}

void tst_Pkce::generateGives86UnreservedCharacters()
{
    const PkceChallenge pkce = PkceChallenge::generate();
    QVERIFY(!pkce.isNull());
    // 64 bytes in base64url without padding.
    QCOMPARE(pkce.verifier().size(), 86);
    QVERIFY(PkceChallenge::isValidVerifier(pkce.verifier()));
    // base64url uses only part of the unreserved set: never '.', '~' or padding.
    static const QRegularExpression base64url(u"^[A-Za-z0-9_-]+$"_s);
    QVERIFY(base64url.match(pkce.verifier()).hasMatch());
    // SHA-256 is 32 bytes: 43 characters without padding.
    QCOMPARE(pkce.challenge().size(), 43);
    QVERIFY(base64url.match(pkce.challenge()).hasMatch());
}

void tst_Pkce::generateChallengeMatchesItsVerifier()
{
    const PkceChallenge pkce = PkceChallenge::generate();
    const QByteArray expected =
        QCryptographicHash::hash(pkce.verifier().toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(pkce.challenge().toLatin1(), expected);
    QCOMPARE(PkceChallenge::fromVerifier(pkce.verifier()).challenge(), pkce.challenge());
}

void tst_Pkce::generateIsUnique()
{
    QSet<QString> verifiers;
    QSet<QString> challenges;
    for (int i = 0; i < 1000; ++i) {
        const PkceChallenge pkce = PkceChallenge::generate();
        verifiers.insert(pkce.verifier());
        challenges.insert(pkce.challenge());
    }
    QCOMPARE(verifiers.size(), 1000);
    QCOMPARE(challenges.size(), 1000);
}

void tst_Pkce::validVerifiersAccepted_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::newRow("43 characters") << QString(43, u'a');
    QTest::newRow("128 characters") << QString(128, u'Z');
    QTest::newRow("all unreserved kinds") << u"AZaz09-._~"_s + QString(33, u'x');
}

void tst_Pkce::validVerifiersAccepted()
{
    QFETCH(QString, verifier);
    QVERIFY(PkceChallenge::isValidVerifier(verifier));
    const PkceChallenge pkce = PkceChallenge::fromVerifier(verifier);
    QVERIFY(!pkce.isNull());
    QCOMPARE(pkce.verifier(), verifier);
    QCOMPARE(pkce.challenge().size(), 43);
}

void tst_Pkce::invalidVerifiersRejected_data()
{
    QTest::addColumn<QString>("verifier");
    const QString base(43, u'a');
    QTest::newRow("empty") << QString();
    QTest::newRow("42 characters") << QString(42, u'a');
    QTest::newRow("129 characters") << QString(129, u'a');
    QTest::newRow("plus") << base + u'+';
    QTest::newRow("slash") << base + u'/';
    QTest::newRow("padding") << base + u'=';
    QTest::newRow("space") << base + u' ';
    QTest::newRow("percent") << base + u'%';
    QTest::newRow("non-ASCII letter") << base + u'\u00e9';
    QTest::newRow("non-ASCII digit") << base + u'\u0663';
    QTest::newRow("NUL") << base + QChar(u'\0');
}

void tst_Pkce::invalidVerifiersRejected()
{
    QFETCH(QString, verifier);
    QVERIFY(!PkceChallenge::isValidVerifier(verifier));
    const PkceChallenge pkce = PkceChallenge::fromVerifier(verifier);
    QVERIFY(pkce.isNull());
    QVERIFY(pkce.challenge().isEmpty());
}

void tst_Pkce::methodIsS256()
{
    QCOMPARE(PkceChallenge::method(), u"S256"_s);
}

QTEST_GUILESS_MAIN(tst_Pkce)
#include "tst_pkce.moc"
