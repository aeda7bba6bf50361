// SPDX-License-Identifier: BSD-3-Clause
#include "providercatalog.h"

#include <QtNetwork/QHostAddress>

using QtSignIn::OAuthProvider;
using QtSignIn::ProviderSettings;

namespace QtSignInDemo {

QList<ProviderChoice> ProviderCatalog::choices()
{
    return {ProviderChoice::DevIdp, ProviderChoice::Google, ProviderChoice::GitHub,
            ProviderChoice::Microsoft, ProviderChoice::CustomOidc};
}

QString ProviderCatalog::key(ProviderChoice choice)
{
    switch (choice) {
    case ProviderChoice::DevIdp:
        return QStringLiteral("dev");
    case ProviderChoice::Google:
        return QStringLiteral("google");
    case ProviderChoice::GitHub:
        return QStringLiteral("github");
    case ProviderChoice::Microsoft:
        return QStringLiteral("microsoft");
    case ProviderChoice::CustomOidc:
        return QStringLiteral("oidc");
    }
    return QString();
}

bool ProviderCatalog::fromKey(const QString &key, ProviderChoice *choice)
{
    for (ProviderChoice candidate : choices()) {
        if (ProviderCatalog::key(candidate).compare(key.trimmed(), Qt::CaseInsensitive) == 0) {
            *choice = candidate;
            return true;
        }
    }
    return false;
}

QString ProviderCatalog::title(ProviderChoice choice)
{
    switch (choice) {
    case ProviderChoice::DevIdp:
        //: The OpenID provider that comes with QtSignIn for trying it out on this computer.
        return tr("Local development IdP");
    case ProviderChoice::Google:
        return tr("Google");
    case ProviderChoice::GitHub:
        return tr("GitHub");
    case ProviderChoice::Microsoft:
        return tr("Microsoft");
    case ProviderChoice::CustomOidc:
        //: Any OpenID Connect provider, found through its issuer URL.
        return tr("Custom OpenID Connect provider");
    }
    return QString();
}

QString ProviderCatalog::helpText(ProviderChoice choice)
{
    // The redirect URIs quoted here are what AuthFlow sends: the system browser's loopback
    // receiver listens on http://127.0.0.1:<ephemeral port>/callback (RFC 8252 §7.3), and
    // providers that follow §7.3 ignore the port when matching a loopback redirect.
    const QString loopback = QStringLiteral("<code>http://127.0.0.1/callback</code>");
    switch (choice) {
    case ProviderChoice::DevIdp:
        //: %1: the client ID, %2: the redirect URI. Keep the HTML tags, the command, and
        //: alice / alice (a login of the test provider).
        return tr("The OpenID provider of QtSignIn's test bed, on this computer. Nothing to "
                  "register: the client <code>%1</code> exists with the redirect URI %2. Start "
                  "it with <code>bash tools/setup.sh demo</code>, then sign in with any login "
                  "and password, e.g. <b>alice</b> / <b>alice</b>.")
            .arg(QStringLiteral("qt-desktop"), loopback);
    case ProviderChoice::Google:
        //: %1: the redirect URI. Keep the HTML tags (and the entity &amp;). The menu path and
        //: "Desktop app" stay as the console shows them in English.
        return tr("Create an OAuth client ID of type <i>Desktop app</i> in the Google Cloud "
                  "console (<a href=\"https://console.cloud.google.com/apis/credentials\">APIs "
                  "&amp; Services → Credentials</a>). Desktop clients accept the loopback "
                  "redirect %1 on any port without registering it. Enter the client ID and the "
                  "client secret in Settings (Google requires both). Google does not allow "
                  "sign-in inside an application window: use the browser or a code.")
            .arg(loopback);
    case ProviderChoice::GitHub:
        //: %1: the callback URL. Keep the HTML tags; the menu names are as GitHub shows
        //: them in English.
        return tr("Register an OAuth app at <a href=\"https://github.com/settings/developers\">"
                  "GitHub → Settings → Developer settings</a> with the callback URL %1 (GitHub "
                  "accepts any port on a loopback address). To sign in with a code, tick "
                  "<i>Enable Device Flow</i>. Enter the client ID and the client secret in "
                  "Settings.")
            .arg(loopback);
    case ProviderChoice::Microsoft:
        //: %1: a redirect URI. Keep the HTML tags. The names of the admin center's pages and
        //: options stay as it shows them in English.
        return tr("Register an application in the <a href=\"https://entra.microsoft.com/"
                  "#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade\">Microsoft Entra "
                  "admin center → App registrations</a>. Under <i>Authentication</i>, add the "
                  "platform <i>Mobile and desktop applications</i> with the redirect URIs "
                  "<code>http://localhost</code> and %1 (Microsoft ignores the port of loopback "
                  "redirects), and allow public client flows for sign-in with a code. Enter the "
                  "application (client) ID and the tenant in Settings.")
            .arg(loopback);
    case ProviderChoice::CustomOidc:
        //: %1: the redirect URI. Keep the HTML tags and the product names.
        return tr("Any OpenID Connect provider that publishes discovery metadata "
                  "(<code>/.well-known/openid-configuration</code>): Keycloak, Authentik, "
                  "Auth0, Okta… Register a public (native) client with PKCE and the redirect "
                  "URI %1, then enter the issuer URL and the client ID in Settings.")
            .arg(loopback);
    }
    return QString();
}

bool ProviderCatalog::usesIssuer(ProviderChoice choice)
{
    return choice == ProviderChoice::DevIdp || choice == ProviderChoice::CustomOidc;
}

bool ProviderCatalog::usesTenant(ProviderChoice choice)
{
    return choice == ProviderChoice::Microsoft;
}

QUrl ProviderCatalog::defaultDevIssuer()
{
    return QUrl(QStringLiteral("http://127.0.0.1:9080"));
}

ProviderSettings ProviderCatalog::defaults(ProviderChoice choice)
{
    ProviderSettings settings;
    switch (choice) {
    case ProviderChoice::DevIdp:
        settings.setProviderType(OAuthProvider::Type::Oidc);
        settings.setIssuer(defaultDevIssuer());
        settings.setClientId(QStringLiteral("qt-desktop"));
        // The test bed's provider speaks plain http on 127.0.0.1 (tests/oidc/provider.mjs).
        settings.setAllowInsecureLoopback(true);
        // offline_access: a refresh token, so that the session survives restarts.
        settings.setScopes({QStringLiteral("openid"), QStringLiteral("offline_access"),
                            QStringLiteral("profile"), QStringLiteral("email")});
        break;
    case ProviderChoice::Google:
        settings.setProviderType(OAuthProvider::Type::Google);
        break;
    case ProviderChoice::GitHub:
        settings.setProviderType(OAuthProvider::Type::GitHub);
        break;
    case ProviderChoice::Microsoft:
        settings.setProviderType(OAuthProvider::Type::Microsoft);
        settings.setTenant(QStringLiteral("common"));
        break;
    case ProviderChoice::CustomOidc:
        settings.setProviderType(OAuthProvider::Type::Oidc);
        break;
    }
    return settings;
}

ProviderChoice ProviderCatalog::choiceFor(const ProviderSettings &settings)
{
    if (!settings.hasProviderType())
        return ProviderChoice::DevIdp;
    switch (settings.providerType()) {
    case OAuthProvider::Type::Google:
        return ProviderChoice::Google;
    case OAuthProvider::Type::GitHub:
        return ProviderChoice::GitHub;
    case OAuthProvider::Type::Microsoft:
        return ProviderChoice::Microsoft;
    case OAuthProvider::Type::Custom:
        return ProviderChoice::CustomOidc;
    case OAuthProvider::Type::Oidc:
        break;
    }
    const QUrl issuer = settings.issuer();
    if (issuer.isEmpty())
        return ProviderChoice::DevIdp;
    const QString host = issuer.host();
    const bool loopback = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        QHostAddress(host).isLoopback();
    return issuer.scheme() == QLatin1String("http") && loopback ? ProviderChoice::DevIdp
                                                                : ProviderChoice::CustomOidc;
}

} // namespace QtSignInDemo
