// SPDX-License-Identifier: BSD-3-Clause
#include "reply/oauthreply_p.h"

#include <QtSignIn/tokenstore.h>

namespace QtSignIn {

namespace {
StoreReplyPrivate *storeD(OAuthReply *reply)
{
    return static_cast<StoreReplyPrivate *>(ReplyAccess::d(reply));
}
} // namespace

StoreReply::StoreReply(QObject *parent)
    : OAuthReply(*new StoreReplyPrivate, parent)
{
}

StoreReply::~StoreReply() = default;

StoredAccount StoreReply::account() const
{
    return static_cast<const StoreReplyPrivate *>(d_ptr.get())->account;
}

QList<StoredAccount> StoreReply::accounts() const
{
    return static_cast<const StoreReplyPrivate *>(d_ptr.get())->accounts;
}

bool StoreReply::isNotFound() const
{
    return static_cast<const StoreReplyPrivate *>(d_ptr.get())->notFound;
}

// Results are frozen once the outcome is fixed (e.g. after abort() or a timeout).
void ReplyAccess::setAccount(StoreReply *reply, const StoredAccount &account)
{
    if (!reply->d_ptr->finishing)
        storeD(reply)->account = account;
}

void ReplyAccess::setAccounts(StoreReply *reply, const QList<StoredAccount> &accounts)
{
    if (!reply->d_ptr->finishing)
        storeD(reply)->accounts = accounts;
}

void ReplyAccess::setNotFound(StoreReply *reply, bool notFound)
{
    if (!reply->d_ptr->finishing)
        storeD(reply)->notFound = notFound;
}

} // namespace QtSignIn
