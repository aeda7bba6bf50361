// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/storedaccount.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QDebug>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonValue>
#include <QtCore/QUrl>

#include <cmath>
#include <optional>

namespace QtSignIn {

namespace {
// The serialised format's version. Bump it only for a change old readers must refuse; members
// added later are optional and ignored by older readers.
constexpr int FormatVersion = 1;

namespace Key {
constexpr QLatin1String Version("v");
constexpr QLatin1String Issuer("issuer");
constexpr QLatin1String ClientId("client_id");
constexpr QLatin1String Subject("subject");
constexpr QLatin1String Name("name");
constexpr QLatin1String Email("email");
constexpr QLatin1String EmailVerified("email_verified");
constexpr QLatin1String PreferredUsername("preferred_username");
constexpr QLatin1String Picture("picture");
constexpr QLatin1String Provider("provider");
constexpr QLatin1String Scopes("scopes");
constexpr QLatin1String AccessToken("access_token");
constexpr QLatin1String ExpiresAt("expires_at");
constexpr QLatin1String IssuedAt("issued_at");
constexpr QLatin1String RefreshToken("refresh_token");
constexpr QLatin1String IdTokenClaims("id_token_claims");
constexpr QLatin1String UpdatedAt("updated_at");
} // namespace Key

// Expiry and issue times are kept to the second: that is the resolution of expires_in
// (RFC 6749 §5.1) and of JWT dates (RFC 7519 §2), and it makes a save/load round trip exact.
QDateTime toSeconds(const QDateTime &time)
{
    if (!time.isValid())
        return QDateTime();
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

QDateTime toMilliseconds(const QDateTime &time)
{
    if (!time.isValid())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), Qt::UTC);
}

QJsonValue dateToJson(const QDateTime &time, bool withMs)
{
    if (!time.isValid())
        return QJsonValue();
    return time.toUTC().toString(withMs ? Qt::ISODateWithMs : Qt::ISODate);
}

// Reading is deliberately strict on types: an entry that does not parse is reported as
// corrupt rather than half-restored. A member that is absent (or JSON null) is simply unset.
class Reader
{
public:
    explicit Reader(const QJsonObject &json)
        : m_json(json)
    {
    }
    bool ok() const { return m_ok; }

    QString string(QLatin1String key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return QString();
        if (!value.isString())
            m_ok = false;
        return value.toString();
    }

    bool boolean(QLatin1String key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool())
            m_ok = false;
        return value.toBool();
    }

    QStringList strings(QLatin1String key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return QStringList();
        if (!value.isArray()) {
            m_ok = false;
            return QStringList();
        }
        QStringList result;
        for (const QJsonValue item : value.toArray()) {
            if (!item.isString()) {
                m_ok = false;
                return QStringList();
            }
            result.append(item.toString());
        }
        return result;
    }

    QJsonObject object(QLatin1String key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return QJsonObject();
        if (!value.isObject())
            m_ok = false;
        return value.toObject();
    }

    // ISO 8601 (what toJson() writes) or seconds since the epoch (what other tools write, and
    // what JWT dates look like).
    QDateTime date(QLatin1String key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return QDateTime();
        if (value.isString()) {
            const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            if (time.isValid())
                return time.toUTC();
        } else if (value.isDouble()) {
            const double seconds = value.toDouble();
            // Within ±10000 years: beyond that QDateTime arithmetic is not meaningful.
            constexpr double Limit = 315537897600.0;
            if (std::isfinite(seconds) && std::fabs(seconds) < Limit &&
                seconds == std::floor(seconds))
                return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
        }
        m_ok = false;
        return QDateTime();
    }

private:
    const QJsonObject &m_json;
    bool m_ok = true;
};
} // namespace

class StoredAccountPrivate : public QSharedData
{
public:
    QString issuer;
    QString clientId;
    QString subject;
    QString name;
    QString email;
    bool emailVerified = false;
    QString preferredUsername;
    QUrl picture;
    QString providerName;
    QStringList scopes;
    QString accessToken;
    QDateTime expiresAt;
    QDateTime issuedAt;
    QString refreshToken;
    QJsonObject idTokenClaims;
    QDateTime updatedAt;
};

StoredAccount::StoredAccount()
    : d(new StoredAccountPrivate)
{
}
StoredAccount::StoredAccount(const StoredAccount &other) = default;
StoredAccount::StoredAccount(StoredAccount &&other) noexcept = default;
StoredAccount &StoredAccount::operator=(const StoredAccount &other) = default;
StoredAccount &StoredAccount::operator=(StoredAccount &&other) noexcept = default;
StoredAccount::~StoredAccount() = default;

bool StoredAccount::isNull() const
{
    return d->subject.isEmpty();
}

QString StoredAccount::id() const
{
    return makeId(d->issuer, d->clientId, d->subject);
}

QString StoredAccount::makeId(const QString &issuer, const QString &clientId,
                              const QString &subject)
{
    // OIDC Core §2: a subject is unique only within its issuer, and the same person has a
    // different grant (and refresh token) per client, so all three make the key. A newline
    // cannot occur in an issuer URL or a client id, so the concatenation is unambiguous. The
    // hash keeps keychain keys short, of a fixed alphabet, and free of personal data.
    const QByteArray material =
        issuer.toUtf8() + '\n' + clientId.toUtf8() + '\n' + subject.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(material, QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString StoredAccount::issuer() const
{
    return d->issuer;
}

QString StoredAccount::clientId() const
{
    return d->clientId;
}

QString StoredAccount::subject() const
{
    return d->subject;
}

void StoredAccount::setIdentity(const QString &issuer, const QString &clientId,
                                const UserInfo &user)
{
    d->issuer = issuer;
    d->clientId = clientId;
    d->subject = user.subject();
    d->name = user.name();
    d->email = user.email();
    d->emailVerified = user.isEmailVerified();
    d->preferredUsername = user.preferredUsername();
    d->picture = user.pictureUrl();
}

UserInfo StoredAccount::user() const
{
    UserInfo user;
    user.setSubject(d->subject);
    user.setName(d->name);
    user.setEmail(d->email);
    user.setEmailVerified(d->emailVerified);
    user.setPreferredUsername(d->preferredUsername);
    user.setPictureUrl(d->picture);
    return user;
}

QString StoredAccount::displayName() const
{
    return user().displayName();
}

QString StoredAccount::email() const
{
    return d->email;
}

QString StoredAccount::providerName() const
{
    return d->providerName;
}

void StoredAccount::setProviderName(const QString &name)
{
    d->providerName = name;
}

TokenSet StoredAccount::tokens() const
{
    TokenSet tokens;
    tokens.setAccessToken(d->accessToken);
    tokens.setRefreshToken(d->refreshToken);
    tokens.setScopes(d->scopes);
    tokens.setIdTokenClaims(d->idTokenClaims);
    tokens.setTokenType(QStringLiteral("Bearer"));
    if (d->expiresAt.isValid()) {
        // TokenSet knows a lifetime relative to when it was issued; rebuild both so that
        // expiresAt() comes out exactly as stored. Without a stored issue time (or with an
        // inconsistent one), the last write is the best lower bound we have.
        QDateTime issued = d->issuedAt;
        if (!issued.isValid() || issued > d->expiresAt)
            issued = d->updatedAt.isValid() && toSeconds(d->updatedAt) <= d->expiresAt
                ? toSeconds(d->updatedAt)
                : d->expiresAt;
        tokens.setIssuedAt(issued);
        tokens.setExpiresIn(issued.secsTo(d->expiresAt));
    } else if (d->issuedAt.isValid()) {
        tokens.setIssuedAt(d->issuedAt);
    }
    return tokens;
}

void StoredAccount::setTokens(const TokenSet &tokens)
{
    // The raw ID token is not kept: its claims were validated when it arrived, and a stored
    // JWT would be one more bearer credential to protect (some APIs accept ID tokens).
    d->accessToken = tokens.accessToken();
    d->refreshToken = tokens.refreshToken();
    d->scopes = tokens.scopes();
    d->idTokenClaims = tokens.idTokenClaims();
    d->issuedAt = toSeconds(tokens.issuedAt());
    d->expiresAt = toSeconds(tokens.expiresAt());
}

bool StoredAccount::hasRefreshToken() const
{
    return !d->refreshToken.isEmpty();
}

QDateTime StoredAccount::updatedAt() const
{
    return d->updatedAt;
}

void StoredAccount::setUpdatedAt(const QDateTime &time)
{
    // Milliseconds (unlike token times) so that two writes in one second still sort in order.
    d->updatedAt = toMilliseconds(time);
}

QJsonObject StoredAccount::toJson() const
{
    QJsonObject json = toPublicJson();
    if (!d->accessToken.isEmpty())
        json.insert(Key::AccessToken, d->accessToken);
    if (!d->refreshToken.isEmpty())
        json.insert(Key::RefreshToken, d->refreshToken);
    if (!d->idTokenClaims.isEmpty())
        json.insert(Key::IdTokenClaims, d->idTokenClaims);
    return json;
}

QJsonObject StoredAccount::toPublicJson() const
{
    QJsonObject json;
    json.insert(Key::Version, FormatVersion);
    json.insert(Key::Issuer, d->issuer);
    json.insert(Key::ClientId, d->clientId);
    json.insert(Key::Subject, d->subject);
    const auto insertString = [&json](QLatin1String key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    insertString(Key::Name, d->name);
    insertString(Key::Email, d->email);
    if (d->emailVerified)
        json.insert(Key::EmailVerified, true);
    insertString(Key::PreferredUsername, d->preferredUsername);
    if (!d->picture.isEmpty())
        json.insert(Key::Picture, d->picture.toString(QUrl::FullyEncoded));
    insertString(Key::Provider, d->providerName);
    if (!d->scopes.isEmpty())
        json.insert(Key::Scopes, QJsonArray::fromStringList(d->scopes));
    if (d->expiresAt.isValid())
        json.insert(Key::ExpiresAt, dateToJson(d->expiresAt, false));
    if (d->issuedAt.isValid())
        json.insert(Key::IssuedAt, dateToJson(d->issuedAt, false));
    if (d->updatedAt.isValid())
        json.insert(Key::UpdatedAt, dateToJson(d->updatedAt, true));
    return json;
}

StoredAccount StoredAccount::fromJson(const QJsonObject &json)
{
    // An unknown version was written by a newer QtSignIn whose format we cannot vouch for.
    const QJsonValue version = json.value(Key::Version);
    if (!version.isDouble() || version.toDouble() != FormatVersion)
        return StoredAccount();

    // issuer, client_id and subject make the id: they must be present and strings.
    for (QLatin1String key : {Key::Issuer, Key::ClientId, Key::Subject}) {
        if (!json.value(key).isString())
            return StoredAccount();
    }

    Reader reader(json);
    StoredAccount account;
    StoredAccountPrivate *p = account.d.data();
    p->issuer = reader.string(Key::Issuer);
    p->clientId = reader.string(Key::ClientId);
    p->subject = reader.string(Key::Subject);
    p->name = reader.string(Key::Name);
    p->email = reader.string(Key::Email);
    p->emailVerified = reader.boolean(Key::EmailVerified);
    p->preferredUsername = reader.string(Key::PreferredUsername);
    const QString picture = reader.string(Key::Picture);
    p->providerName = reader.string(Key::Provider);
    p->scopes = reader.strings(Key::Scopes);
    p->accessToken = reader.string(Key::AccessToken);
    p->expiresAt = toSeconds(reader.date(Key::ExpiresAt));
    p->issuedAt = toSeconds(reader.date(Key::IssuedAt));
    p->refreshToken = reader.string(Key::RefreshToken);
    p->idTokenClaims = reader.object(Key::IdTokenClaims);
    p->updatedAt = toMilliseconds(reader.date(Key::UpdatedAt));
    if (!reader.ok() || p->subject.isEmpty())
        return StoredAccount();
    if (!picture.isEmpty()) {
        // Same rule as UserInfo: only web URLs reach image views.
        UserInfo filter;
        filter.setPictureUrl(QUrl(picture, QUrl::StrictMode));
        p->picture = filter.pictureUrl();
    }
    return account;
}

bool operator==(const StoredAccount &a, const StoredAccount &b)
{
    if (a.d == b.d)
        return true;
    const StoredAccountPrivate &x = *a.d;
    const StoredAccountPrivate &y = *b.d;
    return x.issuer == y.issuer && x.clientId == y.clientId && x.subject == y.subject &&
        x.name == y.name && x.email == y.email && x.emailVerified == y.emailVerified &&
        x.preferredUsername == y.preferredUsername && x.picture == y.picture &&
        x.providerName == y.providerName && x.scopes == y.scopes &&
        x.accessToken == y.accessToken && x.expiresAt == y.expiresAt && x.issuedAt == y.issuedAt &&
        x.refreshToken == y.refreshToken && x.idTokenClaims == y.idTokenClaims &&
        x.updatedAt == y.updatedAt;
}

QDebug operator<<(QDebug debug, const StoredAccount &account)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote();
    if (account.isNull()) {
        debug << "QtSignIn::StoredAccount(null)";
        return debug;
    }
    // Only what identifies the entry: tokens, claims and e-mail stay out of logs. Issuer and
    // name are quoted so QDebug escapes anything unprintable a server may have sent.
    debug << "QtSignIn::StoredAccount(id=" << account.id() << ", issuer=";
    debug.quote() << account.issuer();
    debug.noquote() << ", name=";
    debug.quote() << account.displayName();
    debug.noquote() << ')';
    return debug;
}

} // namespace QtSignIn
