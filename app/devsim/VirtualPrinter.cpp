#include "VirtualPrinter.h"

#include <algorithm>
#include <utility>

namespace posdesk::devsim {

namespace {

constexpr char DLE = 0x10;
constexpr char EOT = 0x04;
constexpr char GS = 0x1D;

unsigned bit(bool on, int n)
{
    return on ? (1u << n) : 0;
}

} // namespace

bool VirtualPrinter::isReady() const
{
    return !m_state.paperOut && !m_state.coverOpen && !m_state.offline && !m_state.mute;
}

quint8 VirtualPrinter::realTimeStatus(int n) const
{
    // Fixed bits 0xx1xx10, then the bits of each request (see shared/reference/devices.md).
    quint8 b = 0x12;
    switch (n) {
    case 1:
        b |= quint8(bit(!isReady(), 3));
        break;
    case 2:
        b |= quint8(bit(m_state.coverOpen, 2) | bit(m_state.paperOut, 5));
        break;
    case 4:
        b |= quint8((m_state.paperNearEnd || m_state.paperOut ? 0x0C : 0) | (m_state.paperOut ? 0x60 : 0));
        break;
    default:
        break;
    }
    return b;
}

QByteArray VirtualPrinter::receive(QByteArrayView bytes)
{
    m_incoming.append(bytes.data(), bytes.size());
    QByteArray out;
    qsizetype i = 0;
    for (; i < m_incoming.size(); ++i) {
        if (m_incoming[i] != DLE) {
            m_buffer += m_incoming[i];
            continue;
        }
        if (i + 2 >= m_incoming.size())
            break; // the rest of the request is still on its way
        const int n = m_incoming[i + 2];
        if (m_incoming[i + 1] == EOT && n >= 1 && n <= 4) {
            // Printing keeps pace with arrival here, so the answer reflects the bytes that came before it.
            out += print();
            if (!m_state.mute)
                out += char(realTimeStatus(n));
            i += 2;
            continue;
        }
        m_buffer += m_incoming[i];
    }
    m_incoming.remove(0, i);
    out += print();
    return out;
}

QByteArray VirtualPrinter::setState(const VirtualPrinterState &state)
{
    m_state = state;
    if (!state.paperOut && m_paperLeft == 0)
        m_paperLeft = -1; // a new roll
    return print();
}

QByteArray VirtualPrinter::print()
{
    QByteArray answers;
    qsizetype i = 0;
    while (i < m_buffer.size() && isReady()) {
        if (m_buffer[i] == GS) {
            if (i + 1 >= m_buffer.size())
                break; // GS r must be seen whole
            if (m_buffer[i + 1] == 'r') {
                if (i + 2 >= m_buffer.size())
                    break;
                // GS r 1, paper sensor: bits 0-1 near end, bits 2-3 paper end. Answered in order, not printed.
                if (m_buffer[i + 2] == 1 || m_buffer[i + 2] == '1')
                    answers += char((m_state.paperNearEnd ? 0x03 : 0) | (m_state.paperOut ? 0x0C : 0));
                else
                    answers += char(0);
                i += 3;
                continue;
            }
        }
        m_printed += m_buffer[i++];
        if (m_paperLeft > 0 && --m_paperLeft == 0)
            m_state.paperOut = true;
    }
    m_buffer.remove(0, i);
    splitCutJobs();
    return answers;
}

void VirtualPrinter::splitCutJobs()
{
    for (;;) {
        const qsizetype at = m_printed.indexOf("\x1D\x56", m_cutScan);
        if (at < 0 || at + 2 >= m_printed.size()) {
            m_cutScan = at < 0 ? std::max<qsizetype>(0, m_printed.size() - 1) : at;
            return;
        }
        const quint8 m = quint8(m_printed[at + 2]);
        qsizetype end = at + 3; // GS V m: 0, 1, 48, 49
        if (m == 65 || m == 66 || m == 97 || m == 98 || m == 103 || m == 104)
            end = at + 4; // GS V m n: feed, then cut
        if (end > m_printed.size()) {
            m_cutScan = at;
            return;
        }
        m_jobs << m_printed.first(end);
        m_printed.remove(0, end);
        m_cutScan = 0;
    }
}

QList<QByteArray> VirtualPrinter::takeCutJobs()
{
    return std::exchange(m_jobs, {});
}

QByteArray VirtualPrinter::takeUncutTail()
{
    if (!m_buffer.isEmpty() || !m_incoming.isEmpty() || m_printed.isEmpty())
        return {};
    m_cutScan = 0;
    return std::exchange(m_printed, {});
}

} // namespace posdesk::devsim
