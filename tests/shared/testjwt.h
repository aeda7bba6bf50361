// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Header-only helpers to mint real JWS / ID tokens in tests: keys are generated in-process with
// OpenSSL 3 (EVP API), exported as public JWKs, and tokens are signed with the real algorithms.
// Deliberately independent of the library's own JOSE code (its own base64url, DER conversion
// and hashing), so a bug there cannot cancel out in the tests.
//
//   const TestJwt::Key &key = TestJwt::Key::cached(TestJwt::KeyType::Rsa2048);
//   QJsonObject jwks = TestJwt::keySet({key.publicJwk(u"k1"_qs, u"RS256"_qs)});
//   QByteArray token = TestJwt::sign(key, TestJwt::header(u"RS256"_qs, u"k1"_qs), claims);

#include <QtCore/QByteArray>
#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QString>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <map>
#include <memory>
#include <stdexcept>

namespace TestJwt {

enum class KeyType { Rsa2048, Rsa1024, P256, P384, P521, Ed25519, Ed448 };

inline QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

inline QByteArray b64urlDecode(const QByteArray &data)
{
    return QByteArray::fromBase64(data, QByteArray::Base64UrlEncoding);
}

inline QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

[[noreturn]] inline void opensslFailure(const char *what)
{
    throw std::runtime_error(what);
}

//! One private key plus everything needed to publish it and sign with it.
class Key
{
public:
    Key() = default;

    static Key generate(KeyType type)
    {
        EVP_PKEY *raw = nullptr;
        switch (type) {
        case KeyType::Rsa2048:
            raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
            break;
        case KeyType::Rsa1024:
            raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(1024));
            break;
        case KeyType::P256:
            raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
            break;
        case KeyType::P384:
            raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
            break;
        case KeyType::P521:
            raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-521");
            break;
        case KeyType::Ed25519:
            raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
            break;
        case KeyType::Ed448:
            raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED448");
            break;
        }
        if (!raw)
            opensslFailure("key generation failed");
        return Key(type, raw);
    }

    //! A key of \a type generated once per process (RSA generation takes a while).
    static const Key &cached(KeyType type)
    {
        static std::map<KeyType, Key> keys;
        auto it = keys.find(type);
        if (it == keys.end())
            it = keys.emplace(type, generate(type)).first;
        return it->second;
    }

    //! The key for the signature algorithm \a alg (RS*/PS* share the RSA key).
    static const Key &forAlgorithm(const QString &alg, const QString &crv = {})
    {
        if (alg.startsWith(u"RS") || alg.startsWith(u"PS"))
            return cached(KeyType::Rsa2048);
        if (alg == u"ES256")
            return cached(KeyType::P256);
        if (alg == u"ES384")
            return cached(KeyType::P384);
        if (alg == u"ES512")
            return cached(KeyType::P521);
        return cached(crv == u"Ed448" ? KeyType::Ed448 : KeyType::Ed25519);
    }

    //! An Ed25519 key from its 32-octet private seed (for RFC 8037 known answers).
    static Key ed25519FromSeed(const QByteArray &seed)
    {
        EVP_PKEY *raw = EVP_PKEY_new_raw_private_key_ex(
            nullptr, "ED25519", nullptr, reinterpret_cast<const unsigned char *>(seed.constData()),
            size_t(seed.size()));
        if (!raw)
            opensslFailure("raw Ed25519 key rejected");
        return Key(KeyType::Ed25519, raw);
    }

    bool isNull() const { return !m_key; }
    KeyType type() const { return m_type; }
    EVP_PKEY *pkey() const { return m_key.get(); }

    QString kty() const
    {
        switch (m_type) {
        case KeyType::Rsa2048:
        case KeyType::Rsa1024:
            return QStringLiteral("RSA");
        case KeyType::P256:
        case KeyType::P384:
        case KeyType::P521:
            return QStringLiteral("EC");
        case KeyType::Ed25519:
        case KeyType::Ed448:
            return QStringLiteral("OKP");
        }
        return {};
    }

    QString crv() const
    {
        switch (m_type) {
        case KeyType::P256:
            return QStringLiteral("P-256");
        case KeyType::P384:
            return QStringLiteral("P-384");
        case KeyType::P521:
            return QStringLiteral("P-521");
        case KeyType::Ed25519:
            return QStringLiteral("Ed25519");
        case KeyType::Ed448:
            return QStringLiteral("Ed448");
        default:
            return {};
        }
    }

    //! Octets of one EC coordinate (and of R and S in a JWS signature).
    int coordinateSize() const
    {
        switch (m_type) {
        case KeyType::P256:
            return 32;
        case KeyType::P384:
            return 48;
        case KeyType::P521:
            return 66;
        default:
            return 0;
        }
    }

    /*!
     * The public JWK (RFC 7517/7518/8037). Empty \a kid, \a alg or \a use leave the member out.
     */
    QJsonObject publicJwk(const QString &kid = {}, const QString &alg = {},
                          const QString &use = QStringLiteral("sig")) const
    {
        QJsonObject jwk{{QStringLiteral("kty"), kty()}};
        if (!kid.isEmpty())
            jwk.insert(QStringLiteral("kid"), kid);
        if (!alg.isEmpty())
            jwk.insert(QStringLiteral("alg"), alg);
        if (!use.isEmpty())
            jwk.insert(QStringLiteral("use"), use);
        switch (m_type) {
        case KeyType::Rsa2048:
        case KeyType::Rsa1024:
            jwk.insert(QStringLiteral("n"),
                       QString::fromLatin1(b64url(bnParam(OSSL_PKEY_PARAM_RSA_N, 0))));
            jwk.insert(QStringLiteral("e"),
                       QString::fromLatin1(b64url(bnParam(OSSL_PKEY_PARAM_RSA_E, 0))));
            break;
        case KeyType::P256:
        case KeyType::P384:
        case KeyType::P521:
            jwk.insert(QStringLiteral("crv"), crv());
            jwk.insert(
                QStringLiteral("x"),
                QString::fromLatin1(b64url(bnParam(OSSL_PKEY_PARAM_EC_PUB_X, coordinateSize()))));
            jwk.insert(
                QStringLiteral("y"),
                QString::fromLatin1(b64url(bnParam(OSSL_PKEY_PARAM_EC_PUB_Y, coordinateSize()))));
            break;
        case KeyType::Ed25519:
        case KeyType::Ed448: {
            jwk.insert(QStringLiteral("crv"), crv());
            size_t length = 0;
            EVP_PKEY_get_raw_public_key(m_key.get(), nullptr, &length);
            QByteArray x(qsizetype(length), Qt::Uninitialized);
            if (EVP_PKEY_get_raw_public_key(
                    m_key.get(), reinterpret_cast<unsigned char *>(x.data()), &length) != 1)
                opensslFailure("cannot export the raw public key");
            jwk.insert(QStringLiteral("x"), QString::fromLatin1(b64url(x)));
            break;
        }
        }
        return jwk;
    }

    //! The SubjectPublicKeyInfo PEM, i.e. what an attacker would use as an HMAC "secret" in
    //! the classic RS256 -> HS256 algorithm-confusion attack.
    QByteArray publicKeyPem() const
    {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
        if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
            opensslFailure("cannot write the public key");
        char *data = nullptr;
        const long length = BIO_get_mem_data(bio.get(), &data);
        return QByteArray(data, qsizetype(length));
    }

    /*!
     * The raw JWS signature of \a signingInput for \a alg (RS*, PS*, ES*, EdDSA). ES* returns
     * R || S of fixed length (RFC 7518 §3.4). \a pssSaltLength lets a test produce PSS
     * signatures with a salt length other than the one RFC 7518 §3.5 requires.
     */
    QByteArray signRaw(const QString &alg, const QByteArray &signingInput,
                       int pssSaltLength = RSA_PSS_SALTLEN_DIGEST) const
    {
        const char *digest = nullptr;
        if (alg.endsWith(u"256"))
            digest = "SHA256";
        else if (alg.endsWith(u"384"))
            digest = "SHA384";
        else if (alg.endsWith(u"512"))
            digest = "SHA512";

        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(),
                                                                    EVP_MD_CTX_free);
        EVP_PKEY_CTX *pctx = nullptr;
        if (!ctx ||
            EVP_DigestSignInit_ex(ctx.get(), &pctx, alg == u"EdDSA" ? nullptr : digest, nullptr,
                                  nullptr, m_key.get(), nullptr) != 1)
            opensslFailure("EVP_DigestSignInit_ex failed");
        if (alg.startsWith(u"PS")) {
            if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
                EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, pssSaltLength) != 1)
                opensslFailure("cannot set PSS");
        }
        const auto *input = reinterpret_cast<const unsigned char *>(signingInput.constData());
        size_t length = 0;
        if (EVP_DigestSign(ctx.get(), nullptr, &length, input, size_t(signingInput.size())) != 1)
            opensslFailure("EVP_DigestSign (size) failed");
        QByteArray signature(qsizetype(length), Qt::Uninitialized);
        if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                           input, size_t(signingInput.size())) != 1)
            opensslFailure("EVP_DigestSign failed");
        signature.truncate(qsizetype(length));
        if (alg.startsWith(u"ES"))
            return derToRaw(signature, coordinateSize());
        return signature;
    }

private:
    Key(KeyType type, EVP_PKEY *key)
        : m_type(type)
        , m_key(key, EVP_PKEY_free)
    {
    }

    QByteArray bnParam(const char *name, int padTo) const
    {
        BIGNUM *bn = nullptr;
        if (EVP_PKEY_get_bn_param(m_key.get(), name, &bn) != 1)
            opensslFailure("EVP_PKEY_get_bn_param failed");
        const int size = padTo > 0 ? padTo : BN_num_bytes(bn);
        QByteArray out(size, Qt::Uninitialized);
        BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), size);
        BN_free(bn);
        return out;
    }

    static QByteArray derToRaw(const QByteArray &der, int size)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(der.size()));
        if (!sig)
            opensslFailure("d2i_ECDSA_SIG failed");
        const BIGNUM *r = nullptr;
        const BIGNUM *s = nullptr;
        ECDSA_SIG_get0(sig, &r, &s);
        QByteArray raw(2 * size, Qt::Uninitialized);
        BN_bn2binpad(r, reinterpret_cast<unsigned char *>(raw.data()), size);
        BN_bn2binpad(s, reinterpret_cast<unsigned char *>(raw.data()) + size, size);
        ECDSA_SIG_free(sig);
        return raw;
    }

    KeyType m_type = KeyType::Rsa2048;
    std::shared_ptr<EVP_PKEY> m_key;
};

//! {"keys": [...]}.
inline QJsonObject keySet(const QList<QJsonObject> &jwks)
{
    QJsonArray keys;
    for (const QJsonObject &jwk : jwks)
        keys.append(jwk);
    return QJsonObject{{QStringLiteral("keys"), keys}};
}

//! A JOSE header {"alg": alg, "typ": "JWT"[, "kid": kid]}.
inline QJsonObject header(const QString &alg, const QString &kid = {})
{
    QJsonObject h{{QStringLiteral("alg"), alg}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!kid.isEmpty())
        h.insert(QStringLiteral("kid"), kid);
    return h;
}

//! Joins already-encoded parts (any bytes: lets tests build malformed tokens).
inline QByteArray join(const QByteArray &header, const QByteArray &payload,
                       const QByteArray &signature)
{
    return header + '.' + payload + '.' + signature;
}

inline QByteArray signingInput(const QJsonObject &header, const QJsonObject &claims)
{
    return b64url(compactJson(header)) + '.' + b64url(compactJson(claims));
}

//! A compact JWS signed with \a key for the header's "alg".
inline QByteArray sign(const Key &key, const QJsonObject &header, const QJsonObject &claims)
{
    const QByteArray input = signingInput(header, claims);
    return input + '.' + b64url(key.signRaw(header.value(QStringLiteral("alg")).toString(), input));
}

//! A compact JWS whose signature is an HMAC (HS256/384/512 from the header) keyed by \a secret.
inline QByteArray signHmac(const QByteArray &secret, const QJsonObject &header,
                           const QJsonObject &claims)
{
    const QString alg = header.value(QStringLiteral("alg")).toString();
    const QCryptographicHash::Algorithm hash = alg.endsWith(u"384") ? QCryptographicHash::Sha384
        : alg.endsWith(u"512")                                      ? QCryptographicHash::Sha512
                                                                    : QCryptographicHash::Sha256;
    const QByteArray input = signingInput(header, claims);
    return input + '.' + b64url(QMessageAuthenticationCode::hash(input, secret, hash));
}

//! An unsecured JWS (RFC 7515 §A.5): empty signature.
inline QByteArray unsignedToken(const QJsonObject &header, const QJsonObject &claims)
{
    return signingInput(header, claims) + '.';
}

inline QList<QByteArray> parts(const QByteArray &token)
{
    return token.split('.');
}

//! Flips one bit in the middle of the decoded signature and re-encodes it.
inline QByteArray corruptSignature(const QByteArray &token)
{
    QList<QByteArray> p = parts(token);
    QByteArray signature = b64urlDecode(p.at(2));
    signature[signature.size() / 2] = char(signature.at(signature.size() / 2) ^ 0x01);
    p[2] = b64url(signature);
    return p.join('.');
}

//! Drops the last \a octets octets of the decoded signature.
inline QByteArray truncateSignature(const QByteArray &token, int octets = 1)
{
    QList<QByteArray> p = parts(token);
    QByteArray signature = b64urlDecode(p.at(2));
    signature.chop(octets);
    p[2] = b64url(signature);
    return p.join('.');
}

//! Replaces the payload, keeping header and (now wrong) signature.
inline QByteArray replacePayload(const QByteArray &token, const QJsonObject &claims)
{
    QList<QByteArray> p = parts(token);
    p[1] = b64url(compactJson(claims));
    return p.join('.');
}

/*!
 * at_hash / c_hash computed independently of the library: left half of the alg's hash,
 * SHA-512 for Ed25519 and SHAKE256/114 for Ed448 (as oidc-provider does).
 */
inline QByteArray tokenHash(const QString &alg, const QString &crv, const QByteArray &value)
{
    QByteArray digest;
    if (alg == u"EdDSA" && crv == u"Ed448") {
        unsigned char out[114];
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(),
                                                                    EVP_MD_CTX_free);
        if (EVP_DigestInit_ex(ctx.get(), EVP_shake256(), nullptr) != 1 ||
            EVP_DigestUpdate(ctx.get(), value.constData(), size_t(value.size())) != 1 ||
            EVP_DigestFinalXOF(ctx.get(), out, sizeof out) != 1)
            opensslFailure("SHAKE256 failed");
        digest = QByteArray(reinterpret_cast<const char *>(out), sizeof out);
    } else if (alg == u"EdDSA" || alg.endsWith(u"512")) {
        digest = QCryptographicHash::hash(value, QCryptographicHash::Sha512);
    } else if (alg.endsWith(u"384")) {
        digest = QCryptographicHash::hash(value, QCryptographicHash::Sha384);
    } else {
        digest = QCryptographicHash::hash(value, QCryptographicHash::Sha256);
    }
    return b64url(digest.left(digest.size() / 2));
}

//! Claims of a valid ID token at \a now: iss, sub, aud, exp (now + 1 h), iat (now).
inline QJsonObject idTokenClaims(const QString &issuer, const QString &clientId,
                                 const QDateTime &now)
{
    const qint64 t = now.toSecsSinceEpoch();
    return QJsonObject{
        {QStringLiteral("iss"), issuer},    {QStringLiteral("sub"), QStringLiteral("248289761001")},
        {QStringLiteral("aud"), clientId},  {QStringLiteral("exp"), double(t + 3600)},
        {QStringLiteral("iat"), double(t)},
    };
}

} // namespace TestJwt
