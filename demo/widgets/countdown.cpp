// SPDX-License-Identifier: BSD-3-Clause
#include "countdown.h"

namespace QtSignInDemo {

qint64 Countdown::secondsUntil(const QDateTime &deadline)
{
    return QDateTime::currentDateTimeUtc().secsTo(deadline);
}

QString Countdown::format(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 3600) {
        //: A countdown: minutes and seconds, e.g. 4:05.
        return tr("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    //: A countdown of an hour or more: hours and minutes, e.g. 1 h 05 min.
    return tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace QtSignInDemo
