#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace posdesk::iso8583 {

// Transport protocol data unit: id 0x60, then destination and source address.
struct Tpdu
{
    static constexpr int Size = 5;

    quint8 id = 0x60;
    quint16 destination = 0;
    quint16 source = 0;

    QByteArray toBytes() const;
    static Result<Tpdu> fromBytes(QByteArrayView bytes);
    // The host answers with the addresses swapped.
    Tpdu reply() const { return Tpdu{id, source, destination}; }
    bool operator==(const Tpdu &) const = default;
};

// CUP application header (6 BCD bytes). The meaning of the processing-requirement nibble is
// unconfirmed, so it is exposed raw and interpreted by the acquirer profile.
struct Header
{
    static constexpr int Size = 6;

    quint8 applicationClass = 0x60; // 0x60 magstripe, 0x61 IC
    quint8 softwareVersion = 0x31;
    quint8 terminalStatus = 0;        // high nibble of byte 3
    quint8 processingRequirement = 0; // low nibble of byte 3
    quint32 subVersion = 0;           // 3 bytes, big-endian

    QByteArray toBytes() const;
    static Result<Header> fromBytes(QByteArrayView bytes);
    bool operator==(const Header &) const = default;
};

// One TCP message split into its parts; body runs from the MTI to the end.
struct Frame
{
    static constexpr int PrefixSize = 2;
    static constexpr int EnvelopeSize = PrefixSize + Tpdu::Size + Header::Size;

    QByteArray tpdu;
    QByteArray header;
    QByteArray body;
};

// length (2, big-endian, counting what follows) + TPDU + header + body.
Result<QByteArray> packFrame(QByteArrayView tpdu, QByteArrayView header, QByteArrayView body);
// Strict: the prefix must match the number of bytes that follow exactly.
// Error offsets count from the first byte of the length prefix.
Result<Frame> unpackFrame(QByteArrayView wire);
// Bytes a whole frame takes once at least the 2-byte prefix is buffered; -1 before that.
qsizetype frameSize(QByteArrayView buffered);

} // namespace posdesk::iso8583
