// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>

#include <QtCore/QDateTime>
#include <QtCore/QObject>
#include <QtCore/QTimer>

namespace QtSignInCli {

/*
 * The tool's output: results on stdout, everything else on stderr. Progress (a spinner and the
 * time left) only when stderr is a terminal; otherwise stderr gets only what the user must act
 * on (the URL, the device code) and the final error.
 */
class Terminal : public QObject
{
    Q_OBJECT

public:
    explicit Terminal(QObject *parent = nullptr);

    bool isInteractive() const { return m_interactive; }

    /* A result line (or JSON) on stdout. */
    void result(const QString &text);
    /* Something the user must see (a URL, a code) on stderr, always. */
    void notice(const QString &text);
    /* The final error: `qtsignin: <ErrorCode>: <message>` on stderr, one line. */
    void error(const QString &codeName, const QString &message);
    void error(const QtSignIn::AuthError &error);

    /* Shows "<what> … m:ss left" until stopProgress() (interactive stderr only). */
    void startProgress(const QString &what, const QDateTime &deadline);
    void stopProgress();

private:
    void drawProgress();
    void write(FILE *stream, const QString &text);

    bool m_interactive = false;
    QTimer m_progressTimer;
    QString m_progressText;
    QDateTime m_deadline;
    int m_frame = 0;
    bool m_progressShown = false;
};

} // namespace QtSignInCli
