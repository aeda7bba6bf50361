// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/tokenset.h>

#include <QtCore/QDebug>
#include <QtCore/QJsonValue>

#include <cmath>

namespace QtSignIn {

namespace {
// A lifetime beyond ten years is a server bug (or an attack on our date arithmetic); clamping
// keeps issuedAt + expiresIn far from qint64 overflow and still means "does not expire soon".
constexpr qint64 MaxLifetimeSeconds = qint64(10) * 36525 * 24 * 3600 / 100;

QString bearer()
{
    return QStringLiteral("Bearer");
}

// -1 for anything that is not a number: RFC 6749 §5.1 makes expires_in a number, but servers
// have been seen sending it as a string ("3600"), so numeric strings are accepted too.
qint64 coerceExpiresIn(const QJsonValue &value)
{
    double seconds = 0;
    if (value.isDouble()) {
        seconds = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        seconds = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return -1;
    } else {
        return -1;
    }
    if (!std::isfinite(seconds))
        return -1;
    if (seconds <= 0)
        return 0; // already expired: a negative lifetime cannot be honoured any other way
    if (seconds >= double(MaxLifetimeSeconds))
        return MaxLifetimeSeconds;
    return qint64(seconds);
}

QString stringMember(const QJsonObject &json, QLatin1String key)
{
    const QJsonValue value = json.value(key);
    return value.isString() ? value.toString() : QString();
}
} // namespace

class TokenSetPrivate : public QSharedData
{
public:
    QString accessToken;
    QString tokenType = bearer();
    QString refreshToken;
    qint64 expiresIn = -1;
    QString idToken;
    QStringList scopes;
    QDateTime issuedAt;
    QJsonObject raw;
    QJsonObject idTokenClaims;
};

TokenSet::TokenSet()
    : d(new TokenSetPrivate)
{
}
TokenSet::TokenSet(const TokenSet &other) = default;
TokenSet::TokenSet(TokenSet &&other) noexcept = default;
TokenSet &TokenSet::operator=(const TokenSet &other) = default;
TokenSet &TokenSet::operator=(TokenSet &&other) noexcept = default;
TokenSet::~TokenSet() = default;

bool TokenSet::isNull() const
{
    return d->accessToken.isEmpty();
}

QString TokenSet::accessToken() const
{
    return d->accessToken;
}

void TokenSet::setAccessToken(const QString &token)
{
    d->accessToken = token;
}

QString TokenSet::tokenType() const
{
    return d->tokenType;
}

void TokenSet::setTokenType(const QString &type)
{
    d->tokenType = type.isEmpty() ? bearer() : type;
}

QString TokenSet::refreshToken() const
{
    return d->refreshToken;
}

void TokenSet::setRefreshToken(const QString &token)
{
    d->refreshToken = token;
}

qint64 TokenSet::expiresIn() const
{
    return d->expiresIn;
}

void TokenSet::setExpiresIn(qint64 seconds)
{
    // Same bounds as fromJson(), but a negative value from code means "unknown" (-1), the
    // documented sentinel, rather than "already expired".
    d->expiresIn = seconds < 0 ? -1 : qMin(seconds, MaxLifetimeSeconds);
}

QString TokenSet::idToken() const
{
    return d->idToken;
}

void TokenSet::setIdToken(const QString &token)
{
    d->idToken = token;
}

QStringList TokenSet::scopes() const
{
    return d->scopes;
}

void TokenSet::setScopes(const QStringList &scopes)
{
    d->scopes = scopes;
}

QDateTime TokenSet::issuedAt() const
{
    return d->issuedAt;
}

void TokenSet::setIssuedAt(const QDateTime &time)
{
    d->issuedAt = time.isValid() ? time.toUTC() : QDateTime();
}

QJsonObject TokenSet::raw() const
{
    return d->raw;
}

void TokenSet::setRaw(const QJsonObject &raw)
{
    d->raw = raw;
}

QJsonObject TokenSet::idTokenClaims() const
{
    return d->idTokenClaims;
}

void TokenSet::setIdTokenClaims(const QJsonObject &claims)
{
    d->idTokenClaims = claims;
}

QDateTime TokenSet::expiresAt() const
{
    if (d->expiresIn < 0 || !d->issuedAt.isValid())
        return QDateTime();
    return d->issuedAt.addSecs(d->expiresIn);
}

bool TokenSet::isExpired(qint64 leewaySeconds) const
{
    if (isNull())
        return true;
    const QDateTime expiry = expiresAt();
    // Unknown lifetime: only the server can tell; callers find out from a 401 and refresh then.
    if (!expiry.isValid())
        return false;
    return QDateTime::currentDateTimeUtc().addSecs(leewaySeconds) >= expiry;
}

QByteArray TokenSet::authorizationHeader() const
{
    if (isNull())
        return QByteArray();
    // RFC 6750 §2.1: the scheme is case-insensitive, but some APIs only accept the canonical
    // spelling, and several servers (and RFC 6749 §7.1's example) send "bearer".
    QString type = d->tokenType;
    if (type.compare(bearer(), Qt::CaseInsensitive) == 0)
        type = bearer();
    // The token comes from the server: a CR/LF or space in it would let it forge extra header
    // fields or parameters. RFC 6749 §A.12 limits access tokens to VSCHAR and RFC 6750 §2.1's
    // b64token is narrower still, so anything outside visible ASCII is refused outright.
    const auto isVisibleAscii = [](const QString &s) {
        for (const QChar c : s) {
            if (c.unicode() < 0x21 || c.unicode() > 0x7E)
                return false;
        }
        return true;
    };
    if (!isVisibleAscii(type) || !isVisibleAscii(d->accessToken))
        return QByteArray();
    return type.toLatin1() + ' ' + d->accessToken.toLatin1();
}

TokenSet TokenSet::fromJson(const QJsonObject &json, const QDateTime &issuedAt)
{
    TokenSet tokens;
    const QString accessToken = stringMember(json, QLatin1String("access_token"));
    if (accessToken.isEmpty())
        return tokens;

    tokens.d->accessToken = accessToken;
    // Keep the server's casing (it is part of the raw response); authorizationHeader()
    // normalises "bearer" when it builds the header.
    const QString tokenType = stringMember(json, QLatin1String("token_type"));
    if (!tokenType.isEmpty())
        tokens.d->tokenType = tokenType;
    tokens.d->expiresIn = coerceExpiresIn(json.value(QLatin1String("expires_in")));
    // RFC 6749 §5.1: a missing scope means "as requested"; we do not know what that was, so the
    // list stays empty rather than guessing.
    tokens.d->scopes = parseScopes(stringMember(json, QLatin1String("scope")));
    tokens.d->refreshToken = stringMember(json, QLatin1String("refresh_token"));
    tokens.d->idToken = stringMember(json, QLatin1String("id_token"));
    tokens.d->raw = json;
    tokens.d->issuedAt = issuedAt.isValid() ? issuedAt.toUTC() : QDateTime::currentDateTimeUtc();
    return tokens;
}

QStringList TokenSet::parseScopes(const QString &scope)
{
    // RFC 6749 §3.3 separates scope tokens with spaces; GitHub separates them with commas.
    // A scope-token can contain neither, so splitting on both is lossless.
    QStringList result;
    qsizetype start = -1;
    const auto flush = [&](qsizetype end) {
        if (start < 0)
            return;
        const QString token = scope.mid(start, end - start);
        if (!result.contains(token))
            result.append(token);
        start = -1;
    };
    for (qsizetype i = 0; i < scope.size(); ++i) {
        const QChar c = scope.at(i);
        if (c == QLatin1Char(',') || c.isSpace())
            flush(i);
        else if (start < 0)
            start = i;
    }
    flush(scope.size());
    return result;
}

bool operator==(const TokenSet &a, const TokenSet &b)
{
    if (a.d == b.d)
        return true;
    return a.d->accessToken == b.d->accessToken && a.d->tokenType == b.d->tokenType &&
        a.d->refreshToken == b.d->refreshToken && a.d->expiresIn == b.d->expiresIn &&
        a.d->idToken == b.d->idToken && a.d->scopes == b.d->scopes &&
        a.d->issuedAt == b.d->issuedAt && a.d->raw == b.d->raw &&
        a.d->idTokenClaims == b.d->idTokenClaims;
}

QDebug operator<<(QDebug debug, const TokenSet &tokens)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote();
    if (tokens.isNull()) {
        debug << "QtSignIn::TokenSet(null)";
        return debug;
    }
    // Presence flags only: the tokens, and raw() which repeats them, never reach a log.
    const auto yesNo = [](bool b) {
        return b ? "yes" : "no";
    };
    // Type and scopes are server text: quoted, so QDebug escapes anything unprintable.
    debug << "QtSignIn::TokenSet(type=";
    debug.quote() << tokens.tokenType();
    debug.noquote() << ", access=yes"
                    << ", refresh=" << yesNo(tokens.hasRefreshToken())
                    << ", id=" << yesNo(!tokens.idToken().isEmpty()) << ", scopes=";
    debug.quote() << tokens.scopes().join(QLatin1Char(' '));
    debug.noquote() << ", expiresAt=";
    const QDateTime expiry = tokens.expiresAt();
    if (expiry.isValid())
        debug << expiry.toString(Qt::ISODate);
    else
        debug << "unknown";
    debug << ')';
    return debug;
}

} // namespace QtSignIn
