// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsigninglobal.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>
#include <QtCore/QUrl>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace QtSignIn {

class DeviceAuthorizationPrivate;

/*!
 * \brief A device authorization response (RFC 8628 §3.2): what to show the user.
 *
 * Show userCode() and verificationUri() (or verificationUriComplete(), e.g. as a QR code) and
 * a countdown to expiresAt(). The device code itself is a credential: it is never shown and
 * QDebug does not print it.
 *
 * \code
 * connect(flow, &QtSignIn::AuthFlow::deviceAuthorizationReady, this,
 *         [this](const QtSignIn::DeviceAuthorization &device) {
 *             codeLabel->setText(device.userCode());
 *             linkLabel->setText(device.verificationUri().toString());
 *         });
 * \endcode
 */
class QTSIGNINCORE_EXPORT DeviceAuthorization
{
    Q_GADGET
    Q_PROPERTY(QString userCode READ userCode CONSTANT)
    Q_PROPERTY(QUrl verificationUri READ verificationUri CONSTANT)
    Q_PROPERTY(QUrl verificationUriComplete READ verificationUriComplete CONSTANT)
    Q_PROPERTY(QDateTime expiresAt READ expiresAt CONSTANT)
    Q_PROPERTY(int interval READ interval CONSTANT)

public:
    DeviceAuthorization();
    DeviceAuthorization(const DeviceAuthorization &other);
    DeviceAuthorization(DeviceAuthorization &&other) noexcept;
    DeviceAuthorization &operator=(const DeviceAuthorization &other);
    DeviceAuthorization &operator=(DeviceAuthorization &&other) noexcept;
    ~DeviceAuthorization();

    bool isNull() const;

    /*! The secret code the client polls with (RFC 8628 §3.2 `device_code`). */
    QString deviceCode() const;
    void setDeviceCode(const QString &code);
    /*! The code the user types at the verification page. */
    QString userCode() const;
    void setUserCode(const QString &code);
    QUrl verificationUri() const;
    void setVerificationUri(const QUrl &uri);
    /*! The verification URI with the user code included, if the server gives one. */
    QUrl verificationUriComplete() const;
    void setVerificationUriComplete(const QUrl &uri);
    /*! When the codes expire (UTC). */
    QDateTime expiresAt() const;
    void setExpiresAt(const QDateTime &time);
    /*! Seconds between polls; 5 when the server gives none (RFC 8628 §3.2). */
    int interval() const;
    void setInterval(int seconds);
    QJsonObject raw() const;
    void setRaw(const QJsonObject &raw);

    /*!
     * Parses a device authorization response received at \a receivedAt. Returns a null value
     * when a required member (device_code, user_code, verification_uri, expires_in) is missing.
     * GitHub's `verification_url` spelling is accepted too.
     */
    static DeviceAuthorization fromJson(const QJsonObject &json,
                                        const QDateTime &receivedAt = QDateTime());

private:
    QSharedDataPointer<DeviceAuthorizationPrivate> d;
};

/*! Prints the user code, URIs and expiry; never the device code. */
QTSIGNINCORE_EXPORT QDebug operator<<(QDebug debug, const DeviceAuthorization &authorization);

} // namespace QtSignIn
