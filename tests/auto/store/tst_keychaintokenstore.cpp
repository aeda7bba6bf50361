// SPDX-License-Identifier: BSD-3-Clause
//
// KeychainTokenStore against the real Secret Service: an unlocked gnome-keyring in a private
// D-Bus session (ctest runs this inside tools/setup.sh's envelope). What is in the keychain is
// checked from the outside, with secret-tool and the Secret Service's D-Bus API.
#include <QtSignIn/keychaintokenstore.h>

#include "store/keychainsecret_p.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDirIterator>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtDBus/QDBusArgument>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusMessage>
#include <QtDBus/QDBusMetaType>
#include <QtDBus/QDBusObjectPath>
#include <QtNetwork/QLocalServer>
#include <QtNetwork/QLocalSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;
using QtSignIn::AuthError;
using QtSignIn::KeychainTokenStore;
using QtSignIn::StoredAccount;
using QtSignIn::StoreReply;
using QtSignIn::TokenSet;
using QtSignIn::TokenStore;
using QtSignIn::UserInfo;

using StringMap = QMap<QString, QString>;

namespace {
const QString Issuer = u"https://issuer.example.test"_s;
const QString ClientId = u"qt-desktop"_s;
// Distinctive strings: searching bytes on disk or in the index for them cannot match by chance.
const QString AccessPrefix = u"AT-kc-secret-5d1e"_s;
const QString RefreshPrefix = u"RT-kc-secret-a94f"_s;
const QString ClaimSecret = u"CLAIM-kc-secret-27b0"_s;

StoredAccount makeAccount(const QString &subject, const QString &refreshToken, int claimBytes = 0)
{
    UserInfo user;
    user.setSubject(subject);
    user.setName(u"User "_s + subject);
    user.setEmail(subject + u"@example.test"_s);
    StoredAccount account;
    account.setIdentity(Issuer, ClientId, user);
    account.setProviderName(u"oidc"_s);
    TokenSet tokens;
    tokens.setAccessToken(AccessPrefix + u'-' + subject);
    tokens.setRefreshToken(refreshToken);
    tokens.setScopes({u"openid"_s, u"offline_access"_s});
    tokens.setIssuedAt(QDateTime::currentDateTimeUtc());
    tokens.setExpiresIn(900);
    QJsonObject claims{{u"sub"_s, subject}, {u"secret"_s, ClaimSecret}};
    if (claimBytes > 0) {
        // Non-ASCII on purpose: chunk boundaries must not split a UTF-8 sequence.
        QString filler;
        while (filler.toUtf8().size() < claimBytes)
            filler += u"claim-ü€-"_s + QString::number(filler.size()) + u' ';
        claims.insert(u"filler"_s, filler);
    }
    tokens.setIdTokenClaims(claims);
    account.setTokens(tokens);
    return account;
}

// The documented key of a provider's "most recent account" pointer.
QString recentKey(const QString &issuer = Issuer, const QString &clientId = ClientId)
{
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(issuer.toUtf8() + '\n' + clientId.toUtf8()), QCryptographicHash::Sha256);
    return u"recent:"_s +
        QString::fromLatin1(
               digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The account a pointer's value ("<id> <digest>") names.
QString pointedId(const QByteArray &pointer)
{
    return QString::fromUtf8(pointer).section(u' ', 0, 0);
}

QString refreshToken(int n)
{
    return RefreshPrefix + u'-' + QString::number(n);
}

bool waitFinished(StoreReply *reply, int ms = 15000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &StoreReply::finished);
    return spy.wait(ms) && spy.size() == 1;
}

struct ToolResult
{
    int exitCode = -1;
    QByteArray output;
};

ToolResult runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    ToolResult result;
    if (!process.waitForStarted(10000) || !finished.wait(20000))
        return result;
    result.exitCode = process.exitCode();
    result.output = process.readAll();
    return result;
}

// `secret-tool search --all server <service>`: the `user` attribute (our key) of every item.
QStringList keysInKeyring(const QString &service)
{
    const ToolResult result =
        runTool(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, service});
    QStringList keys;
    for (const QByteArray &line : result.output.split('\n')) {
        if (line.startsWith("attribute.user = "))
            keys.append(QString::fromUtf8(line.mid(int(qstrlen("attribute.user = ")))));
    }
    keys.sort();
    return keys;
}

QStringList chunkKeys(const QStringList &keys, const QString &accountId)
{
    return keys.filter(
        QRegularExpression(u"^account:"_s + QRegularExpression::escape(accountId) + u"#\\d+$"_s));
}

QByteArray lookup(const QString &service, const QString &key)
{
    return runTool(u"secret-tool"_s, {u"lookup"_s, u"server"_s, service, u"user"_s, key}).output;
}

// The Secret Service's own SearchItems: it lists locked items too and never prompts.
int itemCountOverDBus(const QString &service)
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                       u"org.freedesktop.Secret.Service"_s, u"SearchItems"_s);
    call << QVariant::fromValue(StringMap{{u"server"_s, service}});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 10000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return -1;
    const auto unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
    const auto locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
    return int(unlocked.size() + locked.size());
}

// Every regular file under \a root whose bytes contain one of the secrets.
QStringList filesWithSecrets(const QString &root)
{
    QStringList hits;
    if (root.isEmpty())
        return hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (!info.isFile() || info.size() > 64 * 1024 * 1024)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.readAll();
        for (const QString &secret : {AccessPrefix, RefreshPrefix, ClaimSecret}) {
            if (data.contains(secret.toUtf8()))
                hits.append(path);
        }
    }
    return hits;
}

/*
 * Child mode: one save() in a process whose environment the parent prepared; prints one JSON
 * line {code, detail, availability, elapsedMs} and exits.
 */
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    KeychainTokenStore store(args.at(2));
    store.setTimeout(args.at(3).toInt());
    QElapsedTimer elapsed;
    elapsed.start();
    StoreReply *reply = store.save(makeAccount(u"child"_s, refreshToken(99)));
    const bool synchronous = reply->isFinished();
    QObject::connect(reply, &StoreReply::finished, &app, [&] {
        const QJsonObject result{
            {u"code"_s, int(reply->error().code())},
            {u"detail"_s, reply->error().detail()},
            {u"availability"_s, int(store.availability())},
            {u"lastErrorCode"_s, int(store.lastError().code())},
            {u"elapsedMs"_s, double(elapsed.elapsed())},
            {u"synchronous"_s, synchronous},
        };
        std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
        app.exit(0);
    });
    // A safety net for a broken build (the store itself must answer long before this).
    QTimer::singleShot(60000, &app, [&app] { app.exit(3); });
    return app.exec();
}

struct ChildResult
{
    bool ran = false;
    QJsonObject json;
    QByteArray output;
};

ChildResult runChildProcess(const QProcessEnvironment &env, const QString &service, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QCoreApplication::applicationFilePath(),
                  {u"--store-child"_s, service, QString::number(timeoutMs)});
    ChildResult result;
    if (!process.waitForStarted(10000) || !finished.wait(90000))
        return result;
    result.output = process.readAllStandardOutput() + process.readAllStandardError();
    result.ran = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    const QList<QByteArray> lines = result.output.split('\n');
    for (const QByteArray &line : lines) {
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            result.json = doc.object();
    }
    return result;
}
} // namespace

class tst_KeychainTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void isPersistentWithServiceAndTimeout();
    void serviceCannotChangeWhileOperationsArePending();
    void saveAndLoadRoundTrip();
    void repliesFinishAsynchronously();
    void overwriteReplacesTheEntry();
    void loadOfUnknownAccountIsNotFound();
    void largeEntryIsChunkedAndRestored();
    void shrinkingRemovesStaleChunks();
    void removeLeavesNothing();
    void twoAccountsSideBySideAndIndexWithoutSecrets();
    void savesApplyInCallOrder();
    void loadMostRecentFollowsSavesAndRemovals();
    void loadMostRecentNeedsNoIndex();
    void refreshOfTheNewestAccountLeavesTheIndexAlone();
    void loadMostRecentRepairsAMissingOrWrongPointer_data();
    void loadMostRecentRepairsAMissingOrWrongPointer();
    void abortedSaveWritesNothing();
    void nothingInPlaintextOnDisk();
    void noDBusSessionFailsFastAndWritesNothing();
    void silentBusTimesOut();
    // Last: the collection stays locked (unlocking needs a prompt).
    void lockedCollectionFailsAndWritesNothing();

private:
    QString serviceFor(const char *test) const
    {
        return u"qtsignin-test-"_s + QString::fromLatin1(test);
    }
};

void tst_KeychainTokenStore::initTestCase()
{
    qDBusRegisterMetaType<StringMap>();
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run inside tools/setup.sh run (ctest does this: NEEDS keyring)");
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no session bus");
    QVERIFY2(itemCountOverDBus(u"qtsignin-test-probe"_s) == 0, "Secret Service not answering");
}

void tst_KeychainTokenStore::isPersistentWithServiceAndTimeout()
{
    KeychainTokenStore named(u"MyService"_s);
    QVERIFY(named.isPersistent());
    QCOMPARE(named.service(), u"MyService"_s);
    QCOMPARE(named.timeout(), 10000);
    named.setTimeout(2500);
    QCOMPARE(named.timeout(), 2500);
    QCOMPARE(named.availability(), TokenStore::Availability::Unknown);

    // The default service is the application's name.
    KeychainTokenStore byDefault;
    QCOMPARE(byDefault.service(), QCoreApplication::applicationName());
    QVERIFY(!byDefault.service().isEmpty());

    // Settable before use (QML); empty means the application's name again.
    QSignalSpy serviceChanged(&byDefault, &KeychainTokenStore::serviceChanged);
    byDefault.setService(u"Other"_s);
    QCOMPARE(byDefault.service(), u"Other"_s);
    byDefault.setService(QString());
    QCOMPARE(byDefault.service(), QCoreApplication::applicationName());
    QCOMPARE(serviceChanged.count(), 2);
}

void tst_KeychainTokenStore::serviceCannotChangeWhileOperationsArePending()
{
    const QString service = serviceFor("rename");
    KeychainTokenStore store(service);
    StoreReply *save = store.save(makeAccount(u"alice"_s, refreshToken(1)));
    QSignalSpy saved(save, &StoreReply::finished);
    QTest::ignoreMessage(QtWarningMsg,
                         "the service name cannot change while operations are pending");
    store.setService(serviceFor("renamed"));
    QCOMPARE(store.service(), service);
    QVERIFY(saved.wait());
    QVERIFY(!save->hasError());
    // Idle again: now it may change, and the account is not under the new name.
    store.setService(serviceFor("renamed"));
    QCOMPARE(store.service(), serviceFor("renamed"));
    StoreReply *list = store.listAccounts();
    QSignalSpy listed(list, &StoreReply::finished);
    QVERIFY(listed.wait());
    QVERIFY(list->accounts().isEmpty());
    store.setService(service);
    StoreReply *remove = store.remove(makeAccount(u"alice"_s, refreshToken(1)).id());
    QSignalSpy removed(remove, &StoreReply::finished);
    QVERIFY(removed.wait());
}

void tst_KeychainTokenStore::saveAndLoadRoundTrip()
{
    const QString service = serviceFor("roundtrip");
    KeychainTokenStore store(service);
    QSignalSpy availability(&store, &TokenStore::availabilityChanged);
    const StoredAccount account = makeAccount(u"alice"_s, refreshToken(1));

    StoreReply *saved = store.save(account);
    QVERIFY(waitFinished(saved));
    QVERIFY2(!saved->hasError(), qPrintable(saved->error().detail()));
    QCOMPARE(store.availability(), TokenStore::Availability::Available);
    QCOMPARE(availability.size(), 1);

    // A new store object: nothing is cached in memory.
    KeychainTokenStore other(service);
    StoreReply *loaded = other.load(account.id());
    QVERIFY(waitFinished(loaded));
    QVERIFY2(!loaded->hasError(), qPrintable(loaded->error().detail()));
    QVERIFY(!loaded->isNotFound());
    const StoredAccount restored = loaded->account();
    QCOMPARE(restored, saved->account());
    QCOMPARE(restored.tokens().refreshToken(), refreshToken(1));
    QCOMPARE(restored.tokens().accessToken(), AccessPrefix + u"-alice"_s);
    QCOMPARE(restored.tokens().expiresAt(), account.tokens().expiresAt());
    QCOMPARE(restored.tokens().idTokenClaims().value(u"secret"_s).toString(), ClaimSecret);
    QCOMPARE(restored.displayName(), u"User alice"_s);

    // Stored as the documented keys, in one item (small entries are not chunked).
    QCOMPARE(keysInKeyring(service),
             (QStringList{u"account:"_s + account.id(), u"index"_s, recentKey()}));
    QCOMPARE(pointedId(lookup(service, recentKey())), account.id());
}

void tst_KeychainTokenStore::repliesFinishAsynchronously()
{
    KeychainTokenStore store(serviceFor("async"));
    StoreReply *reply = store.listAccounts();
    QCOMPARE(reply->parent(), &store);
    QVERIFY(!reply->isFinished());
    QVERIFY(waitFinished(reply));
    QVERIFY(!reply->hasError());
    QVERIFY(reply->accounts().isEmpty());
}

void tst_KeychainTokenStore::overwriteReplacesTheEntry()
{
    const QString service = serviceFor("overwrite");
    KeychainTokenStore store(service);
    QVERIFY(waitFinished(store.save(makeAccount(u"alice"_s, refreshToken(1)))));
    StoreReply *second = store.save(makeAccount(u"alice"_s, refreshToken(2)));
    QVERIFY(waitFinished(second));
    QVERIFY(!second->hasError());

    StoreReply *loaded = store.load(makeAccount(u"alice"_s, {}).id());
    QVERIFY(waitFinished(loaded));
    QCOMPARE(loaded->account().tokens().refreshToken(), refreshToken(2));
    QCOMPARE(keysInKeyring(service).size(), 3); // the entry, the index, the pointer: nothing else
    StoreReply *list = store.listAccounts();
    QVERIFY(waitFinished(list));
    QCOMPARE(list->accounts().size(), 1);
}

void tst_KeychainTokenStore::loadOfUnknownAccountIsNotFound()
{
    KeychainTokenStore store(serviceFor("notfound"));
    StoreReply *reply = store.load(makeAccount(u"nobody"_s, {}).id());
    QVERIFY(waitFinished(reply));
    QVERIFY(reply->isNotFound());
    QCOMPARE(reply->error().code(), AuthError::Code::StorageError);
    QCOMPARE(store.availability(), TokenStore::Availability::Available);

    StoreReply *bogus = store.load(u"not an id"_s);
    QVERIFY(waitFinished(bogus));
    QVERIFY(bogus->isNotFound());

    StoreReply *removed = store.remove(makeAccount(u"nobody"_s, {}).id());
    QVERIFY(waitFinished(removed));
    QVERIFY(!removed->hasError());
    QVERIFY(removed->isNotFound());
}

void tst_KeychainTokenStore::largeEntryIsChunkedAndRestored()
{
    const QString service = serviceFor("large");
    KeychainTokenStore store(service);
    const StoredAccount account = makeAccount(u"alice"_s, refreshToken(1), 10 * 1024);
    QVERIFY(QJsonDocument(account.toJson()).toJson(QJsonDocument::Compact).size() > 10 * 1024);
    StoreReply *saved = store.save(account);
    QVERIFY(waitFinished(saved));
    QVERIFY2(!saved->hasError(), qPrintable(saved->error().detail()));

    const QStringList keys = keysInKeyring(service);
    const QStringList chunks = chunkKeys(keys, account.id());
    QVERIFY2(chunks.size() >= 6, qPrintable(keys.join(u", "_s))); // 10 KB in ≤ 2000-byte pieces
    QVERIFY(keys.contains(u"account:"_s + account.id()));
    // Every piece fits the Windows credential limit with room to spare.
    for (const QString &key : chunks)
        QVERIFY2(lookup(service, key).size() <= 2000, qPrintable(key));
    // The head is a manifest, not the entry.
    const QByteArray head = lookup(service, u"account:"_s + account.id());
    QVERIFY2(head.contains("\"chunks\""), head.constData());
    QVERIFY(!head.contains(RefreshPrefix.toUtf8()));

    KeychainTokenStore other(service);
    StoreReply *loaded = other.load(account.id());
    QVERIFY(waitFinished(loaded));
    QVERIFY2(!loaded->hasError(), qPrintable(loaded->error().detail()));
    QCOMPARE(loaded->account(), saved->account());
    QCOMPARE(loaded->account().tokens().idTokenClaims(), account.tokens().idTokenClaims());
}

void tst_KeychainTokenStore::shrinkingRemovesStaleChunks()
{
    const QString service = serviceFor("shrink");
    KeychainTokenStore store(service);
    const QString id = makeAccount(u"alice"_s, {}).id();

    QVERIFY(waitFinished(store.save(makeAccount(u"alice"_s, refreshToken(1), 10 * 1024))));
    const int large = int(chunkKeys(keysInKeyring(service), id).size());
    QVERIFY(large >= 6);

    StoreReply *medium = store.save(makeAccount(u"alice"_s, refreshToken(2), 3 * 1024));
    QVERIFY(waitFinished(medium));
    QVERIFY2(!medium->hasError(), qPrintable(medium->error().detail()));
    const QStringList mediumChunks = chunkKeys(keysInKeyring(service), id);
    QVERIFY2(mediumChunks.size() >= 2 && mediumChunks.size() < large,
             qPrintable(mediumChunks.join(u", "_s)));
    StoreReply *loaded = store.load(id);
    QVERIFY(waitFinished(loaded));
    QCOMPARE(loaded->account().tokens().refreshToken(), refreshToken(2));

    QVERIFY(waitFinished(store.save(makeAccount(u"alice"_s, refreshToken(3)))));
    QCOMPARE(chunkKeys(keysInKeyring(service), id), QStringList());
    QCOMPARE(keysInKeyring(service), (QStringList{u"account:"_s + id, u"index"_s, recentKey()}));
    loaded = store.load(id);
    QVERIFY(waitFinished(loaded));
    QCOMPARE(loaded->account().tokens().refreshToken(), refreshToken(3));

    // And growing again after that.
    QVERIFY(waitFinished(store.save(makeAccount(u"alice"_s, refreshToken(4), 5 * 1024))));
    loaded = store.load(id);
    QVERIFY(waitFinished(loaded));
    QCOMPARE(loaded->account().tokens().refreshToken(), refreshToken(4));
}

void tst_KeychainTokenStore::removeLeavesNothing()
{
    const QString service = serviceFor("remove");
    KeychainTokenStore store(service);
    const StoredAccount account = makeAccount(u"alice"_s, refreshToken(1), 6 * 1024);
    QVERIFY(waitFinished(store.save(account)));
    QVERIFY(keysInKeyring(service).size() >= 4);

    StoreReply *removed = store.remove(account.id());
    QVERIFY(waitFinished(removed));
    QVERIFY2(!removed->hasError(), qPrintable(removed->error().detail()));
    QVERIFY(!removed->isNotFound());
    QCOMPARE(keysInKeyring(service), QStringList());
    QCOMPARE(itemCountOverDBus(service), 0);

    StoreReply *loaded = store.load(account.id());
    QVERIFY(waitFinished(loaded));
    QVERIFY(loaded->isNotFound());
    StoreReply *list = store.listAccounts();
    QVERIFY(waitFinished(list));
    QVERIFY(!list->hasError());
    QVERIFY(list->accounts().isEmpty());
}

void tst_KeychainTokenStore::loadMostRecentFollowsSavesAndRemovals()
{
    const QString service = serviceFor("recent");
    KeychainTokenStore store(service);
    const auto mostRecent = [&store](const QString &issuer = Issuer) {
        StoreReply *reply = store.loadMostRecent(issuer, ClientId);
        return waitFinished(reply) && !reply->hasError() ? reply->account().subject() : QString();
    };
    QVERIFY(mostRecent().isEmpty());
    StoreReply *none = store.loadMostRecent(Issuer, ClientId);
    QVERIFY(waitFinished(none));
    QVERIFY(none->isNotFound());
    QCOMPARE(none->error().code(), AuthError::Code::StorageError);

    const StoredAccount alice = makeAccount(u"alice"_s, refreshToken(1));
    const StoredAccount bob = makeAccount(u"bob"_s, refreshToken(2));
    QVERIFY(waitFinished(store.save(alice)));
    QVERIFY(waitFinished(store.save(bob)));
    // Another provider's account, saved last, is not this provider's most recent one.
    StoredAccount carol = makeAccount(u"carol"_s, refreshToken(3));
    UserInfo carolUser;
    carolUser.setSubject(u"carol"_s);
    carol.setIdentity(u"https://other.example.test"_s, ClientId, carolUser);
    QVERIFY(waitFinished(store.save(carol)));
    QCOMPARE(mostRecent(), u"bob"_s);
    QCOMPARE(mostRecent(u"https://other.example.test"_s), u"carol"_s);
    StoreReply *full = store.loadMostRecent(Issuer, ClientId);
    QVERIFY(waitFinished(full));
    QCOMPARE(full->account().tokens().refreshToken(), refreshToken(2)); // with its secrets

    // Saving alice again (a refresh) makes her the most recent.
    QVERIFY(waitFinished(store.save(makeAccount(u"alice"_s, refreshToken(4)))));
    QCOMPARE(mostRecent(), u"alice"_s);
    // Removing her hands the pointer to bob; removing bob removes it.
    QVERIFY(waitFinished(store.remove(alice.id())));
    QCOMPARE(pointedId(lookup(service, recentKey())), bob.id());
    QCOMPARE(mostRecent(), u"bob"_s);
    QVERIFY(waitFinished(store.remove(bob.id())));
    QVERIFY(!keysInKeyring(service).contains(recentKey()));
    QVERIFY(mostRecent().isEmpty());
    QCOMPARE(mostRecent(u"https://other.example.test"_s), u"carol"_s);
    QVERIFY(waitFinished(store.remove(carol.id())));
    QCOMPARE(keysInKeyring(service), QStringList());
}

void tst_KeychainTokenStore::loadMostRecentNeedsNoIndex()
{
    // Start-up reads the pointer and the entry only: with the index unreadable, the most
    // recent account still loads (the index is what grows with the number of accounts).
    const QString service = serviceFor("recent-noindex");
    KeychainTokenStore store(service);
    for (int i = 0; i < 5; ++i)
        QVERIFY(waitFinished(store.save(makeAccount(u"user%1"_s.arg(i), refreshToken(i)))));
    AuthError error;
    QVERIFY2(QtSignIn::KeychainSecret::write(service, u"index"_s, u"not an index"_s, &error),
             qPrintable(error.detail()));
    StoreReply *list = store.listAccounts();
    QVERIFY(waitFinished(list));
    QCOMPARE(list->error().code(), AuthError::Code::StorageError); // the index is corrupt ...
    StoreReply *recent = store.loadMostRecent(Issuer, ClientId);
    QVERIFY(waitFinished(recent));
    QVERIFY2(!recent->hasError(), qPrintable(recent->error().detail()));
    QCOMPARE(recent->account().subject(), u"user4"_s); // ... and restore does not need it
}

void tst_KeychainTokenStore::refreshOfTheNewestAccountLeavesTheIndexAlone()
{
    // A refresh saves new tokens; the index shows no token, so unless the account was not the
    // newest or its public fields changed, rewriting it (and the pointer) is wasted keychain
    // traffic that the session's callers would wait for.
    const QString service = serviceFor("refresh-index");
    KeychainTokenStore store(service);
    const StoredAccount alice = makeAccount(u"alice"_s, refreshToken(1));
    const StoredAccount bob = makeAccount(u"bob"_s, refreshToken(2));
    QVERIFY(waitFinished(store.save(alice)));
    QVERIFY(waitFinished(store.save(bob)));
    const QByteArray index = lookup(service, u"index"_s);
    const QByteArray pointer = lookup(service, recentKey());
    QVERIFY(!index.isEmpty() && !pointer.isEmpty());

    StoreReply *refreshed = store.save(makeAccount(u"bob"_s, refreshToken(3)));
    QVERIFY(waitFinished(refreshed));
    QVERIFY2(!refreshed->hasError(), qPrintable(refreshed->error().detail()));
    QCOMPARE(lookup(service, u"index"_s), index);
    QCOMPARE(lookup(service, recentKey()), pointer);
    StoreReply *loaded = store.loadMostRecent(Issuer, ClientId);
    QVERIFY(waitFinished(loaded));
    QCOMPARE(loaded->account().tokens().refreshToken(), refreshToken(3));

    // alice becomes the newest: index and pointer change.
    QVERIFY(waitFinished(store.save(makeAccount(u"alice"_s, refreshToken(4)))));
    QVERIFY(lookup(service, u"index"_s) != index);
    QCOMPARE(pointedId(lookup(service, recentKey())), alice.id());
    StoreReply *list = store.listAccounts();
    QVERIFY(waitFinished(list));
    QCOMPARE(list->accounts().value(0).subject(), u"alice"_s);

    // A changed name is shown in the index, so it is rewritten even for the newest account.
    StoredAccount renamed = makeAccount(u"alice"_s, refreshToken(5));
    UserInfo user = renamed.user();
    user.setName(u"Alice Renamed"_s);
    renamed.setIdentity(Issuer, ClientId, user);
    QVERIFY(waitFinished(store.save(renamed)));
    QVERIFY(lookup(service, u"index"_s).contains("Alice Renamed"));

    QVERIFY(waitFinished(store.remove(alice.id())));
    QVERIFY(waitFinished(store.remove(bob.id())));
    QCOMPARE(keysInKeyring(service), QStringList());
}

void tst_KeychainTokenStore::loadMostRecentRepairsAMissingOrWrongPointer_data()
{
    QTest::addColumn<QString>("pointer"); // empty: deleted
    QTest::newRow("missing (a store written before the pointer existed)") << QString();
    QTest::newRow("not an account id") << u"../../etc/passwd"_s;
    QTest::newRow("an account that is gone") << makeAccount(u"nobody"_s, refreshToken(9)).id();
}

void tst_KeychainTokenStore::loadMostRecentRepairsAMissingOrWrongPointer()
{
    QFETCH(QString, pointer);
    const QString service = serviceFor("recent-repair");
    KeychainTokenStore store(service);
    const StoredAccount alice = makeAccount(u"alice"_s, refreshToken(1));
    const StoredAccount bob = makeAccount(u"bob"_s, refreshToken(2));
    QVERIFY(waitFinished(store.save(alice)));
    QVERIFY(waitFinished(store.save(bob)));
    AuthError error;
    if (pointer.isEmpty())
        QVERIFY(QtSignIn::KeychainSecret::remove(service, recentKey(), &error));
    else
        QVERIFY(QtSignIn::KeychainSecret::write(service, recentKey(), pointer, &error));

    StoreReply *recent = store.loadMostRecent(Issuer, ClientId);
    QVERIFY(waitFinished(recent));
    QVERIFY2(!recent->hasError(), qPrintable(recent->error().detail()));
    QCOMPARE(recent->account().subject(), u"bob"_s);             // the newest of the index
    QCOMPARE(pointedId(lookup(service, recentKey())), bob.id()); // and the pointer is right again
    QVERIFY(waitFinished(store.remove(alice.id())));
    QVERIFY(waitFinished(store.remove(bob.id())));
    QCOMPARE(keysInKeyring(service), QStringList());
}

void tst_KeychainTokenStore::twoAccountsSideBySideAndIndexWithoutSecrets()
{
    const QString service = serviceFor("two");
    KeychainTokenStore store(service);
    const StoredAccount alice = makeAccount(u"alice"_s, refreshToken(1));
    const StoredAccount bob = makeAccount(u"bob"_s, refreshToken(2));
    QVERIFY(waitFinished(store.save(alice)));
    QVERIFY(waitFinished(store.save(bob)));

    StoreReply *loadAlice = store.load(alice.id());
    StoreReply *loadBob = store.load(bob.id());
    QVERIFY(waitFinished(loadAlice));
    QVERIFY(waitFinished(loadBob));
    QCOMPARE(loadAlice->account().tokens().refreshToken(), refreshToken(1));
    QCOMPARE(loadBob->account().tokens().refreshToken(), refreshToken(2));

    StoreReply *list = store.listAccounts();
    QVERIFY(waitFinished(list));
    const QList<StoredAccount> accounts = list->accounts();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).subject(), u"bob"_s); // most recently written first
    QCOMPARE(accounts.at(1).subject(), u"alice"_s);
    for (const StoredAccount &account : accounts) {
        QVERIFY(!account.hasRefreshToken());
        QVERIFY(account.tokens().accessToken().isEmpty());
        QCOMPARE(account.displayName(), u"User "_s + account.subject());
    }

    // The raw index item, as any program with keychain access sees it.
    const QByteArray index = lookup(service, u"index"_s);
    const QJsonDocument doc = QJsonDocument::fromJson(index);
    QVERIFY2(doc.isArray(), index.constData());
    QCOMPARE(doc.array().size(), 2);
    for (const QString &secret : {AccessPrefix, RefreshPrefix, ClaimSecret})
        QVERIFY2(!index.contains(secret.toUtf8()), index.constData());
    QVERIFY(index.contains("User alice"));
    QVERIFY(index.contains("User bob"));

    // Removing one leaves the other intact.
    QVERIFY(waitFinished(store.remove(alice.id())));
    loadBob = store.load(bob.id());
    QVERIFY(waitFinished(loadBob));
    QCOMPARE(loadBob->account().tokens().refreshToken(), refreshToken(2));
    list = store.listAccounts();
    QVERIFY(waitFinished(list));
    QCOMPARE(list->accounts().size(), 1);
    QCOMPARE(list->accounts().at(0).subject(), u"bob"_s);
}

void tst_KeychainTokenStore::savesApplyInCallOrder()
{
    const QString service = serviceFor("order");
    KeychainTokenStore store(service);
    const QString id = makeAccount(u"alice"_s, {}).id();
    // Rotation: each save carries a newer refresh token. Sizes alternate so that chunked and
    // plain writes of one entry interleave if the store ran them concurrently.
    QList<StoreReply *> replies;
    QList<int> finishOrder;
    for (int i = 1; i <= 6; ++i) {
        StoreReply *reply =
            store.save(makeAccount(u"alice"_s, refreshToken(i), i % 2 ? 5 * 1024 : 0));
        QVERIFY(!reply->isFinished());
        connect(reply, &StoreReply::finished, this, [&finishOrder, i] { finishOrder.append(i); });
        replies.append(reply);
    }
    StoreReply *loaded = store.load(id);
    QVERIFY(waitFinished(loaded, 60000));
    QCOMPARE(finishOrder, (QList<int>{1, 2, 3, 4, 5, 6}));
    for (StoreReply *reply : std::as_const(replies))
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().detail()));
    QVERIFY2(!loaded->hasError(), qPrintable(loaded->error().detail()));
    QCOMPARE(loaded->account().tokens().refreshToken(), refreshToken(6));
    QCOMPARE(chunkKeys(keysInKeyring(service), id), QStringList());
}

void tst_KeychainTokenStore::abortedSaveWritesNothing()
{
    const QString service = serviceFor("abort");
    KeychainTokenStore store(service);
    StoreReply *reply = store.save(makeAccount(u"alice"_s, refreshToken(1)));
    reply->abort();
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().code(), AuthError::Code::Cancelled);
    // The next operation runs after it; the aborted one never started.
    StoreReply *list = store.listAccounts();
    QVERIFY(waitFinished(list));
    QVERIFY(list->accounts().isEmpty());
    QCOMPARE(keysInKeyring(service), QStringList());
}

void tst_KeychainTokenStore::nothingInPlaintextOnDisk()
{
    // After all the saves above: no file anywhere in the envelope (XDG dirs, runtime dir,
    // keyring directory) holds a token in clear. The keyring file is encrypted.
    const QString envRoot = qEnvironmentVariable("QTSIGNIN_ENV_TMP");
    QVERIFY2(!envRoot.isEmpty(), "QTSIGNIN_ENV_TMP is not set (not in the envelope?)");
    QVERIFY(QFileInfo::exists(envRoot + u"/data/keyrings"_s));
    QCOMPARE(filesWithSecrets(envRoot), QStringList());
    QCOMPARE(filesWithSecrets(QDir::homePath() + u"/.config/qtsignin"_s), QStringList());
}

void tst_KeychainTokenStore::noDBusSessionFailsFastAndWritesNothing()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QStringList dirs{u"data"_s, u"config"_s, u"cache"_s, u"run"_s, u"tmp"_s};
    for (const QString &dir : dirs)
        QVERIFY(QDir(root.path()).mkpath(dir));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.insert(u"XDG_DATA_HOME"_s, root.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, root.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, root.filePath(u"cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, root.filePath(u"run"_s));
    env.insert(u"TMPDIR"_s, root.filePath(u"tmp"_s));
    // DISPLAY stays set (the envelope's Xvfb): with it, an autolaunched bus could hang.
    const QString service = serviceFor("nodbus");
    const int timeoutMs = 20000;

    const ChildResult child = runChildProcess(env, service, timeoutMs);
    QVERIFY2(child.ran, child.output.constData());
    QCOMPARE(child.json.value(u"code"_s).toInt(), int(AuthError::Code::StorageError));
    QVERIFY2(child.json.value(u"detail"_s).toString().contains(u"no D-Bus session bus"_s),
             child.output.constData());
    QCOMPARE(child.json.value(u"availability"_s).toInt(),
             int(TokenStore::Availability::Unavailable));
    QCOMPARE(child.json.value(u"lastErrorCode"_s).toInt(), int(AuthError::Code::StorageError));
    QVERIFY(!child.json.value(u"synchronous"_s).toBool());
    // Fails at once, not after the bounded wait (a correctness property: no hang, no prompt).
    QVERIFY2(child.json.value(u"elapsedMs"_s).toDouble() < timeoutMs / 4, child.output.constData());

    // No plaintext fallback: nothing with a secret in the child's directories, and nothing in
    // the real keyring either.
    QCOMPARE(filesWithSecrets(root.path()), QStringList());
    QCOMPARE(filesWithSecrets(qEnvironmentVariable("QTSIGNIN_ENV_TMP")), QStringList());
    QCOMPARE(itemCountOverDBus(service), 0);
}

void tst_KeychainTokenStore::silentBusTimesOut()
{
    // A "session bus" that accepts connections and never says a word: the store must give up
    // after timeout() with a StorageError instead of waiting for the bus.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QLocalServer bus;
    QList<QLocalSocket *> connections;
    connect(&bus, &QLocalServer::newConnection, this, [&] {
        while (QLocalSocket *socket = bus.nextPendingConnection())
            connections.append(socket); // kept open, never answered
    });
    const QString socketPath = root.filePath(u"bus"_s);
    QVERIFY(bus.listen(socketPath));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + socketPath);
    const QString service = serviceFor("silent");
    const int timeoutMs = 1500;

    const ChildResult child = runChildProcess(env, service, timeoutMs);
    QVERIFY2(child.ran, child.output.constData());
    QCOMPARE(child.json.value(u"code"_s).toInt(), int(AuthError::Code::StorageError));
    QVERIFY2(child.json.value(u"detail"_s).toString().contains(u"did not answer in 1.5 s"_s),
             child.output.constData());
    QCOMPARE(child.json.value(u"availability"_s).toInt(),
             int(TokenStore::Availability::Unavailable));
    const double elapsed = child.json.value(u"elapsedMs"_s).toDouble();
    // QTimer's default (coarse) accuracy is 5 %.
    QVERIFY2(elapsed >= timeoutMs * 0.9 && elapsed < timeoutMs + 10000, child.output.constData());
    QVERIFY(!connections.isEmpty()); // it did try this bus
    QCOMPARE(itemCountOverDBus(service), 0);
}

void tst_KeychainTokenStore::lockedCollectionFailsAndWritesNothing()
{
    const QString service = serviceFor("locked");
    KeychainTokenStore store(service);
    QVERIFY(waitFinished(store.listAccounts()));
    QCOMPARE(store.availability(), TokenStore::Availability::Available);
    QSignalSpy availability(&store, &TokenStore::availabilityChanged);

    // Unlocking would need the user: gnome-keyring asks its system prompter (gcr-prompter),
    // which dbus-daemon starts with its activation environment, i.e. on the envelope's Xvfb,
    // where nobody answers. Point it at a display that does not exist, as on a headless
    // machine: the prompt fails and the keychain reports the collection as locked.
    QDBusMessage environment =
        QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                       u"org.freedesktop.DBus"_s, u"UpdateActivationEnvironment"_s);
    environment << QVariant::fromValue(StringMap{{u"DISPLAY"_s, u":7777"_s}});
    const QDBusMessage updated =
        QDBusConnection::sessionBus().call(environment, QDBus::Block, 10000);
    QVERIFY2(updated.type() == QDBusMessage::ReplyMessage, qPrintable(updated.errorMessage()));

    QDBusMessage lock =
        QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                       u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
    lock << QVariant::fromValue(
        QList<QDBusObjectPath>{QDBusObjectPath(u"/org/freedesktop/secrets/collection/login"_s)});
    const QDBusMessage locked = QDBusConnection::sessionBus().call(lock, QDBus::Block, 10000);
    QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));

    const StoredAccount account = makeAccount(u"alice"_s, refreshToken(1));
    StoreReply *reply = store.save(account);
    QVERIFY(waitFinished(reply, 30000));
    QCOMPARE(reply->error().code(), AuthError::Code::StorageError);
    QVERIFY2(reply->error().detail().contains(u"locked"_s), qPrintable(reply->error().detail()));
    QCOMPARE(store.availability(), TokenStore::Availability::Unavailable);
    QCOMPARE(availability.size(), 1);
    QCOMPARE(store.lastError().code(), AuthError::Code::StorageError);
    QVERIFY(store.lastError().detail().contains(u"locked"_s));

    QCOMPARE(itemCountOverDBus(service), 0);
    QCOMPARE(filesWithSecrets(qEnvironmentVariable("QTSIGNIN_ENV_TMP")), QStringList());
}

int main(int argc, char **argv)
{
    if (argc >= 2 && std::strcmp(argv[1], "--store-child") == 0)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    app.setApplicationName(u"tst_keychaintokenstore"_s);
    tst_KeychainTokenStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychaintokenstore.moc"
