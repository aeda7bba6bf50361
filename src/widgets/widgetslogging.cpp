// SPDX-License-Identifier: BSD-3-Clause
#include "widgetslogging_p.h"

namespace QtSignIn {
Q_LOGGING_CATEGORY(lcWidgets, "qtsignin.widgets", QtInfoMsg)
} // namespace QtSignIn
