#include "PtyDevices.h"

#include "printer/EscPosDump.h"
#include "transport/DeviceFileTransport.h"
#include "transport/TcpTransport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace posdesk;
using posdesk::test::PtyPrinter;

namespace {

const QByteArray kJob = QByteArrayLiteral("\x1B@\x1C&receipt line one\nreceipt line two\nreceipt line three\n"
                                          "receipt line four\n\x1D\x56\x42\x00");

} // namespace

// The printer driver over a pseudo-terminal: every status bit as the printer reports it, no answer as offline,
// and a job followed through to the end, including a printer that stops in the middle of it.
class TestReceiptPrinter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_seq = 0;
    QString nextLink() { return m_dir.filePath(QStringLiteral("printer%1").arg(++m_seq)); }

    std::unique_ptr<ReceiptPrinter> printerOn(const QString &path, PrinterDriverOptions o = test::fastPrinterOptions())
    {
        return std::make_unique<ReceiptPrinter>(test::serialTo(path), o);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // The bytes a printer answers DLE EOT 1, 2, 4 (and 3 when 2 reports an error) with.
    void statusBits_data()
    {
        QTest::addColumn<int>("printerByte"); // DLE EOT 1
        QTest::addColumn<int>("offlineByte"); // DLE EOT 2
        QTest::addColumn<int>("errorByte");   // DLE EOT 3, -1: must not be asked
        QTest::addColumn<int>("paperByte");   // DLE EOT 4
        QTest::addColumn<PrinterReadiness>("readiness");
        QTest::addColumn<QString>("field"); // the status field that must be true
        QTest::addColumn<QString>("problem");

        const auto ready = PrinterReadiness::Ready;
        const auto notReady = PrinterReadiness::NotReady;
        QTest::newRow("ready") << 0x12 << 0x12 << -1 << 0x12 << ready << QStringLiteral("online") << QString();
        QTest::newRow("drawer pin high") << 0x16 << 0x12 << -1 << 0x12 << ready << QStringLiteral("drawer")
                                         << QString();
        QTest::newRow("offline, no cause")
            << 0x1A << 0x12 << -1 << 0x12 << notReady << QString() << QStringLiteral("offline");
        QTest::newRow("cover open") << 0x1A << 0x16 << -1 << 0x12 << notReady << QStringLiteral("cover")
                                    << QStringLiteral("cover is open");
        QTest::newRow("feed button") << 0x1A << 0x1A << -1 << 0x12 << notReady << QStringLiteral("feed")
                                     << QStringLiteral("offline");
        QTest::newRow("stopped by paper end") << 0x1A << 0x32 << -1 << 0x12 << notReady
                                              << QStringLiteral("stoppedByPaperEnd") << QStringLiteral("out of paper");
        QTest::newRow("paper out, both sensor bits")
            << 0x1A << 0x32 << -1 << 0x7E << notReady << QStringLiteral("paperOut") << QStringLiteral("out of paper");
        QTest::newRow("paper out, bit 5")
            << 0x12 << 0x12 << -1 << 0x32 << notReady << QStringLiteral("paperOut") << QStringLiteral("out of paper");
        QTest::newRow("paper out, bit 6")
            << 0x12 << 0x12 << -1 << 0x52 << notReady << QStringLiteral("paperOut") << QStringLiteral("out of paper");
        QTest::newRow("near end, bit 2") << 0x12 << 0x12 << -1 << 0x16 << ready << QStringLiteral("nearEnd")
                                         << QString();
        QTest::newRow("near end, bit 3") << 0x12 << 0x12 << -1 << 0x1A << ready << QStringLiteral("nearEnd")
                                         << QString();
        QTest::newRow("cutter jammed") << 0x1A << 0x52 << 0x1A << 0x12 << notReady << QStringLiteral("cutter")
                                       << QStringLiteral("cutter is jammed");
        QTest::newRow("unrecoverable error") << 0x1A << 0x52 << 0x32 << 0x12 << notReady
                                             << QStringLiteral("unrecoverable") << QStringLiteral("call service");
        QTest::newRow("head too hot") << 0x1A << 0x52 << 0x52 << 0x12 << notReady << QStringLiteral("autoRecoverable")
                                      << QStringLiteral("too hot");
        QTest::newRow("error without a cause") << 0x1A << 0x52 << 0x12 << 0x12 << notReady << QStringLiteral("error")
                                               << QStringLiteral("reports an error");
    }
    void statusBits()
    {
        QFETCH(int, printerByte);
        QFETCH(int, offlineByte);
        QFETCH(int, errorByte);
        QFETCH(int, paperByte);
        QFETCH(PrinterReadiness, readiness);
        QFETCH(QString, field);
        QFETCH(QString, problem);

        PtyPrinter pty(nextLink());
        pty.fixedReplies = {{1, quint8(printerByte)}, {2, quint8(offlineByte)}, {4, quint8(paperByte)}};
        if (errorByte >= 0)
            pty.fixedReplies[3] = quint8(errorByte);
        QVERIFY(pty.plug());
        auto printer = printerOn(pty.port.linkPath());
        QSignalSpy readinessSpy(printer.get(), &ReceiptPrinter::readinessChanged);
        printer->start();
        QTRY_COMPARE(printer->readiness(), readiness);
        QCOMPARE(pty.requests.mid(0, 3), (QList<int>{1, 2, 4}));
        QCOMPARE(pty.requests.contains(3), errorByte >= 0);

        const PrinterStatus &s = printer->status();
        const std::map<QString, std::optional<bool>> fields{{QStringLiteral("online"), s.online},
                                                            {QStringLiteral("drawer"), s.drawerSignalHigh},
                                                            {QStringLiteral("cover"), s.coverOpen},
                                                            {QStringLiteral("feed"), s.feedButtonPressed},
                                                            {QStringLiteral("stoppedByPaperEnd"), s.stoppedByPaperEnd},
                                                            {QStringLiteral("paperOut"), s.paperOut},
                                                            {QStringLiteral("nearEnd"), s.paperNearEnd},
                                                            {QStringLiteral("cutter"), s.autocutterError},
                                                            {QStringLiteral("unrecoverable"), s.unrecoverableError},
                                                            {QStringLiteral("autoRecoverable"), s.autoRecoverableError},
                                                            {QStringLiteral("error"), s.errorOccurred}};
        for (const auto &[name, value] : fields) {
            if (name == field)
                QVERIFY2(value.value_or(false), qPrintable(name));
            else if (name != QLatin1String("online") && name != QLatin1String("stoppedByPaperEnd") &&
                     name != QLatin1String("error") &&
                     !(name == QLatin1String("nearEnd") && field == QLatin1String("paperOut")))
                QVERIFY2(!value.value_or(false), qPrintable(name)); // one cause at a time
        }
        if (problem.isEmpty()) {
            QVERIFY(printer->problems().isEmpty());
        } else {
            QVERIFY2(printer->problems().join(u' ').contains(problem), qPrintable(printer->problems().join(u' ')));
            QVERIFY(!printer->send(kJob).ok());
        }
        if (field == QLatin1String("nearEnd"))
            QVERIFY(s.problems().join(u' ').contains(QStringLiteral("nearly used up")));
    }

    void noAnswerCountsAsOffline()
    {
        PtyPrinter pty(nextLink());
        pty.fixedReplies = {{1, 0x12}}; // answers the first request only, then nothing
        QVERIFY(pty.plug());
        auto printer = printerOn(pty.port.linkPath());
        printer->start();
        QTRY_COMPARE(printer->readiness(), PrinterReadiness::NotAnswering);
        QVERIFY(!printer->status().online.value_or(true));
        QVERIFY(printer->problems().join(u' ').contains(QStringLiteral("does not answer")));
        const auto send = printer->send(kJob);
        QVERIFY(!send.ok());
        QCOMPARE(send.error().kind, ErrorKind::Environment);

        // Garbage instead of status bytes (wrong speed) is no answer either.
        pty.fixedReplies = {{1, 0xFF}, {2, 0xFF}, {4, 0xFF}};
        QTest::qWait(200);
        QCOMPARE(printer->readiness(), PrinterReadiness::NotAnswering);
        // Answers again: ready again.
        pty.fixedReplies = {{1, 0x12}, {2, 0x12}, {4, 0x12}};
        QTRY_COMPARE(printer->readiness(), PrinterReadiness::Ready);
    }

    void readinessFollowsThePrinter()
    {
        PtyPrinter pty(nextLink());
        QVERIFY(pty.plug());
        auto printer = printerOn(pty.port.linkPath());
        QSignalSpy spy(printer.get(), &ReceiptPrinter::readinessChanged);
        printer->start();
        QTRY_COMPARE(printer->readiness(), PrinterReadiness::Ready);
        pty.setState({.coverOpen = true});
        QTRY_COMPARE(printer->readiness(), PrinterReadiness::NotReady);
        QVERIFY(printer->status().coverOpen.value_or(false));
        pty.setState({});
        QTRY_COMPARE(printer->readiness(), PrinterReadiness::Ready);
        QList<PrinterReadiness> seen;
        for (const auto &args : spy)
            seen << args.first().value<PrinterReadiness>();
        QCOMPARE(seen, (QList<PrinterReadiness>{PrinterReadiness::Unknown, PrinterReadiness::Ready,
                                                PrinterReadiness::NotReady, PrinterReadiness::Ready}));
    }

    void jobCompletesWhenThePrinterHasWorkedThroughIt()
    {
        PtyPrinter pty(nextLink());
        QVERIFY(pty.plug());
        auto printer = printerOn(pty.port.linkPath());
        QSignalSpy completed(printer.get(), &ReceiptPrinter::jobCompleted);
        printer->start();
        QTRY_VERIFY(printer->isReady());
        QVERIFY(printer->send(kJob).ok());
        QVERIFY(printer->isBusy());
        QCOMPARE(printer->send(kJob).error().kind, ErrorKind::Refused); // one job at a time
        QTRY_COMPARE(completed.count(), 1);
        QVERIFY(!printer->isBusy());
        QCOMPARE(pty.jobs, QList<QByteArray>{kJob});
        // The job went out whole, followed by GS r 1, whose answer marks the end.
        QVERIFY(pty.raw.contains(kJob + QByteArrayLiteral("\x1D\x72\x01")));
    }

    void paperOutInTheMiddleOfAJob()
    {
        PtyPrinter pty(nextLink());
        QVERIFY(pty.plug());
        auto printer = printerOn(pty.port.linkPath());
        QSignalSpy completed(printer.get(), &ReceiptPrinter::jobCompleted);
        QSignalSpy held(printer.get(), &ReceiptPrinter::jobHeld);
        printer->start();
        QTRY_VERIFY(printer->isReady());
        pty.printer.runOutOfPaperAfter(30); // the roll ends in the second line
        QVERIFY(printer->send(kJob).ok());
        QTRY_COMPARE(held.count(), 1);
        QVERIFY(held.first().first().toStringList().join(u' ').contains(QStringLiteral("out of paper")));
        QCOMPARE(completed.count(), 0);
        QVERIFY(pty.jobs.isEmpty());
        QVERIFY(pty.printer.heldBytes() > 0);
        QTest::qWait(200); // polls go on; nothing is sent again
        QCOMPARE(pty.raw.count(kJob), 1);

        pty.setPaperOut(false); // new roll
        QTRY_COMPARE(completed.count(), 1);
        QCOMPARE(pty.jobs, QList<QByteArray>{kJob}); // printed once, nothing lost
        QCOMPARE(pty.raw.count(kJob), 1);
    }

    void unplugDuringAJobLosesIt()
    {
        PtyPrinter pty(nextLink());
        QVERIFY(pty.plug());
        auto printer = printerOn(pty.port.linkPath());
        QSignalSpy lost(printer.get(), &ReceiptPrinter::jobLost);
        printer->start();
        QTRY_VERIFY(printer->isReady());
        pty.printer.runOutOfPaperAfter(5);
        QVERIFY(printer->send(kJob).ok());
        QTRY_COMPARE(printer->readiness(), PrinterReadiness::NotReady);
        pty.port.unplug(); // the printer is switched off with the rest of the job in its buffer
        QTRY_COMPARE(lost.count(), 1);
        QCOMPARE(printer->readiness(), PrinterReadiness::Disconnected);
        QVERIFY(!printer->isBusy());
        QVERIFY(!printer->problems().isEmpty());

        pty.printer = devsim::VirtualPrinter(); // switched on again with a new roll and an empty buffer
        QVERIFY(pty.plug());
        QTRY_VERIFY_WITH_TIMEOUT(printer->isReady(), 5000);
    }

    void aModelWithoutGsRCompletesAfterTheTimeout()
    {
        PtyPrinter pty(nextLink());
        pty.fixedReplies = {{1, 0x12}, {2, 0x12}, {4, 0x12}}; // status, but never an answer to GS r
        QVERIFY(pty.plug());
        auto options = test::fastPrinterOptions();
        options.completionTimeoutMs = 300;
        auto printer = printerOn(pty.port.linkPath(), options);
        QSignalSpy completed(printer.get(), &ReceiptPrinter::jobCompleted);
        printer->start();
        QTRY_VERIFY(printer->isReady());
        QVERIFY(printer->send(kJob).ok());
        QTest::qWait(100);
        QCOMPARE(completed.count(), 0);
        QTRY_COMPARE(completed.count(), 1);
    }

    void deviceFileHasNoStatusAndCompletesWhenWritten()
    {
        PtyPrinter pty(nextLink());
        QVERIFY(pty.plug());
        auto file = std::make_unique<DeviceFileTransport>(pty.port.linkPath());
        file->setBackoff(test::fastBackoff());
        ReceiptPrinter printer(std::move(file), test::fastPrinterOptions());
        QSignalSpy completed(&printer, &ReceiptPrinter::jobCompleted);
        printer.start();
        QCOMPARE(printer.readiness(), PrinterReadiness::Ready);
        QVERIFY(!printer.options().statusPolling);
        QVERIFY(printer.send(kJob).ok());
        QTRY_COMPARE(completed.count(), 1);
        QTRY_COMPARE(pty.jobs, QList<QByteArray>{kJob});
        QVERIFY(!pty.raw.contains("\x10\x04")); // nothing asked of a printer that cannot answer
    }

    void networkPrinterAnswersOnTheSameSocket()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        devsim::VirtualPrinter virtualPrinter;
        QList<QByteArray> jobs;
        std::unique_ptr<QTcpSocket> peer;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            peer.reset(server.nextPendingConnection());
            connect(peer.get(), &QTcpSocket::readyRead, this, [&] {
                peer->write(virtualPrinter.receive(peer->readAll()));
                jobs += virtualPrinter.takeCutJobs();
            });
        });
        auto tcp = std::make_unique<TcpTransport>(QStringLiteral("127.0.0.1:%1").arg(server.serverPort()));
        tcp->setBackoff(test::fastBackoff());
        ReceiptPrinter printer(std::move(tcp), test::fastPrinterOptions());
        QSignalSpy completed(&printer, &ReceiptPrinter::jobCompleted);
        printer.start();
        QTRY_VERIFY(printer.isReady());
        peer->write(virtualPrinter.setState({.paperOut = true}));
        QTRY_COMPARE(printer.readiness(), PrinterReadiness::NotReady);
        QVERIFY(printer.status().paperOut.value_or(false));
        peer->write(virtualPrinter.setState({}));
        QTRY_VERIFY(printer.isReady());
        QVERIFY(printer.send(kJob).ok());
        QTRY_COMPARE(completed.count(), 1);
        QCOMPARE(jobs, QList<QByteArray>{kJob});
    }
};

QTEST_GUILESS_MAIN(TestReceiptPrinter)
#include "tst_receiptprinter.moc"
