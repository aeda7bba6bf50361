// SPDX-License-Identifier: BSD-3-Clause
// GenericOidcProvider against the in-process fake OpenID Provider: discovery rules (OIDC
// Discovery §3, §4.3), the shared metadata/JWKS cache, client authentication chosen from
// discovery, ID-token validation through the provider (OIDC Core §3.1.3.7), key rotation,
// refresh (§12.2) and userinfo (§5.3.2). Everything here is what a real OP will not do on
// purpose: wrong issuers, bad tokens, rotated keys, cache headers.

#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/revokereply.h>
#include <QtSignIn/tokenreply.h>
#include <QtSignIn/userinforeply.h>

#include "fakeidp.h"
#include "oidc/metadatacache_p.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace QtSignIn;
using namespace QtSignInTest;
using Oidc::MetadataCache;

namespace {

// How the test's token endpoint spoils the ID token FakeIdp minted.
enum class Tamper {
    None,              // only the claim overrides of the row
    AlgNone,           // unsecured JWS (RFC 7515 §A.5)
    Hs256WithPublicKey // RS256 -> HS256 algorithm confusion keyed with the public key PEM
};

} // namespace

class tst_GenericOidcProvider : public QObject
{
    Q_OBJECT

private:
    struct Tunables
    {
        int defaultAge;
        int minimumAge;
        int maximumAge;
        int failureAge;
        int refetchInterval;
    };

    std::unique_ptr<FakeIdp> m_idp;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
    Tunables m_saved{};
    const QUrl m_redirect{QStringLiteral("http://127.0.0.1:4711/callback")};

    static QByteArray discoveryPath()
    {
        return QByteArrayLiteral("/.well-known/openid-configuration");
    }

    std::unique_ptr<GenericOidcProvider> newProvider() const
    {
        auto provider = std::make_unique<GenericOidcProvider>(m_idp->url());
        provider->setClientId(m_idp->clientId);
        provider->setAllowInsecureLoopback(true); // the fake IdP is http on 127.0.0.1
        provider->setTransferTimeout(5000);
        return provider;
    }

    int discoveryRequests() const { return m_idp->server.count(discoveryPath()); }
    int jwksRequests() const { return m_idp->server.count("/jwks"); }

    static bool waitFor(OAuthReply *reply, int timeout = 10000)
    {
        QSignalSpy spy(reply, &OAuthReply::finished);
        return spy.wait(timeout) && spy.count() == 1;
    }

    // Prepares \a provider and waits until the key set it prefetches has arrived (not only
    // been asked for), so that request counts are stable afterwards.
    bool prepared(GenericOidcProvider *provider)
    {
        OAuthReply *reply = provider->prepare();
        if (!waitFor(reply) || reply->hasError())
            return false;
        return QTest::qWaitFor(
            [this] { return jwksRequests() >= 1 && !MetadataCache::instance()->isFetching(); },
            5000);
    }

    // Signs in once (code exchange with a nonce) and returns the tokens.
    TokenSet signIn(GenericOidcProvider *provider, const QString &nonce)
    {
        m_idp->nonce = nonce;
        TokenReply *reply = provider->exchangeCode(QStringLiteral("code-1"), m_redirect,
                                                   PkceChallenge::generate().verifier(), nonce);
        if (!waitFor(reply) || reply->hasError()) {
            qWarning("sign-in failed: %s", qPrintable(reply->error().detail()));
            return TokenSet();
        }
        return reply->tokens();
    }

    // The metadata cache's files, by the key each was written for ("d:" discovery, "k:" keys).
    QHash<QString, QString> cacheFiles() const
    {
        QHash<QString, QString> files;
        const QDir dir(GenericOidcProvider::metadataCacheDirectory());
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                files.insert(
                    QJsonDocument::fromJson(file.readAll()).object().value(u"key").toString(),
                    file.fileName());
        }
        return files;
    }

    // The discovery document, with \a cacheControl as its Cache-Control header (none if empty).
    void serveDiscoveryWith(const QByteArray &cacheControl)
    {
        m_idp->server.on(discoveryPath(), [this, cacheControl](const FakeRequest &) {
            QList<QPair<QByteArray, QByteArray>> headers;
            if (!cacheControl.isEmpty())
                headers.append(qMakePair(QByteArray("Cache-Control"), cacheControl));
            return FakeResponse::json(200, m_idp->discovery(), headers);
        });
    }

    // Prepares a provider and waits until both documents are on disk.
    bool preparedAndCached()
    {
        auto provider = newProvider();
        return prepared(provider.get()) &&
            QTest::qWaitFor([this] { return cacheFiles().size() == 2; }, 5000);
    }

    QString cacheFile(QChar kind) const
    {
        const auto files = cacheFiles();
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (it.key().startsWith(kind))
                return it.value();
        }
        return QString();
    }

private Q_SLOTS:
    void init()
    {
        MetadataCache *cache = MetadataCache::instance();
        m_saved = {cache->defaultAge, cache->minimumAge, cache->maximumAge, cache->failureAge,
                   cache->refetchInterval};
        m_cacheDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_cacheDir->isValid());
        GenericOidcProvider::setMetadataCacheDirectory(m_cacheDir->filePath(QStringLiteral("m")));
        GenericOidcProvider::clearMetadataCache();
        m_idp = std::make_unique<FakeIdp>();
        QVERIFY(m_idp->server.port() != 0);
    }

    void cleanup()
    {
        MetadataCache *cache = MetadataCache::instance();
        cache->defaultAge = m_saved.defaultAge;
        cache->minimumAge = m_saved.minimumAge;
        cache->maximumAge = m_saved.maximumAge;
        cache->failureAge = m_saved.failureAge;
        cache->refetchInterval = m_saved.refetchInterval;
        cache->disk().resetDirectory();
        m_idp.reset();
        m_cacheDir.reset();
    }

    // --- the metadata cache on disk -------------------------------------------------------

    void metadataOnDiskSurvivesARestart()
    {
        QVERIFY(preparedAndCached());
        QCOMPARE(discoveryRequests(), 1);
        QCOMPARE(jwksRequests(), 1);

        // A new process: nothing in memory, the files still there.
        MetadataCache::instance()->clearMemory();
        auto provider = newProvider();
        OAuthReply *reply = provider->prepare();
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        QVERIFY(provider->isReady());
        // The ID token is validated with the key set from disk.
        const TokenSet tokens = signIn(provider.get(), QStringLiteral("n-restart"));
        QVERIFY(!tokens.isNull());
        QCOMPARE(tokens.idTokenClaims().value(u"nonce").toString(), QStringLiteral("n-restart"));
        QCOMPARE(discoveryRequests(), 1);
        QCOMPARE(jwksRequests(), 1);
    }

    void diskCacheFilesAreTheUsersOnly()
    {
        auto provider = newProvider();
        QVERIFY(prepared(provider.get()));
        const TokenSet tokens = signIn(provider.get(), QStringLiteral("n-private"));
        QVERIFY(!tokens.isNull());
        const auto files = cacheFiles();
        QCOMPARE(files.size(), 2);
        // 0700 and 0600 (the User bits are the owner's: the test owns them).
        QCOMPARE(QFile::permissions(GenericOidcProvider::metadataCacheDirectory()) & 0x0777,
                 QFileDevice::Permissions(QFileDevice::ReadUser | QFileDevice::WriteUser |
                                          QFileDevice::ExeUser));
        for (const QString &path : files) {
            QCOMPARE(QFile::permissions(path) & 0x0777,
                     QFileDevice::Permissions(QFileDevice::ReadUser | QFileDevice::WriteUser));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            // Public metadata only: nothing of the sign-in that followed.
            QVERIFY(!content.contains(tokens.accessToken().toUtf8()));
            QVERIFY(!content.contains(tokens.idToken().toUtf8()));
            QVERIFY(!content.contains(tokens.refreshToken().toUtf8()));
        }
    }

    void diskCacheHonoursCacheControl_data()
    {
        QTest::addColumn<QByteArray>("cacheControl");
        QTest::addColumn<bool>("written");
        QTest::addColumn<int>("fetchesAfterRestart");
        QTest::newRow("max-age=600") << QByteArray("max-age=600") << true << 0;
        QTest::newRow("no header: default age") << QByteArray() << true << 0;
        QTest::newRow("max-age=0") << QByteArray("max-age=0") << true << 1;
        QTest::newRow("no-store: never on disk") << QByteArray("no-store") << false << 1;
    }

    void diskCacheHonoursCacheControl()
    {
        QFETCH(QByteArray, cacheControl);
        QFETCH(bool, written);
        QFETCH(int, fetchesAfterRestart);
        MetadataCache::instance()->minimumAge = 0;
        serveDiscoveryWith(cacheControl);
        {
            auto provider = newProvider();
            QVERIFY(prepared(provider.get()));
        }
        QCOMPARE(!cacheFile(u'd').isEmpty(), written);
        MetadataCache::instance()->clearMemory();
        auto provider = newProvider();
        OAuthReply *reply = provider->prepare();
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        QCOMPARE(discoveryRequests(), 1 + fetchesAfterRestart);
    }

    void untrustworthyCacheFileIsFetchedAgain_data()
    {
        QTest::addColumn<QString>("spoil");
        QTest::newRow("not JSON") << QStringLiteral("garbage");
        QTest::newRow("written for another URL") << QStringLiteral("other-url");
        QTest::newRow("writable by the group") << QStringLiteral("group-writable");
        QTest::newRow("stamped in the future") << QStringLiteral("future");
        QTest::newRow("older than its max-age") << QStringLiteral("expired");
        QTest::newRow("empty key set") << QStringLiteral("no-keys");
    }

    void untrustworthyCacheFileIsFetchedAgain()
    {
        QFETCH(QString, spoil);
        QVERIFY(preparedAndCached());
        const QString discovery = cacheFile(u'd');
        const QString keys = cacheFile(u'k');
        QVERIFY(!discovery.isEmpty() && !keys.isEmpty());
        const bool spoilsKeys = spoil == u"no-keys";
        const QString target = spoilsKeys ? keys : discovery;
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QByteArray content;
        if (spoil == u"garbage") {
            content = "{\"key\": tru";
        } else if (spoil == u"other-url") {
            json.insert(QStringLiteral("key"), QStringLiteral("d:http://127.0.0.1:1/elsewhere"));
        } else if (spoil == u"future") {
            json.insert(QStringLiteral("fetched"), double(now + 3600 * 1000));
            json.insert(QStringLiteral("expires"), double(now + 7200 * 1000));
        } else if (spoil == u"expired") {
            json.insert(QStringLiteral("fetched"), double(now - 7200 * 1000));
            json.insert(QStringLiteral("expires"), double(now - 3600 * 1000));
        } else if (spoil == u"no-keys") {
            json.insert(QStringLiteral("body"),
                        QJsonObject{{QStringLiteral("keys"), QJsonArray()}});
        }
        if (content.isEmpty())
            content = QJsonDocument(json).toJson();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
        file.close();
        if (spoil == u"group-writable")
            QVERIFY(file.setPermissions(file.permissions() | QFileDevice::WriteGroup));

        MetadataCache::instance()->clearMemory();
        auto provider = newProvider();
        QVERIFY(prepared(provider.get()));
        QVERIFY(!signIn(provider.get(), QStringLiteral("n-spoiled")).isNull());
        QCOMPARE(discoveryRequests(), spoilsKeys ? 1 : 2);
        QCOMPARE(jwksRequests(), spoilsKeys ? 2 : 1);
    }

    void refusedCachedDiscoveryIsFetchedAgain_data()
    {
        QTest::addColumn<QString>("spoil");
        // Written by someone else, or left by an older configuration of the provider.
        QTest::newRow("another issuer, an http token endpoint") << QStringLiteral("issuer");
        QTest::newRow("no token endpoint") << QStringLiteral("members");
    }

    void refusedCachedDiscoveryIsFetchedAgain()
    {
        // A discovery document on disk is checked as if it had just arrived; one that fails
        // is dropped and fetched once more, instead of stopping sign-in until it expires. What
        // it named is never used.
        QFETCH(QString, spoil);
        {
            auto provider = newProvider();
            QVERIFY(prepared(provider.get()));
        }
        QCOMPARE(discoveryRequests(), 1);
        const QString discovery = cacheFile(u'd');
        QFile file(discovery);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject body = json.value(u"body").toObject();
        if (spoil == u"issuer") {
            body.insert(QStringLiteral("issuer"), QStringLiteral("https://attacker.example"));
            body.insert(QStringLiteral("token_endpoint"),
                        QStringLiteral("http://attacker.example/t"));
        } else {
            body.remove(QStringLiteral("token_endpoint"));
        }
        json.insert(QStringLiteral("body"), body);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();

        MetadataCache::instance()->clearMemory();
        auto provider = newProvider();
        OAuthReply *reply = provider->prepare();
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        QCOMPARE(discoveryRequests(), 2);
        QVERIFY(provider->isReady());
        const QString tokenEndpoint = provider->metadata().value(u"token_endpoint").toString();
        QVERIFY2(QUrl(tokenEndpoint).host() == u"127.0.0.1", qPrintable(tokenEndpoint));
        // The file holds the provider's answer again.
        QVERIFY(QTest::qWaitFor([this] { return !cacheFile(u'd').isEmpty(); }, 5000));
        QFile repaired(cacheFile(u'd'));
        QVERIFY(repaired.open(QIODevice::ReadOnly));
        QVERIFY(!repaired.readAll().contains("attacker"));
    }

    void refusedFetchedDiscoveryIsNotFetchedAgainAtOnce()
    {
        // The provider's own answer is its answer until it expires (failures are remembered
        // briefly elsewhere): only a copy from disk earns a second fetch.
        m_idp->server.on(discoveryPath(), [this](const FakeRequest &) {
            QJsonObject document = m_idp->discovery();
            document.insert(QStringLiteral("issuer"), QStringLiteral("https://elsewhere.example"));
            return FakeResponse::json(200, document);
        });
        auto provider = newProvider();
        OAuthReply *reply = provider->prepare();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), AuthError::Code::DiscoveryFailed);
        QCOMPARE(discoveryRequests(), 1);
    }

    void emptyCacheDirectoryKeepsMetadataInMemory()
    {
        GenericOidcProvider::setMetadataCacheDirectory(QString());
        QVERIFY(GenericOidcProvider::metadataCacheDirectory().isEmpty());
        {
            auto provider = newProvider();
            QVERIFY(prepared(provider.get()));
        }
        QVERIFY(QDir(m_cacheDir->path()).isEmpty());
        MetadataCache::instance()->clearMemory();
        auto provider = newProvider();
        QVERIFY(prepared(provider.get()));
        QCOMPARE(discoveryRequests(), 2);
    }

    void defaultCacheDirectoryIsTheApplicationsCacheLocation()
    {
        MetadataCache::instance()->disk().resetDirectory();
        QCOMPARE(GenericOidcProvider::metadataCacheDirectory(),
                 QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                     QStringLiteral("/qtsignin-metadata"));
    }

    void clearingTheCacheRemovesItsFiles()
    {
        QVERIFY(preparedAndCached());
        GenericOidcProvider::clearMetadataCache();
        QCOMPARE(cacheFiles().size(), 0);
    }

    // --- discovery ------------------------------------------------------------------------

    void discoveryLoadsTheEndpoints()
    {
        auto provider = newProvider();
        QVERIFY(!provider->isReady());
        QSignalSpy ready(provider.get(), &OAuthProvider::readyChanged);
        QVERIFY(prepared(provider.get()));
        QVERIFY(provider->isReady());
        QVERIFY(ready.count() >= 1);
        QCOMPARE(provider->metadata().value(u"issuer").toString(), m_idp->issuer);
        QCOMPARE(provider->jwksUrl(), m_idp->url(QStringLiteral("/jwks")));
        QVERIFY(provider->supportsRevocation());
        const QUrl authorize = provider->buildAuthorizeUrl(m_redirect, QStringLiteral("s"));
        QCOMPARE(authorize.path(), QStringLiteral("/authorize"));
        QCOMPARE(QUrlQuery(authorize).queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("openid email profile"));
        QCOMPARE(discoveryRequests(), 1);
        QCOMPARE(m_idp->server.last(discoveryPath()).method, QByteArray("GET"));
    }

    void discoveredIssuerMustMatch_data()
    {
        QTest::addColumn<QString>("suffixOrIssuer");
        // OIDC Discovery §4.3: "identical", so no normalisation of any kind.
        QTest::newRow("trailing slash") << QStringLiteral("+/");
        QTest::newRow("other path") << QStringLiteral("+/tenant");
        QTest::newRow("other host") << QStringLiteral("https://idp.example");
        QTest::newRow("localhost for 127.0.0.1") << QStringLiteral("localhost");
        QTest::newRow("empty") << QString();
    }

    void discoveredIssuerMustMatch()
    {
        QFETCH(QString, suffixOrIssuer);
        if (suffixOrIssuer.startsWith(u'+'))
            m_idp->discoveredIssuer = m_idp->issuer + suffixOrIssuer.mid(1);
        else if (suffixOrIssuer == u"localhost")
            m_idp->discoveredIssuer =
                QStringLiteral("http://localhost:%1").arg(m_idp->server.port());
        else if (suffixOrIssuer.isEmpty())
            m_idp->overrides.insert(u"issuer", QString());
        else
            m_idp->discoveredIssuer = suffixOrIssuer;
        auto provider = newProvider();
        QSignalSpy errors(provider.get(), &OAuthProvider::errorOccurred);
        OAuthReply *prepare = provider->prepare();
        QVERIFY(waitFor(prepare));
        QCOMPARE(prepare->error().code(), AuthError::Code::DiscoveryFailed);
        QVERIFY(!provider->isReady());
        QVERIFY(provider->metadata().isEmpty());

        // Nothing is sent to an endpoint named by metadata that failed the check.
        TokenReply *exchange = provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QVERIFY(waitFor(exchange));
        QCOMPARE(exchange->error().code(), AuthError::Code::DiscoveryFailed);
        QVERIFY(exchange->tokens().isNull());
        QCOMPARE(m_idp->server.count("/token"), 0);
        QCOMPARE(jwksRequests(), 0);
        QCOMPARE(errors.count(), 2);
    }

    void discoveryRequiresItsMembers_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        // OIDC Discovery §3: REQUIRED for a code-flow client.
        for (const char *member :
             {"issuer", "authorization_endpoint", "token_endpoint", "jwks_uri"})
            QTest::addRow("%s missing", member)
                << QString::fromLatin1(member) << QJsonValue(QJsonValue::Null);
        QTest::newRow("token_endpoint not a string")
            << QStringLiteral("token_endpoint") << QJsonValue(42);
        QTest::newRow("jwks_uri an array")
            << QStringLiteral("jwks_uri") << QJsonValue(QJsonArray{QStringLiteral("/jwks")});
    }

    void discoveryRequiresItsMembers()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        m_idp->overrides.insert(member, value);
        auto provider = newProvider();
        OAuthReply *reply = provider->prepare();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), AuthError::Code::DiscoveryFailed);
        QVERIFY(!provider->isReady());
        QCOMPARE(m_idp->server.requests().size(), 1); // the discovery request only
    }

    void discoveryDocumentWithoutJsonObjectFails_data()
    {
        QTest::addColumn<FakeResponse>("response");
        QTest::newRow("HTML") << FakeResponse::text(200, "<html>portal</html>");
        QTest::newRow("array") << FakeResponse::text(200, "[]", "application/json");
        QTest::newRow("404") << FakeResponse::json(404, QJsonObject());
    }

    void discoveryDocumentWithoutJsonObjectFails()
    {
        QFETCH(FakeResponse, response);
        m_idp->server.on(discoveryPath(), [response](const FakeRequest &) { return response; });
        auto provider = newProvider();
        OAuthReply *reply = provider->prepare();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), AuthError::Code::DiscoveryFailed);
        QVERIFY(!provider->isReady());
    }

    void discoveredPlainHttpEndpointIsRefused_data()
    {
        QTest::addColumn<QString>("member");
        for (const char *member : {"authorization_endpoint", "token_endpoint", "jwks_uri",
                                   "userinfo_endpoint", "revocation_endpoint"})
            QTest::newRow(member) << QString::fromLatin1(member);
    }

    void discoveredPlainHttpEndpointIsRefused()
    {
        // Even with the loopback opt-in, an endpoint on another host must be https: the
        // opt-in is for a development IdP on this machine, not for sending codes or tokens in
        // clear over the network.
        QFETCH(QString, member);
        m_idp->overrides.insert(member, QStringLiteral("http://idp.example/endpoint"));
        auto provider = newProvider();
        OAuthReply *reply = provider->prepare();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), AuthError::Code::Configuration);
        QVERIFY(!provider->isReady());
        TokenReply *exchange = provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QVERIFY(waitFor(exchange));
        QCOMPARE(exchange->error().code(), AuthError::Code::Configuration);
        QCOMPARE(m_idp->server.count("/token"), 0);
        QCOMPARE(jwksRequests(), 0);
    }

    void plainHttpIssuerNeedsTheLoopbackOptIn()
    {
        auto provider = newProvider();
        provider->setAllowInsecureLoopback(false);
        OAuthReply *reply = provider->prepare();
        QVERIFY(!reply->isFinished()); // never synchronously
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), AuthError::Code::Configuration);
        TokenReply *exchange = provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QVERIFY(waitFor(exchange));
        QCOMPARE(exchange->error().code(), AuthError::Code::Configuration);
        QVERIFY(m_idp->server.requests().isEmpty());
    }

    // --- metadata cache -------------------------------------------------------------------

    void metadataIsSharedBetweenProviderInstances()
    {
        auto first = newProvider();
        QVERIFY(prepared(first.get()));
        QCOMPARE(discoveryRequests(), 1);
        QCOMPARE(jwksRequests(), 1);
        const int requests = m_idp->server.requests().size();
        const int fetches = MetadataCache::instance()->fetchCount();

        auto second = newProvider();
        QVERIFY(!second->isReady()); // the instance itself starts empty…
        OAuthReply *reply = second->prepare();
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        QVERIFY(second->isReady()); // …and is served from the process-wide cache
        QCOMPARE(second->metadata(), first->metadata());
        QCOMPARE(m_idp->server.requests().size(), requests);
        QCOMPARE(MetadataCache::instance()->fetchCount(), fetches);

        // Both validate ID tokens with the cached keys: still no further request.
        QVERIFY(!signIn(second.get(), QStringLiteral("n-1")).isNull());
        QCOMPARE(discoveryRequests(), 1);
        QCOMPARE(jwksRequests(), 1);
    }

    void concurrentPreparesShareOneFetch()
    {
        auto first = newProvider();
        auto second = newProvider();
        OAuthReply *a = first->prepare();
        OAuthReply *b = second->prepare();
        QVERIFY(waitFor(a));
        QTRY_VERIFY(b->isFinished());
        QVERIFY(!a->hasError());
        QVERIFY(!b->hasError());
        QCOMPARE(discoveryRequests(), 1);
    }

    void destroyingTheFetchingProviderIsSafe()
    {
        // The cache is shared, but a fetch runs on the network manager of the provider that
        // started it, and that provider may be deleted while its request is in flight.
        bool stall = true;
        m_idp->server.on(discoveryPath(), [this, &stall](const FakeRequest &) {
            FakeResponse response = FakeResponse::json(200, m_idp->discovery());
            if (stall)
                response.behaviour = FakeResponse::Behaviour::StallHeaders;
            return response;
        });
        auto first = newProvider();
        first->prepare();
        QTRY_COMPARE(discoveryRequests(), 1);
        auto second = newProvider();
        OAuthReply *waiting = second->prepare(); // shares the fetch in flight
        stall = false;
        first.reset();
        // The shared fetch is gone with its manager: the waiter's own manager fetches again at
        // once (not after its transfer timeout), and the abandoned fetch is not remembered as
        // the server's failure.
        QVERIFY(waitFor(waiting, 2000));
        QVERIFY2(!waiting->hasError(), qPrintable(waiting->error().detail()));
        QVERIFY(second->isReady());
        QCOMPARE(discoveryRequests(), 2);
    }

    void destroyingAProviderWithARequestInFlightIsSafe()
    {
        auto provider = newProvider();
        QVERIFY(prepared(provider.get()));
        m_idp->server.on("/token", [](const FakeRequest &) {
            FakeResponse response = FakeResponse::json(200, QJsonObject());
            response.behaviour = FakeResponse::Behaviour::StallHeaders;
            return response;
        });
        QPointer<TokenReply> reply = provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QTRY_COMPARE(m_idp->server.count("/token"), 1);
        provider.reset();
        QVERIFY(reply.isNull()); // replies belong to their provider

        // The process carries on: another provider signs in through the same cache.
        m_idp->server.on(
            "/token", [this](const FakeRequest &request) { return m_idp->tokenResponse(request); });
        auto other = newProvider();
        QVERIFY(!signIn(other.get(), QStringLiteral("n-1")).isNull());
    }

    void deletingTheApplicationsNetworkManagerFailsItsRequests()
    {
        auto manager = std::make_unique<QNetworkAccessManager>();
        auto provider = newProvider();
        provider->setNetworkAccessManager(manager.get());
        QVERIFY(prepared(provider.get()));
        m_idp->server.on("/token", [](const FakeRequest &) {
            FakeResponse response = FakeResponse::json(200, QJsonObject());
            response.behaviour = FakeResponse::Behaviour::StallHeaders;
            return response;
        });
        TokenReply *reply = provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QTRY_COMPARE(m_idp->server.count("/token"), 1);
        QSignalSpy finished(reply, &OAuthReply::finished);
        manager.reset();
        QCOMPARE(finished.count(), 0); // never from inside the manager's destructor
        QVERIFY(finished.wait(2000));  // but at once, not after the transfer timeout
        QCOMPARE(reply->error().code(), AuthError::Code::NetworkError);
        QVERIFY(reply->tokens().isNull());
    }

    void discoveryFailureIsRememberedBriefly()
    {
        // REFERENCE.md fault 9: a broken provider must not be fetched on every call.
        m_idp->server.on(discoveryPath(), [](const FakeRequest &) {
            return FakeResponse::text(500, "<html>down</html>");
        });
        auto provider = newProvider();
        for (int i = 0; i < 2; ++i) {
            OAuthReply *reply = provider->prepare();
            QVERIFY(waitFor(reply));
            QCOMPARE(reply->error().code(), AuthError::Code::DiscoveryFailed);
            QCOMPARE(reply->error().httpStatus(), 500);
        }
        auto other = newProvider(); // the memory is shared too
        OAuthReply *third = other->prepare();
        QVERIFY(waitFor(third));
        QCOMPARE(third->error().code(), AuthError::Code::DiscoveryFailed);
        QCOMPARE(discoveryRequests(), 1);

        // It is the cache that answered: once forgotten, the repaired server is asked again.
        m_idp->server.on(discoveryPath(), [this](const FakeRequest &) {
            return FakeResponse::json(200, m_idp->discovery());
        });
        GenericOidcProvider::clearMetadataCache();
        OAuthReply *retry = provider->prepare();
        QVERIFY(waitFor(retry));
        QVERIFY2(!retry->hasError(), qPrintable(retry->error().detail()));
        QCOMPARE(discoveryRequests(), 2);
    }

    void cacheControlMaxAgeIsHonoured_data()
    {
        QTest::addColumn<int>("minimumAge"); // -1: the library's default
        QTest::addColumn<QByteArray>("cacheControl");
        QTest::addColumn<int>("expectedFetches");
        QTest::newRow("max-age=0, no floor") << 0 << QByteArray("max-age=0") << 2;
        QTest::newRow("no-store, no floor") << 0 << QByteArray("no-store") << 2;
        QTest::newRow("max-age=600") << 0 << QByteArray("public, max-age=600") << 1;
        QTest::newRow("no header: default age") << 0 << QByteArray() << 1;
        QTest::newRow("max-age=0 under the default floor") << -1 << QByteArray("max-age=0") << 1;
    }

    void cacheControlMaxAgeIsHonoured()
    {
        QFETCH(int, minimumAge);
        QFETCH(QByteArray, cacheControl);
        QFETCH(int, expectedFetches);
        if (minimumAge >= 0)
            MetadataCache::instance()->minimumAge = minimumAge;
        serveDiscoveryWith(cacheControl);
        auto provider = newProvider();
        for (int i = 0; i < 2; ++i) {
            OAuthReply *reply = provider->prepare();
            QVERIFY(waitFor(reply));
            QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        }
        QCOMPARE(discoveryRequests(), expectedFetches);
    }

    void jwksCacheControlIsHonoured()
    {
        // The key set has its own lifetime: with max-age=0 it is reloaded for the next token.
        MetadataCache::instance()->minimumAge = 0;
        m_idp->server.on("/jwks", [this](const FakeRequest &) {
            return FakeResponse::json(
                200, TestJwt::keySet(m_idp->keys),
                {qMakePair(QByteArray("Cache-Control"), QByteArray("max-age=0"))});
        });
        auto provider = newProvider();
        QVERIFY(prepared(provider.get()));
        QCOMPARE(jwksRequests(), 1);
        QVERIFY(!signIn(provider.get(), QStringLiteral("n-1")).isNull());
        QCOMPARE(jwksRequests(), 2);
    }

    // --- endpoints and client authentication ----------------------------------------------

    void explicitEndpointsWinOverDiscoveredOnes()
    {
        m_idp->server.on("/my-token", [this](const FakeRequest &request) {
            return m_idp->tokenResponse(request);
        });
        m_idp->server.on("/my-userinfo", [this](const FakeRequest &) {
            return FakeResponse::json(200, {{QStringLiteral("sub"), m_idp->subject}});
        });
        auto provider = newProvider();
        provider->setAuthorizeUrl(m_idp->url(QStringLiteral("/my-authorize")));
        provider->setTokenUrl(m_idp->url(QStringLiteral("/my-token")));
        provider->setUserinfoUrl(m_idp->url(QStringLiteral("/my-userinfo")));
        QVERIFY(prepared(provider.get())); // still needed for the keys
        QCOMPARE(discoveryRequests(), 1);
        QCOMPARE(provider->buildAuthorizeUrl(m_redirect, QStringLiteral("s")).path(),
                 QStringLiteral("/my-authorize"));

        QVERIFY(!signIn(provider.get(), QStringLiteral("n-1")).isNull());
        QCOMPARE(m_idp->server.count("/my-token"), 1);
        QCOMPARE(m_idp->server.count("/token"), 0);

        UserInfoReply *user = provider->fetchUserInfo(QStringLiteral("access-1"));
        QVERIFY(waitFor(user));
        QVERIFY(!user->hasError());
        QCOMPARE(m_idp->server.count("/my-userinfo"), 1);
        QCOMPARE(m_idp->server.count("/userinfo"), 0);

        // The discovered revocation endpoint is used where nothing explicit is set.
        RevokeReply *revoke = provider->revokeToken(QStringLiteral("access-1"));
        QVERIFY(waitFor(revoke));
        QVERIFY(revoke->isRevoked());
        QCOMPARE(m_idp->server.count("/revoke"), 1);
    }

    void fullyExplicitConfigurationSkipsDiscovery()
    {
        auto provider = newProvider();
        provider->setAuthorizeUrl(m_idp->url(QStringLiteral("/authorize")));
        provider->setTokenUrl(m_idp->url(QStringLiteral("/token")));
        provider->setJwksUrl(m_idp->url(QStringLiteral("/jwks")));
        QVERIFY(provider->isReady());
        OAuthReply *reply = provider->prepare();
        QVERIFY(waitFor(reply));
        QVERIFY(!reply->hasError());
        const TokenSet tokens = signIn(provider.get(), QStringLiteral("n-1"));
        QVERIFY(!tokens.isNull());
        QCOMPARE(tokens.idTokenClaims().value(u"sub").toString(), m_idp->subject);
        QCOMPARE(discoveryRequests(), 0);
        QCOMPARE(jwksRequests(), 1);
    }

    void clientAuthenticationFollowsDiscovery_data()
    {
        QTest::addColumn<QJsonValue>("methods"); // null: member absent
        QTest::addColumn<QString>("secret");
        QTest::addColumn<OAuthProvider::ClientAuthMethod>("expected");
        using M = OAuthProvider::ClientAuthMethod;
        // OIDC Discovery §3: client_secret_basic is the default when the member is absent.
        QTest::newRow("absent -> basic")
            << QJsonValue(QJsonValue::Null) << QStringLiteral("s3cret") << M::ClientSecretBasic;
        QTest::newRow("only post -> post")
            << QJsonValue(QJsonArray{QStringLiteral("client_secret_post")})
            << QStringLiteral("s3cret") << M::ClientSecretPost;
        QTest::newRow("post listed first, basic preferred")
            << QJsonValue(QJsonArray{QStringLiteral("client_secret_post"),
                                     QStringLiteral("client_secret_basic")})
            << QStringLiteral("s3cret") << M::ClientSecretBasic;
        QTest::newRow("no secret -> none")
            << QJsonValue(QJsonArray{QStringLiteral("client_secret_basic")}) << QString()
            << M::None;
        QTest::newRow("none listed, no secret")
            << QJsonValue(QJsonArray{QStringLiteral("none")}) << QString() << M::None;
    }

    void clientAuthenticationFollowsDiscovery()
    {
        QFETCH(QJsonValue, methods);
        QFETCH(QString, secret);
        QFETCH(OAuthProvider::ClientAuthMethod, expected);
        m_idp->overrides.insert(u"token_endpoint_auth_methods_supported", methods);
        auto provider = newProvider();
        provider->setClientSecret(secret);
        QVERIFY(prepared(provider.get()));
        QCOMPARE(provider->effectiveClientAuthMethod(), expected);
        QVERIFY(!signIn(provider.get(), QStringLiteral("n-1")).isNull());

        const FakeRequest request = m_idp->server.last("/token");
        const QByteArray basic =
            "Basic " + QByteArray(m_idp->clientId.toUtf8() + ':' + secret.toUtf8()).toBase64();
        switch (expected) {
        case OAuthProvider::ClientAuthMethod::ClientSecretBasic:
            QCOMPARE(request.header("authorization"), basic);
            QVERIFY(!request.form().hasQueryItem(QStringLiteral("client_secret")));
            break;
        case OAuthProvider::ClientAuthMethod::ClientSecretPost:
            QVERIFY(request.header("authorization").isEmpty());
            QCOMPARE(request.formValue(QStringLiteral("client_id")), m_idp->clientId);
            QCOMPARE(request.formValue(QStringLiteral("client_secret")), secret);
            break;
        default:
            // A public client identifies itself in the form (RFC 6749 §4.1.3).
            QVERIFY(request.header("authorization").isEmpty());
            QCOMPARE(request.formValue(QStringLiteral("client_id")), m_idp->clientId);
            QVERIFY(!request.form().hasQueryItem(QStringLiteral("client_secret")));
            break;
        }
    }

    // --- ID tokens ------------------------------------------------------------------------

    void codeExchangeValidatesTheIdToken()
    {
        auto provider = newProvider();
        QVERIFY(prepared(provider.get()));
        QSignalSpy received(provider.get(), &OAuthProvider::tokensReceived);
        const PkceChallenge pkce = PkceChallenge::generate();
        m_idp->nonce = QStringLiteral("n-0S6_WzA2Mj");
        TokenReply *reply = provider->exchangeCode(QStringLiteral("code-1"), m_redirect,
                                                   pkce.verifier(), m_idp->nonce);
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        const TokenSet tokens = reply->tokens();
        QCOMPARE(tokens.accessToken(), QStringLiteral("access-1"));
        QVERIFY(!tokens.idToken().isEmpty());
        const QJsonObject claims = tokens.idTokenClaims();
        QCOMPARE(claims.value(u"sub").toString(), m_idp->subject);
        QCOMPARE(claims.value(u"iss").toString(), m_idp->issuer);
        QCOMPARE(claims.value(u"aud").toString(), m_idp->clientId);
        QCOMPARE(claims.value(u"nonce").toString(), m_idp->nonce);
        QVERIFY(claims.contains(u"at_hash"));
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().first().value<TokenSet>().idTokenClaims(), claims);
        const FakeRequest request = m_idp->server.last("/token");
        QCOMPARE(request.formValue(QStringLiteral("code_verifier")), pkce.verifier());
        QCOMPARE(request.formValue(QStringLiteral("code")), QStringLiteral("code-1"));
    }

    void exchangeWithoutPrepareRunsDiscoveryFirst()
    {
        auto provider = newProvider();
        const TokenSet tokens = signIn(provider.get(), QStringLiteral("n-1"));
        QVERIFY(!tokens.isNull());
        QCOMPARE(tokens.idTokenClaims().value(u"sub").toString(), m_idp->subject);
        QCOMPARE(discoveryRequests(), 1);
        QCOMPARE(jwksRequests(), 1); // the prefetch and the validation share one fetch
    }

    void idTokenIsRejected_data()
    {
        QTest::addColumn<QJsonObject>("claimOverrides");
        QTest::addColumn<int>("tamper");
        QTest::addColumn<QJsonValue>("advertisedAlgs"); // null: keep discovery's RS256

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonValue keep(QJsonValue::Null);
        const int none = int(Tamper::None);
        const QString client = QStringLiteral("test-client");

        QTest::newRow("wrong iss")
            << QJsonObject{{QStringLiteral("iss"), QStringLiteral("https://evil.example")}} << none
            << keep;
        QTest::newRow("wrong aud")
            << QJsonObject{{QStringLiteral("aud"), QStringLiteral("another-client")}} << none
            << keep;
        QTest::newRow("aud array without azp")
            << QJsonObject{{QStringLiteral("aud"),
                            QJsonArray{client, QStringLiteral("another-client")}}}
            << none << keep;
        QTest::newRow("azp of another client")
            << QJsonObject{{QStringLiteral("aud"),
                            QJsonArray{client, QStringLiteral("another-client")}},
                           {QStringLiteral("azp"), QStringLiteral("another-client")}}
            << none << keep;
        QTest::newRow("expired beyond the skew")
            << QJsonObject{{QStringLiteral("exp"), double(now - 600)},
                           {QStringLiteral("iat"), double(now - 4200)}}
            << none << keep;
        QTest::newRow("issued in the future")
            << QJsonObject{{QStringLiteral("iat"), double(now + 3600)},
                           {QStringLiteral("exp"), double(now + 7200)}}
            << none << keep;
        QTest::newRow("nonce mismatch")
            << QJsonObject{{QStringLiteral("nonce"), QStringLiteral("someone-elses-nonce")}} << none
            << keep;
        QTest::newRow("nonce missing")
            << QJsonObject{{QStringLiteral("nonce"), QJsonValue(QJsonValue::Null)}} << none << keep;
        QTest::newRow("sub missing")
            << QJsonObject{{QStringLiteral("sub"), QJsonValue(QJsonValue::Null)}} << none << keep;
        QTest::newRow("at_hash mismatch")
            << QJsonObject{{QStringLiteral("at_hash"),
                            QString::fromLatin1(TestJwt::b64url(QByteArray(16, '\0')))}}
            << none << keep;
        QTest::newRow("alg none") << QJsonObject() << int(Tamper::AlgNone) << keep;
        QTest::newRow("alg none, advertised")
            << QJsonObject() << int(Tamper::AlgNone)
            << QJsonValue(QJsonArray{QStringLiteral("RS256"), QStringLiteral("none")});
        QTest::newRow("HS256 keyed with the public key")
            << QJsonObject() << int(Tamper::Hs256WithPublicKey) << keep;
        QTest::newRow("HS256 keyed with the public key, advertised")
            << QJsonObject() << int(Tamper::Hs256WithPublicKey)
            << QJsonValue(QJsonArray{QStringLiteral("RS256"), QStringLiteral("HS256")});
    }

    void idTokenIsRejected()
    {
        QFETCH(QJsonObject, claimOverrides);
        QFETCH(int, tamper);
        QFETCH(QJsonValue, advertisedAlgs);
        if (!advertisedAlgs.isNull())
            m_idp->overrides.insert(u"id_token_signing_alg_values_supported", advertisedAlgs);
        m_idp->claimOverrides = claimOverrides;
        m_idp->server.on("/token", [this, tamper](const FakeRequest &request) {
            FakeResponse response = m_idp->tokenResponse(request);
            if (Tamper(tamper) == Tamper::None)
                return response;
            QJsonObject body = QJsonDocument::fromJson(response.body).object();
            const QList<QByteArray> parts =
                body.value(u"id_token").toString().toLatin1().split('.');
            const QJsonObject claims =
                QJsonDocument::fromJson(TestJwt::b64urlDecode(parts.at(1))).object();
            const QByteArray token = Tamper(tamper) == Tamper::AlgNone
                ? TestJwt::unsignedToken(TestJwt::header(QStringLiteral("none"), m_idp->kid),
                                         claims)
                : TestJwt::signHmac(FakeIdp::signingKey().publicKeyPem(),
                                    TestJwt::header(QStringLiteral("HS256"), m_idp->kid), claims);
            body.insert(u"id_token", QString::fromLatin1(token));
            return FakeResponse::json(200, body);
        });
        auto provider = newProvider();
        QVERIFY(prepared(provider.get()));
        QSignalSpy received(provider.get(), &OAuthProvider::tokensReceived);
        QSignalSpy errors(provider.get(), &OAuthProvider::errorOccurred);
        m_idp->nonce = QStringLiteral("n-expected");
        TokenReply *reply = provider->exchangeCode(QStringLiteral("code"), m_redirect, QString(),
                                                   QStringLiteral("n-expected"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), AuthError::Code::IdTokenInvalid);
        QVERIFY(reply->tokens().isNull());
        QCOMPARE(received.count(), 0);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(m_idp->server.count("/token"), 1);
        // None of these is an unknown key: no reason to reload the key set.
        QCOMPARE(jwksRequests(), 1);
    }

    void signatureByAnUnpublishedKeyIsRejected()
    {
        // A forger who knows the published kid signs with a key of their own.
        const TestJwt::Key forged = TestJwt::Key::generate(TestJwt::KeyType::Rsa2048);
        m_idp->idTokenKey = &forged;
        auto provider = newProvider();
        QVERIFY(prepared(provider.get()));
        TokenReply *reply = provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), AuthError::Code::IdTokenInvalid);
        QVERIFY(reply->tokens().isNull());
        QCOMPARE(jwksRequests(), 1);
    }

    void missingIdTokenFailsWhenOpenidWasRequested()
    {
        // OIDC Core §3.1.3.3: the token response of an openid request contains an ID token;
        // without it nothing proves who signed in.
        m_idp->issueIdToken = false;
        auto provider = newProvider();
        TokenReply *reply = provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), AuthError::Code::IdTokenInvalid);
        QVERIFY(reply->tokens().isNull());
    }

    void missingIdTokenIsFineWithoutOpenid()
    {
        m_idp->issueIdToken = false;
        auto provider = newProvider();
        provider->setScopes({QStringLiteral("api.read")});
        TokenReply *reply = provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        QVERIFY(reply->tokens().idTokenClaims().isEmpty());
    }

    void keyRotationRefetchesTheKeySetOnce()
    {
        auto provider = newProvider();
        QVERIFY(prepared(provider.get()));
        QVERIFY(!signIn(provider.get(), QStringLiteral("n-1")).isNull());
        QCOMPARE(jwksRequests(), 1);

        // The IdP rotates: the old key is withdrawn, tokens are signed with a new kid. The
        // rate limit would hold back a refetch this soon after the first load; lift it here.
        MetadataCache::instance()->refetchInterval = 0;
        const TestJwt::Key rotated = TestJwt::Key::generate(TestJwt::KeyType::Rsa2048);
        m_idp->keys = {rotated.publicJwk(QStringLiteral("key-2"), QStringLiteral("RS256"))};
        m_idp->idTokenKey = &rotated;
        m_idp->idTokenKid = QStringLiteral("key-2");
        const TokenSet tokens = signIn(provider.get(), QStringLiteral("n-2"));
        QVERIFY(!tokens.isNull());
        QCOMPARE(tokens.idTokenClaims().value(u"nonce").toString(), QStringLiteral("n-2"));
        QCOMPARE(jwksRequests(), 2);

        // Another unknown kid right after: the rate limit holds, the token is refused.
        MetadataCache::instance()->refetchInterval = m_saved.refetchInterval;
        const TestJwt::Key stranger = TestJwt::Key::generate(TestJwt::KeyType::Rsa2048);
        m_idp->idTokenKey = &stranger;
        m_idp->idTokenKid = QStringLiteral("key-3");
        m_idp->nonce = QStringLiteral("n-3");
        TokenReply *reply = provider->exchangeCode(QStringLiteral("code"), m_redirect, QString(),
                                                   QStringLiteral("n-3"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), AuthError::Code::IdTokenInvalid);
        QVERIFY(reply->tokens().isNull());
        QCOMPARE(jwksRequests(), 2);

        // The rotated key still works without any fetch.
        m_idp->idTokenKey = &rotated;
        m_idp->idTokenKid = QStringLiteral("key-2");
        QVERIFY(!signIn(provider.get(), QStringLiteral("n-4")).isNull());
        QCOMPARE(jwksRequests(), 2);
    }

    void unknownKidWithAnUnreachableKeySetFails()
    {
        auto provider = newProvider();
        QVERIFY(prepared(provider.get()));
        MetadataCache::instance()->refetchInterval = 0;
        m_idp->server.on("/jwks", [](const FakeRequest &) {
            // Retry-After beyond what HttpExchange waits for: the refetch is not retried, so
            // the count below is the cache's own (see tst_networkfaults for the retries).
            FakeResponse r = FakeResponse::text(503, "busy", "text/plain");
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("3600")));
            return r;
        });
        m_idp->idTokenKid = QStringLiteral("key-unknown");
        TokenReply *reply = provider->exchangeCode(QStringLiteral("code"), m_redirect);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), AuthError::Code::IdTokenInvalid);
        QCOMPARE(jwksRequests(), 2);
        // The failed refetch did not throw away the keys that are still published.
        m_idp->idTokenKid.clear();
        QVERIFY(!signIn(provider.get(), QStringLiteral("n-1")).isNull());
    }

    // --- refresh and userinfo -------------------------------------------------------------

    void refreshedIdTokenMustKeepTheSubject_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("nonce"); // of the refreshed ID token; empty: none
        QTest::addColumn<bool>("accepted");
        QTest::newRow("same subject, same nonce")
            << QStringLiteral("user-1") << QStringLiteral("n-1") << true;
        QTest::newRow("same subject, no nonce") << QStringLiteral("user-1") << QString() << true;
        // OIDC Core §12.2: "its sub Claim Value MUST be the same as in the ID Token issued
        // when the original authentication occurred".
        QTest::newRow("other subject")
            << QStringLiteral("user-2") << QStringLiteral("n-1") << false;
        QTest::newRow("other nonce")
            << QStringLiteral("user-1") << QStringLiteral("n-other") << false;
    }

    void refreshedIdTokenMustKeepTheSubject()
    {
        QFETCH(QString, subject);
        QFETCH(QString, nonce);
        QFETCH(bool, accepted);
        auto provider = newProvider();
        const TokenSet first = signIn(provider.get(), QStringLiteral("n-1"));
        QVERIFY(!first.isNull());
        QCOMPARE(first.refreshToken(), QStringLiteral("refresh-1"));

        m_idp->subject = subject;
        m_idp->nonce = nonce;
        QSignalSpy refreshed(provider.get(), &OAuthProvider::tokensRefreshed);
        TokenReply *reply = provider->refreshTokens(first.refreshToken(), first);
        QVERIFY(waitFor(reply));
        QCOMPARE(m_idp->server.last("/token").formValue(QStringLiteral("grant_type")),
                 QStringLiteral("refresh_token"));
        if (accepted) {
            QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
            QCOMPARE(reply->tokens().accessToken(), QStringLiteral("access-2"));
            QVERIFY(reply->tokens().idToken() != first.idToken());
            QCOMPARE(reply->tokens().idTokenClaims().value(u"sub").toString(), subject);
            QCOMPARE(refreshed.count(), 1);
        } else {
            QCOMPARE(reply->error().code(), AuthError::Code::IdTokenInvalid);
            QVERIFY(reply->tokens().isNull());
            QCOMPARE(refreshed.count(), 0);
        }
    }

    void refreshWithoutIdTokenKeepsThePreviousClaims()
    {
        auto provider = newProvider();
        const TokenSet first = signIn(provider.get(), QStringLiteral("n-1"));
        QVERIFY(!first.isNull());
        m_idp->issueIdToken = false;
        TokenReply *reply = provider->refreshTokens(first.refreshToken(), first);
        QVERIFY(waitFor(reply));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
        const TokenSet tokens = reply->tokens();
        QCOMPARE(tokens.accessToken(), QStringLiteral("access-2"));
        QCOMPARE(tokens.refreshToken(), QStringLiteral("refresh-2"));
        QCOMPARE(tokens.idToken(), first.idToken());
        QCOMPARE(tokens.idTokenClaims(), first.idTokenClaims());
    }

    void refreshedIdTokenIsValidatedToo()
    {
        auto provider = newProvider();
        const TokenSet first = signIn(provider.get(), QStringLiteral("n-1"));
        QVERIFY(!first.isNull());
        // REFERENCE.md fault 11: a new ID token from a refresh is checked like any other.
        m_idp->claimOverrides = {{QStringLiteral("aud"), QStringLiteral("another-client")}};
        TokenReply *reply = provider->refreshTokens(first.refreshToken(), first);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), AuthError::Code::IdTokenInvalid);
    }

    void userInfoSubjectMustMatchTheIdToken_data()
    {
        QTest::addColumn<QString>("userinfoSubject");
        QTest::addColumn<AuthError::Code>("code");
        QTest::newRow("same") << QStringLiteral("user-1") << AuthError::Code::NoError;
        // OIDC Core §5.3.2: otherwise the response may belong to someone else.
        QTest::newRow("someone else")
            << QStringLiteral("user-2") << AuthError::Code::InvalidResponse;
    }

    void userInfoSubjectMustMatchTheIdToken()
    {
        QFETCH(QString, userinfoSubject);
        QFETCH(AuthError::Code, code);
        auto provider = newProvider();
        const TokenSet tokens = signIn(provider.get(), QStringLiteral("n-1"));
        QVERIFY(!tokens.isNull());
        m_idp->subject = userinfoSubject;
        QSignalSpy received(provider.get(), &OAuthProvider::userInfoReceived);
        UserInfoReply *reply = provider->fetchUserInfo(
            tokens.accessToken(), tokens.idTokenClaims().value(u"sub").toString());
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().code(), code);
        QCOMPARE(m_idp->server.last("/userinfo").header("authorization"),
                 QByteArray("Bearer access-1"));
        QCOMPARE(received.count(), code == AuthError::Code::NoError ? 1 : 0);
        if (code == AuthError::Code::NoError)
            QCOMPARE(reply->userInfo().name(), QStringLiteral("Test User"));
        else
            QVERIFY(reply->userInfo().isNull());
    }
};

QTEST_GUILESS_MAIN(tst_GenericOidcProvider)
#include "tst_genericoidcprovider.moc"
