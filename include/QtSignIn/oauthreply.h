// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>

#include <QtCore/QObject>

#include <memory>

namespace QtSignIn {

class OAuthReplyPrivate;
class ReplyAccess;

/*!
 * \brief One asynchronous operation of a provider, like a QNetworkReply.
 *
 * A reply never finishes synchronously: connect to finished() right after the call that
 * returned it. finished() is emitted exactly once, also after abort() (with
 * AuthError::Code::Cancelled). Replies are children of the provider that made them; delete
 * them with deleteLater() when done, or turn on OAuthProvider::setAutoDeleteReplies().
 *
 * \code
 * auto *reply = provider->prepare();
 * connect(reply, &QtSignIn::OAuthReply::finished, this, [reply] {
 *     if (reply->hasError())
 *         qCWarning(lcApp) << reply->error();
 *     reply->deleteLater();
 * });
 * \endcode
 */
class QTSIGNINCORE_EXPORT OAuthReply : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool finished READ isFinished NOTIFY finished)
    Q_PROPERTY(QtSignIn::AuthError error READ error NOTIFY finished)

public:
    explicit OAuthReply(QObject *parent = nullptr);
    ~OAuthReply() override;

    bool isFinished() const;
    /*! The error, or an AuthError with Code::NoError on success. */
    AuthError error() const;
    bool hasError() const { return error().isError(); }

public Q_SLOTS:
    /*! Stops the operation; finished() follows with AuthError::Code::Cancelled. */
    void abort();

Q_SIGNALS:
    /*! Emitted once when the operation ends, successfully or not. */
    void finished();

protected:
    explicit OAuthReply(OAuthReplyPrivate &dd, QObject *parent);
    std::unique_ptr<OAuthReplyPrivate> d_ptr;

private:
    friend class ReplyAccess;
    Q_DISABLE_COPY(OAuthReply)
};

} // namespace QtSignIn
