// SPDX-License-Identifier: BSD-3-Clause
// The test bed itself: a test declared with NEEDS op keyring display must find a live OpenID
// Provider, an unlocked Secret Service on a private session bus, and an X display.

#include <QtCore/QDir>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QUrl>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusConnectionInterface>
#include <QtDBus/QDBusInterface>
#include <QtDBus/QDBusObjectPath>
#include <QtDBus/QDBusReply>
#include <QtGui/QGuiApplication>
#include <QtGui/QScreen>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

class tst_Envelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issuerIsALoopbackHttpUrl();
    void discoveryAnswersWithTheSameIssuer();
    void sessionBusHasTheSecretService();
    void secretServiceDefaultCollectionIsUnlocked();
    void displayIsAnXServerWithAScreen();
    void xdgDirectoriesAreFresh();
};

static QUrl issuer()
{
    return QUrl(qEnvironmentVariable("OIDC_ISSUER"));
}

void tst_Envelope::issuerIsALoopbackHttpUrl()
{
    QVERIFY2(qEnvironmentVariableIsSet("OIDC_ISSUER"), "OIDC_ISSUER is not set");
    const QUrl url = issuer();
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), u"http"_qs);
    QCOMPARE(url.host(), u"127.0.0.1"_qs);
    // A port chosen per envelope, never a fixed default, so envelopes can run in parallel.
    QVERIFY(url.port() > 0);
    QVERIFY(url.path().isEmpty());
}

void tst_Envelope::discoveryAnswersWithTheSameIssuer()
{
    QNetworkAccessManager nam;
    QUrl url = issuer();
    url.setPath(u"/.well-known/openid-configuration"_qs);
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    QJsonParseError parseError;
    const QJsonObject metadata = QJsonDocument::fromJson(reply->readAll(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    // OIDC Discovery §4.3: the issuer in the document must equal the one it was fetched for.
    QCOMPARE(metadata.value(u"issuer"_qs).toString(), issuer().toString());
    QVERIFY(metadata.value(u"code_challenge_methods_supported"_qs)
                .toArray()
                .contains(QJsonValue(u"S256"_qs)));
}

void tst_Envelope::sessionBusHasTheSecretService()
{
    const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    QVERIFY2(!address.isEmpty(), "DBUS_SESSION_BUS_ADDRESS is not set");
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
    QVERIFY(bus.interface()->isServiceRegistered(u"org.freedesktop.secrets"_qs));
}

void tst_Envelope::secretServiceDefaultCollectionIsUnlocked()
{
    // The 'default' alias must point at an unlocked collection, or the first keychain write
    // would need a prompt that nobody can answer.
    QDBusInterface service(u"org.freedesktop.secrets"_qs, u"/org/freedesktop/secrets"_qs,
                           u"org.freedesktop.Secret.Service"_qs, QDBusConnection::sessionBus());
    QVERIFY(service.isValid());
    const QDBusReply<QDBusObjectPath> alias = service.call(u"ReadAlias"_qs, u"default"_qs);
    QVERIFY2(alias.isValid(), qPrintable(alias.error().message()));
    QVERIFY(alias.value().path() != u"/"_qs);

    QDBusInterface collection(u"org.freedesktop.secrets"_qs, alias.value().path(),
                              u"org.freedesktop.Secret.Collection"_qs,
                              QDBusConnection::sessionBus());
    QVERIFY(collection.isValid());
    QCOMPARE(collection.property("Locked").toBool(), false);
}

void tst_Envelope::displayIsAnXServerWithAScreen()
{
    QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "DISPLAY is not set");
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_qs);
    QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    QVERIFY(screen->size().width() > 0);
}

void tst_Envelope::xdgDirectoriesAreFresh()
{
    const QString tmp = qEnvironmentVariable("QTSIGNIN_ENV_TMP");
    QVERIFY(!tmp.isEmpty());
    for (const char *name :
         {"XDG_RUNTIME_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
        const QString dir = qEnvironmentVariable(name);
        QVERIFY2(dir.startsWith(tmp + u'/'), name);
        QVERIFY2(QDir(dir).exists(), name);
    }
}

QTEST_MAIN(tst_Envelope)
#include "tst_envelope.moc"
