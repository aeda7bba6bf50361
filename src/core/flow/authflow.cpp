// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/authflow.h>
#include <QtSignIn/deviceauthorizationreply.h>
#include <QtSignIn/loopbackreceiver.h>
#include <QtSignIn/tokenreply.h>
#include <QtSignIn/userinforeply.h>

#include "logging_p.h"

#include <QtCore/QPointer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTimer>
#include <QtCore/QUrlQuery>

namespace QtSignIn {

class AuthFlowPrivate
{
public:
    QPointer<OAuthProvider> provider;
    AuthFlow::State state = AuthFlow::State::Pending;
    bool agentSet = false;
    OAuthProvider::UserAgent agent = OAuthProvider::UserAgent::SystemBrowser;
    int timeout = 120;
    bool timeoutSet = false;
    QUrl redirectUri{QStringLiteral("http://127.0.0.1/callback")};
    bool redirectSet = false;
    QList<QPair<QString, QString>> extraParameters;
    bool fetchUserInfo = true;
    AuthFlow::BrowserLauncher launcher;

    // One attempt's secrets: never logged.
    QString expectedState;
    QString nonce;
    PkceChallenge pkce;
    QUrl activeRedirect;
    QUrl authorizationUrl;
    DeviceAuthorization device;
    int pollInterval = 5;

    bool responseAccepted = false;
    QDateTime deadline;
    QTimer deadlineTimer;
    QTimer pollTimer;
    std::unique_ptr<LoopbackReceiver> receiver;
    int pendingCallback = -1;
    QList<QPointer<OAuthReply>> replies;

    TokenSet tokens;
    UserInfo userInfo;
    AuthError error;
};

namespace {

QString randomToken()
{
    // 256 bits from the system CSPRNG (RFC 6749 §10.10 asks for at least 128 bits).
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Compares secrets without an early exit, so timing does not reveal how much matched.
bool constantTimeEquals(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    unsigned char diff = x.size() == y.size() ? 0 : 1;
    const qsizetype n = qMax(x.size(), y.size());
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char cx = i < x.size() ? uchar(x.at(i)) : 0;
        const unsigned char cy = i < y.size() ? uchar(y.at(i)) : 0;
        diff |= cx ^ cy;
    }
    return diff == 0;
}

QUrl withoutQuery(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

} // namespace

#define D() AuthFlowPrivate *d = d_ptr.get()

AuthFlow::AuthFlow(OAuthProvider *provider, QObject *parent)
    : QObject(parent)
    , d_ptr(std::make_unique<AuthFlowPrivate>())
{
    D();
    d->provider = provider;
    if (provider)
        d->agent = provider->preferredUserAgent();
    d->deadlineTimer.setSingleShot(true);
    d->pollTimer.setSingleShot(true);
    connect(&d->deadlineTimer, &QTimer::timeout, this, [this] {
        finish(State::TimedOut,
               AuthError(AuthError::Code::Timeout,
                         QStringLiteral("the sign-in was not finished in time")));
    });
    connect(&d->pollTimer, &QTimer::timeout, this, [this] { pollDevice(); });
}

AuthFlow::~AuthFlow()
{
    D();
    for (const auto &reply : std::as_const(d->replies)) {
        if (reply)
            reply->abort();
    }
}

OAuthProvider *AuthFlow::provider() const
{
    return d_ptr->provider;
}
AuthFlow::State AuthFlow::state() const
{
    return d_ptr->state;
}

bool AuthFlow::isFinished() const
{
    const State s = d_ptr->state;
    return s != State::Pending && s != State::InProgress;
}

OAuthProvider::UserAgent AuthFlow::userAgent() const
{
    return d_ptr->agent;
}

void AuthFlow::setUserAgent(OAuthProvider::UserAgent agent)
{
    D();
    if (d->state != State::Pending) {
        qCWarning(lcFlow) << "setUserAgent: the flow has already started";
        return;
    }
    d->agentSet = true;
    if (d->agent == agent)
        return;
    d->agent = agent;
    Q_EMIT userAgentChanged();
}

int AuthFlow::timeout() const
{
    return d_ptr->timeout;
}

void AuthFlow::setTimeout(int seconds)
{
    D();
    seconds = qBound(1, seconds, 24 * 3600);
    d->timeoutSet = true;
    if (d->timeout == seconds)
        return;
    d->timeout = seconds;
    Q_EMIT timeoutChanged();
}

QDateTime AuthFlow::deadline() const
{
    return d_ptr->deadline;
}
QUrl AuthFlow::redirectUri() const
{
    D();
    return d->activeRedirect.isEmpty() ? d->redirectUri : d->activeRedirect;
}

void AuthFlow::setRedirectUri(const QUrl &uri)
{
    D();
    if (d->state != State::Pending) {
        qCWarning(lcFlow) << "setRedirectUri: the flow has already started";
        return;
    }
    d->redirectSet = true;
    if (d->redirectUri == uri)
        return;
    d->redirectUri = uri;
    Q_EMIT redirectUriChanged();
}

QList<QPair<QString, QString>> AuthFlow::extraParameters() const
{
    return d_ptr->extraParameters;
}
void AuthFlow::setExtraParameters(const QList<QPair<QString, QString>> &parameters)
{
    d_ptr->extraParameters = parameters;
}
bool AuthFlow::fetchesUserInfo() const
{
    return d_ptr->fetchUserInfo;
}
void AuthFlow::setFetchesUserInfo(bool fetch)
{
    d_ptr->fetchUserInfo = fetch;
}
void AuthFlow::setBrowserLauncher(const BrowserLauncher &launcher)
{
    d_ptr->launcher = launcher;
}
QUrl AuthFlow::authorizationUrl() const
{
    return d_ptr->authorizationUrl;
}
DeviceAuthorization AuthFlow::deviceAuthorization() const
{
    return d_ptr->device;
}
TokenSet AuthFlow::tokens() const
{
    return d_ptr->tokens;
}
UserInfo AuthFlow::userInfo() const
{
    return d_ptr->userInfo;
}
AuthError AuthFlow::error() const
{
    return d_ptr->error;
}

// --- start ---------------------------------------------------------------------------------

void AuthFlow::start()
{
    D();
    if (d->state != State::Pending) {
        qCWarning(lcFlow) << "start: an AuthFlow runs once; create a new one to sign in again";
        return;
    }
    setState(State::InProgress);
    d->deadline = QDateTime::currentDateTimeUtc().addSecs(d->timeout);
    d->deadlineTimer.start(std::chrono::seconds(d->timeout));

    if (!d->provider)
        return finishLater(
            State::Failed,
            AuthError(AuthError::Code::Configuration, QStringLiteral("no provider")));
    if (!d->provider->allowedUserAgents().contains(d->agent)) {
        return finishLater(State::Failed,
                           AuthError(AuthError::Code::ProviderPolicy,
                                     QStringLiteral("%1 does not allow this user agent")
                                         .arg(d->provider->displayName())));
    }
    // Fresh secrets for every attempt (RFC 6749 §10.12, RFC 7636 §4.1, OIDC Core §3.1.2.1).
    d->expectedState = randomToken();
    d->nonce = randomToken();
    d->pkce = PkceChallenge::generate();

    OAuthReply *prepared = track(d->provider->prepare());
    connect(prepared, &OAuthReply::finished, this, [this, prepared] {
        prepared->deleteLater();
        if (isFinished())
            return;
        if (prepared->hasError())
            return finish(State::Failed, prepared->error());
        switch (d_ptr->agent) {
        case OAuthProvider::UserAgent::DeviceCode:
            return startDevice();
        case OAuthProvider::UserAgent::SystemBrowser:
        case OAuthProvider::UserAgent::Embedded:
            return startBrowser();
        }
    });
}

void AuthFlow::startBrowser()
{
    D();
    if (d->agent == OAuthProvider::UserAgent::SystemBrowser) {
        // RFC 8252 §7.3: a loopback listener on an ephemeral port, bound to 127.0.0.1 only.
        d->receiver = std::make_unique<LoopbackReceiver>();
        if (d->redirectSet && !d->redirectUri.path().isEmpty())
            d->receiver->setPath(d->redirectUri.path());
        if (!d->receiver->listen())
            return finish(State::Failed,
                          AuthError(AuthError::Code::NetworkError,
                                    QStringLiteral("cannot listen on the loopback "
                                                   "interface")));
        connect(d->receiver.get(), &LoopbackReceiver::callbackReceived, this,
                [this, d](int id, const QUrl &url) {
                    if (handleRedirect(url)) {
                        d->pendingCallback = id;
                        // The page is answered when the outcome is known (finish()).
                        if (isFinished())
                            answerBrowser();
                    } else {
                        d->receiver->respond(id, LoopbackReceiver::Result::NotForThisSignIn);
                    }
                });
        d->activeRedirect = d->receiver->redirectUri();
    } else {
        d->activeRedirect = d->redirectUri;
    }
    Q_EMIT redirectUriChanged();

    QList<QPair<QString, QString>> params;
    for (const auto &p : std::as_const(d->extraParameters)) {
        if (p.first != u"nonce")
            params.append(p);
    }
    // OIDC Core §3.1.2.1: a nonce binds the ID token to this attempt.
    if (d->provider->isOpenIdConnect() || d->provider->scopes().contains(u"openid"))
        params.append({QStringLiteral("nonce"), d->nonce});
    else
        d->nonce.clear();
    d->authorizationUrl =
        d->provider->buildAuthorizeUrl(d->activeRedirect, d->expectedState,
                                       d->provider->usePkce() ? d->pkce : PkceChallenge(), params);
    if (d->authorizationUrl.isEmpty())
        return finish(State::Failed,
                      AuthError(AuthError::Code::Configuration,
                                QStringLiteral("no usable authorization "
                                               "endpoint")));
    qCDebug(lcFlow) << "authorization request ready for" << d->authorizationUrl.host();
    Q_EMIT authorizationUrlReady(d->authorizationUrl);

    if (d->agent == OAuthProvider::UserAgent::SystemBrowser) {
        const bool opened = d->launcher ? d->launcher(d->authorizationUrl)
                                        : openInSystemBrowser(d->authorizationUrl);
        // Not fatal: the application can still show authorizationUrl() for copy and paste.
        if (!opened)
            qCWarning(lcFlow) << "could not open the system browser";
    }
}

// --- the authorization response --------------------------------------------------------------

bool AuthFlow::isRedirect(const QUrl &url) const
{
    const QUrl target = redirectUri();
    if (target.isEmpty() || !url.isValid())
        return false;
    const QUrl a = withoutQuery(url);
    const QUrl b = withoutQuery(target);
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
        a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
        a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80) &&
        a.path(QUrl::FullyEncoded) == b.path(QUrl::FullyEncoded);
}

bool AuthFlow::handleRedirect(const QUrl &url)
{
    D();
    if (d->state != State::InProgress || d->responseAccepted ||
        d->agent == OAuthProvider::UserAgent::DeviceCode || d->authorizationUrl.isEmpty())
        return false;
    if (!isRedirect(url))
        return false;
    const QUrlQuery query(url);
    // RFC 6749 §10.12: only a response carrying our state belongs to this attempt. Anything
    // else (including an `error=`) is ignored and the flow keeps waiting (REFERENCE.md
    // fault 8: the first request to the port must not win).
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state.isEmpty() || !constantTimeEquals(state, d->expectedState)) {
        qCInfo(lcFlow) << "ignored an authorization response that does not belong to this "
                          "sign-in";
        return false;
    }
    d->responseAccepted = true;
    d->deadlineTimer.stop();

    // RFC 9207 §2.4: the issuer identifies who sent the response (mix-up defence).
    const QString expectedIssuer = d->provider ? d->provider->issuerIdentifier() : QString();
    if (query.hasQueryItem(QStringLiteral("iss")) && !expectedIssuer.isEmpty()) {
        const QString iss = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
        if (iss != expectedIssuer) {
            finishLater(State::Failed,
                        AuthError(AuthError::Code::StateMismatch,
                                  QStringLiteral("authorization response from issuer %1, "
                                                 "expected %2")
                                      .arg(iss.left(200), expectedIssuer)));
            return true;
        }
    } else if (d->provider && d->provider->requiresIssuerInAuthorizationResponse()) {
        finishLater(State::Failed,
                    AuthError(AuthError::Code::StateMismatch,
                              QStringLiteral("authorization response without the iss "
                                             "parameter the provider promises (RFC 9207)")));
        return true;
    }

    if (query.hasQueryItem(QStringLiteral("error"))) {
        const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        AuthError failure(AuthError::codeForOAuthError(error, 0),
                          QStringLiteral("the provider refused the authorization"));
        failure.setServerError(
            error, query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded),
            QUrl(query.queryItemValue(QStringLiteral("error_uri"), QUrl::FullyDecoded)));
        finishLater(State::Failed, failure);
        return true;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        finishLater(State::Failed,
                    AuthError(AuthError::Code::InvalidResponse,
                              QStringLiteral("authorization response without a "
                                             "code")));
        return true;
    }
    // Everything about the response is checked: only now does the code leave the client.
    TokenReply *reply = static_cast<TokenReply *>(track(d->provider->exchangeCode(
        code, d->activeRedirect, d->provider->usePkce() ? d->pkce.verifier() : QString(),
        d->nonce)));
    connect(reply, &OAuthReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (isFinished())
            return;
        if (reply->hasError())
            return finish(State::Failed, reply->error());
        receivedTokens(reply->tokens());
    });
    return true;
}

void AuthFlow::receivedTokens(const TokenSet &tokens)
{
    D();
    d->tokens = tokens;
    const QJsonObject claims = tokens.idTokenClaims();
    const UserInfo fromIdToken = UserInfo::fromClaims(claims);
    if (!d->fetchUserInfo || !d->provider)
        return complete(fromIdToken);
    UserInfoReply *reply = static_cast<UserInfoReply *>(
        track(d->provider->fetchUserInfo(tokens.accessToken(), fromIdToken.subject())));
    connect(reply, &OAuthReply::finished, this, [this, reply, fromIdToken] {
        reply->deleteLater();
        if (isFinished())
            return;
        if (!reply->hasError())
            return complete(reply->userInfo());
        const AuthError error = reply->error();
        // A profile for someone else is an attack, not a hiccup. Other failures still leave a
        // validated identity from the ID token, which is enough to be signed in.
        if (error.code() != AuthError::Code::InvalidResponse && !fromIdToken.isNull()) {
            qCInfo(lcFlow) << "user info unavailable, using the ID token's claims:" << error;
            return complete(fromIdToken);
        }
        finish(State::Failed, error);
    });
}

void AuthFlow::complete(const UserInfo &user)
{
    D();
    d->userInfo = user;
    finish(State::Completed, AuthError());
}

// --- device authorization grant (RFC 8628) --------------------------------------------------

void AuthFlow::startDevice()
{
    D();
    auto *reply =
        static_cast<DeviceAuthorizationReply *>(track(d->provider->requestDeviceAuthorization()));
    connect(reply, &OAuthReply::finished, this, [this, d, reply] {
        reply->deleteLater();
        if (isFinished())
            return;
        if (reply->hasError())
            return finish(State::Failed, reply->error());
        d->device = reply->deviceAuthorization();
        d->pollInterval = d->device.interval();
        // The user needs time to reach another device: unless the application set a timeout,
        // the codes' own lifetime is the limit.
        const QDateTime expiry = d->device.expiresAt();
        if (!d->timeoutSet || expiry < d->deadline) {
            d->deadline = expiry;
            d->deadlineTimer.start(std::chrono::milliseconds(
                qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(expiry))));
        }
        Q_EMIT deviceAuthorizationReady(d->device);
        Q_EMIT stateChanged(d->state); // the deadline changed
        d->pollTimer.start(std::chrono::seconds(d->pollInterval));
    });
}

void AuthFlow::pollDevice()
{
    D();
    if (isFinished())
        return;
    auto *reply = static_cast<TokenReply *>(track(d->provider->pollDeviceToken(d->device)));
    connect(reply, &OAuthReply::finished, this, [this, d, reply] {
        reply->deleteLater();
        if (isFinished())
            return;
        if (!reply->hasError()) {
            d->deadlineTimer.stop();
            return receivedTokens(reply->tokens());
        }
        const AuthError error = reply->error();
        const QString server = error.serverError();
        if (server == u"slow_down") {
            // RFC 8628 §3.5: add 5 seconds to the interval for this and all later polls.
            d->pollInterval += 5;
        } else if (server == u"expired_token") {
            return finish(State::TimedOut, error);
        } else if (server != u"authorization_pending") {
            const AuthError::Code code = error.code();
            const bool transient = code == AuthError::Code::NetworkError ||
                code == AuthError::Code::Timeout || code == AuthError::Code::ServerError ||
                code == AuthError::Code::TemporarilyUnavailable;
            if (!transient)
                return finish(State::Failed, error);
            qCInfo(lcFlow) << "device poll failed, retrying:" << error;
        }
        d->pollTimer.start(std::chrono::seconds(d->pollInterval));
    });
}

// --- ending ---------------------------------------------------------------------------------

void AuthFlow::cancel()
{
    if (isFinished())
        return;
    finish(State::Cancelled, AuthError(AuthError::Code::Cancelled));
}

void AuthFlow::abortWithError(const AuthError &error)
{
    if (isFinished())
        return;
    finish(State::Failed, error.isError() ? error : AuthError(AuthError::Code::Unknown));
}

OAuthReply *AuthFlow::track(OAuthReply *reply)
{
    D();
    d->replies.removeAll(nullptr);
    d->replies.append(reply);
    return reply;
}

void AuthFlow::setState(State state)
{
    D();
    if (d->state == state)
        return;
    d->state = state;
    Q_EMIT stateChanged(state);
}

void AuthFlow::finishLater(State state, const AuthError &error)
{
    // Outcomes of start() and handleRedirect() are reported after the call returns, so a
    // caller (or a web view callback) is never re-entered.
    QMetaObject::invokeMethod(
        this, [this, state, error] { finish(state, error); }, Qt::QueuedConnection);
}

void AuthFlow::finish(State state, const AuthError &error)
{
    D();
    if (isFinished())
        return;
    d->deadlineTimer.stop();
    d->pollTimer.stop();
    d->error = error;
    if (state != State::Completed)
        d->tokens = TokenSet();
    for (const auto &reply : std::as_const(d->replies)) {
        if (reply && !reply->isFinished())
            reply->abort();
    }
    d->replies.clear();
    // The secrets of this attempt are no longer needed.
    d->expectedState.clear();
    d->nonce.clear();
    d->pkce = PkceChallenge();
    setState(state);
    answerBrowser();
    if (state == State::Completed) {
        qCInfo(lcFlow) << "sign-in completed";
        Q_EMIT completed(d->tokens, d->userInfo);
    } else {
        qCInfo(lcFlow) << "sign-in ended:" << state << error;
        Q_EMIT failed(error);
    }
    Q_EMIT finished();
}

void AuthFlow::answerBrowser()
{
    D();
    if (!d->receiver)
        return;
    if (d->pendingCallback >= 0) {
        if (d->state == State::Completed)
            d->receiver->respond(d->pendingCallback, LoopbackReceiver::Result::Success);
        else
            d->receiver->respond(d->pendingCallback, LoopbackReceiver::Result::Failure,
                                 d->error.message());
        d->pendingCallback = -1;
    }
    if (isFinished()) {
        // The listener closes as soon as the flow ends (RFC 8252 §8.3); deleting it later
        // lets the answer above leave first.
        d->receiver->close();
        d->receiver.release()->deleteLater();
    }
}

} // namespace QtSignIn
