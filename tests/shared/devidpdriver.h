// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Drives the development login and consent pages of the test OpenID Provider
// (npm oidc-provider, devInteractions) headlessly with QNetworkAccessManager, the way a user
// would in a browser: follow the redirects, fill the login form, press "Continue" on the
// consent page, and stop at the redirect to the client without sending it.

#include <QtCore/QObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkCookieJar>
#include <QtNetwork/QNetworkReply>

namespace QtSignInTest {

class DevIdpDriver : public QObject
{
public:
    struct Result
    {
        bool reachedRedirect = false;
        QUrl redirect;   // the full redirect to the client (never requested)
        QString failure; // why the driver stopped, when it did
        QString queryValue(const QString &key) const
        {
            return QUrlQuery(redirect).queryItemValue(key, QUrl::FullyDecoded);
        }
    };

    /*! \a redirectPrefix: URLs starting with it are the client's and are not followed. */
    DevIdpDriver(const QString &redirectPrefix, const QString &login = QStringLiteral("alice"),
                 QObject *parent = nullptr)
        : QObject(parent)
        , m_prefix(redirectPrefix)
        , m_login(login)
    {
        m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_manager.setCookieJar(new QNetworkCookieJar(&m_manager));
    }

    void start(const QUrl &authorizeUrl) { get(authorizeUrl); }
    Result result() const { return m_result; }
    int pagesSeen() const { return m_pages; }
    /*! True once the redirect was reached or the driver gave up (wait with QTRY_VERIFY). */
    bool isDone() const { return m_done; }

private:
    void get(const QUrl &url) { handle(m_manager.get(QNetworkRequest(url))); }

    void post(const QUrl &url, const QByteArray &form)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        handle(m_manager.post(request, form));
    }

    void handle(QNetworkReply *reply)
    {
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            if (++m_steps > 20)
                return stop(QStringLiteral("too many steps"));
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (status >= 300 && status < 400) {
                const QUrl next = reply->url().resolved(
                    QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode));
                if (next.toString(QUrl::FullyEncoded).startsWith(m_prefix)) {
                    m_result.reachedRedirect = true;
                    m_result.redirect = next;
                    return stop(QString());
                }
                return get(next);
            }
            if (status != 200)
                return stop(QStringLiteral("HTTP %1: %2")
                                .arg(status)
                                .arg(QString::fromUtf8(body.left(300))));
            ++m_pages;
            static const QRegularExpression action(QStringLiteral("action=\"([^\"]+)\""));
            static const QRegularExpression prompt(
                QStringLiteral("name=\"prompt\" value=\"([a-z]+)\""));
            const QString html = QString::fromUtf8(body);
            const auto a = action.match(html);
            const auto p = prompt.match(html);
            if (!a.hasMatch() || !p.hasMatch())
                return stop(QStringLiteral("no interaction form on page"));
            const QUrl target = reply->url().resolved(
                QUrl(a.captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"))));
            if (p.captured(1) == u"login") {
                post(target,
                     "prompt=login&login=" + QUrl::toPercentEncoding(m_login) +
                         "&password=any-password");
            } else {
                post(target, "prompt=" + p.captured(1).toLatin1());
            }
        });
    }

    void stop(const QString &failure)
    {
        m_result.failure = failure;
        m_done = true;
    }

    QNetworkAccessManager m_manager;
    QString m_prefix;
    QString m_login;
    Result m_result;
    int m_steps = 0;
    int m_pages = 0;
    bool m_done = false;
};

} // namespace QtSignInTest
