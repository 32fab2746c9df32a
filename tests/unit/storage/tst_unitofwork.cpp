#include "TestSupport.h"

#include "storage/MerchantRepository.h"
#include "storage/UnitOfWork.h"

#include <QTest>

using namespace posdesk;

class TestUnitOfWork : public QObject
{
    Q_OBJECT

    static Merchant merchant(const char *mid)
    {
        Merchant m;
        m.mid = QString::fromLatin1(mid);
        m.name = QStringLiteral("店");
        return m;
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }

    void rollsBackUnlessCommitted()
    {
        QFETCH_GLOBAL(DbEngine, engine);
        auto tdb = test::TestDatabase::create(engine);
        QVERIFY2(tdb.ok(), qPrintable(tdb.ok() ? QString() : tdb.error().fullText()));
        auto db = (*tdb)->open();
        QVERIFY(db.ok());
        MerchantRepository repo(**db);
        {
            UnitOfWork uow(**db);
            QVERIFY(uow.isActive());
            QVERIFY(repo.add(merchant("000000000000001")).ok());
            QCOMPARE(repo.list()->size(), size_t(1)); // visible inside
        }                                             // no commit
        QCOMPARE(repo.list()->size(), size_t(0));
        QVERIFY(!(*db)->inTransaction());
        {
            UnitOfWork uow(**db);
            QVERIFY(repo.add(merchant("000000000000002")).ok());
            QVERIFY(uow.commit().ok());
            QVERIFY(!uow.commit().ok()); // a second commit is an error, not a silent no-op
        }
        QCOMPARE(repo.list()->size(), size_t(1));
    }

    void failedStatementThenRollback()
    {
        QFETCH_GLOBAL(DbEngine, engine);
        auto tdb = test::TestDatabase::create(engine);
        QVERIFY(tdb.ok());
        auto db = (*tdb)->open();
        QVERIFY(db.ok());
        MerchantRepository repo(**db);
        {
            UnitOfWork uow(**db);
            QVERIFY(repo.add(merchant("000000000000003")).ok());
            QVERIFY(!repo.add(merchant("000000000000003")).ok()); // duplicate
        }
        QCOMPARE(repo.list()->size(), size_t(0)); // the good row went with the bad one
        // The connection is usable afterwards.
        UnitOfWork uow(**db);
        QVERIFY(repo.add(merchant("000000000000004")).ok());
        QVERIFY(uow.commit().ok());
        QCOMPARE(repo.list()->size(), size_t(1));
    }

    void nestedIsRefused()
    {
        QFETCH_GLOBAL(DbEngine, engine);
        auto tdb = test::TestDatabase::create(engine);
        QVERIFY(tdb.ok());
        auto db = (*tdb)->open();
        QVERIFY(db.ok());
        UnitOfWork outer(**db);
        UnitOfWork inner(**db);
        QVERIFY(outer.isActive());
        QVERIFY(!inner.isActive());
        QCOMPARE(inner.startStatus().error().kind, ErrorKind::Internal);
        QVERIFY(!inner.commit().ok());
        QVERIFY(outer.commit().ok());
    }
};

QTEST_GUILESS_MAIN(TestUnitOfWork)
#include "tst_unitofwork.moc"
