// SPDX-License-Identifier: BSD-3-Clause
#include "jsonwebkey_p.h"

#include "base64url_p.h"
#include "jwa_p.h"
#include "logging_p.h"
#include "verifycontext_p.h"

#include <QtCore/QJsonArray>
#include <QtCore/QScopeGuard>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace QtSignIn::Jose {

namespace {

// Larger moduli only make verification slower; nobody signs ID tokens with them, and a key set
// from the network should not be able to make us spend seconds per token.
constexpr int MinRsaBits = 2048; // RFC 7518 §3.3: "2048 bits or larger MUST be used"
constexpr int MaxRsaBits = 16384;
constexpr int MaxRsaExponentBits = 256; // as in NIST SP 800-56B: 2^16 < e < 2^256 at most

struct BnDeleter
{
    void operator()(BIGNUM *bn) const { BN_free(bn); }
};
using BignumPtr = std::unique_ptr<BIGNUM, BnDeleter>;

struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;

struct ParamBldDeleter
{
    void operator()(OSSL_PARAM_BLD *bld) const { OSSL_PARAM_BLD_free(bld); }
};

struct ParamDeleter
{
    void operator()(OSSL_PARAM *params) const { OSSL_PARAM_free(params); }
};

std::shared_ptr<EVP_PKEY> adopt(EVP_PKEY *key)
{
    if (!key)
        return {};
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Optional string members: absent is fine, any other JSON type is a malformed key.
bool readOptionalString(const QJsonObject &jwk, QLatin1StringView name, QString *out,
                        QString *error)
{
    const QJsonValue value = jwk.value(name);
    if (value.isUndefined())
        return true;
    if (!value.isString()) {
        setError(error, u"JWK member \"%1\" is not a string"_qs.arg(name));
        return false;
    }
    *out = value.toString();
    return true;
}

std::optional<QByteArray> readBase64Member(const QJsonObject &jwk, QLatin1StringView name,
                                           QString *error)
{
    const QJsonValue value = jwk.value(name);
    if (!value.isString()) {
        setError(error, u"JWK member \"%1\" is missing or not a string"_qs.arg(name));
        return std::nullopt;
    }
    std::optional<QByteArray> decoded = base64UrlDecode(value.toString().toLatin1());
    if (!decoded || decoded->isEmpty()) {
        setError(error, u"JWK member \"%1\" is not valid base64url"_qs.arg(name));
        return std::nullopt;
    }
    return decoded;
}

BignumPtr toBignum(const QByteArray &bigEndian)
{
    return BignumPtr(BN_bin2bn(reinterpret_cast<const unsigned char *>(bigEndian.constData()),
                               int(bigEndian.size()), nullptr));
}

// RFC 7518 §6.3.1: n and e, unsigned big-endian. We build the key with EVP_PKEY_fromdata (the
// OpenSSL 3 way), never through the deprecated RSA_* API.
std::shared_ptr<EVP_PKEY> rsaKey(const QJsonObject &jwk, QString *error)
{
    const auto n = readBase64Member(jwk, QLatin1StringView("n"), error);
    if (!n)
        return {};
    const auto e = readBase64Member(jwk, QLatin1StringView("e"), error);
    if (!e)
        return {};

    BignumPtr modulus = toBignum(*n);
    BignumPtr exponent = toBignum(*e);
    if (!modulus || !exponent) {
        setError(error, u"out of memory"_qs);
        return {};
    }
    const int bits = BN_num_bits(modulus.get());
    if (bits < MinRsaBits) {
        setError(error, u"RSA modulus of %1 bits is too small (2048 at least)"_qs.arg(bits));
        return {};
    }
    if (bits > MaxRsaBits) {
        setError(error, u"RSA modulus of %1 bits is too large"_qs.arg(bits));
        return {};
    }
    // An even modulus or an even/trivial exponent is not an RSA key; OpenSSL would fail later
    // and less clearly.
    if (!BN_is_odd(modulus.get())) {
        setError(error, u"RSA modulus is even"_qs);
        return {};
    }
    if (!BN_is_odd(exponent.get()) || BN_is_one(exponent.get()) ||
        BN_num_bits(exponent.get()) > MaxRsaExponentBits) {
        setError(error, u"RSA public exponent is invalid"_qs);
        return {};
    }

    std::unique_ptr<OSSL_PARAM_BLD, ParamBldDeleter> builder(OSSL_PARAM_BLD_new());
    if (!builder || !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) ||
        !OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get())) {
        setError(error, u"cannot build the RSA key"_qs);
        return {};
    }
    std::unique_ptr<OSSL_PARAM, ParamDeleter> params(OSSL_PARAM_BLD_to_param(builder.get()));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0) {
        setError(error, u"OpenSSL rejected the RSA key"_qs);
        return {};
    }
    return adopt(key);
}

struct Curve
{
    const char16_t *jwkName;
    const char *opensslName;
    int coordinateSize;
};

// RFC 7518 §6.2.1.2/3: x and y are exactly the size of a field element.
constexpr Curve EcCurves[] = {
    {u"P-256", "prime256v1", 32},
    {u"P-384", "secp384r1", 48},
    {u"P-521", "secp521r1", 66},
};

std::shared_ptr<EVP_PKEY> ecKey(const QJsonObject &jwk, const QString &crv, QString *error)
{
    const Curve *curve = nullptr;
    for (const Curve &candidate : EcCurves) {
        if (crv == QStringView(candidate.jwkName))
            curve = &candidate;
    }
    if (!curve) {
        setError(error, u"unsupported EC curve \"%1\""_qs.arg(crv));
        return {};
    }
    const auto x = readBase64Member(jwk, QLatin1StringView("x"), error);
    if (!x)
        return {};
    const auto y = readBase64Member(jwk, QLatin1StringView("y"), error);
    if (!y)
        return {};
    if (x->size() != curve->coordinateSize || y->size() != curve->coordinateSize) {
        setError(error, u"EC coordinates have the wrong length for %1"_qs.arg(crv));
        return {};
    }

    // SEC 1 §2.3.3 uncompressed point: 0x04 || X || Y.
    QByteArray point;
    point.reserve(1 + 2 * curve->coordinateSize);
    point.append(char(0x04)).append(*x).append(*y);

    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME,
                                         const_cast<char *>(curve->opensslName), 0),
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                          size_t(point.size())),
        OSSL_PARAM_construct_end(),
    };
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params) <= 0) {
        setError(error, u"EC point is not on the curve %1"_qs.arg(crv));
        return {};
    }
    std::shared_ptr<EVP_PKEY> key = adopt(raw);

    // Invalid-curve attacks: make sure the point is on the curve and in the right subgroup,
    // whatever the import path above happened to check.
    PkeyCtxPtr checkCtx(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!checkCtx || EVP_PKEY_public_check(checkCtx.get()) != 1) {
        setError(error, u"EC point is not on the curve %1"_qs.arg(crv));
        return {};
    }
    return key;
}

// RFC 8037 §2: "x" is the raw public key. X25519/X448 are key-agreement keys, never signers.
std::shared_ptr<EVP_PKEY> okpKey(const QJsonObject &jwk, const QString &crv, QString *error)
{
    const char *type = nullptr;
    qsizetype size = 0;
    if (crv == u"Ed25519") {
        type = "ED25519";
        size = 32;
    } else if (crv == u"Ed448") {
        type = "ED448";
        size = 57;
    } else {
        setError(error, u"unsupported OKP curve \"%1\""_qs.arg(crv));
        return {};
    }
    const auto x = readBase64Member(jwk, QLatin1StringView("x"), error);
    if (!x)
        return {};
    if (x->size() != size) {
        setError(error, u"OKP public key has the wrong length for %1"_qs.arg(crv));
        return {};
    }
    std::shared_ptr<EVP_PKEY> key = adopt(EVP_PKEY_new_raw_public_key_ex(
        nullptr, type, nullptr, reinterpret_cast<const unsigned char *>(x->constData()),
        size_t(x->size())));
    if (!key)
        setError(error, u"OpenSSL rejected the %1 key"_qs.arg(crv));
    return key;
}

} // namespace

JsonWebKey JsonWebKey::fromJson(const QJsonObject &jwk, QString *error)
{
    // Rejected keys leave entries in OpenSSL's per-thread error queue, which Qt's TLS backend
    // shares: drop ours, keep anybody else's.
    ERR_set_mark();
    const auto popErrors = qScopeGuard([] { ERR_pop_to_mark(); });
    JsonWebKey result;
    const QJsonValue kty = jwk.value(QLatin1StringView("kty"));
    if (!kty.isString()) {
        setError(error, u"JWK has no \"kty\""_qs);
        return {};
    }
    result.m_kty = kty.toString();
    if (!readOptionalString(jwk, QLatin1StringView("kid"), &result.m_kid, error) ||
        !readOptionalString(jwk, QLatin1StringView("alg"), &result.m_alg, error) ||
        !readOptionalString(jwk, QLatin1StringView("use"), &result.m_use, error) ||
        !readOptionalString(jwk, QLatin1StringView("crv"), &result.m_crv, error)) {
        return {};
    }
    const QJsonValue keyOps = jwk.value(QLatin1StringView("key_ops"));
    if (!keyOps.isUndefined()) {
        if (!keyOps.isArray()) {
            setError(error, u"JWK member \"key_ops\" is not an array"_qs);
            return {};
        }
        result.m_hasKeyOps = true;
        const QJsonArray ops = keyOps.toArray();
        for (const QJsonValue &op : ops) {
            if (!op.isString()) {
                setError(error, u"JWK member \"key_ops\" holds a non-string"_qs);
                return {};
            }
            result.m_keyOps.append(op.toString());
        }
    }

    if (result.m_kty == u"RSA") {
        result.m_key = rsaKey(jwk, error);
    } else if (result.m_kty == u"EC") {
        result.m_key = ecKey(jwk, result.m_crv, error);
    } else if (result.m_kty == u"OKP") {
        result.m_key = okpKey(jwk, result.m_crv, error);
    } else {
        // "oct" in particular: a symmetric key in a public key set is never a verification key.
        setError(error, u"unsupported key type \"%1\""_qs.arg(result.m_kty));
        return {};
    }
    if (!result.m_key)
        return {};
    result.m_bits = EVP_PKEY_get_bits(result.m_key.get());
    result.m_contexts = std::make_shared<VerifyContextCache>();
    return result;
}

bool JsonWebKey::isUsableFor(const QString &alg) const
{
    if (isNull())
        return false;
    // RFC 7517 §4.2: "enc" keys are for encryption only. Any other value than "sig" is unknown
    // to us, so we do not guess.
    if (!m_use.isEmpty() && m_use != u"sig")
        return false;
    // RFC 7517 §4.3
    if (m_hasKeyOps && !m_keyOps.contains(u"verify"_qs))
        return false;
    // RFC 7517 §4.4: a key bound to one algorithm must not be used with another.
    if (!m_alg.isEmpty() && m_alg != alg)
        return false;

    const Algorithm *algorithm = findAlgorithm(alg);
    if (!algorithm)
        return false;
    switch (algorithm->family) {
    case AlgorithmFamily::RsaPkcs1:
    case AlgorithmFamily::RsaPss:
        return m_kty == u"RSA";
    case AlgorithmFamily::Ecdsa:
        return m_kty == u"EC" && m_crv == QStringView(algorithm->curve);
    case AlgorithmFamily::EdDsa:
        return m_kty == u"OKP" && (m_crv == u"Ed25519" || m_crv == u"Ed448");
    }
    return false;
}

JsonWebKeySet JsonWebKeySet::fromJson(const QJsonObject &jwks, QString *error)
{
    const QJsonValue keysValue = jwks.value(QLatin1StringView("keys"));
    if (!keysValue.isArray()) {
        setError(error, u"JWK Set has no \"keys\" array"_qs);
        return {};
    }
    const QJsonArray array = keysValue.toArray();
    QList<JsonWebKey> keys;
    keys.reserve(array.size());
    for (const QJsonValue &entry : array) {
        QString keyError;
        JsonWebKey key = JsonWebKey::fromJson(entry.toObject(), &keyError);
        if (key.isNull()) {
            // RFC 7517 §5: "Implementations SHOULD ignore JWKs within a JWK Set that use
            // "kty" (key type) values that are not understood by them, that are missing
            // required members, or for which values are out of the supported ranges."
            qCDebug(lcJose) << "Skipping JWK" << entry.toObject().value(QLatin1StringView("kid"))
                            << ":" << keyError;
            continue;
        }
        keys.append(std::move(key));
    }
    if (keys.isEmpty()) {
        setError(error, u"JWK Set contains no usable key"_qs);
        return {};
    }
    return JsonWebKeySet(keys);
}

bool JsonWebKeySet::isCandidate(const JsonWebKey &key, const QString &kid, const QString &alg)
{
    if (!kid.isEmpty() && key.kid() != kid)
        return false;
    return key.isUsableFor(alg);
}

QList<JsonWebKey> JsonWebKeySet::candidates(const QString &kid, const QString &alg) const
{
    QList<JsonWebKey> result;
    for (const JsonWebKey &key : m_keys) {
        if (isCandidate(key, kid, alg))
            result.append(key);
    }
    return result;
}

} // namespace QtSignIn::Jose
