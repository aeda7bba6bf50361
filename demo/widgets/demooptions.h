// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "providercatalog.h"

#include <QtSignIn/autherror.h>
#include <QtSignIn/providersettings.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace QtSignInDemo {

/*!
 * How the demo starts: which provider, the settings that win over the stored ones (from
 * `--config FILE` and `QTSIGNIN_*` variables), where sessions are kept.
 */
struct DemoOptions
{
    ProviderChoice initialChoice = ProviderChoice::DevIdp;
    /*! Settings from the file and the environment; they apply to overrideChoice only. */
    QtSignIn::ProviderSettings overrides;
    ProviderChoice overrideChoice = ProviderChoice::DevIdp;
    bool hasOverrides = false;
    /*! True when the command line or the settings named the provider to show first. */
    bool choiceGiven = false;
    /*! Problems found while reading the file or the environment (shown in the window). */
    QtSignIn::AuthError configurationError;
    /*! Restore the last session at start-up (AuthSession::restore()). */
    bool restoreAtStart = true;
    /*! The keychain service the sessions are stored under. */
    QString keychainService = QStringLiteral("QtSignIn Demo");
    /*! When set, the window saves a picture of itself there once settled, then quits. */
    QString screenshotPath;

    /*!
     * Reads the command line (`--config`, `--provider`, `--signed-out`, `--screenshot`) and the
     * `QTSIGNIN_*` variables. Returns false and sets \a message for a bad command line.
     */
    static bool fromCommandLine(const QStringList &arguments, DemoOptions *options,
                                QString *message);
};

/*!
 * The settings the user edits in the settings dialog, kept per provider in QSettings
 * (group `providers/<key>`), and the effective settings of a provider: its defaults, then the
 * stored values, then the overrides.
 */
class DemoSettings
{
    Q_DECLARE_TR_FUNCTIONS(QtSignInDemo::DemoSettings)
public:
    explicit DemoSettings(const DemoOptions &options);

    QtSignIn::ProviderSettings stored(ProviderChoice choice) const;
    /*!
     * Saves \a settings for \a choice; the client secret goes to the keychain, never to the
     * settings file. Returns the keychain's StorageError if it refused the secret (the secret
     * is then kept in memory until the demo quits).
     */
    QtSignIn::AuthError store(ProviderChoice choice, const QtSignIn::ProviderSettings &settings);
    /*! The keychain error met while reading a stored client secret, if any. */
    QtSignIn::AuthError lastSecretError() const { return m_secretError; }
    QtSignIn::ProviderSettings effective(ProviderChoice choice) const;
    /*! True when `--config` or the environment set values for \a choice. */
    bool hasOverrides(ProviderChoice choice) const;

    ProviderChoice lastChoice(ProviderChoice fallback) const;
    void setLastChoice(ProviderChoice choice);

private:
    QString secretKey(ProviderChoice choice) const;

    DemoOptions m_options;
    // Secrets the keychain refused, kept for this run only (never written to a file).
    QHash<QString, QString> m_unsavedSecrets;
    mutable QtSignIn::AuthError m_secretError;
};

} // namespace QtSignInDemo
