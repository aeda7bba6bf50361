// SPDX-License-Identifier: BSD-3-Clause
// Runner of the QML test cases (tst_*.qml in this directory).
//
// A QUICK_TEST_MAIN_WITH_SETUP binary instead of qmltestrunner, because QtWebEngine must be
// initialized before the QGuiApplication exists: the setup object is constructed first.

#include <QtCore/QRandomGenerator>
#include <QtQml/QQmlContext>
#include <QtQml/QQmlEngine>
#include <QtQuickTest/quicktest.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup() { QtWebEngineQuick::initialize(); }

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // The module from the build tree, where an application would find the installed one.
        engine->addImportPath(QStringLiteral(QTSIGNIN_QML_IMPORT_DIR));
        // The test OpenID Provider of the envelope (tools/setup.sh run --oidc tests/oidc).
        engine->rootContext()->setContextProperty(QStringLiteral("oidcIssuer"),
                                                  qEnvironmentVariable("OIDC_ISSUER"));
        // A keychain service of its own per run: nothing is shared with other tests.
        engine->rootContext()->setContextProperty(
            QStringLiteral("keychainService"),
            QStringLiteral("tst_qml-%1").arg(QRandomGenerator::global()->generate()));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "tst_qml.moc"
