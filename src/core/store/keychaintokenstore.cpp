// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/keychaintokenstore.h>

#include "logging_p.h"
#include "reply/oauthreply_p.h"

#include <qt6keychain/keychain.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <algorithm>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

/*
 * Layout in the keychain, under one service name:
 *
 *   account:<id>        the account's toJson(), or, when that is larger than MaxChunkBytes,
 *                       a manifest {"chunks": n, "first": f, "sha256": "<hex>"}
 *   account:<id>#<k>    chunk k of a large entry (k in [f, f + n))
 *   index               JSON array of the accounts' toPublicJson() (chunked the same way)
 *   recent:<provider>   "<id> <digest>": the provider's most recently saved account, <provider>
 *                       being base64url SHA-256 of "issuer\nclient id": restore reads it and
 *                       the entry, never the index, so start-up does not grow with the
 *                       number of accounts. A pointer that is missing or names a missing
 *                       entry falls back to the index, and is repaired. <digest> covers what
 *                       the index shows of the account except the times a refresh changes:
 *                       a save (a refresh) of the account the pointer already names, showing
 *                       the same, writes the entry only and leaves the index as it is.
 *
 * Why chunks: Windows' Credential Manager refuses blobs over 2560 bytes (CRED_MAX_CREDENTIAL_
 * BLOB_SIZE), and ID-token claims alone can exceed that. Chunks alternate between two banks
 * (k < MaxChunks and k >= MaxChunks): a save writes the new chunks into the bank the current
 * head does not use, then switches the head, then deletes the old bank. A crash at any point
 * leaves the previous version readable, and the head never points at chunks that are not
 * there yet. The hash catches a reader in another process that mixes two versions.
 *
 * Ordering: operations of one store run strictly one after another, in call order. A refresh
 * that rotates the refresh token (RFC 6749 §6, OAuth 2.0 Security BCP §4.14) saves the new
 * token; an older save queued before it cannot land after it and resurrect a dead token.
 * Two stores on one service name (or two processes) are not coordinated.
 */

namespace QtSignIn {

namespace {
constexpr qsizetype MaxChunkBytes = 2000;
constexpr int MaxChunks = 256; // per bank: entries up to 512 KB
constexpr int DefaultTimeout = 10000;

QString indexKey()
{
    return QStringLiteral("index");
}

QString entryKey(const QString &accountId)
{
    return QLatin1String("account:") + accountId;
}

QString recentKey(const QString &issuer, const QString &clientId)
{
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(issuer.toUtf8() + '\n' + clientId.toUtf8()), QCryptographicHash::Sha256);
    return QLatin1String("recent:") +
        QString::fromLatin1(
               digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString pointerValue(const StoredAccount &account)
{
    QJsonObject shown = account.toPublicJson();
    for (const char *volatileKey : {"expires_at", "issued_at", "updated_at"})
        shown.remove(QLatin1String(volatileKey));
    const QByteArray digest = QCryptographicHash::hash(
        QJsonDocument(shown).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256);
    return account.id() + u' ' +
        QString::fromLatin1(digest.left(12).toBase64(QByteArray::Base64UrlEncoding |
                                                     QByteArray::OmitTrailingEquals));
}

QString pointedId(const QString &pointer)
{
    return pointer.section(u' ', 0, 0);
}

QString chunkKey(const QString &key, int index)
{
    return key + QLatin1Char('#') + QString::number(index);
}

// Ids are base64url SHA-256 (StoredAccount::makeId): anything else cannot name an entry, and
// must not be spliced into a key.
bool isValidAccountId(const QString &id)
{
    if (id.size() != 43)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
            u == u'-' || u == u'_';
    });
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

struct Manifest
{
    int first = 0;
    int count = 0;
    QByteArray sha256;
    int end() const { return first + count; }
};

std::optional<Manifest> parseManifest(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject json = doc.object();
    const QJsonValue chunks = json.value(QLatin1String("chunks"));
    const QJsonValue first = json.value(QLatin1String("first"));
    const QJsonValue hash = json.value(QLatin1String("sha256"));
    if (json.contains(QLatin1String("v")) || !chunks.isDouble() || !hash.isString())
        return std::nullopt;
    Manifest manifest;
    manifest.count = chunks.toInt(-1);
    manifest.first = first.isUndefined() ? 0 : first.toInt(-1);
    manifest.sha256 = hash.toString().toLatin1();
    if (manifest.count < 1 || manifest.count > MaxChunks ||
        (manifest.first != 0 && manifest.first != MaxChunks) || manifest.sha256.size() != 64)
        return std::nullopt;
    return manifest;
}

QString manifestText(const Manifest &manifest)
{
    const QJsonObject json{{QLatin1String("chunks"), manifest.count},
                           {QLatin1String("first"), manifest.first},
                           {QLatin1String("sha256"), QString::fromLatin1(manifest.sha256)}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// Splits UTF-8 into pieces of at most maxBytes that are each valid UTF-8 (never inside a
// multi-byte sequence), since every piece is stored as text.
QStringList splitUtf8(const QByteArray &utf8, qsizetype maxBytes)
{
    QStringList pieces;
    qsizetype pos = 0;
    while (pos < utf8.size()) {
        qsizetype end = qMin(pos + maxBytes, utf8.size());
        while (end < utf8.size() && end > pos && (uchar(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        pieces.append(QString::fromUtf8(utf8.mid(pos, end - pos)));
        pos = end;
    }
    return pieces;
}

QString compact(const QJsonDocument &doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

AuthError storageError(const QString &detail)
{
    return AuthError(AuthError::Code::StorageError, detail);
}

// QtKeychain (Linux) talks to the Secret Service over the session bus. Without one, GDBus
// would try to autolaunch a bus (dbus-launch), which with an X display can start a keyring
// that waits for a password prompt: fail at once instead. GDBus also finds a bus at
// $XDG_RUNTIME_DIR/bus (systemd's user bus) without the variable.
QString missingBackendReason()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (runtimeDir.isEmpty() || !QFileInfo::exists(runtimeDir + QLatin1String("/bus")))
            return QStringLiteral("no D-Bus session bus");
    }
#endif
    return QString();
}
} // namespace

class KeychainTokenStorePrivate
{
public:
    struct Operation
    {
        QString name;
        QString accountId;
        QPointer<StoreReply> reply;
        QTimer *deadline = nullptr;
        std::function<void(const std::shared_ptr<Operation> &)> body;
        bool ended = false;      // outcome fixed (success, failure, timeout, abort): no more steps
        bool jobPending = false; // a keychain job of this operation has not answered yet
    };
    using OpPtr = std::shared_ptr<Operation>;

    struct KeyResult
    {
        QKeychain::Error error = QKeychain::NoError;
        QString errorString;
        QString text;
    };
    using KeyCallback = std::function<void(const KeyResult &)>;

    explicit KeychainTokenStorePrivate(KeychainTokenStore *store, const QString &serviceName)
        : q(store)
        , service(effectiveService(serviceName))
    {
    }

    static QString effectiveService(const QString &name)
    {
        if (!name.isEmpty())
            return name;
        const QString application = QCoreApplication::applicationName();
        return application.isEmpty() ? QStringLiteral("QtSignIn") : application;
    }

    StoreReply *enqueue(const QString &name, const QString &accountId,
                        std::function<void(const OpPtr &)> body);
    void scheduleNext();
    void startNext();
    void finishOperation(const OpPtr &op, const AuthError &error);
    void succeed(const OpPtr &op);
    void fail(const OpPtr &op, const AuthError &error, bool storeUnavailable);
    void failJob(const OpPtr &op, const QString &what, const KeyResult &result);
    void release(const OpPtr &op);

    // One keychain job; \a next runs only if the operation is still alive.
    void runJob(const OpPtr &op, QKeychain::Job *job, KeyCallback next);
    void readKey(const OpPtr &op, const QString &key, KeyCallback next);
    void writeKey(const OpPtr &op, const QString &key, const QString &text, KeyCallback next);
    void deleteKey(const OpPtr &op, const QString &key, KeyCallback next);

    // Chunk-aware values. Backend errors fail the operation; the callbacks run on success.
    void readValue(const OpPtr &op, const QString &key,
                   std::function<void(bool found, const QString &text)> next);
    void readChunks(const OpPtr &op, const QString &key, const Manifest &manifest, int index,
                    std::shared_ptr<QByteArray> data,
                    std::function<void(bool found, const QString &text)> next);
    void writeValue(const OpPtr &op, const QString &key, const QString &text,
                    std::function<void()> next);
    void writeChunks(const OpPtr &op, const QString &key, const QStringList &pieces, int first,
                     int index, std::function<void()> next);
    void removeValue(const OpPtr &op, const QString &key, std::function<void(bool found)> next);
    void cleanChunks(const OpPtr &op, const QString &key, std::optional<Manifest> oldManifest,
                     std::optional<Manifest> newManifest, std::function<void()> next);
    void deleteChunkRange(const OpPtr &op, const QString &key, int index, int knownEnd, int bankEnd,
                          std::function<void()> next);

    void updateIndex(const OpPtr &op, std::function<bool(QList<QJsonObject> &)> change,
                     std::function<void()> next);

    // An account entry as stored (null when it is corrupt or not \a accountId's).
    static StoredAccount parseEntry(const QString &text, const QString &accountId);
    void finishLoaded(const OpPtr &op, const StoredAccount &account);
    void finishNotFound(const OpPtr &op);
    // loadMostRecent() when the pointer fails: the newest matching account of the index.
    void loadNewestFromIndex(const OpPtr &op, const QString &issuer, const QString &clientId);

    KeychainTokenStore *q;
    // TokenStore::setAvailability() is protected; the store hands it over in its constructor.
    std::function<void(TokenStore::Availability, const AuthError &)> reportAvailability;
    QString service;
    int timeout = DefaultTimeout;
    std::deque<OpPtr> queue;
    OpPtr current;
};

StoreReply *KeychainTokenStorePrivate::enqueue(const QString &name, const QString &accountId,
                                               std::function<void(const OpPtr &)> body)
{
    auto *reply = new StoreReply(q);
    auto op = std::make_shared<Operation>();
    op->name = name;
    op->accountId = accountId;
    op->reply = reply;
    op->body = std::move(body);

    // The wait is bounded from the caller's point of view: time spent queued behind other
    // operations counts.
    op->deadline = new QTimer(q);
    op->deadline->setSingleShot(true);
    op->deadline->setInterval(timeout);
    const std::weak_ptr<Operation> weak = op;
    QObject::connect(op->deadline, &QTimer::timeout, q, [this, weak] {
        const OpPtr expired = weak.lock();
        if (!expired || expired->ended)
            return;
        fail(expired,
             storageError(expired->name + QLatin1String(": the keychain did not answer in ") +
                          QString::number(timeout / 1000.0) + QLatin1String(" s")),
             true);
    });
    op->deadline->start();

    ReplyAccess::setAbortHandler(reply, [this, weak] {
        // abort() has already finished the reply as Cancelled; stop issuing jobs. A job in
        // flight still completes (QtKeychain cannot cancel one) and is then ignored.
        if (const OpPtr aborted = weak.lock()) {
            qCDebug(lcStore) << aborted->name << aborted->accountId << "aborted";
            aborted->ended = true;
            if (aborted->deadline) {
                aborted->deadline->stop();
                aborted->deadline->deleteLater();
                aborted->deadline = nullptr;
            }
            release(aborted);
        }
    });

    queue.push_back(op);
    scheduleNext();
    return reply;
}

void KeychainTokenStorePrivate::scheduleNext()
{
    // From the event loop, never from inside a job's finished() or a caller's call.
    QMetaObject::invokeMethod(
        q, [this] { startNext(); }, Qt::QueuedConnection);
}

void KeychainTokenStorePrivate::startNext()
{
    if (current)
        return;
    while (!queue.empty()) {
        OpPtr op = queue.front();
        queue.pop_front();
        if (op->ended) // timed out or aborted while queued
            continue;
        current = op;
        qCDebug(lcStore) << "start" << op->name << op->accountId << "in" << service;
        const QString missing = missingBackendReason();
        if (!missing.isEmpty()) {
            fail(op, storageError(op->name + QLatin1String(": ") + missing), true);
            return;
        }
        op->body(op);
        return;
    }
}

void KeychainTokenStorePrivate::finishOperation(const OpPtr &op, const AuthError &error)
{
    if (op->ended)
        return;
    op->ended = true;
    if (op->deadline) {
        op->deadline->stop();
        op->deadline->deleteLater();
        op->deadline = nullptr;
    }
    if (op->reply)
        ReplyAccess::finish(op->reply, error);
    release(op);
}

void KeychainTokenStorePrivate::succeed(const OpPtr &op)
{
    if (op->ended)
        return;
    qCDebug(lcStore) << op->name << op->accountId << "done";
    reportAvailability(TokenStore::Availability::Available, AuthError());
    finishOperation(op, AuthError());
}

void KeychainTokenStorePrivate::fail(const OpPtr &op, const AuthError &error, bool storeUnavailable)
{
    if (op->ended)
        return;
    // The detail names the cause (backend text included) but never a key's value.
    qCWarning(lcStore) << op->name << op->accountId << "failed:" << error.detail();
    reportAvailability(storeUnavailable ? TokenStore::Availability::Unavailable
                                        : TokenStore::Availability::Available,
                       error);
    finishOperation(op, error);
}

void KeychainTokenStorePrivate::failJob(const OpPtr &op, const QString &what,
                                        const KeyResult &result)
{
    QString cause;
    // gnome-keyring: "Cannot create an item in a locked collection" (reported as
    // AccessDenied); other backends word it differently but say "locked".
    if (result.errorString.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
        cause = QStringLiteral("keychain is locked");
    } else {
        switch (result.error) {
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            cause = QStringLiteral("access denied");
            break;
        case QKeychain::NoBackendAvailable:
            cause = QStringLiteral("no keychain backend");
            break;
        case QKeychain::NotImplemented:
            cause = QStringLiteral("not supported by the keychain backend");
            break;
        case QKeychain::CouldNotDeleteEntry:
            cause = QStringLiteral("could not delete the entry");
            break;
        default:
            cause = QStringLiteral("keychain error");
            break;
        }
    }
    if (!result.errorString.isEmpty())
        cause += QLatin1String(" (") + result.errorString + QLatin1Char(')');
    fail(op, storageError(op->name + QLatin1String(": ") + what + QLatin1String(": ") + cause),
         true);
}

void KeychainTokenStorePrivate::release(const OpPtr &op)
{
    // The queue moves on once the operation ended *and* its last job answered: a late write of
    // a timed-out save must not overtake the next save.
    if (current != op || !op->ended || op->jobPending)
        return;
    current.reset();
    scheduleNext();
}

void KeychainTokenStorePrivate::runJob(const OpPtr &op, QKeychain::Job *job, KeyCallback next)
{
    job->setAutoDelete(false);
    op->jobPending = true;
    // The job deletes itself once it answered, also if the store is gone by then (a job in
    // flight cannot be deleted safely).
    QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    QObject::connect(job, &QKeychain::Job::finished, q,
                     [this, op, next = std::move(next)](QKeychain::Job *finished) {
                         op->jobPending = false;
                         if (op->ended) {
                             qCDebug(lcStore)
                                 << op->name << op->accountId << "late keychain answer ignored";
                             release(op);
                             return;
                         }
                         KeyResult result;
                         result.error = finished->error();
                         result.errorString = finished->errorString();
                         if (result.error == QKeychain::NoError) {
                             if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                                 result.text = read->textData();
                         }
                         next(result);
                     });
    job->start();
}

void KeychainTokenStorePrivate::readKey(const OpPtr &op, const QString &key, KeyCallback next)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(key);
    runJob(op, job, std::move(next));
}

void KeychainTokenStorePrivate::writeKey(const OpPtr &op, const QString &key, const QString &text,
                                         KeyCallback next)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(key);
    job->setTextData(text);
    runJob(op, job, std::move(next));
}

void KeychainTokenStorePrivate::deleteKey(const OpPtr &op, const QString &key, KeyCallback next)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(key);
    runJob(op, job, std::move(next));
}

void KeychainTokenStorePrivate::readValue(const OpPtr &op, const QString &key,
                                          std::function<void(bool, const QString &)> next)
{
    readKey(op, key, [this, op, key, next](const KeyResult &result) {
        if (result.error == QKeychain::EntryNotFound)
            return next(false, QString());
        if (result.error != QKeychain::NoError)
            return failJob(op, QLatin1String("reading ") + key, result);
        const std::optional<Manifest> manifest = parseManifest(result.text);
        if (!manifest)
            return next(true, result.text);
        readChunks(op, key, *manifest, 0, std::make_shared<QByteArray>(), next);
    });
}

void KeychainTokenStorePrivate::readChunks(const OpPtr &op, const QString &key,
                                           const Manifest &manifest, int index,
                                           std::shared_ptr<QByteArray> data,
                                           std::function<void(bool, const QString &)> next)
{
    const QString chunk = chunkKey(key, manifest.first + index);
    readKey(op, chunk, [=](const KeyResult &result) {
        if (result.error == QKeychain::EntryNotFound)
            return fail(op,
                        storageError(op->name + QLatin1String(": ") + key +
                                     QLatin1String(" is incomplete (a chunk is missing)")),
                        false);
        if (result.error != QKeychain::NoError)
            return failJob(op, QLatin1String("reading ") + chunk, result);
        data->append(result.text.toUtf8());
        if (index + 1 < manifest.count)
            return readChunks(op, key, manifest, index + 1, data, next);
        if (sha256Hex(*data) != manifest.sha256)
            return fail(op,
                        storageError(op->name + QLatin1String(": ") + key +
                                     QLatin1String(" is corrupt (chunk hash mismatch)")),
                        false);
        next(true, QString::fromUtf8(*data));
    });
}

void KeychainTokenStorePrivate::writeValue(const OpPtr &op, const QString &key, const QString &text,
                                           std::function<void()> next)
{
    // The current head tells which chunks (if any) the old version uses.
    readKey(op, key, [this, op, key, text, next](const KeyResult &result) {
        if (result.error != QKeychain::NoError && result.error != QKeychain::EntryNotFound)
            return failJob(op, QLatin1String("reading ") + key, result);
        const std::optional<Manifest> oldManifest =
            result.error == QKeychain::NoError ? parseManifest(result.text) : std::nullopt;

        const QByteArray utf8 = text.toUtf8();
        if (utf8.size() <= MaxChunkBytes) {
            writeKey(op, key, text, [this, op, key, oldManifest, next](const KeyResult &written) {
                if (written.error != QKeychain::NoError)
                    return failJob(op, QLatin1String("writing ") + key, written);
                cleanChunks(op, key, oldManifest, std::nullopt, next);
            });
            return;
        }

        const QStringList pieces = splitUtf8(utf8, MaxChunkBytes);
        if (pieces.size() > MaxChunks)
            return fail(op, storageError(op->name + QLatin1String(": the entry is too large")),
                        false);
        Manifest manifest;
        manifest.count = int(pieces.size());
        // The bank the current version does not use: it stays intact until the head switches.
        manifest.first = oldManifest && oldManifest->first == 0 ? MaxChunks : 0;
        manifest.sha256 = sha256Hex(utf8);
        writeChunks(op, key, pieces, manifest.first, 0, [=] {
            writeKey(op, key, manifestText(manifest), [=](const KeyResult &written) {
                if (written.error != QKeychain::NoError)
                    return failJob(op, QLatin1String("writing ") + key, written);
                cleanChunks(op, key, oldManifest, manifest, next);
            });
        });
    });
}

void KeychainTokenStorePrivate::writeChunks(const OpPtr &op, const QString &key,
                                            const QStringList &pieces, int first, int index,
                                            std::function<void()> next)
{
    const QString chunk = chunkKey(key, first + index);
    writeKey(op, chunk, pieces.at(index), [=](const KeyResult &result) {
        if (result.error != QKeychain::NoError)
            return failJob(op, QLatin1String("writing ") + chunk, result);
        if (index + 1 < pieces.size())
            return writeChunks(op, key, pieces, first, index + 1, next);
        next();
    });
}

void KeychainTokenStorePrivate::removeValue(const OpPtr &op, const QString &key,
                                            std::function<void(bool)> next)
{
    readKey(op, key, [this, op, key, next](const KeyResult &result) {
        if (result.error != QKeychain::NoError && result.error != QKeychain::EntryNotFound)
            return failJob(op, QLatin1String("reading ") + key, result);
        const bool found = result.error == QKeychain::NoError;
        const std::optional<Manifest> oldManifest =
            found ? parseManifest(result.text) : std::nullopt;
        const auto clean = [this, op, key, oldManifest, found, next] {
            cleanChunks(op, key, oldManifest, std::nullopt, [next, found] { next(found); });
        };
        if (!found)
            return clean(); // chunks left behind by an interrupted write still go
        // The head goes first, so no reader ever follows it to deleted chunks.
        deleteKey(op, key, [this, op, key, clean](const KeyResult &deleted) {
            if (deleted.error != QKeychain::NoError && deleted.error != QKeychain::EntryNotFound)
                return failJob(op, QLatin1String("deleting ") + key, deleted);
            clean();
        });
    });
}

void KeychainTokenStorePrivate::cleanChunks(const OpPtr &op, const QString &key,
                                            std::optional<Manifest> oldManifest,
                                            std::optional<Manifest> newManifest,
                                            std::function<void()> next)
{
    // Per bank: delete the old version's chunks (known from its manifest), then probe on until
    // a chunk is missing, which also removes chunks an interrupted save left behind. The chunks
    // the new head points to are kept.
    const auto bankRange = [&](int bankStart) {
        int from = bankStart;
        int knownEnd = bankStart;
        if (newManifest && newManifest->first == bankStart)
            from = knownEnd = newManifest->end();
        if (oldManifest && oldManifest->first == bankStart)
            knownEnd = qMax(knownEnd, oldManifest->end());
        return std::make_pair(from, knownEnd);
    };
    const auto [from0, known0] = bankRange(0);
    const auto [from1, known1] = bankRange(MaxChunks);
    deleteChunkRange(op, key, from0, known0, MaxChunks,
                     [this, op, key, from1 = from1, known1 = known1, next] {
                         deleteChunkRange(op, key, from1, known1, 2 * MaxChunks, next);
                     });
}

void KeychainTokenStorePrivate::deleteChunkRange(const OpPtr &op, const QString &key, int index,
                                                 int knownEnd, int bankEnd,
                                                 std::function<void()> next)
{
    if (index >= bankEnd)
        return next();
    const QString chunk = chunkKey(key, index);
    const auto deleteIt = [=] {
        deleteKey(op, chunk, [=](const KeyResult &result) {
            if (result.error != QKeychain::NoError && result.error != QKeychain::EntryNotFound)
                return failJob(op, QLatin1String("deleting ") + chunk, result);
            deleteChunkRange(op, key, index + 1, knownEnd, bankEnd, next);
        });
    };
    if (index < knownEnd)
        return deleteIt();
    // Beyond the known range: a delete of a missing entry reports success on some backends,
    // so look before deleting to find the end.
    readKey(op, chunk, [=](const KeyResult &result) {
        if (result.error == QKeychain::EntryNotFound)
            return next();
        if (result.error != QKeychain::NoError)
            return failJob(op, QLatin1String("reading ") + chunk, result);
        deleteIt();
    });
}

void KeychainTokenStorePrivate::updateIndex(const OpPtr &op,
                                            std::function<bool(QList<QJsonObject> &)> change,
                                            std::function<void()> next)
{
    readValue(op, indexKey(), [this, op, change, next](bool found, const QString &text) {
        QList<QJsonObject> entries;
        if (found) {
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
            if (doc.isArray()) {
                for (const QJsonValue value : doc.array()) {
                    if (value.isObject())
                        entries.append(value.toObject());
                }
            } else {
                // Only public data lives there, and every entry is still intact: rebuild.
                qCWarning(lcStore)
                    << "the account index of" << service << "is corrupt; it is rebuilt";
            }
        }
        if (!change(entries))
            return next();
        // Signing out of the last account leaves nothing behind under the service name.
        if (entries.isEmpty())
            return removeValue(op, indexKey(), [next](bool) { next(); });
        QJsonArray array;
        for (const QJsonObject &entry : std::as_const(entries))
            array.append(entry);
        writeValue(op, indexKey(), compact(QJsonDocument(array)), next);
    });
}

StoredAccount KeychainTokenStorePrivate::parseEntry(const QString &text, const QString &accountId)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    const StoredAccount account =
        doc.isObject() ? StoredAccount::fromJson(doc.object()) : StoredAccount();
    return account.isNull() || account.id() != accountId ? StoredAccount() : account;
}

void KeychainTokenStorePrivate::finishLoaded(const OpPtr &op, const StoredAccount &account)
{
    if (op->reply)
        ReplyAccess::setAccount(op->reply, account);
    succeed(op);
}

void KeychainTokenStorePrivate::finishNotFound(const OpPtr &op)
{
    if (op->reply)
        ReplyAccess::setNotFound(op->reply, true);
    reportAvailability(TokenStore::Availability::Available, AuthError());
    finishOperation(op, storageError(QStringLiteral("load: no such account")));
}

void KeychainTokenStorePrivate::loadNewestFromIndex(const OpPtr &op, const QString &issuer,
                                                    const QString &clientId)
{
    readValue(op, indexKey(), [this, op, issuer, clientId](bool found, const QString &text) {
        StoredAccount newest;
        const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
        for (const QJsonValue value : array) {
            const StoredAccount candidate = StoredAccount::fromJson(value.toObject());
            if (!candidate.isNull() && candidate.issuer() == issuer &&
                candidate.clientId() == clientId &&
                (newest.isNull() || candidate.updatedAt() > newest.updatedAt()))
                newest = candidate;
        }
        if (!found || newest.isNull() || !isValidAccountId(newest.id()))
            return finishNotFound(op);
        const QString id = newest.id();
        readValue(
            op, entryKey(id), [this, op, issuer, clientId, id](bool exists, const QString &entry) {
                if (!exists)
                    return finishNotFound(op);
                const StoredAccount account = parseEntry(entry, id);
                if (account.isNull())
                    return fail(op,
                                storageError(QStringLiteral("load: the stored entry is corrupt")),
                                false);
                // Repair the pointer, so that the next start-up reads two entries again.
                writeValue(op, recentKey(issuer, clientId), pointerValue(account),
                           [this, op, account] { finishLoaded(op, account); });
            });
    });
}

KeychainTokenStore::KeychainTokenStore(QObject *parent)
    : KeychainTokenStore(QString(), parent)
{
}

KeychainTokenStore::KeychainTokenStore(const QString &service, QObject *parent)
    : TokenStore(parent)
    , d_ptr(new KeychainTokenStorePrivate(this, service))
{
    d_ptr->reportAvailability = [this](Availability availability, const AuthError &error) {
        setAvailability(availability, error);
    };
}

KeychainTokenStore::~KeychainTokenStore() = default;

QString KeychainTokenStore::service() const
{
    return d_ptr->service;
}

void KeychainTokenStore::setService(const QString &service)
{
    KeychainTokenStorePrivate *d = d_ptr.get();
    const QString effective = KeychainTokenStorePrivate::effectiveService(service);
    if (effective == d->service)
        return;
    if (d->current || !d->queue.empty()) {
        qCWarning(lcStore) << "the service name cannot change while operations are pending";
        return;
    }
    d->service = effective;
    Q_EMIT serviceChanged();
}

int KeychainTokenStore::timeout() const
{
    return d_ptr->timeout;
}

void KeychainTokenStore::setTimeout(int milliseconds)
{
    const int effective = milliseconds > 0 ? milliseconds : DefaultTimeout;
    if (effective == d_ptr->timeout)
        return;
    d_ptr->timeout = effective;
    Q_EMIT timeoutChanged();
}

StoreReply *KeychainTokenStore::save(const StoredAccount &account)
{
    using Op = KeychainTokenStorePrivate::OpPtr;
    StoredAccount stored = account;
    stored.setUpdatedAt(QDateTime::currentDateTimeUtc());
    const QString id = stored.id();
    KeychainTokenStorePrivate *d = d_ptr.get();
    return d->enqueue(QStringLiteral("save"), id, [d, stored, id](const Op &op) {
        if (stored.isNull())
            return d->fail(op, storageError(QStringLiteral("save: the account has no subject")),
                           false);
        const QString text = compact(QJsonDocument(stored.toJson()));
        // The entry first, then the index: an index never lists an account that is not there.
        d->writeValue(op, entryKey(id), text, [d, op, stored, id] {
            const QString pointer = recentKey(stored.issuer(), stored.clientId());
            const QString value = pointerValue(stored);
            d->readValue(
                op, pointer,
                [d, op, stored, id, pointer, value](bool found, const QString &current) {
                    // A refresh of the provider's newest account: the index already shows it.
                    if (found && current == value)
                        return d->finishLoaded(op, stored);
                    d->updateIndex(
                        op,
                        [stored, id](QList<QJsonObject> &entries) {
                            entries.erase(
                                std::remove_if(entries.begin(), entries.end(),
                                               [&id](const QJsonObject &entry) {
                                                   return StoredAccount::fromJson(entry).id() == id;
                                               }),
                                entries.end());
                            entries.prepend(stored.toPublicJson());
                            return true;
                        },
                        [d, op, stored, pointer, value] {
                            d->writeValue(op, pointer, value,
                                          [d, op, stored] { d->finishLoaded(op, stored); });
                        });
                });
        });
    });
}

StoreReply *KeychainTokenStore::load(const QString &accountId)
{
    using Op = KeychainTokenStorePrivate::OpPtr;
    KeychainTokenStorePrivate *d = d_ptr.get();
    return d->enqueue(QStringLiteral("load"), accountId, [d, accountId](const Op &op) {
        if (!isValidAccountId(accountId))
            return d->finishNotFound(op);
        d->readValue(op, entryKey(accountId), [d, op, accountId](bool found, const QString &text) {
            if (!found)
                return d->finishNotFound(op);
            const StoredAccount account = KeychainTokenStorePrivate::parseEntry(text, accountId);
            if (account.isNull())
                return d->fail(
                    op, storageError(QStringLiteral("load: the stored entry is corrupt")), false);
            d->finishLoaded(op, account);
        });
    });
}

StoreReply *KeychainTokenStore::remove(const QString &accountId)
{
    using Op = KeychainTokenStorePrivate::OpPtr;
    KeychainTokenStorePrivate *d = d_ptr.get();
    return d->enqueue(QStringLiteral("remove"), accountId, [d, accountId](const Op &op) {
        if (!isValidAccountId(accountId)) {
            if (op->reply)
                ReplyAccess::setNotFound(op->reply, true);
            return d->succeed(op);
        }
        // The entry first, then the index: an index never lists an account that is not there.
        d->removeValue(op, entryKey(accountId), [d, op, accountId](bool found) {
            // The provider's recent pointer then names its newest remaining account, or goes.
            struct Successor
            {
                QString pointer; // recent:<provider> of the removed account; empty: untouched
                StoredAccount newest;
            };
            auto successor = std::make_shared<Successor>();
            d->updateIndex(
                op,
                [accountId, successor](QList<QJsonObject> &entries) {
                    const auto size = entries.size();
                    StoredAccount removed;
                    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                                 [&](const QJsonObject &entry) {
                                                     const auto account =
                                                         StoredAccount::fromJson(entry);
                                                     if (account.id() != accountId)
                                                         return false;
                                                     removed = account;
                                                     return true;
                                                 }),
                                  entries.end());
                    if (removed.isNull())
                        return entries.size() != size;
                    successor->pointer = recentKey(removed.issuer(), removed.clientId());
                    for (const QJsonObject &entry : std::as_const(entries)) {
                        const auto account = StoredAccount::fromJson(entry);
                        if (account.issuer() == removed.issuer() &&
                            account.clientId() == removed.clientId() &&
                            (successor->newest.isNull() ||
                             account.updatedAt() > successor->newest.updatedAt()))
                            successor->newest = account;
                    }
                    return entries.size() != size;
                },
                [d, op, found, successor] {
                    const auto done = [d, op, found] {
                        if (op->reply)
                            ReplyAccess::setNotFound(op->reply, !found);
                        d->succeed(op);
                    };
                    if (successor->pointer.isEmpty())
                        return done();
                    if (successor->newest.isNull())
                        return d->removeValue(op, successor->pointer, [done](bool) { done(); });
                    d->writeValue(op, successor->pointer, pointerValue(successor->newest), done);
                });
        });
    });
}

StoreReply *KeychainTokenStore::loadMostRecent(const QString &issuer, const QString &clientId)
{
    using Op = KeychainTokenStorePrivate::OpPtr;
    KeychainTokenStorePrivate *d = d_ptr.get();
    return d->enqueue(
        QStringLiteral("load most recent"), QString(), [d, issuer, clientId](const Op &op) {
            d->readValue(op, recentKey(issuer, clientId),
                         [d, op, issuer, clientId](bool found, const QString &pointer) {
                             const QString id = pointedId(pointer);
                             if (!found || !isValidAccountId(id))
                                 return d->loadNewestFromIndex(op, issuer, clientId);
                             d->readValue(
                                 op, entryKey(id),
                                 [d, op, issuer, clientId, id](bool exists, const QString &text) {
                                     const StoredAccount account = exists
                                         ? KeychainTokenStorePrivate::parseEntry(text, id)
                                         : StoredAccount();
                                     if (account.isNull() || account.issuer() != issuer ||
                                         account.clientId() != clientId)
                                         return d->loadNewestFromIndex(op, issuer, clientId);
                                     d->finishLoaded(op, account);
                                 });
                         });
        });
}

StoreReply *KeychainTokenStore::listAccounts()
{
    using Op = KeychainTokenStorePrivate::OpPtr;
    KeychainTokenStorePrivate *d = d_ptr.get();
    return d->enqueue(QStringLiteral("list"), QString(), [d](const Op &op) {
        d->readValue(op, indexKey(), [d, op](bool found, const QString &text) {
            QList<StoredAccount> accounts;
            if (found) {
                const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
                if (!doc.isArray())
                    return d->fail(
                        op, storageError(QStringLiteral("list: the account index is corrupt")),
                        false);
                QStringList seen;
                for (const QJsonValue value : doc.array()) {
                    const StoredAccount account = StoredAccount::fromJson(value.toObject());
                    if (account.isNull() || seen.contains(account.id()))
                        continue;
                    seen.append(account.id());
                    // The index holds public fields only; drop anything else defensively.
                    accounts.append(StoredAccount::fromJson(account.toPublicJson()));
                }
            }
            std::stable_sort(accounts.begin(), accounts.end(),
                             [](const StoredAccount &a, const StoredAccount &b) {
                                 return a.updatedAt() > b.updatedAt();
                             });
            if (op->reply)
                ReplyAccess::setAccounts(op->reply, accounts);
            d->succeed(op);
        });
    });
}

} // namespace QtSignIn
