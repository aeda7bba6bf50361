// SPDX-License-Identifier: BSD-3-Clause
// qtsignin login: one interactive sign-in through AuthSession (so the account is stored exactly
// as an application would store it), with the user agent the provider allows.
#include "cli.h"
#include "commands.h"
#include "interrupt.h"
#include "terminal.h"
#include "waiter.h"

#include <QtSignIn/authflow.h>
#include <QtSignIn/deviceauthorization.h>
#include <QtSignIn/keychaintokenstore.h>
#include <QtSignIn/memorytokenstore.h>
#include <QtSignIn/oauthreply.h>

#include <QtCore/QPointer>

#ifdef QTSIGNIN_CLI_EMBEDDED
#include <QtSignIn/logindialog.h>
#include <QtWidgets/QApplication>
#endif

namespace QtSignInCli {

using namespace QtSignIn;
using UserAgent = OAuthProvider::UserAgent;

namespace {

constexpr int ExtraWaitMs = 60000; // beyond the flow's own timeout: token request, keychain

std::optional<UserAgent> chooseAgent(const OAuthProvider &provider, const Options &options)
{
    const QList<UserAgent> allowed = provider.allowedUserAgents();
    if (options.agent)
        return allowed.contains(*options.agent) ? options.agent : std::nullopt;
    // The system browser where allowed (RFC 8252 §8.12), else a code for another device.
    for (UserAgent agent : {UserAgent::SystemBrowser, UserAgent::DeviceCode}) {
        if (allowed.contains(agent))
            return agent;
    }
    return std::nullopt;
}

QString agentName(UserAgent agent)
{
    switch (agent) {
    case UserAgent::SystemBrowser:
        return QStringLiteral("browser");
    case UserAgent::DeviceCode:
        return QStringLiteral("device");
    case UserAgent::Embedded:
        return QStringLiteral("embedded");
    }
    return QString();
}

// Another name's profile may point at the same keychain entry.
bool sharedByAnotherName(const QMap<QString, Profile> &profiles, const QString &name,
                         const QString &accountId)
{
    for (const Profile &profile : profiles) {
        if (profile.name != name && profile.accountId == accountId)
            return true;
    }
    return false;
}

} // namespace

ExitStatus runLogin(CommandContext &context)
{
    const Options &options = context.options();
    Terminal *terminal = context.terminal();
    const ProviderSettings &settings = options.settings;
    const bool keep = settings.tokenStore() == ProviderSettings::TokenStoreBackend::Keychain;

    AuthError error;
    QMap<QString, Profile> profiles;
    if (keep && !context.profiles().load(&profiles, &error))
        return context.fail(error);

    std::unique_ptr<OAuthProvider> provider(createProvider(settings, nullptr, &error));
    if (!provider)
        return context.fail(error);
    std::unique_ptr<TokenStore> store;
    if (keep)
        store = std::make_unique<KeychainTokenStore>(keychainService());
    else
        store = std::make_unique<MemoryTokenStore>();

    // Before the user goes through the provider's pages: the keychain must work (a sign-in
    // whose result cannot be kept is worse than none), and the provider must be reachable.
    if (keep) {
        StoreReply *probe = store->listAccounts();
        if (const ExitStatus status = context.await(probe); status != ExitStatus::Ok)
            return status;
        probe->deleteLater();
    }
    OAuthReply *prepared = provider->prepare();
    if (const ExitStatus status = context.await(prepared); status != ExitStatus::Ok)
        return status;
    prepared->deleteLater();

    const std::optional<UserAgent> agent = chooseAgent(*provider, options);
    if (!agent) {
        return context.fail(
            AuthError(AuthError::Code::ProviderPolicy,
                      options.agent ? QStringLiteral("agent ") + agentName(*options.agent) +
                              QStringLiteral(" refused")
                                    : QStringLiteral("no usable agent"))
                .setMessage(
                    options.agent
                        ? Cli::tr("%1 does not allow --agent %2")
                              .arg(provider->displayName(), agentName(*options.agent))
                        : Cli::tr("%1 allows no sign-in from here").arg(provider->displayName())));
    }
#ifdef QTSIGNIN_CLI_EMBEDDED
    const bool canEmbed = qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
#else
    const bool canEmbed = false;
#endif
    if (*agent == UserAgent::Embedded && !canEmbed) {
        return context.fail(
            AuthError(AuthError::Code::Configuration, QStringLiteral("no embedded browser"))
                .setMessage(Cli::tr("--agent embedded needs a display and QtSignIn's Widgets "
                                    "library")));
    }

    AuthSession session(provider.get(), store.get());
    AuthError sessionError;
    QObject::connect(&session, &AuthSession::errorOccurred, &session,
                     [&sessionError](const AuthError &e) { sessionError = e; });
    AuthFlow *flow = session.signIn(*agent);
    flow->setTimeout(settings.authTimeout());
    // OIDC Core §11: asking for offline_access (a refresh token) requires prompt=consent;
    // Google and Microsoft have rules of their own, applied by their providers.
    const auto type = provider->type();
    if ((type == OAuthProvider::Type::Oidc || type == OAuthProvider::Type::Custom) &&
        provider->scopes().contains(QStringLiteral("offline_access")))
        flow->setExtraParameters({{QStringLiteral("prompt"), QStringLiteral("consent")}});

    if (*agent == UserAgent::SystemBrowser) {
        // The URL is printed whatever happens to the browser: with no browser at all (a
        // server over ssh) the user opens it elsewhere; the loopback receiver still waits.
        flow->setBrowserLauncher([](const QUrl &url) {
            AuthFlow::openInSystemBrowser(url);
            return true;
        });
        QObject::connect(
            flow, &AuthFlow::authorizationUrlReady, terminal, [terminal, flow](const QUrl &url) {
                terminal->notice(Cli::tr("Open this page to sign in:"));
                terminal->notice(QString::fromUtf8(url.toEncoded()));
                terminal->startProgress(Cli::tr("Waiting for the browser"), flow->deadline());
            });
    } else if (*agent == UserAgent::DeviceCode) {
        QObject::connect(
            flow, &AuthFlow::deviceAuthorizationReady, terminal,
            [terminal](const DeviceAuthorization &device) {
                //: %1 a web address, %2 a code like WDJB-MJHT.
                terminal->notice(Cli::tr("To sign in, open %1 and enter the code %2")
                                     .arg(device.verificationUri().toString(), device.userCode()));
                if (device.verificationUriComplete().isValid())
                    terminal->notice(
                        Cli::tr("or open %1").arg(device.verificationUriComplete().toString()));
                terminal->startProgress(Cli::tr("Waiting for the other device"),
                                        device.expiresAt());
            });
    }
#ifdef QTSIGNIN_CLI_EMBEDDED
    std::unique_ptr<LoginDialog> dialog;
    if (*agent == UserAgent::Embedded) {
        dialog = std::make_unique<LoginDialog>(flow);
        dialog->setBrowserSwitchEnabled(false);
        LoginDialog *shown = dialog.get();
        QObject::connect(flow, &AuthFlow::stateChanged, shown, [shown](AuthFlow::State state) {
            if (state == AuthFlow::State::InProgress && !shown->isVisible())
                shown->show();
        });
        terminal->startProgress(Cli::tr("Waiting for the sign-in window"), QDateTime());
    }
#endif

    Waiter waiter(context.interrupt());
    waiter.wakeOn(flow, &AuthFlow::finished);
    waiter.wakeOn(&session, &AuthSession::stateChanged);
    waiter.wakeOn(&session, &AuthSession::errorOccurred);
    QPointer<AuthFlow> watched(flow);
    AuthFlow::State flowState = AuthFlow::State::Pending;
    AuthError flowError;
    QObject::connect(flow, &AuthFlow::finished, flow, [&flowState, &flowError, flow] {
        flowState = flow->state();
        flowError = flow->error();
    });
    const auto result = waiter.wait(
        [&session, &flowState, &sessionError] {
            const bool flowFailed = flowState != AuthFlow::State::Pending &&
                flowState != AuthFlow::State::InProgress && flowState != AuthFlow::State::Completed;
            return flowFailed || sessionError.isError() ||
                session.state() == AuthSession::State::SignedIn;
        },
        settings.authTimeout() * 1000 + ExtraWaitMs);
    terminal->stopProgress();
    if (result == Waiter::Result::Interrupted) {
        if (watched)
            watched->cancel();
        return context.cancelled();
    }
    if (flowState == AuthFlow::State::TimedOut) {
        return context.fail(ExitStatus::Cancelled, errorCodeName(AuthError::Code::Timeout),
                            Cli::tr("the sign-in was not finished within %n second(s)", nullptr,
                                    settings.authTimeout()));
    }
    if (flowState == AuthFlow::State::Failed || flowState == AuthFlow::State::Cancelled)
        return context.fail(flowError.isError() ? flowError
                                                : AuthError(AuthError::Code::Cancelled));
    if (sessionError.isError())
        return context.fail(sessionError);
    if (result == Waiter::Result::TimedOut)
        return context.fail(AuthError(AuthError::Code::Timeout, QStringLiteral("no answer")));
    if (keep && !session.isPersistent()) {
        return context.fail(AuthError(AuthError::Code::StorageError,
                                      QStringLiteral("the keychain refused the account")));
    }

    const QString accountId = session.currentAccountId();
    if (keep) {
        // The name now points at this account. Its previous account, if another one that no
        // other name uses, leaves the keychain (its tokens would be unreachable otherwise).
        const Profile previous = profiles.value(options.account);
        Profile profile;
        profile.name = options.account;
        profile.accountId = accountId;
        profile.settings = settings; // toJson() never writes the client secret
        profile.clientSecretInKeychain = !settings.clientSecret().isEmpty();
        if (profile.clientSecretInKeychain &&
            !ProfileStore::writeClientSecret(profile.name, settings.clientSecret(), &error))
            return context.fail(error);
        if (!context.profiles().save(profile, &error))
            return context.fail(error);
        if (!previous.accountId.isEmpty() && previous.accountId != accountId &&
            !sharedByAnotherName(profiles, options.account, previous.accountId)) {
            StoreReply *removal = store->remove(previous.accountId);
            if (const ExitStatus status = context.await(removal); status != ExitStatus::Ok)
                return status;
            removal->deleteLater();
        }
    }
    context.printAccount(CommandContext::accountJson(options.account, session), options.json);
    return ExitStatus::Ok;
}

} // namespace QtSignInCli
