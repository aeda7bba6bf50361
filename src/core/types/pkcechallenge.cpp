// SPDX-License-Identifier: BSD-3-Clause
#include <QtSignIn/pkcechallenge.h>

#include <QtCore/QByteArray>
#include <QtCore/QCryptographicHash>
#include <QtCore/QRandomGenerator>

#include <array>

namespace QtSignIn {

namespace {
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// RFC 7636 §4.2: code_challenge = BASE64URL-ENCODE(SHA256(ASCII(code_verifier))).
QString s256(const QString &verifier)
{
    const QByteArray digest =
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(Base64Url));
}
} // namespace

PkceChallenge PkceChallenge::generate()
{
    // RFC 7636 §7.1 asks for at least 256 bits of entropy from a CSPRNG; 64 bytes (512 bits)
    // encode to 86 characters, well inside §4.1's 43–128. QRandomGenerator::system() is the
    // operating system's CSPRNG (getrandom(), BCryptGenRandom…).
    std::array<quint32, 16> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    words.fill(0);

    PkceChallenge pkce;
    pkce.m_verifier = QString::fromLatin1(bytes.toBase64(Base64Url));
    bytes.fill('\0');
    pkce.m_challenge = s256(pkce.m_verifier);
    return pkce;
}

PkceChallenge PkceChallenge::fromVerifier(const QString &verifier)
{
    PkceChallenge pkce;
    if (!isValidVerifier(verifier))
        return pkce;
    pkce.m_verifier = verifier;
    pkce.m_challenge = s256(verifier);
    return pkce;
}

bool PkceChallenge::isValidVerifier(const QString &verifier)
{
    // RFC 7636 §4.1: code-verifier = 43*128unreserved, unreserved = ALPHA / DIGIT / "-" / "." /
    // "_" / "~" (ASCII only: QChar::isLetterOrNumber would let other scripts through).
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const QChar c : verifier) {
        const char16_t u = c.unicode();
        const bool unreserved = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') ||
            (u >= u'0' && u <= u'9') || u == u'-' || u == u'.' || u == u'_' || u == u'~';
        if (!unreserved)
            return false;
    }
    return true;
}

QString PkceChallenge::method()
{
    return QStringLiteral("S256");
}

} // namespace QtSignIn
