// SPDX-License-Identifier: BSD-3-Clause
#include "lockicon_p.h"

#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtGui/QPixmap>

namespace QtSignIn {

static QPixmap paintLock(int size, bool closed, const QColor &color)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const qreal pen = qMax(1.0, s / 12.0);

    // Body: a rounded rectangle in the lower half.
    const QRectF body(s * 0.18, s * 0.45, s * 0.64, s * 0.47);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(body, s * 0.08, s * 0.08);

    // Shackle: an arch above the body; shifted up and to the right when open.
    QPainterPath shackle;
    const qreal left = s * 0.30;
    const qreal right = s * 0.70;
    const qreal top = closed ? s * 0.10 : s * 0.02;
    const qreal bottom = body.top() + pen / 2;
    const qreal lift = closed ? 0 : s * 0.12;
    shackle.moveTo(left, closed ? bottom : bottom - lift * 1.6);
    shackle.lineTo(left, top + (right - left) / 2);
    shackle.arcTo(QRectF(left, top, right - left, right - left), 180, -180);
    shackle.lineTo(right, bottom);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(color, pen * 1.4, Qt::SolidLine, Qt::FlatCap));
    painter.drawPath(shackle);
    return pixmap;
}

QIcon lockIcon(bool closed, const QColor &color)
{
    QIcon icon;
    for (const int size : {16, 20, 24, 32, 40, 48, 64, 96})
        icon.addPixmap(paintLock(size, closed, color));
    return icon;
}

} // namespace QtSignIn
