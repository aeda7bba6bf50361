// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtWebEngineCore/QWebEnginePage>

namespace QtSignIn {

class RedirectGuard;

/*
 * The page of a LoginDialog: refuses navigations to the redirect URI (the second line of
 * defence after RedirectInterceptor), to plain http off loopback and to other schemes, and sends
 * pop-ups to the desktop's browser.
 */
class LoginPage : public QWebEnginePage
{
    Q_OBJECT

public:
    LoginPage(QWebEngineProfile *profile, RedirectGuard *guard, QObject *parent = nullptr);

    static bool isLoopbackHost(const QString &host);

Q_SIGNALS:
    /* A top-level navigation to plain http on a non-loopback host was refused. */
    void insecureNavigationBlocked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    void openExternally(const QUrl &url);

    RedirectGuard *m_guard;
};

} // namespace QtSignIn
