// SPDX-License-Identifier: BSD-3-Clause
#include "jose/compactjws_p.h"
#include "jose/jsonwebkey_p.h"

#include "testjwt.h"

#include <QtTest/QTest>

#include <openssl/evp.h>

using namespace QtSignIn::Jose;
using TestJwt::Key;
using TestJwt::KeyType;

Q_DECLARE_METATYPE(TestJwt::KeyType)

namespace {

QJsonObject withMember(QJsonObject object, const QString &name, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(name);
    else
        object.insert(name, value);
    return object;
}

// Verifying a freshly signed token proves the parsed key is the right public key.
bool verifiesTokenFrom(const JsonWebKey &jwk, const Key &key, const QString &alg)
{
    const QByteArray token =
        TestJwt::sign(key, TestJwt::header(alg), QJsonObject{{u"sub"_qs, u"x"_qs}});
    const std::optional<CompactJws> jws = CompactJws::parse(token);
    return jws && verifySignature(*jws, jwk);
}

} // namespace

class tst_JsonWebKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSupportedPublicKeys_data();
    void parsesSupportedPublicKeys();
    void usesOnlyThePublicPartOfAPrivateJwk();
    void rejectsInvalidKeys_data();
    void rejectsInvalidKeys();
    void rejectsRsaModulusBelow2048Bits();
    void rejectsEcPointNotOnCurve_data();
    void rejectsEcPointNotOnCurve();
    void copiesShareTheOpenSslKey();
    void usabilityFollowsTypeCurveUseAlgAndKeyOps_data();
    void usabilityFollowsTypeCurveUseAlgAndKeyOps();
    void keySetSkipsUnusableKeys();
    void keySetWithoutUsableKeyIsAnError_data();
    void keySetWithoutUsableKeyIsAnError();
    void candidatesMatchKidAndAlgorithm_data();
    void candidatesMatchKidAndAlgorithm();
};

void tst_JsonWebKey::parsesSupportedPublicKeys_data()
{
    QTest::addColumn<KeyType>("type");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("bits");

    QTest::newRow("RSA 2048") << KeyType::Rsa2048 << u"RS256"_qs << 2048;
    QTest::newRow("EC P-256") << KeyType::P256 << u"ES256"_qs << 256;
    QTest::newRow("EC P-384") << KeyType::P384 << u"ES384"_qs << 384;
    QTest::newRow("EC P-521") << KeyType::P521 << u"ES512"_qs << 521;
    QTest::newRow("OKP Ed25519") << KeyType::Ed25519 << u"EdDSA"_qs << 256;
    QTest::newRow("OKP Ed448") << KeyType::Ed448 << u"EdDSA"_qs << 456;
}

void tst_JsonWebKey::parsesSupportedPublicKeys()
{
    QFETCH(KeyType, type);
    QFETCH(QString, alg);
    QFETCH(int, bits);

    const Key &key = Key::cached(type);
    QString error;
    const JsonWebKey jwk = JsonWebKey::fromJson(key.publicJwk(u"kid-1"_qs, alg), &error);
    QVERIFY2(!jwk.isNull(), qPrintable(error));
    QCOMPARE(jwk.kid(), u"kid-1"_qs);
    QCOMPARE(jwk.kty(), key.kty());
    QCOMPARE(jwk.crv(), key.crv());
    QCOMPARE(jwk.alg(), alg);
    QCOMPARE(jwk.use(), u"sig"_qs);
    QCOMPARE(jwk.bits(), bits);
    QVERIFY(jwk.evpKey());
    QVERIFY(jwk.isUsableFor(alg));
    QVERIFY(verifiesTokenFrom(jwk, key, alg));
    // The parsed key is the same public key OpenSSL generated.
    QCOMPARE(EVP_PKEY_eq(jwk.evpKey(), key.pkey()), 1);
}

void tst_JsonWebKey::usesOnlyThePublicPartOfAPrivateJwk()
{
    const Key &key = Key::cached(KeyType::P256);
    // A bogus private scalar: if it were imported, the key would be inconsistent.
    const QJsonObject jwk = withMember(key.publicJwk(u"k"_qs), u"d"_qs,
                                       u"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"_qs);
    QString error;
    const JsonWebKey parsed = JsonWebKey::fromJson(jwk, &error);
    QVERIFY2(!parsed.isNull(), qPrintable(error));
    QCOMPARE(EVP_PKEY_eq(parsed.evpKey(), key.pkey()), 1);
    QVERIFY(verifiesTokenFrom(parsed, key, u"ES256"_qs));
}

void tst_JsonWebKey::rejectsInvalidKeys_data()
{
    QTest::addColumn<QJsonObject>("jwk");

    const QJsonObject rsa = Key::cached(KeyType::Rsa2048).publicJwk();
    const QJsonObject ec = Key::cached(KeyType::P256).publicJwk();
    const QJsonObject ed = Key::cached(KeyType::Ed25519).publicJwk();
    const QString zeros32 = QString::fromLatin1(TestJwt::b64url(QByteArray(32, '\0')));

    QTest::newRow("no kty") << withMember(rsa, u"kty"_qs, QJsonValue::Undefined);
    QTest::newRow("kty not a string") << withMember(rsa, u"kty"_qs, 1);
    QTest::newRow("kty oct (symmetric)")
        << QJsonObject{{u"kty"_qs, u"oct"_qs}, {u"k"_qs, u"c2VjcmV0"_qs}};
    QTest::newRow("kty unknown") << withMember(rsa, u"kty"_qs, u"DSA"_qs);
    QTest::newRow("kid not a string") << withMember(rsa, u"kid"_qs, 42);
    QTest::newRow("alg not a string") << withMember(rsa, u"alg"_qs, QJsonArray{u"RS256"_qs});
    QTest::newRow("key_ops not an array") << withMember(rsa, u"key_ops"_qs, u"verify"_qs);
    QTest::newRow("RSA without n") << withMember(rsa, u"n"_qs, QJsonValue::Undefined);
    QTest::newRow("RSA without e") << withMember(rsa, u"e"_qs, QJsonValue::Undefined);
    QTest::newRow("RSA n padded base64")
        << withMember(rsa, u"n"_qs, QString(rsa.value(u"n"_qs).toString() + u"=="_qs));
    QTest::newRow("RSA n standard base64")
        << withMember(rsa, u"n"_qs, rsa.value(u"n"_qs).toString().replace(u'-', u'+'));
    QTest::newRow("RSA even exponent") << withMember(rsa, u"e"_qs, u"AQAA"_qs); // 65536
    QTest::newRow("RSA exponent 1") << withMember(rsa, u"e"_qs, u"AQ"_qs);
    QTest::newRow("EC without crv") << withMember(ec, u"crv"_qs, QJsonValue::Undefined);
    QTest::newRow("EC secp256k1") << withMember(ec, u"crv"_qs, u"secp256k1"_qs);
    QTest::newRow("EC crv/size mismatch") << withMember(ec, u"crv"_qs, u"P-384"_qs);
    QTest::newRow("EC without y") << withMember(ec, u"y"_qs, QJsonValue::Undefined);
    QTest::newRow("EC short x") << withMember(
        ec, u"x"_qs,
        QString::fromLatin1(TestJwt::b64url(
            TestJwt::b64urlDecode(ec.value(u"x"_qs).toString().toLatin1()).mid(1))));
    QTest::newRow("OKP X25519 (not a signing curve)") << withMember(ed, u"crv"_qs, u"X25519"_qs);
    QTest::newRow("OKP Ed448 crv with Ed25519 key") << withMember(ed, u"crv"_qs, u"Ed448"_qs);
    QTest::newRow("OKP without x") << withMember(ed, u"x"_qs, QJsonValue::Undefined);
    QTest::newRow("OKP x of 31 octets")
        << withMember(ed, u"x"_qs, QString::fromLatin1(TestJwt::b64url(QByteArray(31, '\x01'))));
    QTest::newRow("EC all-zero point")
        << withMember(withMember(ec, u"x"_qs, zeros32), u"y"_qs, zeros32);
}

void tst_JsonWebKey::rejectsInvalidKeys()
{
    QFETCH(QJsonObject, jwk);
    QString error;
    const JsonWebKey parsed = JsonWebKey::fromJson(jwk, &error);
    QVERIFY(parsed.isNull());
    QVERIFY(!parsed.evpKey());
    QVERIFY(!parsed.isUsableFor(u"RS256"_qs));
    QVERIFY(!error.isEmpty());
}

void tst_JsonWebKey::rejectsRsaModulusBelow2048Bits()
{
    const Key &weak = Key::cached(KeyType::Rsa1024);
    QString error;
    const JsonWebKey parsed = JsonWebKey::fromJson(weak.publicJwk(u"weak"_qs), &error);
    QVERIFY(parsed.isNull());
    QVERIFY2(error.contains(u"1024"_qs), qPrintable(error));

    // And a set holding only that key is unusable.
    const JsonWebKeySet set =
        JsonWebKeySet::fromJson(TestJwt::keySet({weak.publicJwk(u"weak"_qs)}), &error);
    QVERIFY(set.isEmpty());
}

void tst_JsonWebKey::rejectsEcPointNotOnCurve_data()
{
    QTest::addColumn<KeyType>("type");
    QTest::newRow("P-256") << KeyType::P256;
    QTest::newRow("P-384") << KeyType::P384;
    QTest::newRow("P-521") << KeyType::P521;
}

void tst_JsonWebKey::rejectsEcPointNotOnCurve()
{
    QFETCH(KeyType, type);
    const QJsonObject good = Key::cached(type).publicJwk(u"k"_qs);
    QVERIFY(!JsonWebKey::fromJson(good).isNull());

    // Change the last bit of y: (x, y') is no longer on the curve (y' != -y since p is odd).
    QByteArray y = TestJwt::b64urlDecode(good.value(u"y"_qs).toString().toLatin1());
    y[y.size() - 1] = char(y.at(y.size() - 1) ^ 0x01);
    const QJsonObject bad = withMember(good, u"y"_qs, QString::fromLatin1(TestJwt::b64url(y)));

    QString error;
    const JsonWebKey parsed = JsonWebKey::fromJson(bad, &error);
    QVERIFY(parsed.isNull());
    QVERIFY2(error.contains(u"curve"_qs), qPrintable(error));
}

void tst_JsonWebKey::copiesShareTheOpenSslKey()
{
    const JsonWebKey original =
        JsonWebKey::fromJson(Key::cached(KeyType::Ed25519).publicJwk(u"k"_qs));
    QVERIFY(!original.isNull());
    const JsonWebKey copy = original; // NOLINT(performance-unnecessary-copy-initialization)
    QCOMPARE(copy.evpKey(), original.evpKey());
    const JsonWebKeySet set(QList<JsonWebKey>{original});
    QCOMPARE(set.candidates(u"k"_qs, u"EdDSA"_qs).value(0).evpKey(), original.evpKey());
}

void tst_JsonWebKey::usabilityFollowsTypeCurveUseAlgAndKeyOps_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<bool>("usable");

    const QJsonObject rsa = Key::cached(KeyType::Rsa2048).publicJwk({}, {}, {});
    const QJsonObject p256 = Key::cached(KeyType::P256).publicJwk({}, {}, {});
    const QJsonObject p384 = Key::cached(KeyType::P384).publicJwk({}, {}, {});
    const QJsonObject p521 = Key::cached(KeyType::P521).publicJwk({}, {}, {});
    const QJsonObject ed25519 = Key::cached(KeyType::Ed25519).publicJwk({}, {}, {});
    const QJsonObject ed448 = Key::cached(KeyType::Ed448).publicJwk({}, {}, {});

    const QStringList rsaAlgs{u"RS256"_qs, u"RS384"_qs, u"RS512"_qs,
                              u"PS256"_qs, u"PS384"_qs, u"PS512"_qs};
    for (const QString &alg : rsaAlgs) {
        QTest::addRow("RSA for %s", qPrintable(alg)) << rsa << alg << true;
        QTest::addRow("P-256 for %s", qPrintable(alg)) << p256 << alg << false;
        QTest::addRow("Ed25519 for %s", qPrintable(alg)) << ed25519 << alg << false;
    }
    QTest::newRow("P-256 for ES256") << p256 << u"ES256"_qs << true;
    QTest::newRow("P-384 for ES384") << p384 << u"ES384"_qs << true;
    QTest::newRow("P-521 for ES512") << p521 << u"ES512"_qs << true;
    QTest::newRow("P-256 for ES384") << p256 << u"ES384"_qs << false;
    QTest::newRow("P-384 for ES256") << p384 << u"ES256"_qs << false;
    QTest::newRow("P-521 for ES256") << p521 << u"ES256"_qs << false;
    QTest::newRow("RSA for ES256") << rsa << u"ES256"_qs << false;
    QTest::newRow("Ed25519 for EdDSA") << ed25519 << u"EdDSA"_qs << true;
    QTest::newRow("Ed448 for EdDSA") << ed448 << u"EdDSA"_qs << true;
    QTest::newRow("Ed25519 for ES256") << ed25519 << u"ES256"_qs << false;
    QTest::newRow("RSA for EdDSA") << rsa << u"EdDSA"_qs << false;
    QTest::newRow("P-256 for EdDSA") << p256 << u"EdDSA"_qs << false;

    QTest::newRow("RSA for none") << rsa << u"none"_qs << false;
    QTest::newRow("RSA for HS256") << rsa << u"HS256"_qs << false;
    QTest::newRow("RSA for empty alg") << rsa << QString() << false;
    QTest::newRow("RSA for rs256 (case matters)") << rsa << u"rs256"_qs << false;

    QTest::newRow("use=sig") << withMember(rsa, u"use"_qs, u"sig"_qs) << u"RS256"_qs << true;
    QTest::newRow("use=enc") << withMember(rsa, u"use"_qs, u"enc"_qs) << u"RS256"_qs << false;
    QTest::newRow("use=other") << withMember(rsa, u"use"_qs, u"tls"_qs) << u"RS256"_qs << false;
    QTest::newRow("alg equal") << withMember(rsa, u"alg"_qs, u"PS256"_qs) << u"PS256"_qs << true;
    QTest::newRow("alg differs") << withMember(rsa, u"alg"_qs, u"RS256"_qs) << u"PS256"_qs << false;
    QTest::newRow("alg RSA-OAEP") << withMember(rsa, u"alg"_qs, u"RSA-OAEP"_qs) << u"RS256"_qs
                                  << false;
    QTest::newRow("key_ops verify")
        << withMember(rsa, u"key_ops"_qs, QJsonArray{u"verify"_qs}) << u"RS256"_qs << true;
    QTest::newRow("key_ops encrypt only")
        << withMember(rsa, u"key_ops"_qs, QJsonArray{u"encrypt"_qs}) << u"RS256"_qs << false;
    QTest::newRow("key_ops empty")
        << withMember(rsa, u"key_ops"_qs, QJsonArray{}) << u"RS256"_qs << false;
}

void tst_JsonWebKey::usabilityFollowsTypeCurveUseAlgAndKeyOps()
{
    QFETCH(QJsonObject, jwk);
    QFETCH(QString, alg);
    QFETCH(bool, usable);

    QString error;
    const JsonWebKey key = JsonWebKey::fromJson(jwk, &error);
    QVERIFY2(!key.isNull(), qPrintable(error));
    QCOMPARE(key.isUsableFor(alg), usable);
}

void tst_JsonWebKey::keySetSkipsUnusableKeys()
{
    const QJsonObject jwks = TestJwt::keySet({
        Key::cached(KeyType::Rsa1024).publicJwk(u"weak"_qs),
        QJsonObject{{u"kty"_qs, u"oct"_qs}, {u"kid"_qs, u"sym"_qs}, {u"k"_qs, u"AAAA"_qs}},
        Key::cached(KeyType::Rsa2048).publicJwk(u"rsa"_qs, u"RS256"_qs),
        QJsonObject{{u"kty"_qs, u"EC"_qs}, {u"kid"_qs, u"broken"_qs}},
        Key::cached(KeyType::P256).publicJwk(u"ec"_qs),
        Key::cached(KeyType::Ed25519).publicJwk(u"ed"_qs, {}, u"enc"_qs),
    });
    QJsonObject withJunk = jwks;
    QJsonArray keys = withJunk.value(u"keys"_qs).toArray();
    keys.append(u"not an object"_qs);
    keys.append(QJsonValue::Null);
    withJunk.insert(u"keys"_qs, keys);

    QString error;
    const JsonWebKeySet set = JsonWebKeySet::fromJson(withJunk, &error);
    QVERIFY2(!set.isEmpty(), qPrintable(error));
    // The use=enc key parses (it is a valid key); it is merely never a signature candidate.
    QStringList kids;
    for (const JsonWebKey &key : set.keys())
        kids.append(key.kid());
    QCOMPARE(kids, (QStringList{u"rsa"_qs, u"ec"_qs, u"ed"_qs}));
    QVERIFY(set.candidates(u"ed"_qs, u"EdDSA"_qs).isEmpty());
}

void tst_JsonWebKey::keySetWithoutUsableKeyIsAnError_data()
{
    QTest::addColumn<QJsonObject>("jwks");
    QTest::newRow("empty object") << QJsonObject();
    QTest::newRow("keys not an array") << QJsonObject{{u"keys"_qs, u"x"_qs}};
    QTest::newRow("keys empty") << QJsonObject{{u"keys"_qs, QJsonArray()}};
    QTest::newRow("only unsupported keys")
        << TestJwt::keySet({QJsonObject{{u"kty"_qs, u"oct"_qs}, {u"k"_qs, u"AAAA"_qs}},
                            Key::cached(KeyType::Rsa1024).publicJwk()});
}

void tst_JsonWebKey::keySetWithoutUsableKeyIsAnError()
{
    QFETCH(QJsonObject, jwks);
    QString error;
    const JsonWebKeySet set = JsonWebKeySet::fromJson(jwks, &error);
    QVERIFY(set.isEmpty());
    QVERIFY(!error.isEmpty());
}

void tst_JsonWebKey::candidatesMatchKidAndAlgorithm_data()
{
    QTest::addColumn<QString>("kid");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QStringList>("expected"); // kid + '/' + index, in set order

    QTest::newRow("kid and alg match") << u"rsa-1"_qs << u"RS256"_qs << QStringList{u"rsa-1"_qs};
    QTest::newRow("kid matches, alg not for the key")
        << u"rsa-1"_qs << u"ES256"_qs << QStringList{};
    QTest::newRow("kid matches, key alg differs") << u"rsa-1"_qs << u"PS256"_qs << QStringList{};
    QTest::newRow("unknown kid") << u"nope"_qs << u"RS256"_qs << QStringList{};
    QTest::newRow("kid is exact (case)") << u"RSA-1"_qs << u"RS256"_qs << QStringList{};
    QTest::newRow("no kid: every key for RS256")
        << QString() << u"RS256"_qs << QStringList{u"rsa-1"_qs, u""_qs};
    QTest::newRow("no kid: PS256 only the key without alg")
        << QString() << u"PS256"_qs << QStringList{u""_qs};
    QTest::newRow("no kid: ES256") << QString() << u"ES256"_qs << QStringList{u"ec"_qs};
    QTest::newRow("duplicate kid: both tried")
        << u"dup"_qs << u"EdDSA"_qs << QStringList{u"dup"_qs, u"dup"_qs};
    QTest::newRow("kid given, key without kid never matches")
        << u"x"_qs << u"RS256"_qs << QStringList{};
}

void tst_JsonWebKey::candidatesMatchKidAndAlgorithm()
{
    QFETCH(QString, kid);
    QFETCH(QString, alg);
    QFETCH(QStringList, expected);

    const Key &rsa = Key::cached(KeyType::Rsa2048);
    const JsonWebKeySet set = JsonWebKeySet::fromJson(TestJwt::keySet({
        rsa.publicJwk(u"rsa-1"_qs, u"RS256"_qs),
        rsa.publicJwk({}, {}),
        Key::cached(KeyType::P256).publicJwk(u"ec"_qs),
        Key::cached(KeyType::Ed25519).publicJwk(u"dup"_qs),
        Key::cached(KeyType::Ed448).publicJwk(u"dup"_qs),
        Key::cached(KeyType::P384).publicJwk(u"enc"_qs, {}, u"enc"_qs),
    }));
    QCOMPARE(set.size(), 6);

    QStringList kids;
    const QList<JsonWebKey> candidates = set.candidates(kid, alg);
    for (const JsonWebKey &key : candidates) {
        kids.append(key.kid());
        QVERIFY(JsonWebKeySet::isCandidate(key, kid, alg));
    }
    QCOMPARE(kids, expected);
}

QTEST_APPLESS_MAIN(tst_JsonWebKey)
#include "tst_jsonwebkey.moc"
