// SPDX-License-Identifier: BSD-3-Clause
// The QML module's catalogue (translations/qtsigninqml_<lang>.ts) loads itself: this test does
// not link the module's backing library, so QtSignInQml and its start-up function arrive with the
// plugin that the engine loads for `import QtSignIn`, after the application object exists, as in
// any QML application. ctest runs it with LANGUAGE=de (the session's language).

#include <QtSignIn/translations.h>

#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtGui/QGuiApplication>
#include <QtQml/QQmlComponent>
#include <QtQml/QQmlEngine>
#include <QtTest/QTest>

#include <memory>

class tst_TranslationsQml : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QObject> create(QQmlEngine *engine, const QByteArray &qml)
    {
        QQmlComponent component(engine);
        component.setData(qml, QUrl(QStringLiteral("qrc:/tst_translations_qml.qml")));
        std::unique_ptr<QObject> object(component.create());
        if (!object)
            qWarning().noquote() << component.errorString();
        return object;
    }

private Q_SLOTS:
    void init()
    {
        // Quiet: no QML error, and no thread warning from the catalogue that the plugin's
        // library registers from the QML type loader's thread.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    }

    void initTestCase()
    {
        QVERIFY2(QLocale().uiLanguages().constFirst().startsWith(u"de"),
                 "run with LANGUAGE=de (ctest sets it)");
    }

    void componentsSpeakTheSessionsLanguage_data()
    {
        QTest::addColumn<QByteArray>("qml");
        QTest::addColumn<QByteArray>("property");
        QTest::addColumn<QString>("expected");
        QTest::newRow("SignInButton signed out")
            << QByteArray("import QtSignIn\nSignInButton {}") << QByteArray("text")
            << QStringLiteral("Anmelden");
        QTest::newRow("AccountSwitcher without accounts")
            << QByteArray("import QtQuick\nimport QtSignIn\nAccountSwitcher {}")
            << QByteArray("accessibleName") << QStringLiteral("Konten");
    }

    void componentsSpeakTheSessionsLanguage()
    {
        QFETCH(QByteArray, qml);
        QFETCH(QByteArray, property);
        QFETCH(QString, expected);
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral(QTSIGNIN_QML_IMPORT_DIR));
        // Accessible.name is an attached property: expose it to the test through the root.
        if (property == "accessibleName")
            qml.replace("{}", "{ property string accessibleName: Accessible.name }");
        const std::unique_ptr<QObject> object = create(&engine, qml);
        QVERIFY(object);
        QCOMPARE(object->property(property.constData()).toString(), expected);
    }

    void componentsFollowARunTimeLanguageChange()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral(QTSIGNIN_QML_IMPORT_DIR));
        const std::unique_ptr<QObject> button =
            create(&engine, QByteArrayLiteral("import QtSignIn\nSignInButton {}"));
        QVERIFY(button);
        QCOMPARE(button->property("text").toString(), QStringLiteral("Anmelden"));

        // What an application does to switch languages; the engine re-evaluates its qsTr()
        // bindings on retranslate() (Qt 6.4's QQmlApplicationEngine by itself only when
        // Qt.uiLanguage changes, see tst_translations_demo_qml).
        QVERIFY(QtSignIn::installTranslations(QLocale(QLocale::Japanese)));
        engine.retranslate();
        QCOMPARE(button->property("text").toString(), QStringLiteral("サインイン"));

        QVERIFY(!QtSignIn::installTranslations(QLocale(QLocale::English)));
        engine.retranslate();
        QCOMPARE(button->property("text").toString(), QStringLiteral("Sign in"));

        QVERIFY(QtSignIn::installTranslations(QLocale(QLocale::German)));
        engine.retranslate();
        QCOMPARE(button->property("text").toString(), QStringLiteral("Anmelden"));
    }
};

QTEST_MAIN(tst_TranslationsQml)

#include "tst_translations_qml.moc"
