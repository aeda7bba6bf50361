// SPDX-License-Identifier: BSD-3-Clause
// Compact JWS parsing and ID-token validation on arbitrary bytes: what arrives as `id_token`
// in a token response. The key set holds one key of every supported type, so any header the
// fuzzer writes finds a candidate key and signature verification runs on every algorithm.

#include "jose/compactjws_p.h"
#include "jose/idtokenvalidator_p.h"
#include "jose/jsonwebkey_p.h"

#include "fuzzsupport.h"
#include "testjwt.h"

using namespace QtSignIn::Jose;

namespace {

const JsonWebKeySet &keySet()
{
    static const JsonWebKeySet keys = [] {
        using TestJwt::Key;
        using TestJwt::KeyType;
        const QJsonObject jwks = TestJwt::keySet({
            Key::cached(KeyType::Rsa2048).publicJwk(QStringLiteral("rsa")),
            Key::cached(KeyType::P256).publicJwk(QStringLiteral("p256")),
            Key::cached(KeyType::P384).publicJwk(QStringLiteral("p384")),
            Key::cached(KeyType::P521).publicJwk(QStringLiteral("p521")),
            Key::cached(KeyType::Ed25519).publicJwk(QStringLiteral("ed25519")),
            Key::cached(KeyType::Ed448).publicJwk(QStringLiteral("ed448")),
        });
        return JsonWebKeySet::fromJson(jwks);
    }();
    return keys;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QtSignInFuzz::initApplication();
    if (keySet().size() != 6)
        qFatal("fuzz_jws: the key set did not parse");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray token = QtSignInFuzz::bytes(data, size);
    QString error;
    if (const auto jws = CompactJws::parse(token, &error)) {
        if (jws->algorithm().isEmpty())
            qFatal("parse() accepted a header without alg");
        const QString kid = jws->keyId();
        for (const JsonWebKey &key : keySet().candidates(kid, jws->algorithm())) {
            if (verifySignature(*jws, key, &error))
                qFatal("a fuzzed signature verified");
        }
    }

    IdTokenValidator::Expectations expect;
    expect.clientId = QStringLiteral("client");
    expect.issuer = QStringLiteral("https://op.example");
    expect.allowedAlgorithms = {QStringLiteral("RS256"), QStringLiteral("PS384"),
                                QStringLiteral("ES256"), QStringLiteral("ES512"),
                                QStringLiteral("EdDSA")};
    expect.nonce = QStringLiteral("nonce");
    const auto result = IdTokenValidator::validate(token, keySet(), expect);
    if (result.isValid())
        qFatal("a fuzzed ID token validated");
    if (!result.claims.isEmpty())
        qFatal("claims exposed without a verified signature");
    return 0;
}
