#pragma once

#include <QByteArray>
#include <QList>

namespace posdesk::devsim {

// What the virtual printer's operator can change while it runs.
struct VirtualPrinterState
{
    bool paperOut = false;
    bool paperNearEnd = false;
    bool coverOpen = false;
    bool offline = false; // switched offline without a cause (the printer's own button, an error)
    bool mute = false;    // answers nothing at all, like a printer that is switched off
};

// The behaviour of an ESC/POS receipt printer, without any I/O: real-time status requests (DLE EOT n) are
// answered on arrival whatever the state; everything else goes into the buffer and is "printed" only while the
// printer is ready, in order, so GS r answers mark how far printing got. A real printer does the same, which is
// what lets the driver wait through paper-out without losing or repeating a byte.
class VirtualPrinter
{
public:
    // Bytes from the host; returns what the printer sends back.
    QByteArray receive(QByteArrayView bytes);
    // Changes the state; when it becomes ready it prints what it held, and returns what that answers.
    QByteArray setState(const VirtualPrinterState &state);
    const VirtualPrinterState &state() const { return m_state; }
    bool isReady() const;

    // The roll ends after this many more printed bytes (paper out in the middle of a job); negative: never.
    void runOutOfPaperAfter(qsizetype bytes) { m_paperLeft = bytes; }

    qsizetype heldBytes() const { return m_buffer.size(); }
    // Printed jobs, each up to and including its cut, in print order.
    QList<QByteArray> takeCutJobs();
    // What was printed after the last cut, once nothing more waits in the buffer (a drawer kick, a job without
    // a cut); empty otherwise.
    QByteArray takeUncutTail();

    // The byte DLE EOT n is answered with in the current state.
    quint8 realTimeStatus(int n) const;

private:
    QByteArray print();
    void splitCutJobs();

    VirtualPrinterState m_state;
    QByteArray m_incoming; // may end in the middle of a DLE EOT n
    QByteArray m_buffer;   // received, not printed
    QByteArray m_printed;  // printed since the last cut
    qsizetype m_cutScan = 0;
    QList<QByteArray> m_jobs;
    qsizetype m_paperLeft = -1;
};

} // namespace posdesk::devsim
