#pragma once

#include "PtyMaster.h"
#include "VirtualPrinter.h"
#include "printing/ReceiptPrinter.h"
#include "transport/SerialTransport.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <optional>

namespace posdesk::test {

// Short enough that a test never waits long, long enough for a loaded build machine.
inline Backoff fastBackoff()
{
    return {20, 200};
}

inline PrinterDriverOptions fastPrinterOptions()
{
    PrinterDriverOptions o;
    o.pollIntervalMs = 50;
    o.replyTimeoutMs = 300;
    o.completionTimeoutMs = 3000;
    return o;
}

inline std::unique_ptr<SerialTransport> serialTo(const QString &path)
{
    auto t = std::make_unique<SerialTransport>(path, SerialSettings{});
    t->setBackoff(fastBackoff());
    return t;
}

// A receipt printer behind a pseudo-terminal, played in the test's own process by posdesk-devsim's virtual
// printer: what it answers, holds and prints is what the simulator would.
class PtyPrinter : public QObject
{
public:
    explicit PtyPrinter(const QString &link) : port(link)
    {
        connect(&port, &devsim::PtyMaster::received, this, [this](const QByteArray &bytes) {
            raw += bytes;
            if (!fixedReplies.empty()) {
                answerFixed(bytes);
                return;
            }
            answer(printer.receive(bytes));
        });
    }

    bool plug()
    {
        auto s = port.plug();
        if (!s)
            qWarning("%s", qPrintable(s.error().fullText()));
        return s.ok();
    }
    void setState(const devsim::VirtualPrinterState &state) { answer(printer.setState(state)); }
    void setPaperOut(bool out)
    {
        auto s = printer.state();
        s.paperOut = out;
        setState(s);
    }

    devsim::PtyMaster port;
    devsim::VirtualPrinter printer;
    QList<QByteArray> jobs; // printed, each up to its cut
    QByteArray raw;         // everything received
    // When set: DLE EOT n is answered with fixedReplies[n] (absent n: no answer), and nothing else is answered.
    std::map<int, quint8> fixedReplies;
    // With fixedReplies: the requests seen, in order.
    QList<int> requests;

private:
    void answer(const QByteArray &bytes)
    {
        if (!bytes.isEmpty())
            QVERIFY(port.write(bytes).ok());
        jobs += printer.takeCutJobs();
    }

    void answerFixed(const QByteArray &bytes)
    {
        m_pending += bytes;
        qsizetype at;
        while ((at = m_pending.indexOf("\x10\x04")) >= 0 && at + 2 < m_pending.size()) {
            const int n = m_pending[at + 2];
            requests << n;
            m_pending.remove(0, at + 3);
            const auto it = fixedReplies.find(n);
            if (it != fixedReplies.end())
                QVERIFY(port.write(QByteArray(1, char(it->second))).ok());
        }
    }

    QByteArray m_pending;
};

} // namespace posdesk::test
