// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QtSignIn/providersettings.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

namespace QtSignInDemo {

/*! The providers the demo offers, in the order of the picker. */
enum class ProviderChoice { DevIdp, Google, GitHub, Microsoft, CustomOidc };

/*!
 * What the demo knows about each provider: its name, where to register an application and
 * which redirect URI to register, and the settings it starts from.
 */
class ProviderCatalog
{
    Q_DECLARE_TR_FUNCTIONS(QtSignInDemo::ProviderCatalog)
public:
    static QList<ProviderChoice> choices();

    /*! A stable key for QSettings groups and the command line: dev, google, github… */
    static QString key(ProviderChoice choice);
    static bool fromKey(const QString &key, ProviderChoice *choice);

    static QString title(ProviderChoice choice);
    /*! Rich text: where to register an app and which redirect URI to register. */
    static QString helpText(ProviderChoice choice);

    static bool usesIssuer(ProviderChoice choice);
    static bool usesTenant(ProviderChoice choice);

    /*! The settings a provider starts from, before stored values and overrides. */
    static QtSignIn::ProviderSettings defaults(ProviderChoice choice);
    /*! The development IdP's issuer when nothing else says: `tools/setup.sh demo` uses it. */
    static QUrl defaultDevIssuer();

    /*!
     * The choice that settings from a file or `QTSIGNIN_*` variables select: provider `oidc`
     * on a loopback http issuer is the development IdP, any other `oidc` or `custom` the
     * custom OpenID provider.
     */
    static ProviderChoice choiceFor(const QtSignIn::ProviderSettings &settings);
};

} // namespace QtSignInDemo
