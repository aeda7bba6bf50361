// SPDX-License-Identifier: BSD-3-Clause
#include "browserlauncher_p.h"

#include <QtSignIn/authflow.h>

#include <QtGui/QDesktopServices>

namespace QtSignIn {

bool openWithDesktopBrowser(const QUrl &url)
{
    if (!qEnvironmentVariableIsEmpty("BROWSER"))
        return AuthFlow::openInSystemBrowser(url);
    return QDesktopServices::openUrl(url);
}

} // namespace QtSignIn
