// SPDX-License-Identifier: BSD-3-Clause
#include "redirectguard_p.h"

#include <QtCore/QLoggingCategory>

#include <QtCore/QMutexLocker>
#include <QtCore/QThread>
#include <QtWebEngineCore/QWebEngineUrlRequestInfo>

namespace QtSignIn {

// Compiled into each library with an embedded user agent (QtSignInWidgets, QtSignInQml), so each
// has its own copy of this category under the same name (internal linkage: no clash).
namespace {
Q_LOGGING_CATEGORY(lcWebGuard, "qtsignin.webengine", QtInfoMsg)
} // namespace

RedirectGuard::RedirectGuard(QObject *parent)
    : QObject(parent)
{
}

void RedirectGuard::setFlow(AuthFlow *flow)
{
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
    m_flow = flow;
    if (flow) {
        // The flow fixes its effective redirect URI when it starts.
        connect(flow, &AuthFlow::redirectUriChanged, this, &RedirectGuard::updateRedirectUri);
        connect(flow, &AuthFlow::stateChanged, this, &RedirectGuard::updateRedirectUri);
    }
    updateRedirectUri();
}

void RedirectGuard::updateRedirectUri()
{
    const QMutexLocker locker(&m_mutex);
    m_redirectUri = m_flow ? m_flow->redirectUri() : QUrl();
}

bool RedirectGuard::matches(const QUrl &url) const
{
    // Since Qt 5.13 a profile's URL request interceptor runs on the UI thread, so the flow can
    // answer itself (it owns the matching rules). Should a Qt version call it elsewhere, the
    // flow must not be touched from that thread: compare with a copy of its redirect URI (the
    // flow checks again on the GUI thread before it takes the response).
    if (QThread::currentThread() == thread())
        return m_flow && m_flow->isRedirect(url);

    const QMutexLocker locker(&m_mutex);
    if (m_redirectUri.isEmpty())
        return false;
    // The same rule as AuthFlow::isRedirect(): scheme, host, effective port and path.
    const auto effectivePort = [](const QUrl &u) {
        return u.port(u.scheme().compare(u"https", Qt::CaseInsensitive) == 0 ? 443 : 80);
    };
    return url.scheme().compare(m_redirectUri.scheme(), Qt::CaseInsensitive) == 0 &&
        url.host().compare(m_redirectUri.host(), Qt::CaseInsensitive) == 0 &&
        effectivePort(url) == effectivePort(m_redirectUri) &&
        url.path(QUrl::FullyEncoded) == m_redirectUri.path(QUrl::FullyEncoded);
}

void RedirectGuard::report(const QUrl &url)
{
    // Always queued: the interceptor and acceptNavigationRequest() are called from inside
    // Chromium; the flow's handling (signals, the dialog closing) must not run in there.
    QMetaObject::invokeMethod(
        this, [this, url] { Q_EMIT redirectCaught(url); }, Qt::QueuedConnection);
}

RedirectInterceptor::RedirectInterceptor(RedirectGuard *guard, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_guard(guard)
{
}

void RedirectInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (!m_threadReported) {
        m_threadReported = true;
        qCDebug(lcWebGuard) << "request interceptor runs on the GUI thread:"
                            << (QThread::currentThread() == m_guard->thread());
    }
    const QUrl url = info.requestUrl();
    if (!m_guard->matches(url))
        return;
    // Whatever asked for it (a navigation, a server redirect, an image, a prefetch), the
    // redirect URI is never requested: the authorization code must not leave the process
    // (RFC 8252 §8.1 threat model; the embedded agent has no listener on that port at all).
    info.block(true);
    // Only a top-level navigation is an authorization response; a sub-resource pointing at the
    // redirect URI is something the page made up, not the server's answer.
    if (info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame) {
        qCDebug(lcWebGuard) << "authorization response intercepted (request interceptor)";
        m_guard->report(url);
    } else {
        qCInfo(lcWebGuard) << "blocked a sub-resource request to the redirect URI";
    }
}

} // namespace QtSignIn
