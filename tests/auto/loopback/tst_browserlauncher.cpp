// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/authflow.h>

#include "flow/browserlauncher_p.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using QtSignIn::AuthFlow;
using QtSignIn::Flow::browserCommandLines;

namespace {

const QString kUrl = QStringLiteral("https://idp.example/authorize?client_id=app&state=s1");

QStringList platformOpener(const QString &url)
{
#if defined(Q_OS_MACOS)
    return {QStringLiteral("open"), url};
#elif defined(Q_OS_WIN)
    return {QStringLiteral("rundll32"), QStringLiteral("url.dll,FileProtocolHandler"), url};
#else
    return {QStringLiteral("xdg-open"), url};
#endif
}

} // namespace

class tst_BrowserLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void buildsCommandLines_data();
    void buildsCommandLines();
    void passesTheUrlFullyEncoded();
    void refusesNonWebSchemes_data();
    void refusesNonWebSchemes();

    void startsBrowserFromEnvironment_data();
    void startsBrowserFromEnvironment();
    void fallsBackToPlatformOpener();
    void failsWhenNothingStarts();

private:
    // Writes an executable script that records its arguments (after the first, the output
    // file) one per line, then `--end--`, into the output file.
    QString writeRecorder(const QString &directory, const QString &name);
    QStringList waitForRecord(const QString &file);

    QTemporaryDir tempDir;
    QByteArray savedBrowser;
    QByteArray savedPath;
    bool hadBrowser = false;
};

void tst_BrowserLauncher::initTestCase()
{
    QVERIFY(tempDir.isValid());
    hadBrowser = qEnvironmentVariableIsSet("BROWSER");
    savedBrowser = qgetenv("BROWSER");
    savedPath = qgetenv("PATH");
}

void tst_BrowserLauncher::cleanup()
{
    if (hadBrowser)
        qputenv("BROWSER", savedBrowser);
    else
        qunsetenv("BROWSER");
    qputenv("PATH", savedPath);
}

void tst_BrowserLauncher::buildsCommandLines_data()
{
    QTest::addColumn<QString>("browser");
    QTest::addColumn<QList<QStringList>>("expected");

    const QString u = kUrl;
    const QStringList opener = platformOpener(u);
    const QString sep = QString(QDir::listSeparator());

    QTest::newRow("unset") << QString() << QList<QStringList>{opener};
    QTest::newRow("blank") << QStringLiteral("   ") << QList<QStringList>{opener};
    QTest::newRow("program only") << QStringLiteral("firefox")
                                  << QList<QStringList>{{QStringLiteral("firefox"), u}, opener};
    QTest::newRow("URL appended after arguments")
        << QStringLiteral("firefox -P work")
        << QList<QStringList>{
               {QStringLiteral("firefox"), QStringLiteral("-P"), QStringLiteral("work"), u},
               opener};
    QTest::newRow("%s replaced, nothing appended")
        << QStringLiteral("chromium --new-window %s --incognito")
        << QList<QStringList>{{QStringLiteral("chromium"), QStringLiteral("--new-window"), u,
                               QStringLiteral("--incognito")},
                              opener};
    QTest::newRow("%s inside an argument")
        << QStringLiteral("browser --url=%s")
        << QList<QStringList>{{QStringLiteral("browser"), QStringLiteral("--url=") + u}, opener};
    QTest::newRow("%s twice") << QStringLiteral("b %s %s")
                              << QList<QStringList>{{QStringLiteral("b"), u, u}, opener};
    QTest::newRow("%% is a percent sign")
        << QStringLiteral("b --title=100%% %s")
        << QList<QStringList>{{QStringLiteral("b"), QStringLiteral("--title=100%"), u}, opener};
    QTest::newRow("%%s is not a placeholder")
        << QStringLiteral("b %%s")
        << QList<QStringList>{{QStringLiteral("b"), QStringLiteral("%s"), u}, opener};
    QTest::newRow("other % sequences kept")
        << QStringLiteral("b %u %")
        << QList<QStringList>{{QStringLiteral("b"), QStringLiteral("%u"), QStringLiteral("%"), u},
                              opener};
    QTest::newRow("%s never replaces the program")
        << QStringLiteral("%s") << QList<QStringList>{{QStringLiteral("%s"), u}, opener};
    QTest::newRow("quoted words, no shell")
        << QStringLiteral("\"/opt/My Browser/browser\" \"--profile=a b\" '$(id)' %s")
        << QList<QStringList>{{QStringLiteral("/opt/My Browser/browser"),
                               QStringLiteral("--profile=a b"), QStringLiteral("'$(id)'"), u},
                              opener};
    QTest::newRow("list in order")
        << (QStringLiteral("first --x") + sep + QStringLiteral("second %s"))
        << QList<QStringList>{{QStringLiteral("first"), QStringLiteral("--x"), u},
                              {QStringLiteral("second"), u},
                              opener};
    QTest::newRow("empty entries skipped")
        << (sep + sep + QStringLiteral("b") + sep + QStringLiteral(" ") + sep)
        << QList<QStringList>{{QStringLiteral("b"), u}, opener};
}

void tst_BrowserLauncher::buildsCommandLines()
{
    QFETCH(QString, browser);
    QFETCH(QList<QStringList>, expected);
    QCOMPARE(browserCommandLines(browser, QUrl(kUrl)), expected);
}

void tst_BrowserLauncher::passesTheUrlFullyEncoded()
{
    // Whatever program gets it sees one ASCII word: spaces and non-ASCII are encoded.
    const QUrl url(QStringLiteral("https://idp.example/auth?q=a b&name=Zoë&x=1;2"));
    const QList<QStringList> commands = browserCommandLines(QStringLiteral("b"), url);
    QCOMPARE(commands.first().last(),
             QStringLiteral("https://idp.example/auth?q=a%20b&name=Zo%C3%AB&x=1;2"));
    QCOMPARE(QUrl(commands.first().last()), url);
}

void tst_BrowserLauncher::refusesNonWebSchemes_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd"));
    QTest::newRow("javascript") << QUrl(QStringLiteral("javascript:alert(1)"));
    QTest::newRow("data") << QUrl(QStringLiteral("data:text/html,<script>x</script>"));
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://idp.example/"));
    QTest::newRow("custom scheme") << QUrl(QStringLiteral("x-app://open?x=1"));
    QTest::newRow("relative") << QUrl(QStringLiteral("/authorize?x=1"));
    QTest::newRow("no host") << QUrl(QStringLiteral("https:///authorize"));
    QTest::newRow("empty") << QUrl();
}

void tst_BrowserLauncher::refusesNonWebSchemes()
{
    QFETCH(QUrl, url);
    QVERIFY(browserCommandLines(QStringLiteral("b %s"), url).isEmpty());
    QVERIFY(browserCommandLines(QString(), url).isEmpty());

    // Nothing is started: the recorder would write its file.
    const QString out = tempDir.filePath(QStringLiteral("refused.txt"));
    qputenv("BROWSER",
            QStringLiteral("\"%1\" \"%2\"")
                .arg(writeRecorder(tempDir.path(), QStringLiteral("r")), out)
                .toLocal8Bit());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refusing to open")));
    QVERIFY(!AuthFlow::openInSystemBrowser(url));
    QVERIFY(!QFile::exists(out));
}

QString tst_BrowserLauncher::writeRecorder(const QString &directory, const QString &name)
{
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(name);
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    // Written to a temporary name and renamed, so the test never reads half a file. Only
    // shell built-ins and absolute paths: the PATH may be a test directory.
    script.write("#!/bin/sh\n"
                 "out=\"$1\"\n"
                 "shift\n"
                 "{ for a in \"$@\"; do printf '%s\\n' \"$a\"; done; printf -- '--end--\\n'; }"
                 " > \"$out.part\"\n"
                 "exec /bin/mv \"$out.part\" \"$out\"\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

QStringList tst_BrowserLauncher::waitForRecord(const QString &file)
{
    QFile record(file);
    if (!record.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(record.readAll()).split(u'\n');
    if (lines.size() < 2 || lines.at(lines.size() - 2) != u"--end--")
        return {QStringLiteral("<incomplete record>")};
    return lines.mid(0, lines.size() - 2);
}

void tst_BrowserLauncher::startsBrowserFromEnvironment_data()
{
    QTest::addColumn<QString>("browser"); // %R is the recorder, %O its output file
    QTest::addColumn<QStringList>("expectedArguments");

    // Characters a shell would act on: a shell anywhere on the way would split or run them.
    const QUrl url(QStringLiteral("https://idp.example/authorize?a=1&b=$(id)&c=x;y'z"));
    const QString u = QString::fromLatin1(url.toEncoded());
    QTest::newRow("%s substituted")
        << QStringLiteral("\"%R\" \"%O\" --new-tab %s --flag")
        << QStringList{QStringLiteral("--new-tab"), u, QStringLiteral("--flag")};
    QTest::newRow("URL appended last")
        << QStringLiteral("\"%R\" \"%O\" --flag") << QStringList{QStringLiteral("--flag"), u};
    QTest::newRow("first command missing")
        << (QStringLiteral("/nonexistent/browser %s") + QDir::listSeparator() +
            QStringLiteral("\"%R\" \"%O\" %s"))
        << QStringList{u};
}

void tst_BrowserLauncher::startsBrowserFromEnvironment()
{
#if !defined(Q_OS_UNIX)
    QSKIP("the recording browser is a POSIX shell script");
#endif
    QFETCH(QString, browser);
    QFETCH(QStringList, expectedArguments);
    // File names from the row name, without `%` (it would be expanded like `%s`).
    const QString tag =
        QString::fromLatin1(QTest::currentDataTag())
            .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"));
    // A directory with a space: the quoted program path must survive splitting.
    const QString recorder =
        writeRecorder(tempDir.filePath(QStringLiteral("my browsers")), tag + u".sh");
    QVERIFY(!recorder.isEmpty());
    const QString out = tempDir.filePath(tag + QStringLiteral(".txt"));
    browser.replace(QStringLiteral("%R"), recorder).replace(QStringLiteral("%O"), out);
    qputenv("BROWSER", browser.toLocal8Bit());

    const QUrl url(QStringLiteral("https://idp.example/authorize?a=1&b=$(id)&c=x;y'z"));
    QVERIFY(AuthFlow::openInSystemBrowser(url));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 10000);
    QCOMPARE(waitForRecord(out), expectedArguments);
}

void tst_BrowserLauncher::fallsBackToPlatformOpener()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
    QSKIP("the platform opener replaced here is xdg-open (Linux and BSD)");
#endif
    // A PATH holding only a recording xdg-open: nothing real is launched.
    const QString bin = tempDir.filePath(QStringLiteral("bin"));
    const QString out = tempDir.filePath(QStringLiteral("xdg-open.txt"));
    QVERIFY(!writeRecorder(bin, QStringLiteral("xdg-open-recorder")).isEmpty());
    QFile wrapper(QDir(bin).filePath(QStringLiteral("xdg-open")));
    QVERIFY(wrapper.open(QIODevice::WriteOnly | QIODevice::Truncate));
    wrapper.write(QByteArray("#!/bin/sh\nexec \"" + QFile::encodeName(bin) +
                             "/xdg-open-recorder\" \"" + QFile::encodeName(out) + "\" \"$@\"\n"));
    wrapper.close();
    wrapper.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("PATH", QFile::encodeName(bin));

    // Without $BROWSER, and with a $BROWSER whose only entry does not exist.
    for (const QByteArray &browser : {QByteArray(), QByteArray("/nonexistent/browser")}) {
        QFile::remove(out);
        if (browser.isEmpty())
            qunsetenv("BROWSER");
        else
            qputenv("BROWSER", browser);
        QVERIFY(AuthFlow::openInSystemBrowser(QUrl(kUrl)));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 10000);
        QCOMPARE(waitForRecord(out), QStringList{kUrl});
    }
}

void tst_BrowserLauncher::failsWhenNothingStarts()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
    QSKIP("the platform opener hidden here is xdg-open (Linux and BSD)");
#endif
    const QString empty = tempDir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    qputenv("PATH", QFile::encodeName(empty));
    qputenv("BROWSER", QByteArray("/nonexistent/a %s:/nonexistent/b"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no browser")));
    QVERIFY(!AuthFlow::openInSystemBrowser(QUrl(kUrl)));
}

QTEST_GUILESS_MAIN(tst_BrowserLauncher)
#include "tst_browserlauncher.moc"
