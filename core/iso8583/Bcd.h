#pragma once

// Internal to core/iso8583: BCD digits on the wire, with the alignment and pad of odd lengths.

#include "iso8583/FieldSpec.h"
#include "util/Result.h"

#include <QByteArrayView>

#include <optional>

namespace posdesk::iso8583::detail {

// Where the pad nibble of an odd-length value goes, and what it is.
struct BcdLayout
{
    Alignment alignment = Alignment::Left;
    quint8 pad = FieldSpec::PadZero;
    bool operator==(const BcdLayout &) const = default;
};

inline qsizetype bcdBytes(qsizetype digits)
{
    return (digits + 1) / 2;
}

// Writes digits (tracks: '=' as nibble D) and returns the end. The caller has checked the characters.
char *writeBcd(char *out, QByteArrayView digits, BcdLayout layout);

// Reads `digits` digits from the bcdBytes(digits) bytes at `in` into `out`; `offset` is where `in` sits, as
// errors report it. What the declared layout reads is taken when it fits. An odd-length Numeric value it does
// not fit is read in the other alignment or with the other pad (0 or F) when exactly one reading fits; `used`
// says which. Nothing fitting, or two readings with different digits, is Error::corrupt naming field and offset.
// Tracks and even lengths are read as declared only.
std::optional<Error> readBcd(const unsigned char *in, int digits, int field, Charset charset, BcdLayout declared,
                             qsizetype offset, char *out, BcdLayout *used);

} // namespace posdesk::iso8583::detail
