// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsigninglobal.h>

#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>

#include <memory>

namespace QtSignIn {

class LoopbackReceiverPrivate;

/*!
 * \brief The loopback redirect listener of a native app (RFC 8252 §7.3).
 *
 * Listens on 127.0.0.1 (or ::1) only, on an ephemeral port, for `GET /callback`. It answers
 * nothing else with a result: other paths (favicon, pre-connects) get 404, other methods 405,
 * a Host header that is not the listening address 400, all without disturbing the sign-in.
 * Requests are capped in size, header count, concurrent connections and idle time, so a
 * stalled or hostile connection cannot block the real callback.
 *
 * Each callback is reported by callbackReceived() and held open until respond() says how the
 * sign-in went; the browser then shows a small translated result page (no-store, a
 * `default-src 'none'` CSP, no referrer, no code or state echoed). AuthFlow drives all this.
 *
 * \code
 * QtSignIn::LoopbackReceiver receiver;
 * receiver.listen();
 * connect(&receiver, &QtSignIn::LoopbackReceiver::callbackReceived, this,
 *         [&](int id, const QUrl &url) {
 *             const bool ours = flow->handleRedirect(url);
 *             receiver.respond(id, ours ? QtSignIn::LoopbackReceiver::Result::Success
 *                                       : QtSignIn::LoopbackReceiver::Result::NotForThisSignIn);
 *         });
 * \endcode
 */
class QTSIGNINCORE_EXPORT LoopbackReceiver : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QUrl redirectUri READ redirectUri NOTIFY listeningChanged)
    Q_PROPERTY(bool listening READ isListening NOTIFY listeningChanged)

public:
    /*! What the browser is told. */
    enum class Result {
        Success,         ///< "You are signed in. You can close this window."
        Failure,         ///< "Sign-in failed", with the message given to respond().
        NotForThisSignIn ///< A stray callback: "This sign-in link is not valid any more."
    };
    Q_ENUM(Result)

    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    /*!
     * Starts listening on \a address (127.0.0.1 by default; only loopback addresses are
     * accepted) and \a port (0 = ephemeral). Returns false when that is not possible.
     */
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                quint16 port = 0);
    bool isListening() const;
    /*! Stops listening and closes every connection (pending callbacks get a failure page). */
    void close();

    /*! The callback path (default `/callback`). Set it before listen(). */
    QString path() const;
    void setPath(const QString &path);
    /*! `http://127.0.0.1:<port>/callback`, or an empty URL when not listening. */
    QUrl redirectUri() const;

    /*! Limits (defaults: 8 KiB request, 64 headers, 8 connections, 10 s idle). */
    void setLimits(int maxRequestBytes, int maxHeaders, int maxConnections, int idleTimeoutMs);

    /*! Answers the pending callback \a id; \a message is shown for Result::Failure. */
    void respond(int id, Result result, const QString &message = QString());

Q_SIGNALS:
    void listeningChanged();
    /*! A `GET <path>` with a valid Host arrived; answer it with respond(\a id, …). */
    void callbackReceived(int id, const QUrl &url);

private:
    std::unique_ptr<LoopbackReceiverPrivate> d_ptr;
    Q_DISABLE_COPY(LoopbackReceiver)
};

} // namespace QtSignIn
