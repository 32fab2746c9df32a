#include "SecurityTestSupport.h"

#include "card/PinEntry.h"
#include "enrollment/EnrollmentService.h"
#include "security/KeyStore.h"
#include "security/UserService.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sodium.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace posdesk;
using posdesk::test::TestDatabase;

namespace {
const QString kTmkHex = QStringLiteral("0123456789ABCDEFFEDCBA9876543210");
const QString kTid = QStringLiteral("12345601");
// A PIN pad that takes any master key and answers its true check value.
class FakePad final : public PinEntryDevice
{
public:
    QString describe() const override { return QStringLiteral("test pad"); }
    Result<Info> status() override { return Info{QStringLiteral("T1"), QStringLiteral("SN1"), {}, false}; }
    Result<QString> loadMasterKey(int, const SecretBytes &key) override
    {
        auto kcv = KeyStore::checkValue(SecureBuffer(key.view()));
        if (!kcv)
            return kcv.error();
        return kcv->left(6);
    }
    Status loadWorkingKey(int, KeyKind, const QByteArray &, const QByteArray &) override { return {}; }
    Result<QByteArray> mac(int, MacMethod, QByteArrayView) override { return QByteArray(8, '\0'); }
    void readPin(const PinRequest &, std::function<void(Result<PinResult>)> done) override { done(PinResult{}); }
    void cancel() override {}
};
} // namespace

// Terminal keys at rest on both engines: encrypted under the data-protection key, bound to their row, shown only as
// check values, loaded only by the owner.
class TestKeyStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    TestClock m_clock;
    QTemporaryDir m_keyDir;
    std::unique_ptr<DataProtection> m_protection;
    const Actor m_admin = Actor::localAdmin(QStringLiteral("cli"));
    Id m_terminal = 0;

    QByteArray storedCiphertext(KeyKind kind)
    {
        auto q =
            sql::run(*m_db, QStringLiteral("SELECT ciphertext FROM terminal_keys WHERE terminal_id = ? AND kind = ?"),
                     {qlonglong(m_terminal), toKey(kind)}, QStringLiteral("test"));
        return q && q->next() ? q->value(0).toByteArray() : QByteArray();
    }

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
        // Headless test: no keychain, the key file beside the "database".
        DataProtection::Options o;
        o.backend = DataProtection::Backend::FileOnly;
        o.keyFilePath = m_keyDir.filePath(QStringLiteral("posdesk.db.key"));
        QFile::remove(o.keyFilePath);
        auto dp = DataProtection::open(o);
        QVERIFY2(dp.ok(), qPrintable(dp.ok() ? QString() : dp.error().fullText()));
        m_protection = std::move(*dp);

        EnrollmentService enrol(*m_db, m_clock);
        Merchant m;
        m.mid = QStringLiteral("898310058120001");
        m.name = QStringLiteral("静安街角便利店");
        VERIFY_OK(enrol.addMerchant(m_admin, m));
        Acquirer a;
        a.name = QStringLiteral("Bank");
        a.host = QStringLiteral("127.0.0.1");
        a.port = 5800;
        VERIFY_OK(enrol.addAcquirer(m_admin, a));
        Terminal t;
        t.tid = kTid;
        auto id = enrol.addTerminal(m_admin, t, m.mid, a.name);
        VERIFY_OK(id);
        // The people the tests act as: rights are read from the users table at each operation.
        UserService users(*m_db, m_clock);
        VERIFY_OK(users.addUser(m_admin, QStringLiteral("boss"), Role::Owner, QStringLiteral("the owner's password")));
        VERIFY_OK(users.addUser(m_admin, QStringLiteral("zhang"), Role::Accountant,
                                QStringLiteral("the accountant's password")));
        m_terminal = *id;
    }
    void cleanup()
    {
        m_db.reset();
        m_tdb.reset();
    }

    void tmkRoundTrip()
    {
        KeyStore keys(*m_db, m_clock, *m_protection);
        auto kcv = keys.loadTmk(m_admin, kTid, kTmkHex);
        VERIFY_OK(kcv);
        QCOMPARE(*kcv, QStringLiteral("08D7B4FB"));
        auto clear = keys.loadKey(m_terminal, KeyKind::Tmk);
        VERIFY_OK(clear);
        QVERIFY(clear->equals(QByteArray::fromHex(kTmkHex.toLatin1())));

        // What is in the table is not the key, in any encoding.
        const QByteArray stored = storedCiphertext(KeyKind::Tmk);
        QVERIFY(!stored.isEmpty());
        const QByteArray raw = QByteArray::fromHex(kTmkHex.toLatin1());
        QVERIFY(stored != raw);
        QVERIFY(!stored.contains(raw));
        QVERIFY(!stored.contains(raw.left(8)));
        QVERIFY(!stored.toUpper().contains(kTmkHex.toLatin1()));
        auto q = sql::run(*m_db, QStringLiteral("SELECT kcv FROM terminal_keys WHERE terminal_id = ?"),
                          {qlonglong(m_terminal)}, QStringLiteral("test"));
        VERIFY_OK(q);
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("08D7B4FB"));
        // The key file behind it is the owner's alone.
#ifdef Q_OS_UNIX
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(m_keyDir.filePath(QStringLiteral("posdesk.db.key"))).constData(), &st), 0);
        QCOMPARE(unsigned(st.st_mode & 0777), 0600u);
#endif
    }

    void tmkFromAWipedBuffer()
    {
        KeyStore keys(*m_db, m_clock, *m_protection);
        const SecureBuffer triple(
            QByteArrayView(QByteArray::fromHex("0123456789ABCDEFFEDCBA987654321089ABCDEF01234567")));
        auto kcv = keys.loadTmk(m_admin, kTid, triple);
        VERIFY_OK(kcv);
        QCOMPARE(*kcv, QStringLiteral("3FD539E3"));
        QVERIFY(keys.loadKey(m_terminal, KeyKind::Tmk)->equals(triple.view()));
        const SecureBuffer single(QByteArrayView(QByteArray::fromHex("0123456789ABCDEF")));
        auto refused = keys.loadTmk(m_admin, kTid, single);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Usage);
    }

    void loadingIsAuditedWithTheKcvOnly()
    {
        VERIFY_OK(KeyStore(*m_db, m_clock, *m_protection).loadTmk(m_admin, kTid, kTmkHex));
        const auto rows = test::auditRows(*m_db, QStringLiteral("key.load"));
        QCOMPARE(int(rows.size()), 1);
        QCOMPARE(rows[0].object, QStringLiteral("terminal 12345601"));
        QCOMPARE(rows[0].detail, QStringLiteral("tmk KCV 08D7B4FB"));
        auto all = AuditLogRepository(*m_db).list();
        VERIFY_OK(all);
        for (const AuditEntry &e : *all) {
            for (const QString &field : {e.object, e.detail})
                QVERIFY(!field.contains(QStringLiteral("0123456789"), Qt::CaseInsensitive));
        }
        QVERIFY(test::auditChainIntact(*m_db));
    }

    void onlyTheOwnerLoadsKeys_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("cashier") << int(Role::Cashier);
        QTest::newRow("accountant") << int(Role::Accountant);
    }
    void onlyTheOwnerLoadsKeys()
    {
        QFETCH(int, role);
        VERIFY_OK(UserService(*m_db, m_clock)
                      .addUser(m_admin, QStringLiteral("someone"), Role(role), QStringLiteral("someone's password 1")));
        const Actor actor{QStringLiteral("someone"), Role(role), QStringLiteral("gui")};
        auto refused = KeyStore(*m_db, m_clock, *m_protection).loadTmk(actor, kTid, kTmkHex);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("load terminal keys")));
        QVERIFY(storedCiphertext(KeyKind::Tmk).isEmpty());
        const auto denied = test::auditRows(*m_db, QStringLiteral("access.denied"));
        QCOMPARE(int(denied.size()), 1);
        QCOMPARE(denied[0].detail, QStringLiteral("load-keys"));
        const Actor owner{QStringLiteral("boss"), Role::Owner, QStringLiteral("gui")};
        VERIFY_OK(KeyStore(*m_db, m_clock, *m_protection).loadTmk(owner, kTid, kTmkHex));
    }

    void malformedTmkIsRefused_data()
    {
        QTest::addColumn<QString>("tmk");
        QTest::newRow("8 bytes") << QStringLiteral("0123456789ABCDEF");
        QTest::newRow("31 digits") << kTmkHex.left(31);
        QTest::newRow("not hex") << QStringLiteral("0123456789ABCDEFFEDCBA987654321G");
        QTest::newRow("spaces") << QStringLiteral("0123456789ABCDEF FEDCBA987654321");
    }
    void malformedTmkIsRefused()
    {
        QFETCH(QString, tmk);
        auto r = KeyStore(*m_db, m_clock, *m_protection).loadTmk(m_admin, kTid, tmk);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Usage);
        QVERIFY(!r.error().fullText().contains(QStringLiteral("89ABCDEF")));
        QVERIFY(storedCiphertext(KeyKind::Tmk).isEmpty());
    }

    void unknownTerminalIsNotFound()
    {
        auto r = KeyStore(*m_db, m_clock, *m_protection).loadTmk(m_admin, QStringLiteral("99999999"), kTmkHex);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::NotFound);
        QVERIFY(test::auditRows(*m_db, QStringLiteral("key.load")).empty());
    }

    void workingKeysAndReplacement()
    {
        KeyStore keys(*m_db, m_clock, *m_protection);
        SecureBuffer tpk(QByteArrayView(QByteArray::fromHex("11111111111111112222222222222222")));
        auto kcv = keys.storeWorkingKey(m_terminal, KeyKind::Pin, tpk);
        VERIFY_OK(kcv);
        QCOMPARE(*kcv, QStringLiteral("D2B91CC5"));
        QVERIFY(keys.loadKey(m_terminal, KeyKind::Pin)->equals(tpk.view()));
        // The next sign-on replaces it.
        SecureBuffer next(QByteArrayView(QByteArray::fromHex(kTmkHex.toLatin1())));
        VERIFY_OK(keys.storeWorkingKey(m_terminal, KeyKind::Pin, next));
        QVERIFY(keys.loadKey(m_terminal, KeyKind::Pin)->equals(next.view()));
        // The TMK does not come in through the working-key door, and a missing key is NotFound.
        QVERIFY(!keys.storeWorkingKey(m_terminal, KeyKind::Tmk, next).ok());
        auto missing = keys.loadKey(m_terminal, KeyKind::Mac);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        // Listing shows check values only.
        auto listed = KeyStore::list(*m_db, m_clock, m_admin, kTid);
        VERIFY_OK(listed);
        QCOMPARE(int(listed->size()), 1);
        QCOMPARE(listed->at(0).kind, KeyKind::Pin);
        QCOMPARE(listed->at(0).kcv, QStringLiteral("08D7B4FB"));
    }

    // Loading the master key is the keys-loaded event of an approved terminal, so it can sign on; a terminal not
    // yet approved, or already further on, keeps its state.
    void loadingTheTmkIsTheKeysLoadedEvent_data()
    {
        QTest::addColumn<int>("beforeKey");
        QTest::addColumn<int>("afterKey");
        QTest::newRow("approved") << int(TerminalState::Approved) << int(TerminalState::KeysLoaded);
        QTest::newRow("applied") << int(TerminalState::Applied) << int(TerminalState::Applied);
        QTest::newRow("documents submitted")
            << int(TerminalState::DocumentsSubmitted) << int(TerminalState::DocumentsSubmitted);
        QTest::newRow("keys loaded") << int(TerminalState::KeysLoaded) << int(TerminalState::KeysLoaded);
        QTest::newRow("signed on") << int(TerminalState::SignedOn) << int(TerminalState::SignedOn);
        QTest::newRow("active") << int(TerminalState::Active) << int(TerminalState::Active);
        QTest::newRow("suspended") << int(TerminalState::Suspended) << int(TerminalState::Suspended);
    }
    void loadingTheTmkIsTheKeysLoadedEvent()
    {
        QFETCH(int, beforeKey);
        QFETCH(int, afterKey);
        const auto before = TerminalState(beforeKey);
        const auto after = TerminalState(afterKey);
        VERIFY_OK(TerminalRepository(*m_db).setState(m_terminal, before, m_clock.nowMs()));
        EnrollmentService enrol(*m_db, m_clock);
        auto eventsBefore = enrol.history(kTid);
        VERIFY_OK(eventsBefore);
        m_clock.advanceMs(1000);
        VERIFY_OK(KeyStore(*m_db, m_clock, *m_protection).loadTmk(m_admin, kTid, kTmkHex));
        auto t = TerminalRepository(*m_db).findByTid(kTid);
        VERIFY_OK(t);
        QCOMPARE(t->state, after);
        auto events = enrol.history(kTid);
        VERIFY_OK(events);
        if (before == after) {
            QCOMPARE(events->size(), eventsBefore->size()); // nothing invented on the lifecycle
            return;
        }
        QCOMPARE(events->size(), eventsBefore->size() + 1);
        const EnrollmentEvent &e = events->back();
        QCOMPARE(e.from, std::optional<TerminalState>(TerminalState::Approved));
        QCOMPARE(e.to, TerminalState::KeysLoaded);
        QCOMPARE(e.actor, m_admin.name);
        QVERIFY2(e.note.contains(QStringLiteral("08D7B4FB")), qPrintable(e.note)); // names the key by its KCV
        QCOMPARE(e.at, m_clock.nowMs());
        // On the audit trail as a state change, beside the key load.
        auto audited = sql::run(*m_db,
                                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'terminal.state' AND "
                                               "detail = 'approved -> keys-loaded'"),
                                {}, QStringLiteral("test"));
        VERIFY_OK(audited);
        QVERIFY(audited->next());
        QCOMPARE(audited->value(0).toInt(), 1);
    }

    // A key loaded before the approval counts from the approval on: approving goes on to keys-loaded.
    void approvalWithTheKeyAlreadyLoadedIsKeysLoaded()
    {
        EnrollmentService enrol(*m_db, m_clock);
        VERIFY_OK(KeyStore(*m_db, m_clock, *m_protection).loadTmk(m_admin, kTid, kTmkHex));
        VERIFY_OK(enrol.changeState(m_admin, kTid, TerminalState::DocumentsSubmitted));
        VERIFY_OK(enrol.changeState(m_admin, kTid, TerminalState::Approved));
        auto t = TerminalRepository(*m_db).findByTid(kTid);
        VERIFY_OK(t);
        QCOMPARE(t->state, TerminalState::KeysLoaded);
        auto events = enrol.history(kTid);
        VERIFY_OK(events);
        QCOMPARE(events->size(), std::size_t(4)); // recorded, submitted, approved, keys loaded
        QCOMPARE(events->at(2).to, TerminalState::Approved);
        QCOMPARE(events->at(3).from, std::optional<TerminalState>(TerminalState::Approved));
        QCOMPARE(events->at(3).to, TerminalState::KeysLoaded);
    }

    // The master key going into the till's PIN pad is the keys-loaded event as well.
    void loadingTheTmkIntoThePinPadIsTheKeysLoadedEvent()
    {
        VERIFY_OK(TerminalRepository(*m_db).setState(m_terminal, TerminalState::Approved, m_clock.nowMs()));
        FakePad pad;
        auto key = KeyStore::parseHexKey(kTmkHex);
        VERIFY_OK(key);
        VERIFY_OK(KeyStore(*m_db, m_clock, *m_protection).loadTmkIntoPinPad(m_admin, kTid, pad, 1, &*key));
        auto t = TerminalRepository(*m_db).findByTid(kTid);
        VERIFY_OK(t);
        QCOMPARE(t->state, TerminalState::KeysLoaded);
        QCOMPARE(t->pinPadSlot, std::optional<int>(1));
        auto events = EnrollmentService(*m_db, m_clock).history(kTid);
        VERIFY_OK(events);
        QCOMPARE(events->back().to, TerminalState::KeysLoaded);
        QVERIFY2(events->back().note.contains(QStringLiteral("PIN pad")), qPrintable(events->back().note));
    }

    void tamperedOrMovedCiphertextIsRefused()
    {
        KeyStore keys(*m_db, m_clock, *m_protection);
        VERIFY_OK(keys.loadTmk(m_admin, kTid, kTmkHex));
        QByteArray stored = storedCiphertext(KeyKind::Tmk);
        // Copy the TMK's ciphertext into the PIN key's row: the kind is part of the associated data.
        auto copy = sql::run(*m_db,
                             QStringLiteral("INSERT INTO terminal_keys (terminal_id, kind, ciphertext, kcv, loaded_at) "
                                            "VALUES (?, 'tpk', ?, '08D7B4FB', 0)"),
                             {qlonglong(m_terminal), stored}, QStringLiteral("test"));
        VERIFY_OK(copy);
        auto moved = keys.loadKey(m_terminal, KeyKind::Pin);
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().kind, ErrorKind::Corrupt);
        // Flip one byte of the stored TMK.
        stored[stored.size() / 2] = char(stored[stored.size() / 2] ^ 0x40);
        auto update = sql::run(
            *m_db, QStringLiteral("UPDATE terminal_keys SET ciphertext = ? WHERE terminal_id = ? AND kind = 'tmk'"),
            {stored, qlonglong(m_terminal)}, QStringLiteral("test"));
        VERIFY_OK(update);
        auto tampered = keys.loadKey(m_terminal, KeyKind::Tmk);
        QVERIFY(!tampered.ok());
        QCOMPARE(tampered.error().kind, ErrorKind::Corrupt);
        QVERIFY(tampered.error().message.contains(QStringLiteral("Load the key again")));
    }

    void anotherDataProtectionKeyIsDetected()
    {
        VERIFY_OK(KeyStore(*m_db, m_clock, *m_protection).loadTmk(m_admin, kTid, kTmkHex));
        SecureBuffer other(32);
        randombytes_buf(other.data(), 32);
        auto foreign = DataProtection::fromKey(std::move(other));
        KeyStore elsewhere(*m_db, m_clock, *foreign);
        auto read = elsewhere.loadKey(m_terminal, KeyKind::Tmk);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, ErrorKind::Environment);
        QVERIFY(read.error().message.contains(QStringLiteral("another data-protection key")));
        // Nor may it add keys that the other tills could not read.
        QVERIFY(!elsewhere.loadTmk(m_admin, kTid, kTmkHex).ok());
        QVERIFY(KeyStore(*m_db, m_clock, *m_protection).loadKey(m_terminal, KeyKind::Tmk).ok());
    }

    void enrolmentUsesThePermissionMatrix()
    {
        const Actor accountant{QStringLiteral("zhang"), Role::Accountant, QStringLiteral("gui")};
        EnrollmentService enrol(*m_db, m_clock);
        const Status s = enrol.changeState(accountant, kTid, TerminalState::DocumentsSubmitted);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Refused);
        QVERIFY(s.error().message.contains(QStringLiteral("accountant")));
        QVERIFY(s.error().message.contains(QStringLiteral("enrol and manage terminals")));
        Acquirer a;
        a.name = QStringLiteral("Other");
        a.host = QStringLiteral("h");
        a.port = 1;
        auto acq = enrol.addAcquirer(accountant, a);
        QVERIFY(!acq.ok());
        QVERIFY(acq.error().message.contains(QStringLiteral("manage acquirer profiles")));
        QCOMPARE(int(test::auditRows(*m_db, QStringLiteral("access.denied")).size()), 2);
        const Actor owner{QStringLiteral("boss"), Role::Owner, QStringLiteral("gui")};
        VERIFY_OK(enrol.changeState(owner, kTid, TerminalState::DocumentsSubmitted));
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_security_keystore.moc"
