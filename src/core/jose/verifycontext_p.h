// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QString>

#include <mutex>
#include <utility>
#include <vector>

typedef struct evp_md_ctx_st EVP_MD_CTX;
typedef struct evp_pkey_st EVP_PKEY;

namespace QtSignIn::Jose {

struct Algorithm;

/*!
 * A context ready for EVP_DigestVerify() with \a key and \a algorithm (digest, RSA padding,
 * PSS salt and MGF1), or null with \a error set. The caller frees it with EVP_MD_CTX_free().
 */
EVP_MD_CTX *newVerifyContext(EVP_PKEY *key, const Algorithm &algorithm, QString *error);

/*!
 * Verification contexts set up once per key and algorithm and copied for each signature.
 * Setting one up fetches the signature and digest implementations and configures the padding:
 * 3-6 µs with OpenSSL 3.0, a fifth of an RSA-2048 verification; a copy costs 0.3 µs. Each
 * JsonWebKey owns one (shared by its copies). Thread-safe.
 */
class VerifyContextCache
{
public:
    VerifyContextCache() = default;
    ~VerifyContextCache();
    VerifyContextCache(const VerifyContextCache &) = delete;
    VerifyContextCache &operator=(const VerifyContextCache &) = delete;

    /*! A fresh context, as newVerifyContext() makes, for one EVP_DigestVerify(). */
    EVP_MD_CTX *acquire(EVP_PKEY *key, const Algorithm &algorithm, QString *error);

private:
    std::mutex m_mutex;
    std::vector<std::pair<const Algorithm *, EVP_MD_CTX *>> m_templates;
};

} // namespace QtSignIn::Jose
