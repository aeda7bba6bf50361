// SPDX-License-Identifier: BSD-3-Clause
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtSignIn

ApplicationWindow {
    id: window

    // Set by main.cpp from QTSIGNIN_* (the development IdP by default).
    required property OAuthProvider provider
    required property TokenStore store
    property string configurationProblem
    property string autofillLogin
    property bool autoSignIn: autofillLogin !== ""

    property AuthFlow flow: null
    property string lastError
    property string lastErrorDetail
    readonly property bool embedded: flow !== null && !flow.finished
                                     && flow.userAgent === OAuthProvider.Embedded
    /*! For the screenshot option: what the window shows. */
    readonly property string phase: embedded ? "login-page"
                                   : session.signedIn ? "signed-in" : "signed-out"
    readonly property bool busy: session.state === AuthSession.Restoring
                                 || session.state === AuthSession.Refreshing
                                 || (embedded && (loginView.loading || loginView.host === ""))

    width: 560
    height: 700
    visible: true
    title: qsTr("QtSignIn QML demo")
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    AuthSession {
        id: session
        provider: window.provider
        store: window.store
        Component.onCompleted: if (window.provider) restore()
        onErrorOccurred: function(error) {
            window.lastError = error.message
            window.lastErrorDetail = error.serverErrorDescription !== ""
                    ? error.serverError + ": " + error.serverErrorDescription : ""
        }
        onStateChanged: function() {
            if (session.signedIn)
                window.lastError = ""
            // Screenshot mode: sign in as soon as the restore found no account.
            else if (window.autoSignIn && session.state === AuthSession.SignedOut && !window.flow)
                signInButton.clicked()
        }
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            Label {
                text: qsTr("QtSignIn demo")
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                text: window.provider ? window.provider.displayName : ""
                opacity: 0.8
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: window.embedded ? 1 : 0

        // --- the application's page ------------------------------------------------------
        ScrollView {
            contentWidth: availableWidth

            ColumnLayout {
                width: parent.width
                spacing: 16

                Item { Layout.preferredHeight: 8 }

                Label {
                    visible: window.configurationProblem !== ""
                    Layout.fillWidth: true
                    Layout.leftMargin: 20
                    Layout.rightMargin: 20
                    //: %1 is the reason, possibly on several lines.
                    text: qsTr("The provider is not configured:\n%1").arg(window.configurationProblem)
                    wrapMode: Text.WordWrap
                    color: "#c62828"
                }

                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: 20
                    Layout.rightMargin: 20
                    // Without a provider there is nothing to sign in to: the problem above says why.
                    visible: !session.signedIn && window.provider !== null
                    //: %1 is the provider's name (e.g. Google, "Local development IdP").
                    text: qsTr("Sign in to see who you are to %1. With the local development IdP any login name and password work.")
                          .arg(window.provider ? window.provider.displayName : "")
                    wrapMode: Text.WordWrap
                }

                SignInButton {
                    id: signInButton
                    objectName: "signInButton"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.preferredWidth: Math.min(360, window.width - 40)
                    session: session
                    userAgent: SignIn.bestUserAgent(window.provider)
                    // The development IdP issues a refresh token only after consent.
                    extraParameters: ({ prompt: "consent" })
                    onSignInStarted: function(flow) {
                        window.lastError = ""
                        window.flow = flow
                    }
                }

                Label {
                    visible: window.flow !== null && !window.flow.finished && !window.embedded
                    Layout.fillWidth: true
                    Layout.leftMargin: 20
                    Layout.rightMargin: 20
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: window.flow && window.flow.userAgent === OAuthProvider.DeviceCode
                          //: Device flow (RFC 8628). %1 is a web address, %2 the short code to type there.
                          ? qsTr("On another device, open %1 and enter the code %2")
                                .arg(window.flow.deviceAuthorization.verificationUri)
                                .arg(window.flow.deviceAuthorization.userCode)
                          : qsTr("Continue in your web browser; this window updates when you are done.")
                }

                UserCard {
                    visible: session.signedIn
                    session: session
                    Layout.fillWidth: true
                    Layout.leftMargin: 20
                    Layout.rightMargin: 20
                }

                RowLayout {
                    visible: session.signedIn
                    Layout.alignment: Qt.AlignHCenter
                    spacing: 12
                    Button {
                        text: qsTr("Refresh now")
                        enabled: session.state === AuthSession.SignedIn
                        Accessible.name: qsTr("Refresh the access token now")
                        onClicked: session.refresh()
                    }
                    Button {
                        text: qsTr("Add account")
                        Accessible.name: qsTr("Sign in with another account")
                        onClicked: signInButton.clicked()
                    }
                    Button {
                        text: qsTr("Sign out")
                        Accessible.name: qsTr("Sign out")
                        onClicked: session.signOut()
                    }
                }

                Label {
                    visible: session.accounts.length > 0
                    Layout.leftMargin: 20
                    text: qsTr("Saved accounts")
                    font.bold: true
                }
                AccountSwitcher {
                    visible: session.accounts.length > 0
                    session: session
                    Layout.fillWidth: true
                    Layout.leftMargin: 20
                    Layout.rightMargin: 20
                }

                Label {
                    visible: window.lastError !== ""
                    Layout.fillWidth: true
                    Layout.leftMargin: 20
                    Layout.rightMargin: 20
                    text: window.lastErrorDetail !== ""
                          //: %1 is the error message, %2 the provider's own error code and description (kept in English).
                          ? qsTr("%1\n(%2)").arg(window.lastError).arg(window.lastErrorDetail)
                          : window.lastError
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                    color: "#c62828"
                }

                Item { Layout.fillHeight: true }
            }
        }

        // --- the embedded sign-in page ---------------------------------------------------
        LoginView {
            id: loginView
            flow: window.embedded ? window.flow : null
            onDone: window.flow = null

            Connections {
                target: loginView.webView
                enabled: window.autofillLogin !== ""
                // Screenshot mode: fill the development IdP's login form, then press Continue.
                function onLoadingChanged(info) {
                    if (info.status !== 2) // WebEngineView.LoadSucceededStatus
                        return
                    loginView.webView.runJavaScript(
                        "(function(l){var f=document.querySelector('input[name=login]');"
                        + "if(f){f.value=l;document.querySelector('input[name=password]').value='demo';}"
                        + "var b=document.querySelector('[type=submit]');if(b)b.click();})("
                        + JSON.stringify(window.autofillLogin) + ")")
                }
            }
        }
    }
}
