// SPDX-License-Identifier: BSD-3-Clause
#include "exitstatus.h"

#include <QtCore/QMetaEnum>

namespace QtSignInCli {

using QtSignIn::AuthError;

ExitStatus exitStatusFor(const AuthError &error)
{
    using Code = AuthError::Code;
    switch (error.code()) {
    case Code::NoError:
        return ExitStatus::Ok;
    case Code::Cancelled:
        return ExitStatus::Cancelled;
    case Code::Timeout:
        // A transfer that timed out carries its network error; the sign-in's own deadline
        // does not.
        return error.networkError() != QNetworkReply::NoError ? ExitStatus::Network
                                                              : ExitStatus::Cancelled;
    case Code::NetworkError:
    case Code::TlsError:
    case Code::ServerError:
    case Code::TemporarilyUnavailable:
        return ExitStatus::Network;
    case Code::Configuration:
        return ExitStatus::Usage;
    case Code::StorageError:
        return ExitStatus::Storage;
    case Code::DiscoveryFailed:
        // Discovery that could not reach the server is a network failure; a document that
        // was fetched and refused is a rejection.
        return error.networkError() != QNetworkReply::NoError ? ExitStatus::Network
                                                              : ExitStatus::Rejected;
    case Code::InvalidClient:
    case Code::InvalidGrant:
    case Code::InvalidScope:
    case Code::InvalidRequest:
    case Code::AccessDenied:
    case Code::InvalidResponse:
    case Code::IdTokenInvalid:
    case Code::StateMismatch:
    case Code::ProviderPolicy:
    case Code::Unknown:
        return ExitStatus::Rejected;
    }
    return ExitStatus::Rejected;
}

QString errorCodeName(AuthError::Code code)
{
    return QString::fromLatin1(QMetaEnum::fromType<AuthError::Code>().valueToKey(int(code)));
}

} // namespace QtSignInCli
