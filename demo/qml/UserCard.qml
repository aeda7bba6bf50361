// SPDX-License-Identifier: BSD-3-Clause
// Who is signed in: avatar (or initials), name, e-mail, issuer and the token's lifetime.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtSignIn

Frame {
    id: card

    property AuthSession session: null
    readonly property userInfo user: session ? session.user : ({})
    property date now: new Date()

    function initials(name) {
        const parts = name.split(/\s+/).filter(p => p.length > 0)
        return parts.slice(0, 2).map(p => p[0].toUpperCase()).join("")
    }
    function remaining() {
        if (!session || !session.expiresAt || isNaN(session.expiresAt.getTime()))
            return qsTr("unknown")
        const seconds = Math.max(0, Math.round((session.expiresAt.getTime() - now.getTime()) / 1000))
        //: Time left: %1 minutes and %2 seconds.
        return qsTr("%1 min %2 s").arg(Math.floor(seconds / 60)).arg(seconds % 60)
    }

    Timer {
        interval: 1000
        repeat: true
        running: card.visible
        onTriggered: card.now = new Date()
    }

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Signed-in user")

    RowLayout {
        anchors.fill: parent
        spacing: 16

        Rectangle {
            Layout.preferredWidth: 64
            Layout.preferredHeight: 64
            Layout.alignment: Qt.AlignTop
            radius: 32
            color: "#3b6ea8"
            clip: true
            Label {
                anchors.centerIn: parent
                visible: avatar.status !== Image.Ready
                text: card.initials(card.user.displayName)
                color: "white"
                font.pointSize: 20
                font.bold: true
            }
            Image {
                id: avatar
                anchors.fill: parent
                source: card.user.pictureUrl
                fillMode: Image.PreserveAspectCrop
                //: %1 is the user's name.
                Accessible.name: qsTr("Picture of %1").arg(card.user.displayName)
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 12
            rowSpacing: 4

            Label {
                Layout.columnSpan: 2
                text: card.user.displayName
                font.pointSize: 15
                font.bold: true
                textFormat: Text.PlainText
            }
            Label { text: qsTr("E-mail"); opacity: 0.7 }
            Label {
                objectName: "emailLabel"
                Layout.fillWidth: true
                text: card.user.email !== "" ? card.user.email : qsTr("not shared")
                textFormat: Text.PlainText
                elide: Text.ElideRight
            }
            //: The ID token's "sub" claim: the user's identifier at the provider.
            Label { text: qsTr("Subject"); opacity: 0.7 }
            Label {
                Layout.fillWidth: true
                text: card.user.subject
                textFormat: Text.PlainText
                elide: Text.ElideRight
            }
            Label { text: qsTr("Issuer"); opacity: 0.7 }
            Label {
                Layout.fillWidth: true
                text: card.session && card.session.provider && card.session.provider.issuer
                      ? card.session.provider.issuer.toString() : ""
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
            }
            Label { text: qsTr("Token expires in"); opacity: 0.7 }
            Label {
                Layout.fillWidth: true
                text: card.remaining()
            }
            //: Where the sign-in (the refresh token) is kept: the system keychain or memory only.
            Label { text: qsTr("Kept in"); opacity: 0.7 }
            Label {
                Layout.fillWidth: true
                text: card.session && card.session.persistent ? qsTr("the system keychain")
                                                              : qsTr("memory only (this session)")
            }
        }
    }
}
