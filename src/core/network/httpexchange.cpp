// SPDX-License-Identifier: BSD-3-Clause
#include "network/httpexchange_p.h"

#include "logging_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QLocale>
#include <QtNetwork/QNetworkAccessManager>

#include <algorithm>
#include <cstring>

namespace QtSignIn::Network {

namespace {

/*!
 * A request body that can be read once. Qt's HTTP stack silently sends a request again when
 * the connection closes before any response byte (QHttpNetworkConnectionChannel's
 * reconnectAttempts), which for a POST would spend an authorization code or a rotating
 * refresh token twice: the server then revokes what it issued the first time (RFC 6749
 * §4.1.2, §10.4). RFC 9110 §9.2.2: a client SHOULD NOT retry a non-idempotent request on its
 * own. Unbuffered (DoNotBufferUploadDataAttribute) and sequential, this body cannot be
 * rewound, so Qt reports ContentReSendError instead of sending it again.
 */
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_offset + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_offset >= m_data.size() && QIODevice::atEnd(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(m_data.size()) - m_offset);
        if (n <= 0)
            return -1;
        std::memcpy(out, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace

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
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (!m_manager) {
            AuthError error(AuthError::Code::NetworkError,
                            QStringLiteral("the network access manager was destroyed"));
            error.setNetworkError(QNetworkReply::OperationCanceledError);
            return fail(error);
        }
        send();
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
    exchange->m_manager = manager;
    exchange->m_request = request;
    exchange->m_verb = verb;
    exchange->m_requestBody = body;
    exchange->send();
    return exchange;
}

void HttpExchange::send()
{
    ++m_attempts;
    m_body.clear();
    qCDebug(lcNetwork) << m_verb
                       << m_request.url().adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment |
                                                   QUrl::RemoveUserInfo)
                       << (m_attempts > 1 ? "(retry)" : "");

    QNetworkAccessManager *manager = m_manager;
    QNetworkReply *reply = nullptr;
    if (m_verb == "GET") {
        reply = manager->get(m_request);
    } else {
        // Everything but GET is sent at most once (see OneShotBody).
        QNetworkRequest request = m_request;
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_requestBody.size());
        auto *body = new OneShotBody(m_requestBody, this);
        reply = m_verb == "POST" ? manager->post(request, body)
                                 : manager->sendCustomRequest(request, m_verb, body);
        body->setParent(reply); // lives as long as the reply that reads it
    }
    m_reply = reply;
    // The reply stays a child of its manager: a QNetworkReply must not outlive the manager
    // that made it (aborting it afterwards reaches into the deleted manager). The exchange
    // deletes it when it ends; if the manager goes first and takes the reply with it, the
    // exchange fails from the event loop (never from inside the manager's destructor).
    // (A reply dropped for a retry is disconnected first, so only the live one reports here.)
    connect(reply, &QObject::destroyed, this, [this] {
        if (m_done)
            return;
        m_idleTimer.stop();
        QMetaObject::invokeMethod(
            this,
            [this] {
                AuthError error(AuthError::Code::NetworkError,
                                QStringLiteral("the network access manager was destroyed"));
                error.setNetworkError(QNetworkReply::OperationCanceledError);
                fail(error);
            },
            Qt::QueuedConnection);
    });
    connect(reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, [this] { m_idleTimer.start(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        m_idleTimer.start();
        const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > m_options.maxResponseSize)
            fail(AuthError(
                AuthError::Code::InvalidResponse,
                QStringLiteral("response larger than %1 bytes").arg(m_options.maxResponseSize)));
    });
    // TLS errors are reported, never ignored: the reply then fails with an SSL error.
    m_idleTimer.start();
    // Qt starts a request from the event loop (a queued call on the reply), so a caller that
    // keeps the thread busy after asking (1,000 accessToken() calls, a window being built)
    // holds the request back. Qt's own HTTP reply is handed to the network thread now instead;
    // its answers still come through the event loop, after every handler above is connected.
    // Replies of other managers (an application's own, a test's) are left as they are.
    if (qstrcmp(reply->metaObject()->className(), "QNetworkReplyHttpImpl") == 0)
        QCoreApplication::sendPostedEvents(reply, QEvent::MetaCall);
}

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // delay-seconds = 1*DIGIT; anything beyond a day is as good as "not now".
        if (text.size() > 6)
            return qint64(24 * 3600 * 1000);
        return qMin(text.toLongLong(), qint64(24 * 3600)) * 1000;
    }
    // HTTP-date (RFC 9110 §5.6.7), always GMT: IMF-fixdate, then the two obsolete forms that
    // recipients must still accept. The day name is redundant, and QLocale refuses a date
    // whose weekday it contradicts: it is dropped before parsing.
    QString date = QString::fromLatin1(text).simplified();
    const qsizetype space = date.indexOf(u' ');
    if (space > 0 && date.at(0).isLetter() && (date.at(space - 1) == u',' || space == 3))
        date = date.mid(space + 1);
    static const char *const formats[] = {"dd MMM yyyy hh:mm:ss 'GMT'", // IMF-fixdate
                                          "dd-MMM-yy hh:mm:ss 'GMT'",   // RFC 850
                                          "MMM d hh:mm:ss yyyy"};       // asctime
    for (const char *format : formats) {
        QDateTime time = QLocale::c().toDateTime(date, QString::fromLatin1(format));
        if (!time.isValid())
            continue;
        if (format == formats[1]) {
            // Two digits: a year more than 50 years ahead is the most recent past one.
            int year = time.date().year() % 100 + 2000;
            if (year > now.date().year() + 50)
                year -= 100;
            time.setDate(QDate(year, time.date().month(), time.date().day()));
        }
        time.setTimeSpec(Qt::UTC);
        return qMax(qint64(0), now.msecsTo(time));
    }
    return std::nullopt;
}

// RFC 6585 §4 (429) and RFC 9110 §15.6.4 (503): the server asks us to come back later. Only a
// GET is asked again: it has no side effect, while re-sending a POST could spend an
// authorization code or a rotating refresh token twice (RFC 6749 §4.1.2, §10.4).
bool HttpExchange::retryLater(const HttpResponse &response)
{
    if ((response.status != 429 && response.status != 503) || m_verb != "GET" ||
        m_attempts > m_options.maxRetries)
        return false;
    const int cap = qMin(m_options.maxRetryDelayMs, m_options.idleTimeoutMs);
    // Without Retry-After: a short exponential backoff (0.5 s, 1 s, …).
    qint64 delay = qint64(500) << qMin(m_attempts - 1, 8);
    const QByteArray retryAfter = response.header("Retry-After");
    if (!retryAfter.isEmpty()) {
        const auto asked = parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());
        if (!asked || *asked > cap) {
            qCDebug(lcNetwork) << "HTTP" << response.status << "asks for a wait longer than" << cap
                               << "ms: not retried";
            return false;
        }
        delay = *asked;
    }
    delay = qMin(delay, qint64(cap));
    qCDebug(lcNetwork) << "HTTP" << response.status << "- retrying in" << delay << "ms";
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_idleTimer.stop();
    m_retryTimer.start(int(delay));
    return true;
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
    if (!response.error.isError() && retryLater(response))
        return;
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
    m_retryTimer.stop();
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
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    deleteLater();
}

} // namespace QtSignIn::Network
