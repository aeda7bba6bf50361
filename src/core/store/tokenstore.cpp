// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/tokenstore.h>

#include "logging_p.h"
#include "reply/oauthreply_p.h"

namespace QtSignIn {

struct TokenStore::Private
{
    Availability availability = Availability::Unknown;
    AuthError lastError;
};

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
    , d_ptr(new Private)
{
}

TokenStore::~TokenStore() = default;

TokenStore::Availability TokenStore::availability() const
{
    return d_ptr->availability;
}

AuthError TokenStore::lastError() const
{
    return d_ptr->lastError;
}

void TokenStore::setAvailability(Availability availability, const AuthError &error)
{
    // lastError() explains an Unavailable store; once the store answers again it is cleared.
    d_ptr->lastError = availability == Availability::Unavailable ? error : AuthError();
    if (d_ptr->availability == availability)
        return;
    d_ptr->availability = availability;
    qCDebug(lcStore) << "availability" << availability;
    Q_EMIT availabilityChanged();
}

StoreReply *TokenStore::loadMostRecent(const QString &issuer, const QString &clientId)
{
    auto *result = new StoreReply(this);
    const QPointer<StoreReply> guard(result);
    StoreReply *list = listAccounts();
    connect(list, &OAuthReply::finished, this, [this, guard, list, issuer, clientId] {
        list->deleteLater();
        if (!guard)
            return;
        if (list->hasError())
            return ReplyAccess::finish(guard, list->error());
        QString newest;
        for (const StoredAccount &account : list->accounts()) { // most recent first
            if (account.issuer() == issuer && account.clientId() == clientId) {
                newest = account.id();
                break;
            }
        }
        if (newest.isEmpty()) {
            ReplyAccess::setNotFound(guard, true);
            return ReplyAccess::finish(
                guard,
                AuthError(AuthError::Code::StorageError, QStringLiteral("no stored account")));
        }
        StoreReply *load = this->load(newest);
        connect(load, &OAuthReply::finished, this, [guard, load] {
            load->deleteLater();
            if (!guard)
                return;
            ReplyAccess::setNotFound(guard, load->isNotFound());
            ReplyAccess::setAccount(guard, load->account());
            ReplyAccess::finish(guard, load->error());
        });
    });
    return result;
}

} // namespace QtSignIn
