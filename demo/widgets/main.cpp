// SPDX-License-Identifier: BSD-3-Clause
// qtsignin-demo: try QtSignIn with the local development IdP, Google, GitHub, Microsoft or any
// OpenID Connect provider.

#include "demooptions.h"
#include "mainwindow.h"

#include <QtSignIn/logindialog.h>

#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtWidgets/QApplication>

#include <cstdio>

namespace {

// QGuiApplication lays the whole application out right to left when its translators translate
// this string to "RTL", and asks again on every language change. Marked here so that the demo's
// own catalogue carries it ("RTL" in Arabic, "LTR" elsewhere): the demo mirrors under Arabic
// even where Qt's translations (qtbase_ar.qm) are not installed.
[[maybe_unused]] constexpr const char *layoutDirection[] = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
    "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.");

} // namespace

int main(int argc, char *argv[])
{
    // QtWebEngine (the embedded sign-in window) needs this before the QApplication exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // The demo's catalogue (translations/qtsignin-demo_<lang>.ts) is built into this executable
    // and, like QtSignIn's own, registered and loaded for the system's language while the
    // application object is created: everything below is already translated.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("QtSignIn"));
    QCoreApplication::setApplicationName(QStringLiteral("qtsignin-demo"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "QtSignIn Demo"));
    QGuiApplication::setDesktopFileName(QStringLiteral("qtsignin-demo"));

    // Qt's own strings (the OK and Cancel of dialog buttons, the command-line help) come from
    // Qt's translations, which an application loads itself.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    QtSignInDemo::DemoOptions options;
    QString message;
    if (!QtSignInDemo::DemoOptions::fromCommandLine(QCoreApplication::arguments(), &options,
                                                    &message)) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return message.contains(QLatin1String("--help")) ? 0 : 2;
    }

    QtSignInDemo::MainWindow window(options);
    window.show();
    // Start the browser engine early, so that the first sign-in window opens quickly.
    QTimer::singleShot(0, &app, [] { QtSignIn::LoginDialog::preload(); });
    return app.exec();
}
