// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtGui/QColor>
#include <QtGui/QIcon>

namespace QtSignIn {

/*
 * A padlock drawn with QPainter (no image files, crisp at any device pixel ratio): closed for a
 * secure connection, open for an insecure one. \a color is the stroke colour.
 */
QIcon lockIcon(bool closed, const QColor &color);

} // namespace QtSignIn
