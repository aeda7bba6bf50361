// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QUrl>

namespace QtSignIn::Network {

/*!
 * True when \a url's host is a loopback host: 127.0.0.0/8, ::1 or `localhost`. Judged by the
 * URL text only, never by what a name resolves to (RFC 8252 §8.3).
 */
QTSIGNINCORE_EXPORT bool isLoopbackUrl(const QUrl &url);

/*!
 * The transport rule for every endpoint: https, or http to a loopback host when
 * \a allowInsecureLoopback is set. Returns Code::Configuration naming \a what otherwise.
 */
QTSIGNINCORE_EXPORT AuthError checkEndpoint(const QUrl &url, bool allowInsecureLoopback,
                                            const QString &what = QString());

/*!
 * application/x-www-form-urlencoded (HTML §4.10.21.8 / RFC 6749 Appendix B): every byte
 * outside the unreserved set is percent-encoded, so `+`, `&` and `=` in values survive.
 */
QTSIGNINCORE_EXPORT QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

/*! Percent-encodes one form value (space as %20, which every server accepts). */
QTSIGNINCORE_EXPORT QByteArray formEncodeValue(const QString &value);

} // namespace QtSignIn::Network
