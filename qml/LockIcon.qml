// SPDX-License-Identifier: BSD-3-Clause
// A padlock drawn in the text's colour, closed for a secure connection, open otherwise
// (the same shape as LoginDialog's icon).
import QtQuick

Canvas {
    id: icon

    property bool closed: true
    property color color: "black"

    implicitWidth: 16
    implicitHeight: 16
    onClosedChanged: requestPaint()
    onColorChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        const s = Math.min(width, height)
        ctx.reset()
        ctx.fillStyle = icon.color
        ctx.strokeStyle = icon.color
        // Body: a rounded rectangle in the lower half.
        const bx = s * 0.18, by = s * 0.45, bw = s * 0.64, bh = s * 0.47, r = s * 0.08
        ctx.beginPath()
        ctx.roundedRect(bx, by, bw, bh, r, r)
        ctx.fill()
        // Shackle: an arch above the body, lifted and open on one side when not secure.
        const left = s * 0.30, right = s * 0.70, radius = (right - left) / 2
        const top = icon.closed ? s * 0.10 : s * 0.02
        const lift = icon.closed ? 0 : s * 0.12
        ctx.lineWidth = Math.max(1, s / 12) * 1.4
        ctx.beginPath()
        ctx.moveTo(left, icon.closed ? by : by - lift * 1.6)
        ctx.lineTo(left, top + radius)
        ctx.arc(left + radius, top + radius, radius, Math.PI, 0, false)
        ctx.lineTo(right, by)
        ctx.stroke()
    }
}
