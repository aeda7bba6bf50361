// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The JWS signature algorithms we verify (RFC 7518 §3, RFC 8037 §3.1). Deliberately a closed
// list: "none" and the HMAC family (HS*) are absent, so nothing can look them up.

#include <QtCore/QStringView>

namespace QtSignIn::Jose {

enum class AlgorithmFamily { RsaPkcs1, RsaPss, Ecdsa, EdDsa };

struct Algorithm
{
    const char16_t *name;
    AlgorithmFamily family;
    const char *digest;    // OpenSSL digest name; nullptr for EdDSA (pure, no pre-hash)
    const char16_t *curve; // JWK "crv" an ECDSA key must have; nullptr otherwise
    int coordinateSize;    // ECDSA: octets of R and of S in the JWS signature (RFC 7518 §3.4)
};

//! The algorithm called \a name, or nullptr when we do not support it (including none/HS*).
const Algorithm *findAlgorithm(QStringView name);

//! True for "none" and the HMAC algorithms, which an ID token may never use here: the public
//! key is not a secret, and an unsigned token proves nothing.
bool isForbiddenAlgorithm(QStringView name);

} // namespace QtSignIn::Jose
