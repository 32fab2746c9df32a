#include "TestSupport.h"

#include "storage/AcquirerRepository.h"
#include "storage/Schema.h"
#include "storage/Sql.h"

#include <QSqlQuery>
#include <QTest>

using namespace posdesk;
using posdesk::test::TestDatabase;

namespace {

// Table and column names, sorted: what create() and every upgrade path must agree on.
QStringList schemaFingerprint(Database &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (db.engine() == DbEngine::Postgres) {
        q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = "
                              "current_schema() ORDER BY table_name, column_name"));
        while (q.next())
            out << q.value(0).toString() + u'.' + q.value(1).toString();
    } else {
        QSqlQuery t(db.connection());
        t.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
        while (t.next()) {
            const QString table = t.value(0).toString();
            q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
            while (q.next())
                out << table + u'.' + q.value(0).toString();
        }
    }
    out.sort();
    return out;
}

int countRows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// Data that exists from version 1 on, so every upgrade must carry it across.
void seedVersion1(Database &db)
{
    QVERIFY(db.exec(QStringLiteral("INSERT INTO merchants (mid, name, created_at) VALUES ('898310058120001', "
                                   "'静安店', 1)")));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO acquirers (name, host, port, created_at) VALUES ('A', 'h', 1, 1)")));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO terminals (tid, merchant_id, acquirer_id, state, created_at, "
                                   "updated_at) VALUES ('12345601', 1, 1, 'active', 1, 1)")));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO transactions (terminal_id, batch_no, stan, kind, status, "
                                   "amount_minor, currency, created_at, updated_at) VALUES (1, 1, 1, 'sale', "
                                   "'approved', 1234, 'CNY', 1, 1)")));
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    void createGivesCurrentVersion_data() { test::addEngineRows(); }
    void createGivesCurrentVersion()
    {
        QFETCH(DbEngine, engine);
        auto tdb = TestDatabase::create(engine);
        QVERIFY2(tdb.ok(), qPrintable(tdb.ok() ? QString() : tdb.error().fullText()));
        auto db = (*tdb)->open();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
        QCOMPARE((*db)->schemaVersion(), Schema::kCurrentVersion);
        QCOMPARE(*Schema::readVersion(**db), Schema::kCurrentVersion);
        const QStringList tables = schemaFingerprint(**db);
        for (const char *t : {"meta.key", "merchants.mid", "acquirers.mac_alg", "terminals.next_stan",
                              "transactions.pan_hmac", "batches.batch_no", "incidents.code", "users.password_hash",
                              "audit_log.hash", "reversals.state", "terminal_keys.kcv", "transactions.printed"})
            QVERIFY2(tables.contains(QString::fromLatin1(t)), t);
        // Opening again is a no-op.
        db->reset();
        auto again = (*tdb)->open();
        QVERIFY(again.ok());
        QCOMPARE((*again)->schemaVersion(), Schema::kCurrentVersion);
    }

    // Every path: a database left at version v (0 … current-1) is upgraded to the same schema create() makes,
    // and its data survives.
    void upgradePaths_data()
    {
        QTest::addColumn<DbEngine>("engine");
        QTest::addColumn<int>("from");
        for (int v = 0; v < Schema::kCurrentVersion; ++v) {
            QTest::addRow("sqlite from %d", v) << DbEngine::Sqlite << v;
            QTest::addRow("postgres from %d", v) << DbEngine::Postgres << v;
        }
    }
    void upgradePaths()
    {
        QFETCH(DbEngine, engine);
        QFETCH(int, from);
        auto fresh = TestDatabase::create(engine);
        QVERIFY2(fresh.ok(), qPrintable(fresh.ok() ? QString() : fresh.error().fullText()));
        QStringList expected;
        {
            auto db = (*fresh)->open();
            QVERIFY(db.ok());
            expected = schemaFingerprint(**db);
        }

        auto tdb = TestDatabase::create(engine);
        QVERIFY(tdb.ok());
        {
            auto old = Database::openAtVersion((*tdb)->config(), from);
            QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error().fullText()));
            QCOMPARE((*old)->schemaVersion(), from);
            if (from >= 1)
                seedVersion1(**old);
        }
        auto db = (*tdb)->open();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
        QCOMPARE((*db)->schemaVersion(), Schema::kCurrentVersion);
        QCOMPARE(schemaFingerprint(**db), expected);
        if (from >= 1) {
            QCOMPARE(countRows(**db, QStringLiteral("transactions")), 1);
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT name, printed FROM merchants, transactions")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("静安店"));
            QCOMPARE(q.value(1).toInt(), 0); // the column added by step 2 got its default
        }
    }

    // Step 8: a profile from before it reads the CUP table as it is (no dialect settings) and can be given some.
    void upgradeAddsDialectSettings_data() { test::addEngineRows(); }
    void upgradeAddsDialectSettings()
    {
        QFETCH(DbEngine, engine);
        auto tdb = TestDatabase::create(engine);
        QVERIFY2(tdb.ok(), qPrintable(tdb.ok() ? QString() : tdb.error().fullText()));
        {
            auto old = Database::openAtVersion((*tdb)->config(), 7);
            QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error().fullText()));
            seedVersion1(**old);
            QVERIFY(!schemaFingerprint(**old).contains(QStringLiteral("acquirers.dialect_settings")));
        }
        auto db = (*tdb)->open();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
        QCOMPARE((*db)->schemaVersion(), Schema::kCurrentVersion);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT dialect_settings, dialect FROM acquirers WHERE name = 'A'")) && q.next());
        QVERIFY(q.value(0).isNull());
        QCOMPARE(q.value(1).toString(), QStringLiteral("cup"));

        AcquirerRepository repo(**db);
        auto a = repo.findByName(QStringLiteral("A"));
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().fullText()));
        QVERIFY(a->dialectSettings.isEmpty());
        a->dialectSettings = QStringLiteral(R"({"fields": {"23": {"align": "right"}}})");
        QVERIFY(repo.update(*a).ok());
        QCOMPARE(repo.findByName(QStringLiteral("A"))->dialectSettings, a->dialectSettings);
    }

    // Step 12: print jobs from before it belong to no transaction, users have no cashier number, no shift is open;
    // a job can then name its transaction and a shift be recorded.
    void upgradeAddsTheCounter_data() { test::addEngineRows(); }
    void upgradeAddsTheCounter()
    {
        QFETCH(DbEngine, engine);
        auto tdb = TestDatabase::create(engine);
        QVERIFY2(tdb.ok(), qPrintable(tdb.ok() ? QString() : tdb.error().fullText()));
        {
            auto old = Database::openAtVersion((*tdb)->config(), 11);
            QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error().fullText()));
            seedVersion1(**old);
            QSqlQuery q((*old)->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO devices (name, kind, transport, address, created_at) VALUES "
                                          "('front', 'printer', 'serial', '/dev/ttyS0', 0)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO print_jobs (device_id, kind, payload, created_at, updated_at) "
                                          "SELECT id, 'sale', 'x', 0, 0 FROM devices")));
            QVERIFY(!schemaFingerprint(**old).contains(QStringLiteral("print_jobs.transaction_id")));
        }
        auto db = (*tdb)->open();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
        QCOMPARE((*db)->schemaVersion(), Schema::kCurrentVersion);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT transaction_id FROM print_jobs")) && q.next());
        QVERIFY(q.value(0).isNull());
        QVERIFY(q.exec(QStringLiteral("UPDATE print_jobs SET transaction_id = (SELECT MIN(id) FROM transactions)")));
        QCOMPARE(countRows(**db, QStringLiteral("shifts")), 0);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO shifts (cashier, opened_at, float_minor) VALUES ('c', 0, 50000)")));
        QCOMPARE(countRows(**db, QStringLiteral("shifts")), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE cashier_no IS NOT NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Step 13 (scorecards): a profile from before it has no service provider and can be given one; maintenance
    // records a provider; the host outage log exists.
    void upgradeAddsScorecardColumns_data() { test::addEngineRows(); }
    void upgradeAddsScorecardColumns()
    {
        QFETCH(DbEngine, engine);
        auto tdb = TestDatabase::create(engine);
        QVERIFY2(tdb.ok(), qPrintable(tdb.ok() ? QString() : tdb.error().fullText()));
        {
            auto old = Database::openAtVersion((*tdb)->config(), 12);
            QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error().fullText()));
            seedVersion1(**old);
            QVERIFY(!schemaFingerprint(**old).contains(QStringLiteral("acquirers.service_provider")));
        }
        auto db = (*tdb)->open();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
        QCOMPARE((*db)->schemaVersion(), Schema::kCurrentVersion);
        const QStringList columns = schemaFingerprint(**db);
        QVERIFY(columns.contains(QStringLiteral("maintenance.provider")));
        QVERIFY(columns.contains(QStringLiteral("host_outages.ended_at")));
        AcquirerRepository repo(**db);
        auto a = repo.findByName(QStringLiteral("A"));
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().fullText()));
        QVERIFY(a->serviceProvider.isEmpty());
        a->serviceProvider = QStringLiteral("上海银联商务服务");
        QVERIFY(repo.update(*a).ok());
        QCOMPARE(repo.findByName(QStringLiteral("A"))->serviceProvider, a->serviceProvider);
    }

    // A step that fails leaves the database at the version before it, with none of that step's changes.
    void failedStepRollsBack_data() { test::addEngineRows(); }
    void failedStepRollsBack()
    {
        QFETCH(DbEngine, engine);
        auto tdb = TestDatabase::create(engine);
        QVERIFY(tdb.ok());
        {
            auto old = Database::openAtVersion((*tdb)->config(), 1);
            QVERIFY(old.ok());
            seedVersion1(**old);
            // Something in the way of step 2's last table.
            QVERIFY((*old)->exec(QStringLiteral("CREATE TABLE devices (x INTEGER)")));
        }
        auto db = (*tdb)->open();
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.contains(QStringLiteral("version 2")));
        auto old = Database::openAtVersion((*tdb)->config(), 1);
        QVERIFY(old.ok());
        QCOMPARE((*old)->schemaVersion(), 1);
        QVERIFY(!schemaFingerprint(**old).contains(QStringLiteral("enrollment_events.id")));
        QCOMPARE(countRows(**old, QStringLiteral("transactions")), 1);
    }

    void stepsAreEngineSpecific()
    {
        auto tdb = TestDatabase::create(DbEngine::Sqlite);
        QVERIFY(tdb.ok());
        auto db = (*tdb)->open();
        QVERIFY(db.ok());
        const QString step1 = Schema::stepStatements(**db, 1).join(u';');
        QVERIFY(step1.contains(QStringLiteral("AUTOINCREMENT")));
        QVERIFY(!step1.contains(u'{'));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
