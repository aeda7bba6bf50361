// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsigninglobal.h>

#include <QtCore/QProcessEnvironment>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkProxyFactory>

namespace QtSignIn::Network {

/*!
 * Which proxy a provider's request goes through:
 * 1. loopback hosts (127.0.0.0/8, ::1, localhost — by the URL's text): never a proxy;
 * 2. a host listed in no_proxy / NO_PROXY: direct;
 * 3. the explicit proxy of the provider (settings `proxy`, QTSIGNIN_PROXY) if one is set;
 * 4. https_proxy / http_proxy / all_proxy (either case), as curl and most tools read them;
 * 5. the system's configuration (QNetworkProxyFactory::systemProxyForQuery()).
 * An explicit QNetworkProxy::NoProxy means direct for everything.
 */
class QTSIGNINCORE_EXPORT ProxyPolicy : public QNetworkProxyFactory
{
public:
    explicit ProxyPolicy(
        const QNetworkProxy &explicitProxy = QNetworkProxy(QNetworkProxy::DefaultProxy),
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    /*! `http://[user:password@]host:port`, `socks5://…`, or `host:port` (http). */
    static std::optional<QNetworkProxy> parseProxyUrl(const QString &text);
    /*! True when \a host matches the no_proxy list \a noProxy (comma separated, `.suffix`,
     *  `*.suffix`, `*` for all; ports ignored). */
    static bool matchesNoProxy(const QString &host, const QString &noProxy);

private:
    QNetworkProxy m_explicit;
    QProcessEnvironment m_environment;
};

} // namespace QtSignIn::Network
