// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/oauthprovider.h>

#include "network/httpexchange_p.h"

#include <QtCore/QPointer>
#include <QtNetwork/QNetworkAccessManager>

namespace QtSignIn {

class OAuthProviderPrivate
{
public:
    virtual ~OAuthProviderPrivate() = default;

    QString clientId;
    QString clientSecret;
    QStringList scopes;
    bool explicitScopes = false;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl userinfoUrl;
    QUrl revocationUrl;
    QUrl deviceAuthorizationUrl;
    OAuthProvider::ClientAuthMethod clientAuthMethod = OAuthProvider::ClientAuthMethod::Auto;
    bool usePkce = true;
    int transferTimeout = 30000;
    qint64 maxResponseSize = 1 << 20;
    bool allowInsecureLoopback = false;
    int clockSkew = 120;
    bool autoDeleteReplies = false;

    QPointer<QNetworkAccessManager> manager;
    std::unique_ptr<QNetworkAccessManager> ownManager;

    Network::HttpOptions httpOptions() const
    {
        Network::HttpOptions options;
        options.idleTimeoutMs = transferTimeout;
        options.maxResponseSize = maxResponseSize;
        return options;
    }
};

} // namespace QtSignIn
