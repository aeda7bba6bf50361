// SPDX-License-Identifier: BSD-3-Clause
#include "flow/httprequestparser_p.h"

#include <utility>

namespace QtSignIn::Flow {

namespace {

// tchar (RFC 9110 §5.6.2).
bool isTokenChar(char c)
{
    const uchar u = uchar(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return false;
    for (char c : bytes) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// field-vchar / SP / HTAB (RFC 9110 §5.5), obs-text allowed.
bool isFieldValueChar(char c)
{
    const uchar u = uchar(c);
    return u == '\t' || u == ' ' || (u >= 0x21 && u != 0x7f);
}

// A byte that can never appear in a request head, whatever follows: every control but HTAB
// and CR (CR is judged with its successor). Checked on incomplete lines too, so a connection
// that sends NUL or garbage is answered at once instead of idling until the timeout.
bool isNeverValid(char c)
{
    const uchar u = uchar(c);
    return (u < 0x20 && u != '\t' && u != '\r' && u != '\n') || u == 0x7f;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isUnreserved(char c)
{
    const uchar u = uchar(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~';
}

// Visible ASCII without `#` (a fragment is never sent, RFC 9112 §3.2) and with well-formed
// percent-escapes. Browsers percent-encode everything else.
bool isValidTargetPart(const QByteArray &part)
{
    for (qsizetype i = 0; i < part.size(); ++i) {
        const uchar u = uchar(part.at(i));
        if (u <= 0x20 || u >= 0x7f || u == '#')
            return false;
        if (u == '%') {
            if (i + 2 >= part.size())
                return false;
            if (hexValue(part.at(i + 1)) < 0 || hexValue(part.at(i + 2)) < 0)
                return false;
            i += 2;
        }
    }
    return true;
}

// uri-host [ ":" port ]: a reg-name, IPv4 or bracketed IP literal. Anything that could make
// the authority mean something else (userinfo, a path, whitespace) is refused.
bool isValidAuthority(const QByteArray &authority)
{
    for (char c : authority) {
        const uchar u = uchar(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
        switch (c) {
        case '/':
        case '?':
        case '#':
        case '@':
        case '\\':
        case '"':
        case '<':
        case '>':
        case '{':
        case '}':
        case '|':
        case '^':
        case '`':
            return false;
        default:
            break;
        }
    }
    return true;
}

bool parseDigits(const QByteArray &text, qint64 *value)
{
    // 18 digits cannot overflow qint64.
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 result = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        result = result * 10 + (c - '0');
    }
    *value = result;
    return true;
}

HttpParseResult error(int status, const char *reason)
{
    HttpParseResult result;
    result.status = HttpParseResult::Status::Error;
    result.errorStatus = status;
    result.errorReason = reason;
    return result;
}

// Parses `method SP request-target SP HTTP-version` (RFC 9112 §3) into \a head.
HttpParseResult parseRequestLine(const QByteArray &line, HttpRequestHead *head)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype secondSpace = firstSpace < 0 ? -1 : line.indexOf(' ', firstSpace + 1);
    if (firstSpace <= 0 || secondSpace < 0 || line.indexOf(' ', secondSpace + 1) >= 0)
        return error(400, "malformed request line");
    head->method = line.left(firstSpace);
    head->target = line.mid(firstSpace + 1, secondSpace - firstSpace - 1);
    const QByteArray version = line.mid(secondSpace + 1);
    if (!isToken(head->method))
        return error(400, "malformed method");
    if (head->target.isEmpty())
        return error(400, "empty request target");

    // HTTP-version = "HTTP/" DIGIT "." DIGIT (RFC 9112 §2.3), case-sensitive.
    if (version.size() != 8 || !version.startsWith("HTTP/") || version.at(6) != '.' ||
        hexValue(version.at(5)) < 0 || hexValue(version.at(5)) > 9 || hexValue(version.at(7)) < 0 ||
        hexValue(version.at(7)) > 9)
        return error(400, "malformed HTTP version");
    if (version.at(5) != '1')
        return error(505, "unsupported HTTP major version");
    head->minorVersion = version.at(7) - '0';

    QByteArray pathAndQuery;
    const QByteArray &target = head->target;
    if (target.startsWith('/')) {
        pathAndQuery = target; // origin-form
    } else if (target == "*") {
        // asterisk-form is only defined for OPTIONS (RFC 9112 §3.2.4).
        if (head->method != "OPTIONS")
            return error(400, "asterisk-form target without OPTIONS");
        head->path = target;
        return {};
    } else if (target.size() > 7 && target.left(7).toLower() == "http://") {
        // absolute-form (RFC 9112 §3.2.2): the server must accept it and take the authority
        // from the target, not from Host. https in a plain-text request is meaningless.
        head->absoluteForm = true;
        const QByteArray rest = target.mid(7);
        qsizetype end = rest.size();
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (rest.at(i) == '/' || rest.at(i) == '?') {
                end = i;
                break;
            }
        }
        head->authority = rest.left(end).toLower();
        if (head->authority.isEmpty() || !isValidAuthority(head->authority))
            return error(400, "malformed absolute-form authority");
        pathAndQuery = rest.mid(end);
        if (pathAndQuery.isEmpty() || pathAndQuery.startsWith('?'))
            pathAndQuery.prepend('/'); // path-abempty: an empty path means "/"
    } else {
        // authority-form (CONNECT) and anything else: we are no proxy.
        return error(400, "unsupported request target form");
    }

    if (!isValidTargetPart(pathAndQuery))
        return error(400, "invalid character or escape in request target");
    const qsizetype question = pathAndQuery.indexOf('?');
    const QByteArray rawPath = question < 0 ? pathAndQuery : pathAndQuery.left(question);
    if (question >= 0) {
        head->hasQuery = true;
        head->query = pathAndQuery.mid(question + 1);
    }
    head->path = normalizePercentEncoding(rawPath);
    if (head->path.isNull())
        return error(400, "invalid escape in path");
    return {};
}

// Checks the header section once complete: Host (RFC 9112 §3.2) and message framing
// (RFC 9112 §6).
HttpParseResult finishHead(HttpRequestHead *head)
{
    int hostCount = 0;
    QByteArray host;
    bool haveLength = false;
    for (const auto &[name, value] : std::as_const(head->headers)) {
        if (name == "host") {
            ++hostCount;
            host = value;
        } else if (name == "content-length") {
            qint64 length = 0;
            if (!parseDigits(value, &length))
                return error(400, "invalid Content-Length");
            if (haveLength && length != head->contentLength)
                return error(400, "conflicting Content-Length");
            haveLength = true;
            head->contentLength = length;
        } else if (name == "transfer-encoding") {
            head->hasTransferEncoding = true;
        }
    }
    if (hostCount > 1)
        return error(400, "more than one Host header");
    if (hostCount == 0 && head->minorVersion >= 1)
        return error(400, "HTTP/1.1 request without Host");
    if (hostCount == 1 && !isValidAuthority(host))
        return error(400, "malformed Host header");
    if (haveLength && head->hasTransferEncoding)
        return error(400, "both Content-Length and Transfer-Encoding");
    if (!head->absoluteForm)
        head->authority = host.toLower();
    return {};
}

} // namespace

QByteArray HttpRequestHead::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return QByteArray();
}

QByteArray normalizePercentEncoding(const QByteArray &encoded)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c != '%') {
            out.append(c);
            continue;
        }
        if (i + 2 >= encoded.size())
            return QByteArray();
        const int high = hexValue(encoded.at(i + 1));
        const int low = hexValue(encoded.at(i + 2));
        if (high < 0 || low < 0)
            return QByteArray();
        const char decoded = char(high * 16 + low);
        if (isUnreserved(decoded)) {
            out.append(decoded);
        } else {
            out.append('%');
            out.append(hex[high]);
            out.append(hex[low]);
        }
        i += 2;
    }
    if (out.isNull())
        out = QByteArray(""); // empty but not null: null means "malformed"
    return out;
}

HttpParseResult parseHttpRequest(const QByteArray &data, const HttpParseLimits &limits)
{
    const qsizetype limit = qMax(limits.maxRequestBytes, 1);
    const qsizetype scanEnd = qMin(data.size(), limit);
    HttpParseResult result;
    HttpRequestHead &head = result.request;
    bool haveRequestLine = false;
    int headerCount = 0;
    qsizetype pos = 0;

    for (;;) {
        const qsizetype lf = data.indexOf('\n', pos);
        if (lf < 0 || lf >= scanEnd) {
            // The current line has not ended within what we are willing to read.
            for (qsizetype i = pos; i < scanEnd; ++i) {
                const char c = data.at(i);
                if (isNeverValid(c) || (c == '\r' && i + 1 < scanEnd))
                    return error(400, "control character in request head");
            }
            if (data.size() >= limit) {
                return haveRequestLine ? error(431, "request head too large")
                                       : error(414, "request line too long");
            }
            return result; // Incomplete
        }

        // A bare LF ends a line too; a CR before it is part of the line end (RFC 9112 §2.2).
        qsizetype lineEnd = lf;
        if (lineEnd > pos && data.at(lineEnd - 1) == '\r')
            --lineEnd;
        const QByteArray line = data.mid(pos, lineEnd - pos);
        pos = lf + 1;
        for (char c : line) {
            if (isNeverValid(c) || c == '\r')
                return error(400, "control character in request head");
        }

        if (!haveRequestLine) {
            if (line.isEmpty())
                continue; // leading empty lines are ignored (RFC 9112 §2.2)
            const HttpParseResult requestLine = parseRequestLine(line, &head);
            if (requestLine.status == HttpParseResult::Status::Error)
                return requestLine;
            haveRequestLine = true;
            continue;
        }

        if (line.isEmpty()) {
            const HttpParseResult finished = finishHead(&head);
            if (finished.status == HttpParseResult::Status::Error)
                return finished;
            head.headLength = pos;
            result.status = HttpParseResult::Status::Complete;
            return result;
        }

        // Whitespace at the start of a header line is obs-fold, or whitespace between the
        // request line and the first field: both are rejected (RFC 9112 §2.2, §5.2).
        if (line.at(0) == ' ' || line.at(0) == '\t')
            return error(400, "obsolete line folding");
        if (++headerCount > limits.maxHeaders)
            return error(431, "too many header fields");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return error(400, "malformed header field");
        const QByteArray name = line.left(colon);
        // No whitespace is allowed between the field name and the colon (RFC 9112 §5.1).
        if (!isToken(name))
            return error(400, "malformed header field name");
        const QByteArray value = line.mid(colon + 1);
        for (char c : value) {
            if (!isFieldValueChar(c))
                return error(400, "invalid character in header value");
        }
        head.headers.append({name.toLower(), value.trimmed()});
    }
}

} // namespace QtSignIn::Flow
