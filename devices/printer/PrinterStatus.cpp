#include "printer/PrinterStatus.h"

#include <QCoreApplication>

namespace posdesk {

namespace {

bool bit(std::uint8_t b, int n)
{
    return (b >> n) & 1;
}

QString hex(std::uint8_t b)
{
    return QStringLiteral("%1").arg(b, 2, 16, QLatin1Char('0')).toUpper();
}

Error notAStatusByte(std::uint8_t b, const QString &context)
{
    return Error::corrupt(QCoreApplication::translate(
                              "posdesk::PrinterStatus",
                              "The printer answered with a byte that is not a status reply. Check that the printer "
                              "uses ESC/POS and that the port's speed matches the printer's setting."),
                          context + QStringLiteral(": 0x") + hex(b));
}

void take(std::optional<bool> &mine, const std::optional<bool> &newer)
{
    if (newer)
        mine = newer;
}

} // namespace

void PrinterStatus::merge(const PrinterStatus &newer)
{
    take(online, newer.online);
    take(drawerSignalHigh, newer.drawerSignalHigh);
    take(coverOpen, newer.coverOpen);
    take(feedButtonPressed, newer.feedButtonPressed);
    take(stoppedByPaperEnd, newer.stoppedByPaperEnd);
    take(errorOccurred, newer.errorOccurred);
    take(autocutterError, newer.autocutterError);
    take(unrecoverableError, newer.unrecoverableError);
    take(autoRecoverableError, newer.autoRecoverableError);
    take(paperNearEnd, newer.paperNearEnd);
    take(paperOut, newer.paperOut);
}

bool PrinterStatus::readyToPrint() const
{
    // An unknown "online" counts as offline: a printer that does not answer cannot be trusted with a receipt.
    return online.value_or(false) && !coverOpen.value_or(false) && !paperOut.value_or(false) &&
           !stoppedByPaperEnd.value_or(false) && !autocutterError.value_or(false) &&
           !unrecoverableError.value_or(false) && !autoRecoverableError.value_or(false);
}

QStringList PrinterStatus::problems() const
{
    QStringList out;
    if (coverOpen.value_or(false))
        out << QCoreApplication::translate("posdesk::PrinterStatus",
                                           "The printer cover is open. Close it, then print again.");
    if (paperOut.value_or(false) || stoppedByPaperEnd.value_or(false))
        out << QCoreApplication::translate("posdesk::PrinterStatus",
                                           "The printer is out of paper. Load a new roll, then print again.");
    else if (paperNearEnd.value_or(false))
        out << QCoreApplication::translate("posdesk::PrinterStatus",
                                           "The paper roll is nearly used up. Have a new roll ready.");
    if (autocutterError.value_or(false))
        out << QCoreApplication::translate(
            "posdesk::PrinterStatus",
            "The paper cutter is jammed. Open the cover, clear the paper, close the cover, then print again.");
    if (unrecoverableError.value_or(false))
        out << QCoreApplication::translate(
            "posdesk::PrinterStatus",
            "The printer has a fault it cannot recover from. Switch it off and on again; if that does not "
            "help, call service.");
    if (autoRecoverableError.value_or(false))
        out << QCoreApplication::translate(
            "posdesk::PrinterStatus",
            "The print head is too hot. The printer continues by itself once it has cooled down.");
    if (errorOccurred.value_or(false) && out.isEmpty())
        out << QCoreApplication::translate(
            "posdesk::PrinterStatus",
            "The printer reports an error. Check the printer, switch it off and on again, then print again.");
    if (online.has_value() && !*online && out.isEmpty())
        out << QCoreApplication::translate("posdesk::PrinterStatus",
                                           "The printer is offline. Check the cover and the paper, then print again.");
    return out;
}

namespace EscPosStatus {

QByteArray request(RealTimeRequest which)
{
    return QByteArray("\x10\x04", 2) + char(which);
}

QByteArray enableAutomaticStatus(std::uint8_t mask)
{
    return QByteArray("\x1D\x61", 2) + char(mask);
}

bool isRealTimeReply(std::uint8_t b)
{
    return (b & 0x93) == 0x12;
}

bool isAutomaticStatusFirst(std::uint8_t b)
{
    return (b & 0x93) == 0x10;
}

bool isAutomaticStatusContinuation(std::uint8_t b)
{
    return (b & 0x90) == 0x00;
}

Result<PrinterStatus> parseRealTime(RealTimeRequest which, std::uint8_t reply)
{
    const int n = int(which);
    if (n < 1 || n > 4)
        return Error::internal(QCoreApplication::translate("posdesk::PrinterStatus", "Unknown printer status request."),
                               QStringLiteral("n=%1").arg(n));
    if (!isRealTimeReply(reply))
        return notAStatusByte(reply, QStringLiteral("DLE EOT %1").arg(n));
    PrinterStatus s;
    switch (which) {
    case RealTimeRequest::PrinterStatus:
        s.drawerSignalHigh = bit(reply, 2);
        s.online = !bit(reply, 3);
        break;
    case RealTimeRequest::OfflineCause:
        s.coverOpen = bit(reply, 2);
        s.feedButtonPressed = bit(reply, 3);
        s.stoppedByPaperEnd = bit(reply, 5);
        s.errorOccurred = bit(reply, 6);
        break;
    case RealTimeRequest::ErrorCause:
        s.autocutterError = bit(reply, 3);
        s.unrecoverableError = bit(reply, 5);
        s.autoRecoverableError = bit(reply, 6);
        break;
    case RealTimeRequest::PaperSensor:
        // Each condition is reported on two bits (one per sensor pin); either one set counts.
        s.paperNearEnd = bit(reply, 2) || bit(reply, 3);
        s.paperOut = bit(reply, 5) || bit(reply, 6);
        break;
    }
    return s;
}

Result<PrinterStatus> parseAutomatic(QByteArrayView b)
{
    if (b.size() != 4)
        return Error::corrupt(QCoreApplication::translate(
                                  "posdesk::PrinterStatus",
                                  "The printer sent an incomplete automatic status. Print again; if this repeats, "
                                  "check the cable."),
                              QStringLiteral("GS a: %1 bytes").arg(b.size()));
    const auto b1 = std::uint8_t(b[0]);
    if (!isAutomaticStatusFirst(b1))
        return notAStatusByte(b1, QStringLiteral("GS a byte 1"));
    for (int i = 1; i < 4; ++i) {
        if (!isAutomaticStatusContinuation(std::uint8_t(b[i])))
            return notAStatusByte(std::uint8_t(b[i]), QStringLiteral("GS a byte %1").arg(i + 1));
    }
    const auto b2 = std::uint8_t(b[1]);
    const auto b3 = std::uint8_t(b[2]);
    PrinterStatus s;
    s.drawerSignalHigh = bit(b1, 2);
    s.online = !bit(b1, 3);
    s.coverOpen = bit(b1, 5);
    s.feedButtonPressed = bit(b1, 6);
    s.autocutterError = bit(b2, 3);
    s.unrecoverableError = bit(b2, 5);
    s.autoRecoverableError = bit(b2, 6);
    s.paperNearEnd = bit(b3, 0) || bit(b3, 1);
    s.paperOut = bit(b3, 2) || bit(b3, 3);
    return s;
}

} // namespace EscPosStatus

void PrinterReplySplitter::expectRealTime(RealTimeRequest which)
{
    m_expected.append(which);
}

void PrinterReplySplitter::reset()
{
    m_expected.clear();
    m_automatic.clear();
}

namespace {

// Consecutive stray bytes become one reply: a burst of line noise is one event, not dozens.
void appendUnexpected(QList<PrinterReply> &out, QByteArrayView bytes)
{
    if (!out.isEmpty() && out.last().kind == PrinterReply::Kind::Unexpected) {
        out.last().bytes += bytes;
        return;
    }
    PrinterReply r;
    r.kind = PrinterReply::Kind::Unexpected;
    r.bytes = bytes.toByteArray();
    out << r;
}

} // namespace

void PrinterReplySplitter::flushPartialAutomatic(QList<PrinterReply> &out)
{
    if (m_automatic.isEmpty())
        return;
    appendUnexpected(out, m_automatic);
    m_automatic.clear();
}

QList<PrinterReply> PrinterReplySplitter::feed(QByteArrayView bytes)
{
    QList<PrinterReply> out;
    for (char c : bytes) {
        const auto b = std::uint8_t(c);
        // Flow control is inserted by the printer's UART whenever its buffer fills or drains, so it may
        // interrupt an automatic status; it never matches a status pattern (bit 0 is set, bit 4 is set).
        if (c == EscPosStatus::kXOn || c == EscPosStatus::kXOff) {
            PrinterReply r;
            r.kind = c == EscPosStatus::kXOn ? PrinterReply::Kind::XOn : PrinterReply::Kind::XOff;
            r.bytes = QByteArray(1, c);
            out << r;
            continue;
        }
        if (!m_automatic.isEmpty()) {
            if (EscPosStatus::isAutomaticStatusContinuation(b)) {
                m_automatic += c;
                if (m_automatic.size() == 4) {
                    PrinterReply r;
                    r.kind = PrinterReply::Kind::Automatic;
                    r.bytes = m_automatic;
                    r.status = *EscPosStatus::parseAutomatic(m_automatic); // every byte was checked above
                    out << r;
                    m_automatic.clear();
                }
                continue;
            }
            // A byte that cannot continue the block: the block was cut short; look at the byte afresh.
            flushPartialAutomatic(out);
        }
        if (EscPosStatus::isAutomaticStatusFirst(b)) {
            m_automatic += c;
            continue;
        }
        if (!EscPosStatus::isRealTimeReply(b)) {
            appendUnexpected(out, QByteArrayView(&c, 1));
            continue;
        }
        PrinterReply r;
        r.kind = PrinterReply::Kind::RealTime;
        r.bytes = QByteArray(1, c);
        if (!m_expected.isEmpty()) {
            r.answers = m_expected.takeFirst();
            r.status = *EscPosStatus::parseRealTime(*r.answers, b);
        }
        out << r;
    }
    return out;
}

} // namespace posdesk
