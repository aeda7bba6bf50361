// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Validation of OpenID Connect ID tokens (OIDC Core 1.0 §2, §3.1.3.7, §3.1.3.8).

#include <QtSignIn/qtsigninglobal.h>

#include "jose/jsonwebkey_p.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <functional>

namespace QtSignIn::Jose {

/*!
 * Checks an ID token's signature against a JWK Set and its claims against what the client
 * expects. Stateless and thread-safe; the keys are parsed once, when the JsonWebKeySet is built.
 *
 * Keys named by the token itself ("jku", "x5u", "jwk", "x5c" headers) are never used: the only
 * keys are those of the JsonWebKeySet, fetched from the provider's jwks_uri.
 */
class QTSIGNINCORE_EXPORT IdTokenValidator
{
public:
    struct Expectations
    {
        //! The client's client_id: "aud" must contain it; see Result for the "azp" rules.
        QString clientId;
        //! Custom issuer check, e.g. for Microsoft's multi-tenant "{tenantid}" template. Returns
        //! an empty string when \a iss is acceptable, otherwise a short reason. When unset,
        //! "iss" must equal \c issuer exactly.
        std::function<QString(const QString &iss, const QJsonObject &claims)> checkIssuer;
        QString issuer;
        //! From discovery's id_token_signing_alg_values_supported. Empty means RS256 only, the
        //! OIDC default (OIDC Core §3.1.3.7 step 7). "none" and HS* are refused even if listed.
        QStringList allowedAlgorithms;
        //! When not empty, the "nonce" claim must be present and equal (compared in constant
        //! time). When empty, a nonce in the token is accepted.
        QString nonce;
        //! When not empty and the token has "at_hash", the hash must match this access token.
        QString accessToken;
        //! Clock skew tolerated on exp, nbf and iat (negative counts as 0).
        int leewaySeconds = 120;
        //! The time to validate at; an invalid QDateTime means the current time.
        QDateTime now;
        //! When > 0, "iat" must not be older than this many seconds (plus leeway).
        qint64 maxIatAgeSeconds = 0;
    };

    enum class Failure {
        None,
        Malformed,            //!< not a JWS, bad encoding, bad JSON, a claim of the wrong type
        UnsupportedAlgorithm, //!< alg not allowed, unknown, "none" or HS*
        UnknownKey,           //!< no key in the set fits kid + alg: refetch the JWKS once and retry
        BadSignature,         //!< candidate keys exist but none verifies the signature
        Issuer,
        Audience,
        AuthorizedParty,
        Expired,        //!< exp passed, or iat older than maxIatAgeSeconds
        NotYetValid,    //!< nbf in the future
        IssuedInFuture, //!< iat in the future
        Nonce,
        AtHash,
        MissingClaim, //!< iss, sub, aud, exp or iat absent
    };

    struct Result
    {
        Failure failure = Failure::None;
        //! Short English reason for logs; never contains the token, nonce or signature.
        QString detail;
        //! The payload, set only once the signature has been verified.
        QJsonObject claims;
        //! The JOSE header, set whenever the token could be parsed (e.g. to log the kid).
        QJsonObject header;

        bool isValid() const { return failure == Failure::None; }
    };

    /*!
     * Validates \a idToken. The order of checks: structure, algorithm, key selection
     * (UnknownKey), signature, then the claims (required claims, iss, aud, azp, exp, nbf, iat,
     * nonce, at_hash).
     *
     * "aud" may be a string or an array of strings. If it has more than one entry "azp" is
     * required; if "azp" is present it must equal the client id.
     */
    static Result validate(const QByteArray &idToken, const JsonWebKeySet &keys,
                           const Expectations &expectations);

    /*!
     * The "at_hash" / "c_hash" value for \a value under \a alg (OIDC Core §3.1.3.8 and §3.3.2.11):
     * base64url of the left half of the hash the algorithm uses. EdDSA names no hash, so OIDC
     * Core leaves it open; we do what the oidc-provider / openid-client family does (the
     * oidc-token-hash package): SHA-512 for Ed25519, SHAKE256 with a 114-octet output for Ed448
     * (hence \a crv, the signing key's curve, for EdDSA). Returns an empty QByteArray for an
     * unsupported algorithm.
     */
    static QByteArray tokenHash(const QString &alg, const QString &crv, const QByteArray &value);
};

} // namespace QtSignIn::Jose
