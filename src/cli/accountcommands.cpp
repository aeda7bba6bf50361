// SPDX-License-Identifier: BSD-3-Clause
// qtsignin token, whoami, accounts and logout: each works on accounts that `login` kept, through
// the same AuthSession an application uses (restore, single-flight refresh, revoke and delete).
#include "cli.h"
#include "commands.h"
#include "terminal.h"
#include "waiter.h"

#include <QtSignIn/keychaintokenstore.h>
#include <QtSignIn/oauthreply.h>
#include <QtSignIn/tokenreply.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

namespace QtSignInCli {

using namespace QtSignIn;

ExitStatus runToken(CommandContext &context)
{
    OpenAccount account;
    const QString &name = context.options().account;
    if (const ExitStatus status = context.restoreAccount(name, &account); status != ExitStatus::Ok)
        return status;
    AuthSession *session = account.session.get();
    if (context.options().forceRefresh)
        session->refresh(); // accessToken() below waits for this refresh (single flight)
    TokenReply *reply = session->accessToken();
    if (const ExitStatus status = context.await(reply); status != ExitStatus::Ok) {
        if (session->state() == AuthSession::State::ReauthenticationRequired) {
            context.terminal()->notice(
                Cli::tr("Sign in again with: qtsignin login --account %1").arg(shellQuoted(name)));
        }
        return status;
    }
    const QString token = reply->tokens().accessToken();
    reply->deleteLater();
    // Alone on stdout, for $(qtsignin token).
    context.terminal()->result(token);
    return ExitStatus::Ok;
}

ExitStatus runWhoami(CommandContext &context)
{
    OpenAccount account;
    const QString &name = context.options().account;
    if (const ExitStatus status = context.restoreAccount(name, &account); status != ExitStatus::Ok)
        return status;
    context.printAccount(CommandContext::accountJson(name, *account.session),
                         context.options().json);
    return ExitStatus::Ok;
}

ExitStatus runAccounts(CommandContext &context)
{
    AuthError error;
    QMap<QString, Profile> profiles;
    if (!context.profiles().load(&profiles, &error))
        return context.fail(error);
    // One keychain listing for all names (public fields only: no token is read).
    QHash<QString, StoredAccount> stored;
    if (!profiles.isEmpty()) {
        KeychainTokenStore store(keychainService());
        StoreReply *list = store.listAccounts();
        if (const ExitStatus status = context.await(list); status != ExitStatus::Ok)
            return status;
        for (const StoredAccount &entry : list->accounts())
            stored.insert(entry.id(), entry);
        list->deleteLater();
    }
    QJsonArray array;
    QStringList lines;
    for (const Profile &profile : std::as_const(profiles)) {
        const StoredAccount entry = stored.value(profile.accountId);
        QJsonObject json =
            CommandContext::accountJson(profile.name, entry.user(), entry.issuer(), entry.tokens());
        json.insert(QStringLiteral("provider"),
                    ProviderSettings::providerTypeName(profile.settings.providerType()));
        json.insert(QStringLiteral("stored"), !entry.isNull());
        array.append(json);
        QString line = profile.name + u'\t';
        if (entry.isNull()) {
            line += Cli::tr("(no longer in the keychain)");
        } else {
            line += entry.displayName();
            if (!entry.email().isEmpty() && entry.email() != entry.displayName())
                line += QStringLiteral(" <") + entry.email() + u'>';
            line += u'\t' + entry.issuer();
        }
        lines.append(line);
    }
    if (context.options().json)
        context.terminal()->result(
            QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    else if (lines.isEmpty())
        context.terminal()->notice(Cli::tr("No accounts. Sign in with: qtsignin login"));
    else
        context.terminal()->result(lines.join(u'\n'));
    return ExitStatus::Ok;
}

namespace {

// Revokes and deletes one name's account, then forgets the name. Returns the first problem.
ExitStatus logoutOne(CommandContext &context, const QString &name)
{
    OpenAccount account;
    if (const ExitStatus status = context.openAccount(name, &account); status != ExitStatus::Ok)
        return status;
    AuthSession *session = account.session.get();
    bool done = false;
    bool revoked = false;
    QObject::connect(session, &AuthSession::signedOut, session, [&done, &revoked](bool r) {
        done = true;
        revoked = r;
    });
    Waiter waiter(context.interrupt());
    waiter.wakeOn(session, &AuthSession::signedOut);
    // Not restored first: removing a stored account revokes what it holds without refreshing.
    session->removeAccount(account.profile.accountId);
    // The keychain and the revocation requests end by themselves (their own timeouts).
    const auto result = waiter.wait([&done] { return done; }, std::numeric_limits<int>::max());
    if (result != Waiter::Result::Done)
        return context.cancelled();
    const AuthError problem = account.lastError;
    if (problem.code() == AuthError::Code::StorageError)
        return context.fail(problem);

    AuthError error;
    if (account.profile.clientSecretInKeychain && !ProfileStore::deleteClientSecret(name, &error))
        return context.fail(error);
    if (!context.profiles().remove(name, &error))
        return context.fail(error);

    if (problem.isError() && !revoked) {
        // Gone from this computer; the provider may still honour the tokens until they expire.
        context.terminal()->notice(
            Cli::tr("Signed out of \"%1\" on this computer, but the provider did not confirm "
                    "the revocation.")
                .arg(name));
        return context.fail(problem);
    }
    if (!revoked && !account.provider->supportsRevocation()) {
        context.terminal()->notice(
            Cli::tr("Signed out of \"%1\". %2 cannot revoke tokens: they stay valid until they "
                    "expire.")
                .arg(name, account.provider->displayName()));
    } else {
        context.terminal()->notice(Cli::tr("Signed out of \"%1\".").arg(name));
    }
    return ExitStatus::Ok;
}

} // namespace

ExitStatus runLogout(CommandContext &context)
{
    if (!context.options().all)
        return logoutOne(context, context.options().account);
    AuthError error;
    QMap<QString, Profile> profiles;
    if (!context.profiles().load(&profiles, &error))
        return context.fail(error);
    if (profiles.isEmpty())
        context.terminal()->notice(Cli::tr("No accounts to sign out of."));
    ExitStatus first = ExitStatus::Ok;
    for (const QString &name : profiles.keys()) {
        const ExitStatus status = logoutOne(context, name);
        if (first == ExitStatus::Ok)
            first = status;
        if (status == ExitStatus::Cancelled)
            break;
    }
    return first;
}

} // namespace QtSignInCli
