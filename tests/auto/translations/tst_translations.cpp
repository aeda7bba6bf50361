// SPDX-License-Identifier: BSD-3-Clause
// The libraries translate themselves: started under a German locale (LANGUAGE=de in the
// environment, as a desktop session sets it), with no translation code in the
// application, AuthError messages, the loopback result page and LoginDialog are German; Arabic
// lays LoginDialog and the result page out right to left; the language follows run-time changes.
// Expected texts come from translations/*.ts, so a missing or unloaded catalogue fails.

#include "i18n/translations_p.h"
#include "tsfile.h"

#include <QtSignIn/autherror.h>
#include <QtSignIn/authflow.h>
#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/logindialog.h>
#include <QtSignIn/loopbackreceiver.h>
#include <QtSignIn/translations.h>

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWebEngineWidgets/QWebEngineView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QPushButton>

#include <memory>

using namespace QtSignIn;

namespace {

const char *const kAuthError = "QtSignIn::AuthError";
const char *const kLoopback = "QtSignIn::LoopbackReceiver";
const char *const kDialog = "QtSignIn::LoginDialog";

QString expected(const QString &catalogue, const QString &language, const char *context,
                 const QString &source)
{
    const TsFile::Catalogue ts =
        TsFile::read(TsFile::directory().filePath(catalogue + u'_' + language + u".ts"));
    return TsFile::lookup(ts, QString::fromLatin1(context), source);
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

public:
    // Called by QTEST_MAIN before the QApplication exists: what QtWebEngine needs
    // (ENVIRONMENT.md W1, W2). The session's language (LANGUAGE=de) comes from ctest.
    static void initMain()
    {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    }

private:
    QObject m_owner;

    // The body of the loopback result page for `result`.
    static QString resultPage(LoopbackReceiver::Result result)
    {
        LoopbackReceiver receiver;
        if (!receiver.listen())
            return QStringLiteral("<listen failed>");
        QSignalSpy callbacks(&receiver, &LoopbackReceiver::callbackReceived);
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QUrl url = receiver.redirectUri();
        url.setQuery(QStringLiteral("code=c&state=s"));
        std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));
        if (!callbacks.wait(5000))
            return QStringLiteral("<no callback>");
        receiver.respond(callbacks.first().at(0).toInt(), result);
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 5000))
            return QStringLiteral("<no answer>");
        return QString::fromUtf8(reply->readAll());
    }

    std::unique_ptr<LoginDialog> newDialog()
    {
        auto *provider = new GenericOidcProvider(QUrl(u"https://login.example.com"_qs), &m_owner);
        auto *flow = new AuthFlow(provider, &m_owner);
        flow->setUserAgent(OAuthProvider::UserAgent::Embedded);
        // Not shown, so never started: no network.
        return std::make_unique<LoginDialog>(flow);
    }

    static QPushButton *button(LoginDialog &dialog, const char *name)
    {
        return dialog.findChild<QPushButton *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TsFile::directory().exists(u"qtsignin_de.ts"_qs),
                 "QTSIGNIN_SOURCE_DIR is not set or has no translations/");
        QVERIFY2(QLocale().uiLanguages().first() == u"de",
                 "run with LANGUAGE=de (ctest sets it): the suite checks the session's language");
    }

    void germanCatalogueLoadedWithoutApplicationCode()
    {
        QCOMPARE(i18n::language().language(), QLocale::German);
        QCOMPARE(i18n::catalogueLanguage(QLocale()), QStringLiteral("de"));
    }

    void authErrorMessagesAreGerman_data()
    {
        QTest::addColumn<AuthError::Code>("code");
        QTest::addColumn<QString>("english");
        QTest::newRow("cancelled") << AuthError::Code::Cancelled << u"Sign-in was cancelled."_qs;
        QTest::newRow("invalid grant") << AuthError::Code::InvalidGrant
                                       << u"Your sign-in has expired. Please sign in again."_qs;
        QTest::newRow("unknown")
            << AuthError::Code::Unknown
            << u"Sign-in failed because of an unexpected error. Please try again."_qs;
    }

    void authErrorMessagesAreGerman()
    {
        QFETCH(AuthError::Code, code);
        QFETCH(QString, english);
        const QString german = expected(u"qtsignin"_qs, u"de"_qs, kAuthError, english);
        QVERIFY2(!german.isEmpty() && german != english, "no German entry in qtsignin_de.ts");
        QCOMPARE(AuthError(code).message(), german);
    }

    void loopbackResultPageIsGerman()
    {
        const QString page = resultPage(LoopbackReceiver::Result::Success);
        const QString title = expected(u"qtsignin"_qs, u"de"_qs, kLoopback, u"Signed in"_qs);
        QVERIFY(!title.isEmpty());
        QVERIFY2(page.contains(u"<title>"_qs + title + u"</title>"_qs), qPrintable(page));
        QVERIFY2(page.contains(u"<html lang=\"de\" dir=\"ltr\">"_qs), qPrintable(page));
        QVERIFY(!page.contains(u"You are signed in"_qs));
    }

    void loginDialogIsGerman()
    {
        const auto dialog = newDialog();
        QPushButton *cancel = button(*dialog, "cancelButton");
        QPushButton *browser = button(*dialog, "browserButton");
        QVERIFY(cancel && browser);
        QCOMPARE(cancel->text(), expected(u"qtsigninwidgets"_qs, u"de"_qs, kDialog, u"&Cancel"_qs));
        QCOMPARE(cancel->text(), QStringLiteral("&Abbrechen"));
        QCOMPARE(
            browser->text(),
            expected(u"qtsigninwidgets"_qs, u"de"_qs, kDialog, u"&Open in my browser instead"_qs));
        QCOMPARE(dialog->windowTitle(),
                 expected(u"qtsigninwidgets"_qs, u"de"_qs, kDialog, u"Sign in – %1"_qs)
                     .arg(u"login.example.com"_qs));
        QCOMPARE(dialog->layoutDirection(), Qt::LeftToRight);
    }

    // An application that switches language sets the default locale and installs its own
    // translator: the libraries follow on the LanguageChange that this sends.
    void followsDefaultLocaleOnLanguageChange()
    {
        const auto dialog = newDialog();
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QEvent change(QEvent::LanguageChange); // what installTranslator() sends
        QCoreApplication::sendEvent(qApp, &change);
        QCOMPARE(i18n::language().language(), QLocale::French);
        QCOMPARE(AuthError(AuthError::Code::Cancelled).message(),
                 expected(u"qtsignin"_qs, u"fr"_qs, kAuthError, u"Sign-in was cancelled."_qs));
        // The reload posts LanguageChange to the widgets, which retranslate.
        QTRY_COMPARE(button(*dialog, "cancelButton")->text(),
                     expected(u"qtsigninwidgets"_qs, u"fr"_qs, kDialog, u"&Cancel"_qs));

        QLocale::setDefault(QLocale::system());
        QCoreApplication::sendEvent(qApp, &change);
        QCOMPARE(i18n::language().language(), QLocale::German);
        QTRY_COMPARE(button(*dialog, "cancelButton")->text(), QStringLiteral("&Abbrechen"));
    }

    void arabicIsRightToLeft()
    {
        QVERIFY(installTranslations(QLocale(QLocale::Arabic, QLocale::Egypt)));
        QCOMPARE(i18n::language().language(), QLocale::Arabic);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight); // the app's is unchanged
        const auto dialog = newDialog();
        QCOMPARE(dialog->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(button(*dialog, "cancelButton")->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(button(*dialog, "cancelButton")->text(),
                 expected(u"qtsigninwidgets"_qs, u"ar"_qs, kDialog, u"&Cancel"_qs));
        QCOMPARE(AuthError(AuthError::Code::Cancelled).message(),
                 expected(u"qtsignin"_qs, u"ar"_qs, kAuthError, u"Sign-in was cancelled."_qs));

        const QString page = resultPage(LoopbackReceiver::Result::Failure);
        QVERIFY2(page.contains(u"<html lang=\"ar\" dir=\"rtl\">"_qs), qPrintable(page));
        QVERIFY(page.contains(expected(u"qtsignin"_qs, u"ar"_qs, kLoopback, u"Sign-in failed"_qs)));

        // Back to English at run time: the open dialog turns left to right again.
        QVERIFY(!installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        QTRY_COMPARE(button(*dialog, "cancelButton")->text(), QStringLiteral("&Cancel"));
        QCOMPARE(dialog->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(AuthError(AuthError::Code::Cancelled).message(),
                 QStringLiteral("Sign-in was cancelled."));
        QVERIFY(resultPage(LoopbackReceiver::Result::Success)
                    .contains(u"<html lang=\"en\" dir=\"ltr\">"_qs));
    }

    // The language choice: uiLanguages() order, English wins when preferred, no near misses.
    void catalogueLanguageFollowsUiLanguages_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("de-AT") << QLocale(QLocale::German, QLocale::Austria) << u"de"_qs;
        QTest::newRow("pt-BR") << QLocale(QLocale::Portuguese, QLocale::Brazil) << u"pt_BR"_qs;
        QTest::newRow("pt-PT: no catalogue")
            << QLocale(QLocale::Portuguese, QLocale::Portugal) << QString();
        QTest::newRow("zh-CN") << QLocale(QLocale::Chinese, QLocale::China) << u"zh_CN"_qs;
        QTest::newRow("zh-TW: not Simplified")
            << QLocale(QLocale::Chinese, QLocale::Taiwan) << QString();
        QTest::newRow("ar-SA") << QLocale(QLocale::Arabic, QLocale::SaudiArabia) << u"ar"_qs;
        QTest::newRow("ja") << QLocale(QLocale::Japanese) << u"ja"_qs;
        QTest::newRow("ko") << QLocale(QLocale::Korean) << u"ko"_qs;
        QTest::newRow("ru") << QLocale(QLocale::Russian) << u"ru"_qs;
        QTest::newRow("en-GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QString();
        QTest::newRow("C") << QLocale::c() << QString();
    }

    void catalogueLanguageFollowsUiLanguages()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, language);
        QCOMPARE(i18n::catalogueLanguage(locale), language);
    }

#ifdef QTSIGNIN_TRANSLATIONS_SCREENSHOT
    // The dialog in Arabic on the dev IdP (docs/logindialog-ar.png when QTSIGNIN_SCREENSHOT_DIR
    // is set): the page, the address bar and the buttons laid out right to left.
    void arabicDialogOnDevIdp()
    {
        const QUrl issuer(qEnvironmentVariable("OIDC_ISSUER"));
        QVERIFY2(issuer.isValid() && !issuer.isEmpty(),
                 "OIDC_ISSUER is not set: run inside tools/setup.sh run --oidc");
        QVERIFY(installTranslations(QLocale(QLocale::Arabic, QLocale::Egypt)));
        auto *provider = new GenericOidcProvider(issuer, &m_owner);
        provider->setClientId(QStringLiteral("qt-desktop"));
        provider->setAllowInsecureLoopback(true);
        auto *flow = new AuthFlow(provider, &m_owner);
        flow->setUserAgent(OAuthProvider::UserAgent::Embedded);
        flow->setRedirectUri(QUrl(u"http://127.0.0.1:1/callback"_qs));
        LoginDialog dialog(flow);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.webView()->page()->url().host() == issuer.host(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.webView()->page()->title().isEmpty(), 20000);
        QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(button(dialog, "cancelButton")->text(),
                 expected(u"qtsigninwidgets"_qs, u"ar"_qs, kDialog, u"&Cancel"_qs));
        const QWidget *cancel = button(dialog, "cancelButton");
        // Right to left: Cancel sits at the left edge.
        QVERIFY(cancel->mapTo(&dialog, QPoint(0, 0)).x() < dialog.width() / 2);
        QTest::qWait(700); // let the page paint (ENVIRONMENT.md W5) before the screenshot
        const QString dir = qEnvironmentVariable("QTSIGNIN_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            const QString path = QDir(dir).filePath(u"logindialog-ar.png"_qs);
            QVERIFY2(dialog.grab().save(path), qPrintable(path));
            qInfo("screenshot saved to %s", qPrintable(path));
        }
    }
#endif

    void cleanupTestCase()
    {
        QLocale::setDefault(QLocale::system());
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
