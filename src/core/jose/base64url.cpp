// SPDX-License-Identifier: BSD-3-Clause
#include "base64url_p.h"

#include <array>

namespace QtSignIn::Jose {

namespace {

constexpr qint8 Invalid = -1;

constexpr std::array<qint8, 256> makeDecodeTable()
{
    std::array<qint8, 256> table{};
    for (auto &entry : table)
        entry = Invalid;
    constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(alphabet[i])] = static_cast<qint8>(i);
    return table;
}

constexpr std::array<qint8, 256> DecodeTable = makeDecodeTable();

} // namespace

QByteArray base64UrlEncode(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> base64UrlDecode(QByteArrayView encoded)
{
    // RFC 7515 §2 defines base64url "with all trailing '=' characters omitted" and "without
    // the inclusion of any line breaks, whitespace, or other additional characters". We are
    // stricter than QByteArray::fromBase64Encoding (which tolerates padding): a token has one
    // spelling only, so a tampered variant cannot pass as the same bytes.
    const qsizetype length = encoded.size();
    const qsizetype remainder = length % 4;
    if (remainder == 1)
        return std::nullopt; // 6 bits cannot encode a whole octet (RFC 4648 §4)

    QByteArray out;
    out.resize(length / 4 * 3 + (remainder ? remainder - 1 : 0));
    char *dst = out.data();
    const auto *src = reinterpret_cast<const unsigned char *>(encoded.data());

    quint32 accumulator = 0;
    int bits = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const qint8 value = DecodeTable[src[i]];
        if (value == Invalid)
            return std::nullopt;
        accumulator = (accumulator << 6) | quint32(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *dst++ = char((accumulator >> bits) & 0xff);
        }
    }
    // Leftover bits of the last character must be zero (RFC 4648 §3.5 canonical encoding).
    if (bits > 0 && (accumulator & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    Q_ASSERT(dst == out.data() + out.size());
    return out;
}

} // namespace QtSignIn::Jose
