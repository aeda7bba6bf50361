// SPDX-License-Identifier: BSD-3-Clause
// The authorization response (RFC 6749 §4.1.2/§4.1.2.1, RFC 9207): the redirect AuthFlow is
// handed, by the loopback receiver or by an embedded web view. The input is a whole URL, or,
// when it starts with '?', the query the loopback receiver would put on the redirect URI.
// "STATE" and "ISSUER" in the input are replaced with this attempt's real state and the
// provider's issuer, so that the fuzzer reaches what lies behind the state check.
//
// Invariants: a response whose state is not this attempt's is ignored and nothing is sent to
// the token endpoint; a response is accepted at most once.

#include <QtSignIn/authflow.h>
#include <QtSignIn/genericoidcprovider.h>

#include "fuzzsupport.h"

#include <QtCore/QUrlQuery>

using namespace QtSignIn;
using QtSignInFuzz::Answer;

namespace {

const QUrl kRedirect(QStringLiteral("http://127.0.0.1:4711/callback"));

// Every token request refused: the target is about the callback, not the exchange.
QtSignInFuzz::FakeNetwork *refusingNetwork()
{
    QtSignInFuzz::FakeNetwork *manager = QtSignInFuzz::network();
    manager->handler = [](const QNetworkRequest &, const QByteArray &, const QByteArray &) {
        return Answer{400, QByteArrayLiteral("{\"error\":\"invalid_grant\"}")};
    };
    return manager;
}

GenericOidcProvider *provider()
{
    static GenericOidcProvider *p = [] {
        auto *op = new GenericOidcProvider(QUrl(QStringLiteral("https://op.example")));
        op->setNetworkAccessManager(refusingNetwork());
        op->setClientId(QStringLiteral("client"));
        op->setAuthorizeUrl(QUrl(QStringLiteral("https://op.example/auth")));
        op->setTokenUrl(QUrl(QStringLiteral("https://op.example/token")));
        op->setJwksUrl(QUrl(QStringLiteral("https://op.example/jwks")));
        return op;
    }();
    return p;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QtSignInFuzz::initApplication();
    (void)provider();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString input = QString::fromUtf8(QtSignInFuzz::bytes(data, size));

    AuthFlow flow(provider());
    flow.setUserAgent(OAuthProvider::UserAgent::Embedded);
    flow.setRedirectUri(kRedirect);
    QUrl authorizeUrl;
    QObject::connect(&flow, &AuthFlow::authorizationUrlReady,
                     [&authorizeUrl](const QUrl &url) { authorizeUrl = url; });
    flow.start();
    QtSignInFuzz::pumpUntil([&] { return !authorizeUrl.isEmpty() || flow.isFinished(); });
    if (authorizeUrl.isEmpty())
        qFatal("the flow did not start");
    const QString state =
        QUrlQuery(authorizeUrl).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);

    input.replace(QStringLiteral("STATE"), state);
    input.replace(QStringLiteral("ISSUER"), provider()->issuerIdentifier());
    QUrl url;
    if (input.startsWith(u'?')) {
        // What LoopbackReceiver reports: its own redirect URI with the request's query.
        url = kRedirect;
        url.setQuery(input.mid(1), QUrl::TolerantMode);
    } else {
        url = QUrl(input);
    }

    const int before = QtSignInFuzz::network()->requests;
    const bool redirect = flow.isRedirect(url);
    const bool accepted = flow.handleRedirect(url);
    const bool ours =
        QUrlQuery(url).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) == state;
    if (accepted && (!redirect || !ours))
        qFatal("accepted a response that is not this attempt's");
    if (flow.handleRedirect(url) || (accepted && flow.handleRedirect(kRedirect)))
        qFatal("accepted a second response");
    if (accepted)
        QtSignInFuzz::pumpUntil([&] { return flow.isFinished(); });
    if (!ours && QtSignInFuzz::network()->requests != before)
        qFatal("sent something for a response with the wrong state");
    if (!flow.isFinished())
        flow.cancel();
    QtSignInFuzz::pumpUntil([&] { return flow.isFinished(); });
    return 0;
}
