// SPDX-License-Identifier: BSD-3-Clause
// qtsignin-demo-qml: sign in with QtSignIn's QML types.
//
// The provider comes from QTSIGNIN_* variables (see ProviderSettings), on top of a default that
// needs no registration anywhere: the local development IdP at QTSIGNIN_ISSUER with the public
// client `qt-desktop` over loopback http. The same variables drive the widgets demo.
//
// Options (for documentation screenshots):
//   --screenshot FILE       save the window to FILE once the demo reaches --when, then quit
//   --when PHASE            signed-out (default), login-page or signed-in
//   QTSIGNIN_DEMO_AUTOFILL  a login name: fills and submits the development IdP's forms
// With --when other than signed-out the demo presses "Sign in" by itself.

#include <QtSignIn/keychaintokenstore.h>
#include <QtSignIn/memorytokenstore.h>
#include <QtSignIn/oauthprovider.h>
#include <QtSignIn/providersettings.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QTimer>
#include <QtGui/QGuiApplication>
#include <QtQml/QQmlApplicationEngine>
#include <QtQuick/QQuickWindow>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

using namespace QtSignIn;

namespace {

// Qt Quick follows QGuiApplication's layout direction (Main.qml mirrors its layouts with it), and
// QGuiApplication lays the application out right to left when its translators translate this
// string to "RTL". Marked here so that the demo's own catalogue (translations/
// qtsignin-demo-qml_<lang>.ts) carries it: "RTL" in Arabic, "LTR" elsewhere.
[[maybe_unused]] constexpr const char *layoutDirection[] = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
    "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.");

} // namespace

static ProviderSettings demoSettings(AuthError *error)
{
    // The development IdP by default; every QTSIGNIN_* variable that is set wins.
    ProviderSettings defaults;
    defaults.setProviderType(OAuthProvider::Type::Oidc);
    defaults.setClientId(QStringLiteral("qt-desktop"));
    defaults.setAllowInsecureLoopback(true);
    defaults.setScopes({QStringLiteral("openid"), QStringLiteral("offline_access"),
                        QStringLiteral("profile"), QStringLiteral("email")});
    const ProviderSettings fromEnvironment = ProviderSettings::fromEnvironment(error);
    ProviderSettings settings = defaults.mergedWith(fromEnvironment);
    // Another provider type from the environment does not inherit the dev IdP's client.
    if (fromEnvironment.hasProviderType() &&
        fromEnvironment.providerType() != OAuthProvider::Type::Oidc) {
        settings = fromEnvironment;
    }
    return settings;
}

int main(int argc, char *argv[])
{
    // QtWebEngine's rule for Qt Quick: before the application object.
    QtWebEngineQuick::initialize();
    // The demo's catalogue is built into this executable and, like QtSignIn's own, registered
    // and loaded for the system's language while the application object is created.
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("qtsignin-demo-qml"));
    // Window managers show it next to the window's title (Main.qml's, translated the same way).
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "QtSignIn QML demo"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the window to <file> and quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption when(QStringLiteral("when"),
                                  QStringLiteral("signed-out, login-page or signed-in."),
                                  QStringLiteral("phase"), QStringLiteral("signed-out"));
    parser.addOptions({screenshot, when});
    parser.process(app);

    AuthError error;
    const ProviderSettings settings = demoSettings(&error);
    OAuthProvider *provider = nullptr;
    if (!error.isError())
        provider = createProvider(settings, &app, &error);
    TokenStore *store = nullptr;
    if (settings.tokenStore() == ProviderSettings::TokenStoreBackend::Memory)
        store = new MemoryTokenStore(&app);
    else
        store = new KeychainTokenStore(QGuiApplication::applicationName(), &app);

    QQmlApplicationEngine engine;
    // The module as an application finds it: installed next to this program's prefix, or in
    // the build tree when the demo runs from there.
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral(QTSIGNIN_INSTALLED_QML_DIR));
    if (QFileInfo::exists(installed + QStringLiteral("/QtSignIn/qmldir")))
        engine.addImportPath(installed);
    else if (QFileInfo::exists(QStringLiteral(QTSIGNIN_BUILD_QML_DIR "/QtSignIn/qmldir")))
        engine.addImportPath(QStringLiteral(QTSIGNIN_BUILD_QML_DIR));

    QString problem;
    if (error.isError())
        problem = error.message() + u"\n" + error.detail();
    engine.setInitialProperties({
        {QStringLiteral("provider"), QVariant::fromValue(provider)},
        {QStringLiteral("store"), QVariant::fromValue(store)},
        {QStringLiteral("configurationProblem"), problem},
        {QStringLiteral("autofillLogin"), qEnvironmentVariable("QTSIGNIN_DEMO_AUTOFILL")},
        {QStringLiteral("autoSignIn"),
         parser.isSet(screenshot) && parser.value(when) != u"signed-out"},
    });
    engine.load(QUrl(QStringLiteral("qrc:/qt-project.org/imports/QtSignInDemo/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const QString phase = parser.value(when);
        // Poll the window's `phase` until it matches, then let a few frames settle (the web
        // page paints after its load finishes) and grab it.
        auto *poll = new QTimer(&app);
        auto settled = std::make_shared<int>(0);
        QObject::connect(poll, &QTimer::timeout, &app, [=] {
            if (window->property("phase").toString() != phase || window->property("busy").toBool())
                return void(*settled = 0);
            if (++*settled < 8)
                return;
            poll->stop();
            const bool saved = window->grabWindow().save(file);
            QCoreApplication::exit(saved ? 0 : 2);
        });
        poll->start(250);
        QTimer::singleShot(60000, &app, [] { QCoreApplication::exit(3); });
    }
    return app.exec();
}
