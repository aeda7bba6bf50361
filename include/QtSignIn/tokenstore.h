// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>
#include <QtSignIn/oauthreply.h>
#include <QtSignIn/storedaccount.h>

#include <QtCore/QList>
#include <QtCore/QObject>

#include <memory>

namespace QtSignIn {

class StoreReplyPrivate;

/*!
 * \brief The answer of a TokenStore operation.
 *
 * Like every reply it finishes asynchronously, exactly once. A failure is
 * AuthError::Code::StorageError with a detail naming the cause (no D-Bus session, no Secret
 * Service, locked keychain, access denied, no answer in time). load() of an unknown account
 * fails with isNotFound() set.
 */
class QTSIGNINCORE_EXPORT StoreReply : public OAuthReply
{
    Q_OBJECT
public:
    explicit StoreReply(QObject *parent = nullptr);
    ~StoreReply() override;

    /*! The account read by TokenStore::load(). */
    StoredAccount account() const;
    /*! The accounts listed by TokenStore::listAccounts() (non-secret fields only). */
    QList<StoredAccount> accounts() const;
    /*! True when load() or remove() found no such account. */
    bool isNotFound() const;

private:
    friend class ReplyAccess;
};

/*!
 * \brief Where sessions keep their tokens: asynchronous, one entry per account.
 *
 * KeychainTokenStore uses the operating system's keychain; MemoryTokenStore keeps tokens for
 * the life of the process (tests, and the explicit session-only mode). There is never a
 * silent fallback from one to the other: when the keychain is unavailable, operations fail
 * with a StorageError and availability() says so, and the application decides (AuthSession
 * offers session-only mode and says so).
 *
 * \code
 * auto *store = new QtSignIn::KeychainTokenStore(u"MyApp"_qs, this);
 * auto *reply = store->listAccounts();
 * connect(reply, &QtSignIn::OAuthReply::finished, this, [reply] {
 *     for (const auto &account : reply->accounts())
 *         qInfo() << account.displayName();
 *     reply->deleteLater();
 * });
 * \endcode
 */
class QTSIGNINCORE_EXPORT TokenStore : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Availability availability READ availability NOTIFY availabilityChanged)
    Q_PROPERTY(bool persistent READ isPersistent CONSTANT)

public:
    enum class Availability {
        Unknown,    ///< Nothing has been tried yet.
        Available,  ///< The last operation reached the store.
        Unavailable ///< The store cannot be used; see lastError().
    };
    Q_ENUM(Availability)

    ~TokenStore() override;

    /*! True when entries survive the process (the keychain); false for memory. */
    virtual bool isPersistent() const = 0;
    Availability availability() const;
    /*! Why the store is unavailable, when it is. */
    AuthError lastError() const;

    /*! Writes \a account (replacing an entry with the same id). */
    virtual StoreReply *save(const StoredAccount &account) = 0;
    /*! Reads one account with its secrets. */
    virtual StoreReply *load(const QString &accountId) = 0;
    /*! Deletes every piece of the account's entry. Removing an unknown id succeeds. */
    virtual StoreReply *remove(const QString &accountId) = 0;
    /*! Lists the stored accounts (non-secret fields only), most recently updated first. */
    virtual StoreReply *listAccounts() = 0;
    /*!
     * Reads, with its secrets, the most recently saved account of one provider (\a issuer
     * and \a clientId, as in StoredAccount): what AuthSession::restore() signs in with at
     * start-up. isNotFound() when there is none.
     *
     * The default lists the accounts and loads the newest matching one. KeychainTokenStore
     * keeps a pointer to it instead, so that start-up costs the same with one stored account
     * as with a hundred.
     */
    virtual StoreReply *loadMostRecent(const QString &issuer, const QString &clientId);

Q_SIGNALS:
    void availabilityChanged();

protected:
    explicit TokenStore(QObject *parent = nullptr);
    /*! For implementations: records the outcome of an operation. */
    void setAvailability(Availability availability, const AuthError &error = AuthError());

private:
    struct Private;
    std::unique_ptr<Private> d_ptr;
};

} // namespace QtSignIn
