// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/authflow.h>

#include "flow/browserlauncher_p.h"
#include "logging_p.h"

#include <QtCore/QDir>
#include <QtCore/QProcess>

namespace QtSignIn {

namespace Flow {

namespace {

// printf-like expansion as xdg-open does it: `%s` is the URL, `%%` a percent sign, any other
// `%x` stays as written.
QString expand(const QString &token, const QString &url, bool *substituted)
{
    QString out;
    out.reserve(token.size());
    for (qsizetype i = 0; i < token.size(); ++i) {
        const QChar c = token.at(i);
        if (c == u'%' && i + 1 < token.size()) {
            const QChar next = token.at(i + 1);
            if (next == u's' && substituted) {
                out += url;
                *substituted = true;
                ++i;
                continue;
            }
            if (next == u'%') {
                out += u'%';
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

QList<QStringList> browserCommandLines(const QString &browserVariable, const QUrl &url)
{
    QList<QStringList> commands;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"https" && scheme != u"http") || url.host().isEmpty())
        return commands;
    // Fully encoded: the argument is pure ASCII without spaces, whatever program receives it.
    const QString encoded = QString::fromLatin1(url.toEncoded(QUrl::FullyEncoded));

    const QStringList entries = browserVariable.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        QStringList words = QProcess::splitCommand(entry);
        if (words.isEmpty())
            continue;
        // The program name never receives the URL: `%s` there would run the URL itself.
        QStringList command{expand(words.takeFirst(), encoded, nullptr)};
        bool substituted = false;
        for (const QString &word : std::as_const(words))
            command << expand(word, encoded, &substituted);
        if (!substituted)
            command << encoded;
        commands << command;
    }
    // The platform's opener comes last even when $BROWSER is set: a stale entry must not
    // leave the user without a browser.
#if defined(Q_OS_MACOS)
    commands << QStringList{QStringLiteral("open"), encoded};
#elif defined(Q_OS_WIN)
    // The documented way to hand a URL to the default handler without a shell (`start` is a
    // cmd.exe built-in and would interpret `&` in the query).
    commands << QStringList{QStringLiteral("rundll32"),
                            QStringLiteral("url.dll,FileProtocolHandler"), encoded};
#else
    commands << QStringList{QStringLiteral("xdg-open"), encoded};
#endif
    return commands;
}

} // namespace Flow

bool AuthFlow::openInSystemBrowser(const QUrl &url)
{
    const QList<QStringList> commands =
        Flow::browserCommandLines(qEnvironmentVariable("BROWSER"), url);
    if (commands.isEmpty()) {
        // Only the scheme: the URL itself carries state and the PKCE challenge.
        qCWarning(lcFlow) << "browser: refusing to open a URL with scheme" << url.scheme();
        return false;
    }
    for (QStringList command : commands) {
        const QString program = command.takeFirst();
        if (QProcess::startDetached(program, command)) {
            qCDebug(lcFlow) << "browser: started" << program;
            return true;
        }
        qCDebug(lcFlow) << "browser: could not start" << program;
    }
    qCWarning(lcFlow) << "browser: no browser could be started";
    return false;
}

} // namespace QtSignIn
