#pragma once

#include "card/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace posdesk {

// Frames of the PIN pad's ESC command set (devices/pinpad/PROTOCOL.md), for both sides of the line.
namespace pinpad {

inline constexpr char Esc = 0x1b;
inline constexpr char Stx = 0x02;
inline constexpr char Etx = 0x03;
inline constexpr qsizetype MaxPayload = 4096;
// The letter of a response to a request whose letter could not be read.
inline constexpr char UnknownCommand = '?';

// XOR of the bytes.
quint8 lrc(QByteArrayView bytes);
bool isPrintable(QByteArrayView bytes);
// Payload fields: upper-case hex digits, decimal digits.
bool isUpperHex(QByteArrayView bytes);
bool isDigits(QByteArrayView bytes);

// ESC CMD PAYLOAD ETX LRC. Empty when command is not A-Z or the payload is not printable or too long.
SecureBytes encodeRequest(char command, QByteArrayView payload);
// STX CMD STATUS PAYLOAD ETX LRC. Empty when an argument breaks the frame rules.
SecureBytes encodeResponse(char command, QByteArrayView status, QByteArrayView payload);

} // namespace pinpad

// One complete frame; the payload may hold key hex or a PIN block, so it is wiped.
struct PinPadFrame
{
    char command = 0;
    QByteArray status; // two characters in a response, empty in a request
    SecureBytes payload;
};

// What an incremental decoder found in the bytes fed so far.
struct PinPadDecodeEvent
{
    enum class Kind : quint8
    {
        Frame,     // frame holds a complete, checked frame
        Skipped,   // skipped bytes before a lead byte (line noise)
        Malformed, // a frame was rejected; problem says why
    };
    Kind kind = Kind::Frame;
    PinPadFrame frame;
    qsizetype skipped = 0;
    QString problem; // technical, not translated; never contains payload bytes
};

// Turns bytes from the line into frames, one byte at a time: never reads past what it was given, keeps at most
// one frame in progress (wiped), and starts over at the next lead byte after anything it rejects.
class PinPadDecoder
{
public:
    enum class Side : quint8
    {
        Responses, // on the till: STX frames from the pad
        Requests,  // on the pad: ESC frames from the till
    };

    explicit PinPadDecoder(Side side) : m_side(side) {}

    std::vector<PinPadDecodeEvent> feed(QByteArrayView bytes);
    // True while a frame has begun and not ended (for "the answer was cut short").
    bool inFrame() const { return m_state != State::Hunting; }
    // Forgets (and wipes) a frame in progress.
    void reset();

private:
    enum class State : quint8
    {
        Hunting,
        Header,
        Payload,
        Check,
    };
    void start();
    void reject(std::vector<PinPadDecodeEvent> &out, QString problem);
    void flushSkipped(std::vector<PinPadDecodeEvent> &out);
    qsizetype headerSize() const { return m_side == Side::Responses ? 3 : 1; }

    Side m_side;
    State m_state = State::Hunting;
    QByteArray m_header; // CMD (+ STATUS)
    SecureBytes m_payload;
    quint8 m_lrc = 0;
    qsizetype m_skipped = 0;
};

} // namespace posdesk
