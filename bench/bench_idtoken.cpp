// SPDX-License-Identifier: BSD-3-Clause
// Goal 1 (issue 7): ID-token validation throughput. The full IdTokenValidator::validate()
// (parse, algorithm policy, key lookup, signature, claims) against a bare OpenSSL
// EVP_DigestVerify of the same token with the same EVP_PKEY: what any verifier must pay at
// least. Goal: the full validation runs at >= 0.85 of the bare verify rate.
//
// The two are timed in alternating batches (baseline, full, baseline, full…) and the figure is
// the median of the per-round rate ratios, so that a noisy neighbour slows both sides alike.

#include "benchcommon.h"
#include "jose/compactjws_p.h"
#include "jose/idtokenvalidator_p.h"
#include "jose/jsonwebkey_p.h"
#include "testjwt.h"

#include <QtCore/QJsonArray>

#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <ctime>

using namespace QtSignIn;

namespace {

struct Case
{
    QString alg;
    TestJwt::KeyType keyType;
    QString label;
};

// What a bare verifier does per token: a context, the key and digest, the padding the
// algorithm needs, one EVP_DigestVerify. The signature is decoded (and for ECDSA re-encoded as
// DER) once, outside the timing: that is parsing, which the bare side is spared.
struct BareVerifier
{
    EVP_PKEY *key = nullptr;
    const char *digest = nullptr; // nullptr: EdDSA
    bool pss = false;
    QByteArray signature;
    QByteArray signingInput;

    bool verify() const
    {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        EVP_PKEY_CTX *pctx = nullptr;
        bool ok =
            ctx && EVP_DigestVerifyInit_ex(ctx, &pctx, digest, nullptr, nullptr, key, nullptr) == 1;
        if (ok && pss) {
            ok = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1 &&
                EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) == 1;
        }
        ok = ok &&
            EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                             size_t(signature.size()),
                             reinterpret_cast<const unsigned char *>(signingInput.constData()),
                             size_t(signingInput.size())) == 1;
        EVP_MD_CTX_free(ctx);
        return ok;
    }
};

QByteArray rawToDer(const QByteArray &raw)
{
    const int half = int(raw.size() / 2);
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *r = BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()), half, nullptr);
    BIGNUM *s =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()) + half, half, nullptr);
    ECDSA_SIG_set0(sig, r, s);
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(sig, &der);
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    return out;
}

// This thread's CPU time in seconds: on a shared machine the wall clock also counts the time
// other processes had the core, which would land on whichever side happened to be running.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// CPU seconds per call of \a body, over \a iterations calls.
double timePerCall(const std::function<bool()> &body, int iterations)
{
    const double start = threadCpuSeconds();
    bool all = true;
    for (int i = 0; i < iterations; ++i)
        all = body() && all;
    const double seconds = threadCpuSeconds() - start;
    if (!all)
        Bench::fatal(QStringLiteral("a verification failed during timing"));
    return seconds / iterations;
}

void runCase(const Case &c, int rounds)
{
    const TestJwt::Key &key = TestJwt::Key::cached(c.keyType);
    const QString kid = QStringLiteral("bench-") + c.alg.toLower();
    // A provider's JWKS usually holds more than one key (current + next): key lookup by kid is
    // part of the work.
    const TestJwt::Key &other =
        TestJwt::Key::cached(c.keyType == TestJwt::KeyType::Rsa2048 ? TestJwt::KeyType::P256
                                                                    : TestJwt::KeyType::Rsa2048);
    const QString otherAlg =
        c.keyType == TestJwt::KeyType::Rsa2048 ? QStringLiteral("ES256") : QStringLiteral("RS256");
    QString error;
    const Jose::JsonWebKeySet keys = Jose::JsonWebKeySet::fromJson(
        TestJwt::keySet(
            {other.publicJwk(QStringLiteral("previous"), otherAlg), key.publicJwk(kid, c.alg)}),
        &error);
    if (keys.size() != 2)
        Bench::fatal(QStringLiteral("JWKS: ") + error);

    // Claims as the test OpenID Provider issues them from its token endpoint (oidc-provider:
    // sub and the protocol claims, nonce, at_hash, auth_time, azp absent for one audience).
    const QString issuer = QStringLiteral("https://id.example.test");
    const QString clientId = QStringLiteral("qt-desktop");
    const QString nonce = QStringLiteral("n-0S6_WzA2Mj-mAbX3vW9JgG1cSx-Zb2Ih0G2g6EvyE");
    const QString accessToken = QStringLiteral("SlAV32hkKGAaT0ZhwlS5pLXfc0wDIrd3yWw2ldHJrK4");
    QJsonObject claims = TestJwt::idTokenClaims(issuer, clientId, QDateTime::currentDateTimeUtc());
    claims.insert(QStringLiteral("sub"), QStringLiteral("alice"));
    claims.insert(QStringLiteral("nonce"), nonce);
    claims.insert(QStringLiteral("auth_time"), claims.value(u"iat"));
    claims.insert(QStringLiteral("at_hash"),
                  QString::fromLatin1(TestJwt::tokenHash(c.alg, key.crv(), accessToken.toUtf8())));
    const QByteArray token = TestJwt::sign(key, TestJwt::header(c.alg, kid), claims);

    Jose::IdTokenValidator::Expectations expect;
    expect.clientId = clientId;
    expect.issuer = issuer;
    expect.allowedAlgorithms = {QStringLiteral("RS256"), QStringLiteral("PS256"),
                                QStringLiteral("ES256"), QStringLiteral("EdDSA")};
    expect.nonce = nonce;
    expect.accessToken = accessToken;

    const auto full = [&] {
        return Jose::IdTokenValidator::validate(token, keys, expect).isValid();
    };
    const auto check = Jose::IdTokenValidator::validate(token, keys, expect);
    if (!check.isValid())
        Bench::fatal(c.alg + QStringLiteral(" token does not validate: ") + check.detail);

    const QList<QByteArray> parts = token.split('.');
    BareVerifier bare;
    const Jose::JsonWebKey *jwk = nullptr;
    for (const Jose::JsonWebKey &k : keys.keys()) {
        if (k.kid() == kid)
            jwk = &k;
    }
    bare.key = jwk->evpKey(); // the very key the validator uses
    bare.signingInput = parts.at(0) + '.' + parts.at(1);
    bare.signature = TestJwt::b64urlDecode(parts.at(2));
    if (c.alg == u"ES256")
        bare.signature = rawToDer(bare.signature);
    bare.digest = c.alg == u"EdDSA" ? nullptr : "SHA256";
    bare.pss = c.alg == u"PS256";
    if (!bare.verify())
        Bench::fatal(c.alg + QStringLiteral(": the bare verification fails"));
    const auto baseline = [&] {
        return bare.verify();
    };

    // Where the extra time goes (for the report when the goal is missed).
    const auto parseOnly = [&] {
        return Jose::CompactJws::parse(token).has_value();
    };
    const std::optional<Jose::CompactJws> parsed = Jose::CompactJws::parse(token);
    const auto signatureOnly = [&] {
        return Jose::verifySignature(*parsed, *jwk);
    };

    // Batches of ~5 ms of CPU: long enough for the clock, short enough to interleave often.
    const double probe = timePerCall(baseline, 50);
    const int batch = qBound(10, int(0.005 / probe), 20000);
    timePerCall(full, batch); // warm-up: caches, OpenSSL's algorithm fetch cache
    QList<double> ratios, bareTimes, fullTimes, parseTimes, signatureTimes;
    for (int round = 0; round < rounds; ++round) {
        const double b = timePerCall(baseline, batch);
        const double f = timePerCall(full, batch);
        bareTimes.append(b * 1e6);
        fullTimes.append(f * 1e6);
        ratios.append(b / f); // full rate / bare rate
        parseTimes.append(timePerCall(parseOnly, batch / 4 + 1) * 1e6);
        signatureTimes.append(timePerCall(signatureOnly, batch / 4 + 1) * 1e6);
    }

    Bench::Row row;
    row.id = QStringLiteral("idtoken.") + c.alg.toLower();
    row.figure = QStringLiteral("ID-token validation rate, ") + c.label;
    row.unit = QStringLiteral("tokens/s");
    row.measured = 1e6 / Bench::median(fullTimes);
    row.baseline = 1e6 / Bench::median(bareTimes);
    row.ratio = Bench::median(ratios);
    row.goal = Bench::Goal::AtLeast;
    row.target = 0.85;
    row.note =
        QStringLiteral(
            "vs bare EVP_DigestVerify; thread CPU time, median of %1 interleaved rounds of %2")
            .arg(rounds)
            .arg(batch);
    row.extra = QJsonObject{
        {QStringLiteral("us_per_token_bare"), Bench::median(bareTimes)},
        {QStringLiteral("us_per_token_full"), Bench::median(fullTimes)},
        {QStringLiteral("us_parse_only"), Bench::median(parseTimes)},
        {QStringLiteral("us_verify_signature_only"), Bench::median(signatureTimes)},
        {QStringLiteral("token_bytes"), token.size()},
        {QStringLiteral("round_ratios"), Bench::toJsonArray(ratios)},
    };
    Bench::emitRow(row);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = Bench::repeatCount(61);
    const QList<Case> cases{
        {QStringLiteral("RS256"), TestJwt::KeyType::Rsa2048, QStringLiteral("RS256 (RSA-2048)")},
        {QStringLiteral("PS256"), TestJwt::KeyType::Rsa2048, QStringLiteral("PS256 (RSA-2048)")},
        {QStringLiteral("ES256"), TestJwt::KeyType::P256, QStringLiteral("ES256 (P-256)")},
        {QStringLiteral("EdDSA"), TestJwt::KeyType::Ed25519, QStringLiteral("EdDSA (Ed25519)")},
    };
    const QStringList only = app.arguments().mid(1);
    for (const Case &c : cases) {
        if (!only.isEmpty() && !only.contains(c.alg))
            continue;
        Bench::progress(QStringLiteral("idtoken: ") + c.label);
        runCase(c, rounds);
    }
    return 0;
}
