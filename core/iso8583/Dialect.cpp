#include "iso8583/Dialect.h"

#include <QtGlobal>

namespace posdesk::iso8583 {

namespace {

using enum Charset;
using enum LengthKind;

struct Row
{
    int number;
    Charset charset;
    LengthKind lengthKind;
    int maxLength;
    const char *name;
    bool sensitive;
};

// Maxima the reference does not state (44, 48, 54, 55, 59, 61..63) follow the CUP POS terminal
// specification; an acquirer that sends longer values overrides the row in its profile's dialect settings.
// Field 60 grew past the old 17 digits with QR-code payments (60.4 onwards; vector V5 has 19).
constexpr Row kCupFields[] = {
    {2, Numeric, LlVar, 19, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Primary account number"), true},
    {3, Numeric, Fixed, 6, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Processing code"), false},
    {4, Numeric, Fixed, 12, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Amount (fen)"), false},
    {11, Numeric, Fixed, 6, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "System trace audit number"), false},
    {12, Numeric, Fixed, 6, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Local time (hhmmss)"), false},
    {13, Numeric, Fixed, 4, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Local date (MMDD)"), false},
    {14, Numeric, Fixed, 4, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Expiry date (YYMM)"), true},
    {15, Numeric, Fixed, 4, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Settlement date (MMDD)"), false},
    {22, Numeric, Fixed, 3, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "POS entry mode"), false},
    {23, Numeric, Fixed, 3, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Card sequence number"), false},
    {25, Numeric, Fixed, 2, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "POS condition code"), false},
    {26, Numeric, Fixed, 2, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "PIN capture code"), false},
    {32, Numeric, LlVar, 11, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Acquiring institution"), false},
    {35, Track, LlVar, 37, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Track 2 data"), true},
    {36, Track, LllVar, 104, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Track 3 data"), true},
    {37, Ascii, Fixed, 12, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Retrieval reference number"), false},
    {38, Ascii, Fixed, 6, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Authorization code"), false},
    {39, Ascii, Fixed, 2, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Response code"), false},
    {41, Ascii, Fixed, 8, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Terminal ID"), false},
    {42, Ascii, Fixed, 15, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Merchant ID"), false},
    {44, Ascii, LlVar, 25, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Additional response data"), false},
    {48, Numeric, LllVar, 322, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Additional data"), false},
    {49, Ascii, Fixed, 3, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Currency code"), false},
    {52, Binary, Fixed, 8, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "PIN block"), true},
    {53, Numeric, Fixed, 16, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Security control"), false},
    {54, Text, LllVar, 40, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Balance"), false},
    {55, Binary, LllVar, 255, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "IC card data"), false},
    {59, Text, LllVar, 999, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Private data"), false},
    {60, Numeric, LllVar, 100, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Private: message type, batch"), false},
    {61, Numeric, LllVar, 29, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Original transaction"), false},
    {62, Binary, LllVar, 512, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Working keys / private data"), false},
    {63, Text, LllVar, 163, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "Operator or host data"), false},
    {64, Binary, Fixed, 8, QT_TRANSLATE_NOOP("posdesk::iso8583::Field", "MAC"), false},
};

Dialect makeCup()
{
    Dialect d;
    for (const Row &row : kCupFields) {
        // Odd-length numerics are left-aligned; tracks pad with F, other fields with 0.
        const FieldSpec spec{
            row.number, row.charset,   row.lengthKind,  row.maxLength,
            row.name,   row.sensitive, Alignment::Left, row.charset == Track ? FieldSpec::PadF : FieldSpec::PadZero};
        const bool accepted = d.setField(spec);
        Q_ASSERT(accepted);
        Q_UNUSED(accepted);
    }
    return d;
}

} // namespace

const Dialect &Dialect::cup()
{
    static const Dialect dialect = makeCup();
    return dialect;
}

bool Dialect::setField(const FieldSpec &spec)
{
    if (spec.number < 2 || spec.number > MaxField || spec.maxLength <= 0)
        return false;
    if (spec.lengthKind == LengthKind::LlVar && spec.maxLength > 99)
        return false;
    if (spec.lengthKind == LengthKind::LllVar && spec.maxLength > 999)
        return false;
    if (spec.name == nullptr)
        return false;
    if (spec.pad != FieldSpec::PadZero && spec.pad != FieldSpec::PadF)
        return false;
    m_fields[spec.number] = spec;
    return true;
}

void Dialect::removeField(int number)
{
    if (number >= 2 && number <= MaxField)
        m_fields[number] = FieldSpec{};
}

} // namespace posdesk::iso8583
