// SPDX-License-Identifier: BSD-3-Clause
// A button that signs in with a session's provider and shows where the session stands: the
// provider's name while signed out, a busy indicator while signing in, restoring or refreshing,
// the user's name once signed in.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtSignIn

Button {
    id: control

    property AuthSession session: null
    /*! The user agent for session.signIn(), e.g. OAuthProvider.Embedded; -1 (default) lets the
        provider choose (the system browser, RFC 8252). */
    property int userAgent: -1
    /*! Extra authorization request parameters, e.g. ({ prompt: "consent" }). */
    property var extraParameters: ({})
    /*! Whether a signed-in session may start another sign-in (to add an account). */
    property bool allowWhileSignedIn: false

    // --- styling ----------------------------------------------------------------------------
    // The active colour: a disabled button dims its label through opacity (below) instead.
    property color textColor: palette.active.buttonText
    property alias busyIndicator: busyItem

    readonly property int sessionState: session ? session.state : AuthSession.SignedOut
    readonly property bool busy: sessionState === AuthSession.SigningIn
                                 || sessionState === AuthSession.Restoring
                                 || sessionState === AuthSession.Refreshing
    readonly property string providerName: session && session.provider
                                           ? session.provider.displayName : ""

    /*! Emitted with the new flow when a click started a sign-in (show it in a LoginView when
        its userAgent is OAuthProvider.Embedded). */
    signal signInStarted(AuthFlow flow)

    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    text: {
        switch (sessionState) {
        case AuthSession.Restoring:
            return qsTr("Restoring your session…")
        case AuthSession.SigningIn:
            return qsTr("Signing in…")
        case AuthSession.Refreshing:
            //: The session is renewing its access token in the background.
            return qsTr("Refreshing…")
        case AuthSession.SignedIn:
            return qsTr("Signed in as %1").arg(session.user.displayName)
        case AuthSession.ReauthenticationRequired:
            return providerName !== "" ? qsTr("Sign in again with %1").arg(providerName)
                                       : qsTr("Sign in again")
        }
        return providerName !== "" ? qsTr("Sign in with %1").arg(providerName) : qsTr("Sign in")
    }
    enabled: session !== null && session.provider !== null && !busy
             && (!session.signedIn || allowWhileSignedIn)

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: busy ? qsTr("Busy, please wait") : ""

    contentItem: RowLayout {
        spacing: 8
        BusyIndicator {
            id: busyItem
            objectName: "busyIndicator"
            visible: control.busy
            running: control.busy
            Layout.preferredWidth: label.implicitHeight * 1.4
            Layout.preferredHeight: label.implicitHeight * 1.4
            Accessible.ignored: true
        }
        Label {
            id: label
            text: control.text
            font: control.font
            color: control.textColor
            // Signed in, the disabled button is a status line: keep the name readable.
            opacity: control.enabled || control.busy || control.sessionState === AuthSession.SignedIn ? 1.0 : 0.6
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            Layout.fillWidth: true
            Accessible.ignored: true
        }
    }

    onClicked: {
        if (!session)
            return
        const flow = userAgent < 0 ? session.signIn() : session.signIn(userAgent)
        if (!flow)
            return
        // The session starts the flow from the event loop: parameters set now still count.
        SignIn.setExtraParameters(flow, extraParameters)
        control.signInStarted(flow)
    }
}
