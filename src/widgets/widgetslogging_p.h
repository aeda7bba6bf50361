// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// The logging category of QtSignInWidgets. Same rule as the core (src/core/logging_p.h): never
// log a token, code, state or nonce value, nor a URL that carries one (the authorize URL, the
// redirect URI with its query). Hosts are fine.

#include <QtCore/QLoggingCategory>

namespace QtSignIn {
Q_DECLARE_LOGGING_CATEGORY(lcWidgets) // qtsignin.widgets
} // namespace QtSignIn
