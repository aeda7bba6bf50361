// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// X.509 certificates minted at test time with OpenSSL 3 (nothing committed that could expire):
// a test CA, and server certificates signed by it or by themselves, valid or expired, for the
// right host or another one. EC P-256 keys: generated in microseconds.
//
//   const TestTls::Authority ca;                                   // a fresh CA
//   const TestTls::Identity server = ca.issue({u"127.0.0.1"_qs});  // valid for 127.0.0.1
//   fakeServer.listenTls(server.configuration());
//   QSslConfiguration::setDefaultConfiguration(ca.trustedBy(QSslConfiguration::defaultConfiguration()));

#include <QtCore/QByteArray>
#include <QtCore/QStringList>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslKey>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <stdexcept>

namespace TestTls {

using KeyPtr = std::shared_ptr<EVP_PKEY>;
using CertPtr = std::shared_ptr<X509>;

[[noreturn]] inline void failure(const char *what)
{
    throw std::runtime_error(what);
}

inline KeyPtr newKey()
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!key)
        failure("EC key generation failed");
    return KeyPtr(key, EVP_PKEY_free);
}

inline QByteArray pem(X509 *cert)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        failure("cannot write a certificate");
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

inline QByteArray pem(EVP_PKEY *key)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        failure("cannot write a key");
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

/*! What a certificate says about itself. */
struct Profile
{
    QStringList hosts;            // subjectAltName: IP addresses and DNS names
    long notBeforeOffset = -3600; // seconds from now
    long notAfterOffset = 24 * 3600;
    bool ca = false;
    QString commonName = QStringLiteral("QtSignIn test");
};

inline void addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext || X509_add_ext(cert, ext, -1) != 1)
        failure("cannot add an extension");
    X509_EXTENSION_free(ext);
}

/*! Signs a certificate for \a key with \a issuerKey (\a issuer null: self-signed). */
inline CertPtr makeCertificate(const Profile &profile, EVP_PKEY *key, X509 *issuer,
                               EVP_PKEY *issuerKey)
{
    static long serial = 1;
    CertPtr cert(X509_new(), X509_free);
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), serial++);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), profile.notBeforeOffset);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), profile.notAfterOffset);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = profile.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509 *issuerCert = issuer ? issuer : cert.get();
    if (profile.ca) {
        addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:TRUE");
        addExtension(cert.get(), issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:FALSE");
        addExtension(cert.get(), issuerCert, NID_ext_key_usage, "serverAuth");
    }
    addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash");
    if (!profile.hosts.isEmpty()) {
        QStringList names;
        for (const QString &host : profile.hosts)
            names.append((QHostAddress(host).isNull() ? u"DNS:" : u"IP:") + host);
        addExtension(cert.get(), issuerCert, NID_subject_alt_name, names.join(u',').toUtf8());
    }
    if (X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) == 0)
        failure("cannot sign a certificate");
    return cert;
}

/*! A server's certificate and private key. */
struct Identity
{
    QSslCertificate certificate;
    QSslKey key;

    QSslConfiguration configuration() const
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certificate);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        return config;
    }
};

inline Identity identity(const CertPtr &cert, const KeyPtr &key)
{
    return Identity{QSslCertificate(pem(cert.get()), QSsl::Pem),
                    QSslKey(pem(key.get()), QSsl::Ec, QSsl::Pem)};
}

/*! A test certificate authority: clients that trust it accept what it issues. */
class Authority
{
public:
    Authority()
        : m_key(newKey())
    {
        Profile profile;
        profile.ca = true;
        profile.commonName = QStringLiteral("QtSignIn test CA");
        m_cert = makeCertificate(profile, m_key.get(), nullptr, nullptr);
    }

    QSslCertificate certificate() const { return QSslCertificate(pem(m_cert.get()), QSsl::Pem); }

    /*! \a base with this CA added to its CA certificates (the system roots stay). */
    QSslConfiguration trustedBy(QSslConfiguration base) const
    {
        base.addCaCertificate(certificate());
        return base;
    }

    Identity issue(const Profile &profile) const
    {
        const KeyPtr key = newKey();
        return identity(makeCertificate(profile, key.get(), m_cert.get(), m_key.get()), key);
    }

private:
    KeyPtr m_key;
    CertPtr m_cert;
};

/*! A certificate signed by its own key: no client trusts it. */
inline Identity selfSigned(const Profile &profile)
{
    const KeyPtr key = newKey();
    return identity(makeCertificate(profile, key.get(), nullptr, nullptr), key);
}

} // namespace TestTls
