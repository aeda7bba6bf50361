// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsigninglobal.h>

#include <QtCore/QLocale>

namespace QtSignIn {

/*!
 * \brief Shows QtSignIn's own strings in the language of \a locale.
 *
 * Applications normally never call this. Each QtSignIn library carries its translations
 * (German, French, Spanish, Italian, Brazilian Portuguese, Japanese, Simplified Chinese, Korean,
 * Russian and Arabic) and loads them itself when the QCoreApplication is created, for the
 * default locale (QLocale(), i.e. the system's languages unless the application called
 * QLocale::setDefault() before creating the application object): the first of
 * QLocale::uiLanguages() that is English or has a QtSignIn catalogue wins. English needs no
 * catalogue; for a language without one the strings stay English.
 *
 * The libraries' translators are installed first, so a translator the application installs
 * later takes precedence (QCoreApplication asks the most recently installed translator first):
 * an application may override any of QtSignIn's strings in its own catalogue by using the same
 * context (for example "QtSignIn::LoginDialog").
 *
 * Changing the language at run time: when the application calls QLocale::setDefault() and then
 * installs or replaces a translator, the libraries follow on the QEvent::LanguageChange that
 * this sends, and widgets such as LoginDialog retranslate themselves. An application that
 * switches its language without changing the default locale calls this function instead:
 * \code
 * QLocale::setDefault(QLocale(QLocale::Arabic)); // or just:
 * QtSignIn::installTranslations(QLocale(QLocale::Arabic));
 * \endcode
 * After a call to this function the libraries keep \a locale's language and no longer follow
 * changes of the default locale.
 *
 * Call it from the main thread, after the QCoreApplication was created. Returns true when a
 * catalogue for \a locale was loaded, false when QtSignIn's strings are now shown in English.
 */
QTSIGNINCORE_EXPORT bool installTranslations(const QLocale &locale);

} // namespace QtSignIn
