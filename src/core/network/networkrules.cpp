// SPDX-License-Identifier: BSD-3-Clause
#include "network/networkrules_p.h"

#include <QtNetwork/QHostAddress>

namespace QtSignIn::Network {

bool isLoopbackUrl(const QUrl &url)
{
    const QString host = url.host(QUrl::FullyDecoded).toLower();
    if (host.isEmpty())
        return false;
    // RFC 8252 §8.3 recommends IP literals; `localhost` is accepted because development
    // identity providers commonly use it, but never a name that merely resolves to loopback.
    if (host == u"localhost")
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

AuthError checkEndpoint(const QUrl &url, bool allowInsecureLoopback, const QString &what)
{
    const QString name = what.isEmpty() ? QStringLiteral("endpoint") : what;
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return AuthError(AuthError::Code::Configuration,
                         name + QStringLiteral(" is not a valid absolute URL"));
    if (!url.userInfo().isEmpty())
        return AuthError(AuthError::Code::Configuration,
                         name + QStringLiteral(" must not contain user information"));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return AuthError();
    if (scheme == u"http") {
        if (!isLoopbackUrl(url))
            return AuthError(AuthError::Code::Configuration,
                             name + QStringLiteral(" uses plain http to a non-loopback host ") +
                                 url.host());
        if (!allowInsecureLoopback)
            return AuthError(AuthError::Code::Configuration,
                             name +
                                 QStringLiteral(" uses plain http; allow it for loopback "
                                                "development servers with "
                                                "allowInsecureLoopback"));
        return AuthError();
    }
    return AuthError(AuthError::Code::Configuration,
                     name + QStringLiteral(" has unsupported scheme ") + scheme);
}

QByteArray formEncodeValue(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &field : fields) {
        if (!out.isEmpty())
            out += '&';
        out += formEncodeValue(field.first) + '=' + formEncodeValue(field.second);
    }
    return out;
}

} // namespace QtSignIn::Network
