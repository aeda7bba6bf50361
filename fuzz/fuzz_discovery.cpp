// SPDX-License-Identifier: BSD-3-Clause
// The OpenID Provider metadata document (OIDC Discovery §3/§4): the input is the body of
// `/.well-known/openid-configuration` (and of every other GET, so the jwks_uri it names is
// answered with the same bytes). It reaches the library through the real path: HttpExchange,
// the process-wide MetadataCache, the provider's checks (issuer, required members, transport
// rules for every endpoint), then what an application does next with the metadata.
// A first line starting with '#' is used as the response's Cache-Control header instead.

#include <QtSignIn/deviceauthorizationreply.h>
#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/microsoftprovider.h>
#include <QtSignIn/pkcechallenge.h>
#include <QtSignIn/tokenreply.h>

#include "fuzzsupport.h"

using namespace QtSignIn;
using QtSignInFuzz::Answer;

namespace {

using QtSignInFuzz::network;

void finish(OAuthReply *reply)
{
    QtSignInFuzz::finishReply(reply);
}

void exercise(GenericOidcProvider &provider)
{
    provider.setNetworkAccessManager(network());
    provider.setClientId(QStringLiteral("client"));
    OAuthReply *prepared = provider.prepare();
    finish(prepared);
    if (!provider.isReady())
        return;
    // What a sign-in does with the metadata: the authorize URL, the client authentication,
    // the agents and RFC 9207 rule, then requests to the discovered endpoints.
    const QUrl redirect(QStringLiteral("http://127.0.0.1:1234/callback"));
    const QUrl url =
        provider.buildAuthorizeUrl(redirect, QStringLiteral("state"), PkceChallenge::generate());
    if (!url.isEmpty() && url.scheme() != u"https")
        qFatal("an authorize URL that is not https: %s", qPrintable(url.scheme()));
    (void)provider.effectiveClientAuthMethod();
    (void)provider.allowedUserAgents();
    (void)provider.requiresIssuerInAuthorizationResponse();
    (void)provider.supportsRevocation();
    (void)provider.issuerIdentifier();
    finish(provider.exchangeCode(QStringLiteral("code"), redirect));
    if (provider.supportsDeviceFlow())
        finish(provider.requestDeviceAuthorization());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QtSignInFuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray body = QtSignInFuzz::bytes(data, size);
    QByteArray cacheControl = "max-age=3600";
    if (body.startsWith('#')) {
        const qsizetype end = body.indexOf('\n');
        cacheControl = body.mid(1, end < 0 ? -1 : end - 1);
        body = end < 0 ? QByteArray() : body.mid(end + 1);
    }
    network()->handler = [&](const QNetworkRequest &, const QByteArray &verb, const QByteArray &) {
        if (verb != "GET") // token and device requests: a plain refusal
            return Answer{400, QByteArrayLiteral("{\"error\":\"invalid_grant\"}")};
        Answer answer{200, body};
        answer.headers.append({"Cache-Control", cacheControl});
        return answer;
    };

    GenericOidcProvider::clearMetadataCache();
    {
        GenericOidcProvider generic(QUrl(QStringLiteral("https://op.example")));
        exercise(generic);
    }
    GenericOidcProvider::clearMetadataCache();
    {
        // Multi-tenant Microsoft: the discovered issuer is a {tenantid} template.
        MicrosoftProvider microsoft(QStringLiteral("common"));
        exercise(microsoft);
    }
    return 0;
}
