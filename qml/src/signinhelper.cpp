// SPDX-License-Identifier: BSD-3-Clause
#include "signinhelper_p.h"

#include <QtNetwork/QHostAddress>

namespace QtSignInQml {

using QtSignIn::AuthError;
using QtSignIn::AuthFlow;
using QtSignIn::OAuthProvider;

SignInHelper::SignInHelper(QObject *parent)
    : QObject(parent)
{
}

AuthError SignInHelper::error(AuthError::Code code, const QString &detail,
                              const QString &message) const
{
    AuthError result(code, detail);
    if (!message.isEmpty())
        result.setMessage(message);
    return result;
}

void SignInHelper::setExtraParameters(AuthFlow *flow, const QVariantMap &parameters) const
{
    if (!flow)
        return;
    QList<QPair<QString, QString>> list;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        list.append({it.key(), it.value().toString()});
    flow->setExtraParameters(list);
}

bool SignInHelper::allowsUserAgent(OAuthProvider *provider, OAuthProvider::UserAgent agent) const
{
    return provider && provider->allowedUserAgents().contains(agent);
}

OAuthProvider::UserAgent SignInHelper::bestUserAgent(OAuthProvider *provider) const
{
    using UserAgent = OAuthProvider::UserAgent;
    if (!provider)
        return UserAgent::SystemBrowser;
    const QList<UserAgent> allowed = provider->allowedUserAgents();
    for (const UserAgent agent :
         {UserAgent::Embedded, UserAgent::SystemBrowser, UserAgent::DeviceCode}) {
        if (allowed.contains(agent))
            return agent;
    }
    return provider->preferredUserAgent();
}

bool SignInHelper::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

SignInHelper::Security SignInHelper::security(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == u"https")
        return Security::Secure;
    if (scheme != u"http")
        return Security::None;
    return isLoopbackHost(url.host()) ? Security::LocalDevelopment : Security::Insecure;
}

QString SignInHelper::displayHost(const QUrl &url)
{
    if (url.scheme() != u"https" && url.scheme() != u"http")
        return QString();
    QString host = url.host();
    if (url.port() != -1)
        host += u':' + QString::number(url.port());
    return host;
}

bool SignInHelper::isAllowedPage(const QUrl &url)
{
    // The same rule as LoginDialog: https, plain http only to this machine (a development IdP
    // the provider had to allow), about:blank; never file:, data:, javascript: or app schemes.
    if (url.toString() == u"about:blank")
        return true;
    const Security level = security(url);
    return level == Security::Secure || level == Security::LocalDevelopment;
}

} // namespace QtSignInQml
