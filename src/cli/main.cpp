// SPDX-License-Identifier: BSD-3-Clause
// qtsignin: sign in with OAuth 2.0 / OpenID Connect from a terminal or a script. See
// `qtsignin --help` and the README ("The qtsignin command-line tool").
#include "cli.h"
#include "commands.h"
#include "interrupt.h"
#include "options.h"
#include "terminal.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLoggingCategory>

#ifdef QTSIGNIN_CLI_EMBEDDED
#include <QtWidgets/QApplication>
#endif

#include <memory>

using namespace QtSignInCli;

namespace {

// The embedded agent needs a QApplication (and QtWebEngine's set-up before it); every other
// command runs without a display. Decided from a first, silent reading of the options.
[[maybe_unused]] // without QtSignIn::Widgets (QTSIGNIN_CLI_EMBEDDED unset)
bool wantsEmbeddedAgent(int argc, char **argv, const QProcessEnvironment &environment)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    Options options;
    QtSignIn::AuthError ignored;
    return parseOptions(arguments, environment, &options, &ignored) &&
        options.command == u"login" &&
        options.agent == QtSignIn::OAuthProvider::UserAgent::Embedded;
}

} // namespace

int main(int argc, char *argv[])
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Log messages (the library's and Qt's) are for developers, who bring them back with
    // QT_LOGGING_RULES; the tool itself says what matters, on one line.
    if (!environment.contains(QStringLiteral("QT_LOGGING_RULES"))) {
        QLoggingCategory::setFilterRules(
            QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    }

    std::unique_ptr<QCoreApplication> app;
#ifdef QTSIGNIN_CLI_EMBEDDED
    if (wantsEmbeddedAgent(argc, argv, environment)) {
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // QtWebEngine's rule
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qtsignin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QTSIGNIN_CLI_VERSION));

    Terminal terminal;
    Options options;
    QtSignIn::AuthError error;
    if (!parseOptions(QCoreApplication::arguments().mid(1), environment, &options, &error)) {
        //: %1 what is wrong with the command line.
        terminal.error(QStringLiteral("Usage"),
                       Cli::tr("%1 (see qtsignin --help)").arg(error.message()));
        return int(ExitStatus::Usage);
    }
    if (options.help) {
        terminal.result(helpText());
        return 0;
    }
    if (options.version) {
        terminal.result(QStringLiteral("qtsignin ") + QCoreApplication::applicationVersion());
        return 0;
    }

    Interrupt interrupt;
    CommandContext context(options, environment, &terminal, &interrupt);
    ExitStatus status = ExitStatus::Usage;
    if (options.command == u"login")
        status = runLogin(context);
    else if (options.command == u"token")
        status = runToken(context);
    else if (options.command == u"whoami")
        status = runWhoami(context);
    else if (options.command == u"accounts")
        status = runAccounts(context);
    else if (options.command == u"logout")
        status = runLogout(context);
    return int(status);
}
