// SPDX-License-Identifier: BSD-3-Clause
// Goals 2, 3 and 4 (issue 7), against the real OpenID Provider (tests/oidc) and the real
// Secret Service, inside `tools/setup.sh run --oidc tests/oidc`:
//
//   bench_signin economy       request economy of a full sign-in, and its post-redirect latency
//                              as a ratio to one bare token request (QNetworkAccessManager)
//   bench_signin restore       start-up restore in a new process, as a ratio to a bare
//                              QtKeychain read of the same entry; 1, 10 and 100 accounts;
//                              an expired access token
//   bench_signin singleflight  1,000 concurrent accessToken() calls on an expired token
//   bench_signin               all three
//
// New processes are this executable run again with a child command (see runChild()).

#include "benchcommon.h"
#include "devidpdriver.h"
#include "opfixture.h"

#include <QtSignIn/authflow.h>
#include <QtSignIn/authsession.h>
#include <QtSignIn/keychaintokenstore.h>
#include <QtSignIn/memorytokenstore.h>
#include <QtSignIn/pkcechallenge.h>
#include <QtSignIn/storedaccount.h>
#include <QtSignIn/tokenreply.h>
#include <QtSignIn/userinfo.h>

#include <qt6keychain/keychain.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QMetaEnum>
#include <QtCore/QRandomGenerator>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkReply>

#include <memory>

using namespace QtSignIn;
using namespace Bench;
using QtSignInTest::DevIdpDriver;

namespace {

QElapsedTimer g_clock; // every timestamp of this process, in ns since start

// The flow's default redirect (Embedded agent: the application sees the redirect itself, as
// LoginDialog does). The OP accepts it for any port (native client, RFC 8252 §7.3).
const QUrl RedirectUri(QStringLiteral("http://127.0.0.1/callback"));

QString randomValue()
{
    return QString::number(QRandomGenerator::system()->generate64(), 36);
}

struct FlowRun
{
    qint64 redirectNs = 0;  // the redirect reached the application
    qint64 completedNs = 0; // AuthFlow::finished (tokens validated, user info fetched)
    qsizetype markAtRedirect = 0;
    TokenSet tokens;
    double postRedirectMs() const { return double(completedNs - redirectNs) / 1e6; }
};

/*
 * Plays the user for \a flow: as soon as the authorization URL is ready, the OP's login and
 * consent pages are driven headlessly (DevIdpDriver), and the redirect they end in is handed to
 * the flow (AuthFlow::handleRedirect, what LoginDialog does on interception). Returns once the
 * flow has finished; anything but success is fatal.
 */
FlowRun playUser(AuthFlow *flow, RecordingNetworkManager *manager)
{
    FlowRun run;
    QObject context;
    std::unique_ptr<DevIdpDriver> driver;
    bool finished = false;
    QObject::connect(flow, &AuthFlow::authorizationUrlReady, &context, [&](const QUrl &url) {
        driver = std::make_unique<DevIdpDriver>(RedirectUri.toString());
        driver->start(url);
    });
    QObject::connect(flow, &AuthFlow::finished, &context, [&] {
        run.completedNs = g_clock.nsecsElapsed();
        finished = true;
        if (flow->state() == AuthFlow::State::Completed)
            run.tokens = flow->tokens();
    });
    if (flow->state() == AuthFlow::State::Pending)
        flow->start();
    waitUntil([&] { return finished || (driver && driver->isDone()); }, 60000,
              QStringLiteral("the OP's login and consent pages"));
    if (finished)
        fatal(QStringLiteral("the sign-in ended before the redirect: ") + flow->error().detail());
    if (!driver->result().reachedRedirect)
        fatal(QStringLiteral("the OP's pages did not redirect: ") + driver->result().failure);
    run.markAtRedirect = manager->mark();
    run.redirectNs = g_clock.nsecsElapsed();
    if (!flow->handleRedirect(driver->result().redirect))
        fatal(QStringLiteral("the flow refused the OP's redirect"));
    waitUntil([&] { return finished; }, 60000, QStringLiteral("the end of the sign-in"));
    if (run.tokens.isNull())
        fatal(QStringLiteral("the sign-in failed: ") + flow->error().detail());
    return run;
}

FlowRun signInOnce(GenericOidcProvider *provider, RecordingNetworkManager *manager)
{
    auto *flow = new AuthFlow(provider);
    flow->setUserAgent(OAuthProvider::UserAgent::Embedded);
    flow->setExtraParameters(ConsentPrompt);
    const FlowRun run = playUser(flow, manager);
    flow->deleteLater();
    return run;
}

/*
 * The baseline of goal 2: one token request made with a bare QNetworkAccessManager, i.e. the
 * least any client pays after the redirect. It exchanges a real code (obtained through the
 * OP's pages, untimed), so the OP does the same work as for the library's request.
 */
double bareTokenRequest(GenericOidcProvider *prepared, QNetworkAccessManager *bare)
{
    const PkceChallenge pkce = PkceChallenge::generate();
    const QUrl url = prepared->buildAuthorizeUrl(
        RedirectUri, randomValue(), pkce,
        {{QStringLiteral("nonce"), randomValue()}, ConsentPrompt.constFirst()});
    DevIdpDriver driver(RedirectUri.toString());
    driver.start(url);
    waitUntil([&] { return driver.isDone(); }, 60000, QStringLiteral("the OP's pages (bare)"));
    if (!driver.result().reachedRedirect)
        fatal(QStringLiteral("bare: ") + driver.result().failure);
    const QString code = driver.result().queryValue(QStringLiteral("code"));

    QNetworkRequest request(
        QUrl(prepared->metadata().value(u"token_endpoint").toString(), QUrl::StrictMode));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    const QByteArray body = "grant_type=authorization_code&code=" + QUrl::toPercentEncoding(code) +
        "&redirect_uri=" + QUrl::toPercentEncoding(RedirectUri.toString()) +
        "&client_id=qt-desktop&code_verifier=" + QUrl::toPercentEncoding(pkce.verifier());
    const qint64 start = g_clock.nsecsElapsed();
    QNetworkReply *reply = bare->post(request, body);
    qint64 endNs = 0;
    QObject::connect(reply, &QNetworkReply::finished, reply,
                     [&endNs] { endNs = g_clock.nsecsElapsed(); });
    waitUntil([&] { return endNs != 0; }, 30000, QStringLiteral("the bare token request"));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    if (status != 200 || !answer.contains("\"access_token\""))
        fatal(QStringLiteral("bare token request: HTTP %1").arg(status));
    return double(endNs - start) / 1e6;
}

bool isMetadata(const QString &path)
{
    return path == DiscoveryPath || path == JwksPath;
}

int metadataRequests(const QStringList &paths)
{
    return int(std::count_if(paths.cbegin(), paths.cend(), isMetadata));
}

QJsonArray toJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// --- goal 2: request economy ----------------------------------------------------------------

// Child: one full sign-in in a fresh process ("after a restart").
int childSignIn()
{
    RecordingNetworkManager manager(&g_clock);
    GenericOidcProvider *provider = newProvider(issuerFromEnvironment(), &manager, qApp);
    const FlowRun run = signInOnce(provider, &manager);
    const QStringList paths = manager.pathsSince(0);
    childResult({{QStringLiteral("paths"), toJson(paths)},
                 {QStringLiteral("metadata"), metadataRequests(paths)},
                 {QStringLiteral("post_redirect_ms"), run.postRedirectMs()}});
    return 0;
}

void benchEconomy()
{
    const QUrl issuer = issuerFromEnvironment();
    progress(QStringLiteral("economy: first sign-in in this process"));
    RecordingNetworkManager manager(&g_clock);
    GenericOidcProvider *provider = newProvider(issuer, &manager, qApp);
    const FlowRun first = signInOnce(provider, &manager);
    const QStringList before = manager.pathsSince(0).mid(0, first.markAtRedirect);
    const QStringList after = manager.pathsSince(first.markAtRedirect);

    Row critical;
    critical.id = QStringLiteral("signin.after_redirect.requests");
    critical.figure = QStringLiteral("Sign-in: requests after the redirect (first sign-in)");
    critical.measured = after.size();
    critical.unit = QStringLiteral("requests");
    critical.goal = Goal::MeasuredAtMost;
    critical.target = 2;
    critical.note = QStringLiteral("after: %1; before (on the login page): %2")
                        .arg(after.join(QStringLiteral(", ")), before.join(QStringLiteral(", ")));
    critical.extra = {{QStringLiteral("before_redirect"), toJson(before)},
                      {QStringLiteral("after_redirect"), toJson(after)},
                      {QStringLiteral("metadata_after_redirect"), metadataRequests(after)}};
    emitRow(critical);

    progress(QStringLiteral("economy: second sign-in, new provider object, same process"));
    RecordingNetworkManager secondManager(&g_clock);
    GenericOidcProvider *second = newProvider(issuer, &secondManager, qApp);
    signInOnce(second, &secondManager);
    const QStringList secondPaths = secondManager.pathsSince(0);
    Row again;
    again.id = QStringLiteral("signin.second.metadata_requests");
    again.figure = QStringLiteral("Sign-in: discovery + JWKS requests, 2nd sign-in same process");
    again.measured = metadataRequests(secondPaths);
    again.unit = QStringLiteral("requests");
    again.goal = Goal::MeasuredIs;
    again.target = 0;
    again.note = QStringLiteral("all requests: ") + secondPaths.join(QStringLiteral(", "));
    emitRow(again);

    progress(QStringLiteral("economy: sign-in in a new process (restart)"));
    const QJsonObject restart = runChild({QStringLiteral("child-signin")});
    Row restarted;
    restarted.id = QStringLiteral("signin.restart.metadata_requests");
    restarted.figure = QStringLiteral("Sign-in: discovery + JWKS requests after a restart");
    restarted.measured = restart.value(u"metadata").toDouble();
    restarted.unit = QStringLiteral("requests");
    restarted.goal = Goal::MeasuredIs;
    restarted.target = 0;
    QStringList restartPaths;
    for (const QJsonValue &p : restart.value(u"paths").toArray())
        restartPaths.append(p.toString());
    restarted.note = QStringLiteral("all requests: ") + restartPaths.join(QStringLiteral(", "));
    emitRow(restarted);

    // Post-redirect latency: library sign-ins and bare token requests, interleaved.
    const int rounds = repeatCount(9);
    progress(QStringLiteral("economy: post-redirect latency, %1 rounds").arg(rounds));
    // The bare manager gets a warm connection too, as the provider's has one from discovery.
    QNetworkAccessManager bare;
    {
        QNetworkReply *warm = bare.get(QNetworkRequest(provider->jwksUrl()));
        bool done = false;
        QObject::connect(warm, &QNetworkReply::finished, warm, [&done] { done = true; });
        waitUntil([&] { return done; }, 30000, QStringLiteral("the bare manager's first request"));
        warm->deleteLater();
    }
    QList<double> library, baseline;
    for (int round = 0; round < rounds; ++round) {
        library.append(signInOnce(provider, &manager).postRedirectMs());
        baseline.append(bareTokenRequest(provider, &bare));
    }
    Row latency;
    latency.id = QStringLiteral("signin.post_redirect.latency");
    latency.figure = QStringLiteral("Sign-in: redirect -> signed in (token + userinfo)");
    latency.measured = median(library);
    latency.baseline = median(baseline);
    latency.ratio = pairedRatio(library, baseline);
    latency.unit = QStringLiteral("ms");
    latency.note =
        QStringLiteral("baseline: one bare token POST (real code) with QNetworkAccessManager; "
                       "medians of %1, ratio = median of the per-round ratios")
            .arg(rounds);
    latency.extra = {{QStringLiteral("library_ms"), toJsonArray(library)},
                     {QStringLiteral("bare_token_ms"), toJsonArray(baseline)},
                     {QStringLiteral("first_sign_in_ms"), first.postRedirectMs()}};
    emitRow(latency);
}

// --- goal 3: start-up restore -----------------------------------------------------------------

// Waits for a store operation; fatal on error.
StoreReply *await(StoreReply *reply, const QString &what)
{
    bool done = false;
    QObject::connect(reply, &OAuthReply::finished, reply, [&done] { done = true; });
    waitUntil([&] { return done; }, 60000, what);
    if (reply->hasError())
        fatal(what + QStringLiteral(": ") + reply->error().detail());
    reply->deleteLater();
    return reply;
}

/*
 * Child: a new process restoring the session from the keychain, as an application does at
 * start-up. Times AuthSession creation -> SignedIn; with "expired", also the refresh that
 * follows. Every request the library sends is recorded, including any that come in the 300 ms
 * after (a background fetch would count as much as a blocking one).
 */
int childRestore(const QString &service, const QString &mode)
{
    RecordingNetworkManager manager(&g_clock);
    GenericOidcProvider *provider = newProvider(issuerFromEnvironment(), &manager, qApp);

    qint64 signedInNs = 0;
    qint64 refreshedNs = 0;
    bool sawRefreshing = false;
    QStringList timeline; // what happened when, for the report
    const qint64 start = g_clock.nsecsElapsed();
    const auto stamp = [&start](qint64 ns) {
        return QStringLiteral("+%1 ms ").arg(double(ns - start) / 1e6, 0, 'f', 1);
    };
    auto *store = new KeychainTokenStore(service, qApp);
    AuthSession session(provider, store);
    QObject::connect(&session, &AuthSession::stateChanged, &session, [&](AuthSession::State s) {
        const qint64 now = g_clock.nsecsElapsed();
        timeline.append(
            stamp(now) +
            QString::fromLatin1(QMetaEnum::fromType<AuthSession::State>().valueToKey(int(s))));
        if (s == AuthSession::State::SignedIn && !signedInNs)
            signedInNs = now;
        if (s == AuthSession::State::Refreshing)
            sawRefreshing = true;
        else if (s == AuthSession::State::SignedIn && sawRefreshing && !refreshedNs)
            refreshedNs = now;
    });
    session.restore();
    const bool expired = mode == u"expired";
    waitUntil(
        [&] {
            const AuthSession::State s = session.state();
            if (s == AuthSession::State::SignedOut ||
                s == AuthSession::State::ReauthenticationRequired)
                return true;
            return expired ? refreshedNs != 0 : signedInNs != 0;
        },
        60000, QStringLiteral("the restore"));
    const double signedInMs = signedInNs ? double(signedInNs - start) / 1e6 : -1;
    const double refreshedMs = refreshedNs ? double(refreshedNs - start) / 1e6 : -1;
    // Let anything started in the background show up in the count.
    QEventLoop settle;
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();
    for (const RecordingNetworkManager::Request &request : manager.log())
        timeline.append(stamp(request.startNs) + request.path);
    std::sort(timeline.begin(), timeline.end(), [](const QString &a, const QString &b) {
        return a.mid(1, a.indexOf(u' ') - 1).toDouble() < b.mid(1, b.indexOf(u' ') - 1).toDouble();
    });
    childResult({{QStringLiteral("signed_in_ms"), signedInMs},
                 {QStringLiteral("timeline"), toJson(timeline)},
                 {QStringLiteral("refreshed_ms"), refreshedMs},
                 {QStringLiteral("state"), int(session.state())},
                 {QStringLiteral("account"), session.currentAccountId()},
                 {QStringLiteral("requests"), manager.total()},
                 {QStringLiteral("paths"), toJson(manager.pathsSince(0))}});
    return 0;
}

// Child: the baseline of goal 3, a bare QtKeychain read of the account's entry in a new
// process (so it pays the same first contact with the Secret Service).
int childBareRead(const QString &service, const QString &key)
{
    const qint64 start = g_clock.nsecsElapsed();
    auto *job = new QKeychain::ReadPasswordJob(service, qApp);
    job->setAutoDelete(false);
    job->setKey(key);
    qint64 endNs = 0;
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [&endNs] { endNs = g_clock.nsecsElapsed(); });
    job->start();
    waitUntil([&] { return endNs != 0; }, 60000, QStringLiteral("the bare keychain read"));
    if (job->error() != QKeychain::NoError)
        fatal(QStringLiteral("bare keychain read: ") + job->errorString());
    childResult({{QStringLiteral("ms"), double(endNs - start) / 1e6},
                 {QStringLiteral("bytes"), job->textData().toUtf8().size()}});
    return 0;
}

// How many Secret Service reads it takes to read \a key of the store: 1, or 1 + the chunks
// when the entry is a chunk manifest (see keychaintokenstore.cpp).
int keychainReads(const QString &service, const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &job, [&done] { done = true; });
    job.start();
    waitUntil([&] { return done; }, 60000, QStringLiteral("a keychain read"));
    const QJsonDocument doc = QJsonDocument::fromJson(job.textData().toUtf8());
    return 1 + (doc.isObject() ? doc.object().value(u"chunks").toInt() : 0);
}

struct RestoreSample
{
    QList<double> restoreMs;
    QList<double> bareMs;
    int maxRequests = 0;
    QStringList paths;
};

RestoreSample measureRestore(const QString &service, const QString &accountId, int rounds)
{
    RestoreSample sample;
    for (int round = 0; round < rounds; ++round) {
        // Alternate which one goes first, so that neither always follows the other.
        const bool restoreFirst = round % 2 == 0;
        for (int i = 0; i < 2; ++i) {
            if ((i == 0) == restoreFirst) {
                const QJsonObject r =
                    runChild({QStringLiteral("child-restore"), service, QStringLiteral("valid")});
                if (r.value(u"account").toString() != accountId ||
                    r.value(u"state").toInt() != int(AuthSession::State::SignedIn))
                    fatal(QStringLiteral("restore: not signed in to the expected account"));
                sample.restoreMs.append(r.value(u"signed_in_ms").toDouble());
                sample.maxRequests = qMax(sample.maxRequests, r.value(u"requests").toInt());
                for (const QJsonValue &p : r.value(u"paths").toArray())
                    sample.paths.append(p.toString());
            } else {
                const QJsonObject r = runChild({QStringLiteral("child-bare-read"), service,
                                                QStringLiteral("account:") + accountId});
                sample.bareMs.append(r.value(u"ms").toDouble());
            }
        }
    }
    return sample;
}

void benchRestore()
{
    const QUrl issuer = issuerFromEnvironment();
    // A service name of our own, emptied at the end.
    const QString service =
        QStringLiteral("qtsignin-bench-%1").arg(QCoreApplication::applicationPid());
    auto *store = new KeychainTokenStore(service, qApp);
    RecordingNetworkManager manager(&g_clock);
    GenericOidcProvider *provider = newProvider(issuer, &manager, qApp);

    progress(QStringLiteral("restore: signing in once to store a session in the keychain"));
    QString accountId;
    {
        // Deleted once stored: its refresh timer must not use a refresh token that the
        // children rotate (the OP would revoke the whole grant, O4).
        AuthSession session(provider, store);
        AuthFlow *flow = session.signIn(OAuthProvider::UserAgent::Embedded);
        flow->setExtraParameters(ConsentPrompt);
        playUser(flow, &manager);
        waitUntil([&] { return session.state() == AuthSession::State::SignedIn; }, 60000,
                  QStringLiteral("the session to be stored"));
        accountId = session.currentAccountId();
    }
    auto loadAccount = [&] {
        return await(store->load(accountId), QStringLiteral("load"))->account();
    };

    // Expired access token: exactly one request (the refresh) is the goal.
    const int expiredRounds = qMin(3, repeatCount(3));
    progress(QStringLiteral("restore: expired access token, %1 rounds").arg(expiredRounds));
    int expiredMaxRequests = 0;
    QStringList expiredPaths;
    QList<double> expiredSignedInMs, expiredRefreshedMs;
    QJsonArray expiredTimeline;
    for (int round = 0; round < expiredRounds; ++round) {
        StoredAccount account = loadAccount();
        TokenSet tokens = account.tokens();
        tokens.setIssuedAt(QDateTime::currentDateTimeUtc().addSecs(-tokens.expiresIn() - 600));
        account.setTokens(tokens);
        await(store->save(account), QStringLiteral("save (expired)"));
        const QJsonObject r =
            runChild({QStringLiteral("child-restore"), service, QStringLiteral("expired")});
        if (r.value(u"refreshed_ms").toDouble() < 0)
            fatal(QStringLiteral("restore with an expired token did not refresh"));
        expiredMaxRequests = qMax(expiredMaxRequests, r.value(u"requests").toInt());
        expiredSignedInMs.append(r.value(u"signed_in_ms").toDouble());
        expiredRefreshedMs.append(r.value(u"refreshed_ms").toDouble());
        expiredTimeline = r.value(u"timeline").toArray();
        expiredPaths.clear();
        for (const QJsonValue &p : r.value(u"paths").toArray())
            expiredPaths.append(p.toString());
    }
    Row expired;
    expired.id = QStringLiteral("restore.expired.requests");
    expired.figure = QStringLiteral("Restore, expired access token: requests");
    expired.measured = expiredMaxRequests;
    expired.unit = QStringLiteral("requests");
    expired.goal = Goal::MeasuredIs;
    expired.target = 1;
    expired.note = QStringLiteral("requests: ") + expiredPaths.join(QStringLiteral(", "));
    expired.extra = {{QStringLiteral("signed_in_ms"), toJsonArray(expiredSignedInMs)},
                     {QStringLiteral("refreshed_ms"), toJsonArray(expiredRefreshedMs)},
                     {QStringLiteral("timeline_last_round"), expiredTimeline}};
    emitRow(expired);

    // Valid session, 1, 10 and 100 stored accounts (the extra ones older, so the restored
    // account stays the most recent). The children left fresh tokens in the store.
    const StoredAccount real = loadAccount();
    if (real.tokens().isExpired(120))
        fatal(QStringLiteral("the stored session is not valid after the refresh"));
    const int rounds = repeatCount(7);
    int maxRequests = 0;
    QStringList requestPaths;
    QList<double> medians;
    QStringList readsPerRestore; // what restore reads, for 1, 10, 100 accounts
    // The keychain store's "most recent account" pointer (keychaintokenstore.cpp's layout).
    const QString recentKey = QStringLiteral("recent:") +
        QString::fromLatin1(QCryptographicHash::hash(QByteArray(real.issuer().toUtf8() + '\n' +
                                                                real.clientId().toUtf8()),
                                                     QCryptographicHash::Sha256)
                                .toBase64(QByteArray::Base64UrlEncoding |
                                          QByteArray::OmitTrailingEquals));
    int stored = 1;
    for (const int count : {1, 10, 100}) {
        QElapsedTimer saving;
        saving.start();
        while (stored < count) {
            StoredAccount other = real;
            other.setIdentity(real.issuer(), real.clientId(),
                              UserInfo::fromClaims(
                                  {{QStringLiteral("sub"), QStringLiteral("bench-%1").arg(stored)},
                                   {QStringLiteral("name"), QStringLiteral("Bench %1").arg(stored)},
                                   {QStringLiteral("email"),
                                    QStringLiteral("bench-%1@example.test").arg(stored)}}));
            other.setUpdatedAt(real.updatedAt().addSecs(-60 * stored));
            // One at a time: the store's timeout counts time spent queued.
            await(store->save(other), QStringLiteral("save"));
            ++stored;
        }
        // The store stamps every save: the real account is saved last, so that it is the most
        // recently used one, the one a restore picks.
        if (count > 1) {
            await(store->save(real), QStringLiteral("save"));
            progress(QStringLiteral("restore: %1 accounts stored in %2 s")
                         .arg(count)
                         .arg(double(saving.nsecsElapsed()) / 1e9, 0, 'f', 1));
        }
        const int indexReads = keychainReads(service, QStringLiteral("index"));
        const int pointerReads = keychainReads(service, recentKey);
        progress(QStringLiteral("restore: %1 account(s), %2 rounds").arg(count).arg(rounds));
        const RestoreSample sample = measureRestore(service, accountId, rounds);
        maxRequests = qMax(maxRequests, sample.maxRequests);
        requestPaths += sample.paths;
        Row row;
        row.id = QStringLiteral("restore.valid.%1").arg(count);
        row.figure = QStringLiteral("Restore (new process) -> signedIn, %1 account%2")
                         .arg(count)
                         .arg(count == 1 ? QString() : QStringLiteral("s"));
        row.measured = median(sample.restoreMs);
        row.baseline = median(sample.bareMs);
        row.ratio = pairedRatio(sample.restoreMs, sample.bareMs);
        row.unit = QStringLiteral("ms");
        row.goal = Goal::AtMost;
        row.target = 1.5;
        row.note = QStringLiteral("baseline: bare QtKeychain read of the entry, new process; "
                                  "medians of %1, ratio = median of the per-round ratios")
                       .arg(rounds);
        row.extra = {{QStringLiteral("keychain_items_index"), indexReads},
                     {QStringLiteral("keychain_reads_pointer"), pointerReads},
                     {QStringLiteral("keychain_reads_account"),
                      keychainReads(service, QStringLiteral("account:") + accountId)},
                     {QStringLiteral("restore_ms"), toJsonArray(sample.restoreMs)},
                     {QStringLiteral("bare_read_ms"), toJsonArray(sample.bareMs)}};
        emitRow(row);
        medians.append(row.measured);
        // Restore reads the pointer and the entry; the index (listed after signedIn) grows.
        readsPerRestore.append(
            QString::number(pointerReads + row.extra.value(u"keychain_reads_account").toInt()));
    }

    Row zero;
    zero.id = QStringLiteral("restore.valid.requests");
    zero.figure = QStringLiteral("Restore, valid session: requests");
    zero.measured = maxRequests;
    zero.unit = QStringLiteral("requests");
    zero.goal = Goal::MeasuredIs;
    zero.target = 0;
    zero.note = requestPaths.isEmpty() ? QStringLiteral("none, in every round")
                                       : requestPaths.join(QStringLiteral(", "));
    emitRow(zero);

    Row growth;
    growth.id = QStringLiteral("restore.growth");
    growth.figure = QStringLiteral("Restore time, 100 accounts vs 1 account");
    growth.measured = medians.value(2);
    growth.baseline = medians.value(0);
    growth.unit = QStringLiteral("ms");
    growth.goal = Goal::AtMost;
    growth.target = 1.2;
    growth.note = QStringLiteral("\"must not grow\": 1.2 allows for noise; 10 accounts: %1 ms; "
                                 "keychain reads before signedIn: %2")
                      .arg(medians.value(1), 0, 'f', 1)
                      .arg(readsPerRestore.join(QStringLiteral(" / ")));
    emitRow(growth);

    progress(QStringLiteral("restore: removing the %1 stored accounts").arg(stored));
    const QList<StoredAccount> all =
        await(store->listAccounts(), QStringLiteral("list"))->accounts();
    for (const StoredAccount &account : all)
        await(store->remove(account.id()), QStringLiteral("remove")); // one at a time, as saves
    if (!await(store->listAccounts(), QStringLiteral("list"))->accounts().isEmpty())
        fatal(QStringLiteral("the benchmark's keychain entries were not all removed"));
}

// --- goal 4: single-flight refresh -----------------------------------------------------------

// A short idle pause between measurements, so that one's aftermath (the OP storing a rotated
// grant, deferred deletions) does not land in the next one's time.
void settle()
{
    QEventLoop idle;
    QTimer::singleShot(50, &idle, &QEventLoop::quit);
    idle.exec();
}

void benchSingleFlight()
{
    const QUrl issuer = issuerFromEnvironment();
    constexpr int Callers = 1000;
    RecordingNetworkManager manager(&g_clock);
    GenericOidcProvider *provider = newProvider(issuer, &manager, qApp);
    // The memory store: the figure is about the refresh, not about the keychain.
    MemoryTokenStore store;
    AuthSession session(provider, &store);
    progress(QStringLiteral("singleflight: signing in"));
    AuthFlow *flow = session.signIn(OAuthProvider::UserAgent::Embedded);
    flow->setExtraParameters(ConsentPrompt);
    playUser(flow, &manager);
    waitUntil([&] { return session.state() == AuthSession::State::SignedIn; }, 60000,
              QStringLiteral("the session"));
    const QString accountId = session.currentAccountId();
    // The baseline refreshes a grant of its own: sharing one would rotate the session's
    // refresh token behind its back (and the OP revokes a grant whose token is replayed, O4).
    TokenSet baselineTokens = signInOnce(provider, &manager).tokens;

    const int rounds = repeatCount(15);
    progress(QStringLiteral("singleflight: %1 rounds of %2 callers").arg(rounds).arg(Callers));
    QList<double> flightMs, refreshMs, callsMs, requestSentMs, firstAnswerMs, fanOutMs;
    // The token request itself (sent -> response) on either side, and what follows it.
    QList<double> sessionTokenMs, baselineTokenMs, afterResponseMs, baselineAfterResponseMs;
    QList<double> responseToTokensChangedMs, loopBackMs;
    int maxRequests = 0;
    QStringList paths;
    int errors = 0;
    for (int round = 0; round < rounds; ++round) {
        // Baseline: one refresh through the same provider (token request + ID-token check).
        const auto runBaseline = [&] {
            const qint64 start = g_clock.nsecsElapsed();
            const qsizetype baselineMark = manager.mark();
            TokenReply *reply =
                provider->refreshTokens(baselineTokens.refreshToken(), baselineTokens);
            qint64 endNs = 0;
            QObject::connect(reply, &OAuthReply::finished, reply,
                             [&endNs] { endNs = g_clock.nsecsElapsed(); });
            waitUntil([&] { return endNs != 0; }, 30000, QStringLiteral("the baseline refresh"));
            if (reply->hasError())
                fatal(QStringLiteral("baseline refresh: ") + reply->error().detail());
            baselineTokens = reply->tokens();
            reply->deleteLater();
            refreshMs.append(double(endNs - start) / 1e6);
            const RecordingNetworkManager::Request &token = manager.log().at(baselineMark);
            baselineTokenMs.append(double(token.finishedNs - token.startNs) / 1e6);
            baselineAfterResponseMs.append(double(endNs - token.finishedNs) / 1e6);
        };
        const auto runFlight = [&] {
            // The session's access token expires (as stored), and 1,000 callers ask for it the
            // moment the session is signed in again.
            StoredAccount account = await(store.load(accountId), QStringLiteral("load"))->account();
            TokenSet tokens = account.tokens();
            tokens.setIssuedAt(QDateTime::currentDateTimeUtc().addSecs(-tokens.expiresIn() - 600));
            account.setTokens(tokens);
            await(store.save(account), QStringLiteral("save (expired)"));

            QObject context;
            bool armed = true;
            int answered = 0;
            qint64 start = 0;
            qint64 lastNs = 0;
            qint64 firstNs = 0;
            qint64 callsDoneNs = 0;
            qint64 loopBackNs = 0;
            qsizetype mark = 0;
            QList<TokenReply *> replies;
            replies.reserve(Callers);
            QObject::connect(
                &session, &AuthSession::stateChanged, &context, [&](AuthSession::State s) {
                    if (!armed || s != AuthSession::State::SignedIn)
                        return;
                    armed = false;
                    if (!session.tokens().isExpired())
                        fatal(QStringLiteral("the token should be expired here"));
                    mark = manager.mark();
                    start = g_clock.nsecsElapsed();
                    for (int i = 0; i < Callers; ++i) {
                        TokenReply *reply = session.accessToken();
                        replies.append(reply);
                        QObject::connect(reply, &OAuthReply::finished, &context, [&, reply] {
                            if (!answered)
                                firstNs = g_clock.nsecsElapsed();
                            ++answered;
                            if (reply->hasError() || reply->tokens().isExpired())
                                ++errors;
                            lastNs = g_clock.nsecsElapsed();
                        });
                    }
                    callsDoneNs = g_clock.nsecsElapsed();
                    // Qt hands a request to its HTTP thread from the event loop: the token
                    // request cannot leave before the loop runs again.
                    QTimer::singleShot(0, &context, [&] { loopBackNs = g_clock.nsecsElapsed(); });
                });
            // tokensChanged() comes right before the waiting callers are answered.
            qint64 tokensChangedNs = 0;
            QObject::connect(&session, &AuthSession::tokensChanged, &context, [&] {
                if (start && !tokensChangedNs && session.state() == AuthSession::State::SignedIn &&
                    !session.tokens().isExpired())
                    tokensChangedNs = g_clock.nsecsElapsed();
            });
            session.switchAccount(accountId);
            waitUntil([&] { return answered == Callers; }, 60000,
                      QStringLiteral("1,000 accessToken() answers"));
            flightMs.append(double(lastNs - start) / 1e6);
            const QStringList sent = manager.pathsSince(mark);
            // Where the time goes: the 1,000 calls, the wait for the token response (first
            // answer), and handing the answer to every caller (first -> last).
            callsMs.append(double(callsDoneNs - start) / 1e6);
            loopBackMs.append(double(loopBackNs - start) / 1e6);
            requestSentMs.append(
                sent.isEmpty() ? -1 : double(manager.log().at(mark).startNs - start) / 1e6);
            firstAnswerMs.append(double(firstNs - start) / 1e6);
            fanOutMs.append(double(lastNs - firstNs) / 1e6);
            if (!sent.isEmpty()) {
                const RecordingNetworkManager::Request &token = manager.log().at(mark);
                sessionTokenMs.append(double(token.finishedNs - token.startNs) / 1e6);
                afterResponseMs.append(double(firstNs - token.finishedNs) / 1e6);
                responseToTokensChangedMs.append(double(tokensChangedNs - token.finishedNs) / 1e6);
            }
            maxRequests = qMax(maxRequests, int(sent.size()));
            paths = sent;
            qDeleteAll(replies);
        };
        // Alternating which goes first: the OP may still be busy with the previous grant's
        // rotation when the next request comes, and neither side should always pay for it.
        if (round % 2 == 0) {
            runBaseline();
            settle();
            runFlight();
        } else {
            runFlight();
            settle();
            runBaseline();
        }
        settle();
    }
    if (errors)
        fatal(QStringLiteral("%1 accessToken() calls failed or got an expired token").arg(errors));

    Row requests;
    requests.id = QStringLiteral("singleflight.requests");
    requests.figure =
        QStringLiteral("1,000 concurrent accessToken() on an expired token: requests");
    requests.measured = maxRequests;
    requests.unit = QStringLiteral("requests");
    requests.goal = Goal::MeasuredIs;
    requests.target = 1;
    requests.note = QStringLiteral("requests: ") + paths.join(QStringLiteral(", "));
    emitRow(requests);

    Row latency;
    latency.id = QStringLiteral("singleflight.latency");
    latency.figure = QStringLiteral("1,000 concurrent accessToken(): all answered");
    latency.measured = median(flightMs);
    latency.baseline = median(refreshMs);
    latency.ratio = pairedRatio(flightMs, refreshMs);
    latency.unit = QStringLiteral("ms");
    latency.goal = Goal::AtMost;
    latency.target = 1.2;
    latency.note = QStringLiteral("baseline: one refresh (OAuthProvider::refreshTokens); medians "
                                  "of %1 rounds, ratio = median of the per-round ratios")
                       .arg(rounds);
    latency.extra = {
        {QStringLiteral("all_answered_ms"), toJsonArray(flightMs)},
        {QStringLiteral("one_refresh_ms"), toJsonArray(refreshMs)},
        {QStringLiteral("median_calls_ms"), median(callsMs)},
        {QStringLiteral("median_request_sent_ms"), median(requestSentMs)},
        {QStringLiteral("median_first_answer_ms"), median(firstAnswerMs)},
        {QStringLiteral("median_first_to_last_answer_ms"), median(fanOutMs)},
        {QStringLiteral("median_token_request_ms"), median(sessionTokenMs)},
        {QStringLiteral("median_token_request_ms_baseline"), median(baselineTokenMs)},
        {QStringLiteral("median_response_to_first_answer_ms"), median(afterResponseMs)},
        {QStringLiteral("median_response_to_tokens_changed_ms"), median(responseToTokensChangedMs)},
        {QStringLiteral("median_event_loop_back_ms"), median(loopBackMs)},
        {QStringLiteral("median_response_to_answer_ms_baseline"), median(baselineAfterResponseMs)}};
    emitRow(latency);
}

} // namespace

int main(int argc, char **argv)
{
    g_clock.start();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    if (command == u"child-signin")
        return childSignIn();
    if (command == u"child-restore")
        return childRestore(args.value(1), args.value(2));
    if (command == u"child-bare-read")
        return childBareRead(args.value(1), args.value(2));
    const bool all = command.isEmpty();
    if (all || command == u"economy")
        benchEconomy();
    if (all || command == u"restore")
        benchRestore();
    if (all || command == u"singleflight")
        benchSingleFlight();
    if (!all && command != u"economy" && command != u"restore" && command != u"singleflight") {
        std::fprintf(stderr, "usage: bench_signin [economy|restore|singleflight]\n");
        return 2;
    }
    return 0;
}
