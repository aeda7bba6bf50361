// SPDX-License-Identifier: BSD-3-Clause
// The embedded user agent for QML: an AuthFlow's sign-in page in a WebEngineView, with the same
// rules as QtSignIn::LoginDialog (Widgets):
// - the response to the flow's redirect URI is caught before it is requested and handed to
//   AuthFlow.handleRedirect(): the authorization code never leaves the process; a request
//   interceptor on the view's profile (RedirectFilter) also blocks sub-resources pointing there;
// - a fresh off-the-record profile: no cookies or cache survive the view or come from others;
// - the page's host and its connection security are always shown; a certificate error is
//   never overridable: the page is refused and the flow fails with AuthError.TlsError;
// - plain http only to this machine (a development IdP), marked "Not secure".
// The application must call QtWebEngineQuick::initialize() before creating its
// QGuiApplication (QtWebEngine's rule for Qt Quick).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtWebEngine
import QtSignIn
import QtSignIn.WebEngine

Pane {
    id: root

    /*! The flow to show, as returned by AuthSession.signIn(OAuthProvider.Embedded). */
    property AuthFlow flow: null

    // --- styling ----------------------------------------------------------------------------
    property color textColor: palette.windowText
    property color secondaryTextColor: palette.placeholderText
    property color developmentColor: "#b26a00"
    property color insecureColor: "#c62828"
    property color barColor: palette.window
    property color separatorColor: palette.mid
    property font hostFont: Qt.font({ family: font.family, pointSize: font.pointSize, bold: true })

    // --- state, read-only for bindings and tests -------------------------------------------
    /*! host[:port] of the page shown. */
    readonly property string host: SignIn.displayHost(web.url)
    /*! How the page is protected: SignIn.Secure, SignIn.LocalDevelopment… */
    readonly property int security: SignIn.security(web.url)
    /*! The text next to the host ("Secure connection", "Not secure (local development)"). */
    readonly property string securityText: {
        switch (security) {
        case SignIn.Secure: return qsTr("Secure connection")
        case SignIn.LocalDevelopment: return qsTr("Not secure (local development)")
        case SignIn.Insecure: return qsTr("Not secure")
        }
        return ""
    }
    readonly property bool loading: web.loading
    /*! What the view shows: "page", "completing" or "error". */
    readonly property string view: d.view
    readonly property string errorTitle: d.errorTitle
    readonly property string errorText: d.errorText
    /*! The web view, for tests and for applications that need more control. */
    readonly property alias webView: web

    /*! The flow ended: \a completed true on success. The view has nothing more to show
        (after a failure, once the user closed the error). */
    signal done(bool completed)

    /*! Cancels the sign-in (the Cancel button, or Escape). */
    function cancel() {
        if (root.flow && !root.flow.finished)
            root.flow.cancel()
        else
            root.done(root.flow !== null && root.flow.state === AuthFlow.Completed)
    }

    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true
    padding: 0
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.Dialog
    Accessible.name: root.flow && root.flow.provider
                     ? qsTr("Sign in – %1").arg(root.flow.provider.displayName)
                     : qsTr("Sign in")
    Accessible.description: root.securityText

    Keys.onEscapePressed: root.cancel()

    QtObject {
        id: d

        property string view: "page"
        property string errorTitle
        property string errorText
        property url loadedUrl
        property bool localError: false
        property var takenFlow: null
        property string takenUrl

        function reset() {
            view = "page"
            errorTitle = ""
            errorText = ""
            localError = false
            loadedUrl = ""
            web.url = "about:blank"
        }

        function loadAuthorizationPage() {
            if (!root.flow)
                return
            const url = root.flow.authorizationUrl
            if (url.toString() === "" || url.toString() === loadedUrl.toString())
                return
            loadedUrl = url
            web.url = url
        }

        function showError(title, text) {
            errorTitle = title
            errorText = text
            view = "error"
            web.stop()
        }

        // Ends the flow with an error the view found (certificate, insecure page).
        function abortFlow(error) {
            localError = true
            if (root.flow && !root.flow.finished)
                root.flow.abortWithError(error)
        }

        // Queued from onNavigationRequested: the flow's signals (and maybe the view going away)
        // must not run inside QtWebEngine's callback.
        function takeRedirect(url) {
            const flow = root.flow
            if (!flow || flow.finished || !flow.isRedirect(url))
                return
            // The filter and onNavigationRequested may both report the same response.
            if (flow === takenFlow && url.toString() === takenUrl)
                return
            takenFlow = flow
            takenUrl = url.toString()
            if (flow.handleRedirect(url)) {
                if (!flow.finished)
                    view = "completing"
            } else {
                // A stray or forged response (wrong state): keep waiting on the current page.
                console.info("QtSignIn: ignored an authorization response the flow did not accept")
            }
        }

        function flowFinished() {
            const flow = root.flow
            if (!flow)
                return
            if (flow.state === AuthFlow.Completed) {
                root.done(true)
            } else if (flow.state === AuthFlow.Cancelled && !localError) {
                root.done(false)
            } else if (view !== "error") {
                showError(flow.state === AuthFlow.TimedOut ? qsTr("Sign-in timed out")
                                                           : qsTr("Sign-in failed"),
                          flow.error.message)
            }
        }
    }

    onFlowChanged: {
        d.reset()
        if (!flow)
            return
        // The session started the flow (AuthSession.signIn()); the page follows its URL.
        d.loadAuthorizationPage()
    }

    // Every request to the redirect URI, whatever asks for it (navigation, server redirect,
    // image, prefetch), is blocked before Chromium's network stack; a top-level one is the
    // authorization response. onNavigationRequested below catches navigations as well: whichever
    // sees it first hands it to the flow (takeRedirect ignores the second).
    RedirectFilter {
        flow: root.flow
        profile: viewProfile
        onRedirectCaught: function(url) { d.takeRedirect(url) }
    }

    Connections {
        target: root.flow
        ignoreUnknownSignals: true
        function onAuthorizationUrlReady() { d.loadAuthorizationPage() }
        function onFinished() { d.flowFinished() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // --- address bar: lock, host, connection security -------------------------------
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: bar.implicitHeight + 12
            color: root.barColor

            RowLayout {
                id: bar
                anchors.fill: parent
                anchors.leftMargin: 10
                anchors.rightMargin: 10
                spacing: 6

                LockIcon {
                    id: lock
                    objectName: "lockIcon"
                    visible: root.security !== SignIn.None
                    closed: root.security === SignIn.Secure
                    color: root.security === SignIn.Secure ? root.textColor
                         : root.security === SignIn.LocalDevelopment ? root.developmentColor
                         : root.insecureColor
                    Layout.preferredWidth: hostLabel.implicitHeight
                    Layout.preferredHeight: hostLabel.implicitHeight
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Connection security")
                    Accessible.description: root.securityText
                }
                Label {
                    id: hostLabel
                    objectName: "hostLabel"
                    text: root.host !== "" ? root.host : qsTr("Loading…")
                    textFormat: Text.PlainText
                    font: root.hostFont
                    color: root.textColor
                    elide: Text.ElideMiddle
                    Layout.maximumWidth: root.width * 0.6
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Page address")
                    Accessible.description: root.securityText !== ""
                                            ? root.host + ", " + root.securityText : root.host
                }
                Label {
                    id: securityLabel
                    objectName: "securityLabel"
                    text: root.securityText
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: root.security === SignIn.Secure ? root.secondaryTextColor
                         : root.security === SignIn.LocalDevelopment ? root.developmentColor
                         : root.insecureColor
                    Layout.fillWidth: true
                    Accessible.name: root.securityText
                }
            }
        }

        // A thin progress bar; keeps its space so the page does not jump.
        ProgressBar {
            id: progress
            objectName: "progress"
            Layout.fillWidth: true
            Layout.preferredHeight: 3
            from: 0
            to: 100
            value: web.loadProgress
            opacity: web.loading && d.view === "page" ? 1 : 0
            Accessible.name: qsTr("Page loading progress")
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: root.separatorColor
        }

        // --- the page, or a message instead of it ----------------------------------------
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: d.view === "page" ? 0 : d.view === "completing" ? 1 : 2

            WebEngineView {
                id: web
                objectName: "webView"
                focus: d.view === "page"
                activeFocusOnTab: true
                Accessible.name: qsTr("Sign-in page")
                Accessible.description: root.flow && root.flow.provider
                                        ? qsTr("The sign-in page of %1").arg(root.flow.provider.displayName)
                                        : qsTr("The sign-in page of the provider")

                // One off-the-record profile per view: nothing persists, nothing is shared.
                profile: WebEngineProfile {
                    id: viewProfile
                    offTheRecord: true
                    httpCacheType: WebEngineProfile.MemoryHttpCache
                    persistentCookiesPolicy: WebEngineProfile.NoPersistentCookies
                }
                // Nothing a sign-in page needs: keep the attack surface small.
                settings.javascriptCanOpenWindows: false
                settings.localContentCanAccessFileUrls: false
                settings.localContentCanAccessRemoteUrls: false
                settings.pluginsEnabled: false
                settings.fullScreenSupportEnabled: false
                settings.pdfViewerEnabled: false
                settings.errorPageEnabled: true

                onNavigationRequested: function(request) {
                    if (root.flow && root.flow.isRedirect(request.url)) {
                        // Never requested: the code must not leave the process (RFC 8252 §8.1).
                        // Server redirects (302) arrive here too, before the request is made.
                        request.reject()
                        if (request.isMainFrame)
                            Qt.callLater(d.takeRedirect, request.url)
                        return
                    }
                    if (!request.isMainFrame)
                        return
                    if (SignIn.isAllowedPage(request.url))
                        return
                    request.reject()
                    if (SignIn.security(request.url) === SignIn.Insecure) {
                        // A password typed into a plain-http page is readable on the network.
                        const host = SignIn.displayHost(request.url)
                        const text = qsTr("The connection to %1 is not secure: the page does not use https.").arg(host)
                        d.showError(qsTr("Can't connect securely"), text)
                        d.abortFlow(SignIn.error(AuthError.TlsError, "plain http page on " + host, text))
                    }
                }

                onCertificateError: function(error) {
                    // Never overridable, whatever Chromium says: a sign-in page with a
                    // certificate problem could be anyone's.
                    error.rejectCertificate()
                    const host = SignIn.displayHost(error.url)
                    const text = qsTr("The connection to %1 is not secure: %2").arg(host).arg(error.description)
                    d.showError(qsTr("Can't connect securely"), text)
                    d.abortFlow(SignIn.error(AuthError.TlsError,
                                             "certificate error on " + host + ": " + error.description,
                                             text))
                }

                // Links meant for a new window (help, privacy policy) open in the browser; the
                // sign-in view never grows more windows.
                onNewWindowRequested: function(request) {
                    const url = request.requestedUrl
                    if (SignIn.security(url) !== SignIn.None && !(root.flow && root.flow.isRedirect(url)))
                        Qt.openUrlExternally(url)
                }

                onRenderProcessTerminated: function(status, exitCode) {
                    if (status === WebEngineView.NormalTerminationStatus)
                        return
                    const text = qsTr("The sign-in page stopped working.")
                    d.showError(qsTr("Sign-in failed"), text)
                    d.abortFlow(SignIn.error(AuthError.Unknown,
                                             "the web engine's render process ended", text))
                }

                onLoadingChanged: function(info) {
                    if (info.status === WebEngineView.LoadSucceededStatus && root.visible)
                        web.forceActiveFocus() // type the login name without the mouse
                }
            }

            // Completing: the code is being exchanged.
            ColumnLayout {
                spacing: 12
                Item { Layout.fillHeight: true }
                BusyIndicator {
                    Layout.alignment: Qt.AlignHCenter
                    running: d.view === "completing"
                    Accessible.name: qsTr("Completing sign-in…")
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Completing sign-in…")
                    color: root.textColor
                    wrapMode: Text.WordWrap
                }
                Item { Layout.fillHeight: true; Layout.preferredHeight: 1.5 }
            }

            // Error: what went wrong, in plain words, until the user closes the view.
            ColumnLayout {
                spacing: 12
                Item { Layout.fillHeight: true }
                Label {
                    id: errorTitleLabel
                    objectName: "errorTitle"
                    Layout.fillWidth: true
                    Layout.leftMargin: 24
                    Layout.rightMargin: 24
                    horizontalAlignment: Text.AlignHCenter
                    text: d.errorTitle
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                    font.bold: true
                    font.pointSize: root.font.pointSize * 1.3
                    color: root.textColor
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: d.errorTitle
                    Accessible.description: d.errorText
                }
                Label {
                    objectName: "errorText"
                    Layout.fillWidth: true
                    Layout.leftMargin: 24
                    Layout.rightMargin: 24
                    horizontalAlignment: Text.AlignHCenter
                    // Plain text always: error descriptions come from servers.
                    text: d.errorText
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                    color: root.textColor
                }
                Item { Layout.fillHeight: true; Layout.preferredHeight: 1.5 }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: root.separatorColor
        }

        // --- buttons ---------------------------------------------------------------------
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 10
            Item { Layout.fillWidth: true }
            Button {
                id: cancelButton
                objectName: "cancelButton"
                readonly property bool closes: !root.flow || root.flow.finished
                text: closes ? qsTr("Close") : qsTr("Cancel")
                Accessible.name: text
                Accessible.description: closes ? qsTr("Closes the sign-in view")
                                               : qsTr("Cancels signing in")
                onClicked: root.cancel()
            }
        }
    }
}
