// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/deviceauthorization.h>

#include <QtCore/QDebug>

#include <cmath>

namespace QtSignIn {

class DeviceAuthorizationPrivate : public QSharedData
{
public:
    QString deviceCode;
    QString userCode;
    QUrl verificationUri;
    QUrl verificationUriComplete;
    QDateTime expiresAt;
    int interval = 5;
    QJsonObject raw;
};

DeviceAuthorization::DeviceAuthorization()
    : d(new DeviceAuthorizationPrivate)
{
}
DeviceAuthorization::DeviceAuthorization(const DeviceAuthorization &other) = default;
DeviceAuthorization::DeviceAuthorization(DeviceAuthorization &&other) noexcept = default;
DeviceAuthorization &DeviceAuthorization::operator=(const DeviceAuthorization &other) = default;
DeviceAuthorization &DeviceAuthorization::operator=(DeviceAuthorization &&other) noexcept = default;
DeviceAuthorization::~DeviceAuthorization() = default;

bool DeviceAuthorization::isNull() const
{
    return d->deviceCode.isEmpty();
}

QString DeviceAuthorization::deviceCode() const
{
    return d->deviceCode;
}
void DeviceAuthorization::setDeviceCode(const QString &code)
{
    d->deviceCode = code;
}
QString DeviceAuthorization::userCode() const
{
    return d->userCode;
}
void DeviceAuthorization::setUserCode(const QString &code)
{
    d->userCode = code;
}
QUrl DeviceAuthorization::verificationUri() const
{
    return d->verificationUri;
}
void DeviceAuthorization::setVerificationUri(const QUrl &uri)
{
    d->verificationUri = uri;
}
QUrl DeviceAuthorization::verificationUriComplete() const
{
    return d->verificationUriComplete;
}
void DeviceAuthorization::setVerificationUriComplete(const QUrl &uri)
{
    d->verificationUriComplete = uri;
}
QDateTime DeviceAuthorization::expiresAt() const
{
    return d->expiresAt;
}
void DeviceAuthorization::setExpiresAt(const QDateTime &time)
{
    d->expiresAt = time.toUTC();
}
int DeviceAuthorization::interval() const
{
    return d->interval;
}
void DeviceAuthorization::setInterval(int seconds)
{
    d->interval = qBound(1, seconds, 300);
}
QJsonObject DeviceAuthorization::raw() const
{
    return d->raw;
}
void DeviceAuthorization::setRaw(const QJsonObject &raw)
{
    d->raw = raw;
}

static qint64 numberOf(const QJsonValue &value, bool *ok)
{
    if (value.isDouble()) {
        // Converting a double beyond qint64's range is undefined behaviour (found by
        // fuzz_deviceauthorization with "expires_in": 1e300). Both callers cap the value far
        // below 1e15 anyway, so clamping there changes no meaningful result.
        const double number = value.toDouble();
        *ok = !std::isnan(number);
        return *ok ? qint64(qBound(-1e15, number, 1e15)) : 0;
    }
    if (value.isString())
        return value.toString().trimmed().toLongLong(ok);
    *ok = false;
    return 0;
}

static QUrl webUrl(const QJsonValue &value)
{
    const QUrl url(value.toString(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    // Shown to the user and opened in a browser: only web links are acceptable.
    return url.isValid() && (scheme == u"https" || scheme == u"http") && !url.host().isEmpty()
        ? url
        : QUrl();
}

DeviceAuthorization DeviceAuthorization::fromJson(const QJsonObject &json,
                                                  const QDateTime &receivedAt)
{
    DeviceAuthorization result;
    const QString deviceCode = json.value(u"device_code").toString();
    const QString userCode = json.value(u"user_code").toString();
    // RFC 8628 §3.2 says verification_uri; Google and GitHub documented verification_url.
    QUrl verification = webUrl(json.value(u"verification_uri"));
    if (verification.isEmpty())
        verification = webUrl(json.value(u"verification_url"));
    bool ok = false;
    const qint64 expiresIn = numberOf(json.value(u"expires_in"), &ok);
    if (deviceCode.isEmpty() || userCode.isEmpty() || verification.isEmpty() || !ok ||
        expiresIn <= 0)
        return DeviceAuthorization();
    const QDateTime base = receivedAt.isValid() ? receivedAt : QDateTime::currentDateTimeUtc();
    result.setDeviceCode(deviceCode);
    result.setUserCode(userCode.left(64));
    result.setVerificationUri(verification);
    result.setVerificationUriComplete(webUrl(json.value(u"verification_uri_complete")));
    result.setExpiresAt(base.addSecs(qMin<qint64>(expiresIn, 24 * 3600)));
    bool intervalOk = false;
    const qint64 interval = numberOf(json.value(u"interval"), &intervalOk);
    result.setInterval(intervalOk && interval > 0 ? int(qMin<qint64>(interval, 300)) : 5);
    result.setRaw(json);
    return result;
}

QDebug operator<<(QDebug debug, const DeviceAuthorization &authorization)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "QtSignIn::DeviceAuthorization(";
    if (authorization.isNull())
        return debug << "null)";
    debug << "userCode=" << authorization.userCode()
          << ", verificationUri=" << authorization.verificationUri().toString()
          << ", expiresAt=" << authorization.expiresAt().toString(Qt::ISODate)
          << ", interval=" << authorization.interval() << ')';
    return debug;
}

} // namespace QtSignIn
