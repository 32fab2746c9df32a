#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace posdesk {

// The n of a real-time status request DLE EOT n; each reply byte only means something for its request.
enum class RealTimeRequest : std::uint8_t
{
    PrinterStatus = 1,
    OfflineCause = 2,
    ErrorCause = 3,
    PaperSensor = 4,
};

// What the printer reported; a field stays empty until a reply that carries it arrives.
struct PrinterStatus
{
    std::optional<bool> online;
    std::optional<bool> drawerSignalHigh; // drawer connector pin 3; open or closed depends on the drawer
    std::optional<bool> coverOpen;
    std::optional<bool> feedButtonPressed;
    std::optional<bool> stoppedByPaperEnd;
    std::optional<bool> errorOccurred;
    std::optional<bool> autocutterError;
    std::optional<bool> unrecoverableError;
    std::optional<bool> autoRecoverableError; // e.g. print head too hot
    std::optional<bool> paperNearEnd;
    std::optional<bool> paperOut;

    // Takes every field the newer status knows.
    void merge(const PrinterStatus &newer);
    // True only when the printer is known to be online and nothing known blocks printing.
    bool readyToPrint() const;
    // What is wrong, translated, each saying what to do; empty when nothing known is wrong.
    QStringList problems() const;

    bool operator==(const PrinterStatus &) const = default;
};

// Encoding and decoding of ESC/POS status traffic (DLE EOT real-time status, GS a automatic status back).
namespace EscPosStatus {

constexpr char kXOn = 0x11;
constexpr char kXOff = 0x13;

QByteArray request(RealTimeRequest which);
// GS a n: the printer then sends a 4-byte status on every change. 0x0F enables drawer, online, error and paper.
QByteArray enableAutomaticStatus(std::uint8_t mask = 0x0F);

// Fixed bits tell the kinds of byte on the receive line apart (XON 11h and XOFF 13h match none of them).
bool isRealTimeReply(std::uint8_t b);               // 0xx1xx10
bool isAutomaticStatusFirst(std::uint8_t b);        // 0xx1xx00
bool isAutomaticStatusContinuation(std::uint8_t b); // 0xx0xxxx

Result<PrinterStatus> parseRealTime(RealTimeRequest which, std::uint8_t reply);
Result<PrinterStatus> parseAutomatic(QByteArrayView fourBytes);

} // namespace EscPosStatus

// One unit the printer sent, as split from the receive stream.
struct PrinterReply
{
    enum class Kind
    {
        RealTime,  // one byte answering DLE EOT n
        Automatic, // the four bytes of an automatic status
        XOn,
        XOff,
        Unexpected, // bytes that fit no pattern: line noise, wrong baud rate, a cut-off automatic status
    };

    Kind kind = Kind::Unexpected;
    QByteArray bytes;
    // The request a real-time reply answers, when the splitter was told what had been sent.
    std::optional<RealTimeRequest> answers;
    // Decoded for automatic status and for real-time replies whose request is known.
    PrinterStatus status;
};

// Splits what a printer sends into replies. XON/XOFF may arrive anywhere, even inside an automatic status, and
// real-time replies arrive in the order of the requests, which the caller announces with expectRealTime().
class PrinterReplySplitter
{
public:
    void expectRealTime(RealTimeRequest which);
    QList<PrinterReply> feed(QByteArrayView bytes);
    // Forgets pending requests and a partial automatic status, e.g. after a timeout or reconnect.
    void reset();
    qsizetype pendingRequests() const { return m_expected.size(); }

private:
    void flushPartialAutomatic(QList<PrinterReply> &out);

    QList<RealTimeRequest> m_expected;
    QByteArray m_automatic;
};

} // namespace posdesk
