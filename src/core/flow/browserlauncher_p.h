// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsigninglobal.h>

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

namespace QtSignIn::Flow {

/*!
 * The command lines AuthFlow::openInSystemBrowser() tries, in order, for \a url: one per entry
 * of \a browserVariable (the value of `$BROWSER`, entries separated by QDir::listSeparator()),
 * then the platform's opener (`xdg-open`, `open`, or `rundll32 url.dll,FileProtocolHandler`).
 * Each command line is the program followed by its arguments.
 *
 * An entry is split like a command line (QProcess::splitCommand(): quotes group, no shell
 * ever runs). In the arguments `%s` becomes the URL and `%%` a single `%`; without `%s` the
 * URL is appended as the last argument (as xdg-open and Python's webbrowser do).
 *
 * Returns nothing for a URL that is not http or https: only web pages are ever handed to a
 * program chosen by the environment.
 */
QTSIGNINCORE_EXPORT QList<QStringList> browserCommandLines(const QString &browserVariable,
                                                           const QUrl &url);

} // namespace QtSignIn::Flow
