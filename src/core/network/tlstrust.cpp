// SPDX-License-Identifier: BSD-3-Clause
#include "logging_p.h"
#include "network/tlstrust_p.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QMutex>
#include <QtCore/QMutexLocker>
#include <QtCore/QSet>

namespace QtSignIn::Network {

namespace {

QList<QSslCertificate> certificatesIn(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        QList<QSslCertificate> all;
        const QFileInfoList files = QDir(path).entryInfoList(QDir::Files | QDir::Readable);
        for (const QFileInfo &file : files)
            all += QSslCertificate::fromPath(file.filePath(), QSsl::Pem);
        return all;
    }
    return QSslCertificate::fromPath(path, QSsl::Pem);
}

// The system's roots, read once: a configuration that adds certificates must list them all,
// since Qt stops loading roots on demand once a configuration's CA list is set.
const QList<QSslCertificate> &systemRoots()
{
    static const QList<QSslCertificate> roots = QSslConfiguration::systemCaCertificates();
    return roots;
}

} // namespace

QList<QSslCertificate> loadCertificates(const QString &path, AuthError *error)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isReadable()) {
        if (error)
            *error = AuthError(AuthError::Code::Configuration,
                               path + QStringLiteral(": cannot be read"));
        return {};
    }
    const QList<QSslCertificate> certificates = certificatesIn(path);
    if (certificates.isEmpty()) {
        if (error)
            *error = AuthError(AuthError::Code::Configuration,
                               path + QStringLiteral(": no PEM certificate found"));
        return {};
    }
    if (error)
        *error = AuthError();
    return certificates;
}

QList<QSslCertificate> environmentCaCertificates()
{
    static QMutex mutex;
    static QString cachedFile;
    static QString cachedDir;
    static QList<QSslCertificate> cached;

    const QString file = qEnvironmentVariable("SSL_CERT_FILE");
    const QString dir = qEnvironmentVariable("SSL_CERT_DIR");
    const QMutexLocker locker(&mutex);
    if (file == cachedFile && dir == cachedDir)
        return cached;
    cachedFile = file;
    cachedDir = dir;
    cached.clear();
    if (!file.isEmpty())
        cached += certificatesIn(file);
    // OpenSSL reads SSL_CERT_DIR as a colon-separated list of hashed folders.
    for (const QString &folder : dir.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        cached += certificatesIn(folder);
    if ((!file.isEmpty() || !dir.isEmpty()) && cached.isEmpty())
        qCWarning(lcNetwork) << "SSL_CERT_FILE / SSL_CERT_DIR name no readable PEM certificate";
    return cached;
}

std::optional<QSslConfiguration> tlsConfiguration(const QList<QSslCertificate> &extraCas,
                                                  const QSslCertificate &clientCertificate,
                                                  const QSslKey &clientKey)
{
    const QList<QSslCertificate> fromEnvironment = environmentCaCertificates();
    const bool extraTrust = !extraCas.isEmpty() || !fromEnvironment.isEmpty();
    const bool mutual = !clientCertificate.isNull() && !clientKey.isNull();
    if (!extraTrust && !mutual)
        return std::nullopt;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (extraTrust) {
        // Added to what the application already trusts (its default configuration, which may
        // carry CAs of its own) and to the system's roots; never a replacement of either.
        const QList<QSslCertificate> application = configuration.caCertificates();
        QList<QSslCertificate> all;
        QSet<QSslCertificate> seen;
        for (const QList<QSslCertificate> *list :
             {&systemRoots(), &application, &fromEnvironment, &extraCas}) {
            for (const QSslCertificate &certificate : *list) {
                if (!seen.contains(certificate)) {
                    seen.insert(certificate);
                    all.append(certificate);
                }
            }
        }
        configuration.setCaCertificates(all);
    }
    if (mutual) {
        configuration.setLocalCertificate(clientCertificate);
        configuration.setPrivateKey(clientKey);
    }
    // Never relaxed: peer verification stays on whatever else is configured.
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

} // namespace QtSignIn::Network
