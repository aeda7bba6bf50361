// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/oauthprovider.h>

#include "network/httpexchange_p.h"
#include "network/tlstrust_p.h"

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

    QList<QSslCertificate> caCertificates;
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    QNetworkProxy proxy{QNetworkProxy::DefaultProxy};

    QPointer<QNetworkAccessManager> manager;
    std::unique_ptr<QNetworkAccessManager> ownManager;
    // With a client certificate, the client-authenticated endpoints get a manager of their
    // own: QNetworkAccessManager reuses a kept-alive connection whatever the request's TLS
    // configuration, so a connection opened without the certificate (discovery) would carry
    // the token request, and one opened with it would present it to every endpoint.
    std::unique_ptr<QNetworkAccessManager> mutualTlsManager;

    /* Where a request goes: the client certificate is presented only where the client
       authenticates (RFC 8705 §2: token, revocation, device authorization endpoints). */
    enum class Endpoint { Public, ClientAuthenticated };

    Network::HttpOptions httpOptions(Endpoint endpoint = Endpoint::Public) const
    {
        Network::HttpOptions options;
        options.idleTimeoutMs = transferTimeout;
        options.maxResponseSize = maxResponseSize;
        const bool mutual = endpoint == Endpoint::ClientAuthenticated;
        // Built only if the request is https (see HttpOptions::tls).
        options.tls = [cas = caCertificates,
                       certificate = mutual ? clientCertificate : QSslCertificate(),
                       key = mutual ? clientKey : QSslKey()] {
            return Network::tlsConfiguration(cas, certificate, key);
        };
        return options;
    }
};

} // namespace QtSignIn
