// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>
#include <QtSignIn/oauthprovider.h>
#include <QtSignIn/providersettings.h>

#include <QtCore/QProcessEnvironment>
#include <QtCore/QStringList>

#include <optional>

namespace QtSignInCli {

/*
 * What one invocation asks for. Every option also comes from the settings file and from
 * QTSIGNIN_* variables; the command line wins over the environment, which wins over the file.
 */
struct Options
{
    QString command; // login, token, whoami, accounts, logout
    QString account = QStringLiteral("default");
    std::optional<QtSignIn::OAuthProvider::UserAgent> agent;
    bool json = false;
    bool forceRefresh = false;
    bool all = false;
    bool help = false;
    bool version = false;
    // Provider settings from the settings file, the environment and the command line, merged.
    QtSignIn::ProviderSettings settings;
    // Only what the command line and the environment set, for commands that start from an
    // account's saved settings (they override those).
    QtSignIn::ProviderSettings overrides;
};

/*
 * Reads \a arguments (without the program name) on top of \a environment and the settings
 * file (--config, QTSIGNIN_CONFIG, or <config dir>/qtsignin/qtsignin.json when it exists).
 * Returns false with a Configuration \a error naming the option, variable or file at fault.
 */
bool parseOptions(const QStringList &arguments, const QProcessEnvironment &environment,
                  Options *options, QtSignIn::AuthError *error);

/* The text of `qtsignin --help` (translated). */
QString helpText();

/* The tool's configuration directory: <XDG config>/qtsignin. */
QString configDirectory(const QProcessEnvironment &environment);

} // namespace QtSignInCli
