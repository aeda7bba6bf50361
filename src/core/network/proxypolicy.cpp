// SPDX-License-Identifier: BSD-3-Clause
#include "logging_p.h"
#include "network/networkrules_p.h"
#include "network/proxypolicy_p.h"

#include <QtCore/QUrl>

namespace QtSignIn::Network {

ProxyPolicy::ProxyPolicy(const QNetworkProxy &explicitProxy, const QProcessEnvironment &environment)
    : m_explicit(explicitProxy)
    , m_environment(environment)
{
}

std::optional<QNetworkProxy> ProxyPolicy::parseProxyUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    QUrl url(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("http://") + trimmed,
             QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    int defaultPort = 8080;
    if (scheme == u"socks5" || scheme == u"socks5h") {
        type = QNetworkProxy::Socks5Proxy;
        defaultPort = 1080;
    } else if (scheme != u"http") {
        // An https:// proxy (TLS to the proxy itself) is not supported by Qt 6.4.
        return std::nullopt;
    }
    return QNetworkProxy(type, url.host(), quint16(url.port(defaultPort)),
                         url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded));
}

bool ProxyPolicy::matchesNoProxy(const QString &host, const QString &noProxy)
{
    const QString name = host.toLower();
    for (QString entry : noProxy.split(u',', Qt::SkipEmptyParts)) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == u"*")
            return true;
        // Ports are ignored (host:port entries, IPv6 literals in brackets kept whole).
        if (!entry.startsWith(u'[') && entry.count(u':') == 1)
            entry.truncate(entry.indexOf(u':'));
        if (entry.startsWith(u"*."))
            entry.remove(0, 1);
        if (entry.startsWith(u'.')) {
            if (name.endsWith(entry) || name == entry.mid(1))
                return true;
        } else if (name == entry || name.endsWith(u'.' + entry)) {
            return true;
        }
    }
    return false;
}

QList<QNetworkProxy> ProxyPolicy::queryProxy(const QNetworkProxyQuery &query)
{
    const QNetworkProxy direct(QNetworkProxy::NoProxy);
    const QUrl url = query.url();
    // The loopback receiver and a development IdP on this machine: a proxy elsewhere could not
    // reach them, and must never see what passes between them.
    if (isLoopbackUrl(url))
        return {direct};
    if (m_explicit.type() == QNetworkProxy::NoProxy)
        return {direct};
    const auto variable = [this](const char *name) {
        const QString lower = QString::fromLatin1(name);
        const QString value = m_environment.value(lower);
        return value.isEmpty() ? m_environment.value(lower.toUpper()) : value;
    };
    if (matchesNoProxy(url.host(), variable("no_proxy")))
        return {direct};
    if (m_explicit.type() != QNetworkProxy::DefaultProxy)
        return {m_explicit};
    const bool https = url.scheme().compare(u"https", Qt::CaseInsensitive) == 0;
    for (const char *name : {https ? "https_proxy" : "http_proxy", "all_proxy"}) {
        const QString value = variable(name);
        if (value.isEmpty())
            continue;
        if (const auto proxy = parseProxyUrl(value))
            return {*proxy};
        // Never fall through to a direct connection the user did not ask for silently.
        qCWarning(lcNetwork) << name << "is not a usable proxy URL; using the system proxy";
        break;
    }
    return systemProxyForQuery(query);
}

} // namespace QtSignIn::Network
