// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>

#include "jose/jsonwebkey_p.h"
#include "network/httpexchange_p.h"
#include "oidc/metadatadiskcache_p.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>

#include <algorithm>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace QtSignIn::Oidc {

using KeySetPtr = std::shared_ptr<const Jose::JsonWebKeySet>;

/*!
 * Process-wide cache of OpenID Provider metadata and key sets, shared by every provider
 * instance (they are public data). Concurrent requests for one URL share one fetch.
 * Freshness follows Cache-Control max-age, clamped to [minimumAge, maximumAge], with
 * defaultAge when the server says nothing; failures are remembered for failureAge so that a
 * broken provider is not hammered (REFERENCE.md fault 9). Fetched documents are also kept on
 * disk (MetadataDiskCache, unless the response says no-store), so that a restarted
 * application finds them there while they are fresh instead of fetching them again.
 */
class QTSIGNINCORE_EXPORT MetadataCache : public QObject
{
    Q_OBJECT
public:
    using DocumentCallback = std::function<void(const AuthError &, const QJsonObject &)>;
    using KeysCallback = std::function<void(const AuthError &, const KeySetPtr &)>;

    static MetadataCache *instance();

    /*! Loads `{issuer}/.well-known/openid-configuration` (OIDC Discovery §4.1). */
    void discovery(const QUrl &issuer, QNetworkAccessManager *manager,
                   const Network::HttpOptions &options, DocumentCallback callback);
    /*!
     * Loads a JWKS. With \a refetch, a cached set is reloaded unless it was fetched less
     * than refetchInterval ago (an unknown `kid` must not let anyone drive us to the IdP).
     */
    void keys(const QUrl &jwksUri, QNetworkAccessManager *manager,
              const Network::HttpOptions &options, bool refetch, KeysCallback callback);

    /*! The well-known URL for an issuer (path appended, OIDC Discovery §4.1). */
    static QUrl discoveryUrl(const QUrl &issuer);

    /*!
     * Forgets \a issuer's discovery document if it came from the disk cache (in memory and its
     * file), so that the next discovery() fetches it: the caller refused it. False when it did
     * not come from disk: a fetched document is the provider's answer until it expires.
     */
    bool dropDiskCopy(const QUrl &issuer);

    /*! Forgets everything: in memory and on disk. */
    void clear();
    /*! Forgets what is in memory only, as a restart would (tests and benchmarks). */
    void clearMemory();

    MetadataDiskCache &disk() { return m_disk; }

    // Tunables (seconds); tests shorten them.
    int defaultAge = 3600;
    int minimumAge = 60;
    int maximumAge = 24 * 3600;
    int failureAge = 30;
    int refetchInterval = 60;

    /*! Number of HTTP fetches started (for tests and benchmarks). */
    int fetchCount() const { return m_fetches; }
    /*! Whether a fetch is under way (for tests: wait until the prefetched keys are in). */
    bool isFetching() const
    {
        return std::any_of(m_entries.cbegin(), m_entries.cend(),
                           [](const Entry &entry) { return entry.loading; });
    }

private:
    struct Entry
    {
        QDateTime expires;
        QDateTime fetched;
        AuthError error;
        QJsonObject document;
        KeySetPtr keys;
        bool loading = false;
        bool fromDisk = false; // read from MetadataDiskCache, not fetched by this process
        QList<std::function<void(const Entry &)>> waiters;
        // Every waiter's network manager: when the fetching one is destroyed mid-request
        // (its provider went away), another waiter's manager takes over.
        QList<QPointer<QNetworkAccessManager>> managers;
        QUrl url;
        Network::HttpOptions options;
    };

    explicit MetadataCache(QObject *parent = nullptr);
    void fetch(const QString &key, const QUrl &url, QNetworkAccessManager *manager,
               const Network::HttpOptions &options, bool isKeySet);
    int maxAgeOf(const Network::HttpResponse &response) const;
    void loadFromDisk(const QString &key, Entry &entry, bool isKeySet);
    static bool storable(const Network::HttpResponse &response);

    QHash<QString, Entry> m_entries;
    MetadataDiskCache m_disk;
    int m_fetches = 0;
};

} // namespace QtSignIn::Oidc
