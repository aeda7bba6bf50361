// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>
#include <QtSignIn/deviceauthorization.h>
#include <QtSignIn/oauthprovider.h>
#include <QtSignIn/tokenset.h>
#include <QtSignIn/userinfo.h>

#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <functional>
#include <memory>

namespace QtSignIn {

class AuthFlowPrivate;

/*!
 * \brief One interactive sign-in attempt, from the authorization request to validated tokens.
 *
 * An AuthFlow generates a fresh `state`, `nonce` and PKCE pair, asks a user agent to show the
 * provider's page, validates the redirect completely before anything is sent to the token
 * endpoint (state compared in constant time, RFC 9207 `iss`, errors honoured only with the
 * right state), exchanges the code, validates the ID token and fetches the user's profile.
 * It ends exactly once: completed(), or failed() with a typed AuthError (Cancelled, Timeout,
 * StateMismatch, AccessDenied, IdTokenInvalid…).
 *
 * The user agent is chosen with setUserAgent() among the provider's allowed agents:
 * - OAuthProvider::UserAgent::SystemBrowser (RFC 8252): the flow listens on a loopback port
 *   (LoopbackReceiver) and opens the desktop's browser (`$BROWSER` first, like xdg-open).
 * - OAuthProvider::UserAgent::Embedded: the application shows authorizationUrl() in a web view
 *   and hands every navigation to handleRedirect(); QtSignIn::LoginDialog does this for you.
 * - OAuthProvider::UserAgent::DeviceCode (RFC 8628): the flow emits deviceAuthorizationReady()
 *   for the application to show, and polls until the user has approved.
 *
 * \code
 * auto *flow = new QtSignIn::AuthFlow(provider, this);
 * flow->setUserAgent(QtSignIn::OAuthProvider::UserAgent::SystemBrowser);
 * connect(flow, &QtSignIn::AuthFlow::completed, this,
 *         [](const QtSignIn::TokenSet &tokens, const QtSignIn::UserInfo &user) {
 *             qInfo() << "signed in as" << user.displayName();
 *         });
 * connect(flow, &QtSignIn::AuthFlow::failed, this,
 *         [](const QtSignIn::AuthError &error) { showError(error.message()); });
 * connect(flow, &QtSignIn::AuthFlow::finished, flow, &QObject::deleteLater);
 * flow->start();
 * \endcode
 */
class QTSIGNINCORE_EXPORT AuthFlow : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QtSignIn::OAuthProvider::UserAgent userAgent READ userAgent WRITE setUserAgent NOTIFY
                   userAgentChanged)
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)
    Q_PROPERTY(QUrl authorizationUrl READ authorizationUrl NOTIFY authorizationUrlReady)
    Q_PROPERTY(QUrl redirectUri READ redirectUri WRITE setRedirectUri NOTIFY redirectUriChanged)
    Q_PROPERTY(QDateTime deadline READ deadline NOTIFY stateChanged)
    Q_PROPERTY(bool finished READ isFinished NOTIFY finished)

public:
    /*! The life of a sign-in attempt. */
    enum class State {
        Pending,    ///< Created, not started.
        InProgress, ///< Waiting for the user (or exchanging the code).
        Completed,  ///< Tokens received and validated.
        Failed,     ///< Ended with an error; see error().
        Cancelled,  ///< cancel() was called or the user closed the sign-in window.
        TimedOut    ///< The user did not finish within timeout().
    };
    Q_ENUM(State)

    explicit AuthFlow(OAuthProvider *provider, QObject *parent = nullptr);
    ~AuthFlow() override;

    OAuthProvider *provider() const;
    State state() const;
    bool isFinished() const;

    /*! The user agent; defaults to the provider's preferred one. */
    OAuthProvider::UserAgent userAgent() const;
    void setUserAgent(OAuthProvider::UserAgent agent);

    /*! Seconds the user has to finish (default 120). */
    int timeout() const;
    void setTimeout(int seconds);
    /*! When the attempt times out (invalid before start()). */
    QDateTime deadline() const;

    /*!
     * The redirect URI for the Embedded agent (default `http://127.0.0.1/callback`; it is never
     * requested, the web view intercepts it). The SystemBrowser agent uses the receiver's
     * `http://127.0.0.1:<port>/callback`; setting a path here changes the receiver's path.
     */
    QUrl redirectUri() const;
    void setRedirectUri(const QUrl &uri);

    /*! Extra authorization request parameters (e.g. `prompt`, `login_hint`). */
    QList<QPair<QString, QString>> extraParameters() const;
    void setExtraParameters(const QList<QPair<QString, QString>> &parameters);

    /*! Whether to fetch the user's profile after the tokens (default true). */
    bool fetchesUserInfo() const;
    void setFetchesUserInfo(bool fetch);

    /*!
     * How the SystemBrowser agent opens a URL. The default honours `$BROWSER` (a
     * colon-separated list of commands; `%s` is replaced by the URL, else the URL is the last
     * argument), then the platform's opener (xdg-open, open, start). QtSignIn::Widgets
     * installs QDesktopServices::openUrl for GUI applications.
     */
    using BrowserLauncher = std::function<bool(const QUrl &url)>;
    void setBrowserLauncher(const BrowserLauncher &launcher);
    static bool openInSystemBrowser(const QUrl &url);

    /*! The authorization request URL, once the flow has started (browser agents). */
    QUrl authorizationUrl() const;
    /*! The device authorization, once received (DeviceCode agent). */
    DeviceAuthorization deviceAuthorization() const;

    /*!
     * True when \a url targets this flow's redirect URI (scheme, host, port and path), i.e.
     * a web view must not load it but hand it to handleRedirect().
     */
    Q_INVOKABLE bool isRedirect(const QUrl &url) const;
    /*!
     * Processes an authorization response delivered to the redirect URI. Returns false, and
     * changes nothing, for a URL that is not this flow's redirect URI or whose `state` does
     * not match (a stray or forged callback); the flow keeps waiting. Returns true when the
     * response was taken: the flow then completes or fails. Only the first accepted response
     * counts.
     */
    Q_INVOKABLE bool handleRedirect(const QUrl &url);

    TokenSet tokens() const;
    UserInfo userInfo() const;
    AuthError error() const;

public Q_SLOTS:
    /*!
     * Starts the attempt. A user agent the provider does not allow fails with
     * AuthError::Code::ProviderPolicy (asynchronously, like every other outcome).
     */
    void start();
    /*! Ends the attempt as Cancelled. Does nothing once finished. */
    void cancel();
    /*!
     * Ends the attempt as Failed with \a error, for user agents that detect a failure
     * themselves (e.g. a certificate error in the embedded web view). Does nothing once
     * finished.
     */
    void abortWithError(const QtSignIn::AuthError &error);

Q_SIGNALS:
    void stateChanged(QtSignIn::AuthFlow::State state);
    void userAgentChanged();
    void timeoutChanged();
    void redirectUriChanged();
    /*! The page to show (Embedded), or that was opened in the browser (SystemBrowser). */
    void authorizationUrlReady(const QUrl &url);
    /*! The user code to show (DeviceCode). */
    void deviceAuthorizationReady(const QtSignIn::DeviceAuthorization &authorization);
    void completed(const QtSignIn::TokenSet &tokens, const QtSignIn::UserInfo &userInfo);
    void failed(const QtSignIn::AuthError &error);
    /*! Emitted once after completed(), failed(), a cancel or a timeout. */
    void finished();

private:
    void startBrowser();
    void startDevice();
    void pollDevice();
    void receivedTokens(const TokenSet &tokens);
    void complete(const UserInfo &user);
    OAuthReply *track(OAuthReply *reply);
    void setState(State state);
    void finishLater(State state, const AuthError &error);
    void finish(State state, const AuthError &error);
    void answerBrowser();

    std::unique_ptr<AuthFlowPrivate> d_ptr;
    Q_DISABLE_COPY(AuthFlow)
};

} // namespace QtSignIn
