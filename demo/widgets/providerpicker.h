// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "providercatalog.h"

#include <QtWidgets/QGroupBox>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace QtSignInDemo {

/*!
 * Which provider to sign in with, with its help text (where to register an application and
 * which redirect URI to register) and a "Settings…" button.
 */
class ProviderPicker : public QGroupBox
{
    Q_OBJECT
public:
    explicit ProviderPicker(QWidget *parent = nullptr);

    ProviderChoice choice() const;
    void setChoice(ProviderChoice choice);
    /*! A line about the settings in use (issuer, client id), shown under the help. */
    void setSummary(const QString &summary);
    QString devNote() const;

Q_SIGNALS:
    void choiceChanged(QtSignInDemo::ProviderChoice choice);
    void settingsRequested();

private:
    void updateHelp();

    QComboBox *m_combo;
    QLabel *m_help;
    QLabel *m_devNote;
    QLabel *m_summary;
    QPushButton *m_settingsButton;
};

} // namespace QtSignInDemo
