// SPDX-License-Identifier: BSD-3-Clause
#include "jwa_p.h"

namespace QtSignIn::Jose {

namespace {

// RFC 7518 §3.1 (RS*, PS*, ES*), §3.4 (R and S are each the size of the curve's order, 521 bits
// rounding up to 66 octets for P-521), RFC 8037 §3.1 (EdDSA).
constexpr Algorithm Algorithms[] = {
    {u"RS256", AlgorithmFamily::RsaPkcs1, "SHA256", nullptr, 0},
    {u"RS384", AlgorithmFamily::RsaPkcs1, "SHA384", nullptr, 0},
    {u"RS512", AlgorithmFamily::RsaPkcs1, "SHA512", nullptr, 0},
    {u"PS256", AlgorithmFamily::RsaPss, "SHA256", nullptr, 0},
    {u"PS384", AlgorithmFamily::RsaPss, "SHA384", nullptr, 0},
    {u"PS512", AlgorithmFamily::RsaPss, "SHA512", nullptr, 0},
    {u"ES256", AlgorithmFamily::Ecdsa, "SHA256", u"P-256", 32},
    {u"ES384", AlgorithmFamily::Ecdsa, "SHA384", u"P-384", 48},
    {u"ES512", AlgorithmFamily::Ecdsa, "SHA512", u"P-521", 66},
    {u"EdDSA", AlgorithmFamily::EdDsa, nullptr, nullptr, 0},
};

} // namespace

const Algorithm *findAlgorithm(QStringView name)
{
    for (const Algorithm &algorithm : Algorithms) {
        if (name == QStringView(algorithm.name))
            return &algorithm;
    }
    return nullptr;
}

bool isForbiddenAlgorithm(QStringView name)
{
    // Case-insensitive on purpose: "None" or "hs256" must not slip through a list an
    // application configured by hand.
    return name.compare(u"none", Qt::CaseInsensitive) == 0 ||
        name.startsWith(u"HS", Qt::CaseInsensitive);
}

} // namespace QtSignIn::Jose
