// SPDX-License-Identifier: BSD-3-Clause
#include "network/httpexchange_p.h"

#include "logging_p.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtNetwork/QNetworkAccessManager>

namespace QtSignIn::Network {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return QByteArray();
}

static AuthError errorForStatus(int status)
{
    AuthError::Code code = AuthError::Code::InvalidResponse;
    if (status == 429 || status == 503)
        code = AuthError::Code::TemporarilyUnavailable;
    else if (status >= 500)
        code = AuthError::Code::ServerError;
    else if (status == 401)
        code = AuthError::Code::InvalidClient;
    else if (status == 403)
        code = AuthError::Code::AccessDenied;
    else if (status >= 400)
        code = AuthError::Code::InvalidRequest;
    AuthError error(code, QStringLiteral("HTTP status %1").arg(status));
    error.setHttpStatus(status);
    return error;
}

AuthError HttpResponse::httpError() const
{
    if (error.isError())
        return error;
    // RFC 6749 §5.2: error responses carry a JSON object with `error`. Use it when present,
    // whatever the status, and fall back to the status otherwise.
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject() && doc.object().value(u"error").isString())
        return AuthError::fromOAuthResponse(doc.object(), status);
    return errorForStatus(status);
}

std::optional<QJsonObject> HttpResponse::jsonObject(AuthError *errorOut) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    if (errorOut) {
        if (status >= 300 || status < 200) {
            *errorOut = errorForStatus(status);
        } else {
            *errorOut = AuthError(AuthError::Code::InvalidResponse,
                                  body.isEmpty() ? QStringLiteral("empty response body")
                                                 : QStringLiteral("response is not a JSON object"));
            errorOut->setHttpStatus(status);
        }
    }
    return std::nullopt;
}

HttpExchange::HttpExchange(QObject *context, const HttpOptions &options, Callback callback)
    : QObject(context)
    , m_options(options)
    , m_callback(std::move(callback))
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(options.idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        // A transfer timeout, told apart from a sign-in's own deadline by its network error.
        fail(AuthError(AuthError::Code::Timeout,
                       QStringLiteral("no data for %1 ms").arg(m_options.idleTimeoutMs))
                 .setNetworkError(QNetworkReply::TimeoutError));
    });
}

HttpExchange *HttpExchange::start(QNetworkAccessManager *manager, QNetworkRequest request,
                                  const QByteArray &verb, const QByteArray &body,
                                  const HttpOptions &options, QObject *context, Callback callback)
{
    auto *exchange = new HttpExchange(context, options, std::move(callback));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         options.followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                                                 : QNetworkRequest::ManualRedirectPolicy);
    // Ask for identity encoding: Qt would otherwise inflate gzip bodies without a limit.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    if (options.tls && request.url().scheme().compare(u"https", Qt::CaseInsensitive) == 0) {
        if (const std::optional<QSslConfiguration> tls = options.tls())
            request.setSslConfiguration(*tls);
    }
    if (!request.hasRawHeader("User-Agent"))
        request.setRawHeader("User-Agent", "QtSignIn/" QTSIGNIN_VERSION_STR);

    qCDebug(lcNetwork) << verb
                       << request.url().adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment |
                                                 QUrl::RemoveUserInfo);

    QNetworkReply *reply = verb == "GET" ? manager->get(request)
        : verb == "POST"                 ? manager->post(request, body)
                                         : manager->sendCustomRequest(request, verb, body);
    exchange->m_reply = reply;
    // The reply stays a child of its manager: a QNetworkReply must not outlive the manager
    // that made it (aborting it afterwards reaches into the deleted manager). The exchange
    // deletes it when it ends; if the manager goes first and takes the reply with it, the
    // exchange fails from the event loop (never from inside the manager's destructor).
    connect(reply, &QObject::destroyed, exchange, [exchange] {
        if (exchange->m_done)
            return;
        exchange->m_idleTimer.stop();
        QMetaObject::invokeMethod(
            exchange,
            [exchange] {
                AuthError error(AuthError::Code::NetworkError,
                                QStringLiteral("the network access manager was destroyed"));
                error.setNetworkError(QNetworkReply::OperationCanceledError);
                exchange->fail(error);
            },
            Qt::QueuedConnection);
    });
    connect(reply, &QNetworkReply::readyRead, exchange, &HttpExchange::onReadyRead);
    connect(reply, &QNetworkReply::finished, exchange, &HttpExchange::onFinished);
    connect(reply, &QNetworkReply::uploadProgress, exchange,
            [exchange] { exchange->m_idleTimer.start(); });
    connect(reply, &QNetworkReply::metaDataChanged, exchange, [exchange] {
        exchange->m_idleTimer.start();
        const qint64 announced =
            exchange->m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > exchange->m_options.maxResponseSize)
            exchange->fail(AuthError(AuthError::Code::InvalidResponse,
                                     QStringLiteral("response larger than %1 bytes")
                                         .arg(exchange->m_options.maxResponseSize)));
    });
    // TLS errors are reported, never ignored: the reply then fails with an SSL error.
    exchange->m_idleTimer.start();
    return exchange;
}

HttpExchange::~HttpExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpExchange::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    m_idleTimer.start();
    m_body += m_reply->readAll();
    if (m_body.size() > m_options.maxResponseSize) {
        fail(AuthError(
            AuthError::Code::InvalidResponse,
            QStringLiteral("response larger than %1 bytes").arg(m_options.maxResponseSize)));
    }
}

static AuthError networkErrorToAuthError(QNetworkReply::NetworkError error, const QString &text)
{
    AuthError::Code code = AuthError::Code::NetworkError;
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        code = AuthError::Code::TlsError;
        break;
    case QNetworkReply::TimeoutError:
        code = AuthError::Code::Timeout;
        break;
    case QNetworkReply::OperationCanceledError:
        code = AuthError::Code::Cancelled;
        break;
    default:
        break;
    }
    AuthError result(code, text);
    result.setNetworkError(error);
    return result;
}

void HttpExchange::onFinished()
{
    if (m_done || !m_reply)
        return;
    m_idleTimer.stop();
    m_body += m_reply->readAll();
    if (m_body.size() > m_options.maxResponseSize) {
        fail(AuthError(
            AuthError::Code::InvalidResponse,
            QStringLiteral("response larger than %1 bytes").arg(m_options.maxResponseSize)));
        return;
    }
    HttpResponse response;
    response.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = m_reply->rawHeaderPairs();
    response.body = std::move(m_body);
    const QNetworkReply::NetworkError netError = m_reply->error();
    if (response.status == 0) {
        // No HTTP response at all: a transport failure.
        response.error = networkErrorToAuthError(netError, m_reply->errorString());
    } else if (netError != QNetworkReply::NoError && response.status < 300 &&
               response.status >= 200) {
        // A 2xx whose body broke off (reset mid-body, length mismatch).
        response.error = networkErrorToAuthError(netError, m_reply->errorString());
        response.error.setHttpStatus(response.status);
    } else if (response.status >= 300 && response.status < 400) {
        // Redirects are never followed for these requests: a redirect on a token endpoint
        // would carry credentials to another place (RFC 9700 §4.11).
        response.error =
            AuthError(AuthError::Code::InvalidResponse,
                      QStringLiteral("unexpected redirect (HTTP %1)").arg(response.status));
        response.error.setHttpStatus(response.status);
    }
    complete(response);
}

void HttpExchange::fail(const AuthError &error)
{
    if (m_done)
        return;
    HttpResponse response;
    response.error = error;
    if (m_reply) {
        response.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_reply->disconnect(this);
        m_reply->abort();
    }
    complete(response);
}

void HttpExchange::complete(const HttpResponse &response)
{
    if (m_done)
        return;
    m_done = true;
    m_idleTimer.stop();
    if (response.error.isError())
        qCDebug(lcNetwork) << "request failed:" << response.error;
    else
        qCDebug(lcNetwork) << "HTTP" << response.status << response.body.size() << "bytes";
    auto callback = std::move(m_callback);
    deleteLater();
    if (callback)
        callback(response);
}

void HttpExchange::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_callback = nullptr;
    m_idleTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    deleteLater();
}

} // namespace QtSignIn::Network
