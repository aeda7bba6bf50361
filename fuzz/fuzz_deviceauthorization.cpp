// SPDX-License-Identifier: BSD-3-Clause
// Device authorization responses (RFC 8628 §3.2): the input is what the device authorization
// endpoint answers, first with HTTP 200, then with 400. Through HttpExchange, the OAuth error
// handling and DeviceAuthorization::fromJson (GitHub's verification_url spelling included).

#include <QtSignIn/deviceauthorization.h>
#include <QtSignIn/deviceauthorizationreply.h>
#include <QtSignIn/genericoidcprovider.h>

#include "fuzzsupport.h"

#include <QtCore/QJsonDocument>

using namespace QtSignIn;
using QtSignInFuzz::Answer;

namespace {

using QtSignInFuzz::network;

void check(const DeviceAuthorization &authorization)
{
    if (authorization.isNull())
        return;
    // RFC 8628 §3.2: all four are required; a non-null value must have them.
    if (authorization.deviceCode().isEmpty() || authorization.userCode().isEmpty() ||
        authorization.verificationUri().isEmpty() || !authorization.expiresAt().isValid())
        qFatal("a device authorization without a required member");
    if (authorization.interval() <= 0)
        qFatal("a polling interval of %d s", authorization.interval());
    QString text;
    QDebug(&text) << authorization;
    // Printed are the user code and the URIs, never the device code (a bearer secret while
    // the user approves): unless it is part of what may be printed, it must not appear.
    const QString deviceCode = authorization.deviceCode();
    const QString printable = authorization.userCode() + u' ' +
        authorization.verificationUri().toString() + u' ' +
        authorization.verificationUriComplete().toString() + u' ' +
        authorization.expiresAt().toString(Qt::ISODate);
    if (deviceCode.size() >= 12 && !printable.contains(deviceCode) && text.contains(deviceCode))
        qFatal("the device code was printed");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QtSignInFuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QtSignInFuzz::bytes(data, size);
    check(DeviceAuthorization::fromJson(QJsonDocument::fromJson(body).object()));

    for (const int status : {200, 400}) {
        network()->handler = [&](const QNetworkRequest &, const QByteArray &, const QByteArray &) {
            return Answer{status, body};
        };
        GenericOidcProvider provider;
        provider.setNetworkAccessManager(network());
        provider.setClientId(QStringLiteral("client"));
        provider.setAuthorizeUrl(QUrl(QStringLiteral("https://op.example/auth")));
        provider.setTokenUrl(QUrl(QStringLiteral("https://op.example/token")));
        provider.setDeviceAuthorizationUrl(QUrl(QStringLiteral("https://op.example/device")));
        DeviceAuthorizationReply *reply = provider.requestDeviceAuthorization();
        QPointer<DeviceAuthorizationReply> guard(reply);
        QtSignInFuzz::pumpUntil([&] { return !guard || guard->isFinished(); });
        if (guard && !guard->hasError())
            check(guard->deviceAuthorization());
        QtSignInFuzz::finishReply(reply);
    }
    return 0;
}
