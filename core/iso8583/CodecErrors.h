#pragma once

// Internal to core/iso8583: the errors the codec, frame and sub-field parsers share.

#include "util/Result.h"

#include <QString>

namespace posdesk::iso8583::detail {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

// Where a problem sits: field 0 is the MTI, 1 the bitmap, -1 the frame envelope.
QString where(int field, qsizetype offset);

Error truncated(int field, qsizetype offset, qsizetype need, qsizetype have);
Error badDigit(int field, qsizetype offset, int nibble);
// An odd-length numeric that fits neither the dialect's alignment and pad nor exactly one other reading.
Error ambiguousBcd(int field, qsizetype offset, const QString &oneReading, const QString &otherReading);
Error badAscii(int field, qsizetype offset, unsigned char byte);
Error tooLong(int field, qsizetype offset, qsizetype length, int maxLength, bool digits);
Error unknownField(int field, qsizetype offset);
Error secondaryBitmap(qsizetype offset);
Error trailingBytes(qsizetype offset, qsizetype count);

} // namespace posdesk::iso8583::detail
