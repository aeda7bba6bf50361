// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QSslConfiguration>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace QtSignIn::Network {

/*! The outcome of one HTTP exchange. */
struct QTSIGNINCORE_EXPORT HttpResponse
{
    int status = 0;  // HTTP status, 0 when no response arrived
    QByteArray body; // the body (at most the size cap)
    QList<QNetworkReply::RawHeaderPair> headers;
    AuthError error; // transport failure: network, TLS, timeout, size cap, redirect

    QByteArray header(const QByteArray &name) const;
    bool isSuccess() const { return !error.isError() && status >= 200 && status < 300; }

    /*!
     * Parses the body as a JSON object. On failure returns nullopt and sets \a error to
     * InvalidResponse (or, for an error status with a non-JSON body, to an error chosen from
     * the status).
     */
    std::optional<QJsonObject> jsonObject(AuthError *error) const;
    /*! An AuthError for a non-2xx response: the OAuth error body when there is one. */
    AuthError httpError() const;
};

/*! Limits and behaviour of one exchange. */
struct HttpOptions
{
    int idleTimeoutMs = 30000; // abort when nothing moves for this long
    qint64 maxResponseSize = 1 << 20;
    bool followRedirects = false; // token, revocation, device: never (DESIGN.md §4)
    // Extra trust and a client certificate (Network::tlsConfiguration()); Qt's default when
    // unset or when it returns nullopt. Called for https requests only: building it can mean
    // parsing every CA certificate named by SSL_CERT_FILE / SSL_CERT_DIR and the system's
    // (over half a second), which a plain-http loopback request must not pay.
    std::function<std::optional<QSslConfiguration>()> tls;
};

/*!
 * One HTTP request with QtSignIn's network rules: an idle timeout that also catches
 * stalled headers and bodies, a response size cap, no automatic redirects, no content
 * decompression (a compressed bomb cannot grow past the cap) and TLS errors never ignored.
 * The callback runs exactly once, unless abort() is called first.
 */
class QTSIGNINCORE_EXPORT HttpExchange : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResponse &response)>;

    /*!
     * Starts \a verb on \a request. \a context bounds the exchange's life: when it is
     * destroyed the request is aborted and the callback never runs.
     */
    static HttpExchange *start(QNetworkAccessManager *manager, QNetworkRequest request,
                               const QByteArray &verb, const QByteArray &body,
                               const HttpOptions &options, QObject *context, Callback callback);

    ~HttpExchange() override;

    /*! Aborts the request; the callback is not called. */
    void abort();

private:
    HttpExchange(QObject *context, const HttpOptions &options, Callback callback);
    void onReadyRead();
    void onFinished();
    void fail(const AuthError &error);
    void complete(const HttpResponse &response);

    HttpOptions m_options;
    Callback m_callback;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QByteArray m_body;
    bool m_done = false;
};

} // namespace QtSignIn::Network
