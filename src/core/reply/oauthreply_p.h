// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/deviceauthorization.h>
#include <QtSignIn/oauthreply.h>
#include <QtSignIn/storedaccount.h>
#include <QtSignIn/tokenset.h>
#include <QtSignIn/userinfo.h>

#include <QtCore/QPointer>

#include <functional>

namespace QtSignIn {

class TokenReply;
class UserInfoReply;
class RevokeReply;
class DeviceAuthorizationReply;
class StoreReply;

class OAuthReplyPrivate
{
public:
    virtual ~OAuthReplyPrivate() = default;

    bool finishing = false; // the outcome is fixed; finished() is queued
    bool finished = false;  // finished() has been emitted
    AuthError error;
    std::function<void()> abortHandler;
};

class TokenReplyPrivate : public OAuthReplyPrivate
{
public:
    TokenSet tokens;
    bool refresh = false;
};

class UserInfoReplyPrivate : public OAuthReplyPrivate
{
public:
    UserInfo userInfo;
};

class RevokeReplyPrivate : public OAuthReplyPrivate
{
public:
    bool revoked = false;
};

class DeviceAuthorizationReplyPrivate : public OAuthReplyPrivate
{
public:
    DeviceAuthorization authorization;
};

class StoreReplyPrivate : public OAuthReplyPrivate
{
public:
    StoredAccount account;
    QList<StoredAccount> accounts;
    bool notFound = false;
};

/*
 * The library's side of the reply objects: providers fill in results and finish replies
 * through this class, so the public headers expose no setters.
 */
class QTSIGNINCORE_EXPORT ReplyAccess
{
public:
    static OAuthReplyPrivate *d(OAuthReply *reply) { return reply->d_ptr.get(); }

    static void setTokens(TokenReply *reply, const TokenSet &tokens);
    static void setRefresh(TokenReply *reply, bool refresh);
    static bool isRefresh(const TokenReply *reply);
    static void setUserInfo(UserInfoReply *reply, const UserInfo &userInfo);
    static void setRevoked(RevokeReply *reply, bool revoked);
    static void setDeviceAuthorization(DeviceAuthorizationReply *reply,
                                       const DeviceAuthorization &authorization);
    static void setAccount(StoreReply *reply, const StoredAccount &account);
    static void setAccounts(StoreReply *reply, const QList<StoredAccount> &accounts);
    static void setNotFound(StoreReply *reply, bool notFound);

    /*! Called by abort() before the reply finishes as Cancelled (e.g. to abort a request). */
    static void setAbortHandler(OAuthReply *reply, std::function<void()> handler);
    /*! abort() on \a reply also aborts \a operation (e.g. its HTTP exchange), if still alive. */
    template<typename Operation>
    static void abortTogether(OAuthReply *reply, Operation *operation)
    {
        setAbortHandler(reply, [operation = QPointer<Operation>(operation)] {
            if (operation)
                operation->abort();
        });
    }
    /*!
     * Fixes the outcome and queues finished(). Later calls are ignored, so whichever of
     * success, failure or abort comes first wins. Never emits synchronously.
     */
    static void finish(OAuthReply *reply, const AuthError &error = AuthError());
    /*!
     * finish() for many replies at once, e.g. every caller waiting for one refresh: the
     * outcomes are fixed now, and finished() is emitted for each reply, in order, from one
     * queued call instead of one posted event per reply. Replies already finishing keep
     * their outcome; replies destroyed meanwhile are skipped.
     */
    static void finishAll(const QList<QPointer<OAuthReply>> &replies,
                          const AuthError &error = AuthError());
    static bool isFinishing(const OAuthReply *reply);
};

} // namespace QtSignIn
