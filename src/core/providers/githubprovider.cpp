// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/githubprovider.h>
#include <QtSignIn/revokereply.h>
#include <QtSignIn/userinforeply.h>

#include "logging_p.h"
#include "network/networkrules_p.h"
#include "providers/oauthprovider_p.h"
#include "reply/oauthreply_p.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <cmath>

namespace QtSignIn {

namespace {

class GitHubProviderPrivate : public OAuthProviderPrivate
{
public:
    QUrl apiUrl{QStringLiteral("https://api.github.com")};
};

QNetworkRequest apiRequest(const QUrl &url, const QString &accessToken)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    if (!accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    return request;
}

QUrl apiEndpoint(const QUrl &api, const QString &path)
{
    QUrl url = api;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

} // namespace

#define D() auto *d = static_cast<GitHubProviderPrivate *>(d_ptr.get())
#define CD() const auto *d = static_cast<const GitHubProviderPrivate *>(d_ptr.get())

GitHubProvider::GitHubProvider(QObject *parent)
    : OAuthProvider(*new GitHubProviderPrivate, parent)
{
    setAuthorizeUrl(QUrl(QStringLiteral("https://github.com/login/oauth/authorize")));
    setTokenUrl(QUrl(QStringLiteral("https://github.com/login/oauth/access_token")));
    setUserinfoUrl(QUrl(QStringLiteral("https://api.github.com/user")));
    setDeviceAuthorizationUrl(QUrl(QStringLiteral("https://github.com/login/device/code")));
}

GitHubProvider::~GitHubProvider() = default;

OAuthProvider::Type GitHubProvider::type() const
{
    return Type::GitHub;
}

QString GitHubProvider::displayName() const
{
    return QStringLiteral("GitHub");
}

QStringList GitHubProvider::defaultScopes() const
{
    return {QStringLiteral("read:user"), QStringLiteral("user:email")};
}

bool GitHubProvider::supportsRevocation() const
{
    // GitHub's token API authenticates the application with its secret.
    return !clientSecret().isEmpty();
}

QUrl GitHubProvider::apiUrl() const
{
    CD();
    return d->apiUrl;
}

void GitHubProvider::setApiUrl(const QUrl &url)
{
    D();
    if (d->apiUrl == url)
        return;
    d->apiUrl = url;
    setUserinfoUrl(apiEndpoint(url, QStringLiteral("/user")));
    Q_EMIT configurationChanged();
}

UserInfo GitHubProvider::userInfoFromJson(const QJsonObject &json) const
{
    // GitHub's /user is not OIDC: its numeric `id` is the stable subject (logins can change).
    QJsonObject claims;
    const QJsonValue id = json.value(u"id");
    if (id.isDouble()) {
        // Only an exact integer is an id; a double beyond qint64 would even make the cast
        // undefined behaviour (2^53: where doubles stop holding every integer).
        const double number = id.toDouble();
        constexpr double MaxExact = 9007199254740992.0;
        if (std::fabs(number) <= MaxExact && number == std::trunc(number))
            claims.insert(u"sub", QString::number(qint64(number)));
    } else if (id.isString())
        claims.insert(u"sub", id.toString());
    claims.insert(u"preferred_username", json.value(u"login"));
    claims.insert(u"name", json.value(u"name"));
    claims.insert(u"email", json.value(u"email"));
    claims.insert(u"picture", json.value(u"avatar_url"));
    UserInfo info = UserInfo::fromClaims(claims);
    info.setClaims(json);
    return info;
}

UserInfoReply *GitHubProvider::fetchUserInfo(const QString &accessToken,
                                             const QString &expectedSubject)
{
    auto *reply = new UserInfoReply;
    adoptReply(reply);
    const QUrl url = effectiveUserinfoUrl();
    const AuthError check = checkEndpoint(url);
    if (check.isError()) {
        failReply(reply, check);
        return reply;
    }
    QPointer<UserInfoReply> guard(reply);
    auto *exchange = Network::HttpExchange::start(
        networkAccessManager(), apiRequest(url, accessToken), "GET", QByteArray(),
        d_ptr->httpOptions(), reply,
        [this, guard, accessToken, expectedSubject](const Network::HttpResponse &response) {
            if (!guard)
                return;
            if (response.error.isError())
                return failReply(guard, response.error);
            if (!response.isSuccess()) {
                AuthError error = response.httpError();
                if (response.status == 401)
                    error = AuthError(AuthError::Code::AccessDenied,
                                      QStringLiteral("access token rejected"))
                                .setHttpStatus(401);
                return failReply(guard, error);
            }
            AuthError parseError;
            const auto json = response.jsonObject(&parseError);
            if (!json)
                return failReply(guard, parseError);
            UserInfo info = userInfoFromJson(*json);
            if (info.subject().isEmpty())
                return failReply(guard,
                                 AuthError(AuthError::Code::InvalidResponse,
                                           QStringLiteral("GitHub user has no id")));
            if (!expectedSubject.isEmpty() && info.subject() != expectedSubject)
                return failReply(guard,
                                 AuthError(AuthError::Code::InvalidResponse,
                                           QStringLiteral("GitHub user id changed")));
            if (!info.email().isEmpty()) {
                ReplyAccess::setUserInfo(guard, info);
                return ReplyAccess::finish(guard);
            }
            // A private profile e-mail: ask /user/emails (needs user:email) for the
            // primary verified address. Without it the profile is still returned.
            auto *emails = Network::HttpExchange::start(
                networkAccessManager(),
                apiRequest(apiEndpoint(apiUrl(), QStringLiteral("/user/emails")), accessToken),
                "GET", QByteArray(), d_ptr->httpOptions(), guard,
                [guard, info](const Network::HttpResponse &emailResponse) mutable {
                    if (!guard)
                        return;
                    if (emailResponse.isSuccess()) {
                        const QJsonArray list = QJsonDocument::fromJson(emailResponse.body).array();
                        for (const QJsonValue &entry : list) {
                            const QJsonObject e = entry.toObject();
                            if (e.value(u"primary").toBool() && e.value(u"verified").toBool() &&
                                e.value(u"email").isString()) {
                                info.setEmail(e.value(u"email").toString());
                                info.setEmailVerified(true);
                                break;
                            }
                        }
                    } else {
                        qCDebug(lcProvider)
                            << "GitHub /user/emails unavailable:" << emailResponse.status;
                    }
                    ReplyAccess::setUserInfo(guard, info);
                    ReplyAccess::finish(guard);
                });
            ReplyAccess::abortTogether(guard, emails);
        });
    ReplyAccess::abortTogether(reply, exchange);
    return reply;
}

RevokeReply *GitHubProvider::revokeToken(const QString &token, TokenTypeHint)
{
    auto *reply = new RevokeReply;
    adoptReply(reply);
    if (token.isEmpty()) {
        failReply(reply, AuthError(AuthError::Code::InvalidRequest, QStringLiteral("no token")));
        return reply;
    }
    if (clientSecret().isEmpty()) {
        failReply(reply,
                  AuthError(AuthError::Code::ProviderPolicy,
                            QStringLiteral("GitHub revocation needs the client secret")));
        return reply;
    }
    // DELETE /applications/{client_id}/token with Basic client credentials and the token in
    // a JSON body (GitHub REST API, "Delete an app token"); only 204 means revoked.
    const QUrl url = apiEndpoint(apiUrl(),
                                 QStringLiteral("/applications/") +
                                     QString::fromLatin1(QUrl::toPercentEncoding(clientId())) +
                                     QStringLiteral("/token"));
    const AuthError check = checkEndpoint(url);
    if (check.isError()) {
        failReply(reply, check);
        return reply;
    }
    QNetworkRequest request = apiRequest(url, QString());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray credentials = clientId().toUtf8() + ':' + clientSecret().toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("access_token"), token}})
                                .toJson(QJsonDocument::Compact);
    QPointer<RevokeReply> guard(reply);
    auto *exchange = Network::HttpExchange::start(
        networkAccessManager(), request, "DELETE", body, d_ptr->httpOptions(), reply,
        [this, guard](const Network::HttpResponse &response) {
            if (!guard)
                return;
            if (response.error.isError())
                return failReply(guard, response.error);
            if (response.status != 204)
                return failReply(guard, response.httpError());
            ReplyAccess::setRevoked(guard, true);
            ReplyAccess::finish(guard);
        });
    ReplyAccess::abortTogether(reply, exchange);
    return reply;
}

} // namespace QtSignIn
