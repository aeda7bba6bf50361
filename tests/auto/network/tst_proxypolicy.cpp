// SPDX-License-Identifier: BSD-3-Clause
// Which proxy each request takes (Network::ProxyPolicy): loopback never, no_proxy direct, the
// explicit proxy, then the environment's, then the system's.

#include "network/proxypolicy_p.h"

#include <QtTest/QTest>

using QtSignIn::Network::ProxyPolicy;

class tst_ProxyPolicy : public QObject
{
    Q_OBJECT

private:
    static QNetworkProxy first(ProxyPolicy &policy, const char *url)
    {
        const QList<QNetworkProxy> proxies =
            policy.queryProxy(QNetworkProxyQuery(QUrl(QString::fromLatin1(url))));
        return proxies.isEmpty() ? QNetworkProxy() : proxies.first();
    }

    static QProcessEnvironment
    environment(std::initializer_list<std::pair<const char *, const char *>> values)
    {
        QProcessEnvironment env;
        for (const auto &[name, value] : values)
            env.insert(QString::fromLatin1(name), QString::fromLatin1(value));
        return env;
    }

private Q_SLOTS:
    void loopbackIsNeverProxied_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:9080/token");
        QTest::newRow("127.1.2.3") << QStringLiteral("https://127.1.2.3/");
        QTest::newRow("::1") << QStringLiteral("http://[::1]:8080/");
        QTest::newRow("localhost") << QStringLiteral("https://localhost:8443/");
    }

    void loopbackIsNeverProxied()
    {
        QFETCH(QString, url);
        const QNetworkProxy explicitProxy(QNetworkProxy::HttpProxy, QStringLiteral("proxy.corp"),
                                          3128);
        ProxyPolicy policy(explicitProxy,
                           environment({{"https_proxy", "http://env-proxy:8080"},
                                        {"http_proxy", "http://env-proxy:8080"}}));
        const QList<QNetworkProxy> proxies = policy.queryProxy(QNetworkProxyQuery(QUrl(url)));
        QCOMPARE(proxies.size(), 1);
        QCOMPARE(proxies.first().type(), QNetworkProxy::NoProxy);
    }

    void explicitProxyWinsOverTheEnvironment()
    {
        const QNetworkProxy explicitProxy(QNetworkProxy::HttpProxy, QStringLiteral("proxy.corp"),
                                          3128);
        ProxyPolicy policy(explicitProxy, environment({{"https_proxy", "http://env-proxy:8080"}}));
        const QNetworkProxy proxy = first(policy, "https://login.example.com/token");
        QCOMPARE(proxy.hostName(), QStringLiteral("proxy.corp"));
        QCOMPARE(proxy.port(), quint16(3128));
    }

    void environmentProxiesByScheme()
    {
        ProxyPolicy policy(QNetworkProxy(QNetworkProxy::DefaultProxy),
                           environment({{"HTTPS_PROXY", "http://user:pa%40ss@secure-proxy:8443"},
                                        {"http_proxy", "plain-proxy:3128"}}));
        const QNetworkProxy secure = first(policy, "https://login.example.com/");
        QCOMPARE(secure.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(secure.hostName(), QStringLiteral("secure-proxy"));
        QCOMPARE(secure.port(), quint16(8443));
        QCOMPARE(secure.user(), QStringLiteral("user"));
        QCOMPARE(secure.password(), QStringLiteral("pa@ss"));
        const QNetworkProxy plain = first(policy, "http://intranet.example.com/");
        QCOMPARE(plain.hostName(), QStringLiteral("plain-proxy"));
        QCOMPARE(plain.port(), quint16(3128));
    }

    void allProxyAndSocks()
    {
        ProxyPolicy policy(QNetworkProxy(QNetworkProxy::DefaultProxy),
                           environment({{"all_proxy", "socks5://socks.corp"}}));
        const QNetworkProxy proxy = first(policy, "https://login.example.com/");
        QCOMPARE(proxy.type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(proxy.port(), quint16(1080));
    }

    void noProxyMatches_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<bool>("direct");
        QTest::newRow("exact") << QStringLiteral("idp.corp") << QStringLiteral("idp.corp") << true;
        QTest::newRow("subdomain")
            << QStringLiteral("login.idp.corp") << QStringLiteral("idp.corp") << true;
        QTest::newRow("leading dot")
            << QStringLiteral("login.corp") << QStringLiteral(".corp") << true;
        QTest::newRow("wildcard") << QStringLiteral("login.corp") << QStringLiteral("*.corp")
                                  << true;
        QTest::newRow("star") << QStringLiteral("anything.example") << QStringLiteral("*") << true;
        QTest::newRow("port ignored")
            << QStringLiteral("idp.corp") << QStringLiteral("other, idp.corp:443") << true;
        QTest::newRow("case") << QStringLiteral("IdP.Corp") << QStringLiteral("idp.corp") << true;
        QTest::newRow("suffix is not a domain")
            << QStringLiteral("notidp.corp") << QStringLiteral("idp.corp") << false;
        QTest::newRow("unlisted") << QStringLiteral("login.example.com")
                                  << QStringLiteral("idp.corp,.internal") << false;
    }

    void noProxyMatches()
    {
        QFETCH(QString, host);
        QFETCH(QString, noProxy);
        QFETCH(bool, direct);
        QCOMPARE(ProxyPolicy::matchesNoProxy(host, noProxy), direct);
        QProcessEnvironment env;
        env.insert(QStringLiteral("https_proxy"), QStringLiteral("http://proxy.corp:3128"));
        env.insert(QStringLiteral("no_proxy"), noProxy);
        ProxyPolicy policy(QNetworkProxy(QNetworkProxy::DefaultProxy), env);
        const QNetworkProxy proxy =
            policy
                .queryProxy(QNetworkProxyQuery(
                    QUrl(QStringLiteral("https://") + host + QStringLiteral("/"))))
                .first();
        QCOMPARE(proxy.type() == QNetworkProxy::NoProxy, direct);
    }

    void noProxyMeansDirectForEverything()
    {
        ProxyPolicy policy(QNetworkProxy(QNetworkProxy::NoProxy),
                           environment({{"https_proxy", "http://env-proxy:8080"}}));
        QCOMPARE(first(policy, "https://login.example.com/").type(), QNetworkProxy::NoProxy);
    }

    void proxyUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("http") << QStringLiteral("http://proxy:3128") << true;
        QTest::newRow("bare") << QStringLiteral("proxy:3128") << true;
        QTest::newRow("socks5") << QStringLiteral("socks5://proxy") << true;
        QTest::newRow("https proxy") << QStringLiteral("https://proxy:443") << false;
        QTest::newRow("garbage") << QStringLiteral("::::") << false;
        QTest::newRow("empty") << QStringLiteral("") << false;
    }

    void proxyUrls()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(ProxyPolicy::parseProxyUrl(text).has_value(), valid);
    }
};

QTEST_GUILESS_MAIN(tst_ProxyPolicy)
#include "tst_proxypolicy.moc"
