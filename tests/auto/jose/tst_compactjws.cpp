// SPDX-License-Identifier: BSD-3-Clause
#include "jose/base64url_p.h"
#include "jose/compactjws_p.h"
#include "jose/jsonwebkey_p.h"

#include "testjwt.h"

#include <QtCore/QThread>
#include <QtTest/QTest>

#include <atomic>
#include <memory>

#include <openssl/err.h>

using namespace QtSignIn::Jose;
using TestJwt::Key;
using TestJwt::KeyType;

namespace {

const QJsonObject SomeClaims{{u"iss"_qs, u"https://op.example"_qs}, {u"sub"_qs, u"42"_qs}};

QByteArray enc(const QByteArray &raw)
{
    return TestJwt::b64url(raw);
}

JsonWebKey publicKeyFor(const QString &alg, const QString &crv = {})
{
    return JsonWebKey::fromJson(Key::forAlgorithm(alg, crv).publicJwk());
}

} // namespace

class tst_CompactJws : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAWellFormedToken();
    void rejectsMalformedTokens_data();
    void rejectsMalformedTokens();
    void acceptsATokenOfExactlyTheSizeLimit();
    void verifiesEveryAlgorithm_data();
    void verifiesEveryAlgorithm();
    void verifiesEcdsaSignaturesWithShortIntegers_data();
    void verifiesEcdsaSignaturesWithShortIntegers();
    void rejectsBadSignatures_data();
    void rejectsBadSignatures();
    void neverVerifiesNoneOrHmac_data();
    void neverVerifiesNoneOrHmac();
    void refusesAKeyNotUsableForTheAlgorithm();
    void verifiesRfc8037Ed25519Example();
    void verifiesRfc7515Es256Example();
    void leavesNoOpenSslErrorsBehind();
    void reusedKeyVerifiesEachTokenOnItsOwn();
    void oneKeyVerifiesFromManyThreads();
};

void tst_CompactJws::parsesAWellFormedToken()
{
    const Key &key = Key::cached(KeyType::P256);
    const QJsonObject header = TestJwt::header(u"ES256"_qs, u"k1"_qs);
    const QByteArray token = TestJwt::sign(key, header, SomeClaims);

    QString error;
    const std::optional<CompactJws> jws = CompactJws::parse(token, &error);
    QVERIFY2(jws.has_value(), qPrintable(error));
    QCOMPARE(jws->header, header);
    QCOMPARE(jws->payload, SomeClaims);
    QCOMPARE(jws->algorithm(), u"ES256"_qs);
    QCOMPARE(jws->keyId(), u"k1"_qs);
    QCOMPARE(jws->signingInput, token.left(token.lastIndexOf('.')));
    QCOMPARE(jws->signature.size(), 64);
}

void tst_CompactJws::rejectsMalformedTokens_data()
{
    QTest::addColumn<QByteArray>("token");

    const QByteArray header = enc(R"({"alg":"RS256"})");
    const QByteArray payload = enc(R"({"sub":"x"})");
    const QByteArray signature = enc("signature");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one part") << header;
    QTest::newRow("two parts") << header + '.' + payload;
    QTest::newRow("four parts") << TestJwt::join(header, payload, signature) + ".x";
    QTest::newRow("five parts (JWE)") << TestJwt::join(header, payload, signature) + ".x.y";
    QTest::newRow("only dots") << QByteArray("..");
    QTest::newRow("empty header") << TestJwt::join({}, payload, signature);
    QTest::newRow("empty payload") << TestJwt::join(header, {}, signature);
    QTest::newRow("header padded") << TestJwt::join(header + "==", payload, signature);
    QTest::newRow("header with +") << TestJwt::join("+" + header, payload, signature);
    QTest::newRow("payload with space") << TestJwt::join(header, payload + " ", signature);
    QTest::newRow("signature with padding") << TestJwt::join(header, payload, enc("sig") + "=");
    QTest::newRow("signature with /") << TestJwt::join(header, payload, "ab/c");
    QTest::newRow("signature impossible length") << TestJwt::join(header, payload, "abcde");
    QTest::newRow("header not JSON") << TestJwt::join(enc("alg=RS256"), payload, signature);
    QTest::newRow("header JSON array") << TestJwt::join(enc(R"(["RS256"])"), payload, signature);
    QTest::newRow("header without alg") << TestJwt::join(enc(R"({"kid":"1"})"), payload, signature);
    QTest::newRow("header alg not a string")
        << TestJwt::join(enc(R"({"alg":256})"), payload, signature);
    QTest::newRow("header alg empty") << TestJwt::join(enc(R"({"alg":""})"), payload, signature);
    QTest::newRow("header crit unknown")
        << TestJwt::join(enc(R"({"alg":"RS256","crit":["exp"],"exp":1})"), payload, signature);
    QTest::newRow("header crit b64 (RFC 7797)")
        << TestJwt::join(enc(R"({"alg":"RS256","crit":["b64"],"b64":false})"), payload, signature);
    QTest::newRow("header crit malformed")
        << TestJwt::join(enc(R"({"alg":"RS256","crit":"b64"})"), payload, signature);
    QTest::newRow("payload not JSON") << TestJwt::join(header, enc("hello"), signature);
    QTest::newRow("payload JSON string") << TestJwt::join(header, enc(R"("a string")"), signature);
    QTest::newRow("payload JSON array") << TestJwt::join(header, enc(R"([1,2])"), signature);
    QTest::newRow("payload JSON number") << TestJwt::join(header, enc("12"), signature);
    QTest::newRow("payload trailing garbage")
        << TestJwt::join(header, enc(R"({"sub":"x"}x)"), signature);
    QTest::newRow("payload invalid UTF-8")
        << TestJwt::join(header, enc("{\"sub\":\"\xff\xfe\"}"), signature);
    QTest::newRow("oversized") << TestJwt::join(
        header, enc("{\"sub\":\"" + QByteArray(CompactJws::MaxTokenSize, 'a') + "\"}"), signature);
}

void tst_CompactJws::rejectsMalformedTokens()
{
    QFETCH(QByteArray, token);
    QString error;
    QVERIFY(!CompactJws::parse(token, &error).has_value());
    QVERIFY(!error.isEmpty());
    // The reason never quotes the token.
    if (token.size() > 8)
        QVERIFY(!error.contains(QString::fromLatin1(token)));
}

void tst_CompactJws::acceptsATokenOfExactlyTheSizeLimit()
{
    const QByteArray header = enc(R"({"alg":"RS256"})");
    // Pick a payload after which the remaining length is one a base64url string can have
    // (never 1 mod 4), then fill it with the signature.
    QByteArray payload;
    qsizetype remaining = 0;
    for (qsizetype filler = CompactJws::MaxTokenSize * 3 / 4 - 200;; ++filler) {
        payload = enc("{\"sub\":\"" + QByteArray(filler, 'a') + "\"}");
        remaining = CompactJws::MaxTokenSize - header.size() - payload.size() - 2;
        if (remaining % 4 != 1)
            break;
    }
    const qsizetype rawLength = remaining / 4 * 3 + (remaining % 4 ? remaining % 4 - 1 : 0);
    const QByteArray signature = enc(QByteArray(rawLength, 's'));
    const QByteArray token = TestJwt::join(header, payload, signature);
    QCOMPARE(token.size(), CompactJws::MaxTokenSize);

    QString error;
    QVERIFY2(CompactJws::parse(token, &error).has_value(), qPrintable(error));
    const QByteArray oneMore = TestJwt::join(header, payload + "AA", signature);
    QVERIFY(oneMore.size() > CompactJws::MaxTokenSize);
    QVERIFY(!CompactJws::parse(oneMore, &error).has_value());
    QCOMPARE(error, u"token is too large"_qs);
}

void tst_CompactJws::verifiesEveryAlgorithm_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("crv");

    for (const char *alg :
         {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"}) {
        QTest::newRow(alg) << QString::fromLatin1(alg) << QString();
    }
    QTest::newRow("EdDSA Ed25519") << u"EdDSA"_qs << u"Ed25519"_qs;
    QTest::newRow("EdDSA Ed448") << u"EdDSA"_qs << u"Ed448"_qs;
}

void tst_CompactJws::verifiesEveryAlgorithm()
{
    QFETCH(QString, alg);
    QFETCH(QString, crv);

    const Key &key = Key::forAlgorithm(alg, crv);
    const JsonWebKey jwk = JsonWebKey::fromJson(key.publicJwk());
    QVERIFY(!jwk.isNull());

    // Many signatures: ECDSA R or S with leading zero octets exercise the DER re-encoding.
    for (int i = 0; i < 24; ++i) {
        QJsonObject claims = SomeClaims;
        claims.insert(u"n"_qs, i);
        const QByteArray token = TestJwt::sign(key, TestJwt::header(alg), claims);
        const std::optional<CompactJws> jws = CompactJws::parse(token);
        QVERIFY(jws.has_value());
        QString error;
        QVERIFY2(verifySignature(*jws, jwk, &error), qPrintable(error));
    }
}

void tst_CompactJws::verifiesEcdsaSignaturesWithShortIntegers_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<bool>("shortR"); // else short S
    for (const char *alg : {"ES256", "ES384", "ES512"}) {
        QTest::addRow("%s short R", alg) << QString::fromLatin1(alg) << true;
        QTest::addRow("%s short S", alg) << QString::fromLatin1(alg) << false;
    }
}

// R or S below 2^(8(n-1)) start with a zero octet in the JWS form and are shorter in DER
// (X.690 minimal encoding): the case a naive raw-to-DER conversion gets wrong. Sign until one
// appears (about 1 in 256 signatures for P-256/P-384, most for P-521).
void tst_CompactJws::verifiesEcdsaSignaturesWithShortIntegers()
{
    QFETCH(QString, alg);
    QFETCH(bool, shortR);

    const Key &key = Key::forAlgorithm(alg);
    const JsonWebKey jwk = JsonWebKey::fromJson(key.publicJwk());
    const int size = key.coordinateSize();
    for (int i = 0; i < 20000; ++i) {
        QJsonObject claims = SomeClaims;
        claims.insert(u"n"_qs, i);
        const QByteArray token = TestJwt::sign(key, TestJwt::header(alg), claims);
        const std::optional<CompactJws> jws = CompactJws::parse(token);
        QVERIFY(jws.has_value());
        QCOMPARE(jws->signature.size(), 2 * size);
        if (jws->signature.at(shortR ? 0 : size) != 0)
            continue;
        QString error;
        QVERIFY2(verifySignature(*jws, jwk, &error), qPrintable(error));
        return;
    }
    QFAIL("no signature with a leading zero octet was produced");
}

void tst_CompactJws::rejectsBadSignatures_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("crv");
    QTest::addColumn<QByteArray>("token");

    for (const char *name : {"RS256", "PS384", "ES256", "ES384", "ES512", "EdDSA"}) {
        const QString alg = QString::fromLatin1(name);
        const QString crv = alg == u"EdDSA" ? u"Ed25519"_qs : QString();
        const Key &key = Key::forAlgorithm(alg, crv);
        const QByteArray good = TestJwt::sign(key, TestJwt::header(alg), SomeClaims);

        QTest::addRow("%s flipped bit", name) << alg << crv << TestJwt::corruptSignature(good);
        QTest::addRow("%s truncated", name) << alg << crv << TestJwt::truncateSignature(good);
        QTest::addRow("%s empty", name) << alg << crv << good.left(good.lastIndexOf('.') + 1);
        QTest::addRow("%s tampered payload", name)
            << alg << crv << TestJwt::replacePayload(good, QJsonObject{{u"sub"_qs, u"admin"_qs}});
        QTest::addRow("%s signed by another key", name)
            << alg << crv
            << TestJwt::sign(Key::generate(key.type()), TestJwt::header(alg), SomeClaims);
        if (alg.startsWith(u"ES")) {
            // R || S of the wrong length: one octet too many, and a DER signature.
            QList<QByteArray> parts = TestJwt::parts(good);
            QByteArray raw = TestJwt::b64urlDecode(parts.at(2));
            QTest::addRow("%s one octet too long", name)
                << alg << crv << TestJwt::join(parts.at(0), parts.at(1), enc(raw + '\0'));
            QTest::addRow("%s zero R and S", name)
                << alg << crv
                << TestJwt::join(parts.at(0), parts.at(1), enc(QByteArray(raw.size(), 0)));
        }
    }
    // The other curve of the same family: an Ed448 signature against the Ed25519 key.
    const QByteArray ed448 =
        TestJwt::sign(Key::cached(KeyType::Ed448), TestJwt::header(u"EdDSA"_qs), SomeClaims);
    QTest::newRow("EdDSA Ed448 signature for Ed25519 key") << u"EdDSA"_qs << u"Ed25519"_qs << ed448;
    // RS256 signed, header says PS256 (same RSA key).
    const QJsonObject ps256 = TestJwt::header(u"PS256"_qs);
    const QByteArray input = TestJwt::signingInput(ps256, SomeClaims);
    // RFC 7518 §3.5: the salt is exactly as long as the hash; other lengths are refused.
    const std::pair<const char *, int> saltLengths[] = {
        {"0", 0}, {"20", 20}, {"max", RSA_PSS_SALTLEN_MAX}};
    for (const auto &[label, saltLength] : saltLengths) {
        QTest::addRow("PS256 with a salt of length %s", label) << u"PS256"_qs << QString()
                                                               << input + '.' +
                enc(Key::cached(KeyType::Rsa2048).signRaw(u"PS256"_qs, input, saltLength));
    }
    QTest::newRow("PKCS#1 v1.5 signature under PS256")
        << u"PS256"_qs << QString()
        << input + '.' + enc(Key::cached(KeyType::Rsa2048).signRaw(u"RS256"_qs, input));
}

void tst_CompactJws::rejectsBadSignatures()
{
    QFETCH(QString, alg);
    QFETCH(QString, crv);
    QFETCH(QByteArray, token);

    const JsonWebKey jwk = publicKeyFor(alg, crv);
    QVERIFY(!jwk.isNull());
    QString error;
    const std::optional<CompactJws> jws = CompactJws::parse(token, &error);
    QVERIFY2(jws.has_value(), qPrintable(error));
    QVERIFY(!verifySignature(*jws, jwk, &error));
    QVERIFY(!error.isEmpty());
}

void tst_CompactJws::neverVerifiesNoneOrHmac_data()
{
    QTest::addColumn<QByteArray>("token");

    const Key &rsa = Key::cached(KeyType::Rsa2048);
    QTest::newRow("none") << TestJwt::unsignedToken(TestJwt::header(u"none"_qs), SomeClaims);
    QTest::newRow("None") << TestJwt::unsignedToken(TestJwt::header(u"None"_qs), SomeClaims);
    for (const char *alg : {"HS256", "HS384", "HS512"}) {
        QTest::addRow("%s keyed with the RSA public key PEM", alg) << TestJwt::signHmac(
            rsa.publicKeyPem(), TestJwt::header(QString::fromLatin1(alg)), SomeClaims);
    }
    QTest::newRow("HS256 keyed with the JWK n")
        << TestJwt::signHmac(rsa.publicJwk().value(u"n"_qs).toString().toLatin1(),
                             TestJwt::header(u"HS256"_qs), SomeClaims);
}

void tst_CompactJws::neverVerifiesNoneOrHmac()
{
    QFETCH(QByteArray, token);
    const JsonWebKey jwk = JsonWebKey::fromJson(Key::cached(KeyType::Rsa2048).publicJwk());
    const std::optional<CompactJws> jws = CompactJws::parse(token);
    QVERIFY(jws.has_value());
    QString error;
    QVERIFY(!verifySignature(*jws, jwk, &error));
    QVERIFY(error.contains(u"unsupported algorithm"_qs));
}

void tst_CompactJws::refusesAKeyNotUsableForTheAlgorithm()
{
    // A valid RS256 signature, but the JWK says it is for encryption.
    const Key &rsa = Key::cached(KeyType::Rsa2048);
    const QByteArray token = TestJwt::sign(rsa, TestJwt::header(u"RS256"_qs), SomeClaims);
    const std::optional<CompactJws> jws = CompactJws::parse(token);
    QVERIFY(jws.has_value());

    QVERIFY(verifySignature(*jws, JsonWebKey::fromJson(rsa.publicJwk())));
    QString error;
    QVERIFY(!verifySignature(*jws, JsonWebKey::fromJson(rsa.publicJwk({}, {}, u"enc"_qs)), &error));
    QVERIFY(!verifySignature(*jws, JsonWebKey::fromJson(rsa.publicJwk({}, u"RS512"_qs)), &error));
    QVERIFY(!verifySignature(*jws, JsonWebKey(), &error));
}

void tst_CompactJws::verifiesRfc8037Ed25519Example()
{
    // RFC 8037 Appendix A.1 (key), A.4 (signature), A.5 (verification). The payload,
    // "Example of Ed25519 signing", is not a JSON object, so the struct is filled by hand.
    const QJsonObject jwk{{u"kty"_qs, u"OKP"_qs},
                          {u"crv"_qs, u"Ed25519"_qs},
                          {u"x"_qs, u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"_qs}};
    const QByteArray signingInput = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc";
    const QByteArray signature = "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5B"
                                 "hVsPt9g7sVvpAr_MuM0KAg";

    QCOMPARE(base64UrlDecode("RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc").value(),
             QByteArray("Example of Ed25519 signing"));

    const JsonWebKey key = JsonWebKey::fromJson(jwk);
    QVERIFY(!key.isNull());
    CompactJws jws;
    jws.header = QJsonObject{{u"alg"_qs, u"EdDSA"_qs}};
    jws.signingInput = signingInput;
    jws.signature = base64UrlDecode(signature).value();
    QString error;
    QVERIFY2(verifySignature(jws, key, &error), qPrintable(error));

    // Ed25519 is deterministic: the test helper's signer reproduces the RFC's signature from
    // the RFC's private key "d" (A.1), which validates the helper the other tests rely on.
    const Key rfcKey = Key::ed25519FromSeed(
        base64UrlDecode("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A").value());
    QCOMPARE(rfcKey.publicJwk({}, {}, {}), jwk);
    QCOMPARE(TestJwt::b64url(rfcKey.signRaw(u"EdDSA"_qs, signingInput)), signature);

    jws.signingInput[jws.signingInput.size() - 1] = 'h';
    QVERIFY(!verifySignature(jws, key, &error));
}

void tst_CompactJws::verifiesRfc7515Es256Example()
{
    // RFC 7515 Appendix A.3: ES256, with the raw R || S signature (and a high S, which JWS
    // does not forbid).
    const QJsonObject jwk{{u"kty"_qs, u"EC"_qs},
                          {u"crv"_qs, u"P-256"_qs},
                          {u"x"_qs, u"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"_qs},
                          {u"y"_qs, u"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"_qs}};
    const QByteArray token =
        "eyJhbGciOiJFUzI1NiJ9"
        ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290"
        "Ijp0cnVlfQ"
        ".DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";

    QString error;
    const std::optional<CompactJws> jws = CompactJws::parse(token, &error);
    QVERIFY2(jws.has_value(), qPrintable(error));
    QCOMPARE(jws->payload.value(u"iss"_qs).toString(), u"joe"_qs);
    QCOMPARE(jws->payload.value(u"exp"_qs).toInteger(), 1300819380);
    const JsonWebKey key = JsonWebKey::fromJson(jwk, &error);
    QVERIFY2(!key.isNull(), qPrintable(error));
    QVERIFY2(verifySignature(*jws, key, &error), qPrintable(error));

    CompactJws tampered = *jws;
    tampered.signature[5] = char(tampered.signature.at(5) ^ 0x80);
    QVERIFY(!verifySignature(tampered, key, &error));
}

void tst_CompactJws::leavesNoOpenSslErrorsBehind()
{
    ERR_clear_error();
    const Key &key = Key::cached(KeyType::Rsa2048);
    const QByteArray token = TestJwt::sign(key, TestJwt::header(u"RS256"_qs), SomeClaims);
    const std::optional<CompactJws> jws = CompactJws::parse(TestJwt::corruptSignature(token));
    QVERIFY(jws.has_value());
    QVERIFY(!verifySignature(*jws, JsonWebKey::fromJson(key.publicJwk())));
    QVERIFY(JsonWebKey::fromJson(Key::cached(KeyType::Rsa1024).publicJwk()).isNull());
    QCOMPARE(ERR_peek_error(), 0ul);
}

void tst_CompactJws::reusedKeyVerifiesEachTokenOnItsOwn()
{
    // One key object (and its copies) verifies many tokens with set-up contexts it keeps per
    // algorithm: a good signature must not make the next, bad one pass, nor the other way
    // round, and RS256 and PS256 with the same RSA key keep their own padding.
    const Key &rsa = Key::cached(KeyType::Rsa2048);
    const JsonWebKey jwk = JsonWebKey::fromJson(rsa.publicJwk());
    const JsonWebKey copy = jwk;
    QVERIFY(!jwk.isNull());
    const auto jwsFor = [&rsa](const QString &alg, bool corrupt) {
        QByteArray token = TestJwt::sign(rsa, TestJwt::header(alg), SomeClaims);
        if (corrupt)
            token = TestJwt::corruptSignature(token);
        return *CompactJws::parse(token);
    };
    for (int round = 0; round < 3; ++round) {
        for (const QString &alg : {u"RS256"_qs, u"PS256"_qs, u"RS384"_qs, u"PS512"_qs}) {
            QVERIFY2(verifySignature(jwsFor(alg, false), round % 2 ? copy : jwk), qPrintable(alg));
            QVERIFY2(!verifySignature(jwsFor(alg, true), round % 2 ? jwk : copy), qPrintable(alg));
        }
    }
    // A PS256 signature presented as RS256 (and the reverse) fails: the padding is the
    // algorithm's, not the last one used with this key.
    const QByteArray ps = TestJwt::sign(rsa, TestJwt::header(u"PS256"_qs), SomeClaims);
    const QByteArray rs = TestJwt::sign(rsa, TestJwt::header(u"RS256"_qs), SomeClaims);
    const QList<QByteArray> psParts = ps.split('.');
    const QList<QByteArray> rsParts = rs.split('.');
    QVERIFY(!verifySignature(
        *CompactJws::parse(rsParts.at(0) + '.' + rsParts.at(1) + '.' + psParts.at(2)), jwk));
    QVERIFY(!verifySignature(
        *CompactJws::parse(psParts.at(0) + '.' + psParts.at(1) + '.' + rsParts.at(2)), jwk));
}

void tst_CompactJws::oneKeyVerifiesFromManyThreads()
{
    const Key &ec = Key::cached(KeyType::P256);
    const JsonWebKey jwk = JsonWebKey::fromJson(ec.publicJwk());
    const CompactJws good =
        *CompactJws::parse(TestJwt::sign(ec, TestJwt::header(u"ES256"_qs), SomeClaims));
    const CompactJws bad = *CompactJws::parse(
        TestJwt::corruptSignature(TestJwt::sign(ec, TestJwt::header(u"ES256"_qs), SomeClaims)));
    std::atomic<int> wrong{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back(QThread::create([&] {
            for (int i = 0; i < 50; ++i) {
                if (!verifySignature(good, jwk) || verifySignature(bad, jwk))
                    ++wrong;
            }
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        QVERIFY(thread->wait(60000));
    QCOMPARE(wrong.load(), 0);
}

QTEST_APPLESS_MAIN(tst_CompactJws)
#include "tst_compactjws.moc"
