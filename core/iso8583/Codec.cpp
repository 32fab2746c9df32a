#include "iso8583/Codec.h"

#include "iso8583/Bcd.h"
#include "iso8583/CodecErrors.h"

#include <QCoreApplication>

#include <cstring>
#include <optional>

namespace posdesk::iso8583 {

using namespace detail;

namespace {

constexpr int MtiSize = 2;
constexpr int BitmapSize = 8;
constexpr int MacSize = 8;

constexpr std::uint64_t fieldBit(int field)
{
    return std::uint64_t(1) << (64 - field);
}

int prefixBytes(LengthKind k)
{
    switch (k) {
    case LengthKind::Fixed:
        return 0;
    case LengthKind::LlVar:
        return 1;
    case LengthKind::LllVar:
        return 2;
    }
    return 0;
}

// ---- packing ----------------------------------------------------------------------------

QString unitText(const FieldSpec &spec, qsizetype n)
{
    return spec.isBcd() || spec.charset == Charset::Ascii
               ? QCoreApplication::translate("posdesk::iso8583", "%n character(s)", nullptr, int(n))
               : QCoreApplication::translate("posdesk::iso8583", "%n byte(s)", nullptr, int(n));
}

Error badValue(const FieldSpec &spec, const QString &why)
{
    return Error::usage(QCoreApplication::translate("posdesk::iso8583",
                                                    "Field %1 (%2) cannot be sent: %3 Correct the value and try again.")
                            .arg(spec.number)
                            .arg(QCoreApplication::translate("posdesk::iso8583::Field", spec.name))
                            .arg(why),
                        QStringLiteral("field %1").arg(spec.number));
}

std::optional<Error> checkValue(const FieldSpec &spec, QByteArrayView v)
{
    if (spec.isFixed() && v.size() != spec.maxLength) {
        return badValue(spec,
                        QCoreApplication::translate("posdesk::iso8583", "it must be exactly %1 long, but it is %2.")
                            .arg(unitText(spec, spec.maxLength), unitText(spec, v.size())));
    }
    if (v.size() > spec.maxLength) {
        return badValue(spec,
                        QCoreApplication::translate("posdesk::iso8583", "it may be at most %1 long, but it is %2.")
                            .arg(unitText(spec, spec.maxLength), unitText(spec, v.size())));
    }
    switch (spec.charset) {
    case Charset::Numeric:
        for (char c : v) {
            if (c < '0' || c > '9')
                return badValue(spec, QCoreApplication::translate("posdesk::iso8583", "it may hold digits only."));
        }
        break;
    case Charset::Track:
        for (char c : v) {
            if ((c < '0' || c > '9') && c != '=')
                return badValue(spec, QCoreApplication::translate("posdesk::iso8583",
                                                                  "it may hold digits and the separator “=” only."));
        }
        break;
    case Charset::Ascii:
        for (char c : v) {
            if (c < 0x20 || c > 0x7e)
                return badValue(spec, QCoreApplication::translate("posdesk::iso8583",
                                                                  "it may hold printable ASCII characters only."));
        }
        break;
    case Charset::Text:
    case Charset::Binary:
        break;
    }
    return std::nullopt;
}

char *writeLength(char *out, LengthKind kind, qsizetype len)
{
    const int n = int(len);
    if (kind == LengthKind::LlVar) {
        *out++ = static_cast<char>(((n / 10) << 4) | (n % 10));
    } else if (kind == LengthKind::LllVar) {
        *out++ = static_cast<char>(n / 100);
        *out++ = static_cast<char>((((n / 10) % 10) << 4) | (n % 10));
    }
    return out;
}

// ---- unpacking --------------------------------------------------------------------------

class Reader
{
public:
    Reader(QByteArrayView in, qsizetype base) : m_in(in), m_base(base) {}

    qsizetype pos() const { return m_pos; }
    qsizetype offset() const { return m_base + m_pos; } // as reported in errors
    qsizetype left() const { return m_in.size() - m_pos; }
    const unsigned char *here() const { return reinterpret_cast<const unsigned char *>(m_in.data()) + m_pos; }
    void skip(qsizetype n) { m_pos += n; }

private:
    QByteArrayView m_in;
    qsizetype m_base;
    qsizetype m_pos = 0;
};

// Decodes a BCD length prefix without consuming it; every nibble must be a digit.
std::optional<Error> readLength(const Reader &r, const FieldSpec &spec, int &len)
{
    const int bytes = prefixBytes(spec.lengthKind);
    if (r.left() < bytes)
        return truncated(spec.number, r.offset(), bytes, r.left());
    int value = 0;
    for (int i = 0; i < bytes; ++i) {
        const unsigned char b = r.here()[i];
        const int hi = b >> 4, lo = b & 0x0f;
        if (hi > 9)
            return badDigit(spec.number, r.offset() + i, hi);
        if (lo > 9)
            return badDigit(spec.number, r.offset() + i, lo);
        value = value * 100 + hi * 10 + lo;
    }
    len = value;
    return std::nullopt;
}

// Reads one field into msg and its place into span. On an error, extent is the bytes the field takes
// (prefix included) when its length is known and that many bytes are there, else -1: only then can a
// lenient reader step over it.
std::optional<Error> readField(Reader &r, const FieldSpec &spec, Message &msg, BodyLayout::Span &span,
                               qsizetype &extent)
{
    extent = -1;
    const int prefix = prefixBytes(spec.lengthKind);
    int len = spec.maxLength;
    if (!spec.isFixed()) {
        if (auto e = readLength(r, spec, len))
            return e;
    }
    const qsizetype bytes = spec.isBcd() ? bcdBytes(len) : len;
    const qsizetype have = r.left() - prefix;
    const qsizetype dataOffset = r.offset() + prefix;
    if (len > spec.maxLength) {
        if (have >= bytes)
            extent = prefix + bytes;
        return tooLong(spec.number, r.offset(), len, spec.maxLength, spec.isBcd());
    }
    // Check availability before appending, so a short body allocates nothing.
    if (have < bytes)
        return truncated(spec.number, dataOffset, bytes, have);
    extent = prefix + bytes;
    const unsigned char *p = r.here() + prefix;
    span = {r.offset(), extent, prefix, spec.alignment, spec.pad, false};
    if (spec.isBcd()) {
        const BcdLayout declared{spec.alignment, spec.pad};
        BcdLayout used;
        char *out = msg.appendRaw(spec.number, len);
        if (auto e = readBcd(p, len, spec.number, spec.charset, declared, dataOffset, out, &used))
            return e;
        span.alignment = used.alignment;
        span.pad = used.pad;
        span.variant = used != declared;
    } else {
        if (spec.charset == Charset::Ascii) {
            for (qsizetype i = 0; i < bytes; ++i) {
                if (p[i] < 0x20 || p[i] > 0x7e)
                    return badAscii(spec.number, dataOffset + i, p[i]);
            }
        }
        char *out = msg.appendRaw(spec.number, len);
        if (len > 0)
            std::memcpy(out, p, size_t(len));
    }
    r.skip(extent);
    return std::nullopt;
}

// MTI and bitmap; fails on what no reader can step over.
std::optional<Error> readHead(Reader &r, Message &msg, BodyLayout *layout, std::uint64_t &bitmap,
                              qsizetype &bitmapOffset)
{
    if (r.left() < MtiSize + BitmapSize)
        return truncated(0, r.offset(), MtiSize + BitmapSize, r.left());
    char mti[4];
    const unsigned char *p = r.here();
    for (int i = 0; i < 4; ++i) {
        const int nibble = (i & 1) ? (p[i / 2] & 0x0f) : (p[i / 2] >> 4);
        if (nibble > 9)
            return badDigit(0, r.offset() + i / 2, nibble);
        mti[i] = char('0' + nibble);
    }
    msg.setMti(QByteArrayView(mti, 4));
    if (layout)
        layout->fields[0] = {r.offset(), MtiSize, 0};
    r.skip(MtiSize);

    bitmap = 0;
    bitmapOffset = r.offset();
    for (int i = 0; i < BitmapSize; ++i)
        bitmap = (bitmap << 8) | r.here()[i];
    if (bitmap & fieldBit(1))
        return secondaryBitmap(bitmapOffset);
    if (layout)
        layout->fields[1] = {bitmapOffset, BitmapSize, 0};
    r.skip(BitmapSize);
    return std::nullopt;
}

} // namespace

Result<QByteArray> pack(const Message &message, const Dialect &dialect)
{
    const QByteArrayView mti = message.mti();
    bool mtiOk = !message.mtiOverlong() && mti.size() == 4;
    for (char c : mti)
        mtiOk = mtiOk && c >= '0' && c <= '9';
    if (!mtiOk) {
        return Error::usage(
            QCoreApplication::translate("posdesk::iso8583",
                                        "The message type “%1” is not four digits. Correct it and try again.")
                .arg(QString::fromLatin1(mti)),
            QStringLiteral("MTI"));
    }

    const std::uint64_t presence = message.presenceMask();
    // Upper bound: prefixes take at most 2 bytes and BCD halves digits, so one allocation serves.
    qsizetype bound = MtiSize + BitmapSize;
    for (int f = 2; f <= Message::MaxField; ++f) {
        if (!(presence & fieldBit(f)))
            continue;
        const FieldSpec *spec = dialect.field(f);
        if (!spec) {
            return Error::usage(
                QCoreApplication::translate(
                    "posdesk::iso8583",
                    "Field %1 is not part of this ISO 8583 dialect and cannot be sent. Remove it or check the "
                    "acquirer profile.")
                    .arg(f),
                QStringLiteral("field %1").arg(f));
        }
        const QByteArrayView v = message.view(f);
        if (auto e = checkValue(*spec, v))
            return *e;
        bound += 2 + v.size();
    }

    QByteArray out;
    out.resize(bound);
    char *w = out.data();
    w = writeBcd(w, mti, BcdLayout{});
    for (int i = 0; i < BitmapSize; ++i)
        *w++ = static_cast<char>((presence >> (56 - 8 * i)) & 0xff);
    for (int f = 2; f <= Message::MaxField; ++f) {
        if (!(presence & fieldBit(f)))
            continue;
        const FieldSpec &spec = *dialect.field(f);
        const QByteArrayView v = message.view(f);
        w = writeLength(w, spec.lengthKind, v.size());
        if (spec.isBcd()) {
            w = writeBcd(w, v, BcdLayout{spec.alignment, spec.pad});
        } else if (!v.isEmpty()) {
            std::memcpy(w, v.data(), size_t(v.size()));
            w += v.size();
        }
    }
    out.truncate(w - out.constData());
    return out;
}

Result<Message> unpack(QByteArrayView body, const Dialect &dialect)
{
    return unpack(body, dialect, nullptr, 0);
}

Result<Message> unpack(QByteArrayView body, const Dialect &dialect, BodyLayout *layout, qsizetype baseOffset)
{
    Reader r(body, baseOffset);
    Message msg;
    // Decoded BCD takes two characters a byte; everything else one. One allocation for all values.
    msg.reserveValueBytes(2 * body.size());
    std::uint64_t bitmap = 0;
    qsizetype bitmapOffset = 0;
    if (auto e = readHead(r, msg, layout, bitmap, bitmapOffset))
        return *e;
    // Refuse unknown fields before decoding any, so the error names the bitmap, not a later field.
    for (int f = 2; f <= Message::MaxField; ++f) {
        if ((bitmap & fieldBit(f)) && !dialect.field(f))
            return unknownField(f, bitmapOffset + (f - 1) / 8);
    }
    BodyLayout::Span scratch;
    for (int f = 2; f <= Message::MaxField; ++f) {
        if (!(bitmap & fieldBit(f)))
            continue;
        BodyLayout::Span &span = layout ? layout->fields[f] : scratch;
        qsizetype extent = 0;
        if (auto e = readField(r, *dialect.field(f), msg, span, extent))
            return *e;
    }
    if (r.left() != 0)
        return trailingBytes(r.offset(), r.left());
    return msg;
}

Result<LenientUnpack> unpackLenient(QByteArrayView body, const Dialect &dialect, qsizetype baseOffset)
{
    Reader r(body, baseOffset);
    LenientUnpack out;
    out.message.reserveValueBytes(2 * body.size());
    std::uint64_t bitmap = 0;
    qsizetype bitmapOffset = 0;
    if (auto e = readHead(r, out.message, &out.layout, bitmap, bitmapOffset))
        return *e;
    for (int f = 2; f <= Message::MaxField; ++f) {
        if (!(bitmap & fieldBit(f)))
            continue;
        const FieldSpec *spec = dialect.field(f);
        std::optional<Error> e;
        qsizetype extent = -1;
        BodyLayout::Span &span = out.layout.fields[f];
        if (!spec)
            e = unknownField(f, bitmapOffset + (f - 1) / 8);
        else
            e = readField(r, *spec, out.message, span, extent);
        if (!e)
            continue;
        out.message.remove(f);
        if (extent < 0) { // the length cannot be known: nothing after this field can be placed
            span = {};
            out.restError = std::move(e);
            out.restOffset = r.offset();
            out.restSize = r.left();
            out.complete = false;
            return out;
        }
        span = {r.offset(),      extent,    spec->isFixed() ? 0 : prefixBytes(spec->lengthKind),
                spec->alignment, spec->pad, false};
        out.broken.append({f, std::move(*e)});
        r.skip(extent);
    }
    if (r.left() != 0) {
        out.restError = trailingBytes(r.offset(), r.left());
        out.restOffset = r.offset();
        out.restSize = r.left();
    }
    return out;
}

Result<QByteArrayView> macBlock(QByteArrayView body)
{
    if (body.size() < MtiSize + BitmapSize + MacSize)
        return truncated(0, 0, MtiSize + BitmapSize + MacSize, body.size());
    const auto last = static_cast<unsigned char>(body[MtiSize + BitmapSize - 1]);
    if (!(last & 0x01)) {
        return Error::usage(
            QCoreApplication::translate(
                "posdesk::iso8583", "The message carries no MAC field (64), so there is nothing to compute a MAC for."),
            where(1, MtiSize + BitmapSize - 1) + QStringLiteral(": bit 64 clear"));
    }
    return body.first(body.size() - MacSize);
}

Status setMac(QByteArray &body, QByteArrayView mac)
{
    if (mac.size() != MacSize) {
        return Error::internal(QCoreApplication::translate("posdesk::iso8583", "A MAC must be 8 bytes long."),
                               QStringLiteral("field 64: %1 bytes given").arg(mac.size()));
    }
    auto mab = macBlock(body);
    if (!mab)
        return mab.error();
    std::memcpy(body.data() + body.size() - MacSize, mac.data(), MacSize);
    return {};
}

} // namespace posdesk::iso8583
