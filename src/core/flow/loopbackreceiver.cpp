// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/loopbackreceiver.h>

#include "flow/httprequestparser_p.h"
#include "i18n/translations_p.h"
#include "logging_p.h"

#include <QtCore/QLocale>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <vector>

namespace QtSignIn {

using Flow::HttpParseResult;
using Flow::HttpRequestHead;

namespace {

// How long an answered connection may take to receive its response before it is aborted.
constexpr int kCloseTimeoutMs = 5000;
// Paths are logged for diagnosis (never the query, which carries code and state); a hostile
// client must not be able to flood the log with them.
constexpr qsizetype kMaxLoggedPath = 64;

QByteArray pathForLog(const QByteArray &path)
{
    return path.size() > kMaxLoggedPath ? path.left(kMaxLoggedPath) + "..." : path;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Error");
    }
}

// A small plain-text answer to anything that is not the callback. Fixed text only: nothing
// from the request is reflected.
QByteArray plainResponse(int status, bool headRequest)
{
    const QByteArray reason = reasonPhrase(status);
    const QByteArray body = QByteArray::number(status) + ' ' + reason + '\n';
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" +
        "Content-Type: text/plain; charset=utf-8\r\n" +
        "Content-Length: " + QByteArray::number(body.size()) + "\r\n" +
        "Cache-Control: no-store\r\n" +
        "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n" +
        "X-Content-Type-Options: nosniff\r\n" + "Referrer-Policy: no-referrer\r\n";
    // RFC 9110 §15.5.6: a 405 lists the methods the resource supports.
    if (status == 405)
        response += "Allow: GET\r\n";
    response += "Connection: close\r\n\r\n";
    // RFC 9110 §9.3.2: a response to HEAD carries no content.
    if (!headRequest)
        response += body;
    return response;
}

QByteArray resultResponse(LoopbackReceiver::Result result, const QString &message)
{
    QString title;
    QString text;
    switch (result) {
    case LoopbackReceiver::Result::Success:
        //: Title of the browser page shown after a successful sign-in.
        title = LoopbackReceiver::tr("Signed in");
        text = LoopbackReceiver::tr(
            "You are signed in. You can close this window and return to the application.");
        break;
    case LoopbackReceiver::Result::Failure:
        //: Title of the browser page shown when the sign-in did not succeed.
        title = LoopbackReceiver::tr("Sign-in failed");
        text = LoopbackReceiver::tr("You can close this window and return to the application.");
        break;
    case LoopbackReceiver::Result::NotForThisSignIn:
        //: Title of the browser page for an old or unexpected sign-in link.
        title = LoopbackReceiver::tr("Link no longer valid");
        text = LoopbackReceiver::tr(
            "This sign-in link is not valid any more. You can close this window and return "
            "to the application to sign in again.");
        break;
    }

    // The page declares the language its text is in (the library's catalogue, not merely the
    // locale: a German locale without a German catalogue gives English text) and that
    // language's writing direction, so Arabic renders right to left. It contains only fixed,
    // translated text and the escaped message, never the code, state or query.
    const QLocale locale = i18n::language();
    const bool rtl = locale.textDirection() == Qt::RightToLeft;
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") +
        locale.bcp47Name().toHtmlEscaped() + QStringLiteral("\" dir=\"") +
        (rtl ? QStringLiteral("rtl") : QStringLiteral("ltr")) +
        QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<title>") +
        title.toHtmlEscaped() +
        QStringLiteral("</title>\n<style>\n"
                       ":root { color-scheme: light dark; }\n"
                       "body { font-family: system-ui, sans-serif; margin: 0; min-height: 100vh;"
                       " display: flex; align-items: center; justify-content: center; }\n"
                       "main { max-width: 32em; padding: 2em; text-align: center; }\n"
                       "h1 { font-size: 1.5em; font-weight: 600; }\n"
                       "</style>\n</head>\n<body>\n<main>\n<h1>") +
        title.toHtmlEscaped() + QStringLiteral("</h1>\n");
    if (result == LoopbackReceiver::Result::Failure && !message.isEmpty())
        html += QStringLiteral("<p class=\"message\">") + message.toHtmlEscaped() +
            QStringLiteral("</p>\n");
    html += QStringLiteral("<p>") + text.toHtmlEscaped() +
        QStringLiteral("</p>\n</main>\n</body>\n</html>\n");

    const QByteArray body = html.toUtf8();
    return "HTTP/1.1 200 OK\r\n"
           "Content-Type: text/html; charset=utf-8\r\n"
           "Content-Length: " +
        QByteArray::number(body.size()) +
        "\r\n"
        // Nothing about this response may be stored: the URL that produced it carried the
        // code and state, and a cached page could be brought back from history.
        "Cache-Control: no-store\r\n"
        "Pragma: no-cache\r\n"
        "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; "
        "frame-ancestors 'none'\r\n"
        "X-Content-Type-Options: nosniff\r\n"
        // Nothing on the page links away, but no Referer must ever carry the callback URL.
        "Referrer-Policy: no-referrer\r\n"
        "X-Frame-Options: DENY\r\n"
        "Connection: close\r\n\r\n" +
        body;
}

} // namespace

class LoopbackReceiverPrivate
{
public:
    enum class Phase { Reading, AwaitingResponse };
    struct Connection
    {
        QTcpSocket *socket = nullptr;
        QTimer *timer = nullptr;
        QByteArray buffer;
        Phase phase = Phase::Reading;
        int callbackId = 0;
    };

    explicit LoopbackReceiverPrivate(LoopbackReceiver *qq)
        : q(qq)
    {
    }

    Connection *find(QTcpSocket *socket);
    Connection *findCallback(int id);
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(Connection *connection, const HttpRequestHead &request);
    int checkRequest(const HttpRequestHead &request) const;
    void forget(QTcpSocket *socket);
    void drop(QTcpSocket *socket);
    void release(QTcpSocket *socket, const QByteArray &response);
    void shutdown();
    void updateAuthorities();

    LoopbackReceiver *q;
    QTcpServer *server = nullptr;
    QHostAddress address;
    quint16 port = 0;
    QString path = QStringLiteral("/callback");
    QByteArray normalizedPath = QByteArrayLiteral("/callback");
    QList<QByteArray> authorities; // accepted Host values, lower-case
    Flow::HttpParseLimits limits;
    int maxConnections = 8;
    int idleTimeoutMs = 10000;
    int nextId = 1;
    std::vector<Connection> connections;
};

LoopbackReceiverPrivate::Connection *LoopbackReceiverPrivate::find(QTcpSocket *socket)
{
    for (Connection &connection : connections) {
        if (connection.socket == socket)
            return &connection;
    }
    return nullptr;
}

LoopbackReceiverPrivate::Connection *LoopbackReceiverPrivate::findCallback(int id)
{
    for (Connection &connection : connections) {
        if (connection.phase == Phase::AwaitingResponse && connection.callbackId == id)
            return &connection;
    }
    return nullptr;
}

void LoopbackReceiverPrivate::updateAuthorities()
{
    // The Host check is the defence against DNS rebinding: a page served from an attacker's
    // name that resolves to 127.0.0.1 sends that name as Host. Accepted are the listening
    // address itself (what redirectUri() says, so what the browser sends) and `localhost`,
    // which no attacker controls (RFC 6761 §6.3) and which some users type by hand.
    authorities.clear();
    if (port == 0)
        return;
    const QByteArray portText = ':' + QByteArray::number(port);
    const QByteArray host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? '[' + address.toString().toLatin1().toLower() + ']'
        : address.toString().toLatin1();
    authorities << host + portText << QByteArrayLiteral("localhost") + portText;
    if (port == 80) // the default port may be omitted (RFC 9110 §4.2.1)
        authorities << host << QByteArrayLiteral("localhost");
}

void LoopbackReceiverPrivate::onNewConnection()
{
    while (server && server->hasPendingConnections()) {
        QTcpSocket *socket = server->nextPendingConnection();
        if (!socket)
            break;
        // A full house is refused outright rather than queued: the slots free themselves
        // within idleTimeout, and a queued connection would only hold the browser longer.
        if (int(connections.size()) >= maxConnections) {
            qCInfo(lcFlow) << "loopback: connection limit reached, closing a new connection";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // Bound what Qt buffers for us: a head larger than the limit is refused anyway.
        socket->setReadBufferSize(qMax<qint64>(limits.maxRequestBytes + 1, 4096));

        Connection connection;
        connection.socket = socket;
        // One deadline for the whole request head, not reset by incoming bytes, so a
        // trickling (slowloris) client is closed as surely as a silent one.
        connection.timer = new QTimer(socket);
        connection.timer->setSingleShot(true);
        connection.timer->start(idleTimeoutMs);
        QObject::connect(connection.timer, &QTimer::timeout, q, [this, socket] {
            qCDebug(lcFlow) << "loopback: closing a connection that sent no complete request";
            drop(socket);
        });
        QObject::connect(socket, &QTcpSocket::readyRead, q,
                         [this, socket] { onReadyRead(socket); });
        QObject::connect(socket, &QTcpSocket::disconnected, q, [this, socket] {
            if (const Connection *c = find(socket); c && c->phase == Phase::AwaitingResponse)
                qCDebug(lcFlow) << "loopback: the browser left before callback" << c->callbackId
                                << "was answered";
            forget(socket);
            socket->deleteLater();
        });
        connections.push_back(std::move(connection));
        // Bytes may already be waiting.
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void LoopbackReceiverPrivate::onReadyRead(QTcpSocket *socket)
{
    Connection *connection = find(socket);
    if (!connection)
        return;
    if (connection->phase == Phase::AwaitingResponse) {
        // No pipelining, no content: anything after the callback's head is discarded.
        socket->readAll();
        return;
    }
    connection->buffer += socket->readAll();
    // The parser never looks past the limit; keep no more than it needs to see that.
    if (connection->buffer.size() > limits.maxRequestBytes + 1)
        connection->buffer.truncate(limits.maxRequestBytes + 1);

    const HttpParseResult parsed = Flow::parseHttpRequest(connection->buffer, limits);
    switch (parsed.status) {
    case HttpParseResult::Status::Incomplete:
        return;
    case HttpParseResult::Status::Error:
        qCDebug(lcFlow) << "loopback: malformed request:" << parsed.errorReason << "->"
                        << parsed.errorStatus;
        release(socket, plainResponse(parsed.errorStatus, false));
        return;
    case HttpParseResult::Status::Complete:
        handleRequest(connection, parsed.request);
        return;
    }
}

int LoopbackReceiverPrivate::checkRequest(const HttpRequestHead &request) const
{
    // Order matters: a foreign Host learns nothing, not even which paths exist.
    if (!authorities.contains(request.authority))
        return 400;
    if (request.path != normalizedPath)
        return 404;
    if (request.method != "GET")
        return 405;
    // A redirect is a plain GET; content would only be a smuggling attempt.
    if (request.hasContent())
        return 400;
    return 200;
}

void LoopbackReceiverPrivate::handleRequest(Connection *connection, const HttpRequestHead &request)
{
    QTcpSocket *socket = connection->socket;
    connection->buffer.clear(); // it held the code and state
    const int status = checkRequest(request);
    if (status != 200) {
        qCDebug(lcFlow).nospace() << "loopback: " << request.method << ' '
                                  << pathForLog(request.path) << " -> " << status;
        release(socket, plainResponse(status, request.method == "HEAD"));
        return;
    }

    const int id = nextId++;
    connection->phase = Phase::AwaitingResponse;
    connection->callbackId = id;
    // The flow answers through respond(); its own timeout governs from here.
    connection->timer->stop();

    // Reported with our own scheme, host, port and path: what redirectUri() says, so the flow
    // compares like with like. Only the query comes from the request.
    QUrl url = q->redirectUri();
    if (request.hasQuery)
        url.setQuery(QString::fromLatin1(request.query), QUrl::TolerantMode);
    qCDebug(lcFlow).nospace() << "loopback: GET " << pathForLog(request.path) << " -> callback "
                              << id;
    Q_EMIT q->callbackReceived(id, url);
}

void LoopbackReceiverPrivate::forget(QTcpSocket *socket)
{
    for (auto it = connections.begin(); it != connections.end(); ++it) {
        if (it->socket == socket) {
            it->timer->stop();
            QObject::disconnect(it->timer, nullptr, q, nullptr);
            connections.erase(it);
            break;
        }
    }
    QObject::disconnect(socket, nullptr, q, nullptr);
}

void LoopbackReceiverPrivate::drop(QTcpSocket *socket)
{
    forget(socket);
    socket->abort();
    socket->deleteLater();
}

// Hands \a socket its last response and lets it close on its own. The socket no longer
// belongs to the receiver, so a receiver closed or deleted right after respond() still
// delivers the page; a peer that does not read is aborted after kCloseTimeoutMs.
void LoopbackReceiverPrivate::release(QTcpSocket *socket, const QByteArray &response)
{
    forget(socket);
    socket->setParent(nullptr);
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    QTimer::singleShot(kCloseTimeoutMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->write(response);
    socket->flush();
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

void LoopbackReceiverPrivate::shutdown()
{
    if (server)
        server->close();
    // Iterate over a copy: release() and drop() remove entries from the list.
    const std::vector<Connection> open = connections;
    for (const Connection &connection : open) {
        if (connection.phase == Phase::AwaitingResponse) {
            //: Shown in the browser when the application gave up on the sign-in (it was
            //: cancelled, timed out or closed) before the browser came back.
            release(connection.socket,
                    resultResponse(
                        LoopbackReceiver::Result::Failure,
                        LoopbackReceiver::tr("The application stopped waiting for this sign-in.")));
        } else {
            drop(connection.socket);
        }
    }
    connections.clear();
    port = 0;
    updateAuthorities();
}

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
    , d_ptr(std::make_unique<LoopbackReceiverPrivate>(this))
{
}

LoopbackReceiver::~LoopbackReceiver()
{
    d_ptr->shutdown();
}

bool LoopbackReceiver::listen(const QHostAddress &address, quint16 port)
{
    LoopbackReceiverPrivate *d = d_ptr.get();
    if (isListening()) {
        qCWarning(lcFlow) << "loopback: listen() called while already listening";
        return false;
    }
    QHostAddress bindAddress = address;
    // ::ffff:127.0.0.1 is IPv4 loopback in disguise; bind it as what it is.
    bool isMappedV4 = false;
    const quint32 v4 = address.toIPv4Address(&isMappedV4);
    if (isMappedV4)
        bindAddress = QHostAddress(v4);
    // RFC 8252 §8.3: listening on any other interface would let the network reach the
    // callback; "any" addresses included.
    if (bindAddress.isNull() || !bindAddress.isLoopback()) {
        qCWarning(lcFlow) << "loopback: refusing to listen on a non-loopback address"
                          << address.toString();
        return false;
    }

    if (!d->server) {
        d->server = new QTcpServer(this);
        // A configured application proxy must never sit between the browser and us.
        d->server->setProxy(QNetworkProxy::NoProxy);
        connect(d->server, &QTcpServer::newConnection, this, [d] { d->onNewConnection(); });
    }
    if (!d->server->listen(bindAddress, port)) {
        qCWarning(lcFlow) << "loopback: cannot listen on" << bindAddress.toString() << port << ':'
                          << d->server->errorString();
        return false;
    }
    d->address = bindAddress;
    d->port = d->server->serverPort();
    d->updateAuthorities();
    qCDebug(lcFlow) << "loopback: listening on" << redirectUri().toString();
    Q_EMIT listeningChanged();
    return true;
}

bool LoopbackReceiver::isListening() const
{
    const LoopbackReceiverPrivate *d = d_ptr.get();
    return d->server && d->server->isListening();
}

void LoopbackReceiver::close()
{
    LoopbackReceiverPrivate *d = d_ptr.get();
    const bool wasListening = isListening();
    d->shutdown();
    if (wasListening) {
        qCDebug(lcFlow) << "loopback: stopped listening";
        Q_EMIT listeningChanged();
    }
}

QString LoopbackReceiver::path() const
{
    return d_ptr->path;
}

void LoopbackReceiver::setPath(const QString &path)
{
    LoopbackReceiverPrivate *d = d_ptr.get();
    if (!path.startsWith(u'/') || path.contains(u'?') || path.contains(u'#')) {
        qCWarning(lcFlow) << "loopback: ignoring a callback path that is not an absolute path";
        return;
    }
    QUrl encoder;
    encoder.setPath(path, QUrl::DecodedMode);
    const QByteArray normalized =
        Flow::normalizePercentEncoding(encoder.path(QUrl::FullyEncoded).toLatin1());
    if (normalized.isEmpty() || path == d->path)
        return;
    d->path = path;
    d->normalizedPath = normalized;
    if (isListening())
        Q_EMIT listeningChanged(); // redirectUri() changed
}

QUrl LoopbackReceiver::redirectUri() const
{
    const LoopbackReceiverPrivate *d = d_ptr.get();
    if (!isListening())
        return QUrl();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->address.toString());
    url.setPort(d->port);
    url.setPath(d->path, QUrl::DecodedMode);
    return url;
}

void LoopbackReceiver::setLimits(int maxRequestBytes, int maxHeaders, int maxConnections,
                                 int idleTimeoutMs)
{
    LoopbackReceiverPrivate *d = d_ptr.get();
    // A request line for a real callback needs a few hundred bytes; floors keep a
    // misconfiguration from refusing every request.
    d->limits.maxRequestBytes = qMax(maxRequestBytes, 256);
    d->limits.maxHeaders = qMax(maxHeaders, 1);
    d->maxConnections = qMax(maxConnections, 1);
    d->idleTimeoutMs = qMax(idleTimeoutMs, 1);
}

void LoopbackReceiver::respond(int id, Result result, const QString &message)
{
    LoopbackReceiverPrivate *d = d_ptr.get();
    LoopbackReceiverPrivate::Connection *connection = d->findCallback(id);
    if (!connection) {
        qCDebug(lcFlow) << "loopback: respond() for callback" << id
                        << "which is answered, closed or unknown";
        return;
    }
    qCDebug(lcFlow) << "loopback: answering callback" << id << "with" << result;
    d->release(connection->socket, resultResponse(result, message));
}

} // namespace QtSignIn
