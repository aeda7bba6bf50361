// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QEventLoop>
#include <QtCore/QObject>

#include <functional>

namespace QtSignInCli {

class Interrupt;

/*
 * Runs the event loop until a condition holds, the user interrupts, or a deadline passes. The
 * condition is checked whenever one of the signals given to wakeOn() fires, never by polling.
 */
class Waiter
{
public:
    enum class Result { Done, Interrupted, TimedOut };

    explicit Waiter(Interrupt *interrupt);

    template<typename Sender, typename Signal>
    void wakeOn(const Sender *sender, Signal signal)
    {
        m_connections.append(QObject::connect(sender, signal, &m_loop, [this] { check(); }));
    }

    Result wait(const std::function<bool()> &done, int timeoutMs);

private:
    void check();

    QEventLoop m_loop;
    Interrupt *m_interrupt;
    std::function<bool()> m_done;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace QtSignInCli
