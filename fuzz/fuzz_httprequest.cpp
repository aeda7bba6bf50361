// SPDX-License-Identifier: BSD-3-Clause
// The loopback receiver's HTTP/1.x request-head parser: any local process or web page can send
// these bytes to the receiver's port while a sign-in waits. The same bytes also go to the one
// response header value the library interprets itself, Retry-After (HttpExchange).

#include "flow/httprequestparser_p.h"
#include "network/httpexchange_p.h"

#include "fuzzsupport.h"

using namespace QtSignIn::Flow;

static void checkResult(const QByteArray &data, const HttpParseResult &result,
                        const HttpParseLimits &limits)
{
    switch (result.status) {
    case HttpParseResult::Status::Complete:
        // The head lies within what the parser was allowed to read.
        if (result.request.headLength <= 0 || result.request.headLength > data.size() ||
            result.request.headLength > limits.maxRequestBytes)
            qFatal("headLength %lld outside the input", qlonglong(result.request.headLength));
        if (result.request.headers.size() > limits.maxHeaders)
            qFatal("more headers than the limit");
        if (result.request.contentLength < 0)
            qFatal("negative Content-Length accepted");
        (void)result.request.header("host");
        (void)result.request.hasContent();
        break;
    case HttpParseResult::Status::Error:
        if (!result.errorReason)
            qFatal("an error without a reason");
        if (result.errorStatus != 400 && result.errorStatus != 414 && result.errorStatus != 431 &&
            result.errorStatus != 505)
            qFatal("unexpected error status %d", result.errorStatus);
        break;
    case HttpParseResult::Status::Incomplete:
        break;
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QtSignInFuzz::bytes(data, size);

    const HttpParseLimits defaults;
    const HttpParseResult whole = parseHttpRequest(input, defaults);
    checkResult(input, whole, defaults);

    // The receiver calls the parser again as bytes arrive: a complete head must be seen the
    // same way from any prefix that contains it, and a prefix must never be an error when
    // the whole is complete.
    if (whole.status == HttpParseResult::Status::Complete) {
        const QByteArray head = input.left(whole.request.headLength);
        const HttpParseResult again = parseHttpRequest(head, defaults);
        if (again.status != HttpParseResult::Status::Complete ||
            again.request.target != whole.request.target ||
            again.request.authority != whole.request.authority)
            qFatal("the same head parsed differently");
        const HttpParseResult half = parseHttpRequest(head.left(head.size() / 2), defaults);
        if (half.status == HttpParseResult::Status::Complete && head.size() > 1 &&
            half.request.headLength > head.size() / 2)
            qFatal("a prefix claims more bytes than it has");
    }

    // Tight limits reach the 414/431 paths with short inputs.
    const HttpParseLimits tight{64, 3};
    checkResult(input, parseHttpRequest(input, tight), tight);

    (void)normalizePercentEncoding(input);

    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1893456000, Qt::UTC);
    if (const auto delay = QtSignIn::Network::parseRetryAfter(input.left(256), now)) {
        if (*delay < 0)
            qFatal("a negative Retry-After delay");
    }
    return 0;
}
