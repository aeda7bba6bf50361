// SPDX-License-Identifier: BSD-3-Clause
// LoginView's request interceptor (RedirectFilter): a page that points a sub-resource at the
// redirect URI — even with the flow's own state — reaches neither the redirect URI nor the flow.
// Only a navigation is an authorization response. The page comes from the test's hostile server
// (tst_qml.cpp), the one thing the real OP cannot be made to serve.
import QtQuick
import QtTest
import QtSignIn

Item {
    width: 700
    height: 600

    GenericOidcProvider {
        id: provider
        clientId: "qt-desktop"
        allowInsecureLoopback: true
        scopes: ["profile"]
    }
    AuthSession {
        id: session
        provider: provider
        store: MemoryTokenStore {}
    }
    LoginView {
        id: loginView
        anchors.fill: parent
    }

    TestCase {
        name: "LoginView"
        when: windowShown

        function initTestCase() {
            verify(hostilePage !== null, "the hostile page server did not start")
            provider.authorizeUrl = hostilePage.url("/authorize")
            provider.tokenUrl = hostilePage.url("/token")
        }

        function test_subresourceRequestsToTheRedirectUriAreBlocked() {
            const flow = session.signIn(OAuthProvider.Embedded)
            // Started from the event loop: the redirect URI can still be set.
            flow.redirectUri = hostilePage.url("/callback")
            loginView.flow = flow
            // The image fails to load (blocked) instead of reaching the counting /callback.
            tryCompare(loginView.webView, "title", "blocked", 20000)
            compare(hostilePage.count("/authorize"), 1)
            compare(hostilePage.count("/callback"), 0)
            compare(hostilePage.count("/token"), 0)
            compare(flow.state, AuthFlow.InProgress)
            compare(session.state, AuthSession.SigningIn)
            flow.cancel()
            tryCompare(session, "state", AuthSession.SignedOut)
        }
    }
}
