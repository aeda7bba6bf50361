// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/providersettings.h>

#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/githubprovider.h>
#include <QtSignIn/googleprovider.h>
#include <QtSignIn/microsoftprovider.h>

#include "logging_p.h"
#include "network/proxypolicy_p.h"
#include "network/tlstrust_p.h"

#include <QtCore/QFile>

namespace QtSignIn {

namespace {

AuthError loadClientCertificate(const QString &certificateFile, const QString &keyFile,
                                QSslCertificate *certificate, QSslKey *key)
{
    const auto fail = [](const QString &detail) {
        return AuthError(AuthError::Code::Configuration, detail);
    };
    QFile certificateIn(certificateFile);
    if (!certificateIn.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("client_certificate_file: ") + certificateFile +
                    QStringLiteral(" cannot be read"));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateIn.readAll());
    if (chain.isEmpty())
        return fail(QStringLiteral("client_certificate_file: no PEM certificate in ") +
                    certificateFile);
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("client_key_file: ") + keyFile +
                    QStringLiteral(" cannot be read"));
    const QByteArray pem = keyIn.readAll();
    // QSslKey needs the algorithm up front: try those a TLS client key can use.
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey candidate(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!candidate.isNull()) {
            *certificate = chain.first();
            *key = candidate;
            return AuthError();
        }
    }
    return fail(QStringLiteral("client_key_file: no unencrypted PEM private key in ") + keyFile);
}

} // namespace

OAuthProvider *createProvider(const ProviderSettings &settings, QObject *parent, AuthError *error)
{
    const AuthError invalid = settings.validate();
    if (invalid.isError()) {
        if (error)
            *error = invalid;
        return nullptr;
    }

    // Files first: a missing CA bundle or key is a configuration error before any provider
    // (and any request) exists.
    QList<QSslCertificate> caCertificates;
    if (!settings.caFile().isEmpty()) {
        AuthError loadError;
        caCertificates = Network::loadCertificates(settings.caFile(), &loadError);
        if (loadError.isError()) {
            if (error)
                *error = loadError.setDetail(QStringLiteral("ca_file: ") + loadError.detail());
            return nullptr;
        }
    }
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    if (!settings.clientCertificateFile().isEmpty()) {
        AuthError loadError =
            loadClientCertificate(settings.clientCertificateFile(), settings.clientKeyFile(),
                                  &clientCertificate, &clientKey);
        if (loadError.isError()) {
            if (error)
                *error = loadError;
            return nullptr;
        }
    }

    using Type = OAuthProvider::Type;
    OAuthProvider *provider = nullptr;
    switch (settings.providerType()) {
    case Type::Google:
        provider = new GoogleProvider(parent);
        break;
    case Type::GitHub:
        provider = new GitHubProvider(parent);
        break;
    case Type::Microsoft: {
        auto *microsoft = new MicrosoftProvider(settings.tenant(), parent);
        if (!settings.allowedTenants().isEmpty())
            microsoft->setAllowedTenants(settings.allowedTenants());
        provider = microsoft;
        break;
    }
    case Type::Oidc:
        provider = new GenericOidcProvider(settings.issuer(), parent);
        break;
    case Type::Custom: {
        // No issuer, so no discovery and no keys: an ID token the server adds cannot be
        // validated. It is ignored instead of failing every sign-in (the reference's fault 4);
        // an application that relies on ID tokens should use provider "oidc".
        auto *custom = new GenericOidcProvider(parent);
        custom->setRequireIdTokenValidation(false);
        provider = custom;
        break;
    }
    }
    if (!provider) {
        // Only reachable with an out-of-range enum value cast in by the caller.
        if (error)
            *error = AuthError(AuthError::Code::Configuration,
                               QStringLiteral("provider type is unknown"));
        return nullptr;
    }

    provider->setClientId(settings.clientId());
    provider->setClientSecret(settings.clientSecret());
    // Only explicit scopes replace the provider's defaults: applying a settings-wide default
    // (the reference's fault 3) gave GitHub OIDC scopes and cost Microsoft offline_access.
    if (!settings.scopes().isEmpty())
        provider->setScopes(settings.scopes());

    // Explicit endpoints win over built-in and discovered ones (GitHub Enterprise, sovereign
    // clouds, a proxy in front of an IdP…); unset ones keep the provider's own.
    if (!settings.authorizeUrl().isEmpty())
        provider->setAuthorizeUrl(settings.authorizeUrl());
    if (!settings.tokenUrl().isEmpty())
        provider->setTokenUrl(settings.tokenUrl());
    if (!settings.userinfoUrl().isEmpty())
        provider->setUserinfoUrl(settings.userinfoUrl());
    if (!settings.revocationUrl().isEmpty())
        provider->setRevocationUrl(settings.revocationUrl());
    if (!settings.jwksUrl().isEmpty()) {
        if (auto *oidc = qobject_cast<GenericOidcProvider *>(provider))
            oidc->setJwksUrl(settings.jwksUrl());
        else
            qCWarning(lcSettings) << "jwks_url is ignored for provider"
                                  << ProviderSettings::providerTypeName(provider->type());
    }

    provider->setClientAuthMethod(settings.clientAuthMethod());
    provider->setUsePkce(settings.usePkce());
    provider->setAllowInsecureLoopback(settings.allowInsecureLoopback());
    provider->setCaCertificates(caCertificates);
    if (!clientCertificate.isNull())
        provider->setClientCertificate(clientCertificate, clientKey);
    const QString proxy = settings.proxy().trimmed().toLower();
    if (proxy == u"none")
        provider->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    else if (!proxy.isEmpty() && proxy != u"system")
        provider->setProxy(*Network::ProxyPolicy::parseProxyUrl(settings.proxy()));

    if (error)
        *error = AuthError();
    return provider;
}

} // namespace QtSignIn
