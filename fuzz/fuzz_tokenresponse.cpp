// SPDX-License-Identifier: BSD-3-Clause
// Token endpoint responses (RFC 6749 §5.1/§5.2, OIDC Core §3.1.3.3): the input is the body the
// token endpoint answers to a code exchange, a refresh and a device-code poll, first with
// HTTP 200 and then with 400. It goes through HttpExchange, the JSON and OAuth error handling,
// TokenSet::fromJson, the token_type and scope rules, and ID-token validation against the
// provider's real key set (an id_token the fuzzer writes meets real keys and kid lookups).

#include <QtSignIn/autherror.h>
#include <QtSignIn/deviceauthorization.h>
#include <QtSignIn/genericoidcprovider.h>
#include <QtSignIn/githubprovider.h>
#include <QtSignIn/tokenreply.h>
#include <QtSignIn/tokenset.h>

#include "fuzzsupport.h"
#include "testjwt.h"

#include <QtCore/QJsonDocument>

using namespace QtSignIn;
using QtSignInFuzz::Answer;

namespace {

const QString kIssuer = QStringLiteral("https://op.example");

using QtSignInFuzz::network;

QByteArray jwks()
{
    static const QByteArray document = TestJwt::compactJson(TestJwt::keySet(
        {TestJwt::Key::cached(TestJwt::KeyType::P256).publicJwk(QStringLiteral("k1"))}));
    return document;
}

// A previous token set whose ID token was validated: what a refresh starts from.
TokenSet previousTokens()
{
    TokenSet tokens;
    tokens.setAccessToken(QStringLiteral("old-access"));
    tokens.setRefreshToken(QStringLiteral("old-refresh"));
    tokens.setIdToken(QStringLiteral("old.id.token"));
    tokens.setIdTokenClaims(QJsonObject{{QStringLiteral("iss"), kIssuer},
                                        {QStringLiteral("sub"), QStringLiteral("alice")},
                                        {QStringLiteral("aud"), QStringLiteral("client")}});
    tokens.setScopes({QStringLiteral("openid"), QStringLiteral("profile")});
    return tokens;
}

void checkTokens(TokenReply *reply)
{
    QtSignInFuzz::finishReply(reply);
}

void run(OAuthProvider &provider)
{
    provider.setNetworkAccessManager(network());
    provider.setClientId(QStringLiteral("client"));
    const QUrl redirect(QStringLiteral("http://127.0.0.1:1234/callback"));
    const PkceChallenge pkce = PkceChallenge::generate();
    checkTokens(provider.exchangeCode(QStringLiteral("code"), redirect, pkce.verifier(),
                                      QStringLiteral("nonce")));
    checkTokens(provider.refreshTokens(QStringLiteral("old-refresh"), previousTokens()));
    DeviceAuthorization device = DeviceAuthorization::fromJson(
        QJsonObject{{QStringLiteral("device_code"), QStringLiteral("dc")},
                    {QStringLiteral("user_code"), QStringLiteral("UC")},
                    {QStringLiteral("verification_uri"), QStringLiteral("https://op.example/d")},
                    {QStringLiteral("expires_in"), 600}});
    if (!device.isNull())
        checkTokens(provider.pollDeviceToken(device));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QtSignInFuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QtSignInFuzz::bytes(data, size);

    // The parsers on their own, as an application may call them.
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const TokenSet direct = TokenSet::fromJson(object, QDateTime::currentDateTimeUtc());
    (void)direct.isExpired();
    (void)direct.expiresAt();
    (void)direct.authorizationHeader();
    (void)TokenSet::parseScopes(object.value(u"scope").toString());
    const AuthError error = AuthError::fromOAuthResponse(object, 400);
    (void)error.message();

    for (const int status : {200, 400}) {
        network()->handler = [&](const QNetworkRequest &request, const QByteArray &,
                                 const QByteArray &) {
            if (request.url().path() == u"/jwks")
                return Answer{200, jwks()};
            return Answer{status, body};
        };
        GenericOidcProvider oidc(QUrl{kIssuer});
        oidc.setAuthorizeUrl(QUrl(kIssuer + u"/auth"));
        oidc.setTokenUrl(QUrl(kIssuer + u"/token"));
        oidc.setJwksUrl(QUrl(kIssuer + u"/jwks"));
        oidc.setDeviceAuthorizationUrl(QUrl(kIssuer + u"/device"));
        run(oidc);
        GenericOidcProvider::clearMetadataCache();
        GitHubProvider github; // errors with HTTP 200, comma-separated scopes
        run(github);
    }
    return 0;
}
