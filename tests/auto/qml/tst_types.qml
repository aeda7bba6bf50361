// SPDX-License-Identifier: BSD-3-Clause
// The registrations of `import QtSignIn`: enums, value types, creatable and uncreatable types,
// and the SignIn helper.
import QtQuick
import QtTest
import QtSignIn

TestCase {
    id: testCase
    name: "Types"

    Component {
        id: valueHolder
        QtObject {
            property tokenSet tokens
            property authError error
            property userInfo user
            property storedAccount account
            property deviceAuthorization device
        }
    }
    Component { id: sessionComponent; AuthSession {} }
    Component { id: microsoftComponent; MicrosoftProvider { tenant: "organizations" } }
    Component { id: keychainComponent; KeychainTokenStore { service: "tst_qml-types"; timeout: 2500 } }
    Component { id: memoryComponent; MemoryTokenStore {} }
    Component { id: oidcComponent; GenericOidcProvider { issuer: "https://id.example.com"; clientId: "app" } }
    Component { id: googleComponent; GoogleProvider {} }
    Component { id: githubComponent; GitHubProvider {} }

    function test_enumsAreReachableThroughTheirTypes() {
        compare(AuthSession.SignedOut, 0)
        compare(AuthSession.SignedIn, 3)
        compare(AuthSession.ReauthenticationRequired, 5)
        compare(OAuthProvider.SystemBrowser, 0)
        compare(OAuthProvider.Embedded, 1)
        compare(OAuthProvider.DeviceCode, 2)
        compare(OAuthProvider.Google, 1)
        compare(AuthFlow.Completed, 2)
        compare(AuthFlow.Cancelled, 4)
        compare(AuthError.TlsError, 4)
        compare(AuthError.StorageError, 18)
        compare(TokenStore.Unavailable, 2)
        compare(SignIn.LocalDevelopment, 2)
    }

    function test_valueTypesAreDeclarable() {
        const holder = createTemporaryObject(valueHolder, testCase)
        verify(holder)
        verify(!holder.error.isError)
        compare(holder.error.code, AuthError.NoError)
        compare(holder.user.name, "")
        compare(holder.tokens.hasRefreshToken, false)
        compare(holder.account.displayName, "")
        compare(holder.device.userCode, "")
    }

    function test_helperBuildsAuthErrors() {
        const error = SignIn.error(AuthError.TlsError, "certificate error on example.com",
                                   "Not secure")
        verify(error.isError)
        compare(error.code, AuthError.TlsError)
        compare(error.message, "Not secure")
        const plain = SignIn.error(AuthError.Cancelled)
        compare(plain.code, AuthError.Cancelled)
        verify(plain.message.length > 0) // the translated default text
    }

    function test_pageSecurityRules_data() {
        return [
            { tag: "https", url: "https://login.example.com/a", security: SignIn.Secure, allowed: true, host: "login.example.com" },
            { tag: "loopback http", url: "http://127.0.0.1:9000/auth", security: SignIn.LocalDevelopment, allowed: true, host: "127.0.0.1:9000" },
            { tag: "localhost http", url: "http://localhost/auth", security: SignIn.LocalDevelopment, allowed: true, host: "localhost" },
            { tag: "remote http", url: "http://evil.example/", security: SignIn.Insecure, allowed: false, host: "evil.example" },
            { tag: "file", url: "file:///etc/passwd", security: SignIn.None, allowed: false, host: "" },
            { tag: "about:blank", url: "about:blank", security: SignIn.None, allowed: true, host: "" },
        ]
    }
    function test_pageSecurityRules(data) {
        compare(SignIn.security(data.url), data.security)
        compare(SignIn.isAllowedPage(data.url), data.allowed)
        compare(SignIn.displayHost(data.url), data.host)
    }

    function test_defaultConstructedSessionIsSignedOut() {
        const session = createTemporaryObject(sessionComponent, testCase)
        verify(session)
        compare(session.state, AuthSession.SignedOut)
        compare(session.signedIn, false)
        compare(session.provider, null)
        compare(session.store, null) // created on first use only
        compare(session.accounts.length, 0)
    }

    function test_providersAreCreatableAndConfigurable() {
        const microsoft = createTemporaryObject(microsoftComponent, testCase)
        compare(microsoft.tenant, "organizations")
        verify(microsoft.authorizeUrl.toString().indexOf("/organizations/oauth2/v2.0/authorize") > 0)
        compare(microsoft.type, OAuthProvider.Microsoft)
        microsoft.tenant = "consumers"
        verify(microsoft.tokenUrl.toString().indexOf("/consumers/oauth2/v2.0/token") > 0)

        const oidc = createTemporaryObject(oidcComponent, testCase)
        compare(oidc.issuer.toString(), "https://id.example.com")
        compare(oidc.clientId, "app")
        compare(createTemporaryObject(googleComponent, testCase).displayName, "Google")
        compare(createTemporaryObject(githubComponent, testCase).displayName, "GitHub")
        verify(!SignIn.allowsUserAgent(createTemporaryObject(googleComponent, testCase),
                                       OAuthProvider.Embedded))
        compare(SignIn.bestUserAgent(createTemporaryObject(googleComponent, testCase)),
                OAuthProvider.SystemBrowser)
        compare(SignIn.bestUserAgent(oidc), OAuthProvider.Embedded)
    }

    function test_storesAreCreatableAndConfigurable() {
        const keychain = createTemporaryObject(keychainComponent, testCase)
        compare(keychain.service, "tst_qml-types")
        compare(keychain.timeout, 2500)
        compare(keychain.persistent, true)
        const memory = createTemporaryObject(memoryComponent, testCase)
        compare(memory.persistent, false)
        const session = createTemporaryObject(sessionComponent, testCase)
        session.store = memory
        compare(session.store, memory)
        compare(session.persistent, false)
        session.store = keychain
        compare(session.persistent, true)
    }
}
