// SPDX-License-Identifier: BSD-3-Clause
// JWK and JWK Set parsing (RFC 7517): the provider's jwks_uri document, turned into OpenSSL
// keys (RSA moduli, EC points that must lie on the curve, OKP raw keys).

#include "jose/jsonwebkey_p.h"

#include "fuzzsupport.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

using namespace QtSignIn::Jose;

static const QStringList kAlgorithms = {
    QStringLiteral("RS256"), QStringLiteral("PS512"), QStringLiteral("ES256"),
    QStringLiteral("ES384"), QStringLiteral("ES512"), QStringLiteral("EdDSA"),
    QStringLiteral("HS256"), QStringLiteral("none"),  QString()};

static void exercise(const JsonWebKey &key)
{
    if (key.isNull())
        return;
    if (!key.evpKey())
        qFatal("a non-null key without an OpenSSL key");
    (void)key.kid();
    (void)key.keyOps();
    for (const QString &alg : kAlgorithms) {
        if (key.isUsableFor(alg) && (alg.startsWith(u"HS") || alg == u"none" || alg.isEmpty()))
            qFatal("a JWK usable for a refused algorithm");
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(QtSignInFuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject object = document.object();

    QString error;
    const JsonWebKeySet set = JsonWebKeySet::fromJson(object, &error);
    for (const JsonWebKey &key : set.keys())
        exercise(key);
    const QString kid = object.value(u"kid").toString();
    for (const QString &alg : kAlgorithms) {
        for (const JsonWebKey &key : set.candidates(kid, alg)) {
            if (!key.isUsableFor(alg))
                qFatal("a candidate that is not usable");
        }
    }

    // The same object as a single JWK, and each array member on its own.
    exercise(JsonWebKey::fromJson(object, &error));
    const QJsonArray keys = object.value(u"keys").toArray();
    for (qsizetype i = 0; i < keys.size() && i < 8; ++i)
        exercise(JsonWebKey::fromJson(keys.at(i).toObject(), &error));

    // Copies share the OpenSSL key: copying and dropping must not double-free.
    {
        JsonWebKeySet copy = set;
        const JsonWebKeySet moved = std::move(copy);
        (void)moved.size();
    }
    return 0;
}
