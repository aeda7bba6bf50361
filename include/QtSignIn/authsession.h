// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>
#include <QtSignIn/oauthprovider.h>
#include <QtSignIn/storedaccount.h>
#include <QtSignIn/tokenset.h>
#include <QtSignIn/tokenstore.h>
#include <QtSignIn/userinfo.h>

#include <QtCore/QObject>
#include <QtCore/QVariantList>

#include <memory>

namespace QtSignIn {

class AuthFlow;
class AuthSessionPrivate;
class TokenReply;

/*!
 * \brief What an application binds to: who is signed in, and a valid access token on demand.
 *
 * An AuthSession restores the last account from its TokenStore at start-up (with no network
 * request while the stored access token is still valid, otherwise with one refresh), refreshes
 * ahead of expiry (refreshBuffer() seconds, with a little jitter), and signs out completely:
 * tokens revoked where the provider can, every stored piece of the account deleted.
 *
 * accessToken() is single-flight: however many callers ask while a refresh is due, one refresh
 * request is made and all of them get its result. A rotated refresh token is saved before the
 * new access token is handed out. When the provider rejects the refresh token
 * (`invalid_grant`), the stored refresh token is deleted and the session enters
 * ReauthenticationRequired once. Network failures are retried with a bounded backoff and keep
 * the session.
 *
 * When the keychain cannot be used the session keeps working in memory only and says so:
 * isPersistent() turns false and errorOccurred() reports the StorageError. Nothing is ever
 * written in plain text instead.
 *
 * \code
 * auto *session = new QtSignIn::AuthSession(provider, new QtSignIn::KeychainTokenStore(this),
 * this); connect(session, &QtSignIn::AuthSession::stateChanged, this, &MainWindow::updateUi);
 * session->restore();                       // signed in again without a sign-in page
 * // later:
 * if (!session->isSignedIn())
 *     session->signIn(QtSignIn::OAuthProvider::UserAgent::SystemBrowser);
 * auto *reply = session->accessToken();     // refreshed if due
 * connect(reply, &QtSignIn::OAuthReply::finished, this, [reply] {
 *     if (!reply->hasError())
 *         callApi(reply->tokens().authorizationHeader());
 *     reply->deleteLater();
 * });
 * \endcode
 *
 * Declaratively (QML, or C++ that configures the session after creating it), construct it
 * empty and set provider and store before the first restore() or signIn():
 *
 * \code
 * auto *session = new QtSignIn::AuthSession(this);
 * session->setProvider(provider);
 * session->setStore(new QtSignIn::MemoryTokenStore(session)); // optional: keychain by default
 * session->restore();
 * \endcode
 */
class QTSIGNINCORE_EXPORT AuthSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(
        QtSignIn::OAuthProvider *provider READ provider WRITE setProvider NOTIFY providerChanged)
    Q_PROPERTY(QtSignIn::TokenStore *store READ store WRITE setStore NOTIFY storeChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY stateChanged)
    Q_PROPERTY(QtSignIn::UserInfo user READ user NOTIFY userChanged)
    Q_PROPERTY(QString currentAccountId READ currentAccountId NOTIFY currentAccountChanged)
    Q_PROPERTY(QVariantList accounts READ accountList NOTIFY accountsChanged)
    Q_PROPERTY(bool persistent READ isPersistent NOTIFY persistentChanged)
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
    Q_PROPERTY(
        int refreshBuffer READ refreshBuffer WRITE setRefreshBuffer NOTIFY refreshBufferChanged)
    Q_PROPERTY(QDateTime expiresAt READ expiresAt NOTIFY tokensChanged)

public:
    enum class State {
        SignedOut,               ///< No account (or restore found none).
        Restoring,               ///< Reading the stored account at start-up.
        SigningIn,               ///< An interactive sign-in is running.
        SignedIn,                ///< A user is signed in; accessToken() works.
        Refreshing,              ///< Signed in, a refresh is under way.
        ReauthenticationRequired ///< The refresh token was rejected: sign in again.
    };
    Q_ENUM(State)

    /*!
     * A session for \a provider's accounts in \a store. Without a store a KeychainTokenStore
     * for the application is used. The session does not take ownership of either.
     */
    explicit AuthSession(OAuthProvider *provider, TokenStore *store = nullptr,
                         QObject *parent = nullptr);
    /*!
     * A session with no provider and no store yet (for QML and declarative set-up): set them
     * with setProvider() and setStore(). If no store is set when the session first needs one
     * (restore(), signIn(), switchAccount(), removeAccount()), it creates its own
     * KeychainTokenStore for the application, as the other constructor does.
     */
    explicit AuthSession(QObject *parent = nullptr);
    ~AuthSession() override;

    OAuthProvider *provider() const;
    /*!
     * Sets the provider (not owned). Meant to be set once, before restore() or signIn();
     * changing it does not sign the current account out, it takes effect from the next
     * operation.
     */
    void setProvider(OAuthProvider *provider);
    /*! The store; null for a default-constructed session until it first needs one. */
    TokenStore *store() const;
    /*!
     * Sets the store (not owned) instead of the session's own KeychainTokenStore. Meant to be
     * set once, before restore() or signIn(); it also ends the session-only mode that a
     * failing previous store caused.
     */
    void setStore(TokenStore *store);

    State state() const;
    bool isSignedIn() const;
    UserInfo user() const;
    /*! The current tokens (null when signed out). */
    TokenSet tokens() const;
    QDateTime expiresAt() const;

    QString currentAccountId() const;
    /*! This provider's stored accounts (non-secret fields), most recent first. */
    QList<StoredAccount> accounts() const;
    QVariantList accountList() const;

    /*! False when tokens live in memory only (no keychain, or a memory store). */
    bool isPersistent() const;
    /*!
     * False while the provider cannot be reached: a refresh failed for a network reason, or
     * the platform reports no network (QNetworkInformation, where a backend exists). The
     * session keeps its tokens (the current access token serves while valid), reports the
     * failure once with errorOccurred() rather than at every retry, retries with a bounded
     * backoff, and refreshes as soon as the platform reports the network back.
     */
    bool isOnline() const;

    /*! Refresh this many seconds before expiry (default 60). */
    int refreshBuffer() const;
    void setRefreshBuffer(int seconds);

    /*!
     * A reply that finishes with a valid access token in TokenReply::tokens(), refreshing first
     * when the token expires within refreshBuffer(). Concurrent calls share one refresh.
     */
    TokenReply *accessToken();

public Q_SLOTS:
    /*!
     * Restores the provider's most recently used account from the store
     * (TokenStore::loadMostRecent()), then lists the stored accounts: accountsChanged() comes
     * after the state has reached SignedIn.
     */
    void restore();
    /*!
     * Starts an interactive sign-in with \a agent and returns its flow (for the Embedded agent,
     * show it in a LoginDialog). On success the account is stored and becomes current.
     */
    QtSignIn::AuthFlow *signIn(QtSignIn::OAuthProvider::UserAgent agent);
    QtSignIn::AuthFlow *signIn();
    /*! Refreshes now, whatever the expiry. */
    void refresh();
    /*!
     * Signs the current account out: revokes its tokens where supported, deletes its stored
     * entry, and ends in SignedOut. A failed revocation is reported, the local secrets are
     * deleted anyway.
     */
    void signOut();
    /*! Makes a stored account current (restoring it like restore()). */
    void switchAccount(const QString &accountId);
    /*! Signs out and forgets \a accountId (the current one or another). */
    void removeAccount(const QString &accountId);

Q_SIGNALS:
    void providerChanged();
    void storeChanged();
    void stateChanged(QtSignIn::AuthSession::State state);
    void userChanged();
    void tokensChanged();
    void currentAccountChanged();
    void accountsChanged();
    void persistentChanged();
    void onlineChanged();
    void refreshBufferChanged();
    /*! Emitted once when the refresh token is rejected and the user must sign in again. */
    void reauthenticationRequired();
    /*!
     * Emitted once per completed sign-out or removeAccount(), after the stored entry has been
     * deleted and the provider has answered the revocation (\a revoked: it confirmed it).
     */
    void signedOut(bool revoked);
    void errorOccurred(const QtSignIn::AuthError &error);

private:
    std::unique_ptr<AuthSessionPrivate> d_ptr;
    friend class AuthSessionPrivate;
    Q_DISABLE_COPY(AuthSession)
};

} // namespace QtSignIn
