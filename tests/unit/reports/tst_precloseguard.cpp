#include "ReportTestData.h"
#include "TestSupport.h"

#include "reports/ReportLanguage.h"
#include "settlement/PreCloseGuard.h"
#include "storage/BatchRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/ReversalRepository.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"

#include <QTest>

using namespace posdesk;
using test::SmallShop;

namespace {

std::vector<PreCloseItem> ofIssue(const std::vector<PreCloseItem> &items, PreCloseIssue issue)
{
    std::vector<PreCloseItem> out;
    for (const PreCloseItem &i : items) {
        if (i.issue == issue)
            out.push_back(i);
    }
    return out;
}

} // namespace

// What must be dealt with before the day is closed, on SQLite and PostgreSQL.
class TestPreCloseGuard : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    // 2026-01-06 20:00 in the shop: the day being closed is 2026-01-06.
    TestClock m_clock{SmallShop::at(6, 20, 0).toUTC()};
    Id m_t1 = 0;
    Id m_t2 = 0;

    Result<std::vector<PreCloseItem>> check()
    {
        return PreCloseGuard(*m_db, m_clock, SmallShop::zone(), QLocale::c()).check();
    }

    Id addTxn(Id terminal, int batch, int stan, TxnKind kind, TxnStatus status, const QDateTime &at)
    {
        CardTransaction t;
        t.terminalId = terminal;
        t.batchNo = batch;
        t.stan = stan;
        t.kind = kind;
        t.status = status;
        t.amount = Money::cny(1000);
        t.createdAt = at.toMSecsSinceEpoch();
        t.updatedAt = t.createdAt;
        auto id = TransactionRepository(*m_db).insert(t);
        if (!id)
            qFatal("%s", qPrintable(id.error().fullText()));
        return *id;
    }
    void setPrinted(Id txn)
    {
        QVERIFY(sql::change(*m_db, QStringLiteral("UPDATE transactions SET printed = 1 WHERE id = ?"), {qlonglong(txn)},
                            QStringLiteral("test"), QStringLiteral("no such transaction"))
                    .ok());
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }

    void init()
    {
        QLocale::setDefault(QLocale::c());
        QFETCH_GLOBAL(DbEngine, engine);
        auto tdb = test::TestDatabase::create(engine);
        QVERIFY2(tdb.ok(), qPrintable(tdb.ok() ? QString() : tdb.error().fullText()));
        m_tdb = std::move(*tdb);
        auto db = m_tdb->open();
        QVERIFY(db.ok());
        m_db = std::move(*db);
        // The small shop's batches are all closed and its incidents are for the reports; start from them and
        // resolve what is open, so that each test adds exactly what it checks.
        QVERIFY(SmallShop::seed(*m_db).ok());
        QVERIFY(m_db->exec(QStringLiteral("UPDATE incidents SET state = 'resolved'")).ok());
        QVERIFY(m_db->exec(QStringLiteral("UPDATE transactions SET printed = 1")).ok());
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM batches WHERE state = 'open'")).ok());
        m_t1 = TerminalRepository(*m_db).findByTid(QString::fromLatin1(SmallShop::kTid1))->id;
        m_t2 = TerminalRepository(*m_db).findByTid(QString::fromLatin1(SmallShop::kTid2))->id;
    }
    void cleanup()
    {
        m_db.reset();
        m_tdb.reset();
    }

    void clearDayHasNothing()
    {
        auto items = check();
        QVERIFY2(items.ok(), qPrintable(items.ok() ? QString() : items.error().fullText()));
        QVERIFY(items->empty());
    }

    void openBatchWithApprovedSalesIsUnsettled()
    {
        QVERIFY(BatchRepository(*m_db).open(m_t1, 3, SmallShop::at(6, 8, 0).toMSecsSinceEpoch()).ok());
        const Id sale = addTxn(m_t1, 3, 10, TxnKind::Sale, TxnStatus::Approved, SmallShop::at(6, 9, 0));
        setPrinted(sale);
        // Declined transactions and other batches do not count.
        setPrinted(addTxn(m_t1, 3, 11, TxnKind::Sale, TxnStatus::Declined, SmallShop::at(6, 9, 5)));
        auto items = check();
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 1u);
        const PreCloseItem &item = items->front();
        QCOMPARE(item.issue, PreCloseIssue::UnsettledBatch);
        QCOMPARE(item.tid, QString::fromLatin1(SmallShop::kTid1));
        QCOMPARE(item.count, 1);
        QVERIFY2(item.what.contains(QStringLiteral("Batch 3")) && item.what.contains(QStringLiteral("10.00")),
                 qPrintable(item.what));
        QVERIFY2(item.nextStep.contains(QStringLiteral("posdesk-cli settle --tid 10000001")),
                 qPrintable(item.nextStep));
    }

    void emptyOrDeclinedOnlyBatchIsNotAWarning()
    {
        QVERIFY(BatchRepository(*m_db).open(m_t1, 3, SmallShop::at(6, 8, 0).toMSecsSinceEpoch()).ok());
        QVERIFY(BatchRepository(*m_db).open(m_t2, 2, SmallShop::at(6, 8, 0).toMSecsSinceEpoch()).ok());
        setPrinted(addTxn(m_t2, 2, 10, TxnKind::Sale, TxnStatus::Declined, SmallShop::at(6, 9, 0)));
        auto items = check();
        QVERIFY(items.ok());
        QVERIFY(items->empty());
    }

    void interruptedSettlementSaysSettleAgain()
    {
        auto batch = BatchRepository(*m_db).open(m_t2, 2, SmallShop::at(6, 8, 0).toMSecsSinceEpoch());
        QVERIFY(batch.ok());
        QVERIFY(BatchRepository(*m_db).setState(*batch, BatchState::Settling).ok());
        setPrinted(addTxn(m_t2, 2, 10, TxnKind::Sale, TxnStatus::Approved, SmallShop::at(6, 9, 0)));
        auto items = check();
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 1u);
        QVERIFY(items->front().what.contains(QStringLiteral("interrupted")));
        QVERIFY(items->front().nextStep.contains(QStringLiteral("again")));
    }

    void pendingReversalsAreListed()
    {
        const Id doubtful = addTxn(m_t1, 3, 20, TxnKind::Sale, TxnStatus::InDoubt, SmallShop::at(6, 10, 0));
        const Id answered = addTxn(m_t1, 3, 21, TxnKind::Sale, TxnStatus::Reversed, SmallShop::at(6, 10, 5));
        ReversalRepository reversals(*m_db);
        auto pending = reversals.enqueue(doubtful, QStringLiteral("98"), SmallShop::at(6, 10, 1).toMSecsSinceEpoch());
        QVERIFY(pending.ok());
        QVERIFY(reversals
                    .recordFailure(*pending, 2, SmallShop::at(6, 11, 0).toMSecsSinceEpoch(),
                                   QStringLiteral("host unreachable"))
                    .ok());
        auto done = reversals.enqueue(answered, QStringLiteral("98"), SmallShop::at(6, 10, 6).toMSecsSinceEpoch());
        QVERIFY(done.ok());
        QVERIFY(reversals.markDone(*done, SmallShop::at(6, 10, 7).toMSecsSinceEpoch()).ok());
        auto items = check();
        QVERIFY(items.ok());
        const auto listed = ofIssue(*items, PreCloseIssue::PendingReversal);
        QCOMPARE(listed.size(), 1u);
        QCOMPARE(listed.front().objectId, *pending);
        QVERIFY2(listed.front().what.contains(QStringLiteral("trace 20")) &&
                     listed.front().what.contains(QStringLiteral("host unreachable")),
                 qPrintable(listed.front().what));
        QVERIFY(listed.front().nextStep.contains(QStringLiteral("reversals flush")));
    }

    void unprintedReceiptsOfTheDayOnly()
    {
        addTxn(m_t1, 3, 30, TxnKind::Sale, TxnStatus::Approved, SmallShop::at(6, 12, 0));
        addTxn(m_t1, 3, 31, TxnKind::Refund, TxnStatus::Approved, SmallShop::at(6, 12, 30));
        addTxn(m_t2, 2, 30, TxnKind::Sale, TxnStatus::Approved, SmallShop::at(6, 0, 0)); // first second of the day
        // Not counted: printed, declined, yesterday.
        setPrinted(addTxn(m_t2, 2, 31, TxnKind::Sale, TxnStatus::Approved, SmallShop::at(6, 13, 0)));
        addTxn(m_t2, 2, 32, TxnKind::Sale, TxnStatus::Declined, SmallShop::at(6, 13, 5));
        addTxn(m_t2, 2, 33, TxnKind::Sale, TxnStatus::Approved, SmallShop::at(5, 23, 59, 59));
        // Open batches of these sales are someone else's warning: close them out of the picture.
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM batches WHERE state = 'open'")).ok());
        auto items = check();
        QVERIFY(items.ok());
        const auto listed = ofIssue(*items, PreCloseIssue::UnprintedReceipts);
        QCOMPARE(listed.size(), 2u);
        QCOMPARE(listed[0].tid, QString::fromLatin1(SmallShop::kTid1));
        QCOMPARE(listed[0].count, 2);
        QCOMPARE(listed[1].tid, QString::fromLatin1(SmallShop::kTid2));
        QCOMPARE(listed[1].count, 1);
        QVERIFY(listed[0].nextStep.contains(QStringLiteral("print queue")));
    }

    void openAndEscalatedIncidents()
    {
        IncidentRepository incidents(*m_db);
        Incident open;
        open.terminalId = m_t1;
        open.tid = QString::fromLatin1(SmallShop::kTid1);
        open.code = QStringLiteral("97");
        open.openedAt = SmallShop::at(6, 14, 0).toMSecsSinceEpoch();
        open.lastSeenAt = open.openedAt;
        auto openId = incidents.add(open);
        QVERIFY(openId.ok());
        Incident escalated = open;
        escalated.code = QStringLiteral("A0");
        escalated.state = IncidentState::Escalated;
        escalated.openedAt += 1000;
        auto escalatedId = incidents.add(escalated);
        QVERIFY(escalatedId.ok());
        auto items = check();
        QVERIFY(items.ok());
        const auto listed = ofIssue(*items, PreCloseIssue::OpenIncident);
        QCOMPARE(listed.size(), 2u);
        QCOMPARE(listed[0].objectId, *openId);
        QVERIFY2(listed[0].what.contains(QStringLiteral("97")), qPrintable(listed[0].what));
        QVERIFY(listed[0].nextStep.contains(QStringLiteral("incidents diagnose %1").arg(*openId)));
        QVERIFY(listed[1].what.contains(QStringLiteral("escalated")));
        QVERIFY(listed[1].nextStep.contains(QStringLiteral("incidents resolve %1").arg(*escalatedId)));
    }

    void adviceInChinese()
    {
        QVERIFY(BatchRepository(*m_db).open(m_t1, 3, SmallShop::at(6, 8, 0).toMSecsSinceEpoch()).ok());
        setPrinted(addTxn(m_t1, 3, 10, TxnKind::Sale, TxnStatus::Approved, SmallShop::at(6, 9, 0)));
        ReportTranslation zh(ReportLanguage::Chinese);
        QVERIFY(zh.loaded());
        auto items = check();
        QVERIFY(items.ok());
        QCOMPARE(items->size(), 1u);
        QVERIFY2(items->front().what.contains(QStringLiteral("尚未结算")), qPrintable(items->front().what));
        QVERIFY(items->front().nextStep.startsWith(QStringLiteral("请结算")));
    }
};

QTEST_GUILESS_MAIN(TestPreCloseGuard)
#include "tst_precloseguard.moc"
