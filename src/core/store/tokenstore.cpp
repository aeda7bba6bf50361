// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/tokenstore.h>

#include "logging_p.h"

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

} // namespace QtSignIn
