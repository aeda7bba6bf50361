// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/userinfo.h>

#include <QtCore/QJsonValue>

namespace QtSignIn {

namespace {
QString stringClaim(const QJsonObject &claims, QLatin1String key)
{
    const QJsonValue value = claims.value(key);
    return value.isString() ? value.toString() : QString();
}

// The picture ends up in image views (QML Image, QLabel via a download): only web URLs, so a
// provider cannot point the application at local files or other schemes.
QUrl webUrlOrEmpty(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (url.isValid() && !url.host().isEmpty() &&
        (scheme == QLatin1String("https") || scheme == QLatin1String("http")))
        return url;
    return QUrl();
}
} // namespace

class UserInfoPrivate : public QSharedData
{
public:
    QString subject;
    QString name;
    QString email;
    bool emailVerified = false;
    QString preferredUsername;
    QUrl pictureUrl;
    QJsonObject claims;
};

UserInfo::UserInfo()
    : d(new UserInfoPrivate)
{
}
UserInfo::UserInfo(const UserInfo &other) = default;
UserInfo::UserInfo(UserInfo &&other) noexcept = default;
UserInfo &UserInfo::operator=(const UserInfo &other) = default;
UserInfo &UserInfo::operator=(UserInfo &&other) noexcept = default;
UserInfo::~UserInfo() = default;

bool UserInfo::isNull() const
{
    return d->subject.isEmpty();
}

QString UserInfo::subject() const
{
    return d->subject;
}

void UserInfo::setSubject(const QString &subject)
{
    d->subject = subject;
}

QString UserInfo::name() const
{
    return d->name;
}

void UserInfo::setName(const QString &name)
{
    d->name = name;
}

QString UserInfo::email() const
{
    return d->email;
}

void UserInfo::setEmail(const QString &email)
{
    d->email = email;
}

bool UserInfo::isEmailVerified() const
{
    return d->emailVerified;
}

void UserInfo::setEmailVerified(bool verified)
{
    d->emailVerified = verified;
}

QString UserInfo::preferredUsername() const
{
    return d->preferredUsername;
}

void UserInfo::setPreferredUsername(const QString &username)
{
    d->preferredUsername = username;
}

QUrl UserInfo::pictureUrl() const
{
    return d->pictureUrl;
}

void UserInfo::setPictureUrl(const QUrl &url)
{
    // Filtered here too, not only in fromClaims(), because providers map their own profile
    // members (GitHub's avatar_url) through this setter.
    d->pictureUrl = webUrlOrEmpty(url);
}

QJsonObject UserInfo::claims() const
{
    return d->claims;
}

void UserInfo::setClaims(const QJsonObject &claims)
{
    d->claims = claims;
}

QString UserInfo::displayName() const
{
    // A name of only spaces would show as a blank label: skip to the next candidate.
    for (const QString *candidate : {&d->name, &d->preferredUsername, &d->email}) {
        if (!candidate->trimmed().isEmpty())
            return *candidate;
    }
    return d->subject;
}

UserInfo UserInfo::fromClaims(const QJsonObject &claims)
{
    UserInfo info;
    // OIDC Core §5.1: sub is a string. Providers whose ids are numbers (GitHub) convert them
    // in their own userInfoFromJson().
    info.d->subject = stringClaim(claims, QLatin1String("sub"));
    info.d->name = stringClaim(claims, QLatin1String("name"));
    info.d->email = stringClaim(claims, QLatin1String("email"));
    info.d->preferredUsername = stringClaim(claims, QLatin1String("preferred_username"));

    // OIDC Core §5.1 makes email_verified a boolean; some providers (Amazon Cognito among
    // them) send the string "true". Anything else is "not verified", the safe reading.
    const QJsonValue verified = claims.value(QLatin1String("email_verified"));
    info.d->emailVerified = verified.isBool()
        ? verified.toBool()
        : (verified.isString() &&
           verified.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);

    const QString picture = stringClaim(claims, QLatin1String("picture"));
    if (!picture.isEmpty())
        info.d->pictureUrl = webUrlOrEmpty(QUrl(picture, QUrl::StrictMode));
    info.d->claims = claims;
    return info;
}

bool operator==(const UserInfo &a, const UserInfo &b)
{
    if (a.d == b.d)
        return true;
    return a.d->subject == b.d->subject && a.d->name == b.d->name && a.d->email == b.d->email &&
        a.d->emailVerified == b.d->emailVerified &&
        a.d->preferredUsername == b.d->preferredUsername && a.d->pictureUrl == b.d->pictureUrl &&
        a.d->claims == b.d->claims;
}

} // namespace QtSignIn
