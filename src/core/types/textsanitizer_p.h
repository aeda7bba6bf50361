// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Helpers for text that comes from a server and ends up in UIs and logs.

#include <QtCore/QString>

namespace QtSignIn::Private {

/*!
 * \a text cut to at most \a maxLength UTF-16 units (an ellipsis included), never in the middle
 * of a surrogate pair.
 */
inline QString truncated(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text;
    if (maxLength <= 0)
        return QString();
    qsizetype length = maxLength - 1;
    if (length > 0 && text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length) + QChar(0x2026); // …
}

/*!
 * Removes what could forge or hide text when shown: control characters (line breaks become a
 * space, so a description cannot fake extra log lines) and the Unicode bidirectional
 * overrides/isolates that can reorder what the reader sees. Then caps the length.
 */
inline QString sanitizeUntrustedText(const QString &text, qsizetype maxLength)
{
    QString out;
    out.reserve(qMin(text.size(), maxLength + 1));
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t') {
            if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
                out.append(QLatin1Char(' '));
            continue;
        }
        if (c.category() == QChar::Other_Control)
            continue;
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E ||
            u == 0x200F || u == 0x061C)
            continue;
        out.append(c);
        if (out.size() > maxLength + 1)
            break;
    }
    return truncated(out.trimmed(), maxLength);
}

} // namespace QtSignIn::Private
