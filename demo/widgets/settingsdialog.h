// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "providercatalog.h"

#include <QtSignIn/providersettings.h>

#include <QtWidgets/QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace QtSignInDemo {

/*! Edits one provider's client ID, secret, tenant, scopes and issuer. */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /*! \a overridden: `--config` or `QTSIGNIN_*` variables set values that win over these. */
    SettingsDialog(ProviderChoice choice, const QtSignIn::ProviderSettings &settings,
                   bool overridden, QWidget *parent = nullptr);

    /*! The values entered (only the fields this provider uses). */
    QtSignIn::ProviderSettings settings() const;

    void accept() override;

private:
    ProviderChoice m_choice;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_tenant = nullptr;
    QLineEdit *m_scopes;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_proxy = nullptr;
    QLabel *m_problem;
};

} // namespace QtSignInDemo
