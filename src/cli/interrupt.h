// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QObject>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace QtSignInCli {

/*
 * Turns SIGINT and SIGTERM into a Qt signal (through a self-pipe, the only safe way out of a
 * signal handler), so that Ctrl+C cancels the sign-in cleanly: the loopback port is closed,
 * nothing half-done is stored, and the tool exits with status 3.
 */
class Interrupt : public QObject
{
    Q_OBJECT

public:
    explicit Interrupt(QObject *parent = nullptr);
    ~Interrupt() override;

    bool hasFired() const { return m_fired; }

Q_SIGNALS:
    void fired();

private:
    QSocketNotifier *m_notifier = nullptr;
    bool m_fired = false;
};

} // namespace QtSignInCli
