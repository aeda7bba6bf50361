// SPDX-License-Identifier: BSD-3-Clause
#include "reply/oauthreply_p.h"

#include <QtSignIn/deviceauthorizationreply.h>
#include <QtSignIn/revokereply.h>
#include <QtSignIn/tokenreply.h>
#include <QtSignIn/userinforeply.h>

#include <QtCore/QMetaObject>

namespace QtSignIn {

OAuthReply::OAuthReply(QObject *parent)
    : OAuthReply(*new OAuthReplyPrivate, parent)
{
}

OAuthReply::OAuthReply(OAuthReplyPrivate &dd, QObject *parent)
    : QObject(parent)
    , d_ptr(&dd)
{
}

OAuthReply::~OAuthReply() = default;

bool OAuthReply::isFinished() const
{
    return d_ptr->finished;
}

AuthError OAuthReply::error() const
{
    return d_ptr->error;
}

void OAuthReply::abort()
{
    if (d_ptr->finishing)
        return;
    // Fix the outcome first so that a handler which synchronously fails the underlying
    // request cannot turn the cancellation into another error.
    auto handler = std::move(d_ptr->abortHandler);
    ReplyAccess::finish(this, AuthError(AuthError::Code::Cancelled));
    if (handler)
        handler();
}

TokenReply::TokenReply(QObject *parent)
    : OAuthReply(*new TokenReplyPrivate, parent)
{
}

TokenReply::~TokenReply() = default;

TokenSet TokenReply::tokens() const
{
    return static_cast<const TokenReplyPrivate *>(d_ptr.get())->tokens;
}

UserInfoReply::UserInfoReply(QObject *parent)
    : OAuthReply(*new UserInfoReplyPrivate, parent)
{
}

UserInfoReply::~UserInfoReply() = default;

UserInfo UserInfoReply::userInfo() const
{
    return static_cast<const UserInfoReplyPrivate *>(d_ptr.get())->userInfo;
}

RevokeReply::RevokeReply(QObject *parent)
    : OAuthReply(*new RevokeReplyPrivate, parent)
{
}

RevokeReply::~RevokeReply() = default;

bool RevokeReply::isRevoked() const
{
    return static_cast<const RevokeReplyPrivate *>(d_ptr.get())->revoked;
}

DeviceAuthorizationReply::DeviceAuthorizationReply(QObject *parent)
    : OAuthReply(*new DeviceAuthorizationReplyPrivate, parent)
{
}

DeviceAuthorizationReply::~DeviceAuthorizationReply() = default;

DeviceAuthorization DeviceAuthorizationReply::deviceAuthorization() const
{
    return static_cast<const DeviceAuthorizationReplyPrivate *>(d_ptr.get())->authorization;
}

void ReplyAccess::setDeviceAuthorization(DeviceAuthorizationReply *reply,
                                         const DeviceAuthorization &authorization)
{
    if (!reply->d_ptr->finishing)
        static_cast<DeviceAuthorizationReplyPrivate *>(reply->d_ptr.get())->authorization =
            authorization;
}

void ReplyAccess::setTokens(TokenReply *reply, const TokenSet &tokens)
{
    // Results are frozen once the outcome is fixed (e.g. after abort()).
    if (!reply->d_ptr->finishing)
        static_cast<TokenReplyPrivate *>(reply->d_ptr.get())->tokens = tokens;
}

void ReplyAccess::setRefresh(TokenReply *reply, bool refresh)
{
    static_cast<TokenReplyPrivate *>(reply->d_ptr.get())->refresh = refresh;
}

bool ReplyAccess::isRefresh(const TokenReply *reply)
{
    return static_cast<const TokenReplyPrivate *>(reply->d_ptr.get())->refresh;
}

void ReplyAccess::setUserInfo(UserInfoReply *reply, const UserInfo &userInfo)
{
    // Results are frozen once the outcome is fixed (e.g. after abort()).
    if (!reply->d_ptr->finishing)
        static_cast<UserInfoReplyPrivate *>(reply->d_ptr.get())->userInfo = userInfo;
}

void ReplyAccess::setRevoked(RevokeReply *reply, bool revoked)
{
    // Results are frozen once the outcome is fixed (e.g. after abort()).
    if (!reply->d_ptr->finishing)
        static_cast<RevokeReplyPrivate *>(reply->d_ptr.get())->revoked = revoked;
}

void ReplyAccess::setAbortHandler(OAuthReply *reply, std::function<void()> handler)
{
    reply->d_ptr->abortHandler = std::move(handler);
}

void ReplyAccess::finish(OAuthReply *reply, const AuthError &error)
{
    OAuthReplyPrivate *d = reply->d_ptr.get();
    if (d->finishing)
        return;
    d->finishing = true;
    d->error = error;
    d->abortHandler = nullptr;
    // A reply never finishes synchronously: callers connect after the call returns.
    QMetaObject::invokeMethod(
        reply,
        [reply] {
            reply->d_ptr->finished = true;
            Q_EMIT reply->finished();
        },
        Qt::QueuedConnection);
}

void ReplyAccess::finishAll(const QList<QPointer<OAuthReply>> &replies, const AuthError &error)
{
    QList<QPointer<OAuthReply>> batch;
    batch.reserve(replies.size());
    for (const QPointer<OAuthReply> &reply : replies) {
        if (!reply || reply->d_ptr->finishing)
            continue;
        OAuthReplyPrivate *d = reply->d_ptr.get();
        d->finishing = true;
        d->error = error;
        d->abortHandler = nullptr;
        batch.append(reply);
    }
    if (batch.isEmpty())
        return;
    // One posted event for the lot: answering 1,000 callers of AuthSession::accessToken()
    // one event each delayed the first answer by ~2 ms (bench_signin singleflight). The
    // carrier has no parent, so no reply's fate (deleted, reparented) can cancel the others'.
    auto *carrier = new QObject;
    QMetaObject::invokeMethod(
        carrier,
        [carrier, batch] {
            carrier->deleteLater();
            for (const QPointer<OAuthReply> &reply : batch) {
                if (!reply)
                    continue;
                reply->d_ptr->finished = true;
                Q_EMIT reply->finished();
            }
        },
        Qt::QueuedConnection);
}

bool ReplyAccess::isFinishing(const OAuthReply *reply)
{
    return reply->d_ptr->finishing;
}

} // namespace QtSignIn
