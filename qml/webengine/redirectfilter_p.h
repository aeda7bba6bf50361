// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/authflow.h>

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtQml/qqml.h>
#include <QtWebEngineQuick/QQuickWebEngineProfile>

#include <memory>

namespace QtSignIn {
class RedirectGuard;
class RedirectInterceptor;
} // namespace QtSignIn

namespace QtSignInQml {

/*
 * `RedirectFilter`: installs LoginDialog's request interceptor on a WebEngineProfile, so that no
 * request to the flow's redirect URI leaves the view — not only navigations (which
 * WebEngineView.onNavigationRequested sees) but also images, scripts, prefetches and other
 * sub-resources a page could point at it (RFC 8252 §8.1: the authorization code must not leave
 * the process). A top-level request is reported with redirectCaught(); sub-resources are blocked
 * silently. Used by LoginView; an application's own WebEngineView can use it the same way
 * (`import QtSignIn.WebEngine`, a module of its own so that `import QtSignIn` does not load
 * QtWebEngine):
 * \code
 * WebEngineView {
 *     profile: WebEngineProfile { id: profile; offTheRecord: true }
 *     RedirectFilter {
 *         flow: myFlow
 *         profile: profile
 *         onRedirectCaught: (url) => myFlow.handleRedirect(url)
 *     }
 * }
 * \endcode
 */
class RedirectFilter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QtSignIn::AuthFlow *flow READ flow WRITE setFlow NOTIFY flowChanged)
    Q_PROPERTY(QQuickWebEngineProfile *profile READ profile WRITE setProfile NOTIFY profileChanged)

public:
    explicit RedirectFilter(QObject *parent = nullptr);
    ~RedirectFilter() override;

    QtSignIn::AuthFlow *flow() const;
    void setFlow(QtSignIn::AuthFlow *flow);
    QQuickWebEngineProfile *profile() const;
    void setProfile(QQuickWebEngineProfile *profile);

Q_SIGNALS:
    void flowChanged();
    void profileChanged();
    /* A top-level request to the redirect URI was blocked: queued, never from inside Chromium. */
    void redirectCaught(const QUrl &url);

private:
    void detach();

    QPointer<QtSignIn::AuthFlow> m_flow;
    QPointer<QQuickWebEngineProfile> m_profile;
    QtSignIn::RedirectGuard *m_guard;
    std::unique_ptr<QtSignIn::RedirectInterceptor> m_interceptor;
};

} // namespace QtSignInQml
