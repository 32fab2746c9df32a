#include "iso8583/Frame.h"

#include "iso8583/CodecErrors.h"

#include <cstring>

#include <QCoreApplication>

namespace posdesk::iso8583 {

using namespace detail;

namespace {

constexpr qsizetype MaxPayload = 0xffff;

quint8 byteAt(QByteArrayView v, qsizetype i)
{
    return static_cast<quint8>(v[i]);
}

Error wrongSize(const char *part, qsizetype want, qsizetype have)
{
    const bool tpdu = std::strcmp(part, "TPDU") == 0;
    const QString msg =
        tpdu ? QCoreApplication::translate("posdesk::iso8583",
                                           "The TPDU must be %1 bytes long, not %2. Check the acquirer profile.")
             : QCoreApplication::translate(
                   "posdesk::iso8583", "The message header must be %1 bytes long, not %2. Check the acquirer profile.");
    return Error::usage(msg.arg(want).arg(have), QString::fromLatin1(part));
}

} // namespace

QByteArray Tpdu::toBytes() const
{
    const char b[Size] = {char(id), char(destination >> 8), char(destination & 0xff), char(source >> 8),
                          char(source & 0xff)};
    return QByteArray(b, Size);
}

Result<Tpdu> Tpdu::fromBytes(QByteArrayView b)
{
    if (b.size() != Size)
        return wrongSize("TPDU", Size, b.size());
    return Tpdu{byteAt(b, 0), quint16(byteAt(b, 1) << 8 | byteAt(b, 2)), quint16(byteAt(b, 3) << 8 | byteAt(b, 4))};
}

QByteArray Header::toBytes() const
{
    const char b[Size] = {char(applicationClass),
                          char(softwareVersion),
                          char((terminalStatus & 0x0f) << 4 | (processingRequirement & 0x0f)),
                          char((subVersion >> 16) & 0xff),
                          char((subVersion >> 8) & 0xff),
                          char(subVersion & 0xff)};
    return QByteArray(b, Size);
}

Result<Header> Header::fromBytes(QByteArrayView b)
{
    if (b.size() != Size)
        return wrongSize("header", Size, b.size());
    Header h;
    h.applicationClass = byteAt(b, 0);
    h.softwareVersion = byteAt(b, 1);
    h.terminalStatus = byteAt(b, 2) >> 4;
    h.processingRequirement = byteAt(b, 2) & 0x0f;
    h.subVersion = quint32(byteAt(b, 3)) << 16 | quint32(byteAt(b, 4)) << 8 | byteAt(b, 5);
    return h;
}

Result<QByteArray> packFrame(QByteArrayView tpdu, QByteArrayView header, QByteArrayView body)
{
    if (tpdu.size() != Tpdu::Size)
        return wrongSize("TPDU", Tpdu::Size, tpdu.size());
    if (header.size() != Header::Size)
        return wrongSize("header", Header::Size, header.size());
    const qsizetype payload = tpdu.size() + header.size() + body.size();
    if (payload > MaxPayload) {
        return Error::usage(
            QCoreApplication::translate("posdesk::iso8583",
                                        "The message is too long to send: %1 bytes, at most %2 fit in one frame.")
                .arg(payload)
                .arg(MaxPayload),
            QStringLiteral("frame length %1").arg(payload));
    }
    QByteArray out;
    out.reserve(Frame::PrefixSize + payload);
    out.append(char(payload >> 8)).append(char(payload & 0xff));
    out.append(tpdu).append(header).append(body);
    return out;
}

Result<Frame> unpackFrame(QByteArrayView wire)
{
    if (wire.size() < Frame::EnvelopeSize) {
        return Error::corrupt(
            QCoreApplication::translate("posdesk::iso8583",
                                        "The message is too short to hold a length, TPDU and header. Check the "
                                        "connection and retry."),
            where(-1, 0) + QStringLiteral(": needs %1 bytes, %2 given").arg(Frame::EnvelopeSize).arg(wire.size()));
    }
    const qsizetype declared = qsizetype(byteAt(wire, 0)) << 8 | byteAt(wire, 1);
    const qsizetype actual = wire.size() - Frame::PrefixSize;
    if (declared != actual) {
        return Error::corrupt(
            QCoreApplication::translate("posdesk::iso8583",
                                        "The message length does not match its length prefix (%1 bytes announced, %2 "
                                        "received), so it was cut short or joined with another. Check the connection "
                                        "and retry.")
                .arg(declared)
                .arg(actual),
            where(-1, 0) + QStringLiteral(": prefix %1, %2 bytes follow").arg(declared).arg(actual));
    }
    Frame f;
    f.tpdu = wire.sliced(Frame::PrefixSize, Tpdu::Size).toByteArray();
    f.header = wire.sliced(Frame::PrefixSize + Tpdu::Size, Header::Size).toByteArray();
    f.body = wire.sliced(Frame::EnvelopeSize).toByteArray();
    return f;
}

qsizetype frameSize(QByteArrayView buffered)
{
    if (buffered.size() < Frame::PrefixSize)
        return -1;
    return Frame::PrefixSize + (qsizetype(byteAt(buffered, 0)) << 8 | byteAt(buffered, 1));
}

} // namespace posdesk::iso8583
