// SPDX-License-Identifier: BSD-3-Clause
#include "logging_p.h"

namespace QtSignIn {
Q_LOGGING_CATEGORY(lcCore, "qtsignin.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetwork, "qtsignin.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProvider, "qtsignin.provider", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOidc, "qtsignin.oidc", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJose, "qtsignin.jose", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "qtsignin.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFlow, "qtsignin.flow", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "qtsignin.store", QtInfoMsg)
} // namespace QtSignIn
