// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/tokenstore.h>

namespace QtSignIn {

class KeychainTokenStorePrivate;

/*!
 * \brief A TokenStore in the operating system's keychain (Secret Service, macOS Keychain,
 * Windows Credential Manager), through QtKeychain.
 *
 * Entries live under the service name given to the constructor (the application's name by
 * default), one per account, plus an index of account ids. Entries larger than what Windows
 * allows (2.5 KB) are split into chunks transparently. Operations never block the event loop
 * and never wait forever: a keychain that does not answer within timeout() fails the operation
 * with a StorageError.
 *
 * \code
 * auto *store = new QtSignIn::KeychainTokenStore(QCoreApplication::applicationName(), this);
 * \endcode
 */
class QTSIGNINCORE_EXPORT KeychainTokenStore : public TokenStore
{
    Q_OBJECT
    Q_PROPERTY(QString service READ service WRITE setService NOTIFY serviceChanged)
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)

public:
    explicit KeychainTokenStore(QObject *parent = nullptr);
    explicit KeychainTokenStore(const QString &service, QObject *parent = nullptr);
    ~KeychainTokenStore() override;

    QString service() const;
    /*!
     * Sets the service name the entries are kept under; empty means the application's name.
     * For declarative use (QML): set it before the first operation. While operations are
     * queued or running the name is not changed (a warning is logged), so that one operation
     * never writes under two names.
     */
    void setService(const QString &service);
    /*! Milliseconds to wait for the keychain (default 10000). */
    int timeout() const;
    void setTimeout(int milliseconds);

    bool isPersistent() const override { return true; }
    StoreReply *save(const StoredAccount &account) override;
    StoreReply *load(const QString &accountId) override;
    StoreReply *remove(const QString &accountId) override;
    StoreReply *listAccounts() override;
    StoreReply *loadMostRecent(const QString &issuer, const QString &clientId) override;

Q_SIGNALS:
    void serviceChanged();
    void timeoutChanged();

private:
    std::unique_ptr<KeychainTokenStorePrivate> d_ptr;
};

} // namespace QtSignIn
