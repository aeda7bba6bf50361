// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/memorytokenstore.h>

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using QtSignIn::AuthError;
using QtSignIn::MemoryTokenStore;
using QtSignIn::StoredAccount;
using QtSignIn::StoreReply;
using QtSignIn::TokenSet;
using QtSignIn::TokenStore;
using QtSignIn::UserInfo;

namespace {
StoredAccount makeAccount(const QString &subject, const QString &refreshToken = u"rt-1"_s)
{
    UserInfo user;
    user.setSubject(subject);
    user.setName(u"User "_s + subject);
    StoredAccount account;
    account.setIdentity(u"https://issuer.example.test"_s, u"qt-desktop"_s, user);
    TokenSet tokens;
    tokens.setAccessToken(u"at-"_s + subject);
    tokens.setRefreshToken(refreshToken);
    tokens.setIssuedAt(QDateTime::currentDateTimeUtc());
    tokens.setExpiresIn(600);
    account.setTokens(tokens);
    return account;
}

// Waits for a reply that must not have finished when it was returned.
bool waitFinished(StoreReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &StoreReply::finished);
    return spy.wait(5000) && spy.size() == 1;
}

QStringList subjects(const QList<StoredAccount> &accounts)
{
    QStringList result;
    for (const StoredAccount &account : accounts)
        result.append(account.subject());
    return result;
}
} // namespace

class tst_MemoryTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isNotPersistentAndStartsUnknown();
    void repliesFinishAsynchronously_data();
    void repliesFinishAsynchronously();
    void saveThenLoadReturnsTheAccountWithSecrets();
    void saveStampsUpdatedAt();
    void saveOverwritesTheSameAccount();
    void loadOfUnknownAccountIsNotFound();
    void removeDeletesAndReportsNotFoundSecondTime();
    void listIsPublicAndMostRecentFirst();
    void saveOfNullAccountFails();
    void operationCountCountsEveryOperation();
};

void tst_MemoryTokenStore::isNotPersistentAndStartsUnknown()
{
    MemoryTokenStore store;
    QVERIFY(!store.isPersistent());
    QCOMPARE(store.availability(), TokenStore::Availability::Unknown);
    QSignalSpy changed(&store, &TokenStore::availabilityChanged);
    QVERIFY(waitFinished(store.listAccounts()));
    QCOMPARE(store.availability(), TokenStore::Availability::Available);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!store.lastError().isError());
}

void tst_MemoryTokenStore::repliesFinishAsynchronously_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("save") << 0;
    QTest::newRow("load") << 1;
    QTest::newRow("remove") << 2;
    QTest::newRow("list") << 3;
}

void tst_MemoryTokenStore::repliesFinishAsynchronously()
{
    QFETCH(int, operation);
    MemoryTokenStore store;
    const StoredAccount account = makeAccount(u"alice"_s);
    StoreReply *reply = nullptr;
    switch (operation) {
    case 0:
        reply = store.save(account);
        break;
    case 1:
        reply = store.load(account.id());
        break;
    case 2:
        reply = store.remove(account.id());
        break;
    default:
        reply = store.listAccounts();
        break;
    }
    QVERIFY(reply);
    QCOMPARE(reply->parent(), &store);
    QVERIFY(!reply->isFinished());
    QSignalSpy spy(reply, &StoreReply::finished);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.size(), 1);
    QVERIFY(reply->isFinished());
}

void tst_MemoryTokenStore::saveThenLoadReturnsTheAccountWithSecrets()
{
    MemoryTokenStore store;
    const StoredAccount account = makeAccount(u"alice"_s, u"rt-secret"_s);
    StoreReply *saved = store.save(account);
    QVERIFY(waitFinished(saved));
    QVERIFY2(!saved->hasError(), qPrintable(saved->error().detail()));
    QCOMPARE(saved->account().id(), account.id());

    StoreReply *loaded = store.load(account.id());
    QVERIFY(waitFinished(loaded));
    QVERIFY(!loaded->hasError());
    QVERIFY(!loaded->isNotFound());
    QCOMPARE(loaded->account().id(), account.id());
    QCOMPARE(loaded->account().tokens().refreshToken(), u"rt-secret"_s);
    QCOMPARE(loaded->account().tokens().accessToken(), u"at-alice"_s);
    QCOMPARE(loaded->account().tokens().expiresAt(), account.tokens().expiresAt());
    QCOMPARE(loaded->account(), saved->account());
}

void tst_MemoryTokenStore::saveStampsUpdatedAt()
{
    MemoryTokenStore store;
    StoredAccount account = makeAccount(u"alice"_s);
    account.setUpdatedAt(QDateTime::fromSecsSinceEpoch(1000, Qt::UTC));
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    StoreReply *saved = store.save(account);
    QVERIFY(waitFinished(saved));
    QVERIFY(saved->account().updatedAt() >= before);
    QVERIFY(saved->account().updatedAt() <= QDateTime::currentDateTimeUtc());
}

void tst_MemoryTokenStore::saveOverwritesTheSameAccount()
{
    MemoryTokenStore store;
    QVERIFY(waitFinished(store.save(makeAccount(u"alice"_s, u"rt-old"_s))));
    QVERIFY(waitFinished(store.save(makeAccount(u"alice"_s, u"rt-new"_s))));
    StoreReply *loaded = store.load(makeAccount(u"alice"_s).id());
    QVERIFY(waitFinished(loaded));
    QCOMPARE(loaded->account().tokens().refreshToken(), u"rt-new"_s);
    StoreReply *list = store.listAccounts();
    QVERIFY(waitFinished(list));
    QCOMPARE(list->accounts().size(), 1);
}

void tst_MemoryTokenStore::loadOfUnknownAccountIsNotFound()
{
    MemoryTokenStore store;
    QVERIFY(waitFinished(store.save(makeAccount(u"alice"_s))));
    StoreReply *reply = store.load(makeAccount(u"bob"_s).id());
    QVERIFY(waitFinished(reply));
    QVERIFY(reply->isNotFound());
    QCOMPARE(reply->error().code(), AuthError::Code::StorageError);
    QVERIFY(reply->account().isNull());
    // Not finding an account says nothing bad about the store.
    QCOMPARE(store.availability(), TokenStore::Availability::Available);
}

void tst_MemoryTokenStore::removeDeletesAndReportsNotFoundSecondTime()
{
    MemoryTokenStore store;
    const StoredAccount account = makeAccount(u"alice"_s);
    QVERIFY(waitFinished(store.save(account)));
    StoreReply *removed = store.remove(account.id());
    QVERIFY(waitFinished(removed));
    QVERIFY(!removed->hasError());
    QVERIFY(!removed->isNotFound());

    StoreReply *loaded = store.load(account.id());
    QVERIFY(waitFinished(loaded));
    QVERIFY(loaded->isNotFound());

    StoreReply *again = store.remove(account.id());
    QVERIFY(waitFinished(again));
    QVERIFY(!again->hasError()); // removing an unknown id succeeds
    QVERIFY(again->isNotFound());
}

void tst_MemoryTokenStore::listIsPublicAndMostRecentFirst()
{
    MemoryTokenStore store;
    // All in one event-loop turn: ordering must not depend on the clock's resolution.
    store.save(makeAccount(u"alice"_s));
    store.save(makeAccount(u"bob"_s));
    QVERIFY(waitFinished(store.save(makeAccount(u"carol"_s))));
    StoreReply *list = store.listAccounts();
    QVERIFY(waitFinished(list));
    QCOMPARE(subjects(list->accounts()), (QStringList{u"carol"_s, u"bob"_s, u"alice"_s}));
    for (const StoredAccount &account : list->accounts()) {
        QVERIFY(!account.hasRefreshToken());
        QVERIFY(account.tokens().accessToken().isEmpty());
        QCOMPARE(account.displayName(), u"User "_s + account.subject());
    }

    QVERIFY(waitFinished(store.save(makeAccount(u"alice"_s, u"rt-2"_s))));
    list = store.listAccounts();
    QVERIFY(waitFinished(list));
    QCOMPARE(subjects(list->accounts()), (QStringList{u"alice"_s, u"carol"_s, u"bob"_s}));
}

void tst_MemoryTokenStore::saveOfNullAccountFails()
{
    MemoryTokenStore store;
    StoreReply *reply = store.save(StoredAccount());
    QVERIFY(!reply->isFinished());
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().code(), AuthError::Code::StorageError);
    StoreReply *list = store.listAccounts();
    QVERIFY(waitFinished(list));
    QVERIFY(list->accounts().isEmpty());
}

void tst_MemoryTokenStore::operationCountCountsEveryOperation()
{
    MemoryTokenStore store;
    QCOMPARE(store.operationCount(), 0);
    const StoredAccount account = makeAccount(u"alice"_s);
    store.save(account);
    store.load(account.id());
    store.listAccounts();
    QVERIFY(waitFinished(store.remove(account.id())));
    QCOMPARE(store.operationCount(), 4);
}

QTEST_GUILESS_MAIN(tst_MemoryTokenStore)
#include "tst_memorytokenstore.moc"
