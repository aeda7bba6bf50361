// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QString>

namespace QtSignInDemo {

/*! Words for the time left until a deadline ("4:59", "1 h 05 min"…). */
class Countdown
{
    Q_DECLARE_TR_FUNCTIONS(QtSignInDemo::Countdown)
public:
    /*! Seconds from now until \a deadline (negative once passed). */
    static qint64 secondsUntil(const QDateTime &deadline);
    /*! \a seconds as m:ss below an hour, else hours and minutes. */
    static QString format(qint64 seconds);
};

} // namespace QtSignInDemo
