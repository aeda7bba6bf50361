// SPDX-License-Identifier: BSD-3-Clause
// DeviceAuthorization::fromJson (RFC 8628 §3.2): required members, numbers sent as strings,
// GitHub's spelling, and numbers far outside any sane range (found by fuzz_deviceauthorization).

#include <QtSignIn/deviceauthorization.h>

#include <QtCore/QJsonObject>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using QtSignIn::DeviceAuthorization;

class tst_DeviceAuthorization : public QObject
{
    Q_OBJECT

private:
    static QJsonObject rfcExample()
    {
        // RFC 8628 §3.2's example response.
        return {
            {u"device_code"_s, u"GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS"_s},
            {u"user_code"_s, u"WDJB-MJHT"_s},
            {u"verification_uri"_s, u"https://example.com/device"_s},
            {u"verification_uri_complete"_s, u"https://example.com/device?user_code=WDJB-MJHT"_s},
            {u"expires_in"_s, 1800},
            {u"interval"_s, 5}};
    }

    const QDateTime m_received = QDateTime::fromSecsSinceEpoch(1893456000, Qt::UTC);

private Q_SLOTS:
    void readsTheRfcExample()
    {
        const DeviceAuthorization device = DeviceAuthorization::fromJson(rfcExample(), m_received);
        QVERIFY(!device.isNull());
        QCOMPARE(device.userCode(), u"WDJB-MJHT"_s);
        QCOMPARE(device.verificationUri(), QUrl(u"https://example.com/device"_s));
        QCOMPARE(device.expiresAt(), m_received.addSecs(1800));
        QCOMPARE(device.interval(), 5);
    }

    void numbersAreBounded_data()
    {
        QTest::addColumn<QJsonValue>("expiresIn");
        QTest::addColumn<QJsonValue>("interval");
        QTest::addColumn<qint64>("lifetime"); // -1: the response is refused
        QTest::addColumn<int>("expectedInterval");
        QTest::newRow("plain") << QJsonValue(600) << QJsonValue(7) << qint64(600) << 7;
        QTest::newRow("numeric strings")
            << QJsonValue(u"600"_s) << QJsonValue(u" 9 "_s) << qint64(600) << 9;
        QTest::newRow("no interval: RFC default")
            << QJsonValue(600) << QJsonValue(QJsonValue::Undefined) << qint64(600) << 5;
        QTest::newRow("negative interval") << QJsonValue(600) << QJsonValue(-3) << qint64(600) << 5;
        QTest::newRow("lifetime capped at a day")
            << QJsonValue(10 * 24 * 3600) << QJsonValue(5) << qint64(24 * 3600) << 5;
        // Regression: doubles beyond qint64 were converted with undefined behaviour.
        QTest::newRow("huge numbers")
            << QJsonValue(1e300) << QJsonValue(2147483648.0) << qint64(24 * 3600) << 300;
        QTest::newRow("huge negative lifetime")
            << QJsonValue(-1e300) << QJsonValue(-1e300) << qint64(-1) << 0;
        QTest::newRow("no lifetime")
            << QJsonValue(QJsonValue::Undefined) << QJsonValue(5) << qint64(-1) << 0;
        QTest::newRow("zero lifetime") << QJsonValue(0) << QJsonValue(5) << qint64(-1) << 0;
    }

    void numbersAreBounded()
    {
        QFETCH(QJsonValue, expiresIn);
        QFETCH(QJsonValue, interval);
        QFETCH(qint64, lifetime);
        QFETCH(int, expectedInterval);
        QJsonObject json = rfcExample();
        json.remove(u"interval"_s);
        json.insert(u"expires_in"_s, expiresIn);
        if (!interval.isUndefined())
            json.insert(u"interval"_s, interval);
        if (expiresIn.isUndefined())
            json.remove(u"expires_in"_s);
        const DeviceAuthorization device = DeviceAuthorization::fromJson(json, m_received);
        if (lifetime < 0) {
            QVERIFY(device.isNull());
            return;
        }
        QVERIFY(!device.isNull());
        QCOMPARE(device.expiresAt(), m_received.addSecs(lifetime));
        QCOMPARE(device.interval(), expectedInterval);
    }

    void requiredMembers_data()
    {
        QTest::addColumn<QString>("member");
        QTest::newRow("device_code") << u"device_code"_s;
        QTest::newRow("user_code") << u"user_code"_s;
        QTest::newRow("verification_uri") << u"verification_uri"_s;
        QTest::newRow("expires_in") << u"expires_in"_s;
    }

    void requiredMembers()
    {
        QFETCH(QString, member);
        QJsonObject json = rfcExample();
        json.remove(member);
        QVERIFY(DeviceAuthorization::fromJson(json, m_received).isNull());
    }

    void gitHubSpellingAndWebLinksOnly()
    {
        QJsonObject json = rfcExample();
        json.remove(u"verification_uri"_s);
        json.insert(u"verification_url"_s, u"https://github.com/login/device"_s);
        QCOMPARE(DeviceAuthorization::fromJson(json, m_received).verificationUri(),
                 QUrl(u"https://github.com/login/device"_s));
        json.insert(u"verification_url"_s, u"javascript:alert(1)"_s);
        QVERIFY(DeviceAuthorization::fromJson(json, m_received).isNull());
    }
};

QTEST_GUILESS_MAIN(tst_DeviceAuthorization)
#include "tst_deviceauthorization.moc"
