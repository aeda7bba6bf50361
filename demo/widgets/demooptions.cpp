// SPDX-License-Identifier: BSD-3-Clause
#include "demooptions.h"

#include "store/keychainsecret_p.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QSettings>

using QtSignIn::AuthError;
using QtSignIn::ProviderSettings;

namespace QtSignInDemo {

bool DemoOptions::fromCommandLine(const QStringList &arguments, DemoOptions *options,
                                  QString *message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "QtSignInDemo::DemoOptions",
        "Try QtSignIn's sign-in with a local development IdP, Google, GitHub, Microsoft or any "
        "OpenID Connect provider. Settings also come from QTSIGNIN_* environment variables "
        "(QTSIGNIN_PROVIDER, QTSIGNIN_ISSUER, QTSIGNIN_CLIENT_ID, QTSIGNIN_CLIENT_SECRET, "
        "QTSIGNIN_SCOPES, QTSIGNIN_TENANT, QTSIGNIN_ALLOW_INSECURE_LOOPBACK…)."));
    parser.addHelpOption();
    const QCommandLineOption config(
        QStringLiteral("config"),
        QCoreApplication::translate("QtSignInDemo::DemoOptions",
                                    "Provider settings from a JSON file (same keys as the "
                                    "QTSIGNIN_* variables, in lower case)."),
        QStringLiteral("file"));
    const QCommandLineOption provider(
        QStringLiteral("provider"),
        QCoreApplication::translate("QtSignInDemo::DemoOptions",
                                    "The provider to show first: dev, google, github, "
                                    "microsoft or oidc."),
        QStringLiteral("name"));
    const QCommandLineOption signedOut(
        QStringLiteral("signed-out"),
        QCoreApplication::translate("QtSignInDemo::DemoOptions",
                                    "Start signed out instead of restoring the last session."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("QtSignInDemo::DemoOptions",
                                    "Save a picture of the window to this PNG file once it has "
                                    "started, then quit."),
        QStringLiteral("file"));
    parser.addOptions({config, provider, signedOut, screenshot});
    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *message = parser.helpText();
        return false;
    }

    // The file first, the environment over it: a variable is the quickest way to change one
    // value of a shared file.
    ProviderSettings merged;
    AuthError error;
    if (parser.isSet(config)) {
        merged = ProviderSettings::fromJsonFile(parser.value(config), &error);
        options->hasOverrides = true;
        if (error.isError())
            options->configurationError = error;
    }
    AuthError environmentError;
    const ProviderSettings environment = ProviderSettings::fromEnvironment(&environmentError);
    if (environmentError.isError() && !options->configurationError.isError())
        options->configurationError = environmentError;
    const QStringList keys = QProcessEnvironment::systemEnvironment().keys();
    for (const QString &name : keys) {
        // QTSIGNIN_SOURCE_DIR and friends belong to the test harness, not to the settings.
        if (name.startsWith(QLatin1String("QTSIGNIN_")) &&
            !qEnvironmentVariableIsEmpty(qPrintable(name)) &&
            name != QLatin1String("QTSIGNIN_SOURCE_DIR") &&
            name != QLatin1String("QTSIGNIN_SCREENSHOT_DIR") &&
            name != QLatin1String("QTSIGNIN_ENV_TMP")) {
            options->hasOverrides = true;
        }
    }
    merged = merged.mergedWith(environment);
    options->overrides = merged;
    options->overrideChoice = ProviderCatalog::choiceFor(merged);
    options->initialChoice = options->overrideChoice;
    options->choiceGiven = options->hasOverrides;

    if (parser.isSet(provider)) {
        ProviderChoice choice;
        if (!ProviderCatalog::fromKey(parser.value(provider), &choice)) {
            *message =
                QCoreApplication::translate("QtSignInDemo::DemoOptions", "Unknown provider “%1”.")
                    .arg(parser.value(provider));
            return false;
        }
        options->initialChoice = choice;
        options->choiceGiven = true;
    }
    options->restoreAtStart = !parser.isSet(signedOut);
    options->screenshotPath = parser.value(screenshot);
    return true;
}

DemoSettings::DemoSettings(const DemoOptions &options)
    : m_options(options)
{
}

QString DemoSettings::secretKey(ProviderChoice choice) const
{
    return QStringLiteral("client-secret/") + ProviderCatalog::key(choice);
}

ProviderSettings DemoSettings::stored(ProviderChoice choice) const
{
    QSettings settings;
    settings.beginGroup(QLatin1String("providers/") + ProviderCatalog::key(choice));
    // An earlier demo kept the client secret here: move it to the keychain.
    if (settings.contains(QStringLiteral("client_secret"))) {
        const QString legacy = settings.value(QStringLiteral("client_secret")).toString();
        QtSignIn::AuthError error;
        if (QtSignIn::KeychainSecret::write(m_options.keychainService, secretKey(choice), legacy,
                                            &error)) {
            settings.remove(QStringLiteral("client_secret"));
            settings.setValue(QStringLiteral("client_secret_in_keychain"), true);
        }
    }
    // fromSettings() reads its own keys only; this marker is the demo's.
    const bool inKeychain = settings.value(QStringLiteral("client_secret_in_keychain")).toBool();
    ProviderSettings result = ProviderSettings::fromSettings(settings);
    settings.endGroup();

    const QString unsaved = m_unsavedSecrets.value(ProviderCatalog::key(choice));
    if (!unsaved.isEmpty()) {
        result.setClientSecret(unsaved);
    } else if (inKeychain) {
        QString secret;
        if (QtSignIn::KeychainSecret::read(m_options.keychainService, secretKey(choice), &secret,
                                           &m_secretError))
            result.setClientSecret(secret);
    }
    return result;
}

QtSignIn::AuthError DemoSettings::store(ProviderChoice choice, const ProviderSettings &values)
{
    QSettings settings;
    settings.beginGroup(QLatin1String("providers/") + ProviderCatalog::key(choice));
    settings.remove(QString());
    auto put = [&settings](const char *key, const QString &value) {
        if (!value.isEmpty())
            settings.setValue(QLatin1String(key), value);
    };
    put("client_id", values.clientId());
    put("scopes", values.scopes().join(u' '));
    if (ProviderCatalog::usesIssuer(choice))
        put("issuer", values.issuer().toString());
    if (ProviderCatalog::usesTenant(choice))
        put("tenant", values.tenant());
    put("ca_file", values.caFile());
    put("proxy", values.proxy());

    // The client secret a provider insists on (Google, GitHub) goes to the keychain; a file
    // is never a fallback. If the keychain refuses, it lives in memory until the demo quits.
    const QString key = ProviderCatalog::key(choice);
    m_unsavedSecrets.remove(key);
    QtSignIn::AuthError error;
    if (values.clientSecret().isEmpty()) {
        QtSignIn::KeychainSecret::remove(m_options.keychainService, secretKey(choice), &error);
        return error;
    }
    if (QtSignIn::KeychainSecret::write(m_options.keychainService, secretKey(choice),
                                        values.clientSecret(), &error)) {
        settings.setValue(QStringLiteral("client_secret_in_keychain"), true);
        return QtSignIn::AuthError();
    }
    m_unsavedSecrets.insert(key, values.clientSecret());
    return error;
}

ProviderSettings DemoSettings::effective(ProviderChoice choice) const
{
    ProviderSettings settings = ProviderCatalog::defaults(choice).mergedWith(stored(choice));
    if (hasOverrides(choice))
        settings = settings.mergedWith(m_options.overrides);
    if (choice == ProviderChoice::DevIdp)
        settings.setAllowInsecureLoopback(true);
    return settings;
}

bool DemoSettings::hasOverrides(ProviderChoice choice) const
{
    return m_options.hasOverrides && m_options.overrideChoice == choice;
}

ProviderChoice DemoSettings::lastChoice(ProviderChoice fallback) const
{
    ProviderChoice choice;
    if (ProviderCatalog::fromKey(QSettings().value(QStringLiteral("lastProvider")).toString(),
                                 &choice))
        return choice;
    return fallback;
}

void DemoSettings::setLastChoice(ProviderChoice choice)
{
    QSettings().setValue(QStringLiteral("lastProvider"), ProviderCatalog::key(choice));
}

} // namespace QtSignInDemo
