#include "emv/Tlv.h"

#include <QCoreApplication>

namespace posdesk::emv {

namespace {

Error malformed(qsizetype offset, const char *what)
{
    return Error::corrupt(QCoreApplication::translate(
                              "posdesk::emv::Tlv", "The chip card's data is malformed; remove the card and try again."),
                          QStringLiteral("BER-TLV at byte %1: %2").arg(offset).arg(QLatin1String(what)));
}

struct Header
{
    quint32 tag = 0;
    qsizetype length = 0;
    qsizetype headerSize = 0;
};

// Reads the header at `at` of an object that must end by `end` (offsets into the whole input, for the messages).
Result<Header> readHeader(QByteArrayView bytes, qsizetype at, qsizetype end)
{
    const auto byte = [&](qsizetype i) {
        return static_cast<quint8>(bytes[i]);
    };
    qsizetype pos = at;
    quint32 tag = byte(pos++);
    if ((tag & 0x1F) == 0x1F) {
        // Subsequent tag bytes: bit 8 set means one more follows.
        for (int n = 0;; ++n) {
            if (pos >= end)
                return malformed(pos, "tag cut short");
            if (n == 2)
                return malformed(at, "tag longer than 3 bytes");
            const quint8 next = byte(pos++);
            if (n == 0 && next == 0x80)
                return malformed(at, "tag not minimally encoded");
            tag = (tag << 8) | next;
            if (!(next & 0x80))
                break;
        }
    }
    if (pos >= end)
        return malformed(pos, "length missing");
    const quint8 first = byte(pos++);
    qsizetype length = 0;
    if (first < 0x80) {
        length = first;
    } else if (first == 0x80) {
        return malformed(pos - 1, "indefinite length");
    } else {
        const int count = first & 0x7F;
        if (count > 2)
            return malformed(pos - 1, "length longer than 2 bytes");
        if (pos + count > end)
            return malformed(pos, "length cut short");
        for (int i = 0; i < count; ++i)
            length = (length << 8) | byte(pos++);
    }
    if (length > end - pos)
        return malformed(pos, "value runs past the end of the data");
    return Header{tag, length, pos - at};
}

Result<std::vector<Tlv>> parseLevel(QByteArrayView bytes, qsizetype begin, qsizetype end, int depth)
{
    if (depth > TlvParser::MaxDepth)
        return malformed(begin, "nested too deeply");
    std::vector<Tlv> objects;
    qsizetype pos = begin;
    while (pos < end) {
        const auto lead = static_cast<quint8>(bytes[pos]);
        if (lead == 0x00 || lead == 0xFF) { // padding EMV allows before, between and after objects
            ++pos;
            continue;
        }
        auto header = readHeader(bytes, pos, end);
        if (!header)
            return header.error();
        Tlv object;
        object.tag = header->tag;
        const qsizetype valueAt = pos + header->headerSize;
        object.value = bytes.sliced(valueAt, header->length).toByteArray();
        if (object.isConstructed()) {
            auto children = parseLevel(bytes, valueAt, valueAt + header->length, depth + 1);
            if (!children)
                return children.error();
            object.children = std::move(children.value());
        }
        objects.push_back(std::move(object));
        pos += header->headerSize + header->length;
    }
    return objects;
}

} // namespace

bool isConstructedTag(quint32 tag)
{
    quint32 first = tag;
    while (first > 0xFF)
        first >>= 8;
    return first & 0x20;
}

bool Tlv::isConstructed() const
{
    return isConstructedTag(tag);
}

const Tlv *Tlv::find(quint32 wanted) const
{
    for (const Tlv &child : children) {
        if (child.tag == wanted)
            return &child;
        if (const Tlv *deeper = child.find(wanted))
            return deeper;
    }
    return nullptr;
}

Result<std::vector<Tlv>> TlvParser::parse(QByteArrayView bytes)
{
    return parseLevel(bytes, 0, bytes.size(), 0);
}

Result<Tlv> TlvParser::parseSingle(QByteArrayView bytes)
{
    if (bytes.isEmpty() || quint8(bytes[0]) == 0x00 || quint8(bytes[0]) == 0xFF)
        return malformed(0, "no template");
    auto header = readHeader(bytes, 0, bytes.size());
    if (!header)
        return header.error();
    if (header->headerSize + header->length != bytes.size())
        return malformed(header->headerSize + header->length, "data after the template");
    auto objects = parse(bytes);
    if (!objects)
        return objects.error();
    if (objects->size() != 1)
        return malformed(0, "not one template");
    return std::move(objects->front());
}

int tagSize(quint32 tag)
{
    return tag > 0xFFFF ? 3 : tag > 0xFF ? 2 : 1;
}

void appendTlv(QByteArray &out, quint32 tag, QByteArrayView value)
{
    for (int shift = (tagSize(tag) - 1) * 8; shift >= 0; shift -= 8)
        out.append(static_cast<char>((tag >> shift) & 0xFF));
    const qsizetype n = value.size();
    if (n < 0x80) {
        out.append(static_cast<char>(n));
    } else if (n <= 0xFF) {
        out.append(static_cast<char>(0x81));
        out.append(static_cast<char>(n));
    } else {
        Q_ASSERT(n <= 0xFFFF);
        out.append(static_cast<char>(0x82));
        out.append(static_cast<char>(n >> 8));
        out.append(static_cast<char>(n & 0xFF));
    }
    out.append(value);
}

QByteArray encodeTlv(quint32 tag, QByteArrayView value)
{
    QByteArray out;
    appendTlv(out, tag, value);
    return out;
}

QString tagName(quint32 tag)
{
    return QString::number(tag, 16).toUpper().rightJustified(tagSize(tag) * 2, u'0');
}

} // namespace posdesk::emv
