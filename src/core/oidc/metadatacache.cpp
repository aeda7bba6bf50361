// SPDX-License-Identifier: BSD-3-Clause
#include "oidc/metadatacache_p.h"

#include "logging_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QRegularExpression>
#include <QtNetwork/QNetworkRequest>

namespace QtSignIn::Oidc {

MetadataCache::MetadataCache(QObject *parent)
    : QObject(parent)
{
}

MetadataCache *MetadataCache::instance()
{
    // Lives with the application object; providers use it from the GUI thread only.
    static MetadataCache *cache = nullptr;
    if (!cache)
        cache = new MetadataCache(QCoreApplication::instance());
    return cache;
}

void MetadataCache::clear()
{
    clearMemory();
    m_disk.clear();
}

void MetadataCache::clearMemory()
{
    // Entries still loading keep their waiters; only finished entries are dropped.
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->loading)
            ++it;
        else
            it = m_entries.erase(it);
    }
}

QUrl MetadataCache::discoveryUrl(const QUrl &issuer)
{
    QUrl url = issuer;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/.well-known/openid-configuration"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

int MetadataCache::maxAgeOf(const Network::HttpResponse &response) const
{
    const QString cacheControl = QString::fromLatin1(response.header("Cache-Control")).toLower();
    if (cacheControl.contains(u"no-store") || cacheControl.contains(u"no-cache"))
        return minimumAge;
    static const QRegularExpression maxAge(QStringLiteral("max-age\\s*=\\s*\"?(\\d{1,10})"));
    const auto match = maxAge.match(cacheControl);
    if (!match.hasMatch())
        return defaultAge;
    return int(qBound(qint64(minimumAge), match.captured(1).toLongLong(), qint64(maximumAge)));
}

void MetadataCache::discovery(const QUrl &issuer, QNetworkAccessManager *manager,
                              const Network::HttpOptions &options, DocumentCallback callback)
{
    const QUrl url = discoveryUrl(issuer);
    const QString key = QStringLiteral("d:") + url.toString(QUrl::FullyEncoded);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Entry &entry = m_entries[key];
    loadFromDisk(key, entry, false);
    if (!entry.loading && entry.expires.isValid() && entry.expires > now) {
        callback(entry.error, entry.document);
        return;
    }
    entry.waiters.append([callback](const Entry &e) { callback(e.error, e.document); });
    entry.managers.append(manager);
    if (!entry.loading)
        fetch(key, url, manager, options, false);
}

void MetadataCache::keys(const QUrl &jwksUri, QNetworkAccessManager *manager,
                         const Network::HttpOptions &options, bool refetch, KeysCallback callback)
{
    const QString key = QStringLiteral("k:") + jwksUri.toString(QUrl::FullyEncoded);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Entry &entry = m_entries[key];
    loadFromDisk(key, entry, true);
    const bool fresh = entry.expires.isValid() && entry.expires > now;
    const bool mayRefetch =
        !entry.fetched.isValid() || entry.fetched.secsTo(now) >= refetchInterval;
    if (!entry.loading && fresh && !(refetch && mayRefetch)) {
        callback(entry.error, entry.keys);
        return;
    }
    entry.waiters.append([callback](const Entry &e) { callback(e.error, e.keys); });
    entry.managers.append(manager);
    if (!entry.loading)
        fetch(key, jwksUri, manager, options, true);
}

void MetadataCache::loadFromDisk(const QString &key, Entry &entry, bool isKeySet)
{
    // Only for a URL this process has not asked for yet: afterwards memory knows better.
    if (entry.loading || entry.fetched.isValid() || entry.expires.isValid())
        return;
    const auto record = m_disk.read(key);
    if (!record)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Not fresh, or stamped in the future (a clock set back, or a hand-made file): fetch.
    // Never kept longer than maximumAge, whatever the file says.
    const QDateTime expires = qMin(record->expires, record->fetched.addSecs(maximumAge));
    if (record->fetched > now.addSecs(minimumAge) || expires <= now)
        return;
    if (isKeySet) {
        auto set = Jose::JsonWebKeySet::fromJson(record->body);
        if (set.isEmpty())
            return;
        entry.keys = std::make_shared<const Jose::JsonWebKeySet>(std::move(set));
    } else {
        entry.document = record->body;
    }
    entry.fetched = record->fetched;
    entry.expires = expires;
    entry.fromDisk = true;
    qCDebug(lcOidc) << (isKeySet ? "keys" : "discovery") << "for" << key.mid(2)
                    << "read from the disk cache";
}

bool MetadataCache::dropDiskCopy(const QUrl &issuer)
{
    const QString key = QStringLiteral("d:") + discoveryUrl(issuer).toString(QUrl::FullyEncoded);
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend() || it->loading || !it->fromDisk)
        return false;
    m_entries.erase(it);
    m_disk.remove(key);
    return true;
}

bool MetadataCache::storable(const Network::HttpResponse &response)
{
    const QByteArray cacheControl = response.header("Cache-Control").toLower();
    return !cacheControl.contains("no-store");
}

void MetadataCache::fetch(const QString &key, const QUrl &url, QNetworkAccessManager *manager,
                          const Network::HttpOptions &options, bool isKeySet)
{
    Entry &entry = m_entries[key];
    entry.loading = true;
    entry.url = url;
    entry.options = options;
    ++m_fetches;
    qCDebug(lcOidc) << "fetching" << (isKeySet ? "keys" : "discovery") << url;
    QNetworkRequest request(url);
    request.setRawHeader(
        "Accept", isKeySet ? "application/jwk-set+json, application/json" : "application/json");
    Network::HttpExchange::start(
        manager, request, "GET", QByteArray(), options, this,
        [this, key, isKeySet](const Network::HttpResponse &response) {
            auto it = m_entries.find(key);
            if (it == m_entries.end())
                return;
            Entry &e = *it;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (response.error.code() == AuthError::Code::Cancelled ||
                response.error.networkError() == QNetworkReply::OperationCanceledError) {
                // The manager that fetched went away with its provider. Nothing is known
                // about the IdP: let another waiter's manager fetch, or forget the attempt
                // (a cancelled fetch must not be remembered as the IdP's failure).
                e.managers.removeAll(nullptr);
                if (!e.managers.isEmpty() && !e.waiters.isEmpty())
                    return fetch(key, e.url, e.managers.constFirst(), e.options, isKeySet);
                e.loading = false;
                e.managers.clear();
                const auto orphans = std::move(e.waiters);
                e.waiters.clear();
                const Entry snapshot = e;
                for (const auto &waiter : orphans)
                    waiter(snapshot);
                return;
            }
            e.loading = false;
            e.fromDisk = false;
            e.managers.clear();
            e.error = AuthError();
            AuthError error = response.error;
            std::optional<QJsonObject> json;
            if (!error.isError() && !response.isSuccess())
                error = AuthError(AuthError::Code::DiscoveryFailed,
                                  QStringLiteral("HTTP status %1").arg(response.status))
                            .setHttpStatus(response.status);
            if (!error.isError())
                json = response.jsonObject(&error);
            KeySetPtr keys;
            if (!error.isError() && isKeySet) {
                QString detail;
                auto set = Jose::JsonWebKeySet::fromJson(*json, &detail);
                if (set.isEmpty())
                    error = AuthError(AuthError::Code::DiscoveryFailed,
                                      QStringLiteral("no usable signing key in JWKS: ") + detail);
                else
                    keys = std::make_shared<const Jose::JsonWebKeySet>(std::move(set));
            }
            if (error.isError()) {
                // Keep the last good key set if a refetch fails: an IdP hiccup must not
                // stop validation with keys that are still published.
                if (isKeySet && e.keys) {
                    e.expires = now.addSecs(failureAge);
                } else {
                    AuthError failure(AuthError::Code::DiscoveryFailed, error.detail());
                    failure.setHttpStatus(error.httpStatus());
                    failure.setNetworkError(error.networkError());
                    if (error.code() == AuthError::Code::TlsError ||
                        error.code() == AuthError::Code::Configuration)
                        failure = error;
                    e.error = failure;
                    e.document = QJsonObject();
                    e.expires = now.addSecs(failureAge);
                }
                qCInfo(lcOidc) << "fetch failed:" << error;
            } else {
                e.fetched = now;
                e.expires = now.addSecs(maxAgeOf(response));
                if (isKeySet)
                    e.keys = keys;
                else
                    e.document = *json;
                if (storable(response))
                    m_disk.write(key, {e.fetched, e.expires, *json});
            }
            const auto waiters = std::move(e.waiters);
            e.waiters.clear();
            const Entry snapshot = e;
            for (const auto &waiter : waiters)
                waiter(snapshot);
        });
}

} // namespace QtSignIn::Oidc
