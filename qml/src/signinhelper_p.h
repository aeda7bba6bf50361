// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>
#include <QtSignIn/authflow.h>
#include <QtSignIn/oauthprovider.h>

#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtCore/QVariantMap>
#include <QtQml/qqml.h>

namespace QtSignInQml {

/*
 * The `SignIn` singleton: what QML cannot do with the core's C++ API alone (build an AuthError,
 * pass extra authorization parameters, ask a provider about its user agents) and the address
 * rules LoginView shares with LoginDialog.
 */
class SignInHelper : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(SignIn)
    QML_SINGLETON

public:
    /* How a page address is protected, for the address bar of LoginView. */
    enum class Security {
        None,             ///< Not a web page (about:blank, nothing loaded).
        Secure,           ///< https (a page with a certificate error is never shown).
        LocalDevelopment, ///< plain http to a loopback host: a development IdP.
        Insecure          ///< plain http elsewhere: never loaded.
    };
    Q_ENUM(Security)

    explicit SignInHelper(QObject *parent = nullptr);

    /* An AuthError with \a code, a developer \a detail and, optionally, a user \a message. */
    Q_INVOKABLE QtSignIn::AuthError error(QtSignIn::AuthError::Code code,
                                          const QString &detail = QString(),
                                          const QString &message = QString()) const;
    /* Sets \a flow's extra authorization parameters from a JS object ({prompt: "consent"}). */
    Q_INVOKABLE void setExtraParameters(QtSignIn::AuthFlow *flow,
                                        const QVariantMap &parameters) const;
    /* True when \a provider accepts \a agent (OAuthProvider.Embedded…). */
    Q_INVOKABLE bool allowsUserAgent(QtSignIn::OAuthProvider *provider,
                                     QtSignIn::OAuthProvider::UserAgent agent) const;
    /* Embedded when allowed, else the system browser, else the device flow. */
    Q_INVOKABLE QtSignIn::OAuthProvider::UserAgent
    bestUserAgent(QtSignIn::OAuthProvider *provider) const;

    /* `localhost`, 127.0.0.0/8 and ::1. */
    Q_INVOKABLE static bool isLoopbackHost(const QString &host);
    Q_INVOKABLE static Security security(const QUrl &url);
    /* host[:port] of a web URL, empty otherwise. */
    Q_INVOKABLE static QString displayHost(const QUrl &url);
    /* True when LoginView may show \a url in its main frame. */
    Q_INVOKABLE static bool isAllowedPage(const QUrl &url);
};

} // namespace QtSignInQml
