#include "pinpad/PinPadFrame.h"

namespace posdesk {

namespace pinpad {

quint8 lrc(QByteArrayView bytes)
{
    quint8 x = 0;
    for (const char c : bytes)
        x ^= quint8(c);
    return x;
}

bool isPrintable(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c < 0x20 || c > 0x7e)
            return false;
    }
    return true;
}

bool isUpperHex(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

bool isDigits(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

namespace {

bool isLetter(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isStatusChar(char c)
{
    return isLetter(c) || (c >= '0' && c <= '9');
}

SecureBytes frame(char lead, QByteArrayView body, QByteArrayView payload)
{
    SecureBytes out;
    const char head[1] = {lead};
    out.append(QByteArrayView(head, 1));
    out.append(body);
    out.append(payload);
    const char etx[1] = {Etx};
    out.append(QByteArrayView(etx, 1));
    const char check[1] = {char(lrc(out.view().sliced(1)))};
    out.append(QByteArrayView(check, 1));
    return out;
}

} // namespace

SecureBytes encodeRequest(char command, QByteArrayView payload)
{
    if (!isLetter(command) || payload.size() > MaxPayload || !isPrintable(payload))
        return {};
    const char body[1] = {command};
    return frame(Esc, QByteArrayView(body, 1), payload);
}

SecureBytes encodeResponse(char command, QByteArrayView status, QByteArrayView payload)
{
    if (!(isLetter(command) || command == UnknownCommand) || status.size() != 2 || !isStatusChar(status[0]) ||
        !isStatusChar(status[1]) || payload.size() > MaxPayload || !isPrintable(payload))
        return {};
    const char body[3] = {command, status[0], status[1]};
    return frame(Stx, QByteArrayView(body, 3), payload);
}

} // namespace pinpad

using pinpad::Etx;

namespace {

QString hexByte(char c)
{
    return QStringLiteral("0x%1").arg(uint(quint8(c)), 2, 16, QLatin1Char('0'));
}

} // namespace

void PinPadDecoder::reset()
{
    m_state = State::Hunting;
    m_header.clear();
    m_payload.clear();
    m_lrc = 0;
}

void PinPadDecoder::start()
{
    reset();
    m_state = State::Header;
}

void PinPadDecoder::reject(std::vector<PinPadDecodeEvent> &out, QString problem)
{
    reset();
    PinPadDecodeEvent e;
    e.kind = PinPadDecodeEvent::Kind::Malformed;
    e.problem = std::move(problem);
    out.push_back(std::move(e));
}

void PinPadDecoder::flushSkipped(std::vector<PinPadDecodeEvent> &out)
{
    if (m_skipped == 0)
        return;
    PinPadDecodeEvent e;
    e.kind = PinPadDecodeEvent::Kind::Skipped;
    e.skipped = m_skipped;
    e.problem = QStringLiteral("%1 byte(s) before %2 skipped")
                    .arg(m_skipped)
                    .arg(m_side == Side::Responses ? QStringLiteral("STX") : QStringLiteral("ESC"));
    m_skipped = 0;
    out.push_back(std::move(e));
}

std::vector<PinPadDecodeEvent> PinPadDecoder::feed(QByteArrayView bytes)
{
    const char lead = m_side == Side::Responses ? pinpad::Stx : pinpad::Esc;
    std::vector<PinPadDecodeEvent> out;
    for (const char c : bytes) {
        switch (m_state) {
        case State::Hunting:
            if (c == lead) {
                flushSkipped(out);
                start();
            } else {
                ++m_skipped;
            }
            break;
        case State::Header: {
            const qsizetype at = m_header.size();
            const bool ok = at == 0
                                ? (pinpad::isLetter(c) || (m_side == Side::Responses && c == pinpad::UnknownCommand))
                                : pinpad::isStatusChar(c);
            if (!ok) {
                reject(out, at == 0 ? QStringLiteral("command letter %1 is not A-Z").arg(hexByte(c))
                                    : QStringLiteral("status character %1 is not 0-9 or A-Z").arg(hexByte(c)));
                if (c == lead)
                    start();
                break;
            }
            m_header.append(c);
            m_lrc ^= quint8(c);
            if (m_header.size() == headerSize())
                m_state = State::Payload;
            break;
        }
        case State::Payload:
            if (c == Etx) {
                m_lrc ^= quint8(c);
                m_state = State::Check;
            } else if (c == lead) {
                reject(out, QStringLiteral("frame cut short: a new lead byte before ETX after %1 payload byte(s)")
                                .arg(m_payload.size()));
                start();
            } else if (c < 0x20 || c > 0x7e) {
                reject(
                    out,
                    QStringLiteral("non-printable byte %1 at payload offset %2").arg(hexByte(c)).arg(m_payload.size()));
            } else if (m_payload.size() >= pinpad::MaxPayload) {
                reject(out, QStringLiteral("payload longer than %1 bytes without ETX").arg(pinpad::MaxPayload));
            } else {
                m_payload.append(QByteArrayView(&c, 1));
                m_lrc ^= quint8(c);
            }
            break;
        case State::Check:
            if (quint8(c) != m_lrc) {
                reject(out,
                       QStringLiteral("LRC is %1, the frame's bytes give %2").arg(hexByte(c), hexByte(char(m_lrc))));
                break;
            }
            {
                PinPadDecodeEvent e;
                e.kind = PinPadDecodeEvent::Kind::Frame;
                e.frame.command = m_header.at(0);
                if (m_side == Side::Responses)
                    e.frame.status = m_header.sliced(1, 2);
                e.frame.payload = std::move(m_payload);
                out.push_back(std::move(e));
            }
            reset();
            break;
        }
    }
    if (m_state == State::Hunting)
        flushSkipped(out);
    return out;
}

} // namespace posdesk
