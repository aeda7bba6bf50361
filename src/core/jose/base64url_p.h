// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// base64url without padding, as JOSE uses it (RFC 7515 §2, RFC 4648 §5).

#include <QtSignIn/qtsigninglobal.h>

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>

#include <optional>

namespace QtSignIn::Jose {

/*!
 * Encodes \a data as base64url without '=' padding.
 */
QTSIGNINCORE_EXPORT QByteArray base64UrlEncode(const QByteArray &data);

/*!
 * Decodes unpadded base64url strictly: returns std::nullopt when \a encoded contains padding,
 * whitespace or any character outside [A-Za-z0-9-_], when its length is impossible
 * (length % 4 == 1), or when the unused low bits of the last character are not zero (a
 * non-canonical encoding). The empty string decodes to an empty QByteArray.
 */
QTSIGNINCORE_EXPORT std::optional<QByteArray> base64UrlDecode(QByteArrayView encoded);

} // namespace QtSignIn::Jose
