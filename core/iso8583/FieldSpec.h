#pragma once

#include <QtGlobal>

namespace posdesk::iso8583 {

// What the digits or bytes of a field are, which decides how they go on the wire.
enum class Charset : quint8
{
    Numeric, // n: BCD, two digits a byte; an odd length has one pad nibble (see Alignment)
    Track,   // z: BCD with '=' as nibble D, odd lengths padded with F
    Ascii,   // an/ans: printable ASCII (0x20..0x7E), one byte a character
    Text,    // ans that may carry GBK (Chinese) text: any byte
    Binary,  // b: raw bytes
};

// How the length of a field is known.
enum class LengthKind : quint8
{
    Fixed,  // always maxLength
    LlVar,  // 1-byte BCD length prefix (0..99)
    LllVar, // 2-byte BCD length prefix (0..999)
};

// Where the digits of an odd-length BCD value sit in its bytes; the pad nibble takes the other end.
enum class Alignment : quint8
{
    Left,  // "123" -> 12 3p (the CUP table)
    Right, // "123" -> p1 23 (some hosts, e.g. field 23 of vector V6)
};

// One row of a dialect table. Lengths count digits for Numeric/Track and bytes otherwise.
struct FieldSpec
{
    static constexpr quint8 PadZero = 0x0;
    static constexpr quint8 PadF = 0xf;

    int number = 0;
    Charset charset = Charset::Binary;
    LengthKind lengthKind = LengthKind::Fixed;
    int maxLength = 0;
    const char *name = nullptr; // untranslated source text, context "posdesk::iso8583::Field"
    bool sensitive = false;     // cardholder data or PIN material: masked by describe()
    // Odd-length BCD only: how pack() writes it and what unpack() expects first.
    Alignment alignment = Alignment::Left;
    quint8 pad = PadZero; // PadZero or PadF

    bool isBcd() const { return charset == Charset::Numeric || charset == Charset::Track; }
    bool isFixed() const { return lengthKind == LengthKind::Fixed; }
};

} // namespace posdesk::iso8583
