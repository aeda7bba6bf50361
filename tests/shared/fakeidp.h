// SPDX-License-Identifier: BSD-3-Clause
#pragma once

// An OpenID Provider made of a FakeServer and keys generated in the test: discovery, JWKS and
// a token endpoint that mints ID tokens signed by TestJwt. For what the real OP will not do:
// wrong issuers, rotated keys, bad claims, odd token responses.

#include "fakeserver.h"
#include "testjwt.h"

#include <QtCore/QJsonArray>

namespace QtSignInTest {

class FakeIdp
{
public:
    FakeIdp()
    {
        server.listen();
        issuer = server.url().toString(QUrl::FullyEncoded);
        if (issuer.endsWith(u'/'))
            issuer.chop(1);
        keys = {signingKey().publicJwk(kid, QStringLiteral("RS256"))};
        server.on("/.well-known/openid-configuration",
                  [this](const FakeRequest &) { return FakeResponse::json(200, discovery()); });
        server.on("/jwks", [this](const FakeRequest &) {
            return FakeResponse::json(200, TestJwt::keySet(keys));
        });
        server.on("/token", [this](const FakeRequest &request) { return tokenResponse(request); });
        server.on("/userinfo", [this](const FakeRequest &) {
            return FakeResponse::json(
                200,
                QJsonObject{{QStringLiteral("sub"), subject},
                            {QStringLiteral("name"), QStringLiteral("Test User")}});
        });
        server.on("/revoke", [](const FakeRequest &) { return FakeResponse::text(200, {}); });
    }

    static const TestJwt::Key &signingKey()
    {
        return TestJwt::Key::cached(TestJwt::KeyType::Rsa2048);
    }

    QUrl url(const QString &path = QString()) const { return QUrl(issuer + path); }

    /*! The discovery document; tests edit `overrides` to change members. */
    QJsonObject discovery() const
    {
        QJsonObject doc{
            {QStringLiteral("issuer"), discoveredIssuer.isEmpty() ? issuer : discoveredIssuer},
            {QStringLiteral("authorization_endpoint"),
             QString(issuer + QStringLiteral("/authorize"))},
            {QStringLiteral("token_endpoint"), QString(issuer + QStringLiteral("/token"))},
            {QStringLiteral("userinfo_endpoint"), QString(issuer + QStringLiteral("/userinfo"))},
            {QStringLiteral("revocation_endpoint"), QString(issuer + QStringLiteral("/revoke"))},
            {QStringLiteral("jwks_uri"), QString(issuer + QStringLiteral("/jwks"))},
            {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
            {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
            {QStringLiteral("id_token_signing_alg_values_supported"),
             QJsonArray{QStringLiteral("RS256")}},
        };
        for (auto it = overrides.begin(); it != overrides.end(); ++it) {
            if (it.value().isNull())
                doc.remove(it.key());
            else
                doc.insert(it.key(), it.value());
        }
        return doc;
    }

    /*! Valid ID-token claims for the current request; tests edit `claimOverrides`. */
    QJsonObject idTokenClaims(const QString &accessToken) const
    {
        QJsonObject claims = TestJwt::idTokenClaims(tokenIssuer.isEmpty() ? issuer : tokenIssuer,
                                                    clientId, QDateTime::currentDateTimeUtc());
        claims.insert(u"sub", subject);
        if (!nonce.isEmpty())
            claims.insert(u"nonce", nonce);
        claims.insert(u"at_hash",
                      QString::fromLatin1(TestJwt::tokenHash(QStringLiteral("RS256"), QString(),
                                                             accessToken.toUtf8())));
        for (auto it = claimOverrides.begin(); it != claimOverrides.end(); ++it) {
            if (it.value().isNull())
                claims.remove(it.key());
            else
                claims.insert(it.key(), it.value());
        }
        return claims;
    }

    FakeResponse tokenResponse(const FakeRequest &)
    {
        ++tokenCounter;
        const QString access = QStringLiteral("access-%1").arg(tokenCounter);
        QJsonObject body{
            {QStringLiteral("access_token"), access},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_in"), 3600},
            {QStringLiteral("refresh_token"), QStringLiteral("refresh-%1").arg(tokenCounter)},
            {QStringLiteral("scope"), QStringLiteral("openid email profile")}};
        if (issueIdToken) {
            const TestJwt::Key &key = idTokenKey ? *idTokenKey : signingKey();
            body.insert(u"id_token",
                        QString::fromLatin1(
                            TestJwt::sign(key,
                                          TestJwt::header(QStringLiteral("RS256"),
                                                          idTokenKid.isEmpty() ? kid : idTokenKid),
                                          idTokenClaims(access))));
        }
        return FakeResponse::json(200, body);
    }

    FakeServer server;
    QString issuer;           // what the server is (http://127.0.0.1:port)
    QString discoveredIssuer; // when set, the `issuer` member of the discovery document
    QString tokenIssuer;      // when set, the ID token's iss
    QString clientId = QStringLiteral("test-client");
    QString subject = QStringLiteral("user-1");
    QString nonce; // the nonce to put in ID tokens
    QString kid = QStringLiteral("key-1");
    QString idTokenKid;                       // when set, the kid in the ID token header
    const TestJwt::Key *idTokenKey = nullptr; // when set, signs ID tokens instead
    bool issueIdToken = true;
    QList<QJsonObject> keys;    // the published JWKS
    QJsonObject overrides;      // discovery members to change (null removes)
    QJsonObject claimOverrides; // ID-token claims to change (null removes)
    int tokenCounter = 0;
};

} // namespace QtSignInTest
