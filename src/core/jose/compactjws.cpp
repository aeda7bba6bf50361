// SPDX-License-Identifier: BSD-3-Clause
#include "compactjws_p.h"

#include "base64url_p.h"
#include "jsonwebkey_p.h"
#include "jwa_p.h"
#include "verifycontext_p.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>

#include <openssl/err.h>
#include <openssl/evp.h>

#include <memory>

namespace QtSignIn::Jose {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

std::optional<QJsonObject> decodeJsonObject(QByteArrayView part)
{
    const std::optional<QByteArray> json = base64UrlDecode(part);
    if (!json)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// The header of every token a provider signs with one key is the same few bytes ({"alg",
// "kid", "typ"}): the last one decoded is kept per thread, so that validating a stream of tokens
// parses each header's JSON once. Keyed by the exact bytes, so nothing else can match.
std::optional<QJsonObject> decodeHeader(QByteArrayView part)
{
    constexpr qsizetype MaxCachedHeader = 512;
    thread_local QByteArray lastPart;
    thread_local QJsonObject lastHeader;
    if (!lastPart.isEmpty() && part == QByteArrayView(lastPart))
        return lastHeader;
    std::optional<QJsonObject> header = decodeJsonObject(part);
    if (header && part.size() <= MaxCachedHeader) {
        lastPart = part.toByteArray();
        lastHeader = *header;
    }
    return header;
}

struct OpenSslErrorMark
{
    OpenSslErrorMark() { ERR_set_mark(); }
    ~OpenSslErrorMark() { ERR_pop_to_mark(); }
    Q_DISABLE_COPY_MOVE(OpenSslErrorMark)
};

struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};

// Appends a DER INTEGER holding the unsigned big-endian \a value (X.690 §8.3: minimal octets,
// a leading 0x00 when the high bit is set so the value stays positive).
void appendDerInteger(QByteArray &der, const char *value, int size)
{
    int start = 0;
    while (start < size - 1 && value[start] == 0)
        ++start;
    const bool needsPad = (static_cast<unsigned char>(value[start]) & 0x80) != 0;
    const int length = size - start + (needsPad ? 1 : 0);
    der.append(char(0x02)).append(char(length));
    if (needsPad)
        der.append(char(0x00));
    der.append(value + start, size - start);
}

// RFC 7518 §3.4: a JWS ECDSA signature is R || S, each exactly the curve's octet length. OpenSSL
// verifies the DER ECDSA-Sig-Value (RFC 3279 §2.2.3), so we re-encode. Any other length is an
// invalid signature, not something to pad or trim.
std::optional<QByteArray> ecdsaRawToDer(const QByteArray &raw, int coordinateSize)
{
    if (raw.size() != 2 * coordinateSize)
        return std::nullopt;
    QByteArray integers;
    integers.reserve(2 * (coordinateSize + 3));
    appendDerInteger(integers, raw.constData(), coordinateSize);
    appendDerInteger(integers, raw.constData() + coordinateSize, coordinateSize);

    QByteArray der;
    der.reserve(integers.size() + 3);
    der.append(char(0x30));
    if (integers.size() < 0x80) {
        der.append(char(integers.size()));
    } else { // P-521: up to 2 * (2 + 67) octets, one length octet after 0x81
        der.append(char(0x81)).append(char(integers.size()));
    }
    der.append(integers);
    return der;
}

} // namespace

QString CompactJws::algorithm() const
{
    return header.value(QLatin1StringView("alg")).toString();
}

QString CompactJws::keyId() const
{
    return header.value(QLatin1StringView("kid")).toString();
}

std::optional<CompactJws> CompactJws::parse(const QByteArray &token, QString *error)
{
    // Cheap structural checks first: the token comes from the network.
    if (token.size() > MaxTokenSize) {
        setError(error, u"token is too large"_qs);
        return std::nullopt;
    }
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (firstDot < 0 || secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0) {
        // RFC 7516 §9: five parts would be an encrypted JWT, which we do not support.
        setError(error, u"token does not have exactly three parts"_qs);
        return std::nullopt;
    }

    const QByteArrayView view(token);
    const QByteArrayView headerPart = view.first(firstDot);
    const QByteArrayView payloadPart = view.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QByteArrayView signaturePart = view.sliced(secondDot + 1);

    CompactJws jws;
    std::optional<QJsonObject> header = decodeHeader(headerPart);
    if (!header) {
        setError(error, u"token header is not a base64url JSON object"_qs);
        return std::nullopt;
    }
    jws.header = std::move(*header);

    const QJsonValue alg = jws.header.value(QLatin1StringView("alg"));
    if (!alg.isString() || alg.toString().isEmpty()) {
        setError(error, u"token header has no \"alg\" string"_qs);
        return std::nullopt;
    }
    // RFC 7515 §4.1.11: a recipient that does not understand every extension listed in "crit"
    // MUST reject the JWS. We implement none, so any "crit" (even a malformed one) is fatal.
    if (jws.header.contains(QLatin1StringView("crit"))) {
        setError(error, u"token header has unsupported critical parameters"_qs);
        return std::nullopt;
    }

    std::optional<QJsonObject> payload = decodeJsonObject(payloadPart);
    if (!payload) {
        setError(error, u"token payload is not a base64url JSON object"_qs);
        return std::nullopt;
    }
    jws.payload = std::move(*payload);

    std::optional<QByteArray> signature = base64UrlDecode(signaturePart);
    if (!signature) {
        setError(error, u"token signature is not valid base64url"_qs);
        return std::nullopt;
    }
    jws.signature = std::move(*signature);
    jws.signingInput = token.left(secondDot);
    return jws;
}

bool verifySignature(const CompactJws &jws, const JsonWebKey &key, QString *error)
{
    // A failed verification leaves entries in OpenSSL's per-thread error queue; Qt's TLS backend
    // shares that queue and must not find our leftovers.
    const OpenSslErrorMark errorMark;
    const QString alg = jws.algorithm();
    const Algorithm *algorithm = findAlgorithm(alg);
    if (!algorithm || isForbiddenAlgorithm(alg)) {
        setError(error, u"unsupported algorithm \"%1\""_qs.arg(alg));
        return false;
    }
    if (!key.isUsableFor(alg)) {
        setError(error, u"key \"%1\" cannot verify %2"_qs.arg(key.kid(), alg));
        return false;
    }

    const QByteArray *signature = &jws.signature;
    std::optional<QByteArray> der;
    if (algorithm->family == AlgorithmFamily::Ecdsa) {
        der = ecdsaRawToDer(jws.signature, algorithm->coordinateSize);
        if (!der) {
            setError(error, u"ECDSA signature has the wrong length"_qs);
            return false;
        }
        signature = &*der;
    } else if (algorithm->family != AlgorithmFamily::EdDsa &&
               jws.signature.size() != EVP_PKEY_get_size(key.evpKey())) {
        // RFC 8017 §8.2.2 / §8.1.2 step 1: an RSA signature is exactly k octets long.
        setError(error, u"RSA signature has the wrong length"_qs);
        return false;
    }

    VerifyContextCache *contexts = key.verifyContexts();
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(
        contexts ? contexts->acquire(key.evpKey(), *algorithm, error)
                 : newVerifyContext(key.evpKey(), *algorithm, error));
    if (!ctx)
        return false;

    const int verified =
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature->constData()),
                         size_t(signature->size()),
                         reinterpret_cast<const unsigned char *>(jws.signingInput.constData()),
                         size_t(jws.signingInput.size()));
    if (verified != 1) {
        setError(error, u"signature does not verify"_qs);
        return false;
    }
    return true;
}

} // namespace QtSignIn::Jose
