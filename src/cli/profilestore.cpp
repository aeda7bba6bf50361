// SPDX-License-Identifier: BSD-3-Clause
#include "profilestore.h"
#include "cli.h"
#include "store/keychainsecret_p.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QSaveFile>

namespace QtSignInCli {

using QtSignIn::AuthError;
using QtSignIn::ProviderSettings;

namespace {

AuthError storageError(const QString &detail)
{
    return AuthError(AuthError::Code::StorageError, detail);
}

QString secretKey(const QString &name)
{
    return QStringLiteral("client-secret/") + name;
}

} // namespace

ProfileStore::ProfileStore(const QString &directory)
    : m_directory(directory)
{
}

QString ProfileStore::path() const
{
    return QDir(m_directory).filePath(QStringLiteral("accounts.json"));
}

bool ProfileStore::load(QMap<QString, Profile> *profiles, AuthError *error) const
{
    profiles->clear();
    QFile file(path());
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = storageError(path() + QStringLiteral(": ") + file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(4 << 20), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = storageError(path() + QStringLiteral(": not a JSON object"));
        return false;
    }
    const QJsonObject accounts = document.object().value(u"accounts").toObject();
    for (auto it = accounts.constBegin(); it != accounts.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        Profile profile;
        profile.name = it.key();
        profile.accountId = entry.value(u"account_id").toString();
        profile.clientSecretInKeychain = entry.value(u"client_secret_in_keychain").toBool();
        AuthError settingsError;
        profile.settings =
            ProviderSettings::fromJson(entry.value(u"settings").toObject(), &settingsError);
        if (settingsError.isError() || profile.accountId.isEmpty()) {
            *error = storageError(path() + QStringLiteral(": account ") + it.key() +
                                  QStringLiteral(": ") + settingsError.detail());
            return false;
        }
        profiles->insert(profile.name, profile);
    }
    return true;
}

bool ProfileStore::save(const Profile &profile, AuthError *error)
{
    QMap<QString, Profile> profiles;
    if (!load(&profiles, error))
        return false;
    profiles.insert(profile.name, profile);
    return write(profiles, error);
}

bool ProfileStore::remove(const QString &name, AuthError *error)
{
    QMap<QString, Profile> profiles;
    if (!load(&profiles, error))
        return false;
    if (!profiles.remove(name))
        return true;
    return write(profiles, error);
}

bool ProfileStore::write(const QMap<QString, Profile> &profiles, AuthError *error)
{
    if (!QDir().mkpath(m_directory)) {
        *error = storageError(m_directory + QStringLiteral(": cannot be created"));
        return false;
    }
    QJsonObject accounts;
    for (const Profile &profile : profiles) {
        accounts.insert(profile.name,
                        QJsonObject{{QStringLiteral("account_id"), profile.accountId},
                                    {QStringLiteral("settings"), profile.settings.toJson()},
                                    {QStringLiteral("client_secret_in_keychain"),
                                     profile.clientSecretInKeychain}});
    }
    QSaveFile file(path());
    // Readable by the user only: no secrets, but who signs in where is the user's business.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = storageError(path() + QStringLiteral(": ") + file.errorString());
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                         {QStringLiteral("accounts"), accounts}})
                   .toJson());
    if (!file.commit()) {
        *error = storageError(path() + QStringLiteral(": ") + file.errorString());
        return false;
    }
    return true;
}

bool ProfileStore::writeClientSecret(const QString &name, const QString &secret, AuthError *error)
{
    return QtSignIn::KeychainSecret::write(keychainService(), secretKey(name), secret, error);
}

bool ProfileStore::readClientSecret(const QString &name, QString *secret, AuthError *error)
{
    return QtSignIn::KeychainSecret::read(keychainService(), secretKey(name), secret, error);
}

bool ProfileStore::deleteClientSecret(const QString &name, AuthError *error)
{
    return QtSignIn::KeychainSecret::remove(keychainService(), secretKey(name), error);
}

} // namespace QtSignInCli
