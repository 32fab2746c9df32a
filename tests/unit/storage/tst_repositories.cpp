#include "TestSupport.h"

#include "security/Actor.h"
#include "storage/AcquirerRepository.h"
#include "storage/AuditLogRepository.h"
#include "storage/BatchRepository.h"
#include "storage/ChipRecordRepository.h"
#include "storage/IcParameterRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/LeaseRepository.h"
#include "storage/MerchantRepository.h"
#include "storage/ReversalRepository.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"
#include "storage/UnitOfWork.h"
#include "storage/UserRepository.h"
#include "time/Clock.h"

#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace posdesk;
using posdesk::test::TestDatabase;

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &r_ = (expr);                                                                                       \
        QVERIFY2(r_.ok(), qPrintable(r_.ok() ? QString() : r_.error().fullText()));                                    \
    } while (false)

// Every repository on both engines: the same behaviour from SQLite and PostgreSQL.
class TestRepositories : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    Id m_merchant = 0;
    Id m_acquirer = 0;
    Id m_terminal = 0;

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init()
    {
        QFETCH_GLOBAL(DbEngine, engine);
        auto tdb = TestDatabase::create(engine);
        QVERIFY2(tdb.ok(), qPrintable(tdb.ok() ? QString() : tdb.error().fullText()));
        m_tdb = std::move(*tdb);
        auto db = m_tdb->open();
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
        m_db = std::move(*db);

        Merchant m;
        m.mid = QStringLiteral("898310058120001");
        m.name = QStringLiteral("静安街角便利店");
        m.createdAt = 1000;
        auto mid = MerchantRepository(*m_db).add(m);
        VERIFY_OK(mid);
        m_merchant = *mid;
        Acquirer a;
        a.name = QStringLiteral("Bank");
        a.host = QStringLiteral("127.0.0.1");
        a.port = 5800;
        a.macAlgorithm = MacAlgorithm::X919;
        a.supportPhone = QStringLiteral("400-555-0197");
        auto aid = AcquirerRepository(*m_db).add(a);
        VERIFY_OK(aid);
        m_acquirer = *aid;
        Terminal t;
        t.tid = QStringLiteral("12345601");
        t.merchantId = m_merchant;
        t.acquirerId = m_acquirer;
        t.state = TerminalState::Active;
        t.serial = QStringLiteral("SN1");
        auto tid = TerminalRepository(*m_db).add(t);
        VERIFY_OK(tid);
        m_terminal = *tid;
    }
    void cleanup()
    {
        m_db.reset();
        m_tdb.reset();
    }

    void merchants()
    {
        MerchantRepository repo(*m_db);
        auto m = repo.findByMid(QStringLiteral("898310058120001"));
        VERIFY_OK(m);
        QCOMPARE(m->name, QStringLiteral("静安街角便利店"));
        QCOMPARE(m->createdAt, TimeMs(1000));
        Merchant dup = *m;
        auto again = repo.add(dup);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Refused);
        auto missing = repo.findByMid(QStringLiteral("000000000000000"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QCOMPARE(repo.list()->size(), size_t(1));
    }

    // The IC parameters of an acquirer: a download replaces the whole set, another acquirer's stay, and the lookup
    // the chip application uses finds a key by RID and index only.
    void icParametersReplaceAndLookUp()
    {
        CaKeyRecord k;
        k.key.rid = QByteArray::fromHex("A000000333");
        k.key.index = 0x80;
        k.key.modulus = QByteArray(128, '\xC1');
        k.key.exponent = QByteArray::fromHex("03");
        k.key.expiry = QDate(2030, 12, 31);
        k.checksum = emv::caKeyChecksum(k.key);
        CaKeyRecord k2 = k;
        k2.key.index = 0x81;
        AidRecord a;
        a.aid.aid = QByteArray::fromHex("A000000333010101");
        a.aid.appVersion = QByteArray::fromHex("0030");
        a.tacDefault = QByteArray::fromHex("D84004A800");
        a.tacOnline = QByteArray::fromHex("D84004F800");
        a.tacDenial = QByteArray::fromHex("0010000000");
        a.floorLimitFen = 50000;
        IcParameterRepository repo(*m_db);
        VERIFY_OK(repo.replaceCaKeys(m_acquirer, {k, k2}, 1000));
        VERIFY_OK(repo.replaceAids(m_acquirer, {a}, 1000));
        auto keys = repo.caKeys(m_acquirer);
        VERIFY_OK(keys);
        QCOMPARE(keys->size(), 2);
        QCOMPARE(keys->at(0).key.modulus, k.key.modulus);
        QCOMPARE(keys->at(0).key.expiry, k.key.expiry);
        QCOMPARE(keys->at(1).key.index, quint8(0x81));
        auto aids = repo.aids(m_acquirer);
        VERIFY_OK(aids);
        QCOMPARE(aids->size(), 1);
        QCOMPARE(aids->at(0).floorLimitFen, 50000);
        QCOMPARE(aids->at(0).tacDenial, a.tacDenial);
        QVERIFY(aids->at(0).aid.partialMatch);

        StoredCaKeys lookup(*keys);
        QVERIFY(lookup.find(QByteArray::fromHex("A000000333"), 0x81).has_value());
        QVERIFY(!lookup.find(QByteArray::fromHex("A000000333"), 0x82).has_value());
        QVERIFY(!lookup.find(QByteArray::fromHex("A000000004"), 0x80).has_value());

        VERIFY_OK(repo.replaceCaKeys(m_acquirer, {k2}, 2000));
        QCOMPARE(repo.caKeys(m_acquirer)->size(), 1);
        QCOMPARE(repo.caKeys(m_acquirer)->front().key.index, quint8(0x81));
        QCOMPARE(repo.caKeys(m_acquirer + 1000)->size(), 0);
    }

    // Reads through the statement cache: a nested read of the same statement gets its own rows, a finished read
    // holds no snapshot (a second connection's write is seen by the next read), and a failed read is an error.
    void keptReads()
    {
        const QString byId = QStringLiteral("SELECT tid FROM terminals WHERE id = ?");
        Terminal second;
        second.tid = QStringLiteral("12345602");
        second.merchantId = m_merchant;
        second.acquirerId = m_acquirer;
        second.state = TerminalState::Active;
        auto secondId = TerminalRepository(*m_db).add(second);
        VERIFY_OK(secondId);
        {
            auto outer = sql::select(*m_db, byId, {qlonglong(m_terminal)}, QStringLiteral("outer"));
            VERIFY_OK(outer);
            auto inner = sql::select(*m_db, byId, {qlonglong(*secondId)}, QStringLiteral("inner"));
            VERIFY_OK(inner);
            QVERIFY(inner->next());
            QCOMPARE(inner->value(0).toString(), QStringLiteral("12345602"));
            QVERIFY(outer->next());
            QCOMPARE(outer->value(0).toString(), QStringLiteral("12345601"));
        }
        {
            auto first = sql::select(*m_db, byId, {qlonglong(m_terminal)}, QStringLiteral("first"));
            VERIFY_OK(first);
            QVERIFY(first->next());
        }
        auto other = m_tdb->open();
        VERIFY_OK(other);
        VERIFY_OK(TerminalRepository(**other).setBatchNo(m_terminal, 7, 2000));
        auto again = TerminalRepository(*m_db).findById(m_terminal);
        VERIFY_OK(again);
        QCOMPARE(again->batchNo, 7);
        auto bad = sql::select(*m_db, QStringLiteral("SELECT nope FROM terminals"), {}, QStringLiteral("bad"));
        QVERIFY(!bad.ok());
        auto fine = sql::select(*m_db, byId, {qlonglong(m_terminal)}, QStringLiteral("after the error"));
        VERIFY_OK(fine);
        QVERIFY(fine->next());
    }

    void acquirers()
    {
        AcquirerRepository repo(*m_db);
        auto a = repo.findByName(QStringLiteral("Bank"));
        VERIFY_OK(a);
        QCOMPARE(a->macAlgorithm, MacAlgorithm::X919);
        QCOMPARE(a->tpdu, QStringLiteral("6000050000"));
        QCOMPARE(a->supportPhone, QStringLiteral("400-555-0197"));
        a->port = 5900;
        a->resettleAfterUpload = true;
        VERIFY_OK(repo.update(*a));
        auto b = repo.findById(a->id);
        QCOMPARE(b->port, 5900);
        QVERIFY(b->resettleAfterUpload);
        QVERIFY(b->dialectSettings.isEmpty()); // the CUP table
    }

    // Dialect settings are kept as given; text that does not parse is refused with the reason, and what was stored
    // before stays.
    void acquirerDialectSettings()
    {
        AcquirerRepository repo(*m_db);
        auto a = repo.findByName(QStringLiteral("Bank"));
        VERIFY_OK(a);
        const QString settings = QStringLiteral(R"({"fields": {"23": {"align": "right"}, "48": {"type": "text"}}})");
        a->dialectSettings = settings;
        VERIFY_OK(repo.update(*a));
        QCOMPARE(repo.findById(a->id)->dialectSettings, settings);

        for (const QString &bad : {QStringLiteral("{\"fields\": "), QStringLiteral(R"({"fields": {"4": {"max": 20}}})"),
                                   QStringLiteral(R"({"fields": {"23": {"pad": "1"}}})")}) {
            a->dialectSettings = bad;
            auto s = repo.update(*a);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().kind, ErrorKind::Usage);
            QVERIFY2(s.error().message.contains(QStringLiteral("“Bank”")), qPrintable(s.error().message));
            QVERIFY(s.error().detail.startsWith(QStringLiteral("dialect settings")));
            QCOMPARE(repo.findById(a->id)->dialectSettings, settings);
        }

        Acquirer other;
        other.name = QStringLiteral("Other");
        other.host = QStringLiteral("127.0.0.1");
        other.port = 5801;
        other.dialectSettings = QStringLiteral(R"({"fields": {"61": {"type": "gbk"}}})");
        auto added = repo.add(other);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().detail, QStringLiteral("dialect settings: field 61: type"));
        QVERIFY(!repo.findByName(QStringLiteral("Other")).ok());

        // Blank means the CUP table and is stored as NULL.
        a->dialectSettings = QStringLiteral("  ");
        VERIFY_OK(repo.update(*a));
        QVERIFY(repo.findById(a->id)->dialectSettings.isEmpty());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT dialect_settings FROM acquirers WHERE name = 'Bank'")) && q.next());
        QVERIFY(q.value(0).isNull());
    }

    void terminals()
    {
        TerminalRepository repo(*m_db);
        auto t = repo.findByTid(QStringLiteral("12345601"));
        VERIFY_OK(t);
        QCOMPARE(t->mid, QStringLiteral("898310058120001"));
        QCOMPARE(t->acquirerName, QStringLiteral("Bank"));
        QCOMPARE(t->state, TerminalState::Active);
        QVERIFY(!t->lastSignonAt);
        VERIFY_OK(repo.setState(t->id, TerminalState::Suspended, 5000));
        VERIFY_OK(repo.recordSignOn(t->id, 6000));
        auto u = repo.findById(t->id);
        QCOMPARE(u->state, TerminalState::Suspended);
        QCOMPARE(u->lastSignonAt, std::optional<TimeMs>(6000));
        QCOMPARE(repo.setState(999, TerminalState::Active, 1).error().kind, ErrorKind::NotFound);
        // A TID is unique.
        Terminal dup = *u;
        QCOMPARE(repo.add(dup).error().kind, ErrorKind::Refused);
        // A terminal must belong to an existing merchant (foreign keys are on).
        Terminal orphan;
        orphan.tid = QStringLiteral("99999999");
        orphan.merchantId = 4242;
        orphan.acquirerId = m_acquirer;
        QVERIFY(!repo.add(orphan).ok());
    }

    void stanIsPersistedAndWraps()
    {
        TerminalRepository repo(*m_db);
        QCOMPARE(*repo.takeStan(m_terminal), 1);
        QCOMPARE(*repo.takeStan(m_terminal), 2);
        QVERIFY(m_db->exec(QStringLiteral("UPDATE terminals SET next_stan = 999999")));
        QCOMPARE(*repo.takeStan(m_terminal), 999999);
        QCOMPARE(*repo.takeStan(m_terminal), 1);
        // A block for a batch upload: consecutive, persisted, wrapping after 999999 like single ones.
        QCOMPARE(*repo.takeStans(m_terminal, 3), 2);
        QCOMPARE(*repo.takeStan(m_terminal), 5);
        QVERIFY(m_db->exec(QStringLiteral("UPDATE terminals SET next_stan = 999998")));
        const int first = *repo.takeStans(m_terminal, 4);
        QCOMPARE(first, 999998);
        QCOMPARE(TerminalRepository::stanAfter(first, 1), 999999);
        QCOMPARE(TerminalRepository::stanAfter(first, 2), 1);
        QCOMPARE(TerminalRepository::stanAfter(first, 3), 2);
        QCOMPARE(*repo.takeStan(m_terminal), 3);
        QVERIFY(!repo.takeStans(m_terminal, 0).ok());
        VERIFY_OK(repo.setBatchNo(m_terminal, 7, 1));
        QCOMPARE(repo.findById(m_terminal)->batchNo, 7);
    }

    void transactions()
    {
        TransactionRepository repo(*m_db);
        CardTransaction t;
        t.terminalId = m_terminal;
        t.batchNo = 1;
        t.stan = 17;
        t.amount = Money::cny(1234);
        t.panMasked = QStringLiteral("622848******1234");
        t.panHmac = QByteArray(32, '\x5a');
        t.cardScheme = QStringLiteral("UnionPay");
        t.cashier = QStringLiteral("alice");
        t.createdAt = t.updatedAt = 2000;
        auto id = repo.insert(t);
        VERIFY_OK(id);
        t.stan = 18;
        t.amount = Money::cny(-1);
        t.kind = TxnKind::Refund;
        t.createdAt = 3000;
        VERIFY_OK(repo.insert(t)); // the cached statement is reused
        // Same terminal, batch and STAN cannot be stored twice.
        auto dup = repo.insert(t);
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().kind, ErrorKind::Refused);

        VERIFY_OK(repo.updateResult(*id, TxnStatus::Approved, QStringLiteral("00"), QStringLiteral("112233445566"),
                                    QStringLiteral("A1B2C3"), 2500));
        auto got = repo.findByStan(m_terminal, 1, 17);
        VERIFY_OK(got);
        QCOMPARE(got->status, TxnStatus::Approved);
        QCOMPARE(got->amount, Money::cny(1234));
        QCOMPARE(got->panHmac, QByteArray(32, '\x5a'));
        QCOMPARE(got->rrn, QStringLiteral("112233445566"));
        QCOMPARE(got->updatedAt, TimeMs(2500));

        TxnFilter f;
        QCOMPARE(*repo.count(f), std::int64_t(2));
        f.kind = TxnKind::Refund;
        QCOMPARE(*repo.count(f), std::int64_t(1));
        f = {};
        f.from = 2500;
        QCOMPARE(repo.list(f)->size(), size_t(1));
        f = {};
        f.cashier = QStringLiteral("bob");
        QCOMPARE(*repo.count(f), std::int64_t(0));
        QCOMPARE(repo.findByStan(m_terminal, 1, 99).error().kind, ErrorKind::NotFound);
    }

    // A chip transaction's field 55 as each later message needs it, kept beside the transaction; the advice is owed
    // until the host confirms it, and each step moves only from the state before it.
    void chipRecords()
    {
        CardTransaction t;
        t.terminalId = m_terminal;
        t.batchNo = 1;
        t.stan = 21;
        t.amount = Money::cny(1234);
        t.panMasked = QStringLiteral("622588******0019");
        t.cardScheme = QStringLiteral("UnionPay");
        t.entryMode = QStringLiteral("chip");
        t.cashier = QStringLiteral("alice");
        t.createdAt = t.updatedAt = 2000;
        auto id = TransactionRepository(*m_db).insert(t);
        VERIFY_OK(id);
        ChipRecordRepository chips(*m_db);
        ChipRecord r;
        r.transactionId = *id;
        r.cardSequence = QStringLiteral("001");
        r.aid = QByteArray::fromHex("A000000333010101");
        r.appLabel = QStringLiteral("PBOC DEBIT");
        r.pinEntered = true;
        r.requestIcc = QByteArray::fromHex("9F2608AABBCCDDEEFF0011");
        r.reversalIcc = QByteArray::fromHex("950500000000009F360200A1");
        VERIFY_OK(chips.insert(r));
        QVERIFY(!chips.insert(r).ok()); // one record per transaction
        auto got = chips.find(*id);
        VERIFY_OK(got);
        QVERIFY(got->has_value());
        QCOMPARE((*got)->aid, r.aid);
        QCOMPARE((*got)->appLabel, QStringLiteral("PBOC DEBIT"));
        QCOMPARE((*got)->requestIcc, r.requestIcc);
        QCOMPARE((*got)->reversalIcc, r.reversalIcc);
        QVERIFY((*got)->finalIcc.isEmpty());
        QCOMPARE((*got)->adviceState, QStringLiteral("none"));
        QVERIFY((*got)->pinEntered);
        QVERIFY(!(*got)->tcUploaded);
        QVERIFY(!chips.find(*id + 100)->has_value());

        const QByteArray tc = QByteArray::fromHex("9F2608112233445566778899");
        VERIFY_OK(chips.recordCardDecision(*id, QStringLiteral("tc"), tc, r.reversalIcc));
        QCOMPARE(chips.pendingAdvices(m_terminal)->size(), size_t(0));
        VERIFY_OK(chips.queueAdvice(*id, QByteArray::fromHex("DF31052000000001")));
        QVERIFY(!chips.queueAdvice(*id, QByteArray::fromHex("DF31052000000001")).ok()); // queued once only
        auto pending = chips.pendingAdvices(m_terminal);
        VERIFY_OK(pending);
        QCOMPARE(pending->size(), size_t(1));
        QCOMPARE(pending->front().adviceIcc, QByteArray::fromHex("DF31052000000001"));
        QCOMPARE(pending->front().finalIcc, tc);
        QCOMPARE(pending->front().cardDecision, QStringLiteral("tc"));
        QCOMPARE(chips.pendingAdvices(m_terminal + 1)->size(), size_t(0));
        VERIFY_OK(chips.markAdviceSent(*id));
        QCOMPARE(chips.markAdviceSent(*id).error().kind, ErrorKind::NotFound); // already confirmed
        QCOMPARE(chips.pendingAdvices(m_terminal)->size(), size_t(0));
        VERIFY_OK(chips.markTcUploaded(*id));
        QVERIFY((*chips.find(*id))->tcUploaded);
        QCOMPARE(chips.recordCardDecision(*id + 100, QStringLiteral("aac"), {}, {}).error().kind, ErrorKind::NotFound);
    }

    // Money changes state only from the state it was read in; a lost race overwrites nothing.
    void compareAndSet()
    {
        TransactionRepository repo(*m_db);
        CardTransaction t;
        t.terminalId = m_terminal;
        t.batchNo = 1;
        t.stan = 5;
        t.amount = Money::cny(1000);
        t.createdAt = t.updatedAt = 10;
        auto id = repo.insert(t);
        VERIFY_OK(id);
        VERIFY_OK(repo.transition(*id, TxnStatus::Pending, TxnStatus::InDoubt, 20));
        // Another process still thinks it pending and stores an approval: refused, the row stays in doubt.
        auto late = repo.transition(*id, TxnStatus::Pending, TxnStatus::Approved, 30,
                                    TxnAnswer{QStringLiteral("00"), QStringLiteral("112233445566"), {}, {}});
        QVERIFY(!late.ok());
        QCOMPARE(late.error().kind, ErrorKind::Refused);
        auto got = repo.findById(*id);
        QCOMPARE(got->status, TxnStatus::InDoubt);
        QVERIFY(got->rrn.isEmpty());
        QCOMPARE(got->updatedAt, TimeMs(20));
        // A partial approval keeps what was asked beside what was approved.
        t.stan = 6;
        auto id2 = repo.insert(t);
        VERIFY_OK(id2);
        VERIFY_OK(repo.transition(*id2, TxnStatus::Pending, TxnStatus::Approved, 40,
                                  TxnAnswer{QStringLiteral("10"), QStringLiteral("000000000006"), {}, 600}));
        got = repo.findById(*id2);
        QCOMPARE(got->amount.minor(), std::int64_t(600));
        QCOMPARE(got->requestedMinor, std::optional<std::int64_t>(1000));

        BatchRepository batches(*m_db);
        auto b = batches.open(m_terminal, 1, 1);
        VERIFY_OK(b);
        VERIFY_OK(batches.transition(*b, BatchState::Open, BatchState::Settling));
        QCOMPARE(batches.transition(*b, BatchState::Open, BatchState::Settling).error().kind, ErrorKind::Refused);
        VERIFY_OK(batches.markHostSettled(*b, QStringLiteral("0"), QStringLiteral("balanced"), 50));
        QCOMPARE(batches.find(m_terminal, 1)->state, BatchState::HostSettled);
        QCOMPARE(batches.markHostSettled(*b, QString(), QString(), 60).error().kind, ErrorKind::Refused);

        ReversalRepository reversals(*m_db);
        auto r = reversals.enqueue(*id, QStringLiteral("98"), 20);
        VERIFY_OK(r);
        VERIFY_OK(reversals.markRefused(*r, QStringLiteral("12"), std::nullopt, QStringLiteral("invalid"), 70));
        QCOMPARE(reversals.markDone(*r, 80).error().kind, ErrorKind::Refused);
        QCOMPARE(*reversals.blockingCount(m_terminal), 1);
        VERIFY_OK(reversals.resolve(*r, QStringLiteral("kept"), QStringLiteral("owner"), QStringLiteral("ref 1"), 90));
        QCOMPARE(*reversals.blockingCount(m_terminal), 0);
        QCOMPARE(reversals.resolve(*r, QStringLiteral("kept"), QStringLiteral("owner"), QStringLiteral("x"), 95)
                     .error()
                     .kind,
                 ErrorKind::Refused);
    }

    // One exchange per terminal across processes: a lease row with a holder and an expiry.
    void leases()
    {
        LeaseRepository leases(*m_db);
        const QString mine = LeaseRepository::newHolder();
        const QString theirs = QStringLiteral("another-till/1/x/1");
        QVERIFY(*leases.tryAcquire(m_terminal, mine, 1000, 500));
        QVERIFY(!*leases.tryAcquire(m_terminal, theirs, 1200, 500));
        QCOMPARE(*leases.holderOf(m_terminal, 1200), mine);
        // Expired: the next one takes it over.
        QVERIFY(*leases.tryAcquire(m_terminal, theirs, 1600, 500));
        QVERIFY(!*leases.tryAcquire(m_terminal, mine, 1700, 500));
        VERIFY_OK(leases.release(m_terminal, mine)); // not mine any more: nothing happens
        QCOMPARE(*leases.holderOf(m_terminal, 1700), theirs);
        VERIFY_OK(leases.release(m_terminal, theirs));
        QVERIFY(leases.holderOf(m_terminal, 1700)->isEmpty());
        // A holder on this machine whose process is gone frees the terminal before its lease runs out.
        const QString dead = QSysInfo::machineHostName().left(32) + QStringLiteral("/999999999/x/1");
        QVERIFY(!LeaseRepository::processAlive(dead));
        QVERIFY(LeaseRepository::processAlive(mine));
        QVERIFY(*leases.tryAcquire(m_terminal, dead, 2000, 100000));
        QVERIFY(*leases.tryAcquire(m_terminal, mine, 2100, 500));
        QCOMPARE(*leases.holderOf(m_terminal, 2100), mine);
    }

    // Two tills appending to the audit trail at the same moment, each on its own connection and thread: the chain
    // never collides on its key and verifies afterwards.
    void auditAppendIsSerialised()
    {
        const DbConfig config = m_tdb->config();
        std::atomic<int> failures{0};
        QString firstFailure;
        std::mutex failureLock;
        auto till = [&](int n) {
            auto db = Database::open(config);
            if (!db) {
                ++failures;
                return;
            }
            for (int i = 0; i < 25; ++i) {
                UnitOfWork uow(**db);
                Status s = uow.isActive() ? Status() : uow.startStatus();
                if (s)
                    s = audit(**db, SystemClock::instance(), Actor::localAdmin(QStringLiteral("test")),
                              QStringLiteral("test.event"), QStringLiteral("till %1 #%2").arg(n).arg(i),
                              QStringLiteral("ok"), QString());
                if (s)
                    s = uow.commit();
                if (!s) {
                    ++failures;
                    std::lock_guard<std::mutex> g(failureLock);
                    if (firstFailure.isEmpty())
                        firstFailure = s.error().fullText();
                }
            }
        };
        std::thread a(till, 1);
        std::thread b(till, 2);
        a.join();
        b.join();
        QVERIFY2(failures == 0, qPrintable(firstFailure));
        auto broken = AuditLogRepository(*m_db).verify();
        VERIFY_OK(broken);
        QVERIFY(!broken->has_value());
        QCOMPARE(AuditLogRepository(*m_db).list()->size(), size_t(50));
    }

    void batches()
    {
        BatchRepository repo(*m_db);
        auto id = repo.open(m_terminal, 1, 100);
        VERIFY_OK(id);
        QCOMPARE(repo.open(m_terminal, 1, 100).error().kind, ErrorKind::Refused);
        auto b = repo.find(m_terminal, 1);
        VERIFY_OK(b);
        QCOMPARE(b->state, BatchState::Open);
        b->saleCount = 3;
        b->saleMinor = 999;
        b->hostResult = QStringLiteral("balanced");
        VERIFY_OK(repo.close(*b, 200));
        auto closed = repo.find(m_terminal, 1);
        QCOMPARE(closed->state, BatchState::Closed);
        QCOMPARE(closed->saleMinor, std::int64_t(999));
        QCOMPARE(closed->closedAt, std::optional<TimeMs>(200));
        // A batch cannot be closed twice.
        QCOMPARE(repo.close(*b, 300).error().kind, ErrorKind::NotFound);
        QCOMPARE(repo.find(m_terminal, 1)->closedAt, std::optional<TimeMs>(200));
    }

    void incidents()
    {
        IncidentRepository repo(*m_db);
        Incident i;
        i.terminalId = m_terminal;
        i.code = QStringLiteral("97");
        i.tid = QStringLiteral("12345601");
        i.mti = QStringLiteral("0210");
        i.stan = 5;
        i.openedAt = i.lastSeenAt = 100;
        auto id = repo.add(i);
        VERIFY_OK(id);
        auto open = repo.findUnresolved(m_terminal, QStringLiteral("97"));
        VERIFY_OK(open);
        QVERIFY(open->has_value());
        VERIFY_OK(repo.recordOccurrence(*id, 150, 6));
        auto got = repo.findById(*id);
        QCOMPARE(got->occurrences, 2);
        QCOMPARE(got->stan, std::optional<int>(6));
        got->state = IncidentState::Resolved;
        got->resolvedAt = 400;
        got->cause = QStringLiteral("registered by the acquirer");
        VERIFY_OK(repo.update(*got));
        QVERIFY(!repo.findUnresolved(m_terminal, QStringLiteral("97"))->has_value());
        QCOMPARE(repo.list(true)->size(), size_t(0));
        QCOMPARE(repo.list(false)->size(), size_t(1));
    }

    void users()
    {
        UserRepository repo(*m_db);
        User u;
        u.username = QStringLiteral("alice");
        u.role = Role::Cashier;
        u.passwordHash = QStringLiteral("$argon2id$v=19$…");
        u.createdAt = 1;
        auto id = repo.add(u);
        VERIFY_OK(id);
        VERIFY_OK(repo.recordFailedLogin(*id, 6, 99999));
        auto got = repo.findByUsername(QStringLiteral("alice"));
        QCOMPARE(got->failedAttempts, 6);
        QCOMPARE(got->lockedUntil, std::optional<TimeMs>(99999));
        VERIFY_OK(repo.recordGoodLogin(*id));
        VERIFY_OK(repo.setRole(*id, Role::Accountant));
        got = repo.findByUsername(QStringLiteral("alice"));
        QCOMPARE(got->failedAttempts, 0);
        QVERIFY(!got->lockedUntil);
        QCOMPARE(got->role, Role::Accountant);
        QCOMPARE(repo.add(u).error().kind, ErrorKind::Refused);
    }

    void auditChain()
    {
        AuditLogRepository repo(*m_db);
        for (int i = 0; i < 5; ++i) {
            AuditEntry e;
            e.at = 1000 + i;
            e.actor = QStringLiteral("owner");
            e.origin = QStringLiteral("cli");
            e.event = QStringLiteral("sale");
            e.object = QStringLiteral("terminal 12345601");
            e.outcome = QStringLiteral("ok");
            e.detail = QStringLiteral("¥%1").arg(i);
            VERIFY_OK(repo.append(e));
        }
        auto entries = repo.list();
        QCOMPARE(entries->size(), size_t(5));
        QCOMPARE(entries->at(0).prevHash, AuditLogRepository::genesisHash());
        QCOMPARE(entries->at(1).prevHash, entries->at(0).hash);
        QVERIFY(!repo.verify()->has_value());

        // An edited row is named.
        QVERIFY(m_db->exec(QStringLiteral("UPDATE audit_log SET detail = '¥9999' WHERE id = 3")));
        auto broken = repo.verify();
        VERIFY_OK(broken);
        QVERIFY(broken->has_value());
        QCOMPARE((*broken)->id, Id(3));
    }

    void auditChainDelete()
    {
        AuditLogRepository repo(*m_db);
        for (int i = 0; i < 4; ++i) {
            AuditEntry e;
            e.at = i;
            e.actor = QStringLiteral("a");
            e.origin = QStringLiteral("cli");
            e.event = QStringLiteral("x");
            e.outcome = QStringLiteral("ok");
            VERIFY_OK(repo.append(e));
        }
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
        auto broken = repo.verify();
        QVERIFY(broken->has_value());
        QCOMPARE((*broken)->id, Id(3));
        // Deleting the last row then appending still links to what is there: the gap at 2 stays visible.
        QVERIFY((*broken)->reason.contains(QStringLiteral("2")));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
