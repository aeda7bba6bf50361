// SPDX-License-Identifier: BSD-3-Clause
// The qtsignin tool as a user runs it: child processes against the real OpenID Provider and the
// real Secret Service, with a scripted $BROWSER (or the OP's device page) playing the user.
// Login → token → whoami → token after expiry refreshes → logout revokes; the device flow; each
// exit status; --store memory keeps nothing; secrets never reach files or output.

#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/keychaintokenstore.h>
#include <QtSignIn/storedaccount.h>
#include <QtSignIn/tokenreply.h>
#include <QtSignIn/tokenstore.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <csignal>

using namespace QtSignIn;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString lastErrorLine() const
    {
        const QStringList lines = err.trimmed().split(u'\n');
        return lines.isEmpty() ? QString() : lines.last();
    }
};

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private:
    QUrl m_issuer;
    QString m_script;
    std::unique_ptr<QTemporaryDir> m_config;

    QProcessEnvironment environment(const QString &browserMode = QStringLiteral("normal")) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
        env.insert(QStringLiteral("BROWSER"), QStringLiteral("bash ") + m_script);
        env.insert(QStringLiteral("SCRIPTED_BROWSER_MODE"), browserMode);
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return env;
    }

    static QStringList devIdp(const QUrl &issuer)
    {
        return {QStringLiteral("--provider"),
                QStringLiteral("oidc"),
                QStringLiteral("--issuer"),
                issuer.toString(),
                QStringLiteral("--client-id"),
                QStringLiteral("qt-desktop"),
                QStringLiteral("--allow-insecure-http"),
                QStringLiteral("--scope"),
                QStringLiteral("openid offline_access profile email")};
    }

    static Run run(const QStringList &arguments, const QProcessEnvironment &env,
                   int timeoutMs = 60000)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(QTSIGNIN_CLI), arguments);
        Run result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("timed out");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // Errors are one line: "qtsignin: <ErrorCode>: <message>".
    static void verifyErrorLine(const Run &r, const QString &code)
    {
        const QString line = r.lastErrorLine();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^qtsignin: ") + code + QStringLiteral(": \\S.*$"))
                .match(line)
                .hasMatch(),
            qPrintable(r.err));
    }

    QJsonObject json(const QString &text)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            qWarning("not a JSON object: %s", qPrintable(text));
        return document.object();
    }

    QList<StoredAccount> keychainAccounts()
    {
        KeychainTokenStore store(QStringLiteral("qtsignin-cli"));
        StoreReply *list = store.listAccounts();
        QSignalSpy done(list, &OAuthReply::finished);
        if (!done.wait(10000) || list->hasError())
            qWarning("cannot list the keychain");
        return list->accounts();
    }

    // What the OP's userinfo endpoint says to an access token (200 while it is valid).
    int userinfoStatus(const QString &accessToken)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_issuer.resolved(QUrl(QStringLiteral("/me"))));
        request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    QString accountsFile() const
    {
        return m_config->filePath(QStringLiteral("qtsignin/accounts.json"));
    }

    QByteArray accountsFileContent() const
    {
        QFile file(accountsFile());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_issuer = QUrl(qEnvironmentVariable("OIDC_ISSUER"));
        QVERIFY2(!m_issuer.isEmpty(),
                 "OIDC_ISSUER is not set: run inside tools/setup.sh run --oidc");
        m_script = qEnvironmentVariable("QTSIGNIN_SOURCE_DIR") +
            QStringLiteral("/tests/shared/scripted-browser.sh");
        QVERIFY2(QFile::exists(m_script), qPrintable(m_script));
        QVERIFY(QFile::exists(QStringLiteral(QTSIGNIN_CLI)));
    }

    void init()
    {
        m_config = std::make_unique<QTemporaryDir>();
        QVERIFY(m_config->isValid());
    }

    void cleanup()
    {
        // Nothing of one test reaches the next.
        run({QStringLiteral("logout"), QStringLiteral("--all")}, environment());
        KeychainTokenStore store(QStringLiteral("qtsignin-cli"));
        for (const StoredAccount &account : keychainAccounts()) {
            StoreReply *removal = store.remove(account.id());
            QSignalSpy done(removal, &OAuthReply::finished);
            QVERIFY(done.wait(10000));
        }
    }

    void loginTokenWhoamiRefreshLogout()
    {
        const QProcessEnvironment env = environment();
        // 1. login through the system browser: the account as JSON, the URL on stderr.
        Run login = run(QStringList{QStringLiteral("login")} + devIdp(m_issuer) +
                            QStringList{QStringLiteral("--json")},
                        env);
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        const QJsonObject account = json(login.out);
        QCOMPARE(account.value(u"account").toString(), QStringLiteral("default"));
        QCOMPARE(account.value(u"subject").toString(), QStringLiteral("alice"));
        QCOMPARE(account.value(u"name").toString(), QStringLiteral("User alice"));
        QVERIFY(account.value(u"email").toString().startsWith(u"alice@"));
        QCOMPARE(account.value(u"issuer").toString(), m_issuer.toString());
        QVERIFY(QDateTime::fromString(account.value(u"expires_at").toString(), Qt::ISODate) >
                QDateTime::currentDateTimeUtc());
        QVERIFY(account.value(u"scopes").toArray().contains(QStringLiteral("offline_access")));
        QCOMPARE(account.keys(),
                 QStringList({u"account"_qs, u"email"_qs, u"expires_at"_qs, u"issuer"_qs,
                              u"name"_qs, u"scopes"_qs, u"subject"_qs}));
        QVERIFY2(login.err.contains(m_issuer.toString() + QStringLiteral("/auth?")),
                 qPrintable(login.err));
        QCOMPARE(keychainAccounts().size(), 1);

        // 2. token: alone on stdout, accepted by the OP; the same token while it is valid.
        const Run token = run({QStringLiteral("token")}, env);
        QVERIFY2(token.exitCode == 0, qPrintable(token.err));
        const QString accessToken = token.out.trimmed();
        QCOMPARE(token.out, accessToken + u'\n');
        QVERIFY(!accessToken.isEmpty());
        QCOMPARE(token.err, QString());
        QCOMPARE(userinfoStatus(accessToken), 200);
        QCOMPARE(run({QStringLiteral("token")}, env).out.trimmed(), accessToken);

        // Neither the login output nor the settings file holds a token.
        QVERIFY(!login.out.contains(accessToken) && !login.err.contains(accessToken));
        const QByteArray file = accountsFileContent();
        QVERIFY(!file.isEmpty());
        QVERIFY(!file.contains(accessToken.toUtf8()));
        QVERIFY(!file.contains("refresh"));
        QCOMPARE(QFile::permissions(accountsFile()) & 0x0077, QFileDevice::Permissions());

        // 3. whoami, in words and as JSON (never a token).
        const Run whoami = run({QStringLiteral("whoami")}, env);
        QCOMPARE(whoami.exitCode, 0);
        QVERIFY2(whoami.out.contains(u"User alice <alice@"), qPrintable(whoami.out));
        const Run whoamiJson = run({QStringLiteral("whoami"), QStringLiteral("--json")}, env);
        QCOMPARE(json(whoamiJson.out).value(u"subject").toString(), QStringLiteral("alice"));
        QVERIFY(!whoamiJson.out.contains(accessToken));

        // 4. After expiry, token refreshes (one new token, stored for the next call).
        KeychainTokenStore store(QStringLiteral("qtsignin-cli"));
        const QList<StoredAccount> stored = keychainAccounts();
        QCOMPARE(stored.size(), 1);
        StoreReply *load = store.load(stored.first().id());
        QSignalSpy loaded(load, &OAuthReply::finished);
        QVERIFY(loaded.wait(10000));
        QJsonObject entry = load->account().toJson();
        const QString oldRefresh = entry.value(u"refresh_token").toString();
        QVERIFY(!oldRefresh.isEmpty());
        entry.insert(QStringLiteral("expires_at"),
                     QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate));
        StoreReply *save = store.save(StoredAccount::fromJson(entry));
        QSignalSpy saved(save, &OAuthReply::finished);
        QVERIFY(saved.wait(10000));
        QVERIFY(!save->hasError());
        const Run refreshed = run({QStringLiteral("token")}, env);
        QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.err));
        const QString newToken = refreshed.out.trimmed();
        QVERIFY(newToken != accessToken);
        QCOMPARE(userinfoStatus(newToken), 200);
        QCOMPARE(run({QStringLiteral("token")}, env).out.trimmed(), newToken);
        const Run forced = run({QStringLiteral("token"), QStringLiteral("--force-refresh")}, env);
        QCOMPARE(forced.exitCode, 0);
        const QString forcedToken = forced.out.trimmed();
        QVERIFY(forcedToken != newToken);

        // 5. logout revokes at the OP and deletes here.
        const Run logout = run({QStringLiteral("logout")}, env);
        QVERIFY2(logout.exitCode == 0, qPrintable(logout.err));
        QCOMPARE(logout.out, QString());
        QCOMPARE(userinfoStatus(forcedToken), 401);
        QVERIFY(keychainAccounts().isEmpty());
        QVERIFY(!accountsFileContent().contains("default"));
        // The rotated-away and the current refresh tokens are both dead.
        GenericOidcProvider provider(m_issuer);
        provider.setClientId(QStringLiteral("qt-desktop"));
        provider.setAllowInsecureLoopback(true);
        TokenReply *reuse = provider.refreshTokens(oldRefresh);
        QSignalSpy reused(reuse, &OAuthReply::finished);
        QVERIFY(reused.wait(10000));
        QCOMPARE(reuse->error().code(), AuthError::Code::InvalidGrant);

        const Run after = run({QStringLiteral("token")}, env);
        QCOMPARE(after.exitCode, 4);
        verifyErrorLine(after, QStringLiteral("NotSignedIn"));
    }

    void deviceFlowSignsIn()
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(QTSIGNIN_CLI),
                      QStringList{QStringLiteral("login")} + devIdp(m_issuer) +
                          QStringList{QStringLiteral("--agent"), QStringLiteral("device"),
                                      QStringLiteral("--account"), QStringLiteral("work"),
                                      QStringLiteral("--json")});
        QString err;
        const QRegularExpression codePattern(QStringLiteral("enter the code (\\S+)"));
        QRegularExpressionMatch match;
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(process.readAllStandardError()),
                                  (match = codePattern.match(err)).hasMatch()),
                                 20000);
        QVERIFY2(err.contains(m_issuer.toString()), qPrintable(err));
        QProcess approve;
        approve.start(QStringLiteral("bash"),
                      {m_script, QStringLiteral("--device"), match.captured(1)});
        QVERIFY(approve.waitForFinished(30000));
        QCOMPARE(approve.exitCode(), 0);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject account = json(QString::fromUtf8(process.readAllStandardOutput()));
        QCOMPARE(account.value(u"account").toString(), QStringLiteral("work"));
        QCOMPARE(account.value(u"subject").toString(), QStringLiteral("alice"));

        const Run accounts =
            run({QStringLiteral("accounts"), QStringLiteral("--json")}, environment());
        QCOMPARE(accounts.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(accounts.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(u"account").toString(), QStringLiteral("work"));
        QCOMPARE(list.first().toObject().value(u"stored").toBool(), true);
        QCOMPARE(run({QStringLiteral("token"), QStringLiteral("--account"), QStringLiteral("work")},
                     environment())
                     .exitCode,
                 0);
        // The default name was never used.
        QCOMPARE(run({QStringLiteral("whoami")}, environment()).exitCode, 4);
    }

    void memoryStoreKeepsNothing()
    {
        const Run login = run(QStringList{QStringLiteral("login")} + devIdp(m_issuer) +
                                  QStringList{QStringLiteral("--store"), QStringLiteral("memory"),
                                              QStringLiteral("--json")},
                              environment());
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QCOMPARE(json(login.out).value(u"subject").toString(), QStringLiteral("alice"));
        QVERIFY(keychainAccounts().isEmpty());
        QVERIFY(!QFile::exists(accountsFile()));
        QCOMPARE(run({QStringLiteral("token")}, environment()).exitCode, 4);
    }

    void clientSecretStaysOutOfFilesAndCommandLines()
    {
        // A confidential client: the secret given at login is kept in the keychain, so a later
        // `token --force-refresh` (client_secret_basic at the token endpoint) works without it.
        const QString secret = QStringLiteral("qt-confidential-secret");
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("QTSIGNIN_CLIENT_SECRET"), secret);
        QStringList args = QStringList{QStringLiteral("login")} + devIdp(m_issuer);
        args[args.indexOf(QStringLiteral("qt-desktop"))] = QStringLiteral("qt-confidential");
        const Run login = run(args, env);
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QVERIFY(!accountsFileContent().contains(secret.toUtf8()));
        QVERIFY(!login.out.contains(secret) && !login.err.contains(secret));
        const Run token = run({QStringLiteral("token"), QStringLiteral("--force-refresh")},
                              environment()); // no secret in this environment
        QVERIFY2(token.exitCode == 0, qPrintable(token.err));
        QCOMPARE(userinfoStatus(token.out.trimmed()), 200);
        QCOMPARE(run({QStringLiteral("logout")}, environment()).exitCode, 0);
    }

    void optionsComeFromTheSettingsFileAndTheEnvironment()
    {
        // The provider from a settings file (with the tool's own "account"), the agent from
        // QTSIGNIN_AGENT; the command line would win over both.
        const QString path = m_config->filePath(QStringLiteral("signin.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{
                                     {QStringLiteral("provider"), QStringLiteral("oidc")},
                                     {QStringLiteral("issuer"), m_issuer.toString()},
                                     {QStringLiteral("client_id"), QStringLiteral("qt-desktop")},
                                     {QStringLiteral("allow_insecure_loopback"), true},
                                     {QStringLiteral("scopes"), QStringLiteral("openid profile")},
                                     {QStringLiteral("account"), QStringLiteral("fromfile")},
                                 })
                       .toJson());
        file.close();
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("QTSIGNIN_AGENT"), QStringLiteral("browser"));
        env.insert(QStringLiteral("QTSIGNIN_CONFIG"), path);
        const Run login = run({QStringLiteral("login"), QStringLiteral("--json")}, env);
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        const QJsonObject account = json(login.out);
        QCOMPARE(account.value(u"account").toString(), QStringLiteral("fromfile"));
        QCOMPARE(account.value(u"scopes").toArray(),
                 QJsonArray({QStringLiteral("openid"), QStringLiteral("profile")}));
        const Run whoami =
            run({QStringLiteral("whoami"), QStringLiteral("--account"), QStringLiteral("fromfile")},
                environment());
        QCOMPARE(whoami.exitCode, 0);
        // A bad key in the file is named.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"client-id\": \"typo\"}");
        file.close();
        const Run bad =
            run({QStringLiteral("login"), QStringLiteral("--config"), path}, environment());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"client-id"), qPrintable(bad.err));
    }

    void progressOnlyOnATerminal()
    {
        // Under a pseudo-terminal (script(1)) stderr shows a spinner with the time left.
        QProcess process;
        process.setProcessEnvironment(environment(QStringLiteral("absent")));
        const QString command = QStringLiteral(QTSIGNIN_CLI) + QStringLiteral(" login ") +
            devIdp(m_issuer)
                .replaceInStrings(QRegularExpression(QStringLiteral("^(.*)$")),
                                  QStringLiteral("'\\1'"))
                .join(u' ') +
            QStringLiteral(" --timeout 3");
        process.start(QStringLiteral("script"),
                      {QStringLiteral("-qefc"), command, QStringLiteral("/dev/null")});
        QVERIFY(process.waitForFinished(30000));
        const QString output = QString::fromUtf8(process.readAll());
        QCOMPARE(process.exitCode(), 3);
        QVERIFY2(output.contains(u"Waiting for the browser"), qPrintable(output));
        QVERIFY2(QRegularExpression(QStringLiteral("0:0[0-3] left")).match(output).hasMatch(),
                 qPrintable(output));
        QVERIFY2(output.contains(u"qtsignin: Timeout: "), qPrintable(output));
    }

    void exitStatuses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("browserMode");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QStringList dev = devIdp(QUrl(qEnvironmentVariable("OIDC_ISSUER")));
        const QString normal = QStringLiteral("normal");
        QTest::newRow("usage: unknown command")
            << QStringList{QStringLiteral("frobnicate")} << normal << QStringList() << 2
            << QStringLiteral("Usage");
        QTest::newRow("usage: bad agent")
            << QStringList{QStringLiteral("login"), QStringLiteral("--agent"),
                           QStringLiteral("carrier-pigeon")}
            << normal << QStringList() << 2 << QStringLiteral("Usage");
        QTest::newRow("usage: option of another command")
            << QStringList{QStringLiteral("token"), QStringLiteral("--all")} << normal
            << QStringList() << 2 << QStringLiteral("Usage");
        QTest::newRow("settings: plain http to another host")
            << QStringList{QStringLiteral("login"),
                           QStringLiteral("--provider"),
                           QStringLiteral("oidc"),
                           QStringLiteral("--issuer"),
                           QStringLiteral("http://id.example.com"),
                           QStringLiteral("--client-id"),
                           QStringLiteral("x"),
                           QStringLiteral("--allow-insecure-http")}
            << normal << QStringList() << 2 << QStringLiteral("Configuration");
        QTest::newRow("settings: bad variable")
            << (QStringList{QStringLiteral("login")} + dev) << normal
            << QStringList{QStringLiteral("QTSIGNIN_USE_PKCE=sometimes")} << 2
            << QStringLiteral("Usage");
        QTest::newRow("timed out")
            << (QStringList{QStringLiteral("login")} + dev +
                QStringList{QStringLiteral("--timeout"), QStringLiteral("2")})
            << QStringLiteral("absent") << QStringList() << 3 << QStringLiteral("Timeout");
        QTest::newRow("refused by the user")
            << (QStringList{QStringLiteral("login")} + dev) << QStringLiteral("deny")
            << QStringList() << 4 << QStringLiteral("AccessDenied");
        QTest::newRow("not signed in")
            << QStringList{QStringLiteral("whoami"), QStringLiteral("--account"),
                           QStringLiteral("nobody")}
            << normal << QStringList() << 4 << QStringLiteral("NotSignedIn");
        QTest::newRow("provider refuses the agent")
            << QStringList{QStringLiteral("login"),   QStringLiteral("--provider"),
                           QStringLiteral("google"),  QStringLiteral("--client-id"),
                           QStringLiteral("x"),       QStringLiteral("--agent"),
                           QStringLiteral("embedded")}
            << normal << QStringList() << 4 << QStringLiteral("ProviderPolicy");
        QTest::newRow("network: nothing listens")
            << QStringList{QStringLiteral("login"),
                           QStringLiteral("--provider"),
                           QStringLiteral("oidc"),
                           QStringLiteral("--issuer"),
                           QStringLiteral("http://127.0.0.1:9"),
                           QStringLiteral("--client-id"),
                           QStringLiteral("x"),
                           QStringLiteral("--allow-insecure-http")}
            << normal << QStringList() << 5 << QString();
        QTest::newRow("storage: no keychain")
            << (QStringList{QStringLiteral("login")} + dev) << normal
            << QStringList{QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus")}
            << 6 << QStringLiteral("StorageError");
    }

    void exitStatuses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, browserMode);
        QFETCH(QStringList, environment);
        QFETCH(int, status);
        QFETCH(QString, code);
        QProcessEnvironment env = this->environment(browserMode);
        for (const QString &assignment : environment) {
            const qsizetype equals = assignment.indexOf(u'=');
            env.insert(assignment.left(equals), assignment.mid(equals + 1));
        }
        const Run r = run(arguments, env);
        QCOMPARE(r.exitCode, status);
        verifyErrorLine(r, code.isEmpty() ? QStringLiteral("\\w+") : code);
        QCOMPARE(r.out, QString()); // results only on success
        // Not a terminal: besides the URL of a browser sign-in, only the error.
        for (const QString &line : r.err.trimmed().split(u'\n')) {
            QVERIFY2(line.startsWith(u"qtsignin: ") || line == u"Open this page to sign in:" ||
                         line.startsWith(u"http"),
                     qPrintable(line));
        }
        QVERIFY(keychainAccounts().isEmpty());
    }

    void suggestedCommandQuotesTheAccountName()
    {
        // The hint must work when pasted into a shell, whatever the name.
        const Run r = run(
            {QStringLiteral("whoami"), QStringLiteral("--account"), QStringLiteral("my work's")},
            environment());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(u"qtsignin login --account 'my work'\\''s'"), qPrintable(r.err));
        const Run plain = run({QStringLiteral("whoami"), QStringLiteral("--account"),
                               QStringLiteral("work@example.com")},
                              environment());
        QCOMPARE(plain.exitCode, 4);
        const QRegularExpression unquoted(QStringLiteral("--account work@example\\.com$"),
                                          QRegularExpression::MultilineOption);
        QVERIFY2(plain.err.contains(unquoted), qPrintable(plain.err));
    }

    void embeddedAgentOpensTheSignInWindow()
    {
        // --agent embedded runs the tool as a GUI application with LoginDialog (on the test
        // display); nobody signs in, so it ends at its --timeout with status 3.
        const Run r = run(QStringList{QStringLiteral("login")} + devIdp(m_issuer) +
                              QStringList{QStringLiteral("--agent"), QStringLiteral("embedded"),
                                          QStringLiteral("--timeout"), QStringLiteral("8")},
                          environment());
#ifdef QTSIGNIN_CLI_HAS_EMBEDDED
        QVERIFY2(r.exitCode == 3, qPrintable(QString::number(r.exitCode) + u' ' + r.err));
        verifyErrorLine(r, QStringLiteral("Timeout"));
#else
        // Built without QtSignIn::Widgets (the sanitizer build): a clear refusal instead.
        QVERIFY2(r.exitCode == 2, qPrintable(QString::number(r.exitCode) + u' ' + r.err));
        verifyErrorLine(r, QStringLiteral("Configuration"));
#endif
        QVERIFY(keychainAccounts().isEmpty());
    }

    void interruptCancels()
    {
        // Ctrl+C (SIGINT) while waiting for the browser: exit status 3, nothing stored, and
        // the loopback receiver is closed.
        QProcess process;
        process.setProcessEnvironment(environment(QStringLiteral("absent")));
        process.start(QStringLiteral(QTSIGNIN_CLI),
                      QStringList{QStringLiteral("login")} + devIdp(m_issuer));
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(process.readAllStandardError()),
                                  err.contains(u"redirect_uri=")),
                                 20000);
        const QUrl authorize(err.section(u'\n', 1, 1).trimmed());
        const QUrl redirect(QUrlQuery(authorize).queryItemValue(QStringLiteral("redirect_uri"),
                                                                QUrl::FullyDecoded));
        QVERIFY(redirect.port() > 0);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 3);
        err += QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.trimmed().section(u'\n', -1).startsWith(u"qtsignin: Cancelled: "),
                 qPrintable(err));
        QVERIFY(keychainAccounts().isEmpty());
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!probe.waitForConnected(2000));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
