// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Shared by the fuzz targets: a QCoreApplication, an in-memory network (a
// QNetworkAccessManager whose replies come from a handler instead of a socket, so that a
// fuzz input reaches the library through the same HttpExchange → JSON → parser path as a
// real response, at hundreds of inputs per second), and an event-loop pump.

#include <QtSignIn/genericoidcprovider.h>

#include <QtCore/QBuffer>
#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QLoggingCategory>
#include <QtCore/QPointer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <cstdint>
#include <cstring>
#include <functional>

namespace QtSignInFuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/*!
 * The application object every target needs (timers, queued calls, deleteLater). Library
 * logging is silenced: it would slow fuzzing down and flood the terminal.
 */
inline void initApplication()
{
    static int argc = 1;
    static char name[] = "qtsignin-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance()) {
        QLoggingCategory::setFilterRules(QStringLiteral("qtsignin.*=false"));
        new QCoreApplication(argc, argv);
        // Metadata in memory only: one input must not reach the next through cache files.
        QtSignIn::GenericOidcProvider::setMetadataCacheDirectory(QString());
    }
}

/*! Runs the event loop until \a done or, as a bound, 5 s pass (a hang is a finding too). */
inline void pumpUntil(const std::function<bool()> &done)
{
    QDeadlineTimer deadline(5000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (!done())
        qFatal("fuzz target: the library never finished (hang)");
    // deleteLater() from the harness's level: drain it, or every input would leak.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

/*! Waits for \a reply (any OAuthReply-like QObject with isFinished()) and deletes it. */
template<typename Reply>
void finishReply(Reply *reply)
{
    QPointer<Reply> guard(reply);
    pumpUntil([&] { return !guard || guard->isFinished(); });
    if (guard)
        guard->deleteLater();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

/*! One canned HTTP answer. status 0 means a transport failure (networkError). */
struct Answer
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers = {{"Content-Type", "application/json"}};
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
};

class FakeReply : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
              const Answer &answer, QObject *parent)
        : QNetworkReply(parent)
        , m_answer(answer)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        // Never synchronous, like a real reply.
        QMetaObject::invokeMethod(this, &FakeReply::deliver, Qt::QueuedConnection);
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("aborted"));
        setFinished(true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_offset + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(m_data.size() - m_offset));
        if (n <= 0)
            return isFinished() ? -1 : 0;
        std::memcpy(out, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void deliver()
    {
        if (isFinished())
            return;
        if (m_answer.status == 0) {
            setError(m_answer.networkError, QStringLiteral("fake transport failure"));
            setFinished(true);
            Q_EMIT errorOccurred(m_answer.networkError);
            Q_EMIT finished();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
        for (const auto &header : std::as_const(m_answer.headers))
            setRawHeader(header.first, header.second);
        setHeader(QNetworkRequest::ContentLengthHeader, m_answer.body.size());
        Q_EMIT metaDataChanged();
        if (isFinished()) // refused on the announced length
            return;
        m_data = m_answer.body;
        Q_EMIT readyRead();
        if (isFinished())
            return;
        setFinished(true);
        Q_EMIT finished();
    }

    Answer m_answer;
    QByteArray m_data;
    qint64 m_offset = 0;
};

/*!
 * A network access manager that answers from \a handler: the request's URL, method and body
 * (a form, for POSTs) in, an Answer out. Nothing touches a socket.
 */
class FakeNetwork : public QNetworkAccessManager
{
public:
    using Handler = std::function<Answer(const QNetworkRequest &request, const QByteArray &verb,
                                         const QByteArray &body)>;
    Handler handler;
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        ++requests;
        QByteArray body;
        if (outgoingData)
            body = outgoingData->readAll();
        const QByteArray verb = op == GetOperation ? QByteArrayLiteral("GET")
            : op == PostOperation                  ? QByteArrayLiteral("POST")
            : op == CustomOperation
            ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
            : QByteArrayLiteral("OTHER");
        const Answer answer = handler ? handler(request, verb, body) : Answer{404, {}, {}};
        return new FakeReply(op, request, answer, this);
    }
};

/*! The target's one FakeNetwork, made on first use and kept for the process. */
inline FakeNetwork *network()
{
    static auto *manager = new FakeNetwork;
    return manager;
}

} // namespace QtSignInFuzz
