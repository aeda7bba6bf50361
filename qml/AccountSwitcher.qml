// SPDX-License-Identifier: BSD-3-Clause
// The session's stored accounts: pick one to switch to it, or remove it (sign out and forget).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtSignIn

Control {
    id: root

    property AuthSession session: null
    /*! Whether the Remove button is shown. */
    property bool removable: true

    // --- styling ----------------------------------------------------------------------------
    property color textColor: palette.windowText
    property color secondaryTextColor: palette.placeholderText

    readonly property var accounts: session ? session.accounts : []
    readonly property int count: accounts.length
    /*! The account shown in the box (the current one unless the user is choosing). */
    readonly property string selectedAccountId: box.currentIndex >= 0 && box.currentIndex < count
                                                ? accounts[box.currentIndex].id : ""

    /*! Makes \a accountId current (what choosing it in the box does). */
    function switchTo(accountId) {
        if (session && accountId !== "" && accountId !== session.currentAccountId)
            session.switchAccount(accountId)
    }
    /*! Signs \a accountId out and forgets it (what the Remove button does). */
    function remove(accountId) {
        if (session && accountId !== "")
            session.removeAccount(accountId)
    }

    function indexOfCurrent() {
        if (!session)
            return -1
        for (let i = 0; i < accounts.length; ++i) {
            if (accounts[i].id === session.currentAccountId)
                return i
        }
        return -1
    }
    function label(account) {
        if (!account)
            return ""
        return account.email !== "" && account.email !== account.displayName
                //: An account in the list: %1 the user's name, %2 their e-mail address.
                ? qsTr("%1 (%2)").arg(account.displayName).arg(account.email)
                : account.displayName
    }

    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Accounts")

    contentItem: RowLayout {
        spacing: 8

        ComboBox {
            id: box
            objectName: "accountBox"
            Layout.fillWidth: true
            model: root.accounts
            enabled: root.count > 0
            currentIndex: root.indexOfCurrent()
            displayText: currentIndex >= 0 && currentIndex < root.count
                         ? root.label(root.accounts[currentIndex])
                         : qsTr("No saved accounts")
            //: Read by screen readers: the list of remembered accounts to switch between.
            Accessible.name: qsTr("Account")
            Accessible.description: displayText

            delegate: ItemDelegate {
                required property var modelData
                required property int index
                width: ListView.view ? ListView.view.width : implicitWidth
                highlighted: box.highlightedIndex === index
                text: root.label(modelData)
                font.bold: root.session !== null && modelData.id === root.session.currentAccountId
                Accessible.name: text
            }

            onActivated: function(index) { root.switchTo(root.accounts[index].id) }

            // Re-select the current account whenever the list or the current account changes.
            Connections {
                target: root.session
                ignoreUnknownSignals: true
                function onCurrentAccountChanged() { box.currentIndex = root.indexOfCurrent() }
                function onAccountsChanged() { box.currentIndex = root.indexOfCurrent() }
            }
        }

        Button {
            objectName: "removeButton"
            visible: root.removable
            enabled: root.selectedAccountId !== ""
            //: Button: signs the shown account out and forgets it.
            text: qsTr("Remove")
            Accessible.name: qsTr("Remove account")
            Accessible.description: qsTr("Signs this account out and forgets it on this computer")
            onClicked: root.remove(root.selectedAccountId)
        }
    }
}
