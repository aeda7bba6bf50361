// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// A small reader for Qt Linguist .ts files (translations/*.ts), shared by the translation
// suites: the catalogue checker and the tests that compare what the libraries show with what
// the catalogues say.

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QXmlStreamReader>

namespace TsFile {

struct Message
{
    QString context;
    QString source;
    QString comment;      // disambiguation
    QString type;         // translation's type attribute: "", unfinished, vanished, obsolete
    bool numerus = false; // plural forms in `forms`
    QStringList forms;    // one entry, or the numerus forms
    qint64 line = 0;      // in the .ts file, for messages
};

struct Catalogue
{
    QString language; // the <TS language> attribute
    QList<Message> messages;
    QString error; // parse error, if any
};

inline Catalogue parse(const QByteArray &xml)
{
    Catalogue result;
    QXmlStreamReader reader(xml);
    QString context;
    Message message;
    bool inMessage = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == u"TS") {
                result.language = reader.attributes().value(QStringLiteral("language")).toString();
            } else if (name == u"name" && !inMessage) {
                context = reader.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                message = Message();
                message.context = context;
                message.numerus = reader.attributes().value(QStringLiteral("numerus")) == u"yes";
                message.line = reader.lineNumber();
            } else if (inMessage && name == u"source") {
                message.source = reader.readElementText();
            } else if (inMessage && name == u"comment") {
                message.comment = reader.readElementText();
            } else if (inMessage && name == u"translation") {
                message.type = reader.attributes().value(QStringLiteral("type")).toString();
                if (!message.numerus)
                    message.forms.append(reader.readElementText());
            } else if (inMessage && name == u"numerusform") {
                message.forms.append(reader.readElementText());
            }
        } else if (reader.isEndElement() && reader.name() == u"message") {
            result.messages.append(message);
            inMessage = false;
        }
    }
    if (reader.hasError())
        result.error = reader.errorString() + QStringLiteral(" at line ") +
            QString::number(reader.lineNumber());
    return result;
}

inline Catalogue read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Catalogue result;
        result.error = QStringLiteral("cannot open ") + path;
        return result;
    }
    return parse(file.readAll());
}

// The translation of `source` in `context`, or a null string.
inline QString lookup(const Catalogue &catalogue, const QString &context, const QString &source)
{
    for (const Message &message : catalogue.messages) {
        if (message.context == context && message.source == source && !message.forms.isEmpty())
            return message.forms.first();
    }
    return QString();
}

// The directory holding the catalogues: QTSIGNIN_TS_DIR (the sync test's lupdated copies), else
// the source tree's translations/ (QTSIGNIN_SOURCE_DIR is set by ctest).
inline QDir directory()
{
    const QString override = qEnvironmentVariable("QTSIGNIN_TS_DIR");
    if (!override.isEmpty())
        return QDir(override);
    return QDir(qEnvironmentVariable("QTSIGNIN_SOURCE_DIR") + QStringLiteral("/translations"));
}

} // namespace TsFile
