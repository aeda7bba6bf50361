// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// Registers the core's types with QML without making the core depend on QtQml: each foreign
// declaration here names one core class (QML_FOREIGN) and how QML sees it.

#include <QtSignIn/autherror.h>
#include <QtSignIn/authflow.h>
#include <QtSignIn/authsession.h>
#include <QtSignIn/deviceauthorization.h>
#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/githubprovider.h>
#include <QtSignIn/googleprovider.h>
#include <QtSignIn/keychaintokenstore.h>
#include <QtSignIn/memorytokenstore.h>
#include <QtSignIn/microsoftprovider.h>
#include <QtSignIn/oauthprovider.h>
#include <QtSignIn/storedaccount.h>
#include <QtSignIn/tokenset.h>
#include <QtSignIn/tokenstore.h>
#include <QtSignIn/userinfo.h>

#include <QtQml/qqml.h>

namespace QtSignInQml {

// --- objects ------------------------------------------------------------------------------------

struct ForeignAuthSession
{
    Q_GADGET
    QML_FOREIGN(QtSignIn::AuthSession)
    QML_NAMED_ELEMENT(AuthSession)
};

struct ForeignAuthFlow
{
    Q_GADGET
    QML_FOREIGN(QtSignIn::AuthFlow)
    QML_NAMED_ELEMENT(AuthFlow)
    QML_UNCREATABLE("An AuthFlow is returned by AuthSession.signIn().")
};

struct ForeignOAuthProvider
{
    Q_GADGET
    QML_FOREIGN(QtSignIn::OAuthProvider)
    QML_NAMED_ELEMENT(OAuthProvider)
    QML_UNCREATABLE("OAuthProvider is abstract: use GenericOidcProvider, GoogleProvider, "
                    "GitHubProvider or MicrosoftProvider.")
};

struct ForeignGenericOidcProvider
{
    Q_GADGET
    QML_FOREIGN(QtSignIn::GenericOidcProvider)
    QML_NAMED_ELEMENT(GenericOidcProvider)
};

struct ForeignGoogleProvider
{
    Q_GADGET
    QML_FOREIGN(QtSignIn::GoogleProvider)
    QML_NAMED_ELEMENT(GoogleProvider)
};

struct ForeignGitHubProvider
{
    Q_GADGET
    QML_FOREIGN(QtSignIn::GitHubProvider)
    QML_NAMED_ELEMENT(GitHubProvider)
};

struct ForeignMicrosoftProvider
{
    Q_GADGET
    QML_FOREIGN(QtSignIn::MicrosoftProvider)
    QML_NAMED_ELEMENT(MicrosoftProvider)
};

struct ForeignTokenStore
{
    Q_GADGET
    QML_FOREIGN(QtSignIn::TokenStore)
    QML_NAMED_ELEMENT(TokenStore)
    QML_UNCREATABLE("TokenStore is abstract: use KeychainTokenStore or MemoryTokenStore.")
};

struct ForeignKeychainTokenStore
{
    Q_GADGET
    QML_FOREIGN(QtSignIn::KeychainTokenStore)
    QML_NAMED_ELEMENT(KeychainTokenStore)
};

struct ForeignMemoryTokenStore
{
    Q_GADGET
    QML_FOREIGN(QtSignIn::MemoryTokenStore)
    QML_NAMED_ELEMENT(MemoryTokenStore)
};

// --- value types (lower-case names, as QML requires) --------------------------------------------

struct ForeignTokenSet
{
    Q_GADGET
    QML_FOREIGN(QtSignIn::TokenSet)
    QML_VALUE_TYPE(tokenSet)
};

struct ForeignAuthError
{
    Q_GADGET
    QML_FOREIGN(QtSignIn::AuthError)
    QML_VALUE_TYPE(authError)
};

struct ForeignUserInfo
{
    Q_GADGET
    QML_FOREIGN(QtSignIn::UserInfo)
    QML_VALUE_TYPE(userInfo)
};

struct ForeignStoredAccount
{
    Q_GADGET
    QML_FOREIGN(QtSignIn::StoredAccount)
    QML_VALUE_TYPE(storedAccount)
};

struct ForeignDeviceAuthorization
{
    Q_GADGET
    QML_FOREIGN(QtSignIn::DeviceAuthorization)
    QML_VALUE_TYPE(deviceAuthorization)
};

// AuthError.Code values as `AuthError.TlsError`: the gadget's enums, exposed like a namespace.
namespace ForeignAuthErrorEnums {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(QtSignIn::AuthError)
QML_NAMED_ELEMENT(AuthError)
} // namespace ForeignAuthErrorEnums

} // namespace QtSignInQml
