// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// A small HTTP CONNECT proxy for tests: it counts the tunnels asked for ("host:port") and
// relays each to a local port (any host maps to upstreamPort, so a test can reach a server on
// 127.0.0.1 under a public-looking name such as idp.test). No TLS of its own, no caching.

#include <QtCore/QObject>
#include <QtCore/QStringList>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

namespace QtSignInTest {

class ConnectProxy : public QObject
{
public:
    explicit ConnectProxy(quint16 upstreamPort, QObject *parent = nullptr)
        : QObject(parent)
        , m_upstreamPort(upstreamPort)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    /* Every CONNECT target asked for, in order ("idp.test:443"). */
    QStringList targets() const { return m_targets; }

private:
    void accept(QTcpSocket *client)
    {
        client->setParent(this);
        auto *head = new QByteArray;
        QObject::connect(client, &QTcpSocket::disconnected, client, [client, head] {
            delete head;
            client->deleteLater();
        });
        QObject::connect(client, &QTcpSocket::readyRead, this, [this, client, head] {
            if (client->property("tunnel").toBool())
                return;
            head->append(client->readAll());
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> words = head->left(head->indexOf("\r\n")).split(' ');
            if (words.size() != 3 || words.at(0) != "CONNECT") {
                client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            m_targets.append(QString::fromLatin1(words.at(1)));
            const QByteArray rest = head->mid(end + 4);
            client->setProperty("tunnel", true);
            auto *upstream = new QTcpSocket(client);
            QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream, rest] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                if (!rest.isEmpty())
                    upstream->write(rest);
                QObject::disconnect(client, &QTcpSocket::readyRead, nullptr, nullptr);
                QObject::connect(client, &QTcpSocket::readyRead, upstream,
                                 [client, upstream] { upstream->write(client->readAll()); });
                upstream->write(client->readAll());
            });
            QObject::connect(upstream, &QTcpSocket::readyRead, client,
                             [client, upstream] { client->write(upstream->readAll()); });
            QObject::connect(upstream, &QTcpSocket::disconnected, client,
                             [client] { client->disconnectFromHost(); });
            QObject::connect(client, &QTcpSocket::disconnected, upstream,
                             [upstream] { upstream->disconnectFromHost(); });
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        });
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QStringList m_targets;
};

} // namespace QtSignInTest
