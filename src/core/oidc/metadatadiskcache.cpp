// SPDX-License-Identifier: BSD-3-Clause
#include "oidc/metadatadiskcache_p.h"

#include "logging_p.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QRandomGenerator>
#include <QtCore/QStandardPaths>

#include <cstdio> // rename()

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace QtSignIn::Oidc {

namespace {
const QLatin1String FilePrefix("metadata-");
const QLatin1String FileSuffix(".json");

// The user's own, and nobody else may change it: another account able to write a discovery
// document here could send the next code exchange (and the client's secret) elsewhere.
bool trustworthy(const QFileInfo &info)
{
#ifdef Q_OS_UNIX
    return info.ownerId() == ::getuid() &&
        !(info.permissions() & (QFileDevice::WriteGroup | QFileDevice::WriteOther));
#else
    // Windows: Qt derives the group/other bits from the read-only attribute (NTFS ACLs are
    // not looked up), so they say nothing; the per-user cache location's ACL is the guard.
    Q_UNUSED(info);
    return true;
#endif
}
} // namespace

QString MetadataDiskCache::defaultDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/qtsignin-metadata");
}

QString MetadataDiskCache::directory() const
{
    return m_directorySet ? m_directory : defaultDirectory();
}

void MetadataDiskCache::setDirectory(const QString &directory)
{
    m_directory = directory;
    m_directorySet = true;
}

void MetadataDiskCache::resetDirectory()
{
    m_directory.clear();
    m_directorySet = false;
}

QString MetadataDiskCache::fileFor(const QString &directory, const QString &key) const
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    return directory + u'/' + FilePrefix + QString::fromLatin1(hash.toHex()) + FileSuffix;
}

std::optional<MetadataDiskCache::Record> MetadataDiskCache::read(const QString &key) const
{
    const QString dir = directory();
    if (dir.isEmpty())
        return std::nullopt;
    QFile file(fileFor(dir, key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QFileInfo info(file);
    if (!trustworthy(info) || !trustworthy(QFileInfo(dir)) || file.size() > MaxFileSize) {
        qCInfo(lcOidc) << "ignoring cached metadata in" << file.fileName()
                       << "(not the user's own, writable by others or too large)";
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.read(MaxFileSize)).object();
    if (json.value(u"key").toString() != key || !json.value(u"body").isObject())
        return std::nullopt;
    Record record;
    record.fetched =
        QDateTime::fromMSecsSinceEpoch(qint64(json.value(u"fetched").toDouble()), Qt::UTC);
    record.expires =
        QDateTime::fromMSecsSinceEpoch(qint64(json.value(u"expires").toDouble()), Qt::UTC);
    record.body = json.value(u"body").toObject();
    if (!record.fetched.isValid() || !record.expires.isValid())
        return std::nullopt;
    return record;
}

void MetadataDiskCache::write(const QString &key, const Record &record) const
{
    const QString dir = directory();
    if (dir.isEmpty())
        return;
    if (!QDir().mkpath(dir) ||
        !QFile::setPermissions(
            dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        qCInfo(lcOidc) << "metadata cache directory" << dir << "cannot be created";
        return;
    }
    // Written beside the target, then renamed over it: a reader finds the old file or the new
    // one, never half of one. Not synced to disk (QSaveFile would fdatasync on the GUI thread):
    // a cache lost in a crash costs one fetch.
    const QString target = fileFor(dir, key);
    QFile file(target + QStringLiteral(".new-") +
               QString::number(QRandomGenerator::global()->generate64(), 36));
    const QJsonObject json{{QStringLiteral("key"), key},
                           {QStringLiteral("fetched"), double(record.fetched.toMSecsSinceEpoch())},
                           {QStringLiteral("expires"), double(record.expires.toMSecsSinceEpoch())},
                           {QStringLiteral("body"), record.body}};
    const QByteArray content = QJsonDocument(json).toJson(QJsonDocument::Compact);
    bool ok = file.open(QIODevice::WriteOnly | QIODevice::NewOnly) &&
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
        file.write(content) == content.size();
    file.close();
#ifdef Q_OS_UNIX
    ok = ok &&
        ::rename(QFile::encodeName(file.fileName()).constData(),
                 QFile::encodeName(target).constData()) == 0;
#else
    ok = ok && (!QFile::exists(target) || QFile::remove(target)) && file.rename(target);
#endif
    if (!ok) {
        qCInfo(lcOidc) << "cannot cache metadata in" << dir;
        QFile::remove(file.fileName());
    }
}

void MetadataDiskCache::remove(const QString &key) const
{
    const QString dir = directory();
    if (!dir.isEmpty())
        QFile::remove(fileFor(dir, key));
}

void MetadataDiskCache::clear() const
{
    const QString dir = directory();
    if (dir.isEmpty())
        return;
    QDir folder(dir);
    const QStringList files = folder.entryList(
        {FilePrefix + u'*' + FileSuffix, FilePrefix + u'*' + FileSuffix + QStringLiteral(".new-*")},
        QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : files)
        folder.remove(name);
}

} // namespace QtSignIn::Oidc
