// SPDX-License-Identifier: BSD-3-Clause
// AuthSession against the real OpenID Provider and the real Secret Service (gnome-keyring in
// the envelope's private D-Bus session): sign in once, stay signed in across restarts,
// refreshes that never race, and a sign-out that leaves nothing behind.

#include <QtSignIn/authflow.h>
#include <QtSignIn/authsession.h>
#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/keychaintokenstore.h>
#include <QtSignIn/memorytokenstore.h>
#include <QtSignIn/revokereply.h>
#include <QtSignIn/tokenreply.h>
#include <QtSignIn/userinforeply.h>

#include "countingnetworkmanager.h"
#include "devidpdriver.h"

#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <cstdio>

using namespace QtSignIn;
using namespace QtSignInTest;

namespace {

QUrl issuerUrl()
{
    return QUrl(QString::fromUtf8(qgetenv("OIDC_ISSUER")));
}

// One "application": a provider on a counting network manager, a keychain store, a session.
struct App
{
    explicit App(const QString &service)
        : store(service)
    {
        provider.setClientId(QStringLiteral("qt-desktop"));
        provider.setAllowInsecureLoopback(true);
        provider.setNetworkAccessManager(&network);
        provider.setScopes({QStringLiteral("openid"), QStringLiteral("offline_access"),
                            QStringLiteral("profile"), QStringLiteral("email")});
        session = std::make_unique<AuthSession>(&provider, &store);
    }

    CountingNetworkManager network;
    GenericOidcProvider provider{issuerUrl()};
    KeychainTokenStore store;
    std::unique_ptr<AuthSession> session;
};

bool waitForState(AuthSession *session, AuthSession::State state, int timeout = 20000)
{
    return QTest::qWaitFor([&] { return session->state() == state; }, timeout);
}

// The restore half of "a new process": prints what the restored session saw.
int restoreChild(const QString &service)
{
    GenericOidcProvider::clearMetadataCache();
    App app(service);
    app.session->restore();
    if (!waitForState(app.session.get(), AuthSession::State::SignedIn))
        return 2;
    std::printf("%s %d\n", qPrintable(app.session->user().subject()), app.network.total());
    return 0;
}

} // namespace

class tst_AuthSession : public QObject
{
    Q_OBJECT

private:
    QString m_service;

    // A complete interactive sign-in through the session, the browser part driven headlessly.
    static bool signIn(AuthSession *session, const QString &login)
    {
        AuthFlow *flow = session->signIn(OAuthProvider::UserAgent::Embedded);
        flow->setExtraParameters({{QStringLiteral("prompt"), QStringLiteral("consent")}});
        auto driver =
            std::make_shared<DevIdpDriver>(QStringLiteral("http://127.0.0.1/callback"), login);
        QObject::connect(flow, &AuthFlow::authorizationUrlReady, flow,
                         [driver](const QUrl &url) { driver->start(url); });
        if (!QTest::qWaitFor([&] { return driver->isDone(); }, 20000) ||
            !driver->result().reachedRedirect) {
            qWarning() << "dev login failed:" << driver->result().failure;
            return false;
        }
        flow->handleRedirect(driver->result().redirect);
        return waitForState(session, AuthSession::State::SignedIn);
    }

    QStringList keychainItems() const
    {
        QProcess search;
        search.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                      m_service});
        search.waitForFinished(10000);
        const QString out =
            QString::fromUtf8(search.readAllStandardOutput() + search.readAllStandardError());
        QStringList items;
        for (const QString &line : out.split(u'\n')) {
            if (line.startsWith(u"attribute.user = "))
                items.append(line.mid(17));
        }
        return items;
    }

    // Makes the stored access token of the only account look expired.
    void expireStoredToken()
    {
        KeychainTokenStore store(m_service);
        StoreReply *list = store.listAccounts();
        QSignalSpy listed(list, &OAuthReply::finished);
        QVERIFY(listed.wait());
        QCOMPARE(list->accounts().size(), 1);
        StoreReply *load = store.load(list->accounts().first().id());
        QSignalSpy loaded(load, &OAuthReply::finished);
        QVERIFY(loaded.wait());
        StoredAccount account = load->account();
        TokenSet tokens = account.tokens();
        tokens.setIssuedAt(QDateTime::currentDateTimeUtc().addSecs(-3600));
        tokens.setExpiresIn(600);
        account.setTokens(tokens);
        StoreReply *save = store.save(account);
        QSignalSpy saved(save, &OAuthReply::finished);
        QVERIFY(saved.wait());
        QVERIFY(!save->hasError());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(issuerUrl().isValid() && !issuerUrl().isEmpty(),
                 "OIDC_ISSUER is not set: run inside `tools/setup.sh run --oidc tests/oidc`");
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run inside `tools/setup.sh run`");
    }

    void init()
    {
        GenericOidcProvider::clearMetadataCache();
        m_service =
            QStringLiteral("tst_authsession-%1").arg(QRandomGenerator::global()->generate());
    }

    void signInIsRestoredWithoutAnyRequest()
    {
        {
            App first(m_service);
            QVERIFY(signIn(first.session.get(), QStringLiteral("alice")));
            QCOMPARE(first.session->user().subject(), QStringLiteral("alice"));
            QVERIFY(first.session->isPersistent());
            QVERIFY(first.session->isSignedIn());
            QTRY_COMPARE(first.session->accounts().size(), 1);
        }
        // Everything destroyed; a new session on a cold process-wide cache.
        GenericOidcProvider::clearMetadataCache();
        App second(m_service);
        QSignalSpy changed(second.session.get(), &AuthSession::stateChanged);
        second.session->restore();
        QVERIFY(waitForState(second.session.get(), AuthSession::State::SignedIn));
        QCOMPARE(second.session->user().subject(), QStringLiteral("alice"));
        QCOMPARE(second.session->user().email(), QStringLiteral("alice@example.test"));
        QVERIFY(!second.session->tokens().accessToken().isEmpty());
        QCOMPARE(second.network.total(), 0); // no discovery, no token request, nothing
        // And the restored token is real: the OP accepts it.
        auto *me = second.provider.fetchUserInfo(second.session->tokens().accessToken());
        QSignalSpy done(me, &OAuthReply::finished);
        QVERIFY(done.wait());
        QVERIFY2(!me->hasError(), qPrintable(me->error().detail()));
    }

    void aNewProcessRestoresTheSession()
    {
        {
            App first(m_service);
            QVERIFY(signIn(first.session.get(), QStringLiteral("dave")));
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--restore-child"), m_service});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(child.readAllStandardOutput()).trimmed(),
                 QStringLiteral("dave 0"));
    }

    void expiredTokenRestoresWithOneRefreshAndPersistsTheRotation()
    {
        QString firstRefresh;
        {
            App first(m_service);
            QVERIFY(signIn(first.session.get(), QStringLiteral("alice")));
            firstRefresh = first.session->tokens().refreshToken();
        }
        expireStoredToken();
        GenericOidcProvider::clearMetadataCache();
        QString rotated;
        {
            App second(m_service);
            second.session->restore();
            // Callers that ask while the refresh runs all share it.
            QVERIFY(waitForState(second.session.get(), AuthSession::State::Refreshing));
            QList<TokenReply *> replies;
            for (int i = 0; i < 100; ++i)
                replies.append(second.session->accessToken());
            QVERIFY(waitForState(second.session.get(), AuthSession::State::SignedIn));
            QTRY_VERIFY(std::all_of(replies.cbegin(), replies.cend(),
                                    [](TokenReply *r) { return r->isFinished(); }));
            for (TokenReply *reply : std::as_const(replies)) {
                QVERIFY(!reply->hasError());
                QCOMPARE(reply->tokens().accessToken(), second.session->tokens().accessToken());
            }
            QCOMPARE(second.network.count(QStringLiteral("/token")), 1);
            rotated = second.session->tokens().refreshToken();
            QVERIFY(!rotated.isEmpty());
            QVERIFY(rotated != firstRefresh);
        }
        // The rotated token was stored: a third start restores with no request and the same
        // refresh token; the old one is dead at the OP.
        App third(m_service);
        third.session->restore();
        QVERIFY(waitForState(third.session.get(), AuthSession::State::SignedIn));
        QCOMPARE(third.session->tokens().refreshToken(), rotated);
        auto *replay = third.provider.refreshTokens(firstRefresh);
        QSignalSpy done(replay, &OAuthReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(replay->error().code(), AuthError::Code::InvalidGrant);
    }

    void rejectedRefreshTokenAsksForSignInOnce()
    {
        App app(m_service);
        QVERIFY(signIn(app.session.get(), QStringLiteral("alice")));
        // The grant dies at the provider (e.g. the user revoked the app).
        auto *revoke = app.provider.revokeToken(app.session->tokens().refreshToken(),
                                                OAuthProvider::TokenTypeHint::RefreshToken);
        QSignalSpy revoked(revoke, &OAuthReply::finished);
        QVERIFY(revoked.wait());
        QVERIFY(revoke->isRevoked());
        QSignalSpy reauth(app.session.get(), &AuthSession::reauthenticationRequired);
        app.network.reset();
        app.session->refresh();
        QVERIFY(waitForState(app.session.get(), AuthSession::State::ReauthenticationRequired));
        QCOMPARE(reauth.count(), 1);
        // No loop: asking again neither sends a request nor signals again.
        app.session->refresh();
        auto *token = app.session->accessToken();
        QSignalSpy answered(token, &OAuthReply::finished);
        QVERIFY(answered.wait());
        QCOMPARE(token->error().code(), AuthError::Code::InvalidGrant);
        QCOMPARE(app.network.count(QStringLiteral("/token")), 1);
        QCOMPARE(reauth.count(), 1);
        // The dead refresh token is no longer stored.
        StoreReply *load = app.store.load(app.session->currentAccountId());
        QSignalSpy loaded(load, &OAuthReply::finished);
        QVERIFY(loaded.wait());
        QVERIFY(!load->hasError());
        QVERIFY(!load->account().hasRefreshToken());
    }

    void signOutRevokesAndLeavesNoEntry()
    {
        App app(m_service);
        QVERIFY(signIn(app.session.get(), QStringLiteral("alice")));
        QVERIFY(!keychainItems().isEmpty());
        const TokenSet tokens = app.session->tokens();
        QSignalSpy signedOut(app.session.get(), &AuthSession::signedOut);
        app.session->signOut();
        QCOMPARE(app.session->state(), AuthSession::State::SignedOut);
        QVERIFY(app.session->tokens().isNull());
        QVERIFY(signedOut.wait());
        QCOMPARE(signedOut.first().first().toBool(), true);
        // Already gone when signedOut() arrives: an app may quit on that signal.
        QVERIFY(keychainItems().isEmpty());
        QTRY_VERIFY(app.session->accounts().isEmpty());
        // Revoked at the provider too.
        auto *refresh = app.provider.refreshTokens(tokens.refreshToken());
        QSignalSpy done(refresh, &OAuthReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(refresh->error().code(), AuthError::Code::InvalidGrant);
    }

    void removingAnAccountBeforeDiscoveryStillRevokes()
    {
        // A fresh session (as in a new process: the CLI's logout) removes a stored account
        // before it has talked to the provider: it discovers the revocation endpoint first.
        QString id;
        TokenSet tokens;
        {
            App first(m_service);
            QVERIFY(signIn(first.session.get(), QStringLiteral("alice")));
            id = first.session->currentAccountId();
            tokens = first.session->tokens();
        }
        App second(m_service);
        QVERIFY(!second.provider.isReady());
        QSignalSpy signedOut(second.session.get(), &AuthSession::signedOut);
        QSignalSpy errors(second.session.get(), &AuthSession::errorOccurred);
        second.session->removeAccount(id);
        QVERIFY(signedOut.wait());
        QCOMPARE(signedOut.first().first().toBool(), true);
        QCOMPARE(errors.count(), 0);
        QVERIFY(keychainItems().isEmpty());
        auto *refresh = second.provider.refreshTokens(tokens.refreshToken());
        QSignalSpy done(refresh, &OAuthReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(refresh->error().code(), AuthError::Code::InvalidGrant);
    }

    void twoAccountsLiveSideBySide()
    {
        App app(m_service);
        QVERIFY(signIn(app.session.get(), QStringLiteral("alice")));
        const QString alice = app.session->currentAccountId();
        QVERIFY(signIn(app.session.get(), QStringLiteral("bob")));
        const QString bob = app.session->currentAccountId();
        QVERIFY(alice != bob);
        QTRY_COMPARE(app.session->accounts().size(), 2);
        QCOMPARE(app.session->user().subject(), QStringLiteral("bob"));
        app.network.reset();
        app.session->switchAccount(alice);
        QTRY_COMPARE(app.session->user().subject(), QStringLiteral("alice"));
        QVERIFY(waitForState(app.session.get(), AuthSession::State::SignedIn));
        QCOMPARE(app.network.total(), 0);
        app.session->removeAccount(bob);
        QTRY_COMPARE(app.session->accounts().size(), 1);
        QCOMPARE(app.session->accounts().first().id(), alice);
        QCOMPARE(app.session->currentAccountId(), alice);
    }

    void defaultConstructedSessionTakesProviderAndStoreLater()
    {
        // The declarative path (QML): an empty session, configured after construction.
        GenericOidcProvider provider(issuerUrl());
        provider.setClientId(QStringLiteral("qt-desktop"));
        provider.setAllowInsecureLoopback(true);
        provider.setScopes({QStringLiteral("openid"), QStringLiteral("offline_access"),
                            QStringLiteral("profile"), QStringLiteral("email")});
        KeychainTokenStore keychain(m_service);
        AuthSession session;
        QCOMPARE(session.provider(), nullptr);
        QCOMPARE(session.store(), nullptr);
        QVERIFY(!session.isPersistent());
        QSignalSpy providerChanged(&session, &AuthSession::providerChanged);
        QSignalSpy storeChanged(&session, &AuthSession::storeChanged);
        QSignalSpy persistentChanged(&session, &AuthSession::persistentChanged);
        session.setProvider(&provider);
        session.setProvider(&provider); // unchanged: no signal
        session.setStore(&keychain);
        QCOMPARE(providerChanged.count(), 1);
        QCOMPARE(storeChanged.count(), 1);
        QCOMPARE(persistentChanged.count(), 1);
        QCOMPARE(session.provider(), &provider);
        QCOMPARE(session.store(), &keychain);
        QVERIFY(session.isPersistent());

        QVERIFY(signIn(&session, QStringLiteral("frank")));
        QCOMPARE(session.user().subject(), QStringLiteral("frank"));
        QTRY_COMPARE(session.accounts().size(), 1);
        // Saved in the store that was set, not in a keychain store of the session's own.
        QCOMPARE(session.store(), &keychain);
        QVERIFY(!keychainItems().isEmpty());
    }

    void defaultConstructedSessionCreatesItsKeychainStoreOnFirstUse()
    {
        MemoryTokenStore unused;
        GenericOidcProvider provider(issuerUrl());
        provider.setClientId(QStringLiteral("qt-desktop"));
        AuthSession session;
        session.setProvider(&provider);
        QSignalSpy storeChanged(&session, &AuthSession::storeChanged);
        QCOMPARE(session.store(), nullptr);
        session.restore();
        QCOMPARE(storeChanged.count(), 1);
        auto *own = qobject_cast<KeychainTokenStore *>(session.store());
        QVERIFY(own);
        QCOMPARE(own->service(), QCoreApplication::applicationName());
        QVERIFY(session.isPersistent());
        QVERIFY(waitForState(&session, AuthSession::State::SignedOut));
        // A store set later replaces the session's own one.
        session.setStore(&unused);
        QCOMPARE(session.store(), &unused);
        QVERIFY(!session.isPersistent());
    }

    void withoutKeychainTheSessionIsMemoryOnlyAndSaysSo()
    {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", "/nonexistent-runtime-dir");
        App app(m_service);
        QSignalSpy errors(app.session.get(), &AuthSession::errorOccurred);
        QSignalSpy persistent(app.session.get(), &AuthSession::persistentChanged);
        const bool ok = signIn(app.session.get(), QStringLiteral("erin"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        qputenv("XDG_RUNTIME_DIR", runtime);
        QVERIFY(ok);
        QVERIFY(app.session->isSignedIn());
        QVERIFY(!app.session->isPersistent());
        QCOMPARE(persistent.count(), 1);
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().first().value<AuthError>().code(), AuthError::Code::StorageError);
        QVERIFY(keychainItems().isEmpty());
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--restore-child") == 0) {
        QCoreApplication app(argc, argv);
        return restoreChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    tst_AuthSession test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_authsession.moc"
