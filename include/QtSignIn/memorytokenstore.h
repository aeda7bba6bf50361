// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/tokenstore.h>

namespace QtSignIn {

class MemoryTokenStorePrivate;

/*!
 * \brief A TokenStore that forgets everything when it is destroyed.
 *
 * For tests and for the explicit session-only mode (no keychain, or the user chose not to be
 * remembered). Same asynchronous contract as KeychainTokenStore.
 *
 * \code
 * auto *store = new QtSignIn::MemoryTokenStore(this);
 * \endcode
 */
class QTSIGNINCORE_EXPORT MemoryTokenStore : public TokenStore
{
    Q_OBJECT
public:
    explicit MemoryTokenStore(QObject *parent = nullptr);
    ~MemoryTokenStore() override;

    bool isPersistent() const override { return false; }
    StoreReply *save(const StoredAccount &account) override;
    StoreReply *load(const QString &accountId) override;
    StoreReply *remove(const QString &accountId) override;
    StoreReply *listAccounts() override;

    /*! Number of save/load/remove/list operations run (for tests and benchmarks). */
    int operationCount() const;

private:
    std::unique_ptr<MemoryTokenStorePrivate> d_ptr;
};

} // namespace QtSignIn
