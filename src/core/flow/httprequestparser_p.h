// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsigninglobal.h>

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QPair>

namespace QtSignIn::Flow {

/*! Caps applied while parsing a request head (the loopback receiver's limits). */
struct HttpParseLimits
{
    int maxRequestBytes = 8 * 1024; ///< request line + header section + the blank line
    int maxHeaders = 64;            ///< header field lines
};

/*! One parsed HTTP/1.x request head. Only what the loopback receiver needs. */
struct QTSIGNINCORE_EXPORT HttpRequestHead
{
    QByteArray method; ///< case-sensitive token as sent (RFC 9110 §9.1)
    QByteArray target; ///< the request-target exactly as sent
    /*!
     * The target's path with its percent-encoding normalized (RFC 3986 §6.2.2: escaped
     * unreserved characters decoded, other escapes upper-cased); `*` for OPTIONS *.
     * Dot-segments are not removed.
     */
    QByteArray path;
    QByteArray query; ///< the raw query, without `?`, percent-encoding untouched
    bool hasQuery = false;
    /*!
     * The effective authority, lower-cased: the absolute-form target's authority when the
     * target is in absolute-form (RFC 9112 §3.2.2), else the Host header's value (empty for
     * an HTTP/1.0 request without Host).
     */
    QByteArray authority;
    bool absoluteForm = false;
    int minorVersion = 1;                         ///< HTTP/1.<minor>
    QList<QPair<QByteArray, QByteArray>> headers; ///< names lower-cased, values OWS-trimmed
    qint64 contentLength = 0;                     ///< 0 when absent
    bool hasTransferEncoding = false;
    qsizetype headLength = 0; ///< bytes up to and including the blank line ending the head

    /*! True when the request announces content (a non-zero Content-Length or chunking). */
    bool hasContent() const { return contentLength > 0 || hasTransferEncoding; }
    /*! The first value of header \a lowerCaseName, or a null QByteArray. */
    QByteArray header(const QByteArray &lowerCaseName) const;
};

/*!
 * The outcome of parsing a (possibly partial) request: more bytes needed, a complete head,
 * or an error with the HTTP status to answer before closing.
 */
struct HttpParseResult
{
    enum class Status { Incomplete, Complete, Error };
    Status status = Status::Incomplete;
    HttpRequestHead request;           ///< valid when Complete
    int errorStatus = 0;               ///< 400, 414, 431 or 505 when Error
    const char *errorReason = nullptr; ///< a fixed, non-sensitive text for logs (Error only)
};

/*!
 * Parses the head of an HTTP/1.x request (RFC 9112) from \a data, the bytes received so far
 * on a connection. A pure function of its input: call it again with more bytes when it
 * answers Incomplete. It reads no more than limits.maxRequestBytes of \a data; bytes after
 * the head (content, a pipelined request) are left to the caller (see headLength).
 *
 * Strict where leniency would let hostile input through (this parses anything a local
 * process or a web page may send to the loopback port):
 * - line ends are CRLF or a bare LF (RFC 9112 §2.2); a bare CR anywhere is an error;
 * - empty lines before the request line are skipped (RFC 9112 §2.2);
 * - the request line is exactly `method SP target SP HTTP/1.x`; another major version is
 *   505, a missing version (HTTP/0.9) or any other shape 400;
 * - targets in origin-form, absolute-form (`http` only, no userinfo) or `*` for OPTIONS;
 *   visible ASCII only, no fragment, well-formed percent-escapes;
 * - header names are tokens directly followed by `:` (RFC 9112 §5.1); values are visible
 *   ASCII, obs-text, SP and HTAB; obs-fold (a line starting with whitespace) is rejected
 *   (RFC 9112 §5.2); NUL and other controls are rejected, even before the line is complete;
 * - an HTTP/1.1 request needs exactly one Host, any request at most one (RFC 9112 §3.2);
 * - Content-Length must be digits, repeated only with the same value; Content-Length together
 *   with Transfer-Encoding is rejected (RFC 9112 §6.1, §6.3);
 * - a request line that does not end within maxRequestBytes is 414, a head that does not end
 *   within it 431 (RFC 6585 §5), more than maxHeaders header lines 431.
 */
QTSIGNINCORE_EXPORT HttpParseResult parseHttpRequest(const QByteArray &data,
                                                     const HttpParseLimits &limits = {});

/*!
 * Normalizes the percent-encoding of a path or path-like byte string (RFC 3986 §6.2.2.1/2).
 * Returns a null QByteArray when an escape is malformed.
 */
QTSIGNINCORE_EXPORT QByteArray normalizePercentEncoding(const QByteArray &encoded);

} // namespace QtSignIn::Flow
