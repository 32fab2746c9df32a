#include "iso8583/Bcd.h"

#include "iso8583/CodecErrors.h"

#include <QByteArray>

namespace posdesk::iso8583::detail {

namespace {

constexpr BcdLayout kLayouts[] = {{Alignment::Left, FieldSpec::PadZero},
                                  {Alignment::Left, FieldSpec::PadF},
                                  {Alignment::Right, FieldSpec::PadZero},
                                  {Alignment::Right, FieldSpec::PadF}};

inline unsigned char nibbleOf(char c)
{
    return c == '=' ? 0x0d : static_cast<unsigned char>(c - '0');
}

inline int nibbleAt(const unsigned char *p, int i)
{
    return (i & 1) ? (p[i / 2] & 0x0f) : (p[i / 2] >> 4);
}

// Index of the nibble that holds the first digit.
inline int firstDigit(int digits, BcdLayout l)
{
    return (digits & 1) && l.alignment == Alignment::Right ? 1 : 0;
}

// The first nibble (in wire order) that does not fit layout l, or -1 when all do.
int firstMismatch(const unsigned char *p, int digits, bool track, BcdLayout l)
{
    const bool odd = digits & 1;
    const int nibbles = odd ? digits + 1 : digits;
    const int padAt = !odd ? -1 : (l.alignment == Alignment::Left ? digits : 0);
    for (int i = 0; i < nibbles; ++i) {
        const int n = nibbleAt(p, i);
        const bool fits = i == padAt ? n == l.pad : (n <= 9 || (track && n == 0x0d));
        if (!fits)
            return i;
    }
    return -1;
}

void decode(const unsigned char *p, int digits, BcdLayout l, char *out)
{
    const int first = firstDigit(digits, l);
    for (int i = 0; i < digits; ++i) {
        const int n = nibbleAt(p, first + i);
        *out++ = n == 0x0d ? '=' : char('0' + n);
    }
}

bool sameDigits(const unsigned char *p, int digits, BcdLayout a, BcdLayout b)
{
    const int fa = firstDigit(digits, a), fb = firstDigit(digits, b);
    for (int i = 0; i < digits; ++i) {
        if (nibbleAt(p, fa + i) != nibbleAt(p, fb + i))
            return false;
    }
    return true;
}

QByteArray decoded(const unsigned char *p, int digits, BcdLayout l)
{
    QByteArray s(digits, Qt::Uninitialized);
    decode(p, digits, l, s.data());
    return s;
}

} // namespace

char *writeBcd(char *out, QByteArrayView digits, BcdLayout layout)
{
    const qsizetype n = digits.size();
    qsizetype i = 0;
    if ((n & 1) && layout.alignment == Alignment::Right) {
        // "123" -> p1 23
        *out++ = static_cast<char>((layout.pad << 4) | nibbleOf(digits[0]));
        i = 1;
    }
    for (; i + 1 < n; i += 2)
        *out++ = static_cast<char>((nibbleOf(digits[i]) << 4) | nibbleOf(digits[i + 1]));
    if (i < n) // left-aligned odd length: "123" -> 12 3p
        *out++ = static_cast<char>((nibbleOf(digits[i]) << 4) | layout.pad);
    return out;
}

std::optional<Error> readBcd(const unsigned char *in, int digits, int field, Charset charset, BcdLayout declared,
                             qsizetype offset, char *out, BcdLayout *used)
{
    const bool track = charset == Charset::Track;
    const int bad = firstMismatch(in, digits, track, declared);
    if (bad < 0) {
        decode(in, digits, declared, out);
        if (used)
            *used = declared;
        return std::nullopt;
    }
    if ((digits & 1) && charset == Charset::Numeric) {
        // The pad nibble is not where or what the dialect says: accept the one other reading that fits.
        const BcdLayout *found = nullptr;
        for (const BcdLayout &alt : kLayouts) {
            if (alt == declared || firstMismatch(in, digits, false, alt) >= 0)
                continue;
            if (!found) {
                found = &alt;
            } else if (!sameDigits(in, digits, *found, alt)) {
                return ambiguousBcd(field, offset, QString::fromLatin1(decoded(in, digits, *found)),
                                    QString::fromLatin1(decoded(in, digits, alt)));
            }
        }
        if (found) {
            decode(in, digits, *found, out);
            if (used)
                *used = *found;
            return std::nullopt;
        }
    }
    return badDigit(field, offset + bad / 2, nibbleAt(in, bad));
}

} // namespace posdesk::iso8583::detail
