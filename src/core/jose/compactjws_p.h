// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// JWS Compact Serialization (RFC 7515 §7.1) with a JSON payload, and signature verification
// with the algorithms of jwa_p.h.

#include <QtSignIn/qtsigninglobal.h>

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace QtSignIn::Jose {

class JsonWebKey;

struct QTSIGNINCORE_EXPORT CompactJws
{
    //! Tokens longer than this are refused before any decoding.
    static constexpr qsizetype MaxTokenSize = 64 * 1024;

    QByteArray signingInput; //!< ASCII(BASE64URL(header) || '.' || BASE64URL(payload))
    QByteArray signature;    //!< decoded signature octets
    QJsonObject header;
    QJsonObject payload;

    //! The header's "alg"; parse() guarantees it is a non-empty string.
    QString algorithm() const;
    //! The header's "kid", or an empty string.
    QString keyId() const;

    /*!
     * Splits and decodes \a token: exactly three parts, strict base64url, a JSON object header
     * with a string "alg" and no "crit" (we understand no extension, RFC 7515 §4.1.11), and a
     * JSON object payload. The signature is NOT checked. On failure returns std::nullopt and,
     * when \a error is not null, a short English reason that never contains the token.
     */
    static std::optional<CompactJws> parse(const QByteArray &token, QString *error = nullptr);
};

/*!
 * Verifies the signature of \a jws with \a key for the algorithm in its header. Refuses a key
 * that is not usable for that algorithm (JsonWebKey::isUsableFor()). "none" and HS* are never
 * accepted. Returns true only for a valid signature; otherwise sets \a error if not null.
 */
QTSIGNINCORE_EXPORT bool verifySignature(const CompactJws &jws, const JsonWebKey &key,
                                         QString *error = nullptr);

} // namespace QtSignIn::Jose
