// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The test OpenID Provider (tests/oidc, started by `tools/setup.sh run --oidc`) as the
// benchmarks use it: the issuer from $OIDC_ISSUER, the public client qt-desktop, and a
// network manager that records every request the library sends.

#include "benchcommon.h"
#include "countingnetworkmanager.h"

#include <QtSignIn/genericoidcprovider.h>

#include <QtCore/QElapsedTimer>
#include <QtNetwork/QNetworkReply>

namespace Bench {

//! Counts like the tests' manager, and also keeps each request's path and start time.
class RecordingNetworkManager : public QtSignInTest::CountingNetworkManager
{
public:
    struct Request
    {
        QString path;
        qint64 startNs = 0;
        qint64 finishedNs = 0; // when the reply finished (0 while in flight)
    };

    explicit RecordingNetworkManager(const QElapsedTimer *clock, QObject *parent = nullptr)
        : CountingNetworkManager(parent)
        , m_clock(clock)
    {
    }

    const QList<Request> &log() const { return m_log; }
    qsizetype mark() const { return m_log.size(); }
    //! Paths requested since \a mark, in order.
    QStringList pathsSince(qsizetype mark) const
    {
        QStringList paths;
        for (qsizetype i = mark; i < m_log.size(); ++i)
            paths.append(m_log.at(i).path);
        return paths;
    }
    int countSince(qsizetype mark, const QString &path) const
    {
        int n = 0;
        for (qsizetype i = mark; i < m_log.size(); ++i)
            n += m_log.at(i).path == path ? 1 : 0;
        return n;
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        const qsizetype index = m_log.size();
        m_log.append({request.url().path(), m_clock ? m_clock->nsecsElapsed() : 0, 0});
        QNetworkReply *reply = CountingNetworkManager::createRequest(op, request, outgoingData);
        connect(reply, &QNetworkReply::finished, this,
                [this, index] { m_log[index].finishedNs = m_clock ? m_clock->nsecsElapsed() : 0; });
        return reply;
    }

private:
    const QElapsedTimer *m_clock;
    QList<Request> m_log;
};

inline const QString DiscoveryPath = QStringLiteral("/.well-known/openid-configuration");
inline const QString JwksPath = QStringLiteral("/jwks");
inline const QString TokenPath = QStringLiteral("/token");
inline const QString UserInfoPath = QStringLiteral("/me");

inline QUrl issuerFromEnvironment()
{
    const QString issuer = qEnvironmentVariable("OIDC_ISSUER");
    if (issuer.isEmpty())
        fatal(QStringLiteral("OIDC_ISSUER is not set: run inside `tools/setup.sh run --oidc "
                             "tests/oidc` (bash tools/setup.sh bench does)"));
    return QUrl(issuer);
}

inline QtSignIn::GenericOidcProvider *
newProvider(const QUrl &issuer, QNetworkAccessManager *manager, QObject *parent = nullptr)
{
    auto *provider = new QtSignIn::GenericOidcProvider(issuer, parent);
    provider->setClientId(QStringLiteral("qt-desktop"));
    provider->setAllowInsecureLoopback(true); // the test OP is plain http on 127.0.0.1
    // offline_access + prompt=consent: the OP only issues a refresh token then (O3).
    provider->setScopes({QStringLiteral("openid"), QStringLiteral("offline_access"),
                         QStringLiteral("profile"), QStringLiteral("email")});
    if (manager)
        provider->setNetworkAccessManager(manager);
    return provider;
}

inline const QList<QPair<QString, QString>> ConsentPrompt{
    {QStringLiteral("prompt"), QStringLiteral("consent")}};

} // namespace Bench
