// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Public JSON Web Keys (RFC 7517) of the kinds an OpenID Provider signs ID tokens with:
// RSA and EC (RFC 7518 §6) and OKP Ed25519/Ed448 (RFC 8037).

#include <QtSignIn/qtsigninglobal.h>

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace QtSignIn::Jose {

class VerifyContextCache;

/*!
 * One parsed public JWK. The OpenSSL key is built once in fromJson() and shared between copies,
 * so verifying many tokens against the same key never re-parses it.
 *
 * Only public members are read: a JWK that also carries private members ("d", "p", ...) is
 * accepted, but only its public part is used.
 */
class QTSIGNINCORE_EXPORT JsonWebKey
{
public:
    JsonWebKey() = default;

    /*!
     * Parses \a jwk. On failure returns a null key and, when \a error is not null, a short
     * English reason. Supported: "RSA" (modulus of at least 2048 bits), "EC" (P-256, P-384,
     * P-521; the point must lie on the curve) and "OKP" (Ed25519, Ed448).
     */
    static JsonWebKey fromJson(const QJsonObject &jwk, QString *error = nullptr);

    bool isNull() const { return !m_key; }

    QString kid() const { return m_kid; }
    QString kty() const { return m_kty; }
    QString alg() const { return m_alg; }
    QString use() const { return m_use; }
    QString crv() const { return m_crv; }
    //! The "key_ops" member; hasKeyOps() tells an absent member from an empty array.
    QStringList keyOps() const { return m_keyOps; }
    bool hasKeyOps() const { return m_hasKeyOps; }
    //! Size of the key in bits (RSA modulus, EC field, 255/448 for OKP).
    int bits() const { return m_bits; }

    //! The OpenSSL key; owned by this object (and its copies). Null for a null key.
    EVP_PKEY *evpKey() const { return m_key.get(); }
    //! Verification contexts set up for this key (shared by its copies). Null for a null key.
    VerifyContextCache *verifyContexts() const { return m_contexts.get(); }

    /*!
     * Whether this key may verify a JWS signed with \a alg: the key type and curve must fit
     * the algorithm (RS*, PS* need RSA; ES256/ES384/ES512 need P-256/P-384/P-521; EdDSA needs
     * Ed25519 or Ed448), "use" must be absent or "sig", "alg" if present must equal \a alg, and
     * "key_ops" if present must contain "verify".
     */
    bool isUsableFor(const QString &alg) const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
    std::shared_ptr<VerifyContextCache> m_contexts;
    QString m_kid;
    QString m_kty;
    QString m_alg;
    QString m_use;
    QString m_crv;
    QStringList m_keyOps;
    bool m_hasKeyOps = false;
    int m_bits = 0;
};

/*!
 * A JWK Set (RFC 7517 §5) reduced to the keys we can use.
 */
class QTSIGNINCORE_EXPORT JsonWebKeySet
{
public:
    JsonWebKeySet() = default;
    explicit JsonWebKeySet(const QList<JsonWebKey> &keys)
        : m_keys(keys)
    {
    }

    /*!
     * Parses a JWK Set document (an object with a "keys" array). Keys that cannot be parsed or
     * are of an unsupported type are skipped, as RFC 7517 §5 asks. Returns an empty set and
     * sets \a error when the document is malformed or no usable key remains.
     */
    static JsonWebKeySet fromJson(const QJsonObject &jwks, QString *error = nullptr);

    const QList<JsonWebKey> &keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }
    qsizetype size() const { return m_keys.size(); }

    /*!
     * The keys that may verify a token whose header has \a kid and \a alg: when \a kid is not
     * empty only keys with exactly that kid, otherwise every key; in both cases only keys for
     * which JsonWebKey::isUsableFor(\a alg) holds.
     */
    QList<JsonWebKey> candidates(const QString &kid, const QString &alg) const;

    //! The predicate behind candidates(), for callers that iterate keys() without copying.
    static bool isCandidate(const JsonWebKey &key, const QString &kid, const QString &alg);

private:
    QList<JsonWebKey> m_keys;
};

} // namespace QtSignIn::Jose
