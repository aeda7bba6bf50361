// SPDX-License-Identifier: BSD-3-Clause
#include "redirectfilter_p.h"
#include "redirectguard_p.h"

#include <QtWebEngineQuick/QQuickWebEngineProfile>

namespace QtSignInQml {

RedirectFilter::RedirectFilter(QObject *parent)
    : QObject(parent)
    , m_guard(new QtSignIn::RedirectGuard(this))
    , m_interceptor(std::make_unique<QtSignIn::RedirectInterceptor>(m_guard))
{
    connect(m_guard, &QtSignIn::RedirectGuard::redirectCaught, this,
            &RedirectFilter::redirectCaught);
}

RedirectFilter::~RedirectFilter()
{
    // The profile keeps a plain pointer to the interceptor: take it back before it is deleted.
    detach();
}

QtSignIn::AuthFlow *RedirectFilter::flow() const
{
    return m_flow;
}

void RedirectFilter::setFlow(QtSignIn::AuthFlow *flow)
{
    if (m_flow == flow)
        return;
    m_flow = flow;
    m_guard->setFlow(flow);
    Q_EMIT flowChanged();
}

QQuickWebEngineProfile *RedirectFilter::profile() const
{
    return m_profile;
}

void RedirectFilter::setProfile(QQuickWebEngineProfile *profile)
{
    if (m_profile == profile)
        return;
    detach();
    m_profile = profile;
    // Installed as soon as the profile is known, before the view loads anything.
    if (profile)
        profile->setUrlRequestInterceptor(m_interceptor.get());
    Q_EMIT profileChanged();
}

void RedirectFilter::detach()
{
    if (m_profile)
        m_profile->setUrlRequestInterceptor(nullptr);
    m_profile = nullptr;
}

} // namespace QtSignInQml
