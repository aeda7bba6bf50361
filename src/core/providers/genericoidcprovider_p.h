// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/genericoidcprovider.h>

#include "oidc/metadatacache_p.h"
#include "providers/oauthprovider_p.h"

namespace QtSignIn {

class GenericOidcProviderPrivate : public OAuthProviderPrivate
{
public:
    QUrl issuer;
    QUrl discoveryIssuer; // where metadata is loaded from (Microsoft: the tenant URL)
    QUrl jwksUrl;
    bool requireIdTokenValidation = true;
    QJsonObject metadata;
    QString discoveredIssuer;
};

} // namespace QtSignIn
