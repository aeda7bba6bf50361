// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "exitstatus.h"
#include "options.h"
#include "profilestore.h"

#include <QtSignIn/authsession.h>
#include <QtSignIn/oauthprovider.h>
#include <QtSignIn/storedaccount.h>
#include <QtSignIn/tokenstore.h>

#include <QtCore/QJsonObject>
#include <QtCore/QProcessEnvironment>

#include <memory>

namespace QtSignInCli {

class Interrupt;
class Terminal;

/* A provider, a store and a session for one of the tool's accounts. */
struct OpenAccount
{
    Profile profile;
    std::unique_ptr<QtSignIn::TokenStore> store;
    std::unique_ptr<QtSignIn::OAuthProvider> provider;
    std::unique_ptr<QtSignIn::AuthSession> session;
    QtSignIn::AuthError lastError; // the session's last errorOccurred()
};

/* What every command works with, and the steps they share. */
class CommandContext
{
public:
    CommandContext(const Options &options, const QProcessEnvironment &environment,
                   Terminal *terminal, Interrupt *interrupt);

    const Options &options() const { return m_options; }
    Terminal *terminal() const { return m_terminal; }
    Interrupt *interrupt() const { return m_interrupt; }
    ProfileStore &profiles() { return m_profiles; }

    /* Prints \a error the tool's way and returns its exit status. */
    ExitStatus fail(const QtSignIn::AuthError &error);
    ExitStatus fail(ExitStatus status, const QString &codeName, const QString &message);
    ExitStatus notSignedIn(const QString &name);
    ExitStatus cancelled();

    /* The provider and store of the profile \a name, and a session (not restored yet). */
    ExitStatus openAccount(const QString &name, OpenAccount *account);
    /* openAccount() and the session restored to the profile's account (SignedIn). */
    ExitStatus restoreAccount(const QString &name, OpenAccount *account);
    /* Waits until \a reply finishes; Cancelled (interrupt) or the reply's own outcome. */
    ExitStatus await(QtSignIn::OAuthReply *reply);

    /* The account as `--json` prints it (never a token). */
    static QJsonObject accountJson(const QString &name, const QtSignIn::UserInfo &user,
                                   const QString &issuer, const QtSignIn::TokenSet &tokens);
    /* The same for a session's current account. */
    static QJsonObject accountJson(const QString &name, const QtSignIn::AuthSession &session);
    void printAccount(const QJsonObject &account, bool json);

private:
    Options m_options;
    QProcessEnvironment m_environment;
    Terminal *m_terminal;
    Interrupt *m_interrupt;
    ProfileStore m_profiles;
};

ExitStatus runLogin(CommandContext &context);
ExitStatus runToken(CommandContext &context);
ExitStatus runWhoami(CommandContext &context);
ExitStatus runAccounts(CommandContext &context);
ExitStatus runLogout(CommandContext &context);

} // namespace QtSignInCli
