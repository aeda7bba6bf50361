// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>

namespace QtSignInCli {

/* The tool's exit codes: stable, documented in --help and the README. */
enum class ExitStatus {
    Ok = 0,
    Usage = 2,     // bad command line or settings
    Cancelled = 3, // cancelled (Ctrl+C, window closed) or timed out
    Rejected = 4,  // refused by the provider or by validation; also "not signed in"
    Network = 5,   // network, TLS, server unavailable
    Storage = 6    // the keychain or the tool's files
};

ExitStatus exitStatusFor(const QtSignIn::AuthError &error);
/* The error's code as written on stderr: "AccessDenied", "NetworkError"… */
QString errorCodeName(QtSignIn::AuthError::Code code);

} // namespace QtSignInCli
