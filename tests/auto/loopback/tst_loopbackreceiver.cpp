// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/loopbackreceiver.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QEvent>
#include <QtCore/QLocale>
#include <QtCore/QLoggingCategory>
#include <QtCore/QPointer>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimer>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using QtSignIn::LoopbackReceiver;

namespace {

// Secrets a callback carries; none may ever show up in a page or a log line.
const QByteArray kCode = "SplxlOBeZQQYbYS6WxSbIA";
const QByteArray kState = "af0ifjsldkj-state-4b2e";
const QByteArray kQuery =
    "code=" + kCode + "&state=" + kState + "&iss=http%3A%2F%2F127.0.0.1%3A9080%2Frealm";

struct HttpResponse
{
    bool closed = false; // the server closed the connection after answering
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return QByteArray();
    }
    int headerCount(const QByteArray &name) const
    {
        int count = 0;
        for (const auto &[key, value] : headers)
            count += key.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
        return count;
    }
};

HttpResponse parseResponse(const QByteArray &raw)
{
    HttpResponse response;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return response;
    const QList<QByteArray> lines = raw.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() >= 2 && statusLine.first() == "HTTP/1.1")
        response.status = statusLine.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    response.body = raw.mid(headEnd + 4);
    return response;
}

// A raw HTTP client: sends exactly the bytes it is given.
class RawClient
{
public:
    RawClient()
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                         [this] { received += socket.readAll(); });
    }

    bool connectTo(const QHostAddress &address, quint16 port)
    {
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        socket.connectToHost(address, port);
        return socket.state() == QAbstractSocket::ConnectedState || connected.wait(5000);
    }
    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }
    bool isOpen() const { return socket.state() == QAbstractSocket::ConnectedState; }
    // Waits until the server closes the connection, then parses what it sent.
    HttpResponse waitForResponse(int timeoutMs = 5000)
    {
        bool closed = socket.state() == QAbstractSocket::UnconnectedState;
        if (!closed) {
            QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
            closed = disconnected.wait(timeoutMs);
        }
        received += socket.readAll();
        HttpResponse response = parseResponse(received);
        response.closed = closed;
        return response;
    }

    QTcpSocket socket;
    QByteArray received;
};

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages << message;
    if (type != QtDebugMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class tst_LoopbackReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listensOnLoopbackEphemeralPort();
    void refusesNonLoopbackAddresses_data();
    void refusesNonLoopbackAddresses();
    void acceptsMappedIpv4Loopback();
    void refusesToListenTwice();
    void deliversCallbackWithFullQuery();
    void answersWithHardenedResultPage_data();
    void answersWithHardenedResultPage();
    void resultPageFollowsRightToLeftLocale();
    void checksHostHeader_data();
    void checksHostHeader();
    void answersStrayPathsWith404_data();
    void answersStrayPathsWith404();
    void answersOtherMethodsWith405_data();
    void answersOtherMethodsWith405();
    void refusesCallbackWithContent();
    void refusesOversizedRequests_data();
    void refusesOversizedRequests();
    void stalledConnectionDoesNotBlockCallback();
    void capsConcurrentConnections();
    void closesIdleConnections_data();
    void closesIdleConnections();
    void pendingCallbackOutlivesIdleTimeout();
    void deliversLaterCallbacksWithNewIds();
    void answersConcurrentCallbacksIndependently();
    void respondIgnoresUnknownAndAnsweredIds();
    void forgetsCallbackWhenBrowserLeaves();
    void closeAnswersPendingCallbacks();
    void pageSurvivesReceiverDeletion();
    void usesConfiguredPath();
    void neverLogsTheQuery();
    void worksOnIpv6Loopback();

private:
    QByteArray hostPort() const
    {
        return "127.0.0.1:" + QByteArray::number(receiver->redirectUri().port());
    }
    quint16 port() const { return quint16(receiver->redirectUri().port()); }
    QByteArray callbackRequest(const QByteArray &query = kQuery) const
    {
        return "GET /callback?" + query + " HTTP/1.1\r\nHost: " + hostPort() +
            "\r\nUser-Agent: tst\r\nAccept: text/html\r\n\r\n";
    }
    // Sends \a request on a new connection and returns the answer (the receiver must answer
    // by itself, i.e. this is for anything that is not a callback).
    HttpResponse exchange(const QByteArray &request)
    {
        RawClient client;
        if (!client.connectTo(QHostAddress::LocalHost, port()))
            return {};
        client.send(request);
        return client.waitForResponse();
    }

    std::unique_ptr<LoopbackReceiver> receiver;
    QLocale savedLocale;
};

void tst_LoopbackReceiver::init()
{
    savedLocale = QLocale();
    receiver = std::make_unique<LoopbackReceiver>();
}

void tst_LoopbackReceiver::cleanup()
{
    receiver.reset();
    QLocale::setDefault(savedLocale);
    QEvent change(QEvent::LanguageChange); // the library's strings follow back to English
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    if (g_previousHandler) {
        qInstallMessageHandler(g_previousHandler);
        g_previousHandler = nullptr;
        QLoggingCategory::setFilterRules(QString());
    }
    g_messages.clear();
}

void tst_LoopbackReceiver::listensOnLoopbackEphemeralPort()
{
    QVERIFY(!receiver->isListening());
    QVERIFY(receiver->redirectUri().isEmpty());
    QSignalSpy changed(receiver.get(), &LoopbackReceiver::listeningChanged);

    QVERIFY(receiver->listen());
    QVERIFY(receiver->isListening());
    QCOMPARE(changed.size(), 1);
    const QUrl uri = receiver->redirectUri();
    QCOMPARE(uri.scheme(), QStringLiteral("http"));
    QCOMPARE(uri.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(uri.port() > 0);
    QCOMPARE(uri.path(), QStringLiteral("/callback"));
    QCOMPARE(receiver->path(), QStringLiteral("/callback"));
    QCOMPARE(uri.toString(), QStringLiteral("http://127.0.0.1:%1/callback").arg(uri.port()));

    // Another receiver gets another ephemeral port.
    LoopbackReceiver other;
    QVERIFY(other.listen());
    QVERIFY(other.redirectUri().port() != uri.port());
}

void tst_LoopbackReceiver::refusesNonLoopbackAddresses_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::newRow("any") << QHostAddress(QHostAddress::Any);
    QTest::newRow("any IPv4") << QHostAddress(QHostAddress::AnyIPv4);
    QTest::newRow("any IPv6") << QHostAddress(QHostAddress::AnyIPv6);
    QTest::newRow("null") << QHostAddress();
    QTest::newRow("documentation IPv4") << QHostAddress(QStringLiteral("192.0.2.1"));
    QTest::newRow("documentation IPv6") << QHostAddress(QStringLiteral("2001:db8::1"));
    QTest::newRow("mapped non-loopback") << QHostAddress(QStringLiteral("::ffff:192.0.2.1"));
    QTest::newRow("broadcast") << QHostAddress(QHostAddress::Broadcast);
}

void tst_LoopbackReceiver::refusesNonLoopbackAddresses()
{
    QFETCH(QHostAddress, address);
    QSignalSpy changed(receiver.get(), &LoopbackReceiver::listeningChanged);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("non-loopback")));
    QVERIFY(!receiver->listen(address));
    QVERIFY(!receiver->isListening());
    QVERIFY(receiver->redirectUri().isEmpty());
    QCOMPARE(changed.size(), 0);
}

void tst_LoopbackReceiver::acceptsMappedIpv4Loopback()
{
    QVERIFY(receiver->listen(QHostAddress(QStringLiteral("::ffff:127.0.0.1"))));
    QCOMPARE(receiver->redirectUri().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(exchange("GET /favicon.ico HTTP/1.1\r\nHost: " + hostPort() + "\r\n\r\n").status, 404);
}

void tst_LoopbackReceiver::refusesToListenTwice()
{
    QVERIFY(receiver->listen());
    const QUrl uri = receiver->redirectUri();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("already listening")));
    QVERIFY(!receiver->listen());
    QVERIFY(receiver->isListening());
    QCOMPARE(receiver->redirectUri(), uri);
}

void tst_LoopbackReceiver::deliversCallbackWithFullQuery()
{
    QVERIFY(receiver->listen());
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);

    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QUrl url = receiver->redirectUri();
    url.setQuery(QString::fromLatin1(kQuery));
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));

    QVERIFY(callbacks.wait(5000));
    QCOMPARE(callbacks.size(), 1);
    const int id = callbacks.first().at(0).toInt();
    const QUrl received = callbacks.first().at(1).toUrl();
    QVERIFY(id > 0);
    QCOMPARE(received.scheme(), QStringLiteral("http"));
    QCOMPARE(received.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(received.port(), receiver->redirectUri().port());
    QCOMPARE(received.path(), QStringLiteral("/callback"));
    QCOMPARE(received.query(QUrl::FullyEncoded).toLatin1(), kQuery);
    const QUrlQuery query(received);
    QCOMPARE(query.queryItemValue(QStringLiteral("code")), QString::fromLatin1(kCode));
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QString::fromLatin1(kState));
    QCOMPARE(query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded),
             QStringLiteral("http://127.0.0.1:9080/realm"));

    // The browser waits for the flow's verdict.
    QVERIFY(!reply->isFinished());
    receiver->respond(id, LoopbackReceiver::Result::Success);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->rawHeader("Cache-Control"), QByteArray("no-store"));
    const QByteArray body = reply->readAll();
    QVERIFY(body.contains("<title>Signed in</title>"));
    QVERIFY(!body.contains(kCode));
    QVERIFY(!body.contains(kState));
    QCOMPARE(callbacks.size(), 1);
}

void tst_LoopbackReceiver::answersWithHardenedResultPage_data()
{
    QTest::addColumn<LoopbackReceiver::Result>("result");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("title");
    QTest::addColumn<QByteArray>("expectedText");
    QTest::addColumn<QByteArray>("forbiddenText");

    QTest::newRow("success") << LoopbackReceiver::Result::Success << QString()
                             << QByteArray("Signed in")
                             << QByteArray("You can close this window and return to the "
                                           "application.")
                             << QByteArray("failed");
    QTest::newRow("failure with message")
        << LoopbackReceiver::Result::Failure
        << QStringLiteral("The provider said <b>no</b> & \"bye\" <script>x()</script>")
        << QByteArray("Sign-in failed")
        << QByteArray("The provider said &lt;b&gt;no&lt;/b&gt; &amp; &quot;bye&quot; "
                      "&lt;script&gt;x()&lt;/script&gt;")
        << QByteArray("<script>");
    QTest::newRow("failure without message")
        << LoopbackReceiver::Result::Failure << QString() << QByteArray("Sign-in failed")
        << QByteArray("return to the application") << QByteArray("class=\"message\"");
    QTest::newRow("not for this sign-in")
        << LoopbackReceiver::Result::NotForThisSignIn << QStringLiteral("ignored detail")
        << QByteArray("Link no longer valid") << QByteArray("not valid any more")
        << QByteArray("ignored detail");
}

void tst_LoopbackReceiver::answersWithHardenedResultPage()
{
    QFETCH(LoopbackReceiver::Result, result);
    QFETCH(QString, message);
    QFETCH(QByteArray, title);
    QFETCH(QByteArray, expectedText);
    QFETCH(QByteArray, forbiddenText);

    QVERIFY(receiver->listen());
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    RawClient client;
    QVERIFY(client.connectTo(QHostAddress::LocalHost, port()));
    client.send(callbackRequest());
    QVERIFY(callbacks.wait(5000));
    receiver->respond(callbacks.first().at(0).toInt(), result, message);
    const HttpResponse response = client.waitForResponse();

    QVERIFY(response.closed);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(response.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(response.header("Pragma"), QByteArray("no-cache"));
    QCOMPARE(response.header("Content-Security-Policy"),
             QByteArray("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"));
    QCOMPARE(response.header("X-Content-Type-Options"), QByteArray("nosniff"));
    QCOMPARE(response.header("Referrer-Policy"), QByteArray("no-referrer"));
    QCOMPARE(response.header("X-Frame-Options"), QByteArray("DENY"));
    QCOMPARE(response.header("Connection"), QByteArray("close"));
    QCOMPARE(response.header("Content-Length").toInt(), response.body.size());
    for (const QByteArray &name : {QByteArray("Content-Type"), QByteArray("Cache-Control"),
                                   QByteArray("Content-Security-Policy")})
        QCOMPARE(response.headerCount(name), 1);

    QVERIFY(response.body.startsWith("<!DOCTYPE html>"));
    QVERIFY(response.body.contains(QByteArray("<title>" + title + "</title>")));
    QVERIFY(response.body.contains(QByteArray("<h1>" + title + "</h1>")));
    QVERIFY2(response.body.contains(expectedText), response.body.constData());
    QVERIFY(!response.body.contains(forbiddenText));
    QVERIFY(response.body.contains("dir=\"ltr\""));
    // Nothing from the callback is echoed.
    QVERIFY(!response.body.contains(kCode));
    QVERIFY(!response.body.contains(kState));
    QVERIFY(!response.body.contains("code="));
    QVERIFY(!response.body.contains("9080"));
    // No active content and nothing that loads from elsewhere.
    QVERIFY(!response.body.contains("<script"));
    QVERIFY(!response.body.contains("src="));
    QVERIFY(!response.body.contains("href="));
}

void tst_LoopbackReceiver::resultPageFollowsRightToLeftLocale()
{
    // An application switching to Arabic: the default locale, then the LanguageChange that
    // installing its translator sends. The library loads its Arabic catalogue, and the page
    // declares the language of its text and that language's direction.
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    QVERIFY(receiver->listen());
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    RawClient client;
    QVERIFY(client.connectTo(QHostAddress::LocalHost, port()));
    client.send(callbackRequest());
    QVERIFY(callbacks.wait(5000));
    receiver->respond(callbacks.first().at(0).toInt(), LoopbackReceiver::Result::Success);
    const HttpResponse response = client.waitForResponse();
    QCOMPARE(response.status, 200);
    QVERIFY2(response.body.contains("<html lang=\"ar") && response.body.contains("dir=\"rtl\""),
             response.body.left(200).constData());
}

void tst_LoopbackReceiver::checksHostHeader_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("status");

    // %PORT% is the receiver's port, %OTHER% another one.
    const QByteArray target = "/callback?" + kQuery;
    auto withHost = [&](const QByteArray &host) {
        return QByteArray("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    };
    QTest::newRow("listening address") << withHost("127.0.0.1:%PORT%") << true << 0;
    QTest::newRow("localhost") << withHost("localhost:%PORT%") << true << 0;
    QTest::newRow("localhost, any case") << withHost("LocalHost:%PORT%") << true << 0;
    QTest::newRow("absolute-form overrides Host")
        << QByteArray("GET http://127.0.0.1:%PORT%" + target +
                      " HTTP/1.1\r\nHost: evil.example\r\n\r\n")
        << true << 0;

    QTest::newRow("DNS rebinding name") << withHost("evil.example:%PORT%") << false << 400;
    QTest::newRow("other port") << withHost("127.0.0.1:%OTHER%") << false << 400;
    QTest::newRow("no port") << withHost("127.0.0.1") << false << 400;
    QTest::newRow("IPv6 literal on an IPv4 receiver") << withHost("[::1]:%PORT%") << false << 400;
    QTest::newRow("other loopback address") << withHost("127.0.0.2:%PORT%") << false << 400;
    QTest::newRow("trailing dot") << withHost("localhost.:%PORT%") << false << 400;
    QTest::newRow("empty") << withHost("") << false << 400;
    QTest::newRow("missing") << QByteArray("GET " + target + " HTTP/1.1\r\n\r\n") << false << 400;
    QTest::newRow("missing, HTTP/1.0")
        << QByteArray("GET " + target + " HTTP/1.0\r\n\r\n") << false << 400;
    QTest::newRow("twice") << QByteArray("GET " + target +
                                         " HTTP/1.1\r\nHost: 127.0.0.1:%PORT%\r\nHost: "
                                         "evil.example\r\n\r\n")
                           << false << 400;
    QTest::newRow("absolute-form with a foreign authority")
        << QByteArray("GET http://evil.example:%PORT%" + target +
                      " HTTP/1.1\r\nHost: 127.0.0.1:%PORT%\r\n\r\n")
        << false << 400;
}

void tst_LoopbackReceiver::checksHostHeader()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, accepted);
    QFETCH(int, status);

    QVERIFY(receiver->listen());
    request.replace("%PORT%", QByteArray::number(port()));
    request.replace("%OTHER%", QByteArray::number(port() == 65535 ? 1 : port() + 1));
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    RawClient client;
    QVERIFY(client.connectTo(QHostAddress::LocalHost, port()));
    client.send(request);
    if (accepted) {
        QVERIFY(callbacks.wait(5000));
        QCOMPARE(callbacks.first().at(1).toUrl().host(), QStringLiteral("127.0.0.1"));
        receiver->respond(callbacks.first().at(0).toInt(), LoopbackReceiver::Result::Success);
        QCOMPARE(client.waitForResponse().status, 200);
    } else {
        const HttpResponse response = client.waitForResponse();
        QVERIFY(response.closed);
        QCOMPARE(response.status, status);
        QCOMPARE(callbacks.size(), 0);
    }
}

void tst_LoopbackReceiver::answersStrayPathsWith404_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("favicon") << QByteArray("/favicon.ico");
    QTest::newRow("root") << QByteArray("/");
    QTest::newRow("root with query") << QByteArray("/?" + kQuery);
    QTest::newRow("sub-path") << QByteArray("/callback/extra?" + kQuery);
    QTest::newRow("longer name") << QByteArray("/callbackx?" + kQuery);
    QTest::newRow("case differs") << QByteArray("/Callback?" + kQuery);
    QTest::newRow("encoded slash") << QByteArray("/%2Fcallback?" + kQuery);
    QTest::newRow("dot segment") << QByteArray("/x/../callback?" + kQuery);
}

void tst_LoopbackReceiver::answersStrayPathsWith404()
{
    QFETCH(QByteArray, target);
    QVERIFY(receiver->listen());
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    const HttpResponse response =
        exchange("GET " + target + " HTTP/1.1\r\nHost: " + hostPort() + "\r\n\r\n");
    QVERIFY(response.closed);
    QCOMPARE(response.status, 404);
    QCOMPARE(response.header("Connection"), QByteArray("close"));
    QCOMPARE(response.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(response.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(response.body, QByteArray("404 Not Found\n"));
    QCOMPARE(callbacks.size(), 0);
    QVERIFY(receiver->isListening());

    // The sign-in goes on: the real callback still arrives.
    RawClient client;
    QVERIFY(client.connectTo(QHostAddress::LocalHost, port()));
    client.send(callbackRequest());
    QVERIFY(callbacks.wait(5000));
}

void tst_LoopbackReceiver::answersOtherMethodsWith405_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("extra");
    QTest::newRow("HEAD") << QByteArray("HEAD") << QByteArray();
    QTest::newRow("POST with form")
        << QByteArray("POST")
        << QByteArray("Content-Type: application/x-www-form-urlencoded\r\n"
                      "Content-Length: " +
                      QByteArray::number(kQuery.size()) + "\r\n\r\n" + kQuery);
    QTest::newRow("PUT") << QByteArray("PUT") << QByteArray("Content-Length: 0\r\n");
    QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray();
    QTest::newRow("OPTIONS") << QByteArray("OPTIONS") << QByteArray();
    QTest::newRow("lower-case get") << QByteArray("get") << QByteArray();
}

void tst_LoopbackReceiver::answersOtherMethodsWith405()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, extra);
    QVERIFY(receiver->listen());
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    QByteArray request =
        method + " /callback?" + kQuery + " HTTP/1.1\r\nHost: " + hostPort() + "\r\n" + extra;
    if (!extra.contains("\r\n\r\n"))
        request += "\r\n";
    const HttpResponse response = exchange(request);
    QVERIFY(response.closed);
    QCOMPARE(response.status, 405);
    QCOMPARE(response.header("Allow"), QByteArray("GET"));
    QCOMPARE(response.header("Connection"), QByteArray("close"));
    QVERIFY(response.header("Content-Length").toInt() > 0);
    // RFC 9110 §9.3.2: no content in a response to HEAD.
    QCOMPARE(response.body.isEmpty(), method == "HEAD");
    QCOMPARE(callbacks.size(), 0);
}

void tst_LoopbackReceiver::refusesCallbackWithContent()
{
    QVERIFY(receiver->listen());
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    HttpResponse response =
        exchange("GET /callback?" + kQuery + " HTTP/1.1\r\nHost: " + hostPort() +
                 "\r\nContent-Length: 5\r\n\r\nhello");
    QCOMPARE(response.status, 400);
    response = exchange("GET /callback?" + kQuery + " HTTP/1.1\r\nHost: " + hostPort() +
                        "\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
    QCOMPARE(response.status, 400);
    QCOMPARE(callbacks.size(), 0);
}

void tst_LoopbackReceiver::refusesOversizedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray host = "Host: %HOST%\r\n";
    QTest::newRow("request line over the cap")
        << QByteArray("GET /callback?code=" + QByteArray(2000, 'a') + " HTTP/1.1\r\n" + host +
                      "\r\n")
        << 414;
    QTest::newRow("header over the cap")
        << QByteArray("GET /callback?" + kQuery + " HTTP/1.1\r\n" + host +
                      "Cookie: " + QByteArray(2000, 'b') + "\r\n\r\n")
        << 431;
    QByteArray manyHeaders = "GET /callback?" + kQuery + " HTTP/1.1\r\n" + host;
    for (int i = 0; i < 8; ++i)
        manyHeaders += "X-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("too many headers") << QByteArray(manyHeaders + "\r\n") << 431;
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)
                             << 400;
}

void tst_LoopbackReceiver::refusesOversizedRequests()
{
    QFETCH(QByteArray, request);
    QVERIFY(receiver->listen());
    // 1 KiB, 8 header lines (Host included).
    receiver->setLimits(1024, 8, 8, 10000);
    request.replace("%HOST%", hostPort());
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    const HttpResponse response = exchange(request);
    QVERIFY(response.closed);
    QTEST(response.status, "status");
    QCOMPARE(response.header("Connection"), QByteArray("close"));
    QCOMPARE(callbacks.size(), 0);

    // Within the limits the same receiver delivers.
    RawClient client;
    QVERIFY(client.connectTo(QHostAddress::LocalHost, port()));
    client.send(callbackRequest());
    QVERIFY(callbacks.wait(5000));
}

void tst_LoopbackReceiver::stalledConnectionDoesNotBlockCallback()
{
    QVERIFY(receiver->listen());
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);

    // Half a request, then nothing: a stalled preconnect or a hostile local process.
    RawClient stalled;
    QVERIFY(stalled.connectTo(QHostAddress::LocalHost, port()));
    stalled.send("GET /callback?code=stalled&state=stalled HTTP/1.1\r\nHost: " + hostPort() +
                 "\r\nUser-Ag");
    // A second one that has sent nothing at all.
    RawClient silent;
    QVERIFY(silent.connectTo(QHostAddress::LocalHost, port()));

    RawClient browser;
    QVERIFY(browser.connectTo(QHostAddress::LocalHost, port()));
    browser.send(callbackRequest());
    QVERIFY(callbacks.wait(5000));
    QCOMPARE(callbacks.size(), 1);
    QCOMPARE(QUrlQuery(callbacks.first().at(1).toUrl()).queryItemValue(QStringLiteral("code")),
             QString::fromLatin1(kCode));
    receiver->respond(callbacks.first().at(0).toInt(), LoopbackReceiver::Result::Success);
    const HttpResponse response = browser.waitForResponse();
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.contains("Signed in"));

    // The stalled connections were neither answered nor reported.
    QVERIFY(stalled.isOpen());
    QVERIFY(silent.isOpen());
    QVERIFY(stalled.received.isEmpty());
    QCOMPARE(callbacks.size(), 1);
}

void tst_LoopbackReceiver::capsConcurrentConnections()
{
    constexpr int maxConnections = 3;
    constexpr int idleMs = 1500;
    receiver->setLimits(8192, 64, maxConnections, idleMs);
    QVERIFY(receiver->listen());

    std::vector<std::unique_ptr<RawClient>> idle;
    for (int i = 0; i < maxConnections; ++i) {
        idle.push_back(std::make_unique<RawClient>());
        QVERIFY(idle.back()->connectTo(QHostAddress::LocalHost, port()));
    }
    QElapsedTimer clock;
    clock.start();
    RawClient extra;
    QVERIFY(extra.connectTo(QHostAddress::LocalHost, port()));
    const HttpResponse refused = extra.waitForResponse(idleMs / 2);
    QVERIFY2(refused.closed, "the connection over the cap was not closed at once");
    QVERIFY(extra.received.isEmpty());
    // ... while the ones holding the slots are still open.
    QVERIFY(clock.elapsed() < idleMs);
    for (const auto &client : idle)
        QVERIFY(client->isOpen());

    // They idle out, and then the real callback gets through.
    for (const auto &client : idle)
        QVERIFY(client->waitForResponse(idleMs * 4).closed);
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    RawClient browser;
    QVERIFY(browser.connectTo(QHostAddress::LocalHost, port()));
    browser.send(callbackRequest());
    QVERIFY(callbacks.wait(5000));
    receiver->respond(callbacks.first().at(0).toInt(), LoopbackReceiver::Result::Success);
    QCOMPARE(browser.waitForResponse().status, 200);
}

void tst_LoopbackReceiver::closesIdleConnections_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<bool>("trickle");
    QTest::newRow("silent") << QByteArray() << false;
    QTest::newRow("half a request")
        << QByteArray("GET /callback?code=x HTTP/1.1\r\nHost: ") << false;
    // Slowloris: a byte now and then must not keep the connection alive.
    QTest::newRow("trickling") << QByteArray("GET /callback?code=x HTTP/1.1\r\nX-Slow: ") << true;
}

void tst_LoopbackReceiver::closesIdleConnections()
{
    QFETCH(QByteArray, sent);
    QFETCH(bool, trickle);
    constexpr int idleMs = 300;
    receiver->setLimits(8192, 64, 8, idleMs);
    QVERIFY(receiver->listen());
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    RawClient client;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(client.connectTo(QHostAddress::LocalHost, port()));
    if (!sent.isEmpty())
        client.send(sent);
    QTimer drip;
    QObject::connect(&drip, &QTimer::timeout, &client.socket, [&client] { client.send("a"); });
    if (trickle)
        drip.start(idleMs / 6);
    const HttpResponse response = client.waitForResponse(idleMs * 20);
    QVERIFY(response.closed);
    // Closed by the timer, not at once, and without an answer.
    QVERIFY2(clock.elapsed() >= idleMs * 8 / 10, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(client.received.isEmpty());
    QCOMPARE(callbacks.size(), 0);
}

void tst_LoopbackReceiver::pendingCallbackOutlivesIdleTimeout()
{
    // Once the callback is in, the flow's own timeout governs; the idle limit is only for
    // connections that have not delivered a request.
    constexpr int idleMs = 200;
    receiver->setLimits(8192, 64, 8, idleMs);
    QVERIFY(receiver->listen());
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    RawClient browser;
    QVERIFY(browser.connectTo(QHostAddress::LocalHost, port()));
    browser.send(callbackRequest());
    QVERIFY(callbacks.wait(5000));
    // A silent connection opened after the callback idles out: the limit has passed.
    RawClient silent;
    QVERIFY(silent.connectTo(QHostAddress::LocalHost, port()));
    QVERIFY(silent.waitForResponse(idleMs * 20).closed);
    QVERIFY(browser.isOpen());
    receiver->respond(callbacks.first().at(0).toInt(), LoopbackReceiver::Result::Success);
    QCOMPARE(browser.waitForResponse().status, 200);
}

void tst_LoopbackReceiver::deliversLaterCallbacksWithNewIds()
{
    QVERIFY(receiver->listen());
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    for (int round = 0; round < 3; ++round) {
        RawClient client;
        QVERIFY(client.connectTo(QHostAddress::LocalHost, port()));
        client.send(callbackRequest("code=" + QByteArray::number(round) + "&state=s"));
        QVERIFY(callbacks.wait(5000));
        const int id = callbacks.last().at(0).toInt();
        QCOMPARE(QUrlQuery(callbacks.last().at(1).toUrl()).queryItemValue(QStringLiteral("code")),
                 QString::number(round));
        receiver->respond(id,
                          round == 0 ? LoopbackReceiver::Result::Success
                                     : LoopbackReceiver::Result::NotForThisSignIn);
        const HttpResponse response = client.waitForResponse();
        QCOMPARE(response.status, 200);
        QVERIFY(response.body.contains(round == 0 ? "Signed in" : "Link no longer valid"));
    }
    QCOMPARE(callbacks.size(), 3);
    const int first = callbacks.at(0).at(0).toInt();
    const int second = callbacks.at(1).at(0).toInt();
    const int third = callbacks.at(2).at(0).toInt();
    QVERIFY(first != second && second != third && first != third);
}

void tst_LoopbackReceiver::answersConcurrentCallbacksIndependently()
{
    QVERIFY(receiver->listen());
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    RawClient first;
    QVERIFY(first.connectTo(QHostAddress::LocalHost, port()));
    first.send(callbackRequest("code=first"));
    QVERIFY(callbacks.wait(5000));
    RawClient second;
    QVERIFY(second.connectTo(QHostAddress::LocalHost, port()));
    second.send(callbackRequest("code=second"));
    QVERIFY(callbacks.wait(5000));
    QCOMPARE(callbacks.size(), 2);
    const int firstId = callbacks.at(0).at(0).toInt();
    const int secondId = callbacks.at(1).at(0).toInt();
    QVERIFY(firstId != secondId);

    // Answered in the other order, each gets its own page.
    receiver->respond(secondId, LoopbackReceiver::Result::NotForThisSignIn);
    QVERIFY(second.waitForResponse().body.contains("Link no longer valid"));
    QVERIFY(first.isOpen());
    receiver->respond(firstId, LoopbackReceiver::Result::Success);
    QVERIFY(first.waitForResponse().body.contains("Signed in"));
}

void tst_LoopbackReceiver::respondIgnoresUnknownAndAnsweredIds()
{
    QVERIFY(receiver->listen());
    receiver->respond(0, LoopbackReceiver::Result::Success);
    receiver->respond(4711, LoopbackReceiver::Result::Failure, QStringLiteral("x"));

    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    RawClient client;
    QVERIFY(client.connectTo(QHostAddress::LocalHost, port()));
    client.send(callbackRequest());
    QVERIFY(callbacks.wait(5000));
    const int id = callbacks.first().at(0).toInt();
    // An unknown id does not answer the pending callback.
    receiver->respond(id + 1, LoopbackReceiver::Result::Failure);
    QVERIFY(client.isOpen());
    receiver->respond(id, LoopbackReceiver::Result::Success);
    // A second answer to the same id changes nothing: the first page stands.
    receiver->respond(id, LoopbackReceiver::Result::Failure, QStringLiteral("second"));
    const HttpResponse response = client.waitForResponse();
    QVERIFY(response.body.contains("Signed in"));
    QVERIFY(!response.body.contains("second"));
    QCOMPARE(response.body.count("<html"), 1);
}

void tst_LoopbackReceiver::forgetsCallbackWhenBrowserLeaves()
{
    QLoggingCategory::setFilterRules(QStringLiteral("qtsignin.flow.debug=true"));
    g_previousHandler = qInstallMessageHandler(captureMessages);
    QVERIFY(receiver->listen());
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    {
        RawClient client;
        QVERIFY(client.connectTo(QHostAddress::LocalHost, port()));
        client.send(callbackRequest());
        QVERIFY(callbacks.wait(5000));
        client.socket.abort();
    }
    const int id = callbacks.first().at(0).toInt();
    QTRY_VERIFY(g_messages.filter(QStringLiteral("left before callback")).size() == 1);
    const qsizetype before = g_messages.size();
    receiver->respond(id, LoopbackReceiver::Result::Success); // a no-op now
    QVERIFY(g_messages.mid(before).filter(QStringLiteral("answering")).isEmpty());

    // The receiver keeps serving.
    RawClient next;
    QVERIFY(next.connectTo(QHostAddress::LocalHost, port()));
    next.send(callbackRequest());
    QVERIFY(callbacks.wait(5000));
    QVERIFY(callbacks.last().at(0).toInt() != id);
    receiver->respond(callbacks.last().at(0).toInt(), LoopbackReceiver::Result::Success);
    QCOMPARE(next.waitForResponse().status, 200);
}

void tst_LoopbackReceiver::closeAnswersPendingCallbacks()
{
    QVERIFY(receiver->listen());
    const quint16 oldPort = port();
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    QSignalSpy changed(receiver.get(), &LoopbackReceiver::listeningChanged);
    RawClient pending;
    QVERIFY(pending.connectTo(QHostAddress::LocalHost, oldPort));
    pending.send(callbackRequest());
    QVERIFY(callbacks.wait(5000));
    RawClient idle;
    QVERIFY(idle.connectTo(QHostAddress::LocalHost, oldPort));

    receiver->close();
    QVERIFY(!receiver->isListening());
    QVERIFY(receiver->redirectUri().isEmpty());
    QCOMPARE(changed.size(), 1);

    const HttpResponse response = pending.waitForResponse();
    QVERIFY(response.closed);
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.contains("<title>Sign-in failed</title>"));
    QVERIFY(!response.body.contains(kCode));
    QVERIFY(idle.waitForResponse().closed);

    // respond() after close() is a no-op; nothing listens on the port any more.
    receiver->respond(callbacks.first().at(0).toInt(), LoopbackReceiver::Result::Success);
    RawClient late;
    QSignalSpy errors(&late.socket, &QTcpSocket::errorOccurred);
    late.socket.connectToHost(QHostAddress::LocalHost, oldPort);
    QVERIFY(errors.wait(5000));
    QCOMPARE(late.socket.error(), QAbstractSocket::ConnectionRefusedError);

    // A second close() changes nothing; the receiver can listen again.
    receiver->close();
    QCOMPARE(changed.size(), 1);
    QVERIFY(receiver->listen());
}

void tst_LoopbackReceiver::pageSurvivesReceiverDeletion()
{
    // The flow answers and then tears everything down at once: the browser must still get
    // its page, and a callback left pending gets the failure page.
    QVERIFY(receiver->listen());
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    RawClient answered;
    QVERIFY(answered.connectTo(QHostAddress::LocalHost, port()));
    answered.send(callbackRequest("code=answered"));
    QVERIFY(callbacks.wait(5000));
    RawClient pending;
    QVERIFY(pending.connectTo(QHostAddress::LocalHost, port()));
    pending.send(callbackRequest("code=pending"));
    QVERIFY(callbacks.wait(5000));

    receiver->respond(callbacks.first().at(0).toInt(), LoopbackReceiver::Result::Success);
    receiver.reset();

    QVERIFY(answered.waitForResponse().body.contains("<title>Signed in</title>"));
    QVERIFY(pending.waitForResponse().body.contains("<title>Sign-in failed</title>"));
}

void tst_LoopbackReceiver::usesConfiguredPath()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not an absolute")));
    receiver->setPath(QStringLiteral("relative"));
    QCOMPARE(receiver->path(), QStringLiteral("/callback"));

    receiver->setPath(QStringLiteral("/oauth2/redirect"));
    QVERIFY(receiver->listen());
    QCOMPARE(receiver->redirectUri().path(), QStringLiteral("/oauth2/redirect"));
    QCOMPARE(exchange("GET /callback?" + kQuery + " HTTP/1.1\r\nHost: " + hostPort() + "\r\n\r\n")
                 .status,
             404);
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    RawClient client;
    QVERIFY(client.connectTo(QHostAddress::LocalHost, port()));
    client.send("GET /oauth2/redirect?" + kQuery + " HTTP/1.1\r\nHost: " + hostPort() + "\r\n\r\n");
    QVERIFY(callbacks.wait(5000));
    QCOMPARE(callbacks.first().at(1).toUrl().path(), QStringLiteral("/oauth2/redirect"));

    // Changing it while listening announces the new redirect URI.
    QSignalSpy changed(receiver.get(), &LoopbackReceiver::listeningChanged);
    receiver->setPath(QStringLiteral("/cb"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(receiver->redirectUri().path(), QStringLiteral("/cb"));
}

void tst_LoopbackReceiver::neverLogsTheQuery()
{
    // Everything the receiver can say, at debug level.
    QLoggingCategory::setFilterRules(QStringLiteral("qtsignin.*=true"));
    g_previousHandler = qInstallMessageHandler(captureMessages);

    QVERIFY(receiver->listen());
    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    RawClient client;
    QVERIFY(client.connectTo(QHostAddress::LocalHost, port()));
    client.send(callbackRequest());
    QVERIFY(callbacks.wait(5000));
    receiver->respond(callbacks.first().at(0).toInt(), LoopbackReceiver::Result::Failure,
                      QStringLiteral("denied"));
    QCOMPARE(client.waitForResponse().status, 200);
    QCOMPARE(exchange("POST /callback?" + kQuery + " HTTP/1.1\r\nHost: " + hostPort() + "\r\n\r\n")
                 .status,
             405);
    QCOMPARE(exchange("GET /other?" + kQuery + " HTTP/1.1\r\nHost: evil:1\r\n\r\n").status, 400);
    QCOMPARE(exchange("GET /callback?" + kQuery + " HTTP/1.1\r\nHost: x\r\nA\r\n\r\n").status, 400);
    receiver->close();

    // The receiver did log (so this test can fail), and never the secrets.
    QVERIFY(!g_messages.filter(QStringLiteral("callback")).isEmpty());
    QVERIFY(!g_messages.filter(QStringLiteral("405")).isEmpty());
    for (const QString &message : std::as_const(g_messages)) {
        QVERIFY2(!message.contains(QString::fromLatin1(kCode)), qPrintable(message));
        QVERIFY2(!message.contains(QString::fromLatin1(kState)), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("code=")), qPrintable(message));
    }
}

void tst_LoopbackReceiver::worksOnIpv6Loopback()
{
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHostIPv6))
            QSKIP(qPrintable(QStringLiteral("this machine cannot listen on ::1 (IPv6 disabled or "
                                            "no IPv6 loopback address): %1")
                                 .arg(probe.errorString())));
    }
    QVERIFY(receiver->listen(QHostAddress::LocalHostIPv6));
    const QUrl uri = receiver->redirectUri();
    QCOMPARE(uri.toString(), QStringLiteral("http://[::1]:%1/callback").arg(port()));

    QSignalSpy callbacks(receiver.get(), &LoopbackReceiver::callbackReceived);
    const QByteArray host = "[::1]:" + QByteArray::number(port());
    RawClient wrongHost;
    QVERIFY(wrongHost.connectTo(QHostAddress::LocalHostIPv6, port()));
    wrongHost.send("GET /callback?" + kQuery + " HTTP/1.1\r\nHost: " + hostPort() + "\r\n\r\n");
    QCOMPARE(wrongHost.waitForResponse().status, 400);

    RawClient client;
    QVERIFY(client.connectTo(QHostAddress::LocalHostIPv6, port()));
    client.send("GET /callback?" + kQuery + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    QVERIFY(callbacks.wait(5000));
    const QUrl received = callbacks.first().at(1).toUrl();
    QCOMPARE(received.host(), QStringLiteral("::1"));
    QCOMPARE(received.query(QUrl::FullyEncoded).toLatin1(), kQuery);
    receiver->respond(callbacks.first().at(0).toInt(), LoopbackReceiver::Result::Success);
    QCOMPARE(client.waitForResponse().status, 200);
}

QTEST_GUILESS_MAIN(tst_LoopbackReceiver)
#include "tst_loopbackreceiver.moc"
