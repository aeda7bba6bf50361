// SPDX-License-Identifier: BSD-3-Clause
// Uses the installed QtSignIn package: returns 0 when the public headers, the exported target,
// the shared library and the package version agree.

#include <QtSignIn/githubprovider.h>
#include <QtSignIn/pkcechallenge.h>
#include <QtSignIn/providersettings.h>
#include <QtSignIn/qtsigninglobal.h>
#include <QtSignIn/tokenset.h>
#include <QtSignIn/translations.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The header's version must be the one find_package() selected through QtSignInConfigVersion.
    if (std::strcmp(QTSIGNIN_VERSION_STR, EXPECTED_VERSION) != 0) {
        std::fprintf(stderr, "header version %s != package version %s\n", QTSIGNIN_VERSION_STR,
                     EXPECTED_VERSION);
        return 1;
    }
    // Calls into the installed library: PKCE, token parsing and the provider factory.
    const auto pkce = QtSignIn::PkceChallenge::generate();
    if (!QtSignIn::PkceChallenge::isValidVerifier(pkce.verifier())) {
        std::fprintf(stderr, "generated PKCE verifier is not valid\n");
        return 1;
    }
    const auto tokens = QtSignIn::TokenSet::fromJson(QJsonObject{
        {QStringLiteral("access_token"), QStringLiteral("a")}, {QStringLiteral("expires_in"), 60}});
    if (tokens.isNull() || tokens.isExpired()) {
        std::fprintf(stderr, "TokenSet::fromJson failed\n");
        return 1;
    }
    QtSignIn::ProviderSettings settings;
    settings.setProviderType(QtSignIn::OAuthProvider::Type::GitHub);
    settings.setClientId(QStringLiteral("consumer"));
    QtSignIn::AuthError error;
    std::unique_ptr<QtSignIn::OAuthProvider> provider(
        QtSignIn::createProvider(settings, nullptr, &error));
    if (!provider || !qobject_cast<QtSignIn::GitHubProvider *>(provider.get())) {
        std::fprintf(stderr, "createProvider failed\n");
        return 1;
    }
    // The installed library carries its translations and loads them itself; the application
    // only chooses the language here because the test cannot rely on the session's.
    QtSignIn::installTranslations(QLocale(QLocale::English));
    const QString english = QtSignIn::AuthError(QtSignIn::AuthError::Code::Cancelled).message();
    if (!QtSignIn::installTranslations(QLocale(QLocale::German)) ||
        QtSignIn::AuthError(QtSignIn::AuthError::Code::Cancelled).message() == english) {
        std::fprintf(stderr, "the installed library has no German translation\n");
        return 1;
    }
    std::printf("QtSignIn %s consumer OK\n", QTSIGNIN_VERSION_STR);
    return 0;
}
