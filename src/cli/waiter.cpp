// SPDX-License-Identifier: BSD-3-Clause
#include "waiter.h"
#include "interrupt.h"

#include <QtCore/QTimer>

namespace QtSignInCli {

Waiter::Waiter(Interrupt *interrupt)
    : m_interrupt(interrupt)
{
    QObject::connect(interrupt, &Interrupt::fired, &m_loop, &QEventLoop::quit);
}

void Waiter::check()
{
    if (m_done && m_done())
        m_loop.quit();
}

Waiter::Result Waiter::wait(const std::function<bool()> &done, int timeoutMs)
{
    if (m_interrupt->hasFired())
        return Result::Interrupted;
    if (done())
        return Result::Done;
    m_done = done;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &m_loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    m_loop.exec();
    m_done = nullptr;
    if (done())
        return Result::Done;
    return m_interrupt->hasFired() ? Result::Interrupted : Result::TimedOut;
}

} // namespace QtSignInCli
