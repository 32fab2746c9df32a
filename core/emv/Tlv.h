#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace posdesk::emv {

// One BER-TLV data object as EMV uses them (tags of 1 to 3 bytes, definite lengths up to 65535).
struct Tlv
{
    quint32 tag = 0;           // the tag bytes as a number: 0x9F26, 0x70, 0xBF0C
    QByteArray value;          // the value bytes (for a constructed object: its encoded children)
    std::vector<Tlv> children; // parsed children when the tag is constructed

    bool isConstructed() const;
    // First descendant (depth first, this object excluded) with the tag, or nullptr.
    const Tlv *find(quint32 wanted) const;
};

// Strict BER-TLV for card and host data: no indefinite lengths, no lengths past the data, no tag longer than 3 bytes,
// no length longer than 2 bytes, constructed objects parsed to a bounded depth. Between objects EMV allows 00 padding
// and FF padding
// (Book 3, Annex B); it is skipped. Errors name the byte offset.
class TlvParser
{
public:
    static constexpr int MaxDepth = 8;

    static Result<std::vector<Tlv>> parse(QByteArrayView bytes);
    // One object that must span all of bytes (a card response template such as 6F, 70, 77).
    static Result<Tlv> parseSingle(QByteArrayView bytes);
};

// Number of bytes tag takes on the wire (1..3).
int tagSize(quint32 tag);
// True when the first tag byte marks a constructed object (bit 6 of the first byte).
bool isConstructedTag(quint32 tag);

// Appends one object's encoding: tag, minimal-length length, value.
void appendTlv(QByteArray &out, quint32 tag, QByteArrayView value);
QByteArray encodeTlv(quint32 tag, QByteArrayView value);

// Upper-case hex of a tag as written in EMV books: "9F26".
QString tagName(quint32 tag);

} // namespace posdesk::emv
