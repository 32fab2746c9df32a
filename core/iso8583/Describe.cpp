#include "iso8583/Describe.h"

#include "iso8583/Codec.h"
#include "iso8583/Frame.h"
#include "iso8583/Subfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringDecoder>

namespace posdesk::iso8583 {

namespace {

QString fieldTr(const char *text)
{
    return QCoreApplication::translate("posdesk::iso8583::Field", text);
}
QString labelTr(const char *text)
{
    return QCoreApplication::translate("posdesk::iso8583::Describe", text);
}

struct EmvTag
{
    const char *tag;
    const char *name;
};

// The tags a CUP IC sale and its response carry; others are shown by number only.
constexpr EmvTag kEmvTags[] = {
    {"57", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Track 2 equivalent data")},
    {"5A", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Application PAN")},
    {"5F2A", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Transaction currency code")},
    {"5F34", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "PAN sequence number")},
    {"71", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Issuer script template 1")},
    {"72", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Issuer script template 2")},
    {"82", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Application interchange profile")},
    {"84", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Dedicated file name")},
    {"8A", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Authorisation response code")},
    {"91", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Issuer authentication data")},
    {"95", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Terminal verification results")},
    {"9A", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Transaction date")},
    {"9C", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Transaction type")},
    {"9F02", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Amount, authorised")},
    {"9F03", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Amount, other")},
    {"9F09", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Application version number")},
    {"9F10", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Issuer application data")},
    {"9F1A", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Terminal country code")},
    {"9F1E", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Interface device serial number")},
    {"9F26", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Application cryptogram")},
    {"9F27", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Cryptogram information data")},
    {"9F33", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Terminal capabilities")},
    {"9F34", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "CVM results")},
    {"9F35", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Terminal type")},
    {"9F36", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Application transaction counter")},
    {"9F37", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Unpredictable number")},
    {"9F41", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Transaction sequence counter")},
    {"9F63", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Card product identification")},
    {"9F74", QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Electronic cash issuer authorisation code")},
};

QString emvTagName(const QString &tag)
{
    for (const EmvTag &t : kEmvTags) {
        if (tag == QLatin1String(t.tag))
            return fieldTr(t.name);
    }
    return QCoreApplication::translate("posdesk::iso8583::Field", "EMV tag %1").arg(tag);
}

QString hex(QByteArrayView v)
{
    return QString::fromLatin1(v.toByteArray().toHex().toUpper());
}

QString masked(qsizetype n)
{
    return QString(n, u'*');
}

// First six and last four digits stay visible, as on a receipt.
QString maskPan(QStringView digits)
{
    if (digits.size() <= 10)
        return masked(digits.size());
    return digits.first(6).toString() + masked(digits.size() - 10) + digits.last(4).toString();
}

QString yuan(std::int64_t fen)
{
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const std::int64_t a = fen < 0 ? -fen : fen;
    return sign + QString::number(a / 100) + u'.' + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString decodeText(QByteArrayView v)
{
    // Hosts send Chinese operator and balance texts in GBK; fall back to Latin-1 without ICU.
    QStringDecoder gbk("GBK");
    if (gbk.isValid()) {
        QString s = gbk.decode(v);
        if (!gbk.hasError())
            return s;
    }
    return QString::fromLatin1(v);
}

QString flagText(SettlementTotals::Reconciliation f)
{
    switch (f) {
    case SettlementTotals::Reconciliation::NotSet:
        return fieldTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "0 (not set)"));
    case SettlementTotals::Reconciliation::Balanced:
        return fieldTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "1 (balanced)"));
    case SettlementTotals::Reconciliation::NotBalanced:
        return fieldTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "2 (not balanced)"));
    case SettlementTotals::Reconciliation::Error:
        return fieldTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "3 (error)"));
    }
    return {};
}

void add(FieldDescription &d, const QString &id, const char *name, const QString &value)
{
    d.subFields.append({id, fieldTr(name), value});
}

void describe60(FieldDescription &d, QByteArrayView v)
{
    auto f = Field60::parse(v);
    if (!f)
        return;
    add(d, QStringLiteral("60.1"), QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Message type code"),
        QString::fromLatin1(f->typeCode));
    add(d, QStringLiteral("60.2"), QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Batch number"),
        QString::fromLatin1(f->batch));
    if (!f->networkCode.isEmpty()) {
        add(d, QStringLiteral("60.3"), QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Network management code"),
            QString::fromLatin1(f->networkCode));
    }
    if (!f->rest.isEmpty()) {
        add(d, QStringLiteral("60.4"), QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Further private data"),
            QString::fromLatin1(f->rest));
    }
}

void describe61(FieldDescription &d, QByteArrayView v)
{
    auto f = Field61::parse(v);
    if (!f)
        return;
    add(d, QStringLiteral("61.1"), QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Original batch number"),
        QString::fromLatin1(f->batch));
    add(d, QStringLiteral("61.2"), QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Original trace number"),
        QString::fromLatin1(f->stan));
    if (!f->date.isEmpty()) {
        add(d, QStringLiteral("61.3"), QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Original date (MMDD)"),
            QString::fromLatin1(f->date));
    }
    if (!f->rest.isEmpty()) {
        add(d, QStringLiteral("61.4"), QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Further private data"),
            QString::fromLatin1(f->rest));
    }
}

void describe48(FieldDescription &d, QByteArrayView v)
{
    auto t = SettlementTotals::parse(v);
    if (!t)
        return;
    int n = 1;
    const auto id = [&n] {
        return QStringLiteral("48.%1").arg(n++);
    };
    for (const auto *side : {&t->domestic, &t->foreign}) {
        const bool dom = side == &t->domestic;
        add(d, id(),
            dom ? QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Domestic sales amount")
                : QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Foreign sales amount"),
            yuan(side->debitAmount));
        add(d, id(),
            dom ? QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Domestic sales count")
                : QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Foreign sales count"),
            QString::number(side->debitCount));
        add(d, id(),
            dom ? QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Domestic refunds amount")
                : QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Foreign refunds amount"),
            yuan(side->creditAmount));
        add(d, id(),
            dom ? QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Domestic refunds count")
                : QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Foreign refunds count"),
            QString::number(side->creditCount));
        add(d, id(),
            dom ? QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Domestic reconciliation")
                : QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Foreign reconciliation"),
            flagText(side->flag));
    }
}

void describe62(FieldDescription &d, QByteArrayView v, QByteArrayView networkCode)
{
    auto layout = WorkingKeyBlock::layoutFor(networkCode);
    if (!layout)
        return;
    auto k = WorkingKeyBlock::parse(v, *layout);
    if (!k)
        return;
    add(d, QStringLiteral("62.1"), QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "PIN key (encrypted)"), hex(k->pinKey));
    add(d, QStringLiteral("62.2"), QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "PIN key check value"),
        hex(k->pinCheck));
    add(d, QStringLiteral("62.3"), QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "MAC key (encrypted)"), hex(k->macKey));
    add(d, QStringLiteral("62.4"), QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "MAC key check value"),
        hex(k->macCheck));
    if (!k->trackKey.isEmpty()) {
        add(d, QStringLiteral("62.5"), QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Track key (encrypted)"),
            hex(k->trackKey));
        add(d, QStringLiteral("62.6"), QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Track key check value"),
            hex(k->trackCheck));
    }
}

// BER-TLV as EMV uses it; all or nothing, so a malformed field 55 shows as plain hex only.
bool describe55(FieldDescription &d, QByteArrayView v, bool mask)
{
    QList<SubFieldDescription> out;
    qsizetype i = 0;
    const auto at = [&](qsizetype k) {
        return static_cast<unsigned char>(v[k]);
    };
    while (i < v.size()) {
        const qsizetype tagStart = i;
        if ((at(i++) & 0x1f) == 0x1f) {
            do {
                if (i >= v.size())
                    return false;
            } while (at(i++) & 0x80);
        }
        const QByteArrayView tag = v.sliced(tagStart, i - tagStart);
        if (i >= v.size())
            return false;
        qsizetype len = at(i++);
        if (len & 0x80) {
            const int n = int(len & 0x7f);
            if (n < 1 || n > 2 || i + n > v.size())
                return false;
            len = 0;
            for (int k = 0; k < n; ++k)
                len = len << 8 | at(i++);
        }
        if (i + len > v.size())
            return false;
        const QString tagHex = hex(tag);
        // 57 track 2 equivalent, 5A PAN, 5F20 cardholder name, 5F24 expiry, 9F1F track 1 discretionary
        static const QStringList cardData = {QStringLiteral("57"), QStringLiteral("5A"), QStringLiteral("5F20"),
                                             QStringLiteral("5F24"), QStringLiteral("9F1F")};
        const QString value = mask && cardData.contains(tagHex) ? masked(2 * len) : hex(v.sliced(i, len));
        out.append({QStringLiteral("55.") + tagHex, emvTagName(tagHex), value});
        i += len;
    }
    d.subFields = out;
    d.note = QCoreApplication::translate("posdesk::iso8583::Field", "%n TLV object(s)", nullptr, int(out.size()));
    return true;
}

void addNote(FieldDescription &d, const QString &note)
{
    d.note = d.note.isEmpty() ? note : d.note + QStringLiteral("; ") + note;
}

QString alignmentText(Alignment a, quint8 pad)
{
    const QString padText = pad == FieldSpec::PadF ? QStringLiteral("F") : QStringLiteral("0");
    return a == Alignment::Right
               ? labelTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Describe", "right-aligned, pad %1")).arg(padText)
               : labelTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Describe", "left-aligned, pad %1")).arg(padText);
}

// The sub-fields and notes a person reads a field by.
void interpret(FieldDescription &d, int f, QByteArrayView v, const QString &mti, QByteArrayView networkCode, bool mask)
{
    if (f == 4)
        d.note = yuan(v.toByteArray().toLongLong());
    else if (f == 48 && mti.startsWith(QLatin1String("05")))
        describe48(d, v);
    else if (f == 55)
        describe55(d, v, mask);
    else if (f == 60)
        describe60(d, v);
    else if (f == 61)
        describe61(d, v);
    else if (f == 62 && mti == QLatin1String("0810"))
        describe62(d, v, networkCode);
}

QString valueText(const FieldSpec &spec, QByteArrayView v)
{
    switch (spec.charset) {
    case Charset::Numeric:
    case Charset::Track:
    case Charset::Ascii:
        return QString::fromLatin1(v);
    case Charset::Text:
        return decodeText(v);
    case Charset::Binary:
        return hex(v);
    }
    return {};
}

// The unread rest of a lenient decoding; masked when a field with card data may be in it.
void describeRest(MessageDescription &out, const LenientUnpack &u, const Dialect &dialect, QByteArrayView body,
                  qsizetype base, std::uint64_t bitmap, bool mask)
{
    if (!u.restError)
        return;
    bool cardData = false;
    for (int f = 2; f <= Dialect::MaxField && !u.complete; ++f) {
        const bool unread = (bitmap & (std::uint64_t(1) << (64 - f))) && u.layout.fields[f].offset < 0;
        const FieldSpec *spec = dialect.field(f);
        cardData = cardData || (unread && (!spec || spec->sensitive));
    }
    const QByteArrayView rest = body.sliced(u.restOffset - base, u.restSize);
    out.restOffset = u.restOffset;
    out.rest = mask && cardData ? QByteArray(2 * rest.size(), '*') : rest.toByteArray().toHex().toUpper();
    if (u.complete) {
        out.restWarning =
            labelTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Describe", "Bytes after the last field, shown raw: %1"))
                .arg(u.restError->detail);
    } else {
        out.restWarning =
            labelTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Describe", "Decoding stopped here, the rest is shown raw: %1"))
                .arg(u.restError->detail);
        out.incomplete = *u.restError;
    }
}

Result<MessageDescription> describe(QByteArrayView body, const Dialect &dialect, DescribeOptions options,
                                    qsizetype base)
{
    LenientUnpack u;
    if (options.lenient) {
        auto l = unpackLenient(body, dialect, base);
        if (!l)
            return l.error();
        u = std::move(*l);
    } else {
        auto msg = unpack(body, dialect, &u.layout, base);
        if (!msg)
            return msg.error();
        u.message = std::move(*msg);
    }
    const Message &msg = u.message;

    MessageDescription out;
    out.mti = QString::fromLatin1(msg.mti());
    const QByteArrayView bitmapBytes = body.sliced(u.layout.fields[1].offset - base, 8);
    out.bitmap = bitmapBytes.toByteArray().toHex().toUpper();
    std::uint64_t bitmap = 0;
    for (char b : bitmapBytes)
        bitmap = bitmap << 8 | static_cast<unsigned char>(b);
    const QByteArrayView networkCode =
        msg.has(60) && msg.view(60).size() >= 11 ? msg.view(60).sliced(8, 3) : QByteArrayView();
    qsizetype nextBroken = 0;
    for (int f = 2; f <= Dialect::MaxField; ++f) {
        const LenientUnpack::Broken *broken =
            nextBroken < u.broken.size() && u.broken[nextBroken].field == f ? &u.broken[nextBroken++] : nullptr;
        if (!msg.has(f) && !broken)
            continue;
        const FieldSpec &spec = *dialect.field(f);
        const BodyLayout::Span &span = u.layout.fields[f];
        const bool hide = options.maskSensitive && spec.sensitive;

        FieldDescription d;
        d.number = f;
        d.name = fieldTr(spec.name);
        d.raw = hide ? QByteArray(2 * span.size, '*')
                     : body.sliced(span.offset - base, span.size).toByteArray().toHex().toUpper();
        if (broken) {
            const QByteArrayView data = body.sliced(span.offset - base + span.prefixSize, span.size - span.prefixSize);
            d.value = hide ? masked(2 * data.size()) : hex(data);
            d.warning = labelTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Describe",
                                                  "Does not fit its type in this dialect, shown raw: %1"))
                            .arg(broken->error.detail);
            out.fields.append(d);
            continue;
        }
        const QByteArrayView v = msg.view(f);
        d.value = valueText(spec, v);
        if (hide)
            d.value = f == 2 ? maskPan(d.value) : masked(d.value.size());
        interpret(d, f, v, out.mti, networkCode, options.maskSensitive);
        if (span.variant) {
            addNote(d, labelTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Describe", "read %1; the dialect says %2"))
                           .arg(alignmentText(span.alignment, span.pad), alignmentText(spec.alignment, spec.pad)));
        }
        out.fields.append(d);
    }
    describeRest(out, u, dialect, body, base, bitmap, options.maskSensitive);
    return out;
}

} // namespace

Result<MessageDescription> describeBody(QByteArrayView body, const Dialect &dialect, DescribeOptions options)
{
    return describe(body, dialect, options, 0);
}

Result<MessageDescription> describeFrame(QByteArrayView wire, const Dialect &dialect, DescribeOptions options)
{
    auto frame = unpackFrame(wire);
    if (!frame)
        return frame.error();
    auto out = describe(frame->body, dialect, options, Frame::EnvelopeSize);
    if (!out)
        return out.error();
    out->envelope = MessageDescription::Envelope{int(wire.size() - Frame::PrefixSize), frame->tpdu, frame->header};
    return out;
}

QJsonObject MessageDescription::toJson() const
{
    QJsonObject o;
    if (envelope) {
        o.insert(QStringLiteral("length"), envelope->length);
        o.insert(QStringLiteral("tpdu"), QString::fromLatin1(envelope->tpdu.toHex().toUpper()));
        o.insert(QStringLiteral("header"), QString::fromLatin1(envelope->header.toHex().toUpper()));
    }
    o.insert(QStringLiteral("mti"), mti);
    o.insert(QStringLiteral("bitmap"), QString::fromLatin1(bitmap));
    QJsonArray fs;
    for (const FieldDescription &f : fields) {
        QJsonObject j;
        j.insert(QStringLiteral("field"), f.number);
        j.insert(QStringLiteral("name"), f.name);
        j.insert(QStringLiteral("raw"), QString::fromLatin1(f.raw));
        j.insert(QStringLiteral("value"), f.value);
        if (!f.note.isEmpty())
            j.insert(QStringLiteral("note"), f.note);
        if (!f.warning.isEmpty())
            j.insert(QStringLiteral("warning"), f.warning);
        if (!f.subFields.isEmpty()) {
            QJsonArray subs;
            for (const SubFieldDescription &s : f.subFields) {
                subs.append(QJsonObject{{QStringLiteral("id"), s.id},
                                        {QStringLiteral("name"), s.name},
                                        {QStringLiteral("value"), s.value}});
            }
            j.insert(QStringLiteral("subfields"), subs);
        }
        fs.append(j);
    }
    o.insert(QStringLiteral("fields"), fs);
    if (restOffset >= 0) {
        o.insert(QStringLiteral("rest"), QJsonObject{{QStringLiteral("offset"), restOffset},
                                                     {QStringLiteral("raw"), QString::fromLatin1(rest)},
                                                     {QStringLiteral("warning"), restWarning}});
    }
    if (incomplete)
        o.insert(QStringLiteral("complete"), false);
    return o;
}

QString MessageDescription::toText() const
{
    QString out;
    const auto line = [&out](const QString &label, const QString &value) {
        out += label.leftJustified(8) + u' ' + value + u'\n';
    };
    if (envelope) {
        line(labelTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Describe", "Length")), QString::number(envelope->length));
        line(labelTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Describe", "TPDU")),
             QString::fromLatin1(envelope->tpdu.toHex().toUpper()));
        line(labelTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Describe", "Header")),
             QString::fromLatin1(envelope->header.toHex().toUpper()));
    }
    line(labelTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Describe", "MTI")), mti);
    line(labelTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Describe", "Bitmap")), QString::fromLatin1(bitmap));
    const QString rawLabel = labelTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Describe", "raw"));
    const QString warningLabel = labelTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Describe", "warning"));
    for (const FieldDescription &f : fields) {
        QString value = f.value;
        if (!f.note.isEmpty())
            value += QStringLiteral("  (") + f.note + u')';
        // Values line up in one column after the longest EMV tag name.
        out += QStringLiteral("%1  %2 %3\n").arg(f.number, 3).arg(f.name.leftJustified(50), value);
        out += QStringLiteral("       %1 %2\n").arg(rawLabel.leftJustified(48), QString::fromLatin1(f.raw));
        if (!f.warning.isEmpty())
            out += QStringLiteral("       %1 %2\n").arg(warningLabel.leftJustified(48), f.warning);
        for (const SubFieldDescription &s : f.subFields)
            out += QStringLiteral("       %1 %2\n").arg((s.id + u' ' + s.name).leftJustified(48), s.value);
    }
    if (restOffset >= 0) {
        line(labelTr(QT_TRANSLATE_NOOP("posdesk::iso8583::Describe", "Rest")), QString::fromLatin1(rest));
        out += QStringLiteral("       %1 %2\n").arg(warningLabel.leftJustified(48), restWarning);
    }
    return out;
}

} // namespace posdesk::iso8583
