// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/autherror.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDebug>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QMetaEnum>
#include <QtCore/QSet>
#include <QtCore/QTranslator>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using QtSignIn::AuthError;
using Code = QtSignIn::AuthError::Code;

namespace {
QString debugString(const AuthError &error)
{
    QString text;
    QDebug(&text) << error;
    return text.trimmed(); // QDebug appends a space after each item
}

// Answers only for our context, so the test also proves the context string lupdate will see.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, "QtSignIn::AuthError") != 0)
            return QString();
        return u"[xx] "_s + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

AuthError fullError(Code code = Code::InvalidGrant)
{
    AuthError error(code, u"detail"_s);
    error.setServerError(u"invalid_grant"_s, u"expired"_s, QUrl(u"https://e.example/x"_s))
        .setHttpStatus(400)
        .setNetworkError(QNetworkReply::ProtocolInvalidOperationError);
    return error;
}
} // namespace

class tst_AuthError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultConstructedIsNoError();
    void constructorKeepsCodeAndDetail();
    void codeForOAuthError_data();
    void codeForOAuthError();
    void unknownErrorFallsBackToHttpStatus_data();
    void unknownErrorFallsBackToHttpStatus();
    void fromOAuthResponseReadsTheTriplet();
    void fromOAuthResponseIgnoresNonStringMembers_data();
    void fromOAuthResponseIgnoresNonStringMembers();
    void fromOAuthResponseWithoutErrorMember_data();
    void fromOAuthResponseWithoutErrorMember();
    void descriptionIsCappedAndStripped();
    void errorUriMustBeAWebUrl_data();
    void errorUriMustBeAWebUrl();
    void everyErrorCodeHasItsOwnMessage();
    void messagesAreTranslatedInTheAuthErrorContext();
    void explicitMessageOverridesDefault();
    void equalityComparesAllFields_data();
    void equalityComparesAllFields();
    void debugOutputShowsCodeStatusAndServerFields();
    void debugOutputTruncatesDescription();
    void nothingKeepsOtherMembersOfTheResponse();
};

void tst_AuthError::defaultConstructedIsNoError()
{
    const AuthError error;
    QCOMPARE(error.code(), Code::NoError);
    QVERIFY(!error.isError());
    QVERIFY(!error);
    QVERIFY(error.message().isEmpty());
    QCOMPARE(error.httpStatus(), 0);
    QCOMPARE(error.networkError(), QNetworkReply::NoError);
    QCOMPARE(debugString(error), u"QtSignIn::AuthError(NoError)"_s);
}

void tst_AuthError::constructorKeepsCodeAndDetail()
{
    const AuthError error(Code::Timeout, u"no redirect within 120 s"_s);
    QVERIFY(error.isError());
    QVERIFY(bool(error));
    QCOMPARE(error.code(), Code::Timeout);
    QCOMPARE(error.detail(), u"no redirect within 120 s"_s);
    QCOMPARE(error.message(), AuthError::defaultMessage(Code::Timeout));
}

void tst_AuthError::codeForOAuthError_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<Code>("expected");

    const std::pair<const char *, Code> rows[] = {
        {"invalid_grant", Code::InvalidGrant},
        {"invalid_client", Code::InvalidClient},
        {"unauthorized_client", Code::InvalidClient},
        {"invalid_scope", Code::InvalidScope},
        {"access_denied", Code::AccessDenied},
        {"invalid_request", Code::InvalidRequest},
        {"unsupported_grant_type", Code::InvalidRequest},
        {"unsupported_response_type", Code::InvalidRequest},
        {"unsupported_token_type", Code::InvalidRequest},
        {"invalid_request_uri", Code::InvalidRequest},
        {"invalid_request_object", Code::InvalidRequest},
        {"request_not_supported", Code::InvalidRequest},
        {"request_uri_not_supported", Code::InvalidRequest},
        {"registration_not_supported", Code::InvalidRequest},
        {"server_error", Code::ServerError},
        {"temporarily_unavailable", Code::TemporarilyUnavailable},
        {"slow_down", Code::TemporarilyUnavailable},
        {"login_required", Code::AccessDenied},
        {"interaction_required", Code::AccessDenied},
        {"consent_required", Code::AccessDenied},
        {"account_selection_required", Code::AccessDenied},
        {"expired_token", Code::InvalidGrant},
        {"invalid_token", Code::InvalidGrant},
    };
    for (const auto &[error, code] : rows)
        QTest::newRow(error) << QString::fromLatin1(error) << code;
}

void tst_AuthError::codeForOAuthError()
{
    QFETCH(QString, error);
    QFETCH(Code, expected);
    // The table wins whatever the status says (GitHub sends its errors with HTTP 200).
    for (int status : {400, 401, 200, 500, 0})
        QCOMPARE(AuthError::codeForOAuthError(error, status), expected);
}

void tst_AuthError::unknownErrorFallsBackToHttpStatus_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<Code>("expected");

    QTest::newRow("500") << u"made_up"_s << 500 << Code::ServerError;
    QTest::newRow("502") << u"made_up"_s << 502 << Code::ServerError;
    QTest::newRow("503") << u"made_up"_s << 503 << Code::TemporarilyUnavailable;
    QTest::newRow("429") << u"made_up"_s << 429 << Code::TemporarilyUnavailable;
    QTest::newRow("401") << u"made_up"_s << 401 << Code::InvalidClient;
    QTest::newRow("403") << u"made_up"_s << 403 << Code::AccessDenied;
    QTest::newRow("400") << u"made_up"_s << 400 << Code::InvalidRequest;
    QTest::newRow("404") << u"made_up"_s << 404 << Code::InvalidRequest;
    QTest::newRow("200") << u"made_up"_s << 200 << Code::Unknown;
    QTest::newRow("redirect (0)") << u"made_up"_s << 0 << Code::Unknown;
    // RFC 6749 §5.2 error codes are case-sensitive.
    QTest::newRow("wrong case") << u"INVALID_GRANT"_s << 400 << Code::InvalidRequest;
    QTest::newRow("empty at 500") << QString() << 500 << Code::ServerError;
}

void tst_AuthError::unknownErrorFallsBackToHttpStatus()
{
    QFETCH(QString, error);
    QFETCH(int, status);
    QFETCH(Code, expected);
    QCOMPARE(AuthError::codeForOAuthError(error, status), expected);
}

void tst_AuthError::fromOAuthResponseReadsTheTriplet()
{
    const QJsonObject body{{u"error"_s, u"invalid_grant"_s},
                           {u"error_description"_s, u"The code has expired."_s},
                           {u"error_uri"_s, u"https://id.example.com/errors/grant"_s}};
    const AuthError error = AuthError::fromOAuthResponse(body, 400);
    QCOMPARE(error.code(), Code::InvalidGrant);
    QCOMPARE(error.serverError(), u"invalid_grant"_s);
    QCOMPARE(error.serverErrorDescription(), u"The code has expired."_s);
    QCOMPARE(error.serverErrorUri(), QUrl(u"https://id.example.com/errors/grant"_s));
    QCOMPARE(error.httpStatus(), 400);
    QCOMPARE(error.message(), AuthError::defaultMessage(Code::InvalidGrant));
}

void tst_AuthError::fromOAuthResponseIgnoresNonStringMembers_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("number") << QJsonValue(42);
    QTest::newRow("bool") << QJsonValue(true);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("array") << QJsonValue(QJsonArray{u"invalid_grant"_s});
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"error"_s, u"invalid_grant"_s}});
}

void tst_AuthError::fromOAuthResponseIgnoresNonStringMembers()
{
    QFETCH(QJsonValue, value);
    const QJsonObject body{
        {u"error"_s, value}, {u"error_description"_s, value}, {u"error_uri"_s, value}};
    const AuthError error = AuthError::fromOAuthResponse(body, 503);
    QCOMPARE(error.code(), Code::TemporarilyUnavailable);
    QVERIFY(error.serverError().isEmpty());
    QVERIFY(error.serverErrorDescription().isEmpty());
    QVERIFY(error.serverErrorUri().isEmpty());
    QCOMPARE(error.httpStatus(), 503);

    // A proper error string next to an odd description still counts.
    const QJsonObject mixed{{u"error"_s, u"invalid_scope"_s}, {u"error_description"_s, value}};
    const AuthError mixedError = AuthError::fromOAuthResponse(mixed);
    QCOMPARE(mixedError.code(), Code::InvalidScope);
    QVERIFY(mixedError.serverErrorDescription().isEmpty());
}

void tst_AuthError::fromOAuthResponseWithoutErrorMember_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Code>("expected");
    QTest::newRow("200: not an error response") << 200 << Code::InvalidResponse;
    QTest::newRow("500") << 500 << Code::ServerError;
    QTest::newRow("401") << 401 << Code::InvalidClient;
    QTest::newRow("400") << 400 << Code::InvalidRequest;
}

void tst_AuthError::fromOAuthResponseWithoutErrorMember()
{
    QFETCH(int, status);
    QFETCH(Code, expected);
    const AuthError error = AuthError::fromOAuthResponse(QJsonObject{{u"foo"_s, 1}}, status);
    QCOMPARE(error.code(), expected);
    QVERIFY(!error.detail().isEmpty());
    QCOMPARE(error.httpStatus(), status);
}

void tst_AuthError::descriptionIsCappedAndStripped()
{
    const QString longText(5000, u'a');
    AuthError error = AuthError::fromOAuthResponse(
        {{u"error"_s, u"invalid_request"_s}, {u"error_description"_s, longText}});
    QVERIFY(error.serverErrorDescription().size() <= 1000);
    QVERIFY(error.serverErrorDescription().size() >= 990);

    // Line breaks would forge log lines, escape sequences recolour terminals, and bidi
    // overrides reorder what the reader sees.
    const QString hostile =
        u"first line\r\nfake: log line\u0007\u001b[31mred\u202Eesrever\u0000end"_s;
    error = AuthError::fromOAuthResponse(
        {{u"error"_s, u"invalid\nrequest"_s}, {u"error_description"_s, hostile}});
    const QString description = error.serverErrorDescription();
    for (const char16_t bad : {u'\r', u'\n', u'\u0007', u'\u001b', u'\u202E', u'\0'}) {
        QVERIFY2(!description.contains(QChar(bad)), qPrintable(QString::number(bad, 16)));
        QVERIFY(!error.serverError().contains(QChar(bad)));
    }
    QCOMPARE(description, u"first line fake: log line[31mredesreverend"_s);
    QCOMPARE(error.serverError(), u"invalid request"_s);

    // Surrogate pairs are not cut in half at the limit.
    QString emoji;
    for (int i = 0; i < 600; ++i)
        emoji += u"\U0001F600"_s;
    error = AuthError().setServerError(u"x"_s, emoji);
    const QString capped = error.serverErrorDescription();
    QVERIFY(capped.size() <= 1000);
    QVERIFY(!capped.at(capped.size() - 2).isHighSurrogate());
}

void tst_AuthError::errorUriMustBeAWebUrl_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("kept");
    QTest::newRow("https") << u"https://id.example.com/help"_s << true;
    QTest::newRow("http") << u"http://id.example.com/help"_s << true;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("data") << u"data:text/html,<script>x</script>"_s << false;
    QTest::newRow("relative") << u"/help"_s << false;
    QTest::newRow("garbage") << u"http://exa mple.com/"_s << false;
}

void tst_AuthError::errorUriMustBeAWebUrl()
{
    QFETCH(QString, uri);
    QFETCH(bool, kept);
    const AuthError error =
        AuthError::fromOAuthResponse({{u"error"_s, u"access_denied"_s}, {u"error_uri"_s, uri}});
    QCOMPARE(error.serverErrorUri().isEmpty(), !kept);
    if (kept)
        QCOMPARE(error.serverErrorUri(), QUrl(uri));
}

void tst_AuthError::everyErrorCodeHasItsOwnMessage()
{
    const QMetaEnum codes = QMetaEnum::fromType<Code>();
    QSet<QString> seen;
    for (int i = 0; i < codes.keyCount(); ++i) {
        const auto code = Code(codes.value(i));
        const QString message = AuthError::defaultMessage(code);
        if (code == Code::NoError) {
            QVERIFY(message.isEmpty());
            continue;
        }
        QVERIFY2(!message.isEmpty(), codes.key(i));
        QVERIFY2(message.endsWith(u'.'), codes.key(i));
        QVERIFY2(!seen.contains(message), codes.key(i));
        seen.insert(message);
    }
    QCOMPARE(seen.size(), codes.keyCount() - 1);
}

void tst_AuthError::messagesAreTranslatedInTheAuthErrorContext()
{
    const AuthError error(Code::InvalidGrant);
    const QString english = error.message();
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    // message() is resolved when asked, so an error made before the translator was installed
    // still follows it.
    const QString translated = error.message();
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(translated, u"[xx] "_s + english);
    QCOMPARE(error.message(), english);
}

void tst_AuthError::explicitMessageOverridesDefault()
{
    AuthError error(Code::AccessDenied);
    error.setMessage(u"Your organisation does not allow this app."_s);
    QCOMPARE(error.message(), u"Your organisation does not allow this app."_s);
    error.setMessage(QString());
    QCOMPARE(error.message(), AuthError::defaultMessage(Code::AccessDenied));
}

void tst_AuthError::equalityComparesAllFields_data()
{
    QTest::addColumn<AuthError>("changed");
    QTest::newRow("code") << fullError(Code::InvalidClient);
    QTest::newRow("message") << fullError().setMessage(u"other"_s);
    QTest::newRow("detail") << fullError().setDetail(u"other"_s);
    QTest::newRow("serverError") << fullError().setServerError(u"invalid_client"_s, u"expired"_s,
                                                               QUrl(u"https://e.example/x"_s));
    QTest::newRow("description") << fullError().setServerError(u"invalid_grant"_s, u"other"_s,
                                                               QUrl(u"https://e.example/x"_s));
    QTest::newRow("uri") << fullError().setServerError(u"invalid_grant"_s, u"expired"_s,
                                                       QUrl(u"https://e.example/y"_s));
    QTest::newRow("httpStatus") << fullError().setHttpStatus(401);
    QTest::newRow("networkError") << fullError().setNetworkError(QNetworkReply::NoError);
}

void tst_AuthError::equalityComparesAllFields()
{
    QFETCH(AuthError, changed);
    const AuthError base = fullError();
    QVERIFY(fullError() == base);
    QVERIFY(!(fullError() != base));
    QVERIFY(changed != base);
    QVERIFY(!(changed == base));
}

void tst_AuthError::debugOutputShowsCodeStatusAndServerFields()
{
    AuthError error = AuthError::fromOAuthResponse(
        {{u"error"_s, u"invalid_grant"_s}, {u"error_description"_s, u"Code \"abc\" expired"_s}},
        400);
    error.setDetail(u"token exchange failed"_s);
    const QString text = debugString(error);
    QVERIFY2(text.startsWith(u"QtSignIn::AuthError(InvalidGrant, http=400"_s), qPrintable(text));
    QVERIFY2(text.contains(u"server=\"invalid_grant\""_s), qPrintable(text));
    QVERIFY2(text.contains(u"description=\"Code \\\"abc\\\" expired\""_s), qPrintable(text));
    QVERIFY2(text.contains(u"detail=\"token exchange failed\""_s), qPrintable(text));
    QVERIFY2(text.endsWith(u')'), qPrintable(text));

    const QString network = debugString(
        AuthError(Code::NetworkError).setNetworkError(QNetworkReply::HostNotFoundError));
    QVERIFY2(network.contains(u"network=HostNotFoundError"_s), qPrintable(network));
}

void tst_AuthError::debugOutputTruncatesDescription()
{
    const AuthError error = AuthError().setServerError(u"server_error"_s, QString(900, u'z'));
    const QString text = debugString(error);
    QVERIFY(text.contains(QString(150, u'z')));
    QVERIFY2(!text.contains(QString(201, u'z')), qPrintable(text));
}

void tst_AuthError::nothingKeepsOtherMembersOfTheResponse()
{
    // Servers sometimes echo the request or mix tokens into an error body: none of that may
    // reach the error, its debug output or its message.
    const QString secrets[] = {u"AT-6c1f3e9b-leak"_s, u"RT-77aa02d4-leak"_s, u"CODE-5e5e5e-leak"_s,
                               u"SECRET-0f0f0f-leak"_s};
    const QJsonObject body{{u"error"_s, u"invalid_grant"_s},
                           {u"access_token"_s, secrets[0]},
                           {u"refresh_token"_s, secrets[1]},
                           {u"code"_s, secrets[2]},
                           {u"client_secret"_s, secrets[3]}};
    const AuthError error = AuthError::fromOAuthResponse(body, 400);
    const QString everything = debugString(error) + error.message() + error.detail() +
        error.serverError() + error.serverErrorDescription() + error.serverErrorUri().toString();
    for (const QString &secret : secrets)
        QVERIFY2(!everything.contains(secret), qPrintable(secret));
    QCOMPARE(error.code(), Code::InvalidGrant);
}

QTEST_GUILESS_MAIN(tst_AuthError)
#include "tst_autherror.moc"
