// Chip sales end to end (issue 15): posdesk-cli reading the emulated PBOC cards (tests/rig/card) through the real
// pcscd and the vpcd virtual reader, against a real posdesk-hostsim that plays their issuers (--chip). What the shop
// calls approved is compared with what the host kept, after a card that declines what the host approved, a spoiled
// ARPC, issuer scripts, a lost answer and a card taken out. The till's PIN pad is posdesk-devsim's virtual pad on a
// real pseudo-terminal: it holds the terminal's keys, and the host checks the PIN it encrypted.
#include "DevSim.h"
#include "HostSim.h"
#include "PcscTestRig.h"
#include "TestSupport.h"

#include "storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace posdesk;

namespace {

constexpr const char *kMid = "898310058120001";
constexpr const char *kTid = "12345601";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QString chipCardDir()
{
    return QDir(qEnvironmentVariable("POSDESK_TEST_DATA")).absoluteFilePath(QStringLiteral("../rig/card"));
}

} // namespace

class TestChipSale : public QObject
{
    Q_OBJECT

    QString m_rig;
    QString m_reader;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::HostSim> m_host;
    std::unique_ptr<test::DevSim> m_pad; // the till's PIN pad, when it has one
    std::unique_ptr<test::TestDatabase> m_store;
    DbEngine m_engine = DbEngine::Sqlite;
    QString m_db; // the SQLite file, when the engine is SQLite

    QStringList dbArgs() const
    {
        if (m_engine == DbEngine::Sqlite)
            return {QStringLiteral("--db"), m_db};
        // The test cluster's URL with this test's own database.
        QString url = qEnvironmentVariable("POSDESK_TEST_PG_URL");
        url.replace(QStringLiteral("/postgres?"), QStringLiteral("/%1?").arg(m_store->config().database));
        return {QStringLiteral("--db-url"), url};
    }

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(test::programPath(QStringLiteral("posdesk-cli")), dbArgs() + args);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // A shop with one terminal, its TMK loaded and its chip parameters downloaded from a host that plays the
    // test cards' issuers. With a pad (the default), the TMK is moved into the PIN pad, which then holds every key of
    // the terminal, and the cardholder's PIN is typed on it at once (pin-auto) unless a test says otherwise.
    enum class Pad : quint8
    {
        With,
        Without,
    };
    void setUpShop(const QStringList &faults = {}, int responseTimeoutMs = 1500, Pad pad = Pad::With)
    {
        QFETCH_GLOBAL(DbEngine, engine);
        m_engine = engine;
        m_dir = std::make_unique<QTemporaryDir>();
        auto store = test::TestDatabase::create(engine);
        QVERIFY2(store, store ? "" : qPrintable(store.error().fullText()));
        m_store = std::move(*store);
        m_db = m_store->config().sqlitePath;
        m_host = std::make_unique<test::HostSim>(test::programPath(QStringLiteral("posdesk-hostsim")));
        m_host->withChipCards(chipCardDir());
        QVERIFY(m_host->start(QString::fromLatin1(kMid), {QString::fromLatin1(kTid)}, faults));
        const QList<QStringList> steps{
            {QStringLiteral("merchant"), QStringLiteral("add"), QStringLiteral("--mid"), QString::fromLatin1(kMid),
             QStringLiteral("--name"), QStringLiteral("静安街角便利店")},
            {QStringLiteral("acquirer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Bank"),
             QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
             QString::number(m_host->port()), QStringLiteral("--connect-timeout-ms"), QStringLiteral("2000"),
             QStringLiteral("--response-timeout-ms"), QString::number(responseTimeoutMs)},
            {QStringLiteral("terminal"), QStringLiteral("add"), QStringLiteral("--tid"), QString::fromLatin1(kTid),
             QStringLiteral("--mid"), QString::fromLatin1(kMid), QStringLiteral("--acquirer"), QStringLiteral("Bank"),
             QStringLiteral("--state"), QStringLiteral("keys-loaded")},
            {QStringLiteral("keys"), QStringLiteral("load-tmk"), QStringLiteral("--tid"), QString::fromLatin1(kTid),
             QStringLiteral("--tmk"), QString::fromLatin1(test::HostSim::kTmk)},
            {QStringLiteral("ic"), QStringLiteral("download"), QStringLiteral("--tid"), QString::fromLatin1(kTid)},
        };
        for (const QStringList &step : steps) {
            const Run r = cli(step);
            QVERIFY2(r.exitCode == 0, (step.join(u' ').toUtf8() + ": " + r.err).constData());
        }
        if (pad == Pad::Without)
            return;
        const QString padDir = m_dir->filePath(QStringLiteral("pad"));
        QVERIFY(QDir().mkpath(padDir));
        m_pad = std::make_unique<test::DevSim>();
        QVERIFY2(m_pad->start(padDir, test::DevSim::PinPad::With), "posdesk-devsim did not start");
        QVERIFY(m_pad->command("pin-auto 123456").startsWith("ok"));
        const QList<QStringList> padSteps{
            {QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("pad"),
             QStringLiteral("--kind"), QStringLiteral("pinpad"), QStringLiteral("--address"), m_pad->pinpadLink()},
            {QStringLiteral("pinpad"), QStringLiteral("load-tmk"), QStringLiteral("--tid"), QString::fromLatin1(kTid),
             QStringLiteral("--slot"), QStringLiteral("1"), QStringLiteral("--from-pc")},
        };
        for (const QStringList &step : padSteps) {
            const Run r = cli(step);
            QVERIFY2(r.exitCode == 0, (step.join(u' ').toUtf8() + ": " + r.err).constData());
        }
        // The PC keeps no key of the terminal: the pad has them all.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM terminal_keys")).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT pin_pad_slot FROM terminals")).toInt(), 1);
    }

    // A chip sale left running while the test plays the cardholder at the pad.
    std::unique_ptr<QProcess> startChipSale(const char *amount)
    {
        auto p = std::make_unique<QProcess>();
        p->start(test::programPath(QStringLiteral("posdesk-cli")),
                 dbArgs() + QStringList{QStringLiteral("sale"), QStringLiteral("--tid"), QString::fromLatin1(kTid),
                                        QStringLiteral("--amount"), QString::fromLatin1(amount),
                                        QStringLiteral("--chip"), QStringLiteral("--reader"), m_reader,
                                        QStringLiteral("--json")});
        return p;
    }

    // The debit card in the reader, a chip sale started, and the pad waiting for the cardholder's PIN.
    void saleWaitingAtThePad(const char *amount, std::unique_ptr<QProcess> &p)
    {
        QVERIFY(m_pad->command("pin-auto off").startsWith("ok"));
        QVERIFY(insert(QStringLiteral("debit-pin")));
        m_pad->discardLines();
        p = startChipSale(amount);
        QVERIFY(p->waitForStarted(10000));
        QVERIFY2(!m_pad->waitFor("pinpad waiting for PIN", {}, 30000).isEmpty(), "the pad was never asked");
    }

    bool insert(const QString &profile) { return test::runPcscRig({QStringLiteral("insert"), m_rig, profile}); }

    Run chipSale(const char *amount)
    {
        return cli({QStringLiteral("sale"), QStringLiteral("--tid"), QString::fromLatin1(kTid),
                    QStringLiteral("--amount"), QString::fromLatin1(amount), QStringLiteral("--chip"),
                    QStringLiteral("--reader"), m_reader, QStringLiteral("--json")});
    }

    Run settle()
    {
        return cli(
            {QStringLiteral("settle"), QStringLiteral("--tid"), QString::fromLatin1(kTid), QStringLiteral("--json")});
    }

    // One value from the shop's database (a fresh connection each time: the CLI processes write meanwhile).
    QVariant scalar(const QString &sql)
    {
        auto db = Database::open(m_store->config());
        if (!db)
            return {};
        QSqlQuery q((*db)->connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QString status(int stan)
    {
        return scalar(QStringLiteral("SELECT status FROM transactions WHERE stan = %1").arg(stan)).toString();
    }
    QString chipColumn(int stan, const char *column)
    {
        return scalar(QStringLiteral("SELECT c.%1 FROM chip_transactions c JOIN transactions t ON t.id = "
                                     "c.transaction_id WHERE t.stan = %2")
                          .arg(QLatin1String(column))
                          .arg(stan))
            .toString();
    }
    // The STAN of the only sale the shop holds.
    int onlyStan()
    {
        if (scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")).toInt() != 1)
            return -1;
        return scalar(QStringLiteral("SELECT stan FROM transactions")).toInt();
    }
    QJsonObject hostEntry(int stan)
    {
        for (const QJsonValue &v : m_host->entries(QString::fromLatin1(kTid), 1))
            if (v.toObject().value(QStringLiteral("stan")).toInt() == stan)
                return v.toObject();
        return {};
    }
    // The host holds the sale and undid it with a chip reversal; the shop says reversed, nothing approved.
    void checkReversedOnBothSides(int stan)
    {
        QCOMPARE(status(stan), QStringLiteral("reversed"));
        const QJsonObject e = hostEntry(stan);
        QVERIFY2(!e.isEmpty(), "the host never saw the sale");
        QVERIFY(e.value(QStringLiteral("chip")).toBool());
        QVERIFY(e.value(QStringLiteral("reversed")).toBool());
        QVERIFY2(e.value(QStringLiteral("chipReversal")).toBool(), "the reversal did not carry the chip's data");
    }

private slots:
    // Every case on SQLite and on the real PostgreSQL server.
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase()
    {
        m_rig = qEnvironmentVariable("POSDESK_TEST_PCSC_DIR");
        QVERIFY2(!m_rig.isEmpty(), "run under ctest: the pcsc fixture starts the rig");
        m_reader = test::readPcscRigEnv(m_rig).value(QStringLiteral("POSDESK_PCSC_READER"));
        QVERIFY2(!m_reader.isEmpty(), "the PC/SC rig is not running");
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_host)
            qWarning().noquote() << "host simulator log:\n" << m_host->log();
        test::runPcscRig({QStringLiteral("remove"), m_rig});
        m_pad.reset();
        m_host.reset();
        m_store.reset();
        m_dir.reset();
    }

    // Card and host agree: the host verified the ARQC, the card accepted the ARPC (TC), and the TC is kept for the
    // upload. The shop's approval is the host's, and the slip says how the card was read.
    void approvedByHostAndCard()
    {
        setUpShop();
        test::DevSim printer;
        QVERIFY2(printer.start(m_dir->path()), "posdesk-devsim did not start");
        QCOMPARE(cli({QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("front"), QStringLiteral("--kind"), QStringLiteral("printer"),
                      QStringLiteral("--address"), printer.printerLink()})
                     .exitCode,
                 0);
        QVERIFY(insert(QStringLiteral("credit-nopin")));
        const Run r = chipSale("12.34");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("card")).toString(), QStringLiteral("622600******0021"));
        const int stan = r.json().value(QStringLiteral("stan")).toInt();
        QCOMPARE(status(stan), QStringLiteral("approved"));
        QCOMPARE(scalar(QStringLiteral("SELECT entry_mode FROM transactions")).toString(), QStringLiteral("chip"));
        QCOMPARE(chipColumn(stan, "card_decision"), QStringLiteral("tc"));
        QCOMPARE(chipColumn(stan, "aid"), QStringLiteral("A000000333010102"));
        QCOMPARE(chipColumn(stan, "card_sequence"), QStringLiteral("001"));
        QVERIFY(!chipColumn(stan, "final_icc").isEmpty());
        QCOMPARE(chipColumn(stan, "advice_state"), QStringLiteral("none"));
        const QJsonObject e = hostEntry(stan);
        QVERIFY(e.value(QStringLiteral("chip")).toBool());
        QVERIFY(!e.value(QStringLiteral("reversed")).toBool());
        QCOMPARE(e.value(QStringLiteral("amount")).toInt(), 1234);
        QVERIFY2(r.json().value(QStringLiteral("receipt")).toObject().value(QStringLiteral("printed")).toBool(),
                 r.out.constData());
        const QString slip = printer.transcript();
        QVERIFY2(slip.contains(QStringLiteral("插卡 CHIP")), qPrintable(slip));
        QVERIFY(slip.contains(QStringLiteral("PBOC CREDIT")));
        QVERIFY(slip.contains(QStringLiteral("A000000333010102")));
        QVERIFY(slip.contains(QStringLiteral("|TC ")));
        QVERIFY(!slip.contains(QStringLiteral("6226000000000021")));
        // Nothing of the card is kept but the masked number: no PAN, no track 2 equivalent.
        if (m_engine == DbEngine::Sqlite) {
            QFile f(m_db);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains("6226000000000021"));
            QVERIFY(!bytes.contains(QByteArray::fromHex("6226000000000021")));
        }
    }

    // The host approves, the card refuses the approval (it declines at the second GENERATE AC): the sale is not
    // the shop's, and the host's approval is undone at once with the chip's data after an AAC.
    void cardDeclinesWhatTheHostApproved()
    {
        setUpShop();
        QVERIFY(insert(QStringLiteral("decline-2nd-ac")));
        const Run r = chipSale("8.00");
        QVERIFY2(r.exitCode != 0, r.out.constData());
        QVERIFY2(r.err.contains("card declined") || r.err.contains("not charged"), r.err.constData());
        const int stan = onlyStan();
        QVERIFY(stan > 0);
        checkReversedOnBothSides(stan);
        QCOMPARE(chipColumn(stan, "card_decision"), QStringLiteral("aac"));
    }

    // An ARPC that does not authenticate: the card declines, the shop reverses.
    void spoiledArpcIsReversed()
    {
        setUpShop({QStringLiteral("bad-arpc:1:0200")});
        QVERIFY(insert(QStringLiteral("debit-pin")));
        const Run r = chipSale("5.00");
        QVERIFY2(r.exitCode != 0, r.out.constData());
        const int stan = onlyStan();
        QVERIFY(stan > 0);
        checkReversedOnBothSides(stan);
        QCOMPARE(chipColumn(stan, "card_decision"), QStringLiteral("aac"));
    }

    // Issuer scripts block the application before the second GENERATE AC: the card declines, the sale is
    // reversed, and the scripts' results are owed to the host as an advice.
    void issuerScriptsAreOwedAsAnAdvice()
    {
        setUpShop({QStringLiteral("script-block:1:0200")});
        QVERIFY(insert(QStringLiteral("debit-pin")));
        const Run r = chipSale("7.00");
        QVERIFY2(r.exitCode != 0, r.out.constData());
        const int stan = onlyStan();
        QVERIFY(stan > 0);
        checkReversedOnBothSides(stan);
        QCOMPARE(chipColumn(stan, "advice_state"), QStringLiteral("pending"));
        QVERIFY(!chipColumn(stan, "advice_icc").isEmpty());
        QVERIFY(!hostEntry(stan).value(QStringLiteral("scriptAdvised")).toBool());
        // The advice goes before the totals at the settlement, and the host confirms it.
        const Run settled = settle();
        QVERIFY2(settled.exitCode == 0, settled.err.constData());
        QCOMPARE(settled.json().value(QStringLiteral("advicesSent")).toInt(), 1);
        QCOMPARE(settled.json().value(QStringLiteral("advicesOwed")).toInt(), 0);
        QCOMPARE(chipColumn(stan, "advice_state"), QStringLiteral("sent"));
        QVERIFY(hostEntry(stan).value(QStringLiteral("scriptAdvised")).toBool());
    }

    // An advice the host does not answer stays owed, and the settlement still closes the batch.
    void adviceWithoutAnswerStaysOwed()
    {
        setUpShop({QStringLiteral("script-block:1:0200"), QStringLiteral("drop:1:0620")});
        QVERIFY(insert(QStringLiteral("debit-pin")));
        QVERIFY(chipSale("7.00").exitCode != 0);
        const int stan = onlyStan();
        const Run settled = settle();
        QVERIFY2(settled.exitCode == 0, settled.err.constData());
        QCOMPARE(settled.json().value(QStringLiteral("advicesOwed")).toInt(), 1);
        QCOMPARE(chipColumn(stan, "advice_state"), QStringLiteral("pending"));
    }

    // After a balanced settlement the chip sale's TC goes up (0320, 60.3 = 203); the host holds it.
    void balancedSettlementUploadsTheTc()
    {
        setUpShop();
        QVERIFY(insert(QStringLiteral("credit-nopin")));
        const Run r = chipSale("12.34");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const int stan = r.json().value(QStringLiteral("stan")).toInt();
        const Run settled = settle();
        QVERIFY2(settled.exitCode == 0, settled.err.constData());
        QCOMPARE(settled.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("balanced"));
        QCOMPARE(settled.json().value(QStringLiteral("tcUploaded")).toInt(), 1);
        QCOMPARE(settled.json().value(QStringLiteral("tcOwed")).toInt(), 0);
        QCOMPARE(chipColumn(stan, "tc_uploaded"), QStringLiteral("1"));
        QVERIFY(hostEntry(stan).value(QStringLiteral("tcUploaded")).toBool());
        QVERIFY(m_host->batchSettled(QString::fromLatin1(kTid), 1));
    }

    // Unbalanced: the chip sale goes in the batch upload with its TC (205), and nothing is owed after the close.
    void unbalancedUploadCarriesTheTc()
    {
        setUpShop({QStringLiteral("unbalanced:1:0500")});
        QVERIFY(insert(QStringLiteral("credit-nopin")));
        const Run r = chipSale("12.34");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const int stan = r.json().value(QStringLiteral("stan")).toInt();
        const Run settled = settle();
        QVERIFY2(settled.exitCode == 0, settled.err.constData());
        QCOMPARE(settled.json().value(QStringLiteral("uploaded")).toInt(), 1);
        QCOMPARE(settled.json().value(QStringLiteral("tcUploaded")).toInt(), 0);
        QCOMPARE(settled.json().value(QStringLiteral("tcOwed")).toInt(), 0);
        QCOMPARE(chipColumn(stan, "tc_uploaded"), QStringLiteral("1"));
        QVERIFY(hostEntry(stan).value(QStringLiteral("tcUploaded")).toBool());
        QVERIFY(m_host->log().contains(QStringLiteral("TC upload (205)")));
    }

    // The host approves and its answer never arrives: the card finishes declined, the sale goes in doubt and its
    // chip reversal leaves at once.
    void lostAnswerIsReversed()
    {
        setUpShop({QStringLiteral("approve-silent:1:0200")});
        QVERIFY(insert(QStringLiteral("credit-nopin")));
        const Run r = chipSale("9.99");
        QVERIFY2(r.exitCode != 0, r.out.constData());
        QVERIFY2(r.err.contains("not charged"), r.err.constData());
        const int stan = onlyStan();
        QVERIFY(stan > 0);
        checkReversedOnBothSides(stan);
    }

    // The card is pulled out while the host thinks: the host approved, the card can give no TC, so the approval is
    // undone at once; neither side keeps the sale.
    void cardPulledOutWhileTheHostAnswers()
    {
        // The host holds its approval back for 2 s, well inside the till's 6 s: time to pull the card out.
        setUpShop({QStringLiteral("delay=2000:1:0200")}, 6000);
        QVERIFY(insert(QStringLiteral("credit-nopin")));
        QProcess p;
        p.start(test::programPath(QStringLiteral("posdesk-cli")),
                dbArgs() + QStringList{QStringLiteral("sale"), QStringLiteral("--tid"), QString::fromLatin1(kTid),
                                       QStringLiteral("--amount"), QStringLiteral("4.56"), QStringLiteral("--chip"),
                                       QStringLiteral("--reader"), m_reader, QStringLiteral("--json")});
        QVERIFY(p.waitForStarted(10000));
        // Out once the request has left.
        QTRY_VERIFY_WITH_TIMEOUT(m_host->log().contains(QStringLiteral("<- 0200")), 10000);
        QVERIFY(test::runPcscRig({QStringLiteral("remove"), m_rig}));
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() != 0, p.readAllStandardOutput().constData());
        QVERIFY2(err.contains("could not finish") && err.contains("not charged"), err.constData());
        const int stan = onlyStan();
        QVERIFY(stan > 0);
        checkReversedOnBothSides(stan);
    }

    // The host declines (55, wrong PIN for this amount): the card hears it, nothing is kept at either side.
    void hostDeclineIsADecline()
    {
        setUpShop();
        QVERIFY(insert(QStringLiteral("credit-nopin")));
        const Run r = chipSale("55.00");
        QCOMPARE(r.exitCode, 1);
        const int stan = onlyStan();
        QVERIFY(stan > 0);
        QCOMPARE(status(stan), QStringLiteral("declined"));
        QVERIFY(hostEntry(stan).isEmpty());
    }

    // The debit card asks for its PIN: the cardholder types it on the pad, the request carries the pad's block
    // (22 = 051), and the host finds the PIN right. The MAC of every message came from the pad too.
    void pinTypedOnThePad()
    {
        setUpShop();
        std::unique_ptr<QProcess> p;
        saleWaitingAtThePad("23.45", p);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!m_host->log().contains(QStringLiteral("<- 0200"))); // nothing leaves before the PIN
        QVERIFY(m_pad->command("pin 123456").startsWith("ok"));
        QVERIFY(p->waitForFinished(60000));
        const QByteArray out = p->readAllStandardOutput();
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(p->exitCode() == 0, err.constData());
        QVERIFY2(err.contains("PIN pad"), err.constData());
        const int stan = QJsonDocument::fromJson(out).object().value(QStringLiteral("stan")).toInt();
        QCOMPARE(status(stan), QStringLiteral("approved"));
        QCOMPARE(chipColumn(stan, "pin_entered"), QStringLiteral("1"));
        const QJsonObject e = hostEntry(stan);
        QVERIFY(e.value(QStringLiteral("pinVerified")).toBool());
        QVERIFY(e.value(QStringLiteral("chip")).toBool());
        QVERIFY(!e.value(QStringLiteral("reversed")).toBool());
        QVERIFY(m_host->log().contains(QStringLiteral("22=051")));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM terminal_keys")).toInt(), 0);
    }

    // A wrong PIN: the issuer declines (55), nothing is charged on either side and nothing needs undoing.
    void wrongPinIsDeclined()
    {
        setUpShop();
        QVERIFY(m_pad->command("pin-auto 654321").startsWith("ok"));
        QVERIFY(insert(QStringLiteral("debit-pin")));
        const Run r = chipSale("23.45");
        QCOMPARE(r.exitCode, 1);
        const int stan = onlyStan();
        QVERIFY(stan > 0);
        QCOMPARE(status(stan), QStringLiteral("declined"));
        QVERIFY(hostEntry(stan).isEmpty());
        QVERIFY(m_host->log().contains(QStringLiteral("wrong PIN")));
    }

    // The cardholder cancels on the pad: the payment ends with nothing stored and nothing sent.
    void pinCancelledNothingSent()
    {
        setUpShop();
        std::unique_ptr<QProcess> p;
        saleWaitingAtThePad("23.45", p);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_pad->command("pin-cancel").startsWith("ok"));
        QVERIFY(p->waitForFinished(60000));
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(p->exitCode() != 0, err.constData());
        QVERIFY2(err.contains("cancelled") && err.contains("No money moved"), err.constData());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")).toInt(), 0);
        QVERIFY(!m_host->log().contains(QStringLiteral("<- 0200")));
    }

    // A till without a PIN pad takes no PIN: the debit card is refused before anything is stored or sent, and the
    // cashier is told why; a card that needs no PIN still pays.
    void tillWithoutPadRefusesAPinCard()
    {
        setUpShop({}, 1500, Pad::Without);
        QVERIFY(insert(QStringLiteral("debit-pin")));
        const Run r = chipSale("23.45");
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("needs its PIN") && r.err.contains("no PIN pad"), r.err.constData());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")).toInt(), 0);
        QVERIFY(!m_host->log().contains(QStringLiteral("<- 0200")));
        QVERIFY(test::runPcscRig({QStringLiteral("remove"), m_rig}));
        QVERIFY(insert(QStringLiteral("credit-nopin")));
        const Run paid = chipSale("3.21");
        QVERIFY2(paid.exitCode == 0, paid.err.constData());
        QVERIFY(!hostEntry(paid.json().value(QStringLiteral("stan")).toInt()).isEmpty());
    }

    // A terminal whose keys are in the pad, with the pad unplugged: a clear error, nothing stored or sent.
    void padUnpluggedNothingSent()
    {
        setUpShop();
        QVERIFY(m_pad->command("pinpad-unplug").startsWith("ok"));
        QVERIFY(insert(QStringLiteral("credit-nopin")));
        const Run r = chipSale("3.00");
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("PIN pad"), r.err.constData());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE status = 'approved'")).toInt(), 0);
        QVERIFY(!m_host->log().contains(QStringLiteral("<- 0200")));
    }

    // The IC key and parameter download is owed after the first sign-on, and again when an answer's header asks for
    // it (processing requirement 4): the next chip sale fetches the keys before it reads the card.
    void icDownloadAfterFirstSignOnAndWhenTheHostAsks()
    {
        setUpShop({QStringLiteral("ic-update:1:0200")}, 1500, Pad::Without);
        const Run on = cli(
            {QStringLiteral("signon"), QStringLiteral("--tid"), QString::fromLatin1(kTid), QStringLiteral("--json")});
        QVERIFY2(on.exitCode == 0, on.err.constData());
        QVERIFY2(on.json().value(QStringLiteral("icDownloadOwed")).toBool(), on.out.constData());
        QCOMPARE(scalar(QStringLiteral("SELECT ic_download_required FROM terminals")).toInt(), 1);
        qsizetype downloads = m_host->log().count(QStringLiteral("<- 0820"));
        QVERIFY(insert(QStringLiteral("credit-nopin")));
        const Run first = chipSale("1.00");
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY(m_host->log().count(QStringLiteral("<- 0820")) > downloads);
        // Its answer's header asked for the keys again.
        QVERIFY(m_host->log().contains(QStringLiteral("fault: ic-update")));
        QCOMPARE(scalar(QStringLiteral("SELECT ic_download_required FROM terminals")).toInt(), 1);
        downloads = m_host->log().count(QStringLiteral("<- 0820"));
        QVERIFY(test::runPcscRig({QStringLiteral("remove"), m_rig}));
        QVERIFY(insert(QStringLiteral("credit-nopin")));
        const Run second = chipSale("2.00");
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY(m_host->log().count(QStringLiteral("<- 0820")) > downloads);
        QCOMPARE(scalar(QStringLiteral("SELECT ic_download_required FROM terminals")).toInt(), 0);
        QCOMPARE(status(second.json().value(QStringLiteral("stan")).toInt()), QStringLiteral("approved"));
    }

    // No card in the reader: a clear error and nothing written, nothing sent.
    void noCardNothingSent()
    {
        setUpShop();
        const Run r = chipSale("3.00");
        QVERIFY(r.exitCode != 0);
        QVERIFY(!r.err.trimmed().isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")).toInt(), 0);
        QVERIFY(!m_host->log().contains(QStringLiteral("<- 0200")));
    }

    // CUP closed the stripe of chip cards for POS use: a plain swipe of one is refused before anything is stored;
    // after its chip failed (the stripe-only test card has no chip application) the swipe goes as a fallback,
    // 22 = 02x and 60.5 = 2, and the host keeps it like any approval.
    void chipCardSwipeOnlyAsFallback()
    {
        setUpShop();
        const QString track = QStringLiteral("6225880000000076=28122200000000000000");
        const QStringList swipe{QStringLiteral("sale"),     QStringLiteral("--tid"),
                                QString::fromLatin1(kTid),  QStringLiteral("--amount"),
                                QStringLiteral("6.00"),     QStringLiteral("--insecure-track2"),
                                QStringLiteral("--track2"), track,
                                QStringLiteral("--json")};
        const Run refused = cli(swipe);
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("chip card") && refused.err.contains("请插卡"), refused.err.constData());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")).toInt(), 0);
        QVERIFY(!m_host->log().contains(QStringLiteral("<- 0200")));

        QVERIFY(insert(QStringLiteral("stripe-only")));
        QVERIFY(chipSale("6.00").exitCode != 0); // the chip cannot be read: nothing stored
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")).toInt(), 0);
        const Run r = cli(swipe + QStringList{QStringLiteral("--fallback")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const int stan = r.json().value(QStringLiteral("stan")).toInt();
        QCOMPARE(status(stan), QStringLiteral("approved"));
        QCOMPARE(scalar(QStringLiteral("SELECT entry_mode FROM transactions")).toString(), QStringLiteral("fallback"));
        QVERIFY(m_host->log().contains(QStringLiteral("22=022")));
        QVERIFY(m_host->log().contains(QStringLiteral("60=2200000100052")));
        QVERIFY(!hostEntry(stan).isEmpty());
        QVERIFY(!hostEntry(stan).value(QStringLiteral("reversed")).toBool());
        // A card without a chip is not a fallback.
        const Run plain =
            cli({QStringLiteral("sale"), QStringLiteral("--tid"), QString::fromLatin1(kTid), QStringLiteral("--amount"),
                 QStringLiteral("6.00"), QStringLiteral("--insecure-track2"), QStringLiteral("--track2"),
                 QStringLiteral("6200000000000005=30121010000000000000"), QStringLiteral("--fallback")});
        QCOMPARE(plain.exitCode, 2);
    }

    // A card without a chip application is refused before any money moves (the cashier swipes it instead).
    void stripeOnlyCardIsRefused()
    {
        setUpShop();
        QVERIFY(insert(QStringLiteral("stripe-only")));
        const Run r = chipSale("3.00");
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("Swipe") || r.err.contains("swipe"), r.err.constData());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChipSale)
#include "tst_chipsale.moc"
