#include "demo/DemoSeeder.h"
#include "enrollment/EnrollmentRecords.h"
#include "storage/Sql.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace posdesk;

// The demo shop tells one coherent story (issue 19, item 7): what a person reads on one screen does not contradict
// another — a void never comes before its sale, nothing changes before it was made, a terminal's batches follow
// each other, today's sales are spread over the day, and papers the history says were sent are on record.
class TestDemoData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    // 15:00 in Shanghai, so that "today" has a morning and an afternoon.
    TestClock m_clock{QDateTime(QDate(2026, 12, 4), QTime(7, 0), Qt::UTC)};

    int count(const char *sql)
    {
        auto q = sql::run(*m_db, QString::fromLatin1(sql), {}, QStringLiteral("test"));
        if (!q || !q->next())
            return -1;
        return q->value(0).toInt();
    }

private slots:
    void initTestCase()
    {
        auto db = Database::open(DbConfig::sqlite(m_dir.filePath(QStringLiteral("demo.db"))));
        QVERIFY2(bool(db), db ? "" : qPrintable(db.error().fullText()));
        m_db = std::move(*db);
        auto seeded = DemoSeeder(*m_db, m_clock).seed();
        QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error().fullText()));
        QVERIFY(count("SELECT COUNT(*) FROM transactions") > 1000);
    }

    void nothingChangesBeforeItWasMade()
    {
        QCOMPARE(count("SELECT COUNT(*) FROM transactions WHERE updated_at < created_at"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM enrollment_documents WHERE updated_at < created_at"), 0);
        const qint64 now = m_clock.nowMs();
        auto q = sql::run(*m_db, QStringLiteral("SELECT COUNT(*) FROM transactions WHERE created_at > ?"),
                          {qlonglong(now)}, QStringLiteral("test"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void voidsAndRefundsFollowTheirSale()
    {
        QVERIFY(count("SELECT COUNT(*) FROM transactions WHERE original_id IS NOT NULL") > 0);
        QCOMPARE(count("SELECT COUNT(*) FROM transactions v JOIN transactions o ON v.original_id = o.id "
                       "WHERE v.created_at <= o.created_at"),
                 0);
    }

    void batchesEndAfterTheyStartAndFollowEachOther()
    {
        QCOMPARE(count("SELECT COUNT(*) FROM batches WHERE closed_at IS NOT NULL AND closed_at < opened_at"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM batches a JOIN batches b ON a.terminal_id = b.terminal_id AND "
                       "b.batch_no = a.batch_no + 1 WHERE b.opened_at < a.closed_at"),
                 0);
        // Every sale lies inside its batch's time.
        QCOMPARE(count("SELECT COUNT(*) FROM transactions t JOIN batches b ON b.terminal_id = t.terminal_id AND "
                       "b.batch_no = t.batch_no WHERE t.created_at < b.opened_at OR (b.closed_at IS NOT NULL AND "
                       "t.created_at > b.closed_at)"),
                 0);
    }

    void todaysSalesAreSpreadOverTheDay()
    {
        const QTimeZone shop(8 * 3600);
        const qint64 dayStart = QDateTime(QDate(2026, 12, 4), QTime(0, 0), shop).toMSecsSinceEpoch();
        auto q = sql::run(*m_db,
                          QStringLiteral("SELECT MIN(created_at), MAX(created_at), COUNT(*) FROM transactions WHERE "
                                         "created_at >= ?"),
                          {qlonglong(dayStart)}, QStringLiteral("test"));
        QVERIFY(q && q->next());
        QVERIFY(q->value(2).toInt() > 10);
        // From opening at 08:00 to 15:00: more than five hours between the first and the last.
        QVERIFY2(q->value(1).toLongLong() - q->value(0).toLongLong() > 5 * 3600 * 1000,
                 qPrintable(QString::number(q->value(1).toLongLong() - q->value(0).toLongLong())));
    }

    void papersTheHistorySaysWereSentAreOnRecord()
    {
        EnrollmentRecords records(*m_db, m_clock, m_dir.path());
        for (const char *tid : {DemoFacts::kRegisteredTid, DemoFacts::kSuspendedTid, DemoFacts::kUnregisteredTid}) {
            auto docs = records.documents(QString::fromLatin1(tid));
            QVERIFY(docs.ok());
            QVERIFY2(EnrollmentRecords::outstandingDocumentKinds(*docs).isEmpty(), tid);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
