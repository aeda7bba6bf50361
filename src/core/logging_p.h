// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// All logging categories of QtSignInCore, declared in one place.
// Rule: never log a token, code, verifier, secret, nonce or state value, nor a URL that
// carries one (authorize URLs, redirect URIs with a query).

#include <QtCore/QLoggingCategory>

namespace QtSignIn {
Q_DECLARE_LOGGING_CATEGORY(lcCore)     // qtsignin.core
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)  // qtsignin.network
Q_DECLARE_LOGGING_CATEGORY(lcProvider) // qtsignin.provider
Q_DECLARE_LOGGING_CATEGORY(lcOidc)     // qtsignin.oidc
Q_DECLARE_LOGGING_CATEGORY(lcJose)     // qtsignin.jose
Q_DECLARE_LOGGING_CATEGORY(lcSettings) // qtsignin.settings
Q_DECLARE_LOGGING_CATEGORY(lcFlow)     // qtsignin.flow (AuthFlow, loopback receiver, browser)
Q_DECLARE_LOGGING_CATEGORY(lcStore)    // qtsignin.store
} // namespace QtSignIn
