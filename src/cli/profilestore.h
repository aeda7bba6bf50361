// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>
#include <QtSignIn/providersettings.h>

#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QString>

namespace QtSignInCli {

/* How one named account of the tool signs in again: never a token, never a secret. */
struct Profile
{
    QString name;                        // the --account name
    QString accountId;                   // the StoredAccount id in the keychain
    QtSignIn::ProviderSettings settings; // without the client secret
    bool clientSecretInKeychain = false;
};

/*
 * The tool's account names: <config dir>/accounts.json (mode 0600, written atomically) maps
 * each name to its keychain account and its provider settings. Client secrets given at login
 * live in the keychain (service "qtsignin-cli"), not in this file.
 */
class ProfileStore
{
public:
    explicit ProfileStore(const QString &directory);

    QString path() const;
    /* All profiles by name; false with a StorageError when the file exists but is unreadable. */
    bool load(QMap<QString, Profile> *profiles, QtSignIn::AuthError *error) const;
    bool save(const Profile &profile, QtSignIn::AuthError *error);
    bool remove(const QString &name, QtSignIn::AuthError *error);

    /* The keychain's copy of a profile's client secret (waits, at most 10 s). */
    static bool writeClientSecret(const QString &name, const QString &secret,
                                  QtSignIn::AuthError *error);
    static bool readClientSecret(const QString &name, QString *secret, QtSignIn::AuthError *error);
    static bool deleteClientSecret(const QString &name, QtSignIn::AuthError *error);

private:
    bool write(const QMap<QString, Profile> &profiles, QtSignIn::AuthError *error);

    QString m_directory;
};

} // namespace QtSignInCli
