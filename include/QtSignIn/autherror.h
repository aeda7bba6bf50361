// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/qtsigninglobal.h>

#include <QtCore/QMetaType>
#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkReply>

QT_BEGIN_NAMESPACE
class QDebug;
class QJsonObject;
QT_END_NAMESPACE

namespace QtSignIn {

class AuthErrorPrivate;

/*!
 * \brief The one error type of QtSignIn.
 *
 * An AuthError carries three layers of information:
 * - code(): a scoped code an application can act on (retry, ask the user to sign in again,
 *   fix the configuration …);
 * - message(): a translated sentence for the end user;
 * - the raw detail for developers and logs: the server's RFC 6749 §5.2 triplet
 *   (serverError(), serverErrorDescription(), serverErrorUri()), the HTTP status, the
 *   network error and detail(), a short English diagnostic written by QtSignIn.
 *
 * None of these ever contains a token, code, verifier, secret or state value, and neither
 * does the QDebug output.
 *
 * \code
 * connect(reply, &QtSignIn::TokenReply::finished, this, [reply] {
 *     if (reply->error().isError()) {
 *         if (reply->error().code() == QtSignIn::AuthError::Code::InvalidGrant)
 *             askUserToSignInAgain();
 *         showMessage(reply->error().message());
 *         qCWarning(lcApp) << reply->error();   // safe to log
 *     }
 *     reply->deleteLater();
 * });
 * \endcode
 */
class QTSIGNINCORE_EXPORT AuthError
{
    Q_GADGET
    Q_PROPERTY(Code code READ code CONSTANT)
    Q_PROPERTY(QString message READ message CONSTANT)
    Q_PROPERTY(QString serverError READ serverError CONSTANT)
    Q_PROPERTY(QString serverErrorDescription READ serverErrorDescription CONSTANT)
    Q_PROPERTY(int httpStatus READ httpStatus CONSTANT)
    Q_PROPERTY(bool isError READ isError CONSTANT)

public:
    /*! What went wrong, in terms of what the application or user can do about it. */
    enum class Code {
        NoError = 0,  ///< Success.
        Cancelled,    ///< The user or the application cancelled the operation.
        Timeout,      ///< No answer in time (network transfer timeout or sign-in timeout).
        NetworkError, ///< The server could not be reached or the connection broke; retry later.
        TlsError,     ///< The TLS handshake failed (certificate untrusted, expired, wrong host).
        ServerError,  ///< The server failed (5xx, `server_error`); retry later.
        TemporarilyUnavailable, ///< The server asked to retry later (`temporarily_unavailable`,
                                ///< 429, 503).
        InvalidClient,          ///< Client authentication failed: wrong client id or secret
                                ///< (`invalid_client`, `unauthorized_client`).
        Configuration,          ///< The settings are wrong or unsafe (missing endpoint, http to a
                                ///< non-loopback host…).
        InvalidGrant, ///< The code or refresh token is invalid, expired or revoked: sign in again.
        InvalidScope, ///< A requested scope is unknown or not allowed for this client.
        InvalidRequest,  ///< The server rejected the request as malformed (`invalid_request`,
                         ///< `unsupported_*`).
        AccessDenied,    ///< The user or the server refused access (`access_denied`, 401/403 on an
                         ///< API).
        InvalidResponse, ///< The server's answer was not valid (not JSON, missing members, too
                         ///< large).
        DiscoveryFailed, ///< The OpenID Provider metadata or its keys could not be loaded or are
                         ///< invalid.
        IdTokenInvalid,  ///< The ID token failed validation (signature, issuer, audience, expiry,
                         ///< nonce…).
        StateMismatch,   ///< The authorization response did not belong to this sign-in attempt.
        ProviderPolicy, ///< The provider does not allow this (e.g. Google in an embedded web view).
        StorageError,   ///< The token store (OS keychain) failed or is unavailable.
        Unknown         ///< Anything else.
    };
    Q_ENUM(Code)

    AuthError();
    /*! Creates an error with \a code; message() is the default translated text for the code. */
    explicit AuthError(Code code, const QString &detail = QString());
    AuthError(const AuthError &other);
    AuthError(AuthError &&other) noexcept;
    AuthError &operator=(const AuthError &other);
    AuthError &operator=(AuthError &&other) noexcept;
    ~AuthError();

    Code code() const;
    bool isError() const { return code() != Code::NoError; }
    explicit operator bool() const { return isError(); }

    /*! Translated text for the end user. */
    QString message() const;
    /*! Short English diagnostic for developers (never a secret). */
    QString detail() const;

    /*! The server's `error` member (RFC 6749 §5.2), e.g. `invalid_grant`. */
    QString serverError() const;
    /*! The server's `error_description`, as sent (untrusted text: display, never interpret). */
    QString serverErrorDescription() const;
    /*! The server's `error_uri`. */
    QUrl serverErrorUri() const;
    /*! HTTP status of the failed response, or 0. */
    int httpStatus() const;
    /*! The network error of the failed request, or QNetworkReply::NoError. */
    QNetworkReply::NetworkError networkError() const;

    AuthError &setMessage(const QString &message);
    AuthError &setDetail(const QString &detail);
    AuthError &setServerError(const QString &error, const QString &description = QString(),
                              const QUrl &uri = QUrl());
    AuthError &setHttpStatus(int status);
    AuthError &setNetworkError(QNetworkReply::NetworkError error);

    /*!
     * Maps an RFC 6749 error response (`error`, `error_description`, `error_uri`) and its HTTP
     * status to an AuthError. Unknown `error` values keep the raw strings with a code chosen
     * from the status.
     */
    static AuthError fromOAuthResponse(const QJsonObject &body, int httpStatus = 400);
    /*! Maps an RFC 6749 `error` string to a Code (used for redirect and token errors). */
    static Code codeForOAuthError(const QString &error, int httpStatus = 400);
    /*! The default translated message for \a code. */
    static QString defaultMessage(Code code);

    friend QTSIGNINCORE_EXPORT bool operator==(const AuthError &a, const AuthError &b);
    friend bool operator!=(const AuthError &a, const AuthError &b) { return !(a == b); }

private:
    QSharedDataPointer<AuthErrorPrivate> d;
};

/*! Writes code, HTTP status, server error and detail; never a secret. */
QTSIGNINCORE_EXPORT QDebug operator<<(QDebug debug, const AuthError &error);

} // namespace QtSignIn
