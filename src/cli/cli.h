// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <algorithm>

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

/*
 * \a word as one POSIX shell word, for the commands the tool suggests (`qtsignin login
 * --account NAME`): unchanged when it is made of safe characters only, else in single quotes.
 */
inline QString shellQuoted(const QString &word)
{
    const bool safe = !word.isEmpty() && std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
            c == u'-' || c == u'_' || c == u'.' || c == u'@' || c == u'+' || c == u'/' ||
            c == u':' || c == u',' || c == u'=';
    });
    if (safe)
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace QtSignInCli
