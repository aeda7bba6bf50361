// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/authflow.h>

#include <QtCore/QMutex>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtWebEngineCore/QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace QtSignIn {

/*
 * Shared by LoginDialog (QtSignInWidgets) and LoginView (QtSignInQml): both libraries compile
 * src/webengine/ into themselves; nothing here is exported.
 *
 * Knows the flow's redirect URI and reports authorization responses caught on their way to it.
 * The request interceptor and the page's navigation check both ask it, so the redirect is caught
 * by whichever sees it first and reported once per URL.
 */
class RedirectGuard : public QObject
{
    Q_OBJECT

public:
    explicit RedirectGuard(QObject *parent = nullptr);

    /* GUI thread. */
    void setFlow(AuthFlow *flow);
    /* Any thread: true when \a url must not be loaded but handed to the flow. */
    bool matches(const QUrl &url) const;
    /* Any thread: queues redirectCaught(\a url) to the guard's (GUI) thread. */
    void report(const QUrl &url);

Q_SIGNALS:
    void redirectCaught(const QUrl &url);

private:
    void updateRedirectUri();

    QPointer<AuthFlow> m_flow;
    mutable QMutex m_mutex;
    QUrl m_redirectUri; // copy for callers off the GUI thread, guarded by m_mutex
};

/* Blocks every request to the redirect URI before it reaches Chromium's network stack. */
class RedirectInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    RedirectInterceptor(RedirectGuard *guard, QObject *parent = nullptr);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    RedirectGuard *m_guard;
    std::atomic_bool m_threadReported{false};
};

} // namespace QtSignIn
