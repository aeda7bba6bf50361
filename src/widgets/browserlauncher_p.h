// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QUrl>

namespace QtSignIn {

/*
 * The browser launcher QtSignIn::Widgets installs on the flows it creates: the program named by
 * $BROWSER when set (AuthFlow::openInSystemBrowser(), as xdg-open does), else
 * QDesktopServices::openUrl() (the desktop's handler, portals included).
 */
bool openWithDesktopBrowser(const QUrl &url);

} // namespace QtSignIn
