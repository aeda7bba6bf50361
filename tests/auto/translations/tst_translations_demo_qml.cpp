// SPDX-License-Identifier: BSD-3-Clause
// The QML demo (demo/qml/Main.qml) in the session's language: ctest runs this suite with
// LANGUAGE=ar and again with LANGUAGE=de. The demo's catalogue (translations/
// qtsignin-demo-qml_<lang>.ts) is built into this test the way it is built into the demo's
// executable, and registers itself at start-up; nothing here loads a translator. Expected texts
// come from the .ts files, so a catalogue that is missing, not loaded or under the wrong context
// fails; Arabic must also lay the window out right to left.

#include "tsfile.h"

#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/memorytokenstore.h>
#include <QtSignIn/translations.h>

#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtGui/QGuiApplication>
#include <QtQml/QQmlApplicationEngine>
#include <QtQuick/QQuickItem>
#include <QtQuick/QQuickWindow>
#include <QtTest/QTest>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

#include <memory>

using namespace QtSignIn;

namespace {

const QString kDemoCatalogue = QStringLiteral("qtsignin-demo-qml");

QString translation(const QString &catalogue, const QString &language, const QString &context,
                    const QString &source)
{
    const TsFile::Catalogue ts =
        TsFile::read(TsFile::directory().filePath(catalogue + u'_' + language + u".ts"));
    return TsFile::lookup(ts, context, source);
}

// The language's direction as a native reader expects it, independent of the catalogues.
Qt::LayoutDirection directionOf(const QString &language)
{
    return language == u"ar" ? Qt::RightToLeft : Qt::LeftToRight;
}

void collect(QQuickItem *item, QList<QQuickItem *> *items)
{
    items->append(item);
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, items);
}

} // namespace

class tst_TranslationsDemoQml : public QObject
{
    Q_OBJECT

public:
    // Called by QTEST_MAIN before the application object exists: Main.qml holds a WebEngineView
    // (ENVIRONMENT.md W1, W2), as the demo's main() prepares for.
    static void initMain()
    {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        QtWebEngineQuick::initialize();
    }

private:
    QString m_language; // the session's: "ar" or "de"
    QObject m_owner;
    GenericOidcProvider *m_provider = nullptr;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

    // The visible-or-not item of the demo's window whose `text` is `text`.
    QQuickItem *itemWithText(const QString &text) const
    {
        QList<QQuickItem *> items;
        collect(m_window->contentItem(), &items);
        for (QQuickItem *item : std::as_const(items)) {
            if (item->property("text").toString() == text)
                return item;
        }
        return nullptr;
    }

    // The header's heading ("QtSignIn demo") and the provider's name sit in one RowLayout: the
    // heading leads (left in LTR, right in RTL), the provider's name follows.
    bool headingLeadsProviderName(const QString &language, Qt::LayoutDirection direction) const
    {
        const QQuickItem *heading =
            itemWithText(translation(kDemoCatalogue, language, u"Main"_qs, u"QtSignIn demo"_qs));
        const QQuickItem *name = itemWithText(m_provider->displayName());
        if (!heading || !name || heading->width() <= 0 || name->width() <= 0)
            return false;
        const qreal headingX = heading->mapToScene(QPointF()).x();
        const qreal nameX = name->mapToScene(QPointF()).x();
        return direction == Qt::RightToLeft ? headingX > nameX : headingX < nameX;
    }

    // The window shows `language`'s strings: the demo's and the QtSignIn module's.
    void verifyStrings(const QString &language)
    {
        const QString title =
            translation(kDemoCatalogue, language, u"Main"_qs, u"QtSignIn QML demo"_qs);
        QVERIFY2(!title.isEmpty() && title != u"QtSignIn QML demo",
                 qPrintable(u"no " + language + u" title in the catalogue"));
        QTRY_COMPARE(m_window->title(), title);

        // The sign-in button comes from the QtSignIn module's own catalogue, in the same language.
        const QString signIn =
            translation(u"qtsigninqml"_qs, language, u"SignInButton"_qs, u"Sign in with %1"_qs);
        QVERIFY(!signIn.isEmpty());
        const auto *button = m_window->findChild<QQuickItem *>(u"signInButton"_qs);
        QVERIFY(button);
        QTRY_COMPARE(button->property("text").toString(), signIn.arg(m_provider->displayName()));
    }

    // A QML error in the demo's files (a binding that throws after a language change, say)
    // fails the test; QtWebEngine's start-up chatter does not.
    static void failOnQmlWarnings()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("\\.qml:\\d+")));
    }

private Q_SLOTS:
    void init() { failOnQmlWarnings(); }

    void initTestCase()
    {
        failOnQmlWarnings();
        QVERIFY2(TsFile::directory().exists(kDemoCatalogue + u"_ar.ts"),
                 "run with QTSIGNIN_SOURCE_DIR set (ctest sets it)");
        m_language = QLocale().uiLanguages().constFirst().left(2);
        QVERIFY2(m_language == u"ar" || m_language == u"de",
                 "run with LANGUAGE=ar or LANGUAGE=de (ctest runs both)");
        // The direction comes from the demo's catalogue: checked before QQmlApplicationEngine
        // installs Qt's own translations for the language, which say the same where installed.
        QCOMPARE(QGuiApplication::layoutDirection(), directionOf(m_language));

        // What the demo's main() gives Main.qml; never started, so no network.
        m_provider = new GenericOidcProvider(QUrl(u"https://login.example.com"_qs), &m_owner);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(QStringLiteral(QTSIGNIN_QML_IMPORT_DIR));
        m_engine->setInitialProperties({
            {u"provider"_qs, QVariant::fromValue(m_provider)},
            {u"store"_qs, QVariant::fromValue(new MemoryTokenStore(&m_owner))},
        });
        m_engine->load(QUrl::fromLocalFile(QStringLiteral(QTSIGNIN_DEMO_QML_DIR "/Main.qml")));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase() { m_engine.reset(); }

    // The demo's texts, as Main.qml and UserCard.qml show them (context = the file's name).
    void windowSpeaksTheSessionsLanguage_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::newRow("toolbar heading") << u"Main"_qs << u"QtSignIn demo"_qs;
        QTest::newRow("refresh button") << u"Main"_qs << u"Refresh now"_qs;
        QTest::newRow("sign-out button") << u"Main"_qs << u"Sign out"_qs;
        QTest::newRow("accounts heading") << u"Main"_qs << u"Saved accounts"_qs;
        QTest::newRow("user card: e-mail") << u"UserCard"_qs << u"E-mail"_qs;
        QTest::newRow("user card: storage") << u"UserCard"_qs << u"memory only (this session)"_qs;
    }

    void windowSpeaksTheSessionsLanguage()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        const QString expected = translation(kDemoCatalogue, m_language, context, source);
        QVERIFY2(!expected.isEmpty() && expected != source,
                 qPrintable(u"not translated in the catalogue: " + source));
        QTRY_VERIFY2(itemWithText(expected), qPrintable(u"no item shows " + expected));
        QVERIFY(!itemWithText(source));
    }

    void windowTitleAndSignInButtonSpeakTheSessionsLanguage() { verifyStrings(m_language); }

    // Arabic right to left (the demo's catalogue translates QT_LAYOUT_DIRECTION to RTL, and
    // Main.qml mirrors its layouts with Qt.application.layoutDirection), German left to right.
    void windowIsLaidOutInTheLanguagesDirection()
    {
        QTRY_COMPARE(QGuiApplication::layoutDirection(), directionOf(m_language));
        QTRY_VERIFY2(headingLeadsProviderName(m_language, directionOf(m_language)),
                     "the header is not laid out in the language's direction");
    }

    // An application that switches language at run time: the other language of the two, then
    // back. Qt 6.4's QQmlApplicationEngine re-evaluates qsTr() by itself only when Qt.uiLanguage
    // changes, so the application calls retranslate(). (No direction check here: Qt's own
    // translator, which QQmlApplicationEngine installed for the start-up language, also answers
    // QT_LAYOUT_DIRECTION and is asked first; an application that switches languages replaces
    // that one too.)
    void windowFollowsARunTimeLanguageChange()
    {
        const QString other = m_language == u"ar" ? u"de"_qs : u"ar"_qs;
        QVERIFY(installTranslations(QLocale(other)));
        m_engine->retranslate();
        verifyStrings(other);
        QVERIFY(installTranslations(QLocale(m_language)));
        m_engine->retranslate();
        verifyStrings(m_language);
    }
};

QTEST_MAIN(tst_TranslationsDemoQml)

#include "tst_translations_demo_qml.moc"
