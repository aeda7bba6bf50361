// SPDX-License-Identifier: BSD-3-Clause
#include "jose/verifycontext_p.h"

#include "jose/jwa_p.h"

#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace QtSignIn::Jose {

EVP_MD_CTX *newVerifyContext(EVP_PKEY *key, const Algorithm &algorithm, QString *error)
{
    const auto failWith = [error](EVP_MD_CTX *ctx, const QString &message) -> EVP_MD_CTX * {
        EVP_MD_CTX_free(ctx);
        if (error)
            *error = message;
        return nullptr;
    };
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pkeyCtx = nullptr; // owned by ctx
    // EdDSA signs the message itself (RFC 8032 "pure" mode): no digest, per RFC 8037 §3.1.
    if (!ctx ||
        EVP_DigestVerifyInit_ex(ctx, &pkeyCtx, algorithm.digest, nullptr, nullptr, key, nullptr) <=
            0)
        return failWith(ctx, u"cannot initialise signature verification"_qs);
    if (algorithm.family == AlgorithmFamily::RsaPss) {
        // RFC 7518 §3.5: MGF1 with the same hash, salt as long as the hash output. Requiring
        // that exact salt length (RSA_PSS_SALTLEN_DIGEST) rather than auto-detecting it.
        if (EVP_PKEY_CTX_set_rsa_padding(pkeyCtx, RSA_PKCS1_PSS_PADDING) <= 0 ||
            EVP_PKEY_CTX_set_rsa_pss_saltlen(pkeyCtx, RSA_PSS_SALTLEN_DIGEST) <= 0 ||
            EVP_PKEY_CTX_set_rsa_mgf1_md_name(pkeyCtx, algorithm.digest, nullptr) <= 0)
            return failWith(ctx, u"cannot configure RSA-PSS"_qs);
    } else if (algorithm.family == AlgorithmFamily::RsaPkcs1) {
        if (EVP_PKEY_CTX_set_rsa_padding(pkeyCtx, RSA_PKCS1_PADDING) <= 0)
            return failWith(ctx, u"cannot configure RSA"_qs);
    }
    return ctx;
}

VerifyContextCache::~VerifyContextCache()
{
    for (const auto &entry : m_templates)
        EVP_MD_CTX_free(entry.second);
}

EVP_MD_CTX *VerifyContextCache::acquire(EVP_PKEY *key, const Algorithm &algorithm, QString *error)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    const EVP_MD_CTX *source = nullptr;
    for (const auto &entry : m_templates) {
        if (entry.first == &algorithm)
            source = entry.second;
    }
    if (!source) {
        EVP_MD_CTX *made = newVerifyContext(key, algorithm, error);
        if (!made)
            return nullptr;
        m_templates.emplace_back(&algorithm, made);
        source = made;
    }
    // A context that was never used for a verification is copied, never used itself: each
    // EVP_DigestVerify() finalises the context it is given.
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    if (copy && EVP_MD_CTX_copy_ex(copy, source) > 0)
        return copy;
    EVP_MD_CTX_free(copy);
    // An implementation that cannot duplicate its contexts: set one up each time.
    return newVerifyContext(key, algorithm, error);
}

} // namespace QtSignIn::Jose
