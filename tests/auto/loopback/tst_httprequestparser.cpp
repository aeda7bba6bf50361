// SPDX-License-Identifier: BSD-3-Clause
#include "flow/httprequestparser_p.h"

#include <QtTest/QTest>

using namespace QtSignIn::Flow;
using Status = HttpParseResult::Status;

Q_DECLARE_METATYPE(HttpParseResult::Status)

class tst_HttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRequests_data();
    void parsesRequests();
    void rejectsMalformedRequests_data();
    void rejectsMalformedRequests();
    void everyProperPrefixIsIncomplete_data();
    void everyProperPrefixIsIncomplete();
    void acceptsRequestSplitAcrossPackets();
    void enforcesSizeLimitAtTheBoundary();
    void enforcesHeaderCountAtTheBoundary();
    void rejectsGarbageBeforeTheLineEnds_data();
    void rejectsGarbageBeforeTheLineEnds();
    void leavesBytesAfterTheHeadAlone();
    void keepsHeadersLowerCasedAndTrimmed();
    void normalizesPercentEncoding_data();
    void normalizesPercentEncoding();
};

void tst_HttpRequestParser::parsesRequests_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("hasQuery");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("authority");
    QTest::addColumn<int>("minorVersion");

    const QByteArray query = "code=abc%2Bdef&state=x_y-z&iss=http%3A%2F%2F127.0.0.1%3A9080";
    QTest::newRow("CRLF") << QByteArray("GET /callback?" + query +
                                        " HTTP/1.1\r\nHost: 127.0.0.1:5000\r\n\r\n")
                          << QByteArray("GET") << QByteArray("/callback") << true << query
                          << QByteArray("127.0.0.1:5000") << 1;
    QTest::newRow("bare LF") << QByteArray("GET /callback?" + query +
                                           " HTTP/1.1\nHost: 127.0.0.1:5000\n\n")
                             << QByteArray("GET") << QByteArray("/callback") << true << query
                             << QByteArray("127.0.0.1:5000") << 1;
    QTest::newRow("mixed line ends")
        << QByteArray("GET /callback HTTP/1.1\r\nHost: 127.0.0.1:5000\nAccept: */*\r\n\n")
        << QByteArray("GET") << QByteArray("/callback") << false << QByteArray()
        << QByteArray("127.0.0.1:5000") << 1;
    QTest::newRow("leading empty lines")
        << QByteArray("\r\n\nGET /callback HTTP/1.1\r\nHost: h:1\r\n\r\n") << QByteArray("GET")
        << QByteArray("/callback") << false << QByteArray() << QByteArray("h:1") << 1;
    QTest::newRow("empty query") << QByteArray("GET /callback? HTTP/1.1\r\nHost: h:1\r\n\r\n")
                                 << QByteArray("GET") << QByteArray("/callback") << true
                                 << QByteArray() << QByteArray("h:1") << 1;
    QTest::newRow("HTTP/1.0 without Host")
        << QByteArray("GET /callback HTTP/1.0\r\n\r\n") << QByteArray("GET")
        << QByteArray("/callback") << false << QByteArray() << QByteArray() << 0;
    QTest::newRow("host lower-cased")
        << QByteArray("GET / HTTP/1.1\r\nHOST: LocalHost:8080\r\n\r\n") << QByteArray("GET")
        << QByteArray("/") << false << QByteArray() << QByteArray("localhost:8080") << 1;
    QTest::newRow("IPv6 host") << QByteArray("GET /cb HTTP/1.1\r\nHost: [::1]:5000\r\n\r\n")
                               << QByteArray("GET") << QByteArray("/cb") << false << QByteArray()
                               << QByteArray("[::1]:5000") << 1;
    // RFC 9112 §3.2.2: the authority of an absolute-form target replaces Host.
    QTest::newRow("absolute-form") << QByteArray("GET http://127.0.0.1:5000/callback?" + query +
                                                 " HTTP/1.1\r\nHost: evil.example\r\n\r\n")
                                   << QByteArray("GET") << QByteArray("/callback") << true << query
                                   << QByteArray("127.0.0.1:5000") << 1;
    QTest::newRow("absolute-form, scheme case-insensitive, empty path")
        << QByteArray("GET HTTP://127.0.0.1:5000?a=b HTTP/1.1\r\nHost: x\r\n\r\n")
        << QByteArray("GET") << QByteArray("/") << true << QByteArray("a=b")
        << QByteArray("127.0.0.1:5000") << 1;
    QTest::newRow("percent-encoded unreserved path")
        << QByteArray("GET /%63all%62ack?%63=1 HTTP/1.1\r\nHost: h:1\r\n\r\n") << QByteArray("GET")
        << QByteArray("/callback") << true << QByteArray("%63=1") << QByteArray("h:1") << 1;
    QTest::newRow("percent-encoded slash kept encoded")
        << QByteArray("GET /call%2fback HTTP/1.1\r\nHost: h:1\r\n\r\n") << QByteArray("GET")
        << QByteArray("/call%2Fback") << false << QByteArray() << QByteArray("h:1") << 1;
    QTest::newRow("encoded NUL stays encoded")
        << QByteArray("GET /callback%00 HTTP/1.1\r\nHost: h:1\r\n\r\n") << QByteArray("GET")
        << QByteArray("/callback%00") << false << QByteArray() << QByteArray("h:1") << 1;
    QTest::newRow("OPTIONS *") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: h:1\r\n\r\n")
                               << QByteArray("OPTIONS") << QByteArray("*") << false << QByteArray()
                               << QByteArray("h:1") << 1;
    QTest::newRow("method is case-sensitive, kept as sent")
        << QByteArray("get /callback HTTP/1.1\r\nHost: h:1\r\n\r\n") << QByteArray("get")
        << QByteArray("/callback") << false << QByteArray() << QByteArray("h:1") << 1;
    QTest::newRow("extension method")
        << QByteArray("PURGE /x HTTP/1.1\r\nHost: h:1\r\n\r\n") << QByteArray("PURGE")
        << QByteArray("/x") << false << QByteArray() << QByteArray("h:1") << 1;
    QTest::newRow("future minor version")
        << QByteArray("GET / HTTP/1.9\r\nHost: h:1\r\n\r\n") << QByteArray("GET") << QByteArray("/")
        << false << QByteArray() << QByteArray("h:1") << 9;
    QTest::newRow("obs-text in a header value")
        << QByteArray("GET / HTTP/1.1\r\nHost: h:1\r\nX-Name: caf\xc3\xa9\r\n\r\n")
        << QByteArray("GET") << QByteArray("/") << false << QByteArray() << QByteArray("h:1") << 1;
    QTest::newRow("empty header value")
        << QByteArray("GET / HTTP/1.1\r\nHost: h:1\r\nX-Empty:\r\n\r\n") << QByteArray("GET")
        << QByteArray("/") << false << QByteArray() << QByteArray("h:1") << 1;
    QTest::newRow("repeated equal Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nHost: h:1\r\nContent-Length: 3\r\n"
                      "Content-Length: 3\r\n\r\nabc")
        << QByteArray("POST") << QByteArray("/") << false << QByteArray() << QByteArray("h:1") << 1;
}

void tst_HttpRequestParser::parsesRequests()
{
    QFETCH(QByteArray, data);
    const HttpParseResult result = parseHttpRequest(data);
    QCOMPARE(result.status, Status::Complete);
    QCOMPARE(result.errorStatus, 0);
    QTEST(result.request.method, "method");
    QTEST(result.request.path, "path");
    QTEST(result.request.hasQuery, "hasQuery");
    QTEST(result.request.query, "query");
    QTEST(result.request.authority, "authority");
    QTEST(result.request.minorVersion, "minorVersion");
    QVERIFY(result.request.headLength > 0);
    QVERIFY(result.request.headLength <= data.size());
}

void tst_HttpRequestParser::rejectsMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("status");

    const QByteArray host = "Host: 127.0.0.1:5000\r\n";
    auto get = [&](const QByteArray &target) {
        return QByteArray("GET " + target + " HTTP/1.1\r\n" + host + "\r\n");
    };

    // Request line (RFC 9112 §3).
    QTest::newRow("HTTP/0.9 (no version)") << QByteArray("GET /callback\r\n\r\n") << 400;
    QTest::newRow("two spaces") << QByteArray("GET  /callback HTTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("trailing space")
        << QByteArray("GET /callback HTTP/1.1 \r\n" + host + "\r\n") << 400;
    QTest::newRow("tab separator")
        << QByteArray("GET\t/callback HTTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("space in target")
        << QByteArray("GET /call back HTTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("lower-case version")
        << QByteArray("GET /callback http/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("two-digit minor")
        << QByteArray("GET /callback HTTP/1.10\r\n" + host + "\r\n") << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET /callback HTTP/2.0\r\n" + host + "\r\n") << 505;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
    QTest::newRow("method with separator")
        << QByteArray("GE(T /callback HTTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("fragment in target") << get("/callback#frag") << 400;
    QTest::newRow("bad escape") << get("/callback?code=%zz") << 400;
    QTest::newRow("truncated escape") << get("/callback%4") << 400;
    QTest::newRow("escape at end") << get("/callback%") << 400;
    QTest::newRow("raw non-ASCII in target") << get("/caf\xc3\xa9") << 400;
    QTest::newRow("DEL in target") << get("/callback\x7f") << 400;
    QTest::newRow("asterisk without OPTIONS") << get("*") << 400;
    QTest::newRow("authority-form (CONNECT)")
        << QByteArray("CONNECT 127.0.0.1:5000 HTTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("relative target") << get("callback") << 400;
    QTest::newRow("https absolute-form") << get("https://127.0.0.1:5000/callback") << 400;
    QTest::newRow("userinfo in absolute-form") << get("http://user@127.0.0.1:5000/callback") << 400;
    QTest::newRow("empty absolute-form authority") << get("http:///callback") << 400;

    // Header fields (RFC 9112 §5).
    QTest::newRow("obs-fold") << QByteArray("GET /callback HTTP/1.1\r\n" + host +
                                            "X-Long: part one\r\n  part two\r\n\r\n")
                              << 400;
    QTest::newRow("tab fold") << QByteArray("GET /callback HTTP/1.1\r\n" + host +
                                            "X-Long: a\r\n\tb\r\n\r\n")
                              << 400;
    QTest::newRow("whitespace before first header")
        << QByteArray("GET /callback HTTP/1.1\r\n " + host + "\r\n") << 400;
    QTest::newRow("space before colon")
        << QByteArray("GET /callback HTTP/1.1\r\nHost : 127.0.0.1:5000\r\n\r\n") << 400;
    QTest::newRow("no colon") << QByteArray("GET /callback HTTP/1.1\r\n" + host +
                                            "NoColonHere\r\n\r\n")
                              << 400;
    QTest::newRow("empty name") << QByteArray("GET /callback HTTP/1.1\r\n" + host +
                                              ": value\r\n\r\n")
                                << 400;
    // String literals stop at NUL: build these rows from pieces.
    const QByteArray nul(1, '\0');
    QTest::newRow("NUL in header value")
        << QByteArray("GET /callback HTTP/1.1\r\n" + host + "X-A: a" + nul + "b\r\n\r\n") << 400;
    QTest::newRow("NUL in header name")
        << QByteArray("GET /callback HTTP/1.1\r\n" + host + "X" + nul + "A: ab\r\n\r\n") << 400;
    QTest::newRow("NUL in request line")
        << QByteArray("GET /call" + nul + "back HTTP/1.1\r\n" + host + "\r\n") << 400;
    QTest::newRow("bare CR in value")
        << QByteArray("GET /callback HTTP/1.1\r\n" + host + "X-A: a\rb\r\n\r\n") << 400;
    QTest::newRow("bare CR as line end")
        << QByteArray("GET /callback HTTP/1.1\r" + host + "\r\n") << 400;
    QTest::newRow("vertical tab in value")
        << QByteArray("GET /callback HTTP/1.1\r\n" + host + "X-A: a\vb\r\n\r\n") << 400;

    // Host (RFC 9112 §3.2).
    QTest::newRow("HTTP/1.1 without Host") << QByteArray("GET /callback HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("two Host headers")
        << QByteArray("GET /callback HTTP/1.1\r\n" + host + "Host: evil.example\r\n\r\n") << 400;
    QTest::newRow("two Host headers in HTTP/1.0")
        << QByteArray("GET /callback HTTP/1.0\r\n" + host + host + "\r\n") << 400;
    QTest::newRow("Host with userinfo")
        << QByteArray("GET /callback HTTP/1.1\r\nHost: a@127.0.0.1:5000\r\n\r\n") << 400;
    QTest::newRow("Host with path")
        << QByteArray("GET /callback HTTP/1.1\r\nHost: 127.0.0.1:5000/x\r\n\r\n") << 400;
    QTest::newRow("Host with space")
        << QByteArray("GET /callback HTTP/1.1\r\nHost: 127.0.0.1 :5000\r\n\r\n") << 400;

    // Framing (RFC 9112 §6).
    QTest::newRow("non-numeric Content-Length")
        << QByteArray("GET /callback HTTP/1.1\r\n" + host + "Content-Length: 1x\r\n\r\n") << 400;
    QTest::newRow("negative Content-Length")
        << QByteArray("GET /callback HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n") << 400;
    QTest::newRow("Content-Length list")
        << QByteArray("GET /callback HTTP/1.1\r\n" + host + "Content-Length: 1, 1\r\n\r\n") << 400;
    QTest::newRow("huge Content-Length")
        << QByteArray("GET /callback HTTP/1.1\r\n" + host +
                      "Content-Length: 99999999999999999999999\r\n\r\n")
        << 400;
    QTest::newRow("conflicting Content-Length")
        << QByteArray("POST /callback HTTP/1.1\r\n" + host +
                      "Content-Length: 1\r\nContent-Length: 2\r\n\r\n")
        << 400;
    QTest::newRow("Content-Length with Transfer-Encoding")
        << QByteArray("POST /callback HTTP/1.1\r\n" + host +
                      "Content-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n")
        << 400;
}

void tst_HttpRequestParser::rejectsMalformedRequests()
{
    QFETCH(QByteArray, data);
    const HttpParseResult result = parseHttpRequest(data);
    QCOMPARE(result.status, Status::Error);
    QTEST(result.errorStatus, "status");
    QVERIFY(result.errorReason);
}

void tst_HttpRequestParser::everyProperPrefixIsIncomplete_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("CRLF") << QByteArray("\r\nGET /callback?code=a&state=b HTTP/1.1\r\n"
                                        "Host: 127.0.0.1:5000\r\nUser-Agent: test\r\n\r\n");
    QTest::newRow("LF") << QByteArray("GET /callback?code=a&state=b HTTP/1.1\n"
                                      "Host: 127.0.0.1:5000\nUser-Agent: test\n\n");
}

void tst_HttpRequestParser::everyProperPrefixIsIncomplete()
{
    QFETCH(QByteArray, data);
    for (qsizetype i = 0; i < data.size(); ++i) {
        const HttpParseResult result = parseHttpRequest(data.left(i));
        if (result.status != Status::Incomplete)
            QFAIL(qPrintable(QStringLiteral("prefix of %1 bytes: not Incomplete").arg(i)));
    }
    const HttpParseResult result = parseHttpRequest(data);
    QCOMPARE(result.status, Status::Complete);
    QCOMPARE(result.request.headLength, data.size());
}

void tst_HttpRequestParser::acceptsRequestSplitAcrossPackets()
{
    // The receiver appends each packet and parses again; split inside the CRLF, the
    // request line and a header name.
    const QList<QByteArray> packets = {
        "GET /call", "back?code=x HTTP/1.1\r", "\nHo", "st: 127.0.0.1:5000\r\n", "\r", "\n"};
    QByteArray buffer;
    for (qsizetype i = 0; i < packets.size(); ++i) {
        buffer += packets.at(i);
        const HttpParseResult result = parseHttpRequest(buffer);
        if (i + 1 < packets.size()) {
            QCOMPARE(result.status, Status::Incomplete);
        } else {
            QCOMPARE(result.status, Status::Complete);
            QCOMPARE(result.request.path, QByteArray("/callback"));
            QCOMPARE(result.request.query, QByteArray("code=x"));
            QCOMPARE(result.request.authority, QByteArray("127.0.0.1:5000"));
        }
    }
}

void tst_HttpRequestParser::enforcesSizeLimitAtTheBoundary()
{
    HttpParseLimits limits;
    limits.maxRequestBytes = 128;
    const QByteArray start = "GET /callback HTTP/1.1\r\nHost: h:1\r\nX-Pad: ";
    const QByteArray end = "\r\n\r\n";
    const QByteArray exact = start + QByteArray(128 - start.size() - end.size(), 'a') + end;
    QCOMPARE(exact.size(), 128);
    QCOMPARE(parseHttpRequest(exact, limits).status, Status::Complete);

    // One byte more: the head cannot end within the limit.
    const QByteArray over = start + QByteArray(129 - start.size() - end.size(), 'a') + end;
    HttpParseResult result = parseHttpRequest(over, limits);
    QCOMPARE(result.status, Status::Error);
    QCOMPARE(result.errorStatus, 431);
    // ... and it is known as soon as the limit is reached, before the rest arrives.
    result = parseHttpRequest(over.left(128), limits);
    QCOMPARE(result.status, Status::Error);
    QCOMPARE(result.errorStatus, 431);
    QCOMPARE(parseHttpRequest(over.left(127), limits).status, Status::Incomplete);

    // A request line that does not end within the limit is 414 (RFC 9112 §3).
    const QByteArray longLine = "GET /callback?code=" + QByteArray(200, 'x') + " HTTP/1.1\r\n";
    result = parseHttpRequest(longLine.left(128), limits);
    QCOMPARE(result.status, Status::Error);
    QCOMPARE(result.errorStatus, 414);
}

void tst_HttpRequestParser::enforcesHeaderCountAtTheBoundary()
{
    HttpParseLimits limits;
    limits.maxHeaders = 4;
    QByteArray request = "GET / HTTP/1.1\r\nHost: h:1\r\n";
    for (int i = 1; i < 4; ++i)
        request += "X-" + QByteArray::number(i) + ": v\r\n";
    QCOMPARE(parseHttpRequest(request + "\r\n", limits).status, Status::Complete);

    request += "X-4: v\r\n";
    // Refused as soon as the fifth field line ends, without waiting for the head's end.
    const HttpParseResult result = parseHttpRequest(request, limits);
    QCOMPARE(result.status, Status::Error);
    QCOMPARE(result.errorStatus, 431);
}

void tst_HttpRequestParser::rejectsGarbageBeforeTheLineEnds_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("NUL first") << QByteArray("\0", 1);
    QTest::newRow("NUL in request line") << QByteArray("GET /a\0", 7);
    QTest::newRow("escape character") << QByteArray("GET /\x1b[2J");
    QTest::newRow("CR not followed by LF") << QByteArray("GET / HTTP/1.1\rX");
    QTest::newRow("DEL in a header") << QByteArray("GET / HTTP/1.1\r\nHost: a\x7f");
}

void tst_HttpRequestParser::rejectsGarbageBeforeTheLineEnds()
{
    // A connection that sends bytes that can never be valid is answered at once, instead of
    // holding a connection slot until the idle timeout.
    QFETCH(QByteArray, data);
    const HttpParseResult result = parseHttpRequest(data);
    QCOMPARE(result.status, Status::Error);
    QCOMPARE(result.errorStatus, 400);
}

void tst_HttpRequestParser::leavesBytesAfterTheHeadAlone()
{
    const QByteArray head = "GET /callback HTTP/1.1\r\nHost: h:1\r\n\r\n";
    const QByteArray data = head + "GET /second HTTP/1.1\r\n" + QByteArray(1, '\0') + "garbage";
    const HttpParseResult result = parseHttpRequest(data);
    QCOMPARE(result.status, Status::Complete);
    QCOMPARE(result.request.headLength, head.size());
    QCOMPARE(result.request.path, QByteArray("/callback"));
}

void tst_HttpRequestParser::keepsHeadersLowerCasedAndTrimmed()
{
    const HttpParseResult result =
        parseHttpRequest("GET / HTTP/1.1\r\nHost:\th:1 \r\nUser-AGENT:   Test Agent/1.0\t\r\n"
                         "Transfer-Encoding: chunked\r\n\r\n");
    QCOMPARE(result.status, Status::Complete);
    QCOMPARE(result.request.header("user-agent"), QByteArray("Test Agent/1.0"));
    QCOMPARE(result.request.header("host"), QByteArray("h:1"));
    QCOMPARE(result.request.authority, QByteArray("h:1"));
    QVERIFY(result.request.header("missing").isNull());
    QCOMPARE(result.request.headers.size(), 3);
    QVERIFY(result.request.hasTransferEncoding);
    QVERIFY(result.request.hasContent());
}

void tst_HttpRequestParser::normalizesPercentEncoding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("normalized");
    QTest::newRow("plain") << QByteArray("/callback") << QByteArray("/callback");
    QTest::newRow("unreserved decoded") << QByteArray("/%7Euser%2d%5F") << QByteArray("/~user-_");
    QTest::newRow("reserved upper-cased") << QByteArray("/a%2fb%3f") << QByteArray("/a%2Fb%3F");
    QTest::newRow("non-ASCII kept encoded") << QByteArray("/%c3%a9") << QByteArray("/%C3%A9");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("malformed") << QByteArray("/%g1") << QByteArray();
    QTest::newRow("truncated") << QByteArray("/%a") << QByteArray();
}

void tst_HttpRequestParser::normalizesPercentEncoding()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, normalized);
    const QByteArray actual = normalizePercentEncoding(input);
    QCOMPARE(actual, normalized);
    QCOMPARE(actual.isNull(), normalized.isNull());
}

QTEST_APPLESS_MAIN(tst_HttpRequestParser)
#include "tst_httprequestparser.moc"
