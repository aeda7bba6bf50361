// SPDX-License-Identifier: BSD-3-Clause
// The QML components against the real OpenID Provider and the real keychain: SignInButton
// starts an embedded sign-in, LoginView shows the provider's pages (filled in here the way a
// user would, through the page itself) and catches the redirect; every binding follows the
// session through sign-in, refresh and sign-out.
import QtQuick
import QtTest
import QtSignIn

Item {
    id: root
    width: 900
    height: 800

    GenericOidcProvider {
        id: provider
        issuer: oidcIssuer
        clientId: "qt-desktop"
        allowInsecureLoopback: true
        scopes: ["openid", "offline_access", "profile", "email"]
    }
    KeychainTokenStore {
        id: keychain
        service: keychainService
    }
    AuthSession {
        id: session
        provider: provider
        store: keychain
    }

    SignInButton {
        id: button
        x: 0; y: 0; width: 300
        session: session
        userAgent: OAuthProvider.Embedded
        // The development IdP issues a refresh token only after consent.
        extraParameters: ({ prompt: "consent" })
        onSignInStarted: function(flow) { loginView.flow = flow }
    }
    AccountSwitcher {
        id: switcher
        x: 310; y: 0; width: 400
        session: session
    }
    LoginView {
        id: loginView
        x: 0; y: 60; width: 700; height: 700
    }

    property date expiresBinding: session.expiresAt

    // Every text the button showed, to see transient states (SigningIn, Refreshing).
    property var buttonTexts: []
    Connections {
        target: button
        function onTextChanged() { root.buttonTexts.push(button.text) }
    }

    SignalSpy { id: doneSpy; target: loginView; signalName: "done" }
    SignalSpy { id: tokensSpy; target: session; signalName: "tokensChanged" }
    SignalSpy { id: signedOutSpy; target: session; signalName: "signedOut" }
    SignalSpy { id: errorSpy; target: session; signalName: "errorOccurred" }

    TestCase {
        id: testCase
        name: "SignIn"
        when: windowShown

        property string pageKind

        // Asks the page what it is; the answer arrives asynchronously, so call it from
        // tryVerify() until it matches.
        function probePage() {
            loginView.webView.runJavaScript(
                "document.querySelector('input[name=login]') ? 'login'"
                + " : (document.querySelector('[type=submit]') ? 'consent' : 'other')",
                function(result) { testCase.pageKind = result })
            return testCase.pageKind
        }
        function waitForPage(kind) {
            pageKind = ""
            tryVerify(function() { return !loginView.loading && probePage() === kind }, 20000,
                      "the " + kind + " page did not show")
        }
        function runScript(script) {
            loginView.webView.runJavaScript(script)
        }

        function initTestCase() {
            verify(oidcIssuer !== "", "OIDC_ISSUER is not set: run inside tools/setup.sh run --oidc")
        }

        function test_1_signInThroughLoginViewUpdatesEveryBinding() {
            compare(session.signedIn, false)
            compare(button.text, "Sign in with " + provider.displayName)
            verify(button.enabled)
            compare(switcher.count, 0)

            mouseClick(button)
            verify(loginView.flow !== null)
            compare(loginView.flow.userAgent, OAuthProvider.Embedded)
            compare(session.state, AuthSession.SigningIn)
            verify(button.busy)
            verify(!button.enabled)

            // The development IdP's login page, over loopback http: marked as such.
            waitForPage("login")
            const issuerHost = oidcIssuer.replace(/^http:\/\//, "").replace(/\/.*$/, "")
            compare(loginView.host, issuerHost)
            compare(loginView.security, SignIn.LocalDevelopment)
            compare(loginView.securityText, "Not secure (local development)")
            compare(loginView.view, "page")

            runScript("document.querySelector('input[name=login]').value = 'alice';"
                      + "document.querySelector('input[name=password]').value = 'secret';"
                      + "document.querySelector('[type=submit]').click();")
            waitForPage("consent")
            runScript("document.querySelector('[type=submit]').click();")

            // The redirect was caught by the view and the flow completed the session.
            tryCompare(session, "signedIn", true, 20000)
            tryCompare(doneSpy, "count", 1)
            compare(doneSpy.signalArguments[0][0], true)
            compare(session.state, AuthSession.SignedIn)
            compare(session.user.name, "User alice")
            compare(session.user.email, "alice@example.test")
            // Bound once while signed out, re-read on tokensChanged: valid and in the future.
            verify(expiresBinding.getTime() > Date.now())
            compare(button.text, "Signed in as User alice")
            verify(!button.busy)
            verify(!button.enabled) // allowWhileSignedIn is false
            verify(buttonTexts.indexOf("Signing in…") >= 0)
            verify(session.persistent)
            tryCompare(switcher, "count", 1)
            compare(switcher.selectedAccountId, session.currentAccountId)
            compare(errorSpy.count, 0)
        }

        function test_2_refreshUpdatesTokensAndTheButton() {
            verify(session.signedIn)
            const before = session.expiresAt.getTime()
            tokensSpy.clear()
            buttonTexts = []
            session.refresh()
            compare(session.state, AuthSession.Refreshing)
            compare(button.text, "Refreshing…")
            verify(button.busy)
            tryCompare(tokensSpy, "count", 1, 20000)
            compare(session.state, AuthSession.SignedIn)
            // Whole seconds: a refresh within the same second may keep the same expiry.
            verify(session.expiresAt.getTime() >= before)
            compare(button.text, "Signed in as User alice")
            compare(buttonTexts, ["Refreshing…", "Signed in as User alice"])
            compare(errorSpy.count, 0)
        }

        function test_3_signOutClearsTheBindings() {
            verify(session.signedIn)
            signedOutSpy.clear()
            session.signOut()
            compare(session.signedIn, false)
            compare(session.state, AuthSession.SignedOut)
            compare(session.user.name, "")
            compare(session.currentAccountId, "")
            compare(button.text, "Sign in with " + provider.displayName)
            verify(button.enabled)
            tryCompare(signedOutSpy, "count", 1, 20000)
            compare(signedOutSpy.signalArguments[0][0], true) // the OP confirmed revocation
            tryCompare(switcher, "count", 0)
        }

        function test_4_cancelButtonCancelsTheFlow() {
            doneSpy.clear()
            mouseClick(button)
            const flow = loginView.flow
            verify(flow !== null)
            tryVerify(function() { return loginView.host !== "" && !loginView.loading }, 20000)
            const cancel = findChild(loginView, "cancelButton")
            verify(cancel)
            compare(cancel.text, "Cancel")
            mouseClick(cancel)
            tryCompare(doneSpy, "count", 1)
            compare(doneSpy.signalArguments[0][0], false)
            compare(session.state, AuthSession.SignedOut)
            compare(button.text, "Sign in with " + provider.displayName)
            compare(errorSpy.count, 0) // a cancel is not an error
        }
    }
}
