// SPDX-License-Identifier: BSD-3-Clause
#include "providerpicker.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QVBoxLayout>

namespace QtSignInDemo {

ProviderPicker::ProviderPicker(QWidget *parent)
    : QGroupBox(tr("Provider"), parent)
    , m_combo(new QComboBox(this))
    , m_help(new QLabel(this))
    , m_devNote(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_settingsButton(new QPushButton(tr("&Settings…"), this))
{
    setObjectName(QStringLiteral("providerPicker"));
    m_combo->setObjectName(QStringLiteral("providerCombo"));
    m_combo->setAccessibleName(tr("Provider"));
    for (ProviderChoice choice : ProviderCatalog::choices())
        m_combo->addItem(ProviderCatalog::title(choice), int(choice));
    m_settingsButton->setObjectName(QStringLiteral("settingsButton"));
    m_settingsButton->setToolTip(tr("Client ID, secret, tenant and scopes of this provider"));

    m_help->setObjectName(QStringLiteral("helpLabel"));
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::RichText);
    m_help->setOpenExternalLinks(true);
    m_help->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_devNote->setObjectName(QStringLiteral("devNoteLabel"));
    m_devNote->setWordWrap(true);
    //: Warns that the development provider is reached without TLS, which is only allowed
    //: for addresses of this computer.
    m_devNote->setText(tr("Local development IdP over plain http (loopback only)"));
    m_devNote->setStyleSheet(QStringLiteral("QLabel { background: rgba(215, 153, 33, 0.15); "
                                            "border: 1px solid rgba(215, 153, 33, 0.6); "
                                            "border-radius: 3px; padding: 4px 6px; }"));

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(m_combo, 1);
    row->addWidget(m_settingsButton);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addLayout(row);
    layout->addWidget(m_devNote);
    layout->addWidget(m_help);
    layout->addWidget(m_summary);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateHelp();
        Q_EMIT choiceChanged(choice());
    });
    connect(m_settingsButton, &QPushButton::clicked, this, &ProviderPicker::settingsRequested);
    updateHelp();
}

ProviderChoice ProviderPicker::choice() const
{
    return ProviderChoice(m_combo->currentData().toInt());
}

void ProviderPicker::setChoice(ProviderChoice choice)
{
    m_combo->setCurrentIndex(m_combo->findData(int(choice)));
}

void ProviderPicker::setSummary(const QString &summary)
{
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
}

QString ProviderPicker::devNote() const
{
    return m_devNote->isVisibleTo(this) ? m_devNote->text() : QString();
}

void ProviderPicker::updateHelp()
{
    m_help->setText(ProviderCatalog::helpText(choice()));
    m_devNote->setVisible(choice() == ProviderChoice::DevIdp);
}

} // namespace QtSignInDemo
