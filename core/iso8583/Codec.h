#pragma once

#include "iso8583/Dialect.h"
#include "iso8583/Message.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <QList>

#include <array>
#include <optional>

namespace posdesk::iso8583 {

// Where each part of a decoded body sits, for tools that show the raw bytes of a field.
struct BodyLayout
{
    struct Span
    {
        qsizetype offset = -1; // of the first byte, length prefix included
        qsizetype size = 0;    // length prefix + data
        qsizetype prefixSize = 0;
        // An odd-length numeric: how it was read. variant says it was not read as the dialect declares but in
        // the one other alignment or pad that fits (see unpack()); packing with these reproduces the bytes.
        Alignment alignment = Alignment::Left;
        quint8 pad = FieldSpec::PadZero;
        bool variant = false;
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
// One tolerance, because hosts differ: an odd-length numeric (n) whose pad nibble is not where or
// what the dialect says is read in the other alignment or with the other pad (0 or F) when exactly
// that one reading fits; layout->fields[f].variant then tells. Two readings with different digits
// are an error. Even lengths (field 4, the amount) and tracks are read as declared only.
Result<Message> unpack(QByteArrayView body, const Dialect &dialect = Dialect::cup());
Result<Message> unpack(QByteArrayView body, const Dialect &dialect, BodyLayout *layout, qsizetype baseOffset = 0);

// What unpackLenient() read: the fields that fit their type, and where and why the others did not.
struct LenientUnpack
{
    struct Broken
    {
        int field = 0;
        Error error; // as unpack() would have failed on it
    };

    Message message;      // every field that fits its type
    BodyLayout layout;    // every field read, broken ones included
    QList<Broken> broken; // in field order; not in message, their bytes are in layout
    // Bytes from restOffset on (counted like error offsets) that were not read as fields: the decoding
    // stopped at a field whose length cannot be known (complete is false), or bytes trail the last field.
    std::optional<Error> restError;
    qsizetype restOffset = -1;
    qsizetype restSize = 0;
    bool complete = true;
};

// For a person reading a logged message (posdesk-cli iso8583 decode --lenient), never for the engine:
// a field whose length is known but whose bytes break its type (a bad digit, a length over the
// maximum, a control byte in text) is listed as broken and decoding goes on with the next field.
// Errors in the MTI or bitmap still fail.
Result<LenientUnpack> unpackLenient(QByteArrayView body, const Dialect &dialect = Dialect::cup(),
                                    qsizetype baseOffset = 0);

// The MAC input block (MAB): the packed body from the MTI through the field before 64, i.e.
// without the trailing 8 bytes of field 64. Refuses a body whose bitmap lacks field 64.
Result<QByteArrayView> macBlock(QByteArrayView body);
// Writes the 8 bytes of field 64 into a packed body that carries it (as a placeholder).
Status setMac(QByteArray &body, QByteArrayView mac);

} // namespace posdesk::iso8583
