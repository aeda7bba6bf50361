// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/memorytokenstore.h>

#include "logging_p.h"
#include "reply/oauthreply_p.h"

#include <QtCore/QHash>

#include <algorithm>

namespace QtSignIn {

class MemoryTokenStorePrivate
{
public:
    struct Entry
    {
        StoredAccount account;
        quint64 sequence = 0; // write order, for entries written within one millisecond
    };
    QHash<QString, Entry> entries;
    quint64 nextSequence = 0;
    int operationCount = 0;
};

MemoryTokenStore::MemoryTokenStore(QObject *parent)
    : TokenStore(parent)
    , d_ptr(new MemoryTokenStorePrivate)
{
}

MemoryTokenStore::~MemoryTokenStore() = default;

int MemoryTokenStore::operationCount() const
{
    return d_ptr->operationCount;
}

// Each operation takes effect at once, in call order (which gives the same ordering guarantee
// as KeychainTokenStore's queue), but its reply finishes from the event loop like every reply.

StoreReply *MemoryTokenStore::save(const StoredAccount &account)
{
    ++d_ptr->operationCount;
    auto *reply = new StoreReply(this);
    if (account.isNull()) {
        ReplyAccess::finish(reply,
                            AuthError(AuthError::Code::StorageError,
                                      QStringLiteral("save: the account has no subject")));
        return reply;
    }
    StoredAccount stored = account;
    stored.setUpdatedAt(QDateTime::currentDateTimeUtc());
    const QString id = stored.id();
    d_ptr->entries.insert(id, {stored, d_ptr->nextSequence++});
    qCDebug(lcStore) << "memory: saved" << id;
    setAvailability(Availability::Available);
    ReplyAccess::setAccount(reply, stored);
    ReplyAccess::finish(reply);
    return reply;
}

StoreReply *MemoryTokenStore::load(const QString &accountId)
{
    ++d_ptr->operationCount;
    auto *reply = new StoreReply(this);
    setAvailability(Availability::Available);
    const auto it = d_ptr->entries.constFind(accountId);
    if (it == d_ptr->entries.constEnd()) {
        ReplyAccess::setNotFound(reply, true);
        ReplyAccess::finish(
            reply,
            AuthError(AuthError::Code::StorageError, QStringLiteral("load: no such account")));
        return reply;
    }
    ReplyAccess::setAccount(reply, it->account);
    ReplyAccess::finish(reply);
    return reply;
}

StoreReply *MemoryTokenStore::remove(const QString &accountId)
{
    ++d_ptr->operationCount;
    auto *reply = new StoreReply(this);
    setAvailability(Availability::Available);
    const bool removed = d_ptr->entries.remove(accountId) > 0;
    qCDebug(lcStore) << "memory: removed" << accountId << (removed ? "" : "(not found)");
    ReplyAccess::setNotFound(reply, !removed);
    ReplyAccess::finish(reply);
    return reply;
}

StoreReply *MemoryTokenStore::listAccounts()
{
    ++d_ptr->operationCount;
    auto *reply = new StoreReply(this);
    setAvailability(Availability::Available);
    QList<MemoryTokenStorePrivate::Entry> entries = d_ptr->entries.values();
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        if (a.account.updatedAt() != b.account.updatedAt())
            return a.account.updatedAt() > b.account.updatedAt();
        return a.sequence > b.sequence;
    });
    QList<StoredAccount> accounts;
    accounts.reserve(entries.size());
    // Same shape as a keychain listing: the non-secret fields only.
    for (const auto &entry : entries)
        accounts.append(StoredAccount::fromJson(entry.account.toPublicJson()));
    ReplyAccess::setAccounts(reply, accounts);
    ReplyAccess::finish(reply);
    return reply;
}

} // namespace QtSignIn
