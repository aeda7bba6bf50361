// SPDX-License-Identifier: BSD-3-Clause
#include "cli.h"
#include "commands.h"
#include "interrupt.h"
#include "terminal.h"
#include "waiter.h"

#include <QtSignIn/keychaintokenstore.h>
#include <QtSignIn/oauthreply.h>
#include <QtSignIn/tokenset.h>
#include <QtSignIn/userinfo.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

namespace QtSignInCli {

using namespace QtSignIn;

namespace {
constexpr int RestoreTimeoutMs = 60000;
}

CommandContext::CommandContext(const Options &options, const QProcessEnvironment &environment,
                               Terminal *terminal, Interrupt *interrupt)
    : m_options(options)
    , m_environment(environment)
    , m_terminal(terminal)
    , m_interrupt(interrupt)
    , m_profiles(configDirectory(environment))
{
}

ExitStatus CommandContext::fail(const AuthError &error)
{
    m_terminal->error(error);
    return exitStatusFor(error);
}

ExitStatus CommandContext::fail(ExitStatus status, const QString &codeName, const QString &message)
{
    m_terminal->error(codeName, message);
    return status;
}

ExitStatus CommandContext::notSignedIn(const QString &name)
{
    return fail(ExitStatus::Rejected, QStringLiteral("NotSignedIn"),
                Cli::tr("no account named \"%1\": sign in with qtsignin login --account %1")
                    .arg(shellQuoted(name)));
}

ExitStatus CommandContext::cancelled()
{
    return fail(AuthError(AuthError::Code::Cancelled, QStringLiteral("interrupted")));
}

ExitStatus CommandContext::openAccount(const QString &name, OpenAccount *account)
{
    AuthError error;
    QMap<QString, Profile> profiles;
    if (!m_profiles.load(&profiles, &error))
        return fail(error);
    if (!profiles.contains(name))
        return notSignedIn(name);
    account->profile = profiles.value(name);

    // The account's saved settings, with what this invocation sets on top (a client secret in
    // QTSIGNIN_CLIENT_SECRET, a longer timeout…).
    ProviderSettings settings = account->profile.settings.mergedWith(m_options.overrides);
    if (settings.clientSecret().isEmpty() && account->profile.clientSecretInKeychain) {
        QString secret;
        if (!ProfileStore::readClientSecret(name, &secret, &error))
            return fail(error);
        settings.setClientSecret(secret);
    }
    account->provider.reset(createProvider(settings, nullptr, &error));
    if (!account->provider)
        return fail(error);
    account->store = std::make_unique<KeychainTokenStore>(keychainService());
    account->session = std::make_unique<AuthSession>(account->provider.get(), account->store.get());
    QObject::connect(account->session.get(), &AuthSession::errorOccurred, account->session.get(),
                     [account](const AuthError &e) { account->lastError = e; });
    return ExitStatus::Ok;
}

ExitStatus CommandContext::restoreAccount(const QString &name, OpenAccount *account)
{
    if (const ExitStatus status = openAccount(name, account); status != ExitStatus::Ok)
        return status;
    AuthSession *session = account->session.get();
    Waiter waiter(m_interrupt);
    waiter.wakeOn(session, &AuthSession::stateChanged);
    session->switchAccount(account->profile.accountId);
    const auto result = waiter.wait(
        [session] { return session->state() != AuthSession::State::Restoring; }, RestoreTimeoutMs);
    if (result == Waiter::Result::Interrupted)
        return cancelled();
    if (result == Waiter::Result::TimedOut)
        return fail(AuthError(AuthError::Code::StorageError,
                              QStringLiteral("the keychain did not answer in time")));
    switch (session->state()) {
    case AuthSession::State::SignedIn:
    case AuthSession::State::Refreshing:
        return ExitStatus::Ok;
    case AuthSession::State::ReauthenticationRequired:
        return fail(
            AuthError(AuthError::Code::InvalidGrant, account->lastError.detail())
                .setMessage(Cli::tr("the provider no longer accepts this sign-in: sign in again "
                                    "with qtsignin login --account %1")
                                .arg(shellQuoted(name))));
    default:
        if (account->lastError.isError())
            return fail(account->lastError);
        return fail(ExitStatus::Rejected, QStringLiteral("NotSignedIn"),
                    Cli::tr("the keychain holds no sign-in for account \"%1\" any more: sign in "
                            "with qtsignin login --account %1")
                        .arg(shellQuoted(name)));
    }
}

ExitStatus CommandContext::await(OAuthReply *reply)
{
    Waiter waiter(m_interrupt);
    waiter.wakeOn(reply, &OAuthReply::finished);
    // Every reply ends by itself (network timeouts, keychain timeouts); no deadline of ours.
    const auto result =
        waiter.wait([reply] { return reply->isFinished(); }, std::numeric_limits<int>::max());
    if (result != Waiter::Result::Done) {
        reply->abort();
        return cancelled();
    }
    return reply->hasError() ? fail(reply->error()) : ExitStatus::Ok;
}

QJsonObject CommandContext::accountJson(const QString &name, const UserInfo &user,
                                        const QString &issuer, const TokenSet &tokens)
{
    QJsonObject json{{QStringLiteral("account"), name},
                     {QStringLiteral("subject"), user.subject()},
                     {QStringLiteral("name"), user.displayName()},
                     {QStringLiteral("email"), user.email()},
                     {QStringLiteral("issuer"), issuer}};
    const QDateTime expires = tokens.expiresAt();
    json.insert(QStringLiteral("expires_at"),
                expires.isValid() ? QJsonValue(expires.toUTC().toString(Qt::ISODate))
                                  : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(tokens.scopes()));
    return json;
}

QJsonObject CommandContext::accountJson(const QString &name, const AuthSession &session)
{
    // The issuer as the ID token names it (Microsoft's has the tenant in it), else the
    // provider's (GitHub has no ID token).
    const TokenSet tokens = session.tokens();
    QString issuer = tokens.idTokenClaims().value(u"iss").toString();
    if (issuer.isEmpty() && session.provider())
        issuer = session.provider()->issuerIdentifier();
    return accountJson(name, session.user(), issuer, tokens);
}

void CommandContext::printAccount(const QJsonObject &account, bool json)
{
    if (json) {
        m_terminal->result(
            QString::fromUtf8(QJsonDocument(account).toJson(QJsonDocument::Compact)));
        return;
    }
    const QString email = account.value(u"email").toString();
    QString who = account.value(u"name").toString();
    if (!email.isEmpty() && who != email)
        who += QStringLiteral(" <") + email + u'>';
    //: %1 user (name <e-mail>), %2 the identity provider, %3 the account name.
    m_terminal->result(
        Cli::tr("%1 at %2 (account \"%3\")")
            .arg(who, account.value(u"issuer").toString(), account.value(u"account").toString()));
}

} // namespace QtSignInCli
