// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QCoreApplication>

namespace QtSignInCli {

/* The translation context of the tool's messages (catalogue qtsignin-cli). */
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/* The keychain service of the tool's accounts and client secrets. */
inline QString keychainService()
{
    return QStringLiteral("qtsignin-cli");
}

} // namespace QtSignInCli
