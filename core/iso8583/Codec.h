#pragma once

#include "iso8583/Dialect.h"
#include "iso8583/Message.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>

namespace posdesk::iso8583 {

// Where each part of a decoded body sits, for tools that show the raw bytes of a field.
struct BodyLayout
{
    struct Span
    {
        qsizetype offset = -1; // of the first byte, length prefix included
        qsizetype size = 0;    // length prefix + data
        qsizetype prefixSize = 0;
    };
    std::array<Span, Message::MaxField + 1> fields{}; // index = field number; 0 = MTI, 1 = bitmap
};

// MTI + primary bitmap + fields, in ascending field order. Refuses values that do not fit the
// dialect (Error::usage naming the field) instead of cutting or padding them.
Result<QByteArray> pack(const Message &message, const Dialect &dialect = Dialect::cup());

// Strict inverse of pack(): short input, trailing bytes, a bad BCD nibble or pad, a length over
// the maximum, a field the dialect lacks or a secondary bitmap each give Error::corrupt whose
// detail names the field and the byte offset (counted from baseOffset, e.g. Frame::EnvelopeSize
// when the body came out of a frame).
Result<Message> unpack(QByteArrayView body, const Dialect &dialect = Dialect::cup());
Result<Message> unpack(QByteArrayView body, const Dialect &dialect, BodyLayout *layout, qsizetype baseOffset = 0);

// The MAC input block (MAB): the packed body from the MTI through the field before 64, i.e.
// without the trailing 8 bytes of field 64. Refuses a body whose bitmap lacks field 64.
Result<QByteArrayView> macBlock(QByteArrayView body);
// Writes the 8 bytes of field 64 into a packed body that carries it (as a placeholder).
Status setMac(QByteArray &body, QByteArrayView mac);

} // namespace posdesk::iso8583
