// SPDX-License-Identifier: BSD-3-Clause
#include "terminal.h"
#include "cli.h"
#include "exitstatus.h"

#include <cstdio>
#include <unistd.h>

namespace QtSignInCli {

Terminal::Terminal(QObject *parent)
    : QObject(parent)
    , m_interactive(::isatty(STDERR_FILENO) == 1)
{
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &Terminal::drawProgress);
}

void Terminal::write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void Terminal::result(const QString &text)
{
    write(stdout, text.endsWith(u'\n') ? text : text + u'\n');
}

void Terminal::notice(const QString &text)
{
    const bool showing = m_progressShown;
    if (showing)
        write(stderr, QStringLiteral("\r\x1b[K"));
    write(stderr, text + u'\n');
    if (showing)
        drawProgress();
}

void Terminal::error(const QString &codeName, const QString &message)
{
    stopProgress();
    // One line, whatever the message holds (server text may contain newlines).
    QString line = message.simplified();
    write(stderr, QStringLiteral("qtsignin: ") + codeName + QStringLiteral(": ") + line + u'\n');
}

void Terminal::error(const QtSignIn::AuthError &authError)
{
    // The translated message, and the developer detail when it says more (never a secret).
    QString text = authError.message();
    const QString detail = authError.detail();
    // The default text of a configuration error speaks to an application's end user ("contact
    // the application's support"); here the user wrote the settings, and the detail names them.
    if (authError.code() == QtSignIn::AuthError::Code::Configuration && !detail.isEmpty() &&
        text == QtSignIn::AuthError::defaultMessage(authError.code()))
        text = detail;
    if (!detail.isEmpty() && detail != text)
        text += QStringLiteral(" (") + detail + u')';
    error(errorCodeName(authError.code()), text);
}

void Terminal::startProgress(const QString &what, const QDateTime &deadline)
{
    m_progressText = what;
    m_deadline = deadline;
    if (!m_interactive)
        return;
    m_progressTimer.start();
    drawProgress();
}

void Terminal::stopProgress()
{
    m_progressTimer.stop();
    if (m_progressShown) {
        write(stderr, QStringLiteral("\r\x1b[K"));
        m_progressShown = false;
    }
}

void Terminal::drawProgress()
{
    static const char16_t frames[] = u"|/-\\";
    m_frame = (m_frame + 1) % 4;
    QString line = QChar(frames[m_frame]) + u' ' + m_progressText;
    if (m_deadline.isValid()) {
        const qint64 left = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_deadline));
        //: Time left to finish signing in, e.g. "1:45 left".
        line += QStringLiteral(" — ") +
            Cli::tr("%1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
    }
    write(stderr, QStringLiteral("\r\x1b[K") + line);
    m_progressShown = true;
}

} // namespace QtSignInCli
