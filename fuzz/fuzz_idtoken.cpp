// SPDX-License-Identifier: BSD-3-Clause
// ID-token claim validation (OIDC Core §3.1.3.7) behind a valid signature. The input is
// "<header JSON>\n<payload bytes>"; the harness signs it with the key the header asks for, so
// the fuzzer explores the claim checks (iss, aud/azp, exp/nbf/iat, nonce, at_hash) that an
// attacker could only reach with a genuine key, i.e. what a compromised or buggy OP sends.

#include "jose/idtokenvalidator_p.h"
#include "jose/jsonwebkey_p.h"

#include "fuzzsupport.h"
#include "testjwt.h"

using namespace QtSignIn::Jose;
using TestJwt::Key;
using TestJwt::KeyType;

namespace {

struct Signer
{
    QString kid;
    QString alg;
    KeyType type;
};

const QList<Signer> &signers()
{
    static const QList<Signer> list = {
        {QStringLiteral("rsa"), QStringLiteral("RS256"), KeyType::Rsa2048},
        {QStringLiteral("p256"), QStringLiteral("ES256"), KeyType::P256},
        {QStringLiteral("p384"), QStringLiteral("ES384"), KeyType::P384},
        {QStringLiteral("ed25519"), QStringLiteral("EdDSA"), KeyType::Ed25519},
        {QStringLiteral("ed448"), QStringLiteral("EdDSA"), KeyType::Ed448},
    };
    return list;
}

const JsonWebKeySet &keySet()
{
    static const JsonWebKeySet keys = [] {
        QList<QJsonObject> jwks;
        for (const Signer &s : signers())
            jwks.append(Key::cached(s.type).publicJwk(s.kid));
        return JsonWebKeySet::fromJson(TestJwt::keySet(jwks));
    }();
    return keys;
}

// The fixed "now" of every validation: 2030-01-01T00:00:00Z (1893456000), so that seeds with
// exp/iat around it stay meaningful forever.
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1893456000, Qt::UTC);

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QtSignInFuzz::initApplication();
    if (keySet().size() != signers().size())
        qFatal("fuzz_idtoken: the key set did not parse");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QtSignInFuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray header =
        newline < 0 ? QByteArrayLiteral("{\"alg\":\"EdDSA\"}") : input.left(newline);
    const QByteArray payload = newline < 0 ? input : input.mid(newline + 1);

    // Sign with the key the header names (kid), else the one for its alg, else Ed25519.
    const QJsonObject h = QJsonDocument::fromJson(header).object();
    const QString kid = h.value(u"kid").toString();
    const QString alg = h.value(u"alg").toString();
    const Signer *signer = &signers().at(3);
    for (const Signer &s : signers()) {
        if (s.kid == kid || (kid.isEmpty() && s.alg == alg)) {
            signer = &s;
            break;
        }
    }
    const QByteArray signingInput = TestJwt::b64url(header) + '.' + TestJwt::b64url(payload);
    // Always the signer's own algorithm: a header naming another one must then fail to verify.
    const QByteArray signature = Key::cached(signer->type).signRaw(signer->alg, signingInput);
    const QByteArray token = signingInput + '.' + TestJwt::b64url(signature);

    IdTokenValidator::Expectations expect;
    expect.clientId = QStringLiteral("client");
    expect.issuer = QStringLiteral("https://op.example");
    expect.allowedAlgorithms = {QStringLiteral("RS256"), QStringLiteral("ES256"),
                                QStringLiteral("ES384"), QStringLiteral("EdDSA")};
    expect.nonce = QStringLiteral("nonce-1");
    expect.accessToken = QStringLiteral("access-token-1");
    expect.now = kNow;
    expect.maxIatAgeSeconds = (size & 1) ? 600 : 0;
    const auto result = IdTokenValidator::validate(token, keySet(), expect);
    if (result.isValid()) {
        // What the library accepted must really satisfy the rules it promises.
        const QJsonObject &claims = result.claims;
        if (claims.value(u"iss").toString() != expect.issuer)
            qFatal("accepted a foreign issuer");
        if (claims.value(u"nonce").toString() != expect.nonce)
            qFatal("accepted a wrong nonce");
        const QJsonValue aud = claims.value(u"aud");
        if (!(aud.toString() == expect.clientId ||
              aud.toArray().contains(QJsonValue(expect.clientId))))
            qFatal("accepted a token for another audience");
        if (claims.value(u"exp").toDouble() + expect.leewaySeconds <
            double(kNow.toSecsSinceEpoch()))
            qFatal("accepted an expired token");
        if (claims.value(u"sub").toString().isEmpty())
            qFatal("accepted a token without a subject");
    }

    // The checks with the issuer callback (Microsoft's multi-tenant template).
    expect.checkIssuer = [](const QString &iss, const QJsonObject &claims) {
        return iss == u"https://login.example/" + claims.value(u"tid").toString() + u"/v2.0"
            ? QString()
            : QStringLiteral("issuer");
    };
    (void)IdTokenValidator::validate(token, keySet(), expect);
    (void)IdTokenValidator::tokenHash(alg, h.value(u"crv").toString(), payload.left(64));
    return 0;
}
