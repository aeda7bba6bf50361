// SPDX-License-Identifier: BSD-3-Clause
#include "browserlauncher_p.h"
#include "loginpage_p.h"
#include "redirectguard_p.h"
#include "widgetslogging_p.h"

#include <QtNetwork/QHostAddress>
#include <QtWebEngineCore/QWebEngineNewWindowRequest>

namespace QtSignIn {

LoginPage::LoginPage(QWebEngineProfile *profile, RedirectGuard *guard, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_guard(guard)
{
    // createWindow() returns no page, so QtWebEngine asks here: a sign-in window never grows
    // more windows; links meant for a new window (help, privacy policy) go to the browser.
    connect(
        this, &QWebEnginePage::newWindowRequested, this,
        [this](QWebEngineNewWindowRequest &request) { openExternally(request.requestedUrl()); });
}

bool LoginPage::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool LoginPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (m_guard->matches(url)) {
        // Normally the interceptor has blocked it already; this covers navigations that never
        // become network requests. Seen as type Redirect for the server's 302/303.
        if (isMainFrame) {
            qCDebug(lcWidgets) << "authorization response intercepted (navigation type" << type
                               << ")";
            m_guard->report(url);
        }
        return false;
    }
    if (!isMainFrame)
        return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);

    const QString scheme = url.scheme();
    if (scheme == u"https" || url.toString() == u"about:blank")
        return true;
    if (scheme == u"http") {
        if (isLoopbackHost(url.host()))
            return true; // a development IdP on this machine (the provider had to allow it)
        // A password typed into a plain-http page is readable on the network: never show one.
        qCWarning(lcWidgets) << "refused a plain http page on" << url.host();
        Q_EMIT insecureNavigationBlocked(url);
        return false;
    }
    // file:, data:, javascript:, custom app schemes: nothing a sign-in page needs to open in
    // this window.
    qCInfo(lcWidgets) << "refused a navigation to a" << scheme << "URL";
    return false;
}

QWebEnginePage *LoginPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return nullptr;
}

void LoginPage::openExternally(const QUrl &url)
{
    if ((url.scheme() != u"https" && url.scheme() != u"http") || m_guard->matches(url)) {
        qCInfo(lcWidgets) << "ignored a pop-up window";
        return;
    }
    openWithDesktopBrowser(url);
}

} // namespace QtSignIn
