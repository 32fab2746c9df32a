#include "iso8583/Codec.h"

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
    return spec.isBcd() || spec.charset == Charset::Ascii ? tr("%n character(s)", nullptr, int(n))
                                                          : tr("%n byte(s)", nullptr, int(n));
}

Error badValue(const FieldSpec &spec, const QString &why)
{
    return Error::usage(tr("Field %1 (%2) cannot be sent: %3 Correct the value and try again.")
                            .arg(spec.number)
                            .arg(QCoreApplication::translate("posdesk::iso8583::Field", spec.name))
                            .arg(why),
                        QStringLiteral("field %1").arg(spec.number));
}

std::optional<Error> checkValue(const FieldSpec &spec, QByteArrayView v)
{
    if (spec.isFixed() && v.size() != spec.maxLength) {
        return badValue(spec, tr("it must be exactly %1 long, but it is %2.")
                                  .arg(unitText(spec, spec.maxLength), unitText(spec, v.size())));
    }
    if (v.size() > spec.maxLength) {
        return badValue(spec, tr("it may be at most %1 long, but it is %2.")
                                  .arg(unitText(spec, spec.maxLength), unitText(spec, v.size())));
    }
    switch (spec.charset) {
    case Charset::Numeric:
        for (char c : v) {
            if (c < '0' || c > '9')
                return badValue(spec, tr("it may hold digits only."));
        }
        break;
    case Charset::Track:
        for (char c : v) {
            if ((c < '0' || c > '9') && c != '=')
                return badValue(spec, tr("it may hold digits and the separator “=” only."));
        }
        break;
    case Charset::Ascii:
        for (char c : v) {
            if (c < 0x20 || c > 0x7e)
                return badValue(spec, tr("it may hold printable ASCII characters only."));
        }
        break;
    case Charset::Text:
    case Charset::Binary:
        break;
    }
    return std::nullopt;
}

inline unsigned char nibbleOf(char c)
{
    return c == '=' ? 0x0d : static_cast<unsigned char>(c - '0');
}

// Left-aligned BCD: "123" -> 12 30 (or 12 3F for tracks).
char *writeBcd(char *out, QByteArrayView digits, Charset charset)
{
    const qsizetype n = digits.size();
    const unsigned char pad = charset == Charset::Track ? 0x0f : 0x00;
    qsizetype i = 0;
    for (; i + 1 < n; i += 2)
        *out++ = static_cast<char>((nibbleOf(digits[i]) << 4) | nibbleOf(digits[i + 1]));
    if (i < n)
        *out++ = static_cast<char>((nibbleOf(digits[i]) << 4) | pad);
    return out;
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

// Decodes a BCD length prefix; every nibble must be a digit.
std::optional<Error> readLength(Reader &r, const FieldSpec &spec, int &len)
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
    if (value > spec.maxLength)
        return tooLong(spec.number, r.offset(), value, spec.maxLength, spec.isBcd());
    r.skip(bytes);
    len = value;
    return std::nullopt;
}

// BCD to digits; tracks map nibble D to '='. The pad nibble must be the one pack() writes, so
// that pack(unpack(x)) == x holds for every accepted x.
std::optional<Error> readBcd(Reader &r, int field, Charset charset, int digits, char *out)
{
    const qsizetype bytes = (digits + 1) / 2;
    if (r.left() < bytes)
        return truncated(field, r.offset(), bytes, r.left());
    const unsigned char *p = r.here();
    const bool track = charset == Charset::Track;
    auto put = [&](int nibble, qsizetype at) -> std::optional<Error> {
        if (nibble <= 9) {
            *out++ = char('0' + nibble);
            return std::nullopt;
        }
        if (track && nibble == 0x0d) {
            *out++ = '=';
            return std::nullopt;
        }
        return badDigit(field, r.offset() + at, nibble);
    };
    for (int i = 0; i < digits; ++i) {
        const int nibble = (i & 1) ? (p[i / 2] & 0x0f) : (p[i / 2] >> 4);
        if (auto e = put(nibble, i / 2))
            return e;
    }
    if (digits & 1) {
        const int pad = p[bytes - 1] & 0x0f;
        if (pad != (track ? 0x0f : 0x00))
            return badDigit(field, r.offset() + bytes - 1, pad);
    }
    r.skip(bytes);
    return std::nullopt;
}

std::optional<Error> readField(Reader &r, const FieldSpec &spec, Message &msg)
{
    int len = spec.maxLength;
    if (!spec.isFixed()) {
        if (auto e = readLength(r, spec, len))
            return e;
    }
    if (spec.isBcd()) {
        // Check availability before appending, so a short body allocates nothing.
        if (r.left() < (len + 1) / 2)
            return truncated(spec.number, r.offset(), (len + 1) / 2, r.left());
        char *out = msg.appendRaw(spec.number, len);
        return readBcd(r, spec.number, spec.charset, len, out);
    }
    if (r.left() < len)
        return truncated(spec.number, r.offset(), len, r.left());
    const unsigned char *p = r.here();
    if (spec.charset == Charset::Ascii) {
        for (int i = 0; i < len; ++i) {
            if (p[i] < 0x20 || p[i] > 0x7e)
                return badAscii(spec.number, r.offset() + i, p[i]);
        }
    }
    char *out = msg.appendRaw(spec.number, len);
    if (len > 0)
        std::memcpy(out, p, size_t(len));
    r.skip(len);
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
            tr("The message type “%1” is not four digits. Correct it and try again.").arg(QString::fromLatin1(mti)),
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
                tr("Field %1 is not part of this ISO 8583 dialect and cannot be sent. Remove it or check the "
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
    w = writeBcd(w, mti, Charset::Numeric);
    for (int i = 0; i < BitmapSize; ++i)
        *w++ = static_cast<char>((presence >> (56 - 8 * i)) & 0xff);
    for (int f = 2; f <= Message::MaxField; ++f) {
        if (!(presence & fieldBit(f)))
            continue;
        const FieldSpec &spec = *dialect.field(f);
        const QByteArrayView v = message.view(f);
        w = writeLength(w, spec.lengthKind, v.size());
        if (spec.isBcd()) {
            w = writeBcd(w, v, spec.charset);
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
    if (r.left() < MtiSize + BitmapSize)
        return truncated(0, r.offset(), MtiSize + BitmapSize, r.left());

    Message msg;
    // Decoded BCD takes two characters a byte; everything else one. One allocation for all values.
    msg.reserveValueBytes(2 * body.size());

    char mti[4];
    {
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
    }

    std::uint64_t bitmap = 0;
    const qsizetype bitmapOffset = r.offset();
    for (int i = 0; i < BitmapSize; ++i)
        bitmap = (bitmap << 8) | r.here()[i];
    if (bitmap & fieldBit(1))
        return secondaryBitmap(bitmapOffset);
    // Refuse unknown fields before decoding any, so the error names the bitmap, not a later field.
    for (int f = 2; f <= Message::MaxField; ++f) {
        if ((bitmap & fieldBit(f)) && !dialect.field(f))
            return unknownField(f, bitmapOffset + (f - 1) / 8);
    }
    if (layout)
        layout->fields[1] = {bitmapOffset, BitmapSize, 0};
    r.skip(BitmapSize);

    for (int f = 2; f <= Message::MaxField; ++f) {
        if (!(bitmap & fieldBit(f)))
            continue;
        const FieldSpec &spec = *dialect.field(f);
        const qsizetype start = r.offset();
        if (auto e = readField(r, spec, msg))
            return *e;
        if (layout)
            layout->fields[f] = {start, r.offset() - start, prefixBytes(spec.lengthKind)};
    }
    if (r.left() != 0)
        return trailingBytes(r.offset(), r.left());
    return msg;
}

Result<QByteArrayView> macBlock(QByteArrayView body)
{
    if (body.size() < MtiSize + BitmapSize + MacSize)
        return truncated(0, 0, MtiSize + BitmapSize + MacSize, body.size());
    const auto last = static_cast<unsigned char>(body[MtiSize + BitmapSize - 1]);
    if (!(last & 0x01)) {
        return Error::usage(tr("The message carries no MAC field (64), so there is nothing to compute a MAC for."),
                            where(1, MtiSize + BitmapSize - 1) + QStringLiteral(": bit 64 clear"));
    }
    return body.first(body.size() - MacSize);
}

Status setMac(QByteArray &body, QByteArrayView mac)
{
    if (mac.size() != MacSize) {
        return Error::internal(tr("A MAC must be 8 bytes long."),
                               QStringLiteral("field 64: %1 bytes given").arg(mac.size()));
    }
    auto mab = macBlock(body);
    if (!mab)
        return mab.error();
    std::memcpy(body.data() + body.size() - MacSize, mac.data(), MacSize);
    return {};
}

} // namespace posdesk::iso8583
