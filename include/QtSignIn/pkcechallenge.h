// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsigninglobal.h>

#include <QtCore/QString>

namespace QtSignIn {

/*!
 * \brief A PKCE pair (RFC 7636), S256 only.
 *
 * generate() draws 64 bytes from the system CSPRNG, giving an 86-character verifier.
 * The `plain` method is deliberately not offered (RFC 9700 §2.1.1).
 *
 * \code
 * const auto pkce = QtSignIn::PkceChallenge::generate();
 * QUrl url = provider->buildAuthorizeUrl(redirectUri, state, pkce);
 * // … later, with the code from the redirect:
 * provider->exchangeCode(code, redirectUri, pkce.verifier(), nonce);
 * \endcode
 */
class QTSIGNINCORE_EXPORT PkceChallenge
{
public:
    /*! A null challenge (no PKCE). */
    PkceChallenge() = default;

    /*! A fresh random pair. */
    static PkceChallenge generate();
    /*!
     * A pair for a given verifier. Returns a null challenge when \a verifier is not 43–128
     * characters of the unreserved set `[A-Z a-z 0-9 - . _ ~]` (RFC 7636 §4.1).
     */
    static PkceChallenge fromVerifier(const QString &verifier);
    /*! True when \a verifier satisfies RFC 7636 §4.1. */
    static bool isValidVerifier(const QString &verifier);

    bool isNull() const { return m_verifier.isEmpty(); }
    QString verifier() const { return m_verifier; }
    /*! BASE64URL(SHA256(ASCII(verifier))) without padding. */
    QString challenge() const { return m_challenge; }
    /*! Always `S256`. */
    static QString method();

private:
    QString m_verifier;
    QString m_challenge;
};

} // namespace QtSignIn
