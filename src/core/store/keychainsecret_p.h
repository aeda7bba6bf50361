// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>

#include <QtCore/QString>

namespace QtSignIn {

/*
 * One small secret (a client secret a user typed into a tool or the demo) in the operating
 * system's keychain, read and written synchronously with a timeout: for programs that need it
 * before they can do anything else (the CLI, the demo's settings). Never a file fallback: a
 * failure is a StorageError the caller reports. Accounts and tokens use KeychainTokenStore.
 */
class QTSIGNINCORE_EXPORT KeychainSecret
{
public:
    static constexpr int DefaultTimeoutMs = 10000;

    static bool write(const QString &service, const QString &key, const QString &secret,
                      AuthError *error);
    /* An absent entry is not an error: \a secret is then empty. */
    static bool read(const QString &service, const QString &key, QString *secret, AuthError *error);
    static bool remove(const QString &service, const QString &key, AuthError *error);
};

} // namespace QtSignIn
