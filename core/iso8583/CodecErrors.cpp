#include "iso8583/CodecErrors.h"

#include <QCoreApplication>

namespace posdesk::iso8583::detail {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("posdesk::iso8583", text, disambiguation, n);
}

QString where(int field, qsizetype offset)
{
    QString part;
    if (field == 0)
        part = QStringLiteral("MTI");
    else if (field == 1)
        part = QStringLiteral("bitmap");
    else if (field < 0)
        part = QStringLiteral("frame");
    else
        part = QStringLiteral("field %1").arg(field);
    return QStringLiteral("%1 at offset %2").arg(part).arg(offset);
}

Error truncated(int field, qsizetype offset, qsizetype need, qsizetype have)
{
    const QString msg =
        field >= 2 ? QCoreApplication::translate(
                         "posdesk::iso8583",
                         "The ISO 8583 message ends inside field %1, so it is incomplete. Check the connection "
                         "and retry; report the message to the acquirer if it happens again.")
                         .arg(field)
                   : QCoreApplication::translate(
                         "posdesk::iso8583",
                         "The ISO 8583 message is too short to hold its message type and bitmap. Check the "
                         "connection and retry; report the message to the acquirer if it happens again.");
    return Error::corrupt(msg, where(field, offset) + QStringLiteral(": needs %1 bytes, %2 left").arg(need).arg(have));
}

Error badDigit(int field, qsizetype offset, int nibble)
{
    const QString msg =
        field >= 2
            ? QCoreApplication::translate("posdesk::iso8583",
                                          "Field %1 of the ISO 8583 message holds a nibble that is not a digit, so "
                                          "the message is malformed. Report the message to the acquirer.")
                  .arg(field)
            : QCoreApplication::translate("posdesk::iso8583",
                                          "The message type of the ISO 8583 message is not a number, so the message "
                                          "is malformed. Report the message to the acquirer.");
    return Error::corrupt(msg, where(field, offset) +
                                   QStringLiteral(": bad BCD nibble %1").arg(QString::number(nibble, 16).toUpper()));
}

Error ambiguousBcd(int field, qsizetype offset, const QString &oneReading, const QString &otherReading)
{
    return Error::corrupt(
        QCoreApplication::translate(
            "posdesk::iso8583",
            "Field %1 of the ISO 8583 message is not padded as the dialect says, and it can be read "
            "in more than one way. Set the alignment and pad of this field in the acquirer "
            "profile's dialect settings, or report the message to the acquirer.")
            .arg(field),
        where(field, offset) +
            QStringLiteral(": pad does not match the dialect; reads %1 or %2").arg(oneReading, otherReading));
}

Error badAscii(int field, qsizetype offset, unsigned char byte)
{
    return Error::corrupt(
        QCoreApplication::translate("posdesk::iso8583",
                                    "Field %1 of the ISO 8583 message holds a byte that is not printable text, so the "
                                    "message is malformed. Report the message to the acquirer.")
            .arg(field),
        where(field, offset) + QStringLiteral(": byte 0x%1 is not printable ASCII").arg(byte, 2, 16, QLatin1Char('0')));
}

Error tooLong(int field, qsizetype offset, qsizetype length, int maxLength, bool digits)
{
    return Error::corrupt(QCoreApplication::translate(
                              "posdesk::iso8583",
                              "Field %1 of the ISO 8583 message is longer than this dialect allows. Check that the "
                              "acquirer profile matches the host, or report the message to the acquirer.")
                              .arg(field),
                          where(field, offset) + QStringLiteral(": length %1 %3 over the maximum %2")
                                                     .arg(length)
                                                     .arg(maxLength)
                                                     .arg(digits ? QStringLiteral("digits") : QStringLiteral("bytes")));
}

Error unknownField(int field, qsizetype offset)
{
    return Error::corrupt(QCoreApplication::translate(
                              "posdesk::iso8583",
                              "The ISO 8583 message carries field %1, which this dialect does not define. Check that "
                              "the acquirer profile matches the host, or report the message to the acquirer.")
                              .arg(field),
                          where(1, offset) + QStringLiteral(": bit %1 set for a field outside the dialect").arg(field));
}

Error secondaryBitmap(qsizetype offset)
{
    return Error::corrupt(QCoreApplication::translate(
                              "posdesk::iso8583",
                              "The ISO 8583 message announces a secondary bitmap, which this dialect does not use. "
                              "Check that the acquirer profile matches the host."),
                          where(1, offset) + QStringLiteral(": bit 1 (secondary bitmap) set"));
}

Error trailingBytes(qsizetype offset, qsizetype count)
{
    return Error::corrupt(
        QCoreApplication::translate("posdesk::iso8583",
                                    "The ISO 8583 message has %n unexpected byte(s) after its last field. It does not "
                                    "match the expected layout; report the message to the acquirer.",
                                    nullptr, int(count)),
        QStringLiteral("end at offset %1: %2 trailing bytes").arg(offset).arg(count));
}

} // namespace posdesk::iso8583::detail
