// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/autherror.h>

#include "types/textsanitizer_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDebug>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QMetaEnum>

namespace QtSignIn {

namespace {
// Server text is untrusted: keep it bounded so a hostile or broken server cannot flood UIs
// and logs. RFC 6749 §5.2 restricts `error` to a short ASCII token; 200 is generous.
constexpr qsizetype MaxServerErrorLength = 200;
constexpr qsizetype MaxDescriptionLength = 1000;
constexpr qsizetype MaxDebugDescriptionLength = 200;
} // namespace

class AuthErrorPrivate : public QSharedData
{
public:
    AuthError::Code code = AuthError::Code::NoError;
    // Empty means "the default message for code", resolved when asked so that the text follows
    // the translator installed at that time rather than at construction.
    QString message;
    QString detail;
    QString serverError;
    QString serverErrorDescription;
    QUrl serverErrorUri;
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
};

AuthError::AuthError()
    : d(new AuthErrorPrivate)
{
}

AuthError::AuthError(Code code, const QString &detail)
    : d(new AuthErrorPrivate)
{
    d->code = code;
    d->detail = detail;
}

AuthError::AuthError(const AuthError &other) = default;
AuthError::AuthError(AuthError &&other) noexcept = default;
AuthError &AuthError::operator=(const AuthError &other) = default;
AuthError &AuthError::operator=(AuthError &&other) noexcept = default;
AuthError::~AuthError() = default;

AuthError::Code AuthError::code() const
{
    return d->code;
}

QString AuthError::message() const
{
    return d->message.isEmpty() ? defaultMessage(d->code) : d->message;
}

QString AuthError::detail() const
{
    return d->detail;
}

QString AuthError::serverError() const
{
    return d->serverError;
}

QString AuthError::serverErrorDescription() const
{
    return d->serverErrorDescription;
}

QUrl AuthError::serverErrorUri() const
{
    return d->serverErrorUri;
}

int AuthError::httpStatus() const
{
    return d->httpStatus;
}

QNetworkReply::NetworkError AuthError::networkError() const
{
    return d->networkError;
}

AuthError &AuthError::setMessage(const QString &message)
{
    d->message = message;
    return *this;
}

AuthError &AuthError::setDetail(const QString &detail)
{
    d->detail = detail;
    return *this;
}

AuthError &AuthError::setServerError(const QString &error, const QString &description,
                                     const QUrl &uri)
{
    // Sanitised here rather than only in fromOAuthResponse() so that every path that stores
    // server text (redirect errors, GitHub's HTTP 200 errors…) gets the same protection.
    d->serverError = Private::sanitizeUntrustedText(error, MaxServerErrorLength);
    d->serverErrorDescription = Private::sanitizeUntrustedText(description, MaxDescriptionLength);
    // RFC 6749 §5.2: error_uri identifies a human-readable web page. Anything but an absolute
    // http(s) URL (javascript:, file:, data:…) would be dangerous to show as a link.
    const QString scheme = uri.scheme();
    const bool webPage = uri.isValid() && !uri.host().isEmpty() &&
        (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
    d->serverErrorUri = webPage ? uri : QUrl();
    return *this;
}

AuthError &AuthError::setHttpStatus(int status)
{
    d->httpStatus = status;
    return *this;
}

AuthError &AuthError::setNetworkError(QNetworkReply::NetworkError error)
{
    d->networkError = error;
    return *this;
}

static AuthError::Code codeForHttpStatus(int status)
{
    using Code = AuthError::Code;
    // RFC 6585 §4 (429) and RFC 9110 §15.6.4 (503) both mean "come back later".
    if (status == 429 || status == 503)
        return Code::TemporarilyUnavailable;
    if (status >= 500 && status <= 599)
        return Code::ServerError;
    // RFC 6749 §5.2: a token endpoint answers 401 to a failed client authentication.
    if (status == 401)
        return Code::InvalidClient;
    if (status == 403)
        return Code::AccessDenied;
    if (status >= 400 && status <= 499)
        return Code::InvalidRequest;
    // Status 0 (a redirect error) or 2xx (GitHub reports errors with HTTP 200): the error
    // string was all we had, and we do not know it.
    return Code::Unknown;
}

AuthError::Code AuthError::codeForOAuthError(const QString &error, int httpStatus)
{
    static const QHash<QString, Code> table = [] {
        QHash<QString, Code> t;
        // RFC 6749 §4.1.2.1 and §5.2.
        t.insert(QStringLiteral("invalid_grant"), Code::InvalidGrant);
        t.insert(QStringLiteral("invalid_client"), Code::InvalidClient);
        t.insert(QStringLiteral("unauthorized_client"), Code::InvalidClient);
        t.insert(QStringLiteral("invalid_scope"), Code::InvalidScope);
        t.insert(QStringLiteral("access_denied"), Code::AccessDenied);
        t.insert(QStringLiteral("invalid_request"), Code::InvalidRequest);
        t.insert(QStringLiteral("unsupported_grant_type"), Code::InvalidRequest);
        t.insert(QStringLiteral("unsupported_response_type"), Code::InvalidRequest);
        t.insert(QStringLiteral("server_error"), Code::ServerError);
        t.insert(QStringLiteral("temporarily_unavailable"), Code::TemporarilyUnavailable);
        // RFC 7009 §2.2.1.
        t.insert(QStringLiteral("unsupported_token_type"), Code::InvalidRequest);
        // OIDC Core §3.1.2.6: the user has to interact (sign in, consent, pick an account),
        // which a silent request cannot do; for the application that is a refusal.
        t.insert(QStringLiteral("login_required"), Code::AccessDenied);
        t.insert(QStringLiteral("interaction_required"), Code::AccessDenied);
        t.insert(QStringLiteral("consent_required"), Code::AccessDenied);
        t.insert(QStringLiteral("account_selection_required"), Code::AccessDenied);
        t.insert(QStringLiteral("invalid_request_uri"), Code::InvalidRequest);
        t.insert(QStringLiteral("invalid_request_object"), Code::InvalidRequest);
        t.insert(QStringLiteral("request_not_supported"), Code::InvalidRequest);
        t.insert(QStringLiteral("request_uri_not_supported"), Code::InvalidRequest);
        t.insert(QStringLiteral("registration_not_supported"), Code::InvalidRequest);
        // RFC 8628 §3.5: slow_down asks the poller to back off. expired_token means the device
        // code expired: the user must start the sign-in again, which is what InvalidGrant says
        // (a Timeout would suggest that simply retrying could help).
        t.insert(QStringLiteral("slow_down"), Code::TemporarilyUnavailable);
        t.insert(QStringLiteral("expired_token"), Code::InvalidGrant);
        // RFC 6750 §3.1: the access token is expired, revoked or malformed: sign in again.
        t.insert(QStringLiteral("invalid_token"), Code::InvalidGrant);
        // GitHub's own token-endpoint errors (sent with HTTP 200), documented in "Troubleshooting
        // OAuth App access token request errors".
        t.insert(QStringLiteral("bad_verification_code"), Code::InvalidGrant);
        t.insert(QStringLiteral("bad_refresh_token"), Code::InvalidGrant);
        t.insert(QStringLiteral("incorrect_client_credentials"), Code::InvalidClient);
        t.insert(QStringLiteral("redirect_uri_mismatch"), Code::InvalidRequest);
        t.insert(QStringLiteral("unverified_user_email"), Code::AccessDenied);
        return t;
    }();

    // RFC 6749 §5.2 error codes are case-sensitive: compare exactly.
    const auto it = table.constFind(error);
    if (it != table.constEnd())
        return *it;
    return codeForHttpStatus(httpStatus);
}

AuthError AuthError::fromOAuthResponse(const QJsonObject &body, int httpStatus)
{
    // Only string members count: a server (or an attacker in the middle of a misconfigured
    // http development setup) may send any JSON type, and toString() of a non-string would
    // silently give an empty string anyway.
    const auto stringMember = [&body](QLatin1String key) {
        const QJsonValue value = body.value(key);
        return value.isString() ? value.toString() : QString();
    };
    const QString error = stringMember(QLatin1String("error"));
    const QString description = stringMember(QLatin1String("error_description"));
    const QString uriString = stringMember(QLatin1String("error_uri"));

    AuthError result;
    if (error.isEmpty()) {
        // Not an RFC 6749 error response: judge by the status, and if even that says success
        // the answer is simply not what was expected.
        const Code byStatus = codeForHttpStatus(httpStatus);
        result = AuthError(byStatus == Code::Unknown ? Code::InvalidResponse : byStatus,
                           QStringLiteral("The error response has no string 'error' member"));
    } else {
        result = AuthError(codeForOAuthError(error, httpStatus));
    }
    result.setServerError(error, description, QUrl(uriString, QUrl::StrictMode));
    result.setHttpStatus(httpStatus);
    return result;
}

QString AuthError::defaultMessage(Code code)
{
    // The context is spelled out (not tr()) because AuthError is a gadget without a
    // QObject::tr(); lupdate picks translate() calls up by their literal context.
    switch (code) {
    case Code::NoError:
        return QString();
    case Code::Cancelled:
        return QCoreApplication::translate("QtSignIn::AuthError", "Sign-in was cancelled.");
    case Code::Timeout:
        return QCoreApplication::translate(
            "QtSignIn::AuthError", "Sign-in took too long and was stopped. Please try again.");
    case Code::NetworkError:
        return QCoreApplication::translate(
            "QtSignIn::AuthError",
            "Could not connect to the sign-in service. Check your internet connection and "
            "try again.");
    case Code::TlsError:
        return QCoreApplication::translate(
            "QtSignIn::AuthError",
            "A secure connection to the sign-in service could not be established. Check "
            "your computer's date and time, or ask your administrator.");
    case Code::ServerError:
        return QCoreApplication::translate(
            "QtSignIn::AuthError",
            "The sign-in service ran into a problem. Please try again later.");
    case Code::TemporarilyUnavailable:
        return QCoreApplication::translate(
            "QtSignIn::AuthError",
            "The sign-in service is busy right now. Please wait a moment and try again.");
    case Code::InvalidClient:
        //: "This application" is the program the user signs in to (not QtSignIn); its
        //: "support" is whoever helps that program's users.
        return QCoreApplication::translate(
            "QtSignIn::AuthError",
            "The sign-in service did not recognise this application. Please contact the "
            "application's support.");
    case Code::Configuration:
        //: The application's developer configured the sign-in wrongly; the user cannot fix it.
        return QCoreApplication::translate(
            "QtSignIn::AuthError",
            "Sign-in is not set up correctly in this application. Please contact the "
            "application's support.");
    case Code::InvalidGrant:
        return QCoreApplication::translate("QtSignIn::AuthError",
                                           "Your sign-in has expired. Please sign in again.");
    case Code::InvalidScope:
        return QCoreApplication::translate(
            "QtSignIn::AuthError",
            "The sign-in service does not allow the access this application asked for. "
            "Please contact the application's support.");
    case Code::InvalidRequest:
        return QCoreApplication::translate(
            "QtSignIn::AuthError",
            "The sign-in service could not process the request. Please try again; if it "
            "keeps happening, contact the application's support.");
    case Code::AccessDenied:
        return QCoreApplication::translate(
            "QtSignIn::AuthError",
            "Access was denied. Sign in again and allow access if you want to continue.");
    case Code::InvalidResponse:
        return QCoreApplication::translate(
            "QtSignIn::AuthError",
            "The sign-in service sent an answer that could not be understood. Please try "
            "again later.");
    case Code::DiscoveryFailed:
        return QCoreApplication::translate(
            "QtSignIn::AuthError",
            "The sign-in service's settings could not be loaded. Check your internet "
            "connection and try again later.");
    case Code::IdTokenInvalid:
        return QCoreApplication::translate(
            "QtSignIn::AuthError",
            "Your identity could not be verified. Check your computer's date and time, then "
            "sign in again.");
    case Code::StateMismatch:
        //: A security check: the answer from the sign-in page belongs to a different (older
        //: or forged) sign-in attempt.
        return QCoreApplication::translate(
            "QtSignIn::AuthError",
            "The sign-in answer did not match this sign-in attempt. Please sign in again.");
    case Code::ProviderPolicy:
        //: E.g. Google refuses sign-in pages embedded in applications.
        return QCoreApplication::translate(
            "QtSignIn::AuthError",
            "The sign-in service does not allow signing in this way. Please sign in through "
            "your web browser.");
    case Code::StorageError:
        //: The operating system's keychain or keyring (GNOME Keyring, KWallet, macOS Keychain,
        //: Windows Credential Manager).
        return QCoreApplication::translate(
            "QtSignIn::AuthError",
            "Your sign-in could not be saved or loaded from the system's password storage. "
            "Check that it is unlocked, then try again.");
    case Code::Unknown:
        break;
    }
    return QCoreApplication::translate("QtSignIn::AuthError",
                                       "Sign-in failed because of an unexpected error. Please "
                                       "try again.");
}

bool operator==(const AuthError &a, const AuthError &b)
{
    if (a.d == b.d)
        return true;
    // message() rather than the stored text: an explicit message equal to the default one
    // describes the same error.
    return a.code() == b.code() && a.message() == b.message() && a.detail() == b.detail() &&
        a.serverError() == b.serverError() &&
        a.serverErrorDescription() == b.serverErrorDescription() &&
        a.serverErrorUri() == b.serverErrorUri() && a.httpStatus() == b.httpStatus() &&
        a.networkError() == b.networkError();
}

QDebug operator<<(QDebug debug, const AuthError &error)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote();
    const char *codeName =
        QMetaEnum::fromType<AuthError::Code>().valueToKey(static_cast<int>(error.code()));
    debug << "QtSignIn::AuthError(" << (codeName ? codeName : "?");
    if (error.httpStatus() != 0)
        debug << ", http=" << error.httpStatus();
    if (error.networkError() != QNetworkReply::NoError) {
        const char *networkName =
            QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error.networkError());
        debug << ", network=";
        if (networkName)
            debug << networkName;
        else
            debug << int(error.networkError());
    }
    // Server text and our detail never carry secrets (see the class documentation); quote()
    // makes QDebug escape quotes and anything unprintable.
    debug.quote();
    if (!error.serverError().isEmpty())
        debug << ", server=" << error.serverError();
    if (!error.serverErrorDescription().isEmpty())
        debug << ", description="
              << Private::truncated(error.serverErrorDescription(), MaxDebugDescriptionLength);
    if (!error.detail().isEmpty())
        debug << ", detail=" << error.detail();
    debug << ')';
    return debug;
}

} // namespace QtSignIn
