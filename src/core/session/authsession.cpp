// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/authflow.h>
#include <QtSignIn/authsession.h>
#include <QtSignIn/keychaintokenstore.h>
#include <QtSignIn/memorytokenstore.h>
#include <QtSignIn/providersettings.h>
#include <QtSignIn/revokereply.h>
#include <QtSignIn/tokenreply.h>
#include <QtSignIn/tokenstore.h>

#include "logging_p.h"
#include "reply/oauthreply_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QPointer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkInformation>

namespace QtSignIn {

class AuthSessionPrivate
{
public:
    explicit AuthSessionPrivate(AuthSession *q)
        : q(q)
    {
    }

    AuthSession *q;
    QPointer<OAuthProvider> provider;
    QPointer<TokenStore> store;
    std::unique_ptr<TokenStore> ownStore;
    std::unique_ptr<MemoryTokenStore> sessionOnlyStore; // after the keychain failed
    AuthSession::State state = AuthSession::State::SignedOut;
    StoredAccount account; // the current account, with its secrets
    QList<StoredAccount> accounts;
    int refreshBuffer = 60;
    QTimer refreshTimer;
    QTimer retryTimer;
    int retryAttempt = 0;
    QPointer<TokenReply> refreshing;
    QList<QPointer<TokenReply>> waiters;
    bool reauthenticationSignalled = false;
    QPointer<AuthFlow> flow;
    int signInGeneration = 0; // tells a finished sign-in from a superseded one
    AuthSession::State stateBeforeSignIn = AuthSession::State::SignedOut;
    bool storeChosen = false; // a store was given (constructor or setStore())
    bool online = true;       // false after a refresh could not reach the provider

    void setOnline(bool value)
    {
        if (online == value)
            return;
        online = value;
        qCInfo(lcCore) << (value ? "back online" : "offline: keeping the tokens, retrying later");
        if (!value)
            watchReachability();
        Q_EMIT q->onlineChanged();
    }

    // The network can be told apart from the provider: no route, no name, refused, reset,
    // no answer in time. A server error (5xx, 429) is the provider's, not the network's.
    static bool isNetworkFailure(const AuthError &error)
    {
        return error.code() == AuthError::Code::NetworkError ||
            (error.code() == AuthError::Code::Timeout &&
             error.networkError() != QNetworkReply::NoError);
    }

    void setUp()
    {
        refreshTimer.setSingleShot(true);
        retryTimer.setSingleShot(true);
        QObject::connect(&refreshTimer, &QTimer::timeout, q, &AuthSession::refresh);
        QObject::connect(&retryTimer, &QTimer::timeout, q, &AuthSession::refresh);
    }

    // Once offline, where the platform reports reachability (QNetworkInformation:
    // NetworkManager, Windows, macOS…), the session refreshes as soon as the network returns
    // instead of waiting for the next retry. Loaded only then: the backend costs a plugin load
    // and system bus calls that a session starting online never needs.
    bool watchingReachability = false;
    void watchReachability()
    {
        if (watchingReachability)
            return;
        watchingReachability = true;
        if (!QNetworkInformation::instance() &&
            !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
            return;
        QNetworkInformation *information = QNetworkInformation::instance();
        QObject::connect(information, &QNetworkInformation::reachabilityChanged, q,
                         [this](QNetworkInformation::Reachability reachability) {
                             onReachability(reachability);
                         });
    }

    void onReachability(QNetworkInformation::Reachability reachability)
    {
        if (account.isNull())
            return;
        if (reachability == QNetworkInformation::Reachability::Disconnected) {
            setOnline(false);
            return;
        }
        if (reachability == QNetworkInformation::Reachability::Online && !online) {
            // Try now, and from the first step of the backoff if that fails again.
            retryAttempt = 0;
            retryTimer.stop();
            QMetaObject::invokeMethod(q, &AuthSession::refresh, Qt::QueuedConnection);
        }
    }

    // A default-constructed session creates its keychain store on first use, so that a store
    // set declaratively after construction is never preceded by a keychain the app didn't want.
    void ensureStore()
    {
        if (storeChosen || store)
            return;
        storeChosen = true;
        ownStore = std::make_unique<KeychainTokenStore>(QCoreApplication::applicationName());
        store = ownStore.get();
        Q_EMIT q->storeChanged();
        Q_EMIT q->persistentChanged();
    }

    TokenStore *activeStore() const
    {
        return sessionOnlyStore ? static_cast<TokenStore *>(sessionOnlyStore.get())
                                : static_cast<TokenStore *>(store.data());
    }

    // Non-OIDC providers (GitHub) have no issuer identifier: their authorization server's
    // origin names them instead.
    QString issuer() const
    {
        if (!provider)
            return QString();
        const QString id = provider->issuerIdentifier();
        if (!id.isEmpty())
            return id;
        return provider->authorizeUrl()
            .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toString(QUrl::FullyEncoded);
    }

    bool isMine(const StoredAccount &candidate) const
    {
        return provider && candidate.issuer() == issuer() &&
            candidate.clientId() == provider->clientId();
    }

    void setState(AuthSession::State newState)
    {
        if (state == newState)
            return;
        state = newState;
        Q_EMIT q->stateChanged(newState);
    }

    // Waiters are answered together (ReplyAccess::finishAll): one queued call for all the
    // callers of a single-flight refresh, however many they are.
    void failWaiters(const AuthError &error)
    {
        const auto pending = std::move(waiters);
        waiters.clear();
        QList<QPointer<OAuthReply>> replies;
        for (const auto &reply : pending)
            replies.append(reply.data());
        ReplyAccess::finishAll(replies, error);
    }

    void answerWaiters()
    {
        const auto pending = std::move(waiters);
        waiters.clear();
        const TokenSet tokens = account.tokens();
        QList<QPointer<OAuthReply>> replies;
        replies.reserve(pending.size());
        for (const auto &reply : pending) {
            if (!reply)
                continue;
            ReplyAccess::setTokens(reply, tokens);
            replies.append(reply.data());
        }
        ReplyAccess::finishAll(replies);
    }

    void scheduleRefresh()
    {
        refreshTimer.stop();
        const TokenSet tokens = account.tokens();
        if (!tokens.hasRefreshToken() || !tokens.expiresAt().isValid())
            return;
        // Refresh ahead of expiry, with jitter so that many clients of one IdP do not refresh
        // in lock-step.
        const int jitterRange = qMin(30, refreshBuffer / 2);
        const int jitter =
            jitterRange > 0 ? int(QRandomGenerator::global()->bounded(jitterRange + 1)) : 0;
        const qint64 due = QDateTime::currentDateTimeUtc().msecsTo(tokens.expiresAt()) -
            qint64(refreshBuffer + jitter) * 1000;
        refreshTimer.start(std::chrono::milliseconds(qBound<qint64>(0, due, 24LL * 3600 * 1000)));
    }

    void adopt(const StoredAccount &stored)
    {
        const bool accountChanged = stored.id() != account.id();
        account = stored;
        retryAttempt = 0;
        retryTimer.stop();
        reauthenticationSignalled = false;
        if (accountChanged)
            Q_EMIT q->currentAccountChanged();
        Q_EMIT q->userChanged();
        const TokenSet tokens = account.tokens();
        if (!tokens.isNull() && !tokens.isExpired(refreshBuffer)) {
            // Still valid: signed in with no network request at all.
            setState(AuthSession::State::SignedIn);
            scheduleRefresh();
        } else if (tokens.hasRefreshToken()) {
            setState(AuthSession::State::SignedIn);
            q->refresh();
        } else {
            enterReauthentication(AuthError(AuthError::Code::InvalidGrant,
                                            QStringLiteral("the stored session has expired")));
        }
        // After the state: tokens() and expiresAt() are only visible while signed in, so a
        // binding re-reading them on this signal must see the new state (QML).
        Q_EMIT q->tokensChanged();
    }

    void enterReauthentication(const AuthError &error)
    {
        refreshTimer.stop();
        retryTimer.stop();
        failWaiters(error);
        setState(AuthSession::State::ReauthenticationRequired);
        if (!reauthenticationSignalled) {
            reauthenticationSignalled = true;
            Q_EMIT q->reauthenticationRequired();
        }
    }

    // The end of restore() and switchAccount(): sign in with the account \a reply loaded.
    void adoptLoaded(StoreReply *reply)
    {
        reply->deleteLater();
        if (state != AuthSession::State::Restoring)
            return;
        if (reply->hasError()) {
            if (!reply->isNotFound())
                Q_EMIT q->errorOccurred(reply->error());
            return setState(AuthSession::State::SignedOut);
        }
        const StoredAccount stored = reply->account();
        if (!isMine(stored)) {
            qCWarning(lcCore) << "stored account" << stored.id() << "belongs to another provider";
            return setState(AuthSession::State::SignedOut);
        }
        adopt(stored);
    }

    void updateAccounts(const std::function<void()> &then = {})
    {
        TokenStore *target = activeStore();
        if (!target) {
            if (then)
                then();
            return;
        }
        StoreReply *reply = target->listAccounts();
        QObject::connect(reply, &OAuthReply::finished, q, [this, reply, then] {
            reply->deleteLater();
            if (!reply->hasError()) {
                QList<StoredAccount> mine;
                for (const StoredAccount &a : reply->accounts()) {
                    if (isMine(a))
                        mine.append(a);
                }
                if (mine != accounts) {
                    accounts = mine;
                    Q_EMIT q->accountsChanged();
                }
            }
            if (then)
                then();
        });
    }

    // Saves the current account; on a keychain failure switches to the visible session-only
    // mode instead of losing the tokens or writing them anywhere else.
    void persist(const std::function<void()> &then)
    {
        account.setUpdatedAt(QDateTime::currentDateTimeUtc());
        TokenStore *target = activeStore();
        if (!target) {
            then();
            return;
        }
        StoreReply *reply = target->save(account);
        QObject::connect(reply, &OAuthReply::finished, q, [this, reply, then] {
            reply->deleteLater();
            if (reply->hasError() && !sessionOnlyStore) {
                qCWarning(lcCore) << "cannot store the session, keeping it in memory only:"
                                  << reply->error();
                sessionOnlyStore = std::make_unique<MemoryTokenStore>();
                Q_EMIT q->persistentChanged();
                Q_EMIT q->errorOccurred(reply->error());
                return persist(then);
            }
            then();
        });
    }

    void scheduleRetry()
    {
        // Bounded exponential backoff: 5 s, 10 s, 20 s … at most 5 minutes between tries.
        const qint64 delay = qMin<qint64>(5000LL << qMin(retryAttempt, 6), 300000);
        ++retryAttempt;
        retryTimer.start(std::chrono::milliseconds(delay));
    }
};

#define D() AuthSessionPrivate *d = d_ptr.get()

AuthSession::AuthSession(OAuthProvider *provider, TokenStore *store, QObject *parent)
    : QObject(parent)
    , d_ptr(std::make_unique<AuthSessionPrivate>(this))
{
    D();
    d->provider = provider;
    d->storeChosen = true;
    if (store) {
        d->store = store;
    } else {
        d->ownStore = std::make_unique<KeychainTokenStore>(QCoreApplication::applicationName());
        d->store = d->ownStore.get();
    }
    d->setUp();
}

AuthSession::AuthSession(QObject *parent)
    : QObject(parent)
    , d_ptr(std::make_unique<AuthSessionPrivate>(this))
{
    D();
    d->setUp();
}

AuthSession::~AuthSession()
{
    D();
    if (d->refreshing)
        d->refreshing->abort();
    d->failWaiters(AuthError(AuthError::Code::Cancelled));
}

OAuthProvider *AuthSession::provider() const
{
    return d_ptr->provider;
}
void AuthSession::setProvider(OAuthProvider *provider)
{
    D();
    if (d->provider == provider)
        return;
    d->provider = provider;
    Q_EMIT providerChanged();
}

TokenStore *AuthSession::store() const
{
    return d_ptr->store;
}

void AuthSession::setStore(TokenStore *store)
{
    D();
    d->storeChosen = true;
    if (d->store == store)
        return;
    const bool wasPersistent = isPersistent();
    d->store = store;
    // The session's own keychain store and the memory fallback belonged to the old choice.
    if (d->ownStore && d->ownStore.get() != store)
        d->ownStore.reset();
    d->sessionOnlyStore.reset();
    Q_EMIT storeChanged();
    if (isPersistent() != wasPersistent)
        Q_EMIT persistentChanged();
}
AuthSession::State AuthSession::state() const
{
    return d_ptr->state;
}

bool AuthSession::isSignedIn() const
{
    const State s = d_ptr->state;
    return s == State::SignedIn || s == State::Refreshing;
}

UserInfo AuthSession::user() const
{
    D();
    return d->account.isNull() ? UserInfo() : d->account.user();
}

TokenSet AuthSession::tokens() const
{
    D();
    return isSignedIn() ? d->account.tokens() : TokenSet();
}

QDateTime AuthSession::expiresAt() const
{
    return tokens().expiresAt();
}
QString AuthSession::currentAccountId() const
{
    return d_ptr->account.isNull() ? QString() : d_ptr->account.id();
}
QList<StoredAccount> AuthSession::accounts() const
{
    return d_ptr->accounts;
}

QVariantList AuthSession::accountList() const
{
    QVariantList list;
    for (const StoredAccount &account : d_ptr->accounts)
        list.append(QVariant::fromValue(account));
    return list;
}

bool AuthSession::isOnline() const
{
    return d_ptr->online;
}

bool AuthSession::isPersistent() const
{
    D();
    TokenStore *target = d->activeStore();
    return target && target->isPersistent();
}

int AuthSession::refreshBuffer() const
{
    return d_ptr->refreshBuffer;
}

void AuthSession::setRefreshBuffer(int seconds)
{
    D();
    seconds = qBound(0, seconds, 3600);
    if (d->refreshBuffer == seconds)
        return;
    d->refreshBuffer = seconds;
    Q_EMIT refreshBufferChanged();
    if (isSignedIn())
        d->scheduleRefresh();
}

// --- restore and switch ---------------------------------------------------------------------

void AuthSession::restore()
{
    D();
    d->ensureStore();
    if (d->state == State::SigningIn || d->state == State::Restoring)
        return;
    d->setState(State::Restoring);
    TokenStore *target = d->activeStore();
    if (!target || !d->provider) {
        d->setState(State::SignedOut);
        return d->updateAccounts();
    }
    // The newest account first, the list after: start-up reads what it signs in with, not
    // every stored account (issue 7).
    StoreReply *reply = target->loadMostRecent(d->issuer(), d->provider->clientId());
    connect(reply, &OAuthReply::finished, this, [d, reply] {
        d->adoptLoaded(reply);
        d->updateAccounts();
    });
}

void AuthSession::switchAccount(const QString &accountId)
{
    D();
    d->ensureStore();
    TokenStore *target = d->activeStore();
    if (!target)
        return;
    if (d->state != State::Restoring)
        d->setState(State::Restoring);
    StoreReply *reply = target->load(accountId);
    connect(reply, &OAuthReply::finished, this, [d, reply] { d->adoptLoaded(reply); });
}

// --- sign in --------------------------------------------------------------------------------

AuthFlow *AuthSession::signIn()
{
    D();
    return signIn(d->provider ? d->provider->preferredUserAgent()
                              : OAuthProvider::UserAgent::SystemBrowser);
}

AuthFlow *AuthSession::signIn(OAuthProvider::UserAgent agent)
{
    D();
    d->ensureStore();
    if (d->flow && !d->flow->isFinished())
        d->flow->cancel();
    auto *flow = new AuthFlow(d->provider, this);
    d->flow = flow;
    const int generation = ++d->signInGeneration;
    flow->setUserAgent(agent);
    d->stateBeforeSignIn = d->state == State::SigningIn ? State::SignedOut : d->state;
    d->setState(State::SigningIn);
    connect(flow, &AuthFlow::completed, this,
            [this, d, generation](const TokenSet &tokens, const UserInfo &user) {
                StoredAccount account;
                account.setIdentity(d->issuer(), d->provider->clientId(), user);
                account.setProviderName(ProviderSettings::providerTypeName(d->provider->type()));
                account.setTokens(tokens);
                d->account = account;
                d->persist([this, d, generation] {
                    if (d->signInGeneration != generation)
                        return;
                    d->adopt(d->account);
                    Q_EMIT currentAccountChanged();
                    d->updateAccounts();
                });
            });
    connect(flow, &AuthFlow::failed, this, [this, d, generation](const AuthError &error) {
        if (d->signInGeneration != generation)
            return;
        d->setState(d->stateBeforeSignIn);
        if (error.code() != AuthError::Code::Cancelled)
            Q_EMIT errorOccurred(error);
    });
    connect(flow, &AuthFlow::finished, flow, &QObject::deleteLater);
    // Started from the event loop, so the caller can connect to the flow (e.g. show a
    // LoginDialog for the Embedded agent) before anything happens — unless the caller started
    // it already (LoginDialog::setFlow() starts a pending flow when the dialog is visible).
    QMetaObject::invokeMethod(
        flow,
        [flow] {
            if (flow->state() == AuthFlow::State::Pending)
                flow->start();
        },
        Qt::QueuedConnection);
    return flow;
}

// --- tokens and refresh ---------------------------------------------------------------------

TokenReply *AuthSession::accessToken()
{
    D();
    auto *reply = new TokenReply(this);
    const TokenSet tokens = d->account.tokens();
    if (!isSignedIn() || tokens.isNull()) {
        ReplyAccess::finish(reply,
                            AuthError(d->state == State::ReauthenticationRequired
                                          ? AuthError::Code::InvalidGrant
                                          : AuthError::Code::AccessDenied,
                                      QStringLiteral("not signed in")));
        return reply;
    }
    if (!tokens.isExpired(d->refreshBuffer) && d->state != State::Refreshing) {
        ReplyAccess::setTokens(reply, tokens);
        ReplyAccess::finish(reply);
        return reply;
    }
    // Single flight: every caller waits for the one refresh.
    d->waiters.append(reply);
    refresh();
    return reply;
}

static bool isTransient(const AuthError &error)
{
    switch (error.code()) {
    case AuthError::Code::NetworkError:
    case AuthError::Code::Timeout:
    case AuthError::Code::ServerError:
    case AuthError::Code::TemporarilyUnavailable:
        return true;
    default:
        return false;
    }
}

void AuthSession::refresh()
{
    D();
    if (d->refreshing || !d->provider || d->account.isNull())
        return;
    if (d->state != State::SignedIn && d->state != State::Refreshing)
        return;
    const TokenSet current = d->account.tokens();
    if (!current.hasRefreshToken()) {
        if (!current.isExpired())
            return d->answerWaiters();
        return d->enterReauthentication(
            AuthError(AuthError::Code::InvalidGrant, QStringLiteral("no refresh token")));
    }
    d->refreshTimer.stop();
    d->retryTimer.stop();
    d->setState(State::Refreshing);
    TokenReply *reply = d->provider->refreshTokens(current.refreshToken(), current);
    d->refreshing = reply;
    const QString accountId = d->account.id();
    connect(reply, &OAuthReply::finished, this, [this, d, reply, accountId] {
        reply->deleteLater();
        d->refreshing = nullptr;
        if (d->account.id() != accountId || d->state != State::Refreshing)
            return;
        if (!reply->hasError()) {
            d->retryAttempt = 0;
            d->setOnline(true);
            d->account.setTokens(reply->tokens());
            // A rotated refresh token replaces the old one at once (REFERENCE.md fault 7):
            // stored first, handed out after.
            d->persist([this, d, accountId] {
                if (d->account.id() != accountId)
                    return;
                d->setState(State::SignedIn);
                Q_EMIT tokensChanged();
                d->answerWaiters();
                d->scheduleRefresh();
            });
            return;
        }
        const AuthError error = reply->error();
        if (error.code() == AuthError::Code::InvalidGrant ||
            error.code() == AuthError::Code::IdTokenInvalid) {
            // The grant is gone: drop the refresh token from the store, ask for a sign-in.
            TokenSet withoutRefresh = d->account.tokens();
            withoutRefresh.setRefreshToken(QString());
            d->account.setTokens(withoutRefresh);
            d->persist([] {});
            d->enterReauthentication(error);
            Q_EMIT errorOccurred(error);
            return;
        }
        // Anything else keeps the session: the current token serves while it is valid, and
        // the refresh is tried again later.
        d->setState(State::SignedIn);
        if (!d->account.tokens().isExpired())
            d->answerWaiters();
        else
            d->failWaiters(error);
        if (AuthSessionPrivate::isNetworkFailure(error)) {
            // Offline: said once (onlineChanged() and one errorOccurred()), not at every retry.
            const bool wasOnline = d->online;
            d->setOnline(false);
            if (wasOnline)
                Q_EMIT errorOccurred(error);
        } else {
            if (error.code() != AuthError::Code::Cancelled)
                d->setOnline(true); // the provider answered
            Q_EMIT errorOccurred(error);
        }
        if (isTransient(error))
            d->scheduleRetry();
    });
}

// --- sign out -------------------------------------------------------------------------------

void AuthSession::signOut()
{
    D();
    if (d->account.isNull()) {
        d->setState(State::SignedOut);
        return;
    }
    removeAccount(d->account.id());
}

void AuthSession::removeAccount(const QString &accountId)
{
    D();
    d->ensureStore();
    TokenStore *target = d->activeStore();
    const bool current = accountId == currentAccountId();
    auto revokeAndRemove = [this, d, target, accountId](const StoredAccount &stored) {
        // signedOut() comes once everything has answered: the local entry is gone (an app may
        // quit on that signal) and the provider has said whether it revoked the tokens.
        auto pending = std::make_shared<int>(1); // held until every operation is started
        auto allRevoked = std::make_shared<bool>(true);
        auto settle = [this, pending, allRevoked] {
            if (--*pending == 0)
                Q_EMIT signedOut(*allRevoked);
        };
        // Local secrets go first and regardless of what the provider answers.
        if (target) {
            ++*pending;
            StoreReply *removal = target->remove(accountId);
            connect(removal, &OAuthReply::finished, this, [this, d, removal, settle] {
                removal->deleteLater();
                if (removal->hasError())
                    Q_EMIT errorOccurred(removal->error());
                d->updateAccounts();
                settle();
            });
        }
        const TokenSet tokens = stored.tokens();
        if (!d->provider || tokens.isNull()) {
            *allRevoked = false;
            return settle();
        }
        // RFC 7009 §2.1: revoking the refresh token ends the grant; the access token is
        // revoked too for servers that keep them independent.
        auto revoke = [this, pending, allRevoked, settle](RevokeReply *reply) {
            ++*pending;
            connect(reply, &OAuthReply::finished, this, [this, reply, allRevoked, settle] {
                reply->deleteLater();
                *allRevoked = *allRevoked && reply->isRevoked();
                if (reply->hasError())
                    Q_EMIT errorOccurred(reply->error());
                settle();
            });
        };
        QPointer<OAuthProvider> provider = d->provider;
        auto revokeBoth = [provider, tokens, allRevoked, revoke, settle] {
            if (!provider || !provider->supportsRevocation()) {
                *allRevoked = false;
                return settle();
            }
            if (tokens.hasRefreshToken())
                revoke(provider->revokeToken(tokens.refreshToken(),
                                             OAuthProvider::TokenTypeHint::RefreshToken));
            revoke(provider->revokeToken(tokens.accessToken(),
                                         OAuthProvider::TokenTypeHint::AccessToken));
            settle();
        };
        if (provider->isReady())
            return revokeBoth();
        // A session that has not talked to the provider yet (an account removed right after
        // start-up) learns the revocation endpoint from discovery first (RFC 8414 / OIDC
        // Discovery `revocation_endpoint`), instead of skipping the revocation.
        OAuthReply *prepared = provider->prepare();
        connect(prepared, &OAuthReply::finished, this,
                [this, prepared, revokeBoth, allRevoked, settle] {
                    prepared->deleteLater();
                    if (!prepared->hasError())
                        return revokeBoth();
                    // The local entry is gone all the same; say why nothing was revoked.
                    Q_EMIT errorOccurred(prepared->error());
                    *allRevoked = false;
                    settle();
                });
    };

    if (current) {
        const StoredAccount stored = d->account;
        if (d->refreshing)
            d->refreshing->abort();
        d->refreshTimer.stop();
        d->retryTimer.stop();
        d->failWaiters(AuthError(AuthError::Code::Cancelled, QStringLiteral("signed out")));
        d->account = StoredAccount();
        d->setState(State::SignedOut);
        Q_EMIT currentAccountChanged();
        Q_EMIT userChanged();
        Q_EMIT tokensChanged();
        revokeAndRemove(stored);
        return;
    }
    if (!target)
        return;
    StoreReply *load = target->load(accountId);
    connect(load, &OAuthReply::finished, this, [load, revokeAndRemove] {
        load->deleteLater();
        revokeAndRemove(load->hasError() ? StoredAccount() : load->account());
    });
}

} // namespace QtSignIn
