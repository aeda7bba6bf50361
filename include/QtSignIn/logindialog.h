// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/autherror.h>
#include <QtSignIn/authflow.h>
#include <QtSignIn/oauthprovider.h>
#include <QtSignIn/qtsigninwidgets_export.h>
#include <QtSignIn/tokenset.h>
#include <QtSignIn/userinfo.h>

#include <QtWidgets/QDialog>

#include <memory>

QT_BEGIN_NAMESPACE
class QWebEngineView;
QT_END_NAMESPACE

namespace QtSignIn {

class LoginDialogPrivate;

/*!
 * \brief A sign-in window: the provider's page in an embedded browser (QtWebEngine).
 *
 * LoginDialog is the Embedded user agent of an AuthFlow. It shows the authorization page in a
 * web view with a fresh off-the-record profile (no cookies or cache shared with anything else,
 * nothing written to disk), and catches the navigation to the redirect URI before the request
 * leaves: the authorization response is handed to AuthFlow::handleRedirect() and never
 * requested from anywhere.
 *
 * What the user sees, so that a sign-in window can be trusted: the host of the current page with
 * a lock icon and the connection's security (https, or "Not secure (local development)" for a
 * plain-http identity provider on a loopback address), the load progress, "Cancel" and
 * "Open in my browser instead". Certificate errors show an error page and cannot be bypassed;
 * the flow fails with AuthError::Code::TlsError. Plain http to any other host is refused the
 * same way. Pop-ups and `target=_blank` links open in the desktop's browser (http and https
 * only).
 *
 * Ending: when the flow completes, the dialog is accepted. Closing the dialog (window close
 * button, Esc, Cancel) cancels the flow (AuthFlow::State::Cancelled) and rejects the dialog.
 * When the flow fails or times out, the dialog stays open on a page that says why, and is
 * rejected when the user closes it (the flow's failed() signal has already been emitted).
 *
 * Starting: if the flow is still AuthFlow::State::Pending when the dialog is shown (or when it
 * is passed to setFlow() on a visible dialog), the dialog starts it. The dialog never changes the
 * flow's user agent; it shows what the agent needs: the page (Embedded; set it with
 * `flow->setUserAgent(QtSignIn::OAuthProvider::UserAgent::Embedded)`), a small "Continue in
 * your browser" page with Cancel (SystemBrowser; the dialog closes when the browser has
 * delivered the result), or the code to enter on another device (DeviceCode).
 *
 * Switching to the browser: an AuthFlow runs with one user agent, so "Open in my browser
 * instead" replaces the flow. The dialog first emits openInBrowserRequested(); a connected slot
 * may call setFlow() with a SystemBrowser flow of its own. Otherwise the dialog creates one
 * itself, for the same provider with the same timeout, extra parameters and user-info setting,
 * owned by the dialog. Either way the previous flow is cancelled (it ends as Cancelled) and
 * flowChanged() is emitted: when you offer this button, read the result from the dialog
 * (outcome(), flowChanged()) rather than from the first flow's signals.
 * setBrowserSwitchEnabled(false) hides the button. With an AuthSession, let the session start
 * the browser flow so that it keeps the result:
 * \code
 * auto *dialog = new QtSignIn::LoginDialog(session->signIn(UserAgent::Embedded), this);
 * connect(dialog, &QtSignIn::LoginDialog::openInBrowserRequested, dialog, [=] {
 *     dialog->setFlow(session->signIn(UserAgent::SystemBrowser)); // cancels the embedded one
 * });
 * \endcode
 *
 * The one-call way, for most applications:
 * \code
 * // main(), before the QApplication is created (QtWebEngine needs it):
 * QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
 *
 * // in the application:
 * const auto result = QtSignIn::LoginDialog::signIn(provider, this);
 * if (result.ok())
 *     statusBar()->showMessage(tr("Signed in as %1").arg(result.user.displayName()));
 * else if (result.error.code() != QtSignIn::AuthError::Code::Cancelled)
 *     QMessageBox::warning(this, tr("Sign-in failed"), result.error.message());
 * \endcode
 *
 * With a flow of your own (extra parameters, another timeout, a non-modal window):
 * \code
 * auto *flow = new QtSignIn::AuthFlow(provider, this);
 * flow->setUserAgent(QtSignIn::OAuthProvider::UserAgent::Embedded);
 * flow->setExtraParameters({{u"prompt"_qs, u"consent"_qs}});
 * auto *dialog = new QtSignIn::LoginDialog(flow, this);
 * dialog->setAttribute(Qt::WA_DeleteOnClose);
 * connect(dialog, &QDialog::accepted, this, [this, dialog] { useTokens(dialog->outcome()); });
 * dialog->open(); // shows the dialog and starts the flow
 * \endcode
 */
class QTSIGNINWIDGETS_EXPORT LoginDialog : public QDialog
{
    Q_OBJECT
    Q_PROPERTY(QtSignIn::AuthFlow *flow READ flow WRITE setFlow NOTIFY flowChanged)
    Q_PROPERTY(bool browserSwitchEnabled READ isBrowserSwitchEnabled WRITE setBrowserSwitchEnabled)

public:
    /*! The outcome of a sign-in. */
    struct Result
    {
        TokenSet tokens; ///< The validated tokens (null unless ok()).
        UserInfo user;   ///< The user's profile (empty when the flow does not fetch it).
        AuthError error; ///< Why the sign-in did not succeed; Code::Cancelled when closed.
        /*! True when the sign-in succeeded. */
        bool ok() const { return !error.isError() && !tokens.isNull(); }
    };

    /*!
     * Creates a dialog for \a flow (not owned: it must outlive the dialog, or be replaced with
     * setFlow() before it is deleted). The window title is "Sign in – <provider's name>".
     */
    explicit LoginDialog(AuthFlow *flow, QWidget *parent = nullptr);
    /*! Cancels the flow if it is still running. */
    ~LoginDialog() override;

    /*! The flow the dialog shows (after "Open in my browser instead", the browser flow). */
    AuthFlow *flow() const;
    /*!
     * Shows \a flow instead of the current one, which is cancelled if it has not finished.
     * A pending \a flow is started when the dialog is visible. The dialog does not take
     * ownership.
     */
    void setFlow(AuthFlow *flow);

    /*!
     * Whether "Open in my browser instead" is offered (default true). The button shows only
     * while an Embedded flow runs and its provider allows the system browser.
     */
    bool isBrowserSwitchEnabled() const;
    void setBrowserSwitchEnabled(bool enabled);

    /*!
     * The result of the current flow: tokens and user once completed, else the error (a
     * certificate error found by the dialog is reported as AuthError::Code::TlsError; a flow
     * that has not finished reads as Cancelled).
     */
    Result outcome() const;

    /*!
     * The web view that shows the provider's page, for tests and customisation (zoom, style).
     * Do not replace its page or profile: the redirect interception lives there.
     */
    QWebEngineView *webView() const;

    /*!
     * Runs a whole sign-in with \a provider in a modal LoginDialog (QDialog::exec()) and
     * returns its outcome. Uses the embedded browser when the provider allows it; a provider
     * that refuses embedded web views (Google) is signed in through the desktop's browser while
     * the dialog shows "Continue in your browser" with a Cancel button (friendlier than failing
     * with AuthError::Code::ProviderPolicy). Browsers are opened with the program named by
     * `$BROWSER` when it is set, else with QDesktopServices::openUrl().
     */
    static Result signIn(OAuthProvider *provider, QWidget *parent = nullptr);

    /*!
     * Starts QtWebEngine and an off-the-record profile ahead of time, so that the first dialog
     * shows its page sooner. Cheap and idempotent; call it once the QApplication exists, for
     * example from a zero-timer at start-up.
     */
    static void preload();

Q_SIGNALS:
    /*! The flow shown was replaced (see setFlow() and "Open in my browser instead"). */
    void flowChanged(QtSignIn::AuthFlow *flow);
    /*!
     * The user pressed "Open in my browser instead". A connected slot may call setFlow() with
     * a SystemBrowser flow of its own; otherwise the dialog creates one.
     */
    void openInBrowserRequested();

public Q_SLOTS:
    /*! Cancels the flow (if running) and closes the dialog as rejected. */
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<LoginDialogPrivate> d_ptr;
    Q_DECLARE_PRIVATE(LoginDialog)
    Q_DISABLE_COPY(LoginDialog)
};

} // namespace QtSignIn
