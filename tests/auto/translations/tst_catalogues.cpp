// SPDX-License-Identifier: BSD-3-Clause
// Every catalogue in translations/ is complete and well-formed: no unfinished, vanished or
// obsolete message, no empty translation, the same placeholders and keyboard accelerators as
// the source, the right number of plural forms, every language present. The sync test
// (cmake/QtSignInCheckTranslationsSync.cmake) runs this same checker on lupdated copies, so a
// tr() added without a translation, or one removed from the code, fails as well.

#include "tsfile.h"

#include <QtCore/QMap>
#include <QtTest/QTest>

namespace {

// Plural forms per language, as lrelease writes them (Qt's numerus rules).
int pluralForms(const QString &language)
{
    static const QMap<QString, int> forms = {
        {QStringLiteral("de"), 2}, {QStringLiteral("fr"), 2},    {QStringLiteral("es"), 2},
        {QStringLiteral("it"), 2}, {QStringLiteral("pt_BR"), 2}, {QStringLiteral("en"), 2},
        {QStringLiteral("ja"), 1}, {QStringLiteral("zh_CN"), 1}, {QStringLiteral("ko"), 1},
        {QStringLiteral("ru"), 3}, {QStringLiteral("ar"), 6}};
    return forms.value(language, -1);
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n|L\\d)"));
    QSet<QString> result;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        result.insert(it.next().captured(0));
    return result;
}

// Keyboard accelerators: '&' before a character, "&&" being a literal ampersand.
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QStringList sorted(QSet<QString> set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

// What is wrong with one catalogue whose file name says `fileLanguage`; empty when nothing.
QStringList problems(const TsFile::Catalogue &catalogue, const QString &fileLanguage)
{
    QStringList result;
    if (!catalogue.error.isEmpty())
        return {catalogue.error};
    if (catalogue.language != fileLanguage)
        result.append(QStringLiteral("language attribute \"%1\", file name says \"%2\"")
                          .arg(catalogue.language, fileLanguage));
    if (catalogue.messages.isEmpty())
        result.append(QStringLiteral("no messages"));
    const int expectedForms = pluralForms(fileLanguage);
    for (const TsFile::Message &message : catalogue.messages) {
        const QString where = QStringLiteral("line %1, %2 \"%3\": ")
                                  .arg(message.line)
                                  .arg(message.context, message.source.left(60));
        if (!message.type.isEmpty()) {
            result.append(where + message.type +
                          (message.type == u"unfinished"
                               ? QStringLiteral(" (not translated yet)")
                               : QStringLiteral(" (no longer in the sources)")));
            continue;
        }
        if (message.numerus && message.forms.size() != expectedForms)
            result.append(where +
                          QStringLiteral("%1 plural forms, %2 needs %3")
                              .arg(message.forms.size())
                              .arg(fileLanguage)
                              .arg(expectedForms));
        if (message.forms.isEmpty())
            result.append(where + QStringLiteral("no translation"));
        const QSet<QString> wanted = placeholders(message.source);
        const int wantedAccelerators = accelerators(message.source);
        for (const QString &form : message.forms) {
            if (form.trimmed().isEmpty()) {
                result.append(where + QStringLiteral("empty translation"));
                continue;
            }
            const QSet<QString> found = placeholders(form);
            if (found != wanted)
                result.append(where +
                              QStringLiteral("placeholders %1, the source has %2")
                                  .arg(sorted(found).join(u' '), sorted(wanted).join(u' ')));
            if (accelerators(form) != wantedAccelerators)
                result.append(where +
                              QStringLiteral("%1 keyboard accelerators (&), the source "
                                             "has %2")
                                  .arg(accelerators(form))
                                  .arg(wantedAccelerators));
        }
    }
    return result;
}

QByteArray ts(const char *language, const char *message)
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                             "<TS version=\"2.1\" language=\"") +
        language + QByteArrayLiteral("\"><context><name>Ctx</name>") + message +
        QByteArrayLiteral("</context></TS>");
}

// File name → (catalogue, language): "qtsignin_pt_BR.ts" → ("qtsignin", "pt_BR").
QPair<QString, QString> splitName(const QString &fileName, const QStringList &languages)
{
    const QString base = fileName.chopped(3);
    for (const QString &language : languages) {
        if (base.endsWith(u'_' + language))
            return {base.chopped(language.size() + 1), language};
    }
    const qsizetype cut = base.indexOf(u'_');
    return {base.left(cut), base.mid(cut + 1)};
}

} // namespace

class tst_Catalogues : public QObject
{
    Q_OBJECT

    const QStringList m_languages =
        QString::fromLatin1(QTSIGNIN_LANGUAGES).split(u',', Qt::SkipEmptyParts);
    QDir m_dir;
    QStringList m_files;

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = TsFile::directory();
        QVERIFY2(m_dir.exists(), qPrintable(m_dir.path()));
        const QString only = qEnvironmentVariable("QTSIGNIN_TS_CATALOGUE");
        const QString pattern = (only.isEmpty() ? QStringLiteral("*") : only + u'_') + u"*.ts";
        m_files = m_dir.entryList({pattern}, QDir::Files, QDir::Name);
        QVERIFY2(!m_files.isEmpty(), qPrintable(m_dir.filePath(pattern)));
        QCOMPARE(m_languages.size(), 10);
    }

    // The checker itself: each fault it exists for is reported.
    void checkerReportsFaults_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unfinished")
            << ts("de",
                  "<message><source>Cancel</source>"
                  "<translation type=\"unfinished\">Abbrechen</translation></message>")
            << u"unfinished"_qs;
        QTest::newRow("vanished")
            << ts("de",
                  "<message><source>Cancel</source>"
                  "<translation type=\"vanished\">Abbrechen</translation></message>")
            << u"vanished"_qs;
        QTest::newRow("obsolete")
            << ts("de",
                  "<message><source>Cancel</source>"
                  "<translation type=\"obsolete\">Abbrechen</translation></message>")
            << u"obsolete"_qs;
        QTest::newRow("empty")
            << ts("de", "<message><source>Cancel</source><translation></translation></message>")
            << u"empty translation"_qs;
        QTest::newRow("missing %1") << ts("de",
                                          "<message><source>Sign in – %1</source>"
                                          "<translation>Anmelden</translation></message>")
                                    << u"placeholders"_qs;
        QTest::newRow("extra %2") << ts("de",
                                        "<message><source>Sign in – %1</source>"
                                        "<translation>Anmelden – %1 %2</translation></message>")
                                  << u"placeholders"_qs;
        QTest::newRow("missing %n")
            << ts("de",
                  "<message numerus=\"yes\"><source>%n minute(s)</source><translation>"
                  "<numerusform>eine Minute</numerusform><numerusform>%n Minuten"
                  "</numerusform></translation></message>")
            << u"placeholders"_qs;
        QTest::newRow("plural forms")
            << ts("ru",
                  "<message numerus=\"yes\"><source>%n minute(s)</source><translation>"
                  "<numerusform>%n минута</numerusform><numerusform>%n минуты"
                  "</numerusform></translation></message>")
            << u"plural forms"_qs;
        QTest::newRow("accelerator lost") << ts("de",
                                                "<message><source>&amp;Cancel</source>"
                                                "<translation>Abbrechen</translation></message>")
                                          << u"keyboard accelerators"_qs;
        QTest::newRow("language attribute") << ts("de_DE",
                                                  "<message><source>Cancel</source>"
                                                  "<translation>Abbrechen</translation></message>")
                                            << u"language attribute"_qs;
    }

    void checkerReportsFaults()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        const TsFile::Catalogue catalogue = TsFile::parse(xml);
        // The file is "…_de.ts" for the language attribute row, else named after its language.
        const QString fileLanguage = QTest::currentDataTag() == QByteArrayView("language attribute")
            ? QStringLiteral("de")
            : catalogue.language;
        const QStringList found = problems(catalogue, fileLanguage);
        QVERIFY2(found.join(u'\n').contains(expected), qPrintable(found.join(u'\n')));
        // And a good message passes.
        const QByteArray good = ts("de",
                                   "<message numerus=\"yes\"><source>&amp;Retry in %n "
                                   "s (%1)</source><translation><numerusform>&amp;Erneut in "
                                   "%n s (%1)</numerusform><numerusform>&amp;Erneut in %n "
                                   "s (%1)</numerusform></translation></message>");
        QCOMPARE(problems(TsFile::parse(good), QStringLiteral("de")), QStringList());
    }

    void everyCatalogueHasEveryLanguage()
    {
        QMap<QString, QStringList> byCatalogue;
        for (const QString &file : std::as_const(m_files)) {
            const auto [catalogue, language] = splitName(file, m_languages);
            QVERIFY2(m_languages.contains(language),
                     qPrintable(file + u": language not in QTSIGNIN_LANGUAGES"_qs));
            byCatalogue[catalogue].append(language);
        }
        for (auto it = byCatalogue.cbegin(); it != byCatalogue.cend(); ++it) {
            for (const QString &language : m_languages)
                QVERIFY2(it.value().contains(language),
                         qPrintable(it.key() + u'_' + language + u".ts is missing"_qs));
        }
        if (qEnvironmentVariableIsEmpty("QTSIGNIN_TS_CATALOGUE")) {
            // The libraries' catalogues; qml and demo add theirs.
            QVERIFY(byCatalogue.contains(QStringLiteral("qtsignin")));
            QVERIFY(byCatalogue.contains(QStringLiteral("qtsigninwidgets")));
        }
    }

    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : std::as_const(m_files))
            QTest::newRow(qPrintable(file)) << file;
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, file);
        const TsFile::Catalogue catalogue = TsFile::read(m_dir.filePath(file));
        const QStringList found = problems(catalogue, splitName(file, m_languages).second);
        QVERIFY2(found.isEmpty(), qPrintable(u'\n' + found.join(u'\n')));
    }

    // All languages of one catalogue translate the same messages.
    void languagesHaveTheSameMessages_data() { catalogueIsComplete_data(); }

    void languagesHaveTheSameMessages()
    {
        QFETCH(QString, file);
        const auto [name, language] = splitName(file, m_languages);
        const QString reference = name + QStringLiteral("_de.ts");
        const auto keys = [this](const QString &path) {
            QSet<QString> set;
            for (const TsFile::Message &message : TsFile::read(m_dir.filePath(path)).messages)
                set.insert(message.context + u'\x1f' + message.source + u'\x1f' + message.comment);
            return set;
        };
        QCOMPARE(sorted(keys(file)), sorted(keys(reference)));
    }
};

QTEST_GUILESS_MAIN(tst_Catalogues)
#include "tst_catalogues.moc"
