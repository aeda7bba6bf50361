// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>

#include <QtCore/QList>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslKey>

#include <optional>

namespace QtSignIn::Network {

/*!
 * PEM certificates from \a path: one file (a bundle) or every file of a folder. An unreadable
 * path, or one without a single certificate, sets \a error (Configuration) naming the path.
 */
QTSIGNINCORE_EXPORT QList<QSslCertificate> loadCertificates(const QString &path, AuthError *error);

/*!
 * The certificate authorities named by SSL_CERT_FILE and SSL_CERT_DIR, as OpenSSL's own tools
 * honour them; empty when neither is set. Read again whenever the variables change.
 */
QTSIGNINCORE_EXPORT QList<QSslCertificate> environmentCaCertificates();

/*!
 * The TLS configuration for one request: the system's roots plus \a extraCas (and the
 * environment's), never instead of them; \a clientCertificate and \a clientKey presented when
 * set (mutual TLS). nullopt when nothing differs from Qt's default configuration.
 */
QTSIGNINCORE_EXPORT std::optional<QSslConfiguration>
tlsConfiguration(const QList<QSslCertificate> &extraCas, const QSslCertificate &clientCertificate,
                 const QSslKey &clientKey);

} // namespace QtSignIn::Network
