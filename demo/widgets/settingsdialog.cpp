// SPDX-License-Identifier: BSD-3-Clause
#include "settingsdialog.h"

#include <QtGui/QAction>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QStyle>
#include <QtWidgets/QVBoxLayout>

using QtSignIn::AuthError;
using QtSignIn::ProviderSettings;

namespace QtSignInDemo {

SettingsDialog::SettingsDialog(ProviderChoice choice, const ProviderSettings &settings,
                               bool overridden, QWidget *parent)
    : QDialog(parent)
    , m_choice(choice)
    , m_clientId(new QLineEdit(settings.clientId(), this))
    , m_clientSecret(new QLineEdit(settings.clientSecret(), this))
    , m_scopes(new QLineEdit(settings.scopes().join(u' '), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    //: %1: the provider's name.
    setWindowTitle(tr("Settings – %1").arg(ProviderCatalog::title(choice)));

    auto *help = new QLabel(ProviderCatalog::helpText(choice), this);
    help->setWordWrap(true);
    help->setOpenExternalLinks(true);
    help->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (ProviderCatalog::usesIssuer(choice)) {
        m_issuer = new QLineEdit(settings.issuer().toString(), this);
        m_issuer->setObjectName(QStringLiteral("issuerEdit"));
        m_issuer->setPlaceholderText(QStringLiteral("https://id.example.com"));
        form->addRow(tr("&Issuer URL:"), m_issuer);
    }
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    form->addRow(tr("Client I&D:"), m_clientId);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    //: Placeholder of the client secret field.
    m_clientSecret->setPlaceholderText(tr("none (public client)"));
    QAction *reveal = m_clientSecret->addAction(style()->standardIcon(QStyle::SP_DialogYesButton),
                                                QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the secret"));
    connect(reveal, &QAction::toggled, this, [this](bool on) {
        m_clientSecret->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    form->addRow(tr("Client &secret:"), m_clientSecret);
    if (ProviderCatalog::usesTenant(choice)) {
        m_tenant = new QLineEdit(settings.tenant(), this);
        m_tenant->setObjectName(QStringLiteral("tenantEdit"));
        m_tenant->setToolTip(tr("common, organizations, consumers, a tenant ID or a domain"));
        form->addRow(tr("&Tenant:"), m_tenant);
    }
    m_scopes->setObjectName(QStringLiteral("scopesEdit"));
    m_scopes->setPlaceholderText(tr("the provider's defaults"));
    m_scopes->setToolTip(tr("Separated by spaces; leave empty for the provider's defaults"));
    form->addRow(tr("S&copes:"), m_scopes);
    // Company networks: a private CA and a proxy (ProviderSettings ca_file and proxy).
    m_caFile = new QLineEdit(settings.caFile(), this);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setPlaceholderText(tr("only the system's"));
    m_caFile->setToolTip(tr("A PEM file or folder of extra certificate authorities to trust, on "
                            "top of the system's (a company's private CA)"));
    form->addRow(tr("E&xtra CA certificates:"), m_caFile);
    m_proxy = new QLineEdit(settings.proxy(), this);
    m_proxy->setObjectName(QStringLiteral("proxyEdit"));
    m_proxy->setPlaceholderText(tr("the system's (https_proxy, no_proxy)"));
    m_proxy->setToolTip(tr("http://host:port, socks5://host:port, none or system"));
    form->addRow(tr("&Proxy:"), m_proxy);

    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addSpacing(6);
    layout->addLayout(form);
    if (overridden) {
        auto *note = new QLabel(tr("Values given with --config or QTSIGNIN_* environment "
                                   "variables take precedence over these."),
                                this);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(note);
    }
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

ProviderSettings SettingsDialog::settings() const
{
    ProviderSettings settings;
    if (m_issuer && !m_issuer->text().trimmed().isEmpty())
        settings.setIssuer(QUrl(m_issuer->text().trimmed()));
    settings.setClientId(m_clientId->text().trimmed());
    settings.setClientSecret(m_clientSecret->text());
    if (m_tenant)
        settings.setTenant(m_tenant->text().trimmed());
    settings.setScopes(m_scopes->text().split(u' ', Qt::SkipEmptyParts));
    if (!m_caFile->text().trimmed().isEmpty())
        settings.setCaFile(m_caFile->text().trimmed());
    if (!m_proxy->text().trimmed().isEmpty())
        settings.setProxy(m_proxy->text().trimmed());
    return settings;
}

void SettingsDialog::accept()
{
    // Checked like the demo will use them: the provider's defaults under these values.
    ProviderSettings check = ProviderCatalog::defaults(m_choice).mergedWith(settings());
    if (m_choice == ProviderChoice::DevIdp)
        check.setAllowInsecureLoopback(true);
    const AuthError error = check.validate();
    // A missing client ID is expected while a user is still registering the app.
    if (error.isError() && !check.clientId().isEmpty()) {
        m_problem->setText(tr("These settings cannot work: %1").arg(error.detail()));
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace QtSignInDemo
