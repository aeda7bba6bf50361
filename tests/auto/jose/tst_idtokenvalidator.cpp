// SPDX-License-Identifier: BSD-3-Clause
#include "jose/idtokenvalidator_p.h"

#include "testjwt.h"

#include <QtTest/QTest>

using namespace QtSignIn::Jose;
using TestJwt::Key;
using TestJwt::KeyType;
using Failure = IdTokenValidator::Failure;

Q_DECLARE_METATYPE(QtSignIn::Jose::IdTokenValidator::Failure)

namespace {

const QString Issuer = u"https://op.example.com"_qs;
const QString ClientId = u"qt-desktop"_qs;
const QString Nonce = u"n-0S6_WzA2Mj"_qs;
const QString AccessToken = u"jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y"_qs;
const QDateTime Now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
const qint64 T = 1700000000;

const QStringList AllAlgorithms{u"RS256"_qs, u"RS384"_qs, u"RS512"_qs, u"PS256"_qs, u"PS384"_qs,
                                u"PS512"_qs, u"ES256"_qs, u"ES384"_qs, u"ES512"_qs, u"EdDSA"_qs};

QString kidFor(const QString &alg, const QString &crv)
{
    if (alg.startsWith(u"RS") || alg.startsWith(u"PS"))
        return u"rsa"_qs;
    if (alg == u"EdDSA")
        return crv == u"Ed448" ? u"ed448"_qs : u"ed25519"_qs;
    return alg.toLower();
}

// The provider's published keys: one per type, kid but no alg (so RSA serves RS* and PS*).
QJsonObject providerJwks()
{
    return TestJwt::keySet({
        Key::cached(KeyType::Rsa2048).publicJwk(u"rsa"_qs),
        Key::cached(KeyType::P256).publicJwk(u"es256"_qs),
        Key::cached(KeyType::P384).publicJwk(u"es384"_qs),
        Key::cached(KeyType::P521).publicJwk(u"es512"_qs),
        Key::cached(KeyType::Ed25519).publicJwk(u"ed25519"_qs),
        Key::cached(KeyType::Ed448).publicJwk(u"ed448"_qs),
    });
}

QJsonObject claims(const QJsonObject &changes = {}, const QStringList &removed = {})
{
    QJsonObject c = TestJwt::idTokenClaims(Issuer, ClientId, Now);
    c.insert(u"nonce"_qs, Nonce);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        c.insert(it.key(), it.value());
    for (const QString &name : removed)
        c.remove(name);
    return c;
}

QByteArray rs256(const QJsonObject &payload, const QString &kid = u"rsa"_qs)
{
    return TestJwt::sign(Key::cached(KeyType::Rsa2048), TestJwt::header(u"RS256"_qs, kid), payload);
}

IdTokenValidator::Expectations expectations()
{
    IdTokenValidator::Expectations e;
    e.clientId = ClientId;
    e.issuer = Issuer;
    e.allowedAlgorithms = AllAlgorithms;
    e.nonce = Nonce;
    e.now = Now;
    return e;
}

} // namespace

class tst_IdTokenValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAValidTokenForEveryAlgorithm_data();
    void acceptsAValidTokenForEveryAlgorithm();
    void validatesClaims_data();
    void validatesClaims();
    void rejectsForgedOrMalformedTokens_data();
    void rejectsForgedOrMalformedTokens();
    void checksAtHashForEveryAlgorithm_data();
    void checksAtHashForEveryAlgorithm();
    void unknownKeyIsDistinctFromBadSignature();
    void triesEveryCandidateKey();
    void customIssuerCheckDecides();
    void refusesMissingConfiguration();
    void defaultsToRs256WhenNoAlgorithmIsAdvertised();
    void usesTheCurrentTimeByDefault();
    void exposesClaimsOnlyAfterTheSignatureVerified();
};

void tst_IdTokenValidator::acceptsAValidTokenForEveryAlgorithm_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("crv");
    QTest::addColumn<bool>("withKid");

    for (const QString &alg : AllAlgorithms) {
        if (alg == u"EdDSA")
            continue;
        QTest::addRow("%s", qPrintable(alg)) << alg << QString() << true;
        QTest::addRow("%s without kid", qPrintable(alg)) << alg << QString() << false;
    }
    QTest::newRow("EdDSA Ed25519") << u"EdDSA"_qs << u"Ed25519"_qs << true;
    QTest::newRow("EdDSA Ed448") << u"EdDSA"_qs << u"Ed448"_qs << true;
    QTest::newRow("EdDSA Ed448 without kid") << u"EdDSA"_qs << u"Ed448"_qs << false;
}

void tst_IdTokenValidator::acceptsAValidTokenForEveryAlgorithm()
{
    QFETCH(QString, alg);
    QFETCH(QString, crv);
    QFETCH(bool, withKid);

    const Key &key = Key::forAlgorithm(alg, crv);
    const QJsonObject header = TestJwt::header(alg, withKid ? kidFor(alg, crv) : QString());
    QJsonObject payload = claims();
    payload.insert(u"at_hash"_qs,
                   QString::fromLatin1(TestJwt::tokenHash(alg, crv, AccessToken.toUtf8())));
    const QByteArray token = TestJwt::sign(key, header, payload);

    QString error;
    const JsonWebKeySet keys = JsonWebKeySet::fromJson(providerJwks(), &error);
    QVERIFY2(!keys.isEmpty(), qPrintable(error));
    IdTokenValidator::Expectations e = expectations();
    e.accessToken = AccessToken;
    const IdTokenValidator::Result result = IdTokenValidator::validate(token, keys, e);
    QVERIFY2(result.isValid(), qPrintable(result.detail));
    QCOMPARE(result.failure, Failure::None);
    QCOMPARE(result.claims, payload);
    QCOMPARE(result.header, header);
}

// Claim rules (OIDC Core §2, §3.1.3.7) on RS256 tokens signed with the right key.
void tst_IdTokenValidator::validatesClaims_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("nonce");
    QTest::addColumn<int>("leeway");
    QTest::addColumn<qint64>("maxIatAge");
    QTest::addColumn<Failure>("expected");

    const auto row = [](const char *name, const QJsonObject &payload, Failure expected,
                        const QString &nonce = Nonce, int leeway = 120, qint64 maxIatAge = 0) {
        QTest::newRow(name) << payload << nonce << leeway << maxIatAge << expected;
    };
    const QJsonArray twoAudiences{ClientId, u"other-client"_qs};

    row("valid", claims(), Failure::None);
    row("iss mismatch", claims({{u"iss"_qs, u"https://evil.example.com"_qs}}), Failure::Issuer);
    row("iss with trailing slash", claims({{u"iss"_qs, QString(Issuer + u'/')}}), Failure::Issuer);
    row("iss differs in case", claims({{u"iss"_qs, Issuer.toUpper()}}), Failure::Issuer);
    row("aud mismatch", claims({{u"aud"_qs, u"other-client"_qs}}), Failure::Audience);
    row("aud array without the client", claims({{u"aud"_qs, QJsonArray{u"a"_qs, u"b"_qs}}}),
        Failure::Audience);
    row("aud empty array", claims({{u"aud"_qs, QJsonArray{}}}), Failure::Audience);
    row("aud single-entry array", claims({{u"aud"_qs, QJsonArray{ClientId}}}), Failure::None);
    row("aud array without azp", claims({{u"aud"_qs, twoAudiences}}), Failure::AuthorizedParty);
    row("aud array with azp", claims({{u"aud"_qs, twoAudiences}, {u"azp"_qs, ClientId}}),
        Failure::None);
    row("aud array with wrong azp",
        claims({{u"aud"_qs, twoAudiences}, {u"azp"_qs, u"other-client"_qs}}),
        Failure::AuthorizedParty);
    row("azp mismatch with single aud", claims({{u"azp"_qs, u"other-client"_qs}}),
        Failure::AuthorizedParty);
    row("azp equal with single aud", claims({{u"azp"_qs, ClientId}}), Failure::None);
    row("azp not a string", claims({{u"azp"_qs, 1}}), Failure::AuthorizedParty);

    row("expired beyond leeway", claims({{u"exp"_qs, double(T - 121)}}), Failure::Expired);
    row("expired at the leeway edge", claims({{u"exp"_qs, double(T - 120)}}), Failure::Expired);
    row("expired within leeway", claims({{u"exp"_qs, double(T - 119)}}), Failure::None);
    row("expired, no leeway", claims({{u"exp"_qs, double(T)}}), Failure::Expired, Nonce, 0);
    row("expires in a second, no leeway", claims({{u"exp"_qs, double(T + 1)}}), Failure::None,
        Nonce, 0);
    row("negative leeway counts as none", claims({{u"exp"_qs, double(T + 1)}}), Failure::None,
        Nonce, -500);
    row("fractional exp", claims({{u"exp"_qs, T + 0.5}}), Failure::None, Nonce, 0);
    row("nbf in the future", claims({{u"nbf"_qs, double(T + 121)}}), Failure::NotYetValid);
    row("nbf within leeway", claims({{u"nbf"_qs, double(T + 120)}}), Failure::None);
    row("nbf in the past", claims({{u"nbf"_qs, double(T - 10)}}), Failure::None);
    row("iat in the future", claims({{u"iat"_qs, double(T + 121)}}), Failure::IssuedInFuture);
    row("iat within leeway", claims({{u"iat"_qs, double(T + 100)}}), Failure::None);
    row("iat older than the max age", claims({{u"iat"_qs, double(T - 700)}}), Failure::Expired,
        Nonce, 120, 300);
    row("iat within max age and leeway", claims({{u"iat"_qs, double(T - 400)}}), Failure::None,
        Nonce, 120, 300);
    row("old iat without max age", claims({{u"iat"_qs, double(T - 86400)}}), Failure::None);

    row("nonce mismatch", claims({{u"nonce"_qs, u"n-0S6_WzA2Mk"_qs}}), Failure::Nonce);
    row("nonce prefix", claims({{u"nonce"_qs, Nonce.left(4)}}), Failure::Nonce);
    row("nonce missing when expected", claims({}, {u"nonce"_qs}), Failure::Nonce);
    row("nonce not a string", claims({{u"nonce"_qs, 7}}), Failure::Nonce);
    row("nonce present, none expected", claims(), Failure::None, QString());
    row("no nonce, none expected", claims({}, {u"nonce"_qs}), Failure::None, QString());

    row("missing iss", claims({}, {u"iss"_qs}), Failure::MissingClaim);
    row("missing sub", claims({}, {u"sub"_qs}), Failure::MissingClaim);
    row("missing aud", claims({}, {u"aud"_qs}), Failure::MissingClaim);
    row("missing exp", claims({}, {u"exp"_qs}), Failure::MissingClaim);
    row("missing iat", claims({}, {u"iat"_qs}), Failure::MissingClaim);
    row("exp as a string", claims({{u"exp"_qs, QString::number(T + 3600)}}), Failure::Malformed);
    row("iat as a string", claims({{u"iat"_qs, QString::number(T)}}), Failure::Malformed);
    row("nbf as a string", claims({{u"nbf"_qs, QString::number(T)}}), Failure::Malformed);
    row("exp null", claims({{u"exp"_qs, QJsonValue::Null}}), Failure::Malformed);
    row("sub empty", claims({{u"sub"_qs, QString()}}), Failure::Malformed);
    row("sub a number", claims({{u"sub"_qs, 42}}), Failure::Malformed);
    row("iss a number", claims({{u"iss"_qs, 42}}), Failure::Malformed);
    row("aud a number", claims({{u"aud"_qs, 42}}), Failure::Malformed);
    row("aud array with a number", claims({{u"aud"_qs, QJsonArray{ClientId, 42}}}),
        Failure::Malformed);
}

void tst_IdTokenValidator::validatesClaims()
{
    QFETCH(QJsonObject, payload);
    QFETCH(QString, nonce);
    QFETCH(int, leeway);
    QFETCH(qint64, maxIatAge);
    QFETCH(Failure, expected);

    const JsonWebKeySet keys = JsonWebKeySet::fromJson(providerJwks());
    IdTokenValidator::Expectations e = expectations();
    e.nonce = nonce;
    e.leewaySeconds = leeway;
    e.maxIatAgeSeconds = maxIatAge;
    const QByteArray token = rs256(payload);
    const IdTokenValidator::Result result = IdTokenValidator::validate(token, keys, e);
    QCOMPARE(result.failure, expected);
    QCOMPARE(result.isValid(), expected == Failure::None);
    if (expected != Failure::None) {
        QVERIFY(!result.detail.isEmpty());
        QVERIFY2(!result.detail.contains(Nonce), qPrintable(result.detail));
        QVERIFY(!result.detail.contains(QString::fromLatin1(TestJwt::parts(token).at(2))));
    }
}

void tst_IdTokenValidator::rejectsForgedOrMalformedTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QJsonObject>("jwks");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<Failure>("expected");

    const QJsonObject jwks = providerJwks();
    const QJsonObject payload = claims();
    const Key &rsa = Key::cached(KeyType::Rsa2048);
    const Key &p256 = Key::cached(KeyType::P256);
    const QByteArray good = rs256(payload);
    const QStringList everything = AllAlgorithms + QStringList{u"none"_qs, u"HS256"_qs};

    // --- algorithm ---
    QTest::newRow("alg none, even if listed")
        << TestJwt::unsignedToken(TestJwt::header(u"none"_qs, u"rsa"_qs), payload) << jwks
        << everything << Failure::UnsupportedAlgorithm;
    QTest::newRow("alg none with a copied signature")
        << TestJwt::join(TestJwt::b64url(TestJwt::compactJson(TestJwt::header(u"none"_qs))),
                         TestJwt::parts(good).at(1), TestJwt::parts(good).at(2))
        << jwks << everything << Failure::UnsupportedAlgorithm;
    QTest::newRow("HS256 keyed with the RSA public key, even if listed")
        << TestJwt::signHmac(rsa.publicKeyPem(), TestJwt::header(u"HS256"_qs, u"rsa"_qs), payload)
        << jwks << everything << Failure::UnsupportedAlgorithm;
    QTest::newRow("HS512 keyed with the RSA public key")
        << TestJwt::signHmac(rsa.publicKeyPem(), TestJwt::header(u"HS512"_qs), payload) << jwks
        << everything << Failure::UnsupportedAlgorithm;
    QTest::newRow("alg not in the allowed list")
        << good << jwks << QStringList{u"ES256"_qs, u"PS256"_qs} << Failure::UnsupportedAlgorithm;
    QTest::newRow("ES256 when only RS256 is allowed (default)")
        << TestJwt::sign(p256, TestJwt::header(u"ES256"_qs, u"es256"_qs), payload) << jwks
        << QStringList() << Failure::UnsupportedAlgorithm;
    QTest::newRow("allowed but unsupported alg")
        << TestJwt::join(TestJwt::b64url(R"({"alg":"ES256K"})"), TestJwt::parts(good).at(1),
                         TestJwt::parts(good).at(2))
        << jwks << QStringList{u"ES256K"_qs} << Failure::UnsupportedAlgorithm;

    // --- key selection: keys come from the JWK Set only ---
    QTest::newRow("ES256 header naming the RSA key (kty mismatch)")
        << TestJwt::sign(p256, TestJwt::header(u"ES256"_qs, u"rsa"_qs), payload) << jwks
        << AllAlgorithms << Failure::UnknownKey;
    QTest::newRow("ES256 token, set has only RSA")
        << TestJwt::sign(p256, TestJwt::header(u"ES256"_qs), payload)
        << TestJwt::keySet({rsa.publicJwk(u"rsa"_qs)}) << AllAlgorithms << Failure::UnknownKey;
    QTest::newRow("signing key published with use=enc is ignored")
        << good << TestJwt::keySet({rsa.publicJwk(u"rsa"_qs, {}, u"enc"_qs)}) << AllAlgorithms
        << Failure::UnknownKey;
    QTest::newRow("signing key published with key_ops [encrypt]") << good << TestJwt::keySet({[&] {
        QJsonObject k = rsa.publicJwk(u"rsa"_qs, {}, {});
        k.insert(u"key_ops"_qs, QJsonArray{u"encrypt"_qs});
        return k;
    }()}) << AllAlgorithms << Failure::UnknownKey;
    QTest::newRow("key alg RS512, token RS256")
        << good << TestJwt::keySet({rsa.publicJwk(u"rsa"_qs, u"RS512"_qs)}) << AllAlgorithms
        << Failure::UnknownKey;
    QTest::newRow("unknown kid") << rs256(payload, u"rotated-away"_qs) << jwks << AllAlgorithms
                                 << Failure::UnknownKey;
    {
        // The attacker signs with their own key and points at it through every header that
        // can carry or locate a key. None may be used.
        const Key attacker = Key::generate(KeyType::P256);
        QJsonObject h = TestJwt::header(u"ES256"_qs, u"es256"_qs);
        h.insert(u"jwk"_qs, attacker.publicJwk(u"es256"_qs));
        h.insert(u"jku"_qs, u"https://attacker.example/jwks.json"_qs);
        h.insert(u"x5u"_qs, u"https://attacker.example/cert.pem"_qs);
        h.insert(u"x5c"_qs, QJsonArray{u"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"_qs});
        QTest::newRow("jwk/jku/x5u headers pointing to an attacker key, legit kid")
            << TestJwt::sign(attacker, h, payload) << jwks << AllAlgorithms
            << Failure::BadSignature;
        h.insert(u"kid"_qs, u"attacker"_qs);
        QTest::newRow("jwk header with the attacker's kid")
            << TestJwt::sign(attacker, h, payload) << jwks << AllAlgorithms << Failure::UnknownKey;
        h.remove(u"kid"_qs);
        QTest::newRow("jwk header without kid") << TestJwt::sign(attacker, h, payload) << jwks
                                                << AllAlgorithms << Failure::BadSignature;
    }

    // --- signature ---
    QTest::newRow("tampered payload")
        << TestJwt::replacePayload(good, claims({{u"sub"_qs, u"admin"_qs}})) << jwks
        << AllAlgorithms << Failure::BadSignature;
    QTest::newRow("flipped signature bit")
        << TestJwt::corruptSignature(good) << jwks << AllAlgorithms << Failure::BadSignature;
    QTest::newRow("truncated signature")
        << TestJwt::truncateSignature(good, 3) << jwks << AllAlgorithms << Failure::BadSignature;
    QTest::newRow("empty signature")
        << good.left(good.lastIndexOf('.') + 1) << jwks << AllAlgorithms << Failure::BadSignature;
    {
        const QByteArray es = TestJwt::sign(Key::cached(KeyType::P384),
                                            TestJwt::header(u"ES384"_qs, u"es384"_qs), payload);
        QTest::newRow("ES384 signature one octet short")
            << TestJwt::truncateSignature(es, 1) << jwks << AllAlgorithms << Failure::BadSignature;
        QList<QByteArray> parts = TestJwt::parts(es);
        const QByteArray raw = TestJwt::b64urlDecode(parts.at(2));
        QTest::newRow("ES384 signature with an extra octet")
            << TestJwt::join(parts.at(0), parts.at(1), TestJwt::b64url(raw + '\x01')) << jwks
            << AllAlgorithms << Failure::BadSignature;
    }

    // --- structure ---
    const QList<QByteArray> parts = TestJwt::parts(good);
    QTest::newRow("bad base64 in payload")
        << TestJwt::join(parts.at(0), parts.at(1) + "*", parts.at(2)) << jwks << AllAlgorithms
        << Failure::Malformed;
    QTest::newRow("padded signature") << good + "=" << jwks << AllAlgorithms << Failure::Malformed;
    QTest::newRow("two parts") << parts.at(0) + '.' + parts.at(1) << jwks << AllAlgorithms
                               << Failure::Malformed;
    QTest::newRow("four parts") << good + ".AAAA" << jwks << AllAlgorithms << Failure::Malformed;
    QTest::newRow("oversized") << rs256(claims({{u"pad"_qs, QString(70000, u'x')}})) << jwks
                               << AllAlgorithms << Failure::Malformed;
    QTest::newRow("payload a JSON array")
        << TestJwt::sign(rsa, TestJwt::header(u"RS256"_qs, u"rsa"_qs), QJsonObject())
               .replace(TestJwt::b64url("{}"), TestJwt::b64url("[]"))
        << jwks << AllAlgorithms << Failure::Malformed;
    QTest::newRow("crit header") << TestJwt::sign(rsa,
                                                  QJsonObject{{u"alg"_qs, u"RS256"_qs},
                                                              {u"kid"_qs, u"rsa"_qs},
                                                              {u"crit"_qs, QJsonArray{u"exp"_qs}},
                                                              {u"exp"_qs, 1}},
                                                  payload)
                                 << jwks << AllAlgorithms << Failure::Malformed;
    QTest::newRow("kid not a string")
        << TestJwt::sign(rsa, QJsonObject{{u"alg"_qs, u"RS256"_qs}, {u"kid"_qs, 1}}, payload)
        << jwks << AllAlgorithms << Failure::Malformed;
}

void tst_IdTokenValidator::rejectsForgedOrMalformedTokens()
{
    QFETCH(QByteArray, token);
    QFETCH(QJsonObject, jwks);
    QFETCH(QStringList, allowed);
    QFETCH(Failure, expected);

    QString error;
    const JsonWebKeySet keys = JsonWebKeySet::fromJson(jwks, &error);
    QVERIFY2(!keys.isEmpty(), qPrintable(error));
    IdTokenValidator::Expectations e = expectations();
    e.allowedAlgorithms = allowed;
    const IdTokenValidator::Result result = IdTokenValidator::validate(token, keys, e);
    QVERIFY2(result.failure == expected, qPrintable(result.detail));
    QVERIFY(!result.isValid());
    QVERIFY(!result.detail.isEmpty());
    QVERIFY(result.claims.isEmpty());
    QVERIFY(!result.detail.contains(QString::fromLatin1(token)));
}

void tst_IdTokenValidator::checksAtHashForEveryAlgorithm_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("crv");
    QTest::addColumn<QString>("atHash");
    QTest::addColumn<Failure>("expected");

    const QByteArray accessToken = AccessToken.toUtf8();
    const auto algorithms = {std::pair{"RS256", ""}, {"RS384", ""}, {"RS512", ""},
                             {"PS256", ""},          {"PS512", ""}, {"ES256", ""},
                             {"ES384", ""},          {"ES512", ""}, {"EdDSA", "Ed25519"},
                             {"EdDSA", "Ed448"}};
    for (const auto &[algName, crvName] : algorithms) {
        const QString alg = QString::fromLatin1(algName);
        const QString crv = QString::fromLatin1(crvName);
        const QString good = QString::fromLatin1(TestJwt::tokenHash(alg, crv, accessToken));
        const QString ofOther =
            QString::fromLatin1(TestJwt::tokenHash(alg, crv, accessToken + 'x'));
        QTest::addRow("%s %s good", algName, crvName) << alg << crv << good << Failure::None;
        QTest::addRow("%s %s mismatch", algName, crvName)
            << alg << crv << ofOther << Failure::AtHash;
        QTest::addRow("%s %s full hash", algName, crvName)
            << alg << crv << good + good << Failure::AtHash;
    }
    // at_hash with a different hash than the alg's: SHA-256 half under RS512.
    QTest::newRow("RS512 with a SHA-256 at_hash")
        << u"RS512"_qs << QString()
        << QString::fromLatin1(TestJwt::tokenHash(u"RS256"_qs, {}, accessToken)) << Failure::AtHash;
    // Ed448 with the Ed25519 rule (SHA-512).
    QTest::newRow("Ed448 with a SHA-512 at_hash")
        << u"EdDSA"_qs << u"Ed448"_qs
        << QString::fromLatin1(TestJwt::tokenHash(u"EdDSA"_qs, u"Ed25519"_qs, accessToken))
        << Failure::AtHash;
    QTest::newRow("at_hash padded")
        << u"RS256"_qs << QString()
        << QString::fromLatin1(TestJwt::tokenHash(u"RS256"_qs, {}, accessToken)) + u"=="_qs
        << Failure::AtHash;
}

void tst_IdTokenValidator::checksAtHashForEveryAlgorithm()
{
    QFETCH(QString, alg);
    QFETCH(QString, crv);
    QFETCH(QString, atHash);
    QFETCH(Failure, expected);

    const JsonWebKeySet keys = JsonWebKeySet::fromJson(providerJwks());
    const QByteArray token =
        TestJwt::sign(Key::forAlgorithm(alg, crv), TestJwt::header(alg, kidFor(alg, crv)),
                      claims({{u"at_hash"_qs, atHash}}));
    IdTokenValidator::Expectations e = expectations();
    e.accessToken = AccessToken;
    IdTokenValidator::Result result = IdTokenValidator::validate(token, keys, e);
    QVERIFY2(result.failure == expected, qPrintable(result.detail));
    if (expected == Failure::None)
        QCOMPARE(IdTokenValidator::tokenHash(alg, crv, AccessToken.toUtf8()), atHash.toLatin1());

    // Without an access token to compare with, at_hash is not checked (code flow: optional).
    e.accessToken.clear();
    result = IdTokenValidator::validate(token, keys, e);
    QVERIFY2(result.isValid(), qPrintable(result.detail));
}

void tst_IdTokenValidator::unknownKeyIsDistinctFromBadSignature()
{
    // After a key rotation the provider signs with a new kid: UnknownKey tells the caller to
    // refetch the JWKS once; with the new set, the same token validates.
    const Key rotated = Key::generate(KeyType::P256);
    const QByteArray token =
        TestJwt::sign(rotated, TestJwt::header(u"ES256"_qs, u"2024-06"_qs), claims());
    const IdTokenValidator::Expectations e = expectations();

    IdTokenValidator::Result result =
        IdTokenValidator::validate(token, JsonWebKeySet::fromJson(providerJwks()), e);
    QCOMPARE(result.failure, Failure::UnknownKey);
    QVERIFY(result.detail.contains(u"2024-06"_qs));
    QCOMPARE(result.header.value(u"kid"_qs).toString(), u"2024-06"_qs);

    QJsonObject refreshed = providerJwks();
    QJsonArray keys = refreshed.value(u"keys"_qs).toArray();
    keys.append(rotated.publicJwk(u"2024-06"_qs));
    refreshed.insert(u"keys"_qs, keys);
    result = IdTokenValidator::validate(token, JsonWebKeySet::fromJson(refreshed), e);
    QVERIFY2(result.isValid(), qPrintable(result.detail));

    // Same kid, different key material: that is a bad signature, not an unknown key.
    keys.removeLast();
    keys.append(Key::generate(KeyType::P256).publicJwk(u"2024-06"_qs));
    refreshed.insert(u"keys"_qs, keys);
    result = IdTokenValidator::validate(token, JsonWebKeySet::fromJson(refreshed), e);
    QCOMPARE(result.failure, Failure::BadSignature);
}

void tst_IdTokenValidator::triesEveryCandidateKey()
{
    const Key &signer = Key::cached(KeyType::P256);
    const Key other1 = Key::generate(KeyType::P256);
    const Key other2 = Key::generate(KeyType::P256);
    const QJsonObject payload = claims();

    // No kid: every ES256 key is a candidate; the right one is last.
    JsonWebKeySet keys = JsonWebKeySet::fromJson(TestJwt::keySet(
        {other1.publicJwk(u"a"_qs), other2.publicJwk(u"b"_qs), signer.publicJwk(u"c"_qs)}));
    QByteArray token = TestJwt::sign(signer, TestJwt::header(u"ES256"_qs), payload);
    IdTokenValidator::Result result = IdTokenValidator::validate(token, keys, expectations());
    QVERIFY2(result.isValid(), qPrintable(result.detail));

    // Duplicate kid: both keys with that kid are tried.
    keys = JsonWebKeySet::fromJson(
        TestJwt::keySet({other1.publicJwk(u"dup"_qs), signer.publicJwk(u"dup"_qs)}));
    token = TestJwt::sign(signer, TestJwt::header(u"ES256"_qs, u"dup"_qs), payload);
    result = IdTokenValidator::validate(token, keys, expectations());
    QVERIFY2(result.isValid(), qPrintable(result.detail));

    // With a kid, keys carrying another kid are not tried even if they would verify.
    keys = JsonWebKeySet::fromJson(
        TestJwt::keySet({other1.publicJwk(u"k1"_qs), signer.publicJwk(u"k2"_qs)}));
    token = TestJwt::sign(signer, TestJwt::header(u"ES256"_qs, u"k1"_qs), payload);
    result = IdTokenValidator::validate(token, keys, expectations());
    QCOMPARE(result.failure, Failure::BadSignature);
}

void tst_IdTokenValidator::customIssuerCheckDecides()
{
    // Microsoft's multi-tenant issuer template: iss must be the template filled with the
    // token's own tid (REFERENCE.md, fault 2).
    IdTokenValidator::Expectations e = expectations();
    e.issuer.clear();
    int calls = 0;
    e.checkIssuer = [&calls](const QString &iss, const QJsonObject &c) {
        ++calls;
        const QString expected =
            u"https://login.microsoftonline.com/"_qs + c.value(u"tid"_qs).toString() + u"/v2.0"_qs;
        return iss == expected ? QString() : u"not the tenant's issuer"_qs;
    };
    const JsonWebKeySet keys = JsonWebKeySet::fromJson(providerJwks());
    const QString tid = u"9188040d-6c67-4c5b-b112-36a304b66dad"_qs;
    const QString iss = u"https://login.microsoftonline.com/"_qs + tid + u"/v2.0"_qs;

    IdTokenValidator::Result result =
        IdTokenValidator::validate(rs256(claims({{u"iss"_qs, iss}, {u"tid"_qs, tid}})), keys, e);
    QVERIFY2(result.isValid(), qPrintable(result.detail));
    QCOMPARE(calls, 1);

    result = IdTokenValidator::validate(
        rs256(claims({{u"iss"_qs, iss}, {u"tid"_qs, u"other-tenant"_qs}})), keys, e);
    QCOMPARE(result.failure, Failure::Issuer);
    QVERIFY(result.detail.contains(u"not the tenant's issuer"_qs));
    QVERIFY(result.detail.contains(iss));
}

void tst_IdTokenValidator::refusesMissingConfiguration()
{
    const JsonWebKeySet keys = JsonWebKeySet::fromJson(providerJwks());
    const QByteArray token = rs256(claims());

    IdTokenValidator::Expectations e = expectations();
    e.issuer.clear();
    QCOMPARE(IdTokenValidator::validate(token, keys, e).failure, Failure::Issuer);

    e = expectations();
    e.clientId.clear();
    QCOMPARE(IdTokenValidator::validate(token, keys, e).failure, Failure::Audience);

    QCOMPARE(IdTokenValidator::validate(token, JsonWebKeySet(), expectations()).failure,
             Failure::UnknownKey);
}

void tst_IdTokenValidator::defaultsToRs256WhenNoAlgorithmIsAdvertised()
{
    const JsonWebKeySet keys = JsonWebKeySet::fromJson(providerJwks());
    IdTokenValidator::Expectations e = expectations();
    e.allowedAlgorithms.clear();
    IdTokenValidator::Result result = IdTokenValidator::validate(rs256(claims()), keys, e);
    QVERIFY2(result.isValid(), qPrintable(result.detail));

    const QByteArray ps256 = TestJwt::sign(Key::cached(KeyType::Rsa2048),
                                           TestJwt::header(u"PS256"_qs, u"rsa"_qs), claims());
    QCOMPARE(IdTokenValidator::validate(ps256, keys, e).failure, Failure::UnsupportedAlgorithm);
}

void tst_IdTokenValidator::usesTheCurrentTimeByDefault()
{
    const JsonWebKeySet keys = JsonWebKeySet::fromJson(providerJwks());
    IdTokenValidator::Expectations e = expectations();
    e.now = QDateTime();
    e.nonce.clear();
    // Claims minted at the fixed test time (2023) are long expired now.
    QCOMPARE(IdTokenValidator::validate(rs256(claims()), keys, e).failure, Failure::Expired);

    const QJsonObject fresh =
        TestJwt::idTokenClaims(Issuer, ClientId, QDateTime::currentDateTimeUtc());
    const IdTokenValidator::Result result = IdTokenValidator::validate(rs256(fresh), keys, e);
    QVERIFY2(result.isValid(), qPrintable(result.detail));
}

void tst_IdTokenValidator::exposesClaimsOnlyAfterTheSignatureVerified()
{
    const JsonWebKeySet keys = JsonWebKeySet::fromJson(providerJwks());
    const QByteArray forged = TestJwt::corruptSignature(rs256(claims()));
    IdTokenValidator::Result result = IdTokenValidator::validate(forged, keys, expectations());
    QCOMPARE(result.failure, Failure::BadSignature);
    QVERIFY(result.claims.isEmpty());
    QCOMPARE(result.header.value(u"kid"_qs).toString(), u"rsa"_qs);

    // A claim failure after a good signature still reports the (verified) claims.
    result =
        IdTokenValidator::validate(rs256(claims({{u"aud"_qs, u"x"_qs}})), keys, expectations());
    QCOMPARE(result.failure, Failure::Audience);
    QCOMPARE(result.claims.value(u"aud"_qs).toString(), u"x"_qs);
}

QTEST_APPLESS_MAIN(tst_IdTokenValidator)
#include "tst_idtokenvalidator.moc"
