// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// A small in-process HTTP/1.1 server on 127.0.0.1 for error injection: what a real
// OpenID Provider will not do (malformed bodies, stalls, resets, redirects, rotated keys…).
// End-to-end behaviour is tested against the real oidc-provider instead.

#include <QtCore/QHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslServer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <functional>
#include <memory>

namespace QtSignInTest {

struct FakeRequest
{
    QByteArray method;
    QByteArray path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QUrlQuery form() const
    {
        // Form bodies encode spaces as '+' (HTML); QUrlQuery does not decode those.
        QByteArray b = body;
        b.replace('+', "%20");
        return QUrlQuery(QString::fromLatin1(b));
    }
    QString formValue(const QString &key) const
    {
        return form().queryItemValue(key, QUrl::FullyDecoded);
    }
};

struct FakeResponse
{
    enum class Behaviour {
        Normal,             // send everything
        StallHeaders,       // accept the request, never answer
        StallBody,          // send headers and half the body, then nothing
        ResetMidBody,       // send headers and half the body, then abort the connection
        CloseWithoutAnswer, // read the request, then close the connection without a byte
    };

    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Behaviour behaviour = Behaviour::Normal;
    qint64 contentLengthOverride = -1; // lie about the length when >= 0
    bool sendContentLength = true;     // false: the body ends when the connection closes

    static FakeResponse json(int status, const QJsonObject &object,
                             QList<QPair<QByteArray, QByteArray>> extraHeaders = {})
    {
        FakeResponse r;
        r.status = status;
        r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        r.headers = {{"Content-Type", "application/json"}};
        r.headers += extraHeaders;
        return r;
    }
    static FakeResponse text(int status, const QByteArray &body,
                             const QByteArray &contentType = "text/html")
    {
        FakeResponse r;
        r.status = status;
        r.body = body;
        r.headers = {{"Content-Type", contentType}};
        return r;
    }
};

class FakeServer : public QObject
{
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeServer(QObject *parent = nullptr)
        : QObject(parent)
        , m_server(std::make_unique<QTcpServer>())
    {
        watch();
    }

    bool listen(quint16 port = 0) { return m_server->listen(QHostAddress::LocalHost, port); }
    /*!
     * Serves HTTPS instead (QSslServer with \a config: certificate and key), e.g. with
     * certificates from tlscerts.h. Replaces the plain server; call before any request.
     */
    bool listenTls(const QSslConfiguration &config)
    {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(config);
        // A client that refuses the certificate ends the handshake: nothing to serve then.
        QObject::connect(
            server.get(), &QSslServer::errorOccurred, this,
            [](QSslSocket *socket, QAbstractSocket::SocketError) { socket->deleteLater(); });
        m_server = std::move(server);
        m_tls = true;
        watch();
        return listen();
    }
    quint16 port() const { return m_server->serverPort(); }
    QUrl url(const QString &path = QString()) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                        .arg(port())
                        .arg(path));
    }

    /*! Routes \a path (exact, without query) to \a handler; replaces an earlier route. */
    void on(const QByteArray &path, Handler handler) { m_routes.insert(path, std::move(handler)); }

    QList<FakeRequest> requests() const { return m_requests; }
    int count(const QByteArray &path) const
    {
        int n = 0;
        for (const auto &r : m_requests)
            n += r.path == path ? 1 : 0;
        return n;
    }
    FakeRequest last(const QByteArray &path) const
    {
        for (auto it = m_requests.crbegin(); it != m_requests.crend(); ++it) {
            if (it->path == path)
                return *it;
        }
        return FakeRequest();
    }
    void clearRequests() { m_requests.clear(); }

private:
    void watch()
    {
        // pendingConnectionAvailable: for QSslServer only once the handshake succeeded.
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                accept(socket);
        });
    }

    void accept(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            FakeRequest request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
            request.method = start.value(0);
            const QByteArray target = start.value(1);
            const qsizetype q = target.indexOf('?');
            request.path = q < 0 ? target : target.left(q);
            if (q >= 0)
                request.query = QUrlQuery(QString::fromLatin1(target.mid(q + 1)));
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length").toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return; // wait for the rest of the body
            request.body = buffer->mid(headerEnd + 4, length);
            buffer->remove(0, headerEnd + 4 + length);
            m_requests.append(request);
            respond(socket, request);
        });
    }

    void respond(QTcpSocket *socket, const FakeRequest &request)
    {
        FakeResponse response;
        if (auto handler = m_routes.value(request.path))
            response = handler(request);
        else
            response = FakeResponse::json(
                404, QJsonObject{{QStringLiteral("error"), QStringLiteral("not_found")}});
        if (response.behaviour == FakeResponse::Behaviour::StallHeaders)
            return; // keep the connection open and silent
        if (response.behaviour == FakeResponse::Behaviour::CloseWithoutAnswer) {
            socket->disconnectFromHost();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
        for (const auto &h : std::as_const(response.headers))
            head += h.first + ": " + h.second + "\r\n";
        const qint64 length = response.contentLengthOverride >= 0 ? response.contentLengthOverride
                                                                  : response.body.size();
        if (response.sendContentLength)
            head += "Content-Length: " + QByteArray::number(length) + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        switch (response.behaviour) {
        case FakeResponse::Behaviour::Normal:
            socket->write(response.body);
            socket->disconnectFromHost();
            break;
        case FakeResponse::Behaviour::StallBody:
            socket->write(response.body.left(response.body.size() / 2));
            socket->flush();
            break;
        case FakeResponse::Behaviour::ResetMidBody:
            socket->write(response.body.left(response.body.size() / 2));
            socket->flush();
            QTimer::singleShot(0, socket, [socket] { socket->abort(); });
            break;
        case FakeResponse::Behaviour::StallHeaders:
        case FakeResponse::Behaviour::CloseWithoutAnswer:
            break;
        }
    }

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QByteArray, Handler> m_routes;
    QList<FakeRequest> m_requests;
};

} // namespace QtSignInTest

Q_DECLARE_METATYPE(QtSignInTest::FakeResponse)
