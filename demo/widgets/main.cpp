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

int main(int argc, char *argv[])
{
    // QtWebEngine (the embedded sign-in window) needs this before the QApplication exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("QtSignIn"));
    QCoreApplication::setApplicationName(QStringLiteral("qtsignin-demo"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QGuiApplication::setApplicationDisplayName(
        QCoreApplication::translate("main", "QtSignIn Demo"));
    QGuiApplication::setDesktopFileName(QStringLiteral("qtsignin-demo"));

    // The demo's own catalogue, when one is built in (the library loads its own).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("qtsignin-demo"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
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
