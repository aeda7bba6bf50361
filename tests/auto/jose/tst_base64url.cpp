// SPDX-License-Identifier: BSD-3-Clause
#include "jose/base64url_p.h"

#include <QtTest/QTest>

using namespace QtSignIn::Jose;

class tst_Base64Url : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesWithoutPadding_data();
    void encodesWithoutPadding();
    void decodesWhatItEncodes_data();
    void decodesWhatItEncodes();
    void rejectsNonCanonicalInput_data();
    void rejectsNonCanonicalInput();
};

void tst_Base64Url::encodesWithoutPadding_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoded");

    // RFC 4648 §10 test vectors, without the padding.
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
    QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
    // The URL-safe alphabet: 0xfb 0xff -> "-_8" (standard base64 would say "+/8=").
    QTest::newRow("url alphabet") << QByteArray("\xfb\xff") << QByteArray("-_8");
    // RFC 7515 §A.1.1: the JOSE header {"typ":"JWT",\r\n "alg":"HS256"}.
    QTest::newRow("rfc7515 header") << QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}")
                                    << QByteArray("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9");
}

void tst_Base64Url::encodesWithoutPadding()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(base64UrlEncode(raw), encoded);
    const std::optional<QByteArray> decoded = base64UrlDecode(encoded);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, raw);
}

void tst_Base64Url::decodesWhatItEncodes_data()
{
    QTest::addColumn<QByteArray>("raw");
    for (int size = 0; size <= 70; size += 1) {
        QByteArray raw(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            raw[i] = char((i * 37 + size * 11) & 0xff);
        QTest::addRow("%d octets", size) << raw;
    }
}

void tst_Base64Url::decodesWhatItEncodes()
{
    QFETCH(QByteArray, raw);
    const QByteArray encoded = base64UrlEncode(raw);
    QVERIFY(!encoded.contains('='));
    QVERIFY(!encoded.contains('+'));
    QVERIFY(!encoded.contains('/'));
    const std::optional<QByteArray> decoded = base64UrlDecode(encoded);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, raw);
}

void tst_Base64Url::rejectsNonCanonicalInput_data()
{
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("padding ==") << QByteArray("Zg==");
    QTest::newRow("padding =") << QByteArray("Zm8=");
    QTest::newRow("padding only") << QByteArray("====");
    QTest::newRow("standard alphabet +") << QByteArray("+_8");
    QTest::newRow("standard alphabet /") << QByteArray("-/8");
    QTest::newRow("space") << QByteArray("Zm9v Yg");
    QTest::newRow("newline") << QByteArray("Zm9v\nYg");
    QTest::newRow("trailing newline") << QByteArray("Zm9v\n");
    QTest::newRow("dot") << QByteArray("Zm9v.Yg");
    QTest::newRow("NUL") << QByteArray("Zm9v\0Yg", 7);
    QTest::newRow("non-ASCII") << QByteArray("Zm9v\xc3\xa9");
    QTest::newRow("length 1") << QByteArray("A");
    QTest::newRow("length 5") << QByteArray("Zm9vY");
    QTest::newRow("length 9") << QByteArray("Zm9vYmFyZ");
    // The last character carries bits beyond the data: only one spelling is canonical.
    QTest::newRow("non-zero trailing bits (2 chars)") << QByteArray("Zh");
    QTest::newRow("non-zero trailing bits (3 chars)") << QByteArray("Zm9");
}

void tst_Base64Url::rejectsNonCanonicalInput()
{
    QFETCH(QByteArray, encoded);
    QVERIFY(!base64UrlDecode(encoded).has_value());
}

QTEST_APPLESS_MAIN(tst_Base64Url)
#include "tst_base64url.moc"
