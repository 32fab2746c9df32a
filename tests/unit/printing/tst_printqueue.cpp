#include "PtyDevices.h"
#include "TestSupport.h"

#include "manager/DeviceStore.h"
#include "printing/PrintQueue.h"
#include "time/Clock.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace posdesk;
using posdesk::test::PtyPrinter;

namespace {

QByteArray job(const char *text)
{
    return QByteArray("\x1B@") + text + QByteArray("\n\x1D\x56\x42\x00", 5);
}

Id addPrinter(Database &db, const Clock &clock, const QString &address)
{
    DeviceConfig d;
    d.name = address;
    d.address = address;
    auto id = DeviceStore(db, clock).add(d);
    return id ? *id : 0;
}

// A printer driver and its queue on one pseudo-terminal printer.
struct Rig
{
    Rig(Database &db, const Clock &clock, Id device, const QString &path)
        : printer(test::serialTo(path), test::fastPrinterOptions()), queue(db, clock, device, printer)
    {
        printer.start();
        queue.start();
    }
    ReceiptPrinter printer;
    PrintQueue queue;
};

// One approved sale, for slips that carry a transaction; its id.
Id addSale(Database &db)
{
    QSqlQuery q(db.connection());
    for (const char *sql :
         {"INSERT INTO merchants (mid, name, created_at) VALUES ('898310058120001', 'M', 0)",
          "INSERT INTO acquirers (name, host, port, created_at) VALUES ('A', '127.0.0.1', 1, 0)",
          "INSERT INTO terminals (tid, merchant_id, acquirer_id, state, created_at, updated_at) VALUES ('12345601', 1, "
          "1, 'active', 0, 0)",
          "INSERT INTO transactions (terminal_id, batch_no, stan, kind, status, amount_minor, currency, created_at, "
          "updated_at) VALUES (1, 1, 1, 'sale', 'approved', 1234, 'CNY', 0, 0)"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return 0;
    }
    return q.exec(QStringLiteral("SELECT MAX(id) FROM transactions")) && q.next() ? q.value(0).toLongLong() : 0;
}

int printedFlag(Database &db, Id txn)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT printed FROM transactions WHERE id = ?"));
    q.addBindValue(qlonglong(txn));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

// The persistent print queue: jobs wait through paper-out, a cover left open and an unplugged printer, survive a
// restart, print exactly once, and stay reprintable.
class TestPrintQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_seq = 0;
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    TestClock m_clock;

    QString nextLink() { return m_dir.filePath(QStringLiteral("printer%1").arg(++m_seq)); }

    PrintJob jobRow(Id id)
    {
        auto j = PrintJobStore(*m_db, m_clock).find(id);
        return j ? *j : PrintJob{};
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void init()
    {
        auto tdb = test::TestDatabase::create(DbEngine::Sqlite);
        QVERIFY(tdb.ok());
        m_tdb = std::move(*tdb);
        auto db = m_tdb->open();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
        m_db = std::move(*db);
    }
    void cleanup()
    {
        m_db.reset();
        m_tdb.reset();
    }

    void storage_data() { test::addEngineRows(); }
    void storage()
    {
        QFETCH(DbEngine, engine);
        auto tdb = test::TestDatabase::create(engine);
        QVERIFY2(tdb.ok(), qPrintable(tdb.ok() ? QString() : tdb.error().fullText()));
        auto db = (*tdb)->open();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
        Database &d = **db;
        TestClock clock;
        const Id device = addPrinter(d, clock, QStringLiteral("/dev/ttyS9"));
        QVERIFY(device > 0);
        PrintJobStore store(d, clock);
        static const char bytes[] = "\x1B@\x00\xFF binary \x1D\x56\x00"; // NULs and 0xFF inside
        const QByteArray payload(bytes, sizeof bytes - 1);
        auto id = store.add(device, QStringLiteral("sale"), payload);
        QVERIFY(id.ok());
        auto found = store.find(*id);
        QVERIFY(found.ok());
        QCOMPARE(found->payload, payload);
        QCOMPARE(found->state, PrintJobState::Pending);
        QCOMPARE(*store.countWaiting(device), 1);

        // Of two processes claiming the same job, one wins.
        QCOMPARE(*store.claim(*id), true);
        QCOMPARE(*store.claim(*id), false);
        QCOMPARE(store.find(*id)->attempts, 1);
        QVERIFY(store.cancel(*id).error().kind == ErrorKind::Refused); // already at the printer

        // Left in flight by a process that stopped: failed once stale, and only then.
        QCOMPARE(*store.failAbandoned(device, 60000), 0);
        clock.advanceMs(61000);
        QCOMPARE(*store.failAbandoned(device, 60000), 1);
        QCOMPARE(store.find(*id)->state, PrintJobState::Failed);
        QVERIFY(!store.find(*id)->lastError.isEmpty());

        auto copy = store.reprint(*id);
        QVERIFY(copy.ok());
        QCOMPARE(store.find(*copy)->payload, payload);
        QCOMPARE(store.find(*copy)->reprintOf, std::optional<Id>(*id));
        QCOMPARE(store.nextPending(device)->value().id, *copy);
        QVERIFY(store.setState(*copy, PrintJobState::Printed).ok());
        QVERIFY(store.find(*copy)->printedAt.has_value());
        QVERIFY(!store.nextPending(device)->has_value());
        QCOMPARE(store.list(device)->size(), 2);
        QCOMPARE(store.find(9999).error().kind, ErrorKind::NotFound);
    }

    // transactions.printed follows the printer's word, never the queueing: `day check` counts what really printed.
    void transactionPrintedOnlyOnThePrintersAcknowledgement()
    {
        const Id txn = addSale(*m_db);
        QVERIFY(txn > 0);
        PtyPrinter pty(nextLink());
        QVERIFY(pty.plug());
        pty.setPaperOut(true);
        const Id device = addPrinter(*m_db, m_clock, pty.port.linkPath());
        Rig rig(*m_db, m_clock, device, pty.port.linkPath());
        QTRY_COMPARE(rig.printer.readiness(), PrinterReadiness::NotReady);
        auto merchantCopy = rig.queue.enqueue(QStringLiteral("sale"), job("merchant copy"), txn);
        QVERIFY(merchantCopy.ok());
        QCOMPARE(jobRow(*merchantCopy).transactionId, std::optional<Id>(txn));
        QTest::qWait(300);
        QCOMPARE(printedFlag(*m_db, txn), 0); // queued is not printed

        // Paper back: the printer works through the job and answers GS r; only then is the sale printed.
        pty.setPaperOut(false);
        QTRY_COMPARE(jobRow(*merchantCopy).state, PrintJobState::Printed);
        QCOMPARE(printedFlag(*m_db, txn), 1);

        // Failing or cancelling another copy never takes the mark back, and a job of no transaction touches none.
        PrintJobStore store(*m_db, m_clock);
        auto other = store.add(device, QStringLiteral("test"), job("test page"));
        QVERIFY(other.ok());
        QVERIFY(store.setState(*other, PrintJobState::Printed).ok());
        QCOMPARE(printedFlag(*m_db, txn), 1);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE transactions SET printed = 0")));
        auto failed = store.add(device, QStringLiteral("sale"), job("lost"), std::nullopt, txn);
        QVERIFY(failed.ok());
        QVERIFY(store.setState(*failed, PrintJobState::Failed).ok());
        QCOMPARE(printedFlag(*m_db, txn), 0);
        // A reprint keeps the transaction and starts with the mark.
        auto copy = store.reprint(*merchantCopy, QByteArray("MARK"));
        QVERIFY(copy.ok());
        QCOMPARE(store.find(*copy)->transactionId, std::optional<Id>(txn));
        QVERIFY(store.find(*copy)->payload.startsWith("MARK\x1B@"));
        QCOMPARE(store.lastForTransaction(txn)->value().id, *copy);
    }

    void jobsWaitForPaperAndThenPrintInOrder()
    {
        PtyPrinter pty(nextLink());
        QVERIFY(pty.plug());
        pty.setPaperOut(true);
        const Id device = addPrinter(*m_db, m_clock, pty.port.linkPath());
        Rig rig(*m_db, m_clock, device, pty.port.linkPath());
        QTRY_COMPARE(rig.printer.readiness(), PrinterReadiness::NotReady);

        auto first = rig.queue.enqueue(QStringLiteral("sale"), job("first"));
        auto second = rig.queue.enqueue(QStringLiteral("sale"), job("second"));
        QVERIFY(first.ok() && second.ok());
        QTest::qWait(200);
        QCOMPARE(jobRow(*first).state, PrintJobState::Pending);
        QVERIFY(jobRow(*first).lastError.contains(QStringLiteral("out of paper")));
        QVERIFY(!pty.raw.contains("first")); // nothing is sent to a printer that is not ready

        pty.setPaperOut(false);
        QTRY_COMPARE(jobRow(*second).state, PrintJobState::Printed);
        QCOMPARE(jobRow(*first).state, PrintJobState::Printed);
        QCOMPARE(pty.jobs, (QList<QByteArray>{job("first"), job("second")}));
    }

    void paperOutInTheMiddleOfAJobPrintsItOnce()
    {
        PtyPrinter pty(nextLink());
        QVERIFY(pty.plug());
        const Id device = addPrinter(*m_db, m_clock, pty.port.linkPath());
        Rig rig(*m_db, m_clock, device, pty.port.linkPath());
        QSignalSpy states(&rig.queue, &PrintQueue::jobStateChanged);
        QTRY_VERIFY(rig.printer.isReady());
        pty.printer.runOutOfPaperAfter(8);
        auto id = rig.queue.enqueue(QStringLiteral("sale"), job("a receipt longer than the paper left"));
        auto next = rig.queue.enqueue(QStringLiteral("sale"), job("the next receipt"));
        QTRY_COMPARE(jobRow(*id).state, PrintJobState::Held);
        QVERIFY(jobRow(*id).lastError.contains(QStringLiteral("out of paper")));
        QCOMPARE(jobRow(*next).state, PrintJobState::Pending); // waits behind the held one
        QVERIFY(pty.jobs.isEmpty());

        pty.setPaperOut(false);
        QTRY_COMPARE(jobRow(*next).state, PrintJobState::Printed);
        QCOMPARE(jobRow(*id).state, PrintJobState::Printed);
        QCOMPARE(jobRow(*id).attempts, 1);
        QCOMPARE(pty.jobs, (QList<QByteArray>{job("a receipt longer than the paper left"), job("the next receipt")}));
        QCOMPARE(pty.raw.count("a receipt longer"), 1);
        QList<PrintJobState> seen;
        for (const auto &args : states) {
            if (args.at(0).value<Id>() == *id)
                seen << args.at(1).value<PrintJobState>();
        }
        // Held while the paper was out, then printed; never sent a second time, never failed.
        QCOMPARE(seen.mid(0, 3),
                 (QList<PrintJobState>{PrintJobState::Pending, PrintJobState::Printing, PrintJobState::Held}));
        QCOMPARE(seen.last(), PrintJobState::Printed);
        QVERIFY(!seen.mid(1).contains(PrintJobState::Pending));
        QVERIFY(!seen.contains(PrintJobState::Failed));
    }

    void enqueueNeverWaitsForThePrinter()
    {
        // No printer at all: the job is stored and enqueue() returns before any event is processed.
        const QString path = nextLink();
        const Id device = addPrinter(*m_db, m_clock, path);
        Rig rig(*m_db, m_clock, device, path);
        QCOMPARE(rig.printer.readiness(), PrinterReadiness::Disconnected);
        auto id = rig.queue.enqueue(QStringLiteral("sale"), job("sale 1"));
        QVERIFY(id.ok());
        QCOMPARE(jobRow(*id).state, PrintJobState::Pending);
        QVERIFY(jobRow(*id).lastError.contains(path)); // why it waits

        // The printer is plugged in later: the job prints by itself.
        PtyPrinter pty(path);
        QVERIFY(pty.plug());
        QTRY_COMPARE_WITH_TIMEOUT(jobRow(*id).state, PrintJobState::Printed, 5000);
        QCOMPARE(pty.jobs, QList<QByteArray>{job("sale 1")});
    }

    void theQueueSurvivesARestart()
    {
        PtyPrinter pty(nextLink());
        QVERIFY(pty.plug());
        pty.setState({.coverOpen = true});
        const Id device = addPrinter(*m_db, m_clock, pty.port.linkPath());
        Id id = 0;
        {
            Rig rig(*m_db, m_clock, device, pty.port.linkPath());
            QTRY_COMPARE(rig.printer.readiness(), PrinterReadiness::NotReady);
            auto r = rig.queue.enqueue(QStringLiteral("refund"), job("refund slip"));
            QVERIFY(r.ok());
            id = *r;
            QTest::qWait(100);
        }
        // The "process" ends: its connection goes too. A new one finds the job where it was.
        m_db.reset();
        auto reopened = m_tdb->open();
        QVERIFY(reopened.ok());
        m_db = std::move(*reopened);
        QCOMPARE(jobRow(id).state, PrintJobState::Pending);
        QVERIFY(jobRow(id).lastError.contains(QStringLiteral("cover")));
        QVERIFY(pty.jobs.isEmpty());

        pty.setState({});
        Rig rig(*m_db, m_clock, device, pty.port.linkPath());
        QTRY_COMPARE(jobRow(id).state, PrintJobState::Printed);
        QCOMPARE(pty.jobs, QList<QByteArray>{job("refund slip")});
    }

    void cancelledAndFailedJobsStayReprintable()
    {
        PtyPrinter pty(nextLink());
        QVERIFY(pty.plug());
        pty.setPaperOut(true);
        const Id device = addPrinter(*m_db, m_clock, pty.port.linkPath());
        Rig rig(*m_db, m_clock, device, pty.port.linkPath());
        auto id = rig.queue.enqueue(QStringLiteral("void"), job("void slip"));
        QVERIFY(rig.queue.cancel(*id).ok());
        QCOMPARE(jobRow(*id).state, PrintJobState::Cancelled);
        QVERIFY(!rig.queue.cancel(*id).ok());
        pty.setPaperOut(false);
        QTRY_VERIFY(rig.printer.isReady());
        QTest::qWait(150);
        QVERIFY(pty.jobs.isEmpty()); // cancelled means never printed

        auto again = rig.queue.reprint(*id);
        QVERIFY(again.ok());
        QTRY_COMPARE(jobRow(*again).state, PrintJobState::Printed);
        QCOMPARE(jobRow(*again).reprintOf, std::optional<Id>(*id));

        // The printer is unplugged while it holds a job: the outcome is unknown, so the job fails, reprintable.
        pty.printer.runOutOfPaperAfter(4);
        auto held = rig.queue.enqueue(QStringLiteral("sale"), job("interrupted sale"));
        QTRY_COMPARE(jobRow(*held).state, PrintJobState::Held);
        pty.port.unplug();
        QTRY_COMPARE(jobRow(*held).state, PrintJobState::Failed);
        QVERIFY(jobRow(*held).lastError.contains(QStringLiteral("Reprint")));
        pty.printer = devsim::VirtualPrinter(); // switched off and on: its buffer is gone
        pty.jobs.clear();
        QVERIFY(pty.plug());
        auto retry = rig.queue.reprint(*held);
        QVERIFY(retry.ok());
        QTRY_COMPARE_WITH_TIMEOUT(jobRow(*retry).state, PrintJobState::Printed, 5000);
        QCOMPARE(pty.jobs, QList<QByteArray>{job("interrupted sale")});
    }
};

QTEST_GUILESS_MAIN(TestPrintQueue)
#include "tst_printqueue.moc"
