// SPDX-License-Identifier: BSD-3-Clause
#include "idtokenvalidator_p.h"

#include "jose/base64url_p.h"
#include "jose/compactjws_p.h"
#include "jose/jwa_p.h"

#include <QtCore/QJsonArray>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <array>
#include <cmath>

namespace QtSignIn::Jose {

namespace {

using Failure = IdTokenValidator::Failure;
using Result = IdTokenValidator::Result;

Result fail(Result &result, Failure failure, const QString &detail)
{
    result.failure = failure;
    result.detail = detail;
    return std::move(result);
}

bool constantTimeEquals(QStringView a, QStringView b)
{
    // The length is not secret; the content is (OIDC Core §15.5.2 nonce, replay protection).
    return a.size() == b.size() &&
        CRYPTO_memcmp(a.data(), b.data(), size_t(a.size()) * sizeof(QChar)) == 0;
}

// Digests are fetched once per process: an implicit fetch by name on every token costs a
// lookup under a lock, a measurable share of a validation (bench/bench_idtoken.cpp).
const EVP_MD *cachedDigest(const char *name)
{
    struct Fetched
    {
        const char *name;
        EVP_MD *md;
    };
    static const std::array<Fetched, 4> digests = [] {
        std::array<Fetched, 4> all{
            {{"SHA256", nullptr}, {"SHA384", nullptr}, {"SHA512", nullptr}, {"SHAKE256", nullptr}}};
        for (Fetched &entry : all)
            entry.md = EVP_MD_fetch(nullptr, entry.name, nullptr);
        return all;
    }();
    for (const Fetched &entry : digests) {
        if (qstrcmp(entry.name, name) == 0)
            return entry.md;
    }
    return nullptr;
}

// RFC 7519 §2 NumericDate: a JSON number of seconds, possibly non-integer.
enum class TimeClaim { Missing, Invalid, Ok };

TimeClaim readTime(const QJsonObject &claims, QLatin1StringView name, double *out)
{
    const QJsonValue value = claims.value(name);
    if (value.isUndefined())
        return TimeClaim::Missing;
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return TimeClaim::Invalid;
    *out = value.toDouble();
    return TimeClaim::Ok;
}

QString quoted(const QString &value)
{
    // Claim values are attacker-controlled; keep details readable and short.
    constexpr qsizetype MaxLength = 120;
    if (value.size() > MaxLength)
        return u'"' + value.left(MaxLength) + u"…\""_qs;
    return u'"' + value + u'"';
}

} // namespace

QByteArray IdTokenValidator::tokenHash(const QString &alg, const QString &crv,
                                       const QByteArray &value)
{
    const Algorithm *algorithm = findAlgorithm(alg);
    if (!algorithm)
        return {};
    const char *digest = algorithm->digest;
    size_t xofLength = 0;
    if (algorithm->family == AlgorithmFamily::EdDsa) {
        if (crv == u"Ed25519") {
            digest = "SHA512";
        } else if (crv == u"Ed448") {
            digest = "SHAKE256";
            xofLength = 114;
        } else {
            return {};
        }
    }

    unsigned char hash[EVP_MAX_MD_SIZE > 114 ? EVP_MAX_MD_SIZE : 114];
    size_t hashLength = 0;
    const EVP_MD *md = cachedDigest(digest);
    if (!md)
        return {};
    if (xofLength) {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        const bool ok = ctx && EVP_DigestInit_ex2(ctx, md, nullptr) > 0 &&
            EVP_DigestUpdate(ctx, value.constData(), size_t(value.size())) > 0 &&
            EVP_DigestFinalXOF(ctx, hash, xofLength) > 0;
        EVP_MD_CTX_free(ctx);
        if (!ok)
            return {};
        hashLength = xofLength;
    } else {
        unsigned int length = 0;
        if (EVP_Digest(value.constData(), size_t(value.size()), hash, &length, md, nullptr) <= 0)
            return {};
        hashLength = length;
    }
    // OIDC Core §3.1.3.8: "the left-most half of the hash of the octets of the ASCII
    // representation of the access_token value".
    return base64UrlEncode(
        QByteArray(reinterpret_cast<const char *>(hash), qsizetype(hashLength / 2)));
}

IdTokenValidator::Result IdTokenValidator::validate(const QByteArray &idToken,
                                                    const JsonWebKeySet &keys,
                                                    const Expectations &expectations)
{
    Result result;

    // --- Structure (RFC 7519 §7.2) ---------------------------------------------------------
    QString error;
    std::optional<CompactJws> parsed = CompactJws::parse(idToken, &error);
    if (!parsed)
        return fail(result, Failure::Malformed, error);
    const CompactJws &jws = *parsed;
    result.header = jws.header;

    // --- Algorithm (OIDC Core §3.1.3.7 steps 6-8) -----------------------------------------
    // Checked before any key is touched: the alg is chosen by whoever made the token, so it
    // must be one the client agreed to (discovery's id_token_signing_alg_values_supported).
    const QString alg = jws.algorithm();
    if (isForbiddenAlgorithm(alg))
        return fail(result, Failure::UnsupportedAlgorithm,
                    u"algorithm %1 is never accepted"_qs.arg(quoted(alg)));
    const bool allowed = expectations.allowedAlgorithms.isEmpty()
        ? alg == u"RS256" // OIDC Discovery §3: the default for ID tokens
        : expectations.allowedAlgorithms.contains(alg);
    if (!allowed)
        return fail(result, Failure::UnsupportedAlgorithm,
                    u"algorithm %1 is not allowed"_qs.arg(quoted(alg)));
    if (!findAlgorithm(alg))
        return fail(result, Failure::UnsupportedAlgorithm,
                    u"algorithm %1 is not supported"_qs.arg(quoted(alg)));

    // --- Key and signature (OIDC Core §3.1.3.7 step 6, §10.1) ------------------------------
    // Only keys from the provider's JWK Set: "jku", "x5u", "jwk" and "x5c" in the header would
    // let the token choose its own verification key, so they are never read.
    const QJsonValue kidValue = jws.header.value(QLatin1StringView("kid"));
    if (!kidValue.isUndefined() && !kidValue.isString())
        return fail(result, Failure::Malformed, u"header \"kid\" is not a string"_qs);
    const QString kid = kidValue.toString();

    bool haveCandidate = false;
    bool verified = false;
    QString crv; // of the key that verified; needed for the EdDSA at_hash
    for (const JsonWebKey &key : keys.keys()) {
        if (!JsonWebKeySet::isCandidate(key, kid, alg))
            continue;
        haveCandidate = true;
        if (verifySignature(jws, key, &error)) {
            verified = true;
            crv = key.crv();
            break;
        }
    }
    if (!haveCandidate) {
        return fail(result, Failure::UnknownKey,
                    kid.isEmpty()
                        ? u"no key for %1 in the key set"_qs.arg(alg)
                        : u"no key with kid %1 for %2 in the key set"_qs.arg(quoted(kid), alg));
    }
    if (!verified)
        return fail(result, Failure::BadSignature, error);

    const QJsonObject &claims = jws.payload;
    result.claims = claims;

    // --- Required claims (OIDC Core §2) ----------------------------------------------------
    const QLatin1StringView requiredStrings[] = {QLatin1StringView("iss"),
                                                 QLatin1StringView("sub")};
    for (QLatin1StringView name : requiredStrings) {
        const QJsonValue value = claims.value(name);
        if (value.isUndefined())
            return fail(result, Failure::MissingClaim, u"claim \"%1\" is missing"_qs.arg(name));
        if (!value.isString() || value.toString().isEmpty())
            return fail(result, Failure::Malformed,
                        u"claim \"%1\" is not a non-empty string"_qs.arg(name));
    }
    const QJsonValue aud = claims.value(QLatin1StringView("aud"));
    if (aud.isUndefined())
        return fail(result, Failure::MissingClaim, u"claim \"aud\" is missing"_qs);
    double exp = 0;
    double iat = 0;
    double nbf = 0;
    switch (readTime(claims, QLatin1StringView("exp"), &exp)) {
    case TimeClaim::Missing:
        return fail(result, Failure::MissingClaim, u"claim \"exp\" is missing"_qs);
    case TimeClaim::Invalid:
        return fail(result, Failure::Malformed, u"claim \"exp\" is not a number"_qs);
    case TimeClaim::Ok:
        break;
    }
    switch (readTime(claims, QLatin1StringView("iat"), &iat)) {
    case TimeClaim::Missing:
        return fail(result, Failure::MissingClaim, u"claim \"iat\" is missing"_qs);
    case TimeClaim::Invalid:
        return fail(result, Failure::Malformed, u"claim \"iat\" is not a number"_qs);
    case TimeClaim::Ok:
        break;
    }
    const TimeClaim nbfState = readTime(claims, QLatin1StringView("nbf"), &nbf);
    if (nbfState == TimeClaim::Invalid)
        return fail(result, Failure::Malformed, u"claim \"nbf\" is not a number"_qs);

    // --- Issuer (step 2) -------------------------------------------------------------------
    const QString iss = claims.value(QLatin1StringView("iss")).toString();
    if (expectations.checkIssuer) {
        const QString issuerError = expectations.checkIssuer(iss, claims);
        if (!issuerError.isEmpty())
            return fail(result, Failure::Issuer,
                        u"issuer %1 rejected: %2"_qs.arg(quoted(iss), issuerError));
    } else if (expectations.issuer.isEmpty()) {
        return fail(result, Failure::Issuer, u"no expected issuer configured"_qs);
    } else if (iss != expectations.issuer) {
        return fail(result, Failure::Issuer,
                    u"issuer %1 is not %2"_qs.arg(quoted(iss), quoted(expectations.issuer)));
    }

    // --- Audience (step 3) and authorized party (steps 4-5, as amended by errata set 2) ----
    QStringList audiences;
    if (aud.isString()) {
        audiences.append(aud.toString());
    } else if (aud.isArray()) {
        const QJsonArray array = aud.toArray();
        for (const QJsonValue &entry : array) {
            if (!entry.isString())
                return fail(result, Failure::Malformed, u"claim \"aud\" holds a non-string"_qs);
            audiences.append(entry.toString());
        }
    } else {
        return fail(result, Failure::Malformed,
                    u"claim \"aud\" is neither a string nor an array"_qs);
    }
    if (expectations.clientId.isEmpty())
        return fail(result, Failure::Audience, u"no client id configured"_qs);
    if (!audiences.contains(expectations.clientId))
        return fail(result, Failure::Audience,
                    u"audience %1 does not contain the client id %2"_qs.arg(
                        quoted(audiences.join(u", "_qs)), quoted(expectations.clientId)));

    const QJsonValue azp = claims.value(QLatin1StringView("azp"));
    if (azp.isUndefined()) {
        if (audiences.size() > 1)
            return fail(result, Failure::AuthorizedParty,
                        u"several audiences but no \"azp\" claim"_qs);
    } else if (!azp.isString() || azp.toString() != expectations.clientId) {
        return fail(result, Failure::AuthorizedParty,
                    u"authorized party %1 is not the client id"_qs.arg(quoted(azp.toString())));
    }

    // --- Times (steps 9-10; RFC 7519 §4.1.4/§4.1.5) ----------------------------------------
    const qint64 now = expectations.now.isValid() ? expectations.now.toSecsSinceEpoch()
                                                  : QDateTime::currentSecsSinceEpoch();
    const double leeway = double(qMax(0, expectations.leewaySeconds));
    const double nowSeconds = double(now);
    // "The current time MUST be before the time represented by the exp Claim."
    if (!(exp > nowSeconds - leeway))
        return fail(result, Failure::Expired, u"token expired"_qs);
    if (nbfState == TimeClaim::Ok && nbf > nowSeconds + leeway)
        return fail(result, Failure::NotYetValid, u"token is not valid yet (nbf)"_qs);
    if (iat > nowSeconds + leeway)
        return fail(result, Failure::IssuedInFuture, u"token issued in the future (iat)"_qs);
    if (expectations.maxIatAgeSeconds > 0 &&
        iat < nowSeconds - double(expectations.maxIatAgeSeconds) - leeway)
        return fail(result, Failure::Expired, u"token was issued too long ago (iat)"_qs);

    // --- Nonce (step 11) -------------------------------------------------------------------
    if (!expectations.nonce.isEmpty()) {
        const QJsonValue nonce = claims.value(QLatin1StringView("nonce"));
        if (!nonce.isString())
            return fail(result, Failure::Nonce, u"nonce missing"_qs);
        if (!constantTimeEquals(nonce.toString(), expectations.nonce))
            return fail(result, Failure::Nonce, u"nonce mismatch"_qs);
    }

    // --- at_hash (§3.1.3.8 / §3.2.2.9): optional in the code flow, checked when present ---
    const QJsonValue atHash = claims.value(QLatin1StringView("at_hash"));
    if (!expectations.accessToken.isEmpty() && !atHash.isUndefined()) {
        const QByteArray expected = tokenHash(alg, crv, expectations.accessToken.toUtf8());
        if (!atHash.isString() || expected.isEmpty() ||
            !constantTimeEquals(atHash.toString(), QString::fromLatin1(expected)))
            return fail(result, Failure::AtHash, u"at_hash does not match the access token"_qs);
    }

    return result;
}

} // namespace QtSignIn::Jose
