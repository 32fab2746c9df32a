#include "TestSupport.h"

#include "counter/CashSales.h"
#include "counter/CashierNumbers.h"
#include "counter/ShiftService.h"
#include "printer/EscPosDump.h"
#include "printing/Slips.h"
#include "storage/TransactionRepository.h"
#include "time/Clock.h"

#include <QSqlQuery>
#include <QTest>

using namespace posdesk;

namespace {

const Actor kCashier{QStringLiteral("cashier"), Role::Cashier, QStringLiteral("gui")};
const Actor kCashier2{QStringLiteral("cashier2"), Role::Cashier, QStringLiteral("gui")};
const Actor kOwner{QStringLiteral("owner"), Role::Owner, QStringLiteral("gui")};
const Actor kAccountant{QStringLiteral("accountant"), Role::Accountant, QStringLiteral("gui")};

bool exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

PrinterOptions paper(int width)
{
    PrinterOptions o;
    o.paperWidth = width;
    return o;
}

} // namespace

// Cash at the counter: a cash sale is a transaction of its own with a voucher number, counted in the shift; a shift
// close counts the drawer against float + cash sales - cash refunds and keeps the difference; slips print the
// cashier's number as 操作员.
class TestCounter : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    TestClock m_clock;

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
        for (const char *sql :
             {"INSERT INTO merchants (mid, name, name_en, created_at) VALUES ('898310058120001', '静安街角便利店', "
              "'JINGAN CORNER SHOP', 0)",
              "INSERT INTO acquirers (name, host, port, support_phone, created_at) VALUES ('East China Acquiring "
              "Bank', '127.0.0.1', 1, '95516', 0)",
              "INSERT INTO terminals (tid, merchant_id, acquirer_id, state, created_at, updated_at) VALUES "
              "('12345601', 1, 1, 'active', 0, 0)",
              "INSERT INTO users (username, role, password_hash, created_at) VALUES ('cashier', 'cashier', 'x', 0)",
              "INSERT INTO users (username, role, password_hash, created_at) VALUES ('cashier2', 'cashier', 'x', 0)",
              // The people the tests act as: rights are read from the users table at each operation.
              "INSERT INTO users (username, role, password_hash, created_at) VALUES ('owner', 'owner', 'x', 0)",
              "INSERT INTO users (username, role, password_hash, created_at) VALUES ('accountant', 'accountant', 'x', "
              "0)"})
            QVERIFY2(exec(*m_db, QString::fromUtf8(sql)), sql);
    }
    void cleanup()
    {
        m_db.reset();
        m_tdb.reset();
    }

    void cashSaleIsATransactionOfItsOwn()
    {
        CashSales cash(*m_db, m_clock);
        auto first = cash.record(kCashier, QStringLiteral("12345601"), Money::cny(4550), false,
                                 QStringLiteral("card payments unavailable: 97"));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().fullText()));
        auto second = cash.record(kCashier, QStringLiteral("12345601"), Money::cny(1000), false, QString());
        QVERIFY(second.ok());
        QCOMPARE(first->kind, TxnKind::Cash);
        QCOMPARE(first->status, TxnStatus::Approved);
        QCOMPARE(first->batchNo, 0); // in no card batch: never settled with the host
        QCOMPARE(first->stan, 1);
        QCOMPARE(second->stan, 2);
        auto stored = TransactionRepository(*m_db).findById(first->id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->amount.minor(), 4550);
        QCOMPARE(stored->cashier, QStringLiteral("cashier"));
        QVERIFY(stored->panMasked.isEmpty());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'sale.cash'")), 2);
        // An accountant does not sell.
        auto refused = cash.record(kAccountant, QStringLiteral("12345601"), Money::cny(100), false, QString());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
        QVERIFY(!cash.record(kCashier, QStringLiteral("12345601"), Money::cny(0), false, QString()).ok());

        // Its slip has no card fields, and names the cashier by number.
        QVERIFY(CashierNumbers::set(*m_db, m_clock, kOwner, QStringLiteral("cashier"), QStringLiteral("01")).ok());
        auto slip = Slips::forTransaction(*m_db, *first, paper(32));
        QVERIFY(slip.ok());
        const QString text = EscPosDump::toText(*slip);
        QVERIFY2(text.contains(QStringLiteral("现金收款单 CASH RECEIPT")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("￥45.50")));
        QVERIFY(text.contains(QStringLiteral("单号 VOUCHER NO")) && text.contains(QStringLiteral("000001")));
        QVERIFY(!text.contains(QStringLiteral("CARD NO")));
        QVERIFY(!text.contains(QStringLiteral("持卡人")));
        QVERIFY(text.contains(QStringLiteral("操作员 OPERATOR")) && text.contains(QStringLiteral(".. 01|")));
        QVERIFY(!Slips::hasCardholderCopy(*first));
    }

    void cashierNumbers()
    {
        QCOMPARE(*CashierNumbers::of(*m_db, QStringLiteral("cashier")), QString());
        QCOMPARE(CashierNumbers::operatorFor(*m_db, QStringLiteral("cashier")), QStringLiteral("cashier"));
        QCOMPARE(CashierNumbers::operatorFor(*m_db, QStringLiteral("local-admin:unknown")), QStringLiteral("00"));
        QCOMPARE(
            CashierNumbers::set(*m_db, m_clock, kCashier, QStringLiteral("cashier"), QStringLiteral("01")).error().kind,
            ErrorKind::Refused); // only who manages users
        QVERIFY(CashierNumbers::set(*m_db, m_clock, kOwner, QStringLiteral("cashier"), QStringLiteral("01")).ok());
        QCOMPARE(CashierNumbers::operatorFor(*m_db, QStringLiteral("cashier")), QStringLiteral("01"));
        const auto taken =
            CashierNumbers::set(*m_db, m_clock, kOwner, QStringLiteral("cashier2"), QStringLiteral("01"));
        QCOMPARE(taken.error().kind, ErrorKind::Refused);
        QVERIFY(taken.error().message.contains(QStringLiteral("cashier")));
        QCOMPARE(
            CashierNumbers::set(*m_db, m_clock, kOwner, QStringLiteral("cashier2"), QStringLiteral("1a")).error().kind,
            ErrorKind::Usage);
        QCOMPARE(
            CashierNumbers::set(*m_db, m_clock, kOwner, QStringLiteral("nobody"), QStringLiteral("05")).error().kind,
            ErrorKind::NotFound);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'user.cashier-no'")), 1);
    }

    // The owner's shift at the till (a cashier may not refund). Float 500.00, cash sales 45.50 + 80.00, a cash refund
    // of 10.00: the drawer should hold 615.50; 610.50 counted is 5.00 short, stored and printed.
    void shiftCloseWithADifference()
    {
        ShiftService shifts(*m_db, m_clock);
        QCOMPARE(shifts.close(kOwner, Money::cny(0)).error().kind, ErrorKind::Refused); // none open
        auto opened = shifts.open(kOwner, Money::cny(50000));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().fullText()));
        QCOMPARE(shifts.open(kOwner, Money::cny(100)).error().kind, ErrorKind::Refused); // already open
        m_clock.advanceMs(1000);
        CashSales cash(*m_db, m_clock);
        QVERIFY(cash.record(kOwner, QStringLiteral("12345601"), Money::cny(4550), false, QString()).ok());
        QVERIFY(cash.record(kOwner, QStringLiteral("12345601"), Money::cny(8000), false, QString()).ok());
        QVERIFY(cash.record(kOwner, QStringLiteral("12345601"), Money::cny(1000), true, QString()).ok());
        // Another cashier's cash is not in this drawer.
        QVERIFY(cash.record(kCashier2, QStringLiteral("12345601"), Money::cny(9999), false, QString()).ok());
        QVERIFY(exec(*m_db, QStringLiteral("INSERT INTO transactions (terminal_id, batch_no, stan, kind, status, "
                                           "amount_minor, currency, cashier, created_at, updated_at) VALUES (1, 1, 1, "
                                           "'sale', 'approved', 20000, 'CNY', 'owner', %1, %1)")
                                .arg(m_clock.nowMs())));
        auto running = shifts.current(kOwner);
        QVERIFY(running.ok() && running->has_value());
        QCOMPARE((*running)->expectedMinor, 61550);

        m_clock.advanceMs(1000);
        auto closed = shifts.close(kOwner, Money::cny(61050), QStringLiteral("counted twice"));
        QVERIFY2(closed.ok(), qPrintable(closed.ok() ? QString() : closed.error().fullText()));
        QCOMPARE(closed->floatMinor, 50000);
        QCOMPARE(closed->cashSaleCount, 2);
        QCOMPARE(closed->cashSalesMinor, 12550);
        QCOMPARE(closed->cashRefundCount, 1);
        QCOMPARE(closed->cashRefundsMinor, 1000);
        QCOMPARE(closed->cardSaleCount, 1);
        QCOMPARE(closed->cardSalesMinor, 20000);
        QCOMPARE(closed->expectedMinor, 61550);
        QCOMPARE(closed->countedMinor, 61050);
        QCOMPARE(closed->differenceMinor, -500);
        QVERIFY(!shifts.current(kOwner)->has_value());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT difference_minor FROM shifts WHERE cashier = 'owner'")), -500);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'shift.close'")), 1);

        // The owner sees every shift; a cashier only their own.
        QVERIFY(shifts.open(kCashier2, Money::cny(0)).ok());
        QCOMPARE(shifts.list(kOwner)->size(), size_t(2));
        QCOMPARE(shifts.list(kCashier2)->size(), size_t(1));
        // Money out of the drawer needs the refund right, which a cashier does not have.
        QCOMPARE(CashSales(*m_db, m_clock)
                     .record(kCashier2, QStringLiteral("12345601"), Money::cny(100), true, QString())
                     .error()
                     .kind,
                 ErrorKind::Refused);

        // The shift slip: expected, counted, difference, short.
        auto slip = Slips::forShift(*m_db, *closed, QStringLiteral("12345601"), paper(32));
        QVERIFY(slip.ok());
        const QString text = EscPosDump::toText(*slip);
        QVERIFY2(text.contains(QStringLiteral("应有现金 EXPECTED")) && text.contains(QStringLiteral("￥615.50")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("实点现金 COUNTED")) && text.contains(QStringLiteral("￥610.50")));
        QVERIFY(text.contains(QStringLiteral("-￥5.00")));
        QVERIFY(text.contains(QStringLiteral("短款 SHORT")));
    }

    // A card slip from the database: the issuer from the BIN table, the acquirer and its service line from the
    // profile, the operator's number, both copies; a reprint carries its mark, time and who, and is audited.
    void cardSlipFromTheDatabase()
    {
        QVERIFY(CashierNumbers::set(*m_db, m_clock, kOwner, QStringLiteral("cashier"), QStringLiteral("03")).ok());
        QVERIFY(exec(*m_db, QStringLiteral("INSERT INTO transactions (terminal_id, batch_no, stan, kind, status, "
                                           "amount_minor, currency, pan_masked, card_scheme, entry_mode, rrn, "
                                           "auth_code, cashier, created_at, updated_at) VALUES (1, 1, 42, 'sale', "
                                           "'approved', 1234, 'CNY', '622848******1234', 'UnionPay', 'contactless', "
                                           "'601512345678', 'A1B2C3', 'cashier', 0, 0)")));
        auto txn = TransactionRepository(*m_db).findByStan(1, 1, 42);
        QVERIFY(txn.ok());
        const QString merchantCopy = EscPosDump::toText(*Slips::forTransaction(*m_db, *txn, paper(32)));
        QVERIFY2(merchantCopy.contains(QStringLiteral("发卡行 ISSUER")) &&
                     merchantCopy.contains(QStringLiteral("中国农业银行")),
                 qPrintable(merchantCopy));
        QVERIFY(merchantCopy.contains(QStringLiteral("East China Acquiring Bank")));
        QVERIFY(merchantCopy.contains(QStringLiteral("服务热线 SERVICE TEL")) &&
                merchantCopy.contains(QStringLiteral("95516")));
        QVERIFY(merchantCopy.contains(QStringLiteral("挥卡 WAVE")));
        QVERIFY(merchantCopy.contains(QStringLiteral("**/**")));
        QVERIFY(merchantCopy.contains(QStringLiteral(" 03|")));
        QVERIFY(merchantCopy.contains(QStringLiteral("商户存根 MERCHANT COPY")));
        QVERIFY(!merchantCopy.contains(QStringLiteral("622848")));
        const QString cardholderCopy =
            EscPosDump::toText(*Slips::forTransaction(*m_db, *txn, paper(32), ReceiptCopy::Cardholder));
        QVERIFY(cardholderCopy.contains(QStringLiteral("持卡人存根 CARDHOLDER COPY")));
        QVERIFY(Slips::hasCardholderCopy(*txn));
        PrinterOptions latin = paper(48);
        latin.chineseMode = false;
        QVERIFY(EscPosDump::toText(*Slips::forTransaction(*m_db, *txn, latin))
                    .contains(QStringLiteral("AGRICULTURAL BANK OF CHINA")));

        auto reprint = Slips::reprintTransaction(*m_db, m_clock, kOwner, *txn, paper(32));
        QVERIFY(reprint.ok());
        QVERIFY(EscPosDump::toText(*reprint).contains(QStringLiteral("|重打印 REPRINT|")));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = 'receipt.reprint'")), 1);
        QVERIFY(!Slips::reprintTransaction(*m_db, m_clock, kAccountant, *txn, paper(32)).ok());
    }

    // The settlement slip of a batch whose upload closed it says so, with the settle time and who settled.
    void settlementSlipFromTheBatch()
    {
        QVERIFY(CashierNumbers::set(*m_db, m_clock, kOwner, QStringLiteral("cashier"), QStringLiteral("07")).ok());
        for (const char *sql :
             {"INSERT INTO batches (terminal_id, batch_no, state, opened_at, closed_at, host_result, host_settled_at) "
              "VALUES (1, 3, 'closed', 0, 1768490405000, 'uploaded', 1768490405000)",
              "INSERT INTO transactions (terminal_id, batch_no, stan, kind, status, amount_minor, currency, "
              "card_scheme, "
              "created_at, updated_at) VALUES (1, 3, 1, 'sale', 'approved', 10000, 'CNY', 'UnionPay', 0, 0)",
              "INSERT INTO transactions (terminal_id, batch_no, stan, kind, status, amount_minor, currency, "
              "card_scheme, "
              "created_at, updated_at) VALUES (1, 3, 2, 'sale', 'voided', 500, 'CNY', 'UnionPay', 0, 0)",
              "INSERT INTO transactions (terminal_id, batch_no, stan, kind, status, amount_minor, currency, "
              "card_scheme, "
              "created_at, updated_at) VALUES (1, 3, 3, 'void', 'approved', 500, 'CNY', 'UnionPay', 0, 0)",
              "INSERT INTO transactions (terminal_id, batch_no, stan, kind, status, amount_minor, currency, "
              "card_scheme, "
              "pan_masked, created_at, updated_at) VALUES (1, 3, 4, 'sale', 'approved', 30000, 'CNY', 'Visa', "
              "'411111******1111', 0, 0)"})
            QVERIFY2(exec(*m_db, QString::fromLatin1(sql)), sql);
        auto slip = Slips::forBatch(*m_db, QStringLiteral("12345601"), 3, QStringLiteral("cashier"), paper(48));
        QVERIFY2(slip.ok(), qPrintable(slip.ok() ? QString() : slip.error().fullText()));
        const QString text = EscPosDump::toText(*slip);
        QVERIFY2(text.contains(QStringLiteral("批上送完成")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("对账不平")));
        QVERIFY(text.contains(QStringLiteral("000003")));
        QVERIFY(text.contains(QStringLiteral("1 / ￥100.00"))); // 内卡 sales
        QVERIFY(text.contains(QStringLiteral("1 / ￥5.00")));   // 内卡 voids
        QVERIFY(text.contains(QStringLiteral("1 / ￥300.00"))); // 外卡 sales
        QVERIFY(text.contains(QStringLiteral("净额 NET")) && text.contains(QStringLiteral("￥400.00")));
        QVERIFY(text.contains(QStringLiteral(" 07|")));
        // An open batch has no settlement slip yet.
        QVERIFY(
            exec(*m_db, QStringLiteral("INSERT INTO batches (terminal_id, batch_no, state, opened_at) VALUES (1, 4, "
                                       "'open', 0)")));
        QCOMPARE(Slips::forBatch(*m_db, QStringLiteral("12345601"), 4, QString(), paper(48)).error().kind,
                 ErrorKind::Refused);
    }
};

QTEST_GUILESS_MAIN(TestCounter)
#include "tst_counter.moc"
