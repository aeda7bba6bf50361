// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsigninglobal.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace QtSignIn::Oidc {

/*!
 * The on-disk half of MetadataCache: discovery documents and key sets kept between runs, so
 * that a restarted application signs in or refreshes without fetching them again while they
 * are fresh (max-age). Only public data is written here, never a token or a secret.
 *
 * One file per URL, named by its SHA-256, in a directory only the user can enter. A file is
 * ignored (and the data fetched again) when it is not the user's, is writable by anyone else,
 * is too large, does not parse, or was written for another URL. Failures to write are logged
 * and otherwise ignored: the cache only saves round trips.
 */
class QTSIGNINCORE_EXPORT MetadataDiskCache
{
public:
    struct Record
    {
        QDateTime fetched;
        QDateTime expires;
        QJsonObject body;
    };

    /*! QStandardPaths::CacheLocation + "/qtsignin-metadata"; empty if there is none. */
    static QString defaultDirectory();

    /*! The directory in use: the one set, else defaultDirectory(). Empty: disabled. */
    QString directory() const;
    void setDirectory(const QString &directory);
    void resetDirectory();

    std::optional<Record> read(const QString &key) const;
    void write(const QString &key, const Record &record) const;
    void remove(const QString &key) const;
    /*! Removes every file this cache wrote in directory(). */
    void clear() const;

    static constexpr qint64 MaxFileSize = 1 << 20;

private:
    QString fileFor(const QString &directory, const QString &key) const;

    QString m_directory;
    bool m_directorySet = false;
};

} // namespace QtSignIn::Oidc
