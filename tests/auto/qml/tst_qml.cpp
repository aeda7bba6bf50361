// SPDX-License-Identifier: BSD-3-Clause
// Runner of the QML test cases (tst_*.qml in this directory).
//
// A QUICK_TEST_MAIN_WITH_SETUP binary instead of qmltestrunner, because QtWebEngine must be
// initialized before the QGuiApplication exists: the setup object is constructed first.

#include "fakeserver.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QUrlQuery>
#include <QtQml/QQmlContext>
#include <QtQml/QQmlEngine>
#include <QtQuickTest/quicktest.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

using QtSignInTest::FakeResponse;

/*
 * A hostile sign-in page for LoginView (error injection only; the sign-in itself runs against
 * the real OP): /authorize embeds the flow's redirect URI, with the flow's own state, as an
 * image. /callback counts what reached the redirect URI.
 */
class HostilePage : public QObject
{
    Q_OBJECT

public:
    HostilePage()
    {
        m_server.on("/authorize", [](const QtSignInTest::FakeRequest &request) {
            QUrl callback(
                request.query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("code"), QStringLiteral("made-up"));
            query.addQueryItem(QStringLiteral("state"),
                               request.query.queryItemValue(QStringLiteral("state")));
            callback.setQuery(query);
            return FakeResponse::text(200,
                                      "<!doctype html><html><body><img src='" +
                                          callback.toEncoded() +
                                          "' onerror=\"document.title='blocked'\" "
                                          "onload=\"document.title='loaded'\"></body></html>");
        });
        m_server.on("/callback", [](const QtSignInTest::FakeRequest &) {
            return FakeResponse::text(200, "reached");
        });
        m_server.on("/token", [](const QtSignInTest::FakeRequest &) {
            return FakeResponse::text(400, "{\"error\":\"invalid_grant\"}");
        });
    }
    /* Once per run: every test file gets a new engine, the page stays. */
    bool listen() { return m_server.port() != 0 || m_server.listen(); }
    Q_INVOKABLE QUrl url(const QString &path) const { return m_server.url(path); }
    Q_INVOKABLE int count(const QString &path) const { return m_server.count(path.toUtf8()); }

private:
    QtSignInTest::FakeServer m_server;
};

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
            QStringLiteral("hostilePage"), m_hostilePage.listen() ? &m_hostilePage : nullptr);
        engine->rootContext()->setContextProperty(
            QStringLiteral("keychainService"),
            QStringLiteral("tst_qml-%1").arg(QRandomGenerator::global()->generate()));
    }

private:
    HostilePage m_hostilePage;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "tst_qml.moc"
