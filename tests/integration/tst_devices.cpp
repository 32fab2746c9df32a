#include "DevSim.h"
#include "HostSim.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace posdesk;
using posdesk::test::DevSim;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

} // namespace

// posdesk-cli's device commands against posdesk-devsim, as a shop owner or the demo would use them.
class TestDevices : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DevSim> m_sim;

    QStringList dbArgs() const { return {QStringLiteral("--db"), m_dir->filePath(QStringLiteral("posdesk.db"))}; }

    std::unique_ptr<QProcess> startCli(const QStringList &args)
    {
        auto p = std::make_unique<QProcess>();
        p->start(test::programPath(QStringLiteral("posdesk-cli")), dbArgs() + args);
        return p;
    }
    static Run finish(QProcess &p, int timeoutMs = 60000)
    {
        Run r;
        if (!p.waitForFinished(timeoutMs))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    Run cli(const QStringList &args) { return finish(*startCli(args)); }

    // Until the CLI says it waits (on standard error) or ends.
    static QByteArray waitForErrLine(QProcess &p, const QByteArray &text)
    {
        QByteArray seen;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000 && p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(100);
            seen += p.readAllStandardError();
            if (seen.contains(text))
                break;
        }
        return seen;
    }

    int jobsInTranscript() const { return int(m_sim->transcript().count(QStringLiteral("=== job "))); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sim = std::make_unique<DevSim>();
        QVERIFY2(m_sim->start(m_dir->path()), "posdesk-devsim did not start");
    }
    void cleanup()
    {
        m_sim.reset();
        m_dir.reset();
    }

    // With a printer configured, an approved sale, its void and the settlement print their slips on their own; a
    // sale while the paper is out is still approved at once and its slip waits in the queue.
    void cardFlowsPrintTheirSlips()
    {
        const QString mid = QStringLiteral("898310058120001");
        const QString tid = QStringLiteral("12345601");
        const QString track = QStringLiteral("6200000000000005=30121010000000000000");
        test::HostSim host(test::programPath(QStringLiteral("posdesk-hostsim")));
        QVERIFY(host.start(mid, {tid}));
        const QList<QStringList> setup{
            {QStringLiteral("merchant"), QStringLiteral("add"), QStringLiteral("--mid"), mid, QStringLiteral("--name"),
             QStringLiteral("静安街角便利店")},
            {QStringLiteral("acquirer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Bank"),
             QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
             QString::number(host.port())},
            {QStringLiteral("terminal"), QStringLiteral("add"), QStringLiteral("--tid"), tid, QStringLiteral("--mid"),
             mid, QStringLiteral("--acquirer"), QStringLiteral("Bank"), QStringLiteral("--state"),
             QStringLiteral("keys-loaded")},
            {QStringLiteral("keys"), QStringLiteral("load-tmk"), QStringLiteral("--tid"), tid, QStringLiteral("--tmk"),
             QString::fromLatin1(test::HostSim::kTmk)},
            {QStringLiteral("signon"), QStringLiteral("--tid"), tid},
        };
        for (const QStringList &step : setup) {
            const Run r = cli(step);
            QVERIFY2(r.exitCode == 0, (step.join(u' ').toUtf8() + ": " + r.err).constData());
        }
        // No printer yet: the sale says nothing about a receipt.
        Run sale = cli({QStringLiteral("--json"), QStringLiteral("sale"), QStringLiteral("--tid"), tid,
                        QStringLiteral("--amount"), QStringLiteral("12.34"), QStringLiteral("--insecure-track2"),
                        QStringLiteral("--track2"), track});
        QCOMPARE(sale.exitCode, 0);
        QVERIFY(!sale.json().object().contains(QStringLiteral("receipt")));

        QCOMPARE(cli({QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("front"), QStringLiteral("--kind"), QStringLiteral("printer"),
                      QStringLiteral("--address"), m_sim->printerLink()})
                     .exitCode,
                 0);
        sale = cli({QStringLiteral("--json"), QStringLiteral("sale"), QStringLiteral("--tid"), tid,
                    QStringLiteral("--amount"), QStringLiteral("56.78"), QStringLiteral("--insecure-track2"),
                    QStringLiteral("--track2"), track});
        QCOMPARE(sale.exitCode, 0);
        const QJsonObject receipt = sale.json().object().value(QStringLiteral("receipt")).toObject();
        QVERIFY2(receipt.value(QStringLiteral("printed")).toBool(), sale.out.constData());
        QString text = m_sim->transcript();
        QVERIFY(text.contains(QStringLiteral("POS SALES SLIP")));
        QVERIFY(text.contains(QStringLiteral("静安街角便利店")));
        QVERIFY(text.contains(QStringLiteral("￥56.78")));
        QVERIFY(text.contains(QStringLiteral("**** **** **** 0005")));
        QVERIFY(!text.contains(QStringLiteral("6200000000000005")));
        QVERIFY(text.contains(QStringLiteral("[FEED AND CUT")));
        // Both copies, one cut between them: the merchant copy to sign, then the cardholder's.
        QVERIFY(text.contains(QStringLiteral("|商户存根 MERCHANT COPY|")));
        QVERIFY(text.contains(QStringLiteral("|持卡人存根 CARDHOLDER COPY|")));
        QVERIFY(text.indexOf(QStringLiteral("商户存根")) < text.indexOf(QStringLiteral("持卡人存根")));
        QVERIFY(text.contains(QStringLiteral("|持卡人签名 CARDHOLDER SIGNATURE|")));
        QVERIFY(!text.contains(QStringLiteral("local-admin")));
        QCOMPARE(jobsInTranscript(), 2);

        const int stan = sale.json().object().value(QStringLiteral("stan")).toInt();
        const Run voided = cli(
            {QStringLiteral("void"), QStringLiteral("--tid"), tid, QStringLiteral("--stan"), QString::number(stan)});
        QCOMPARE(voided.exitCode, 0);
        QVERIFY2(voided.out.contains("Receipt printed"), voided.out.constData());
        QCOMPARE(jobsInTranscript(), 4);

        // Paper out: the sale is approved without waiting for the printer; its slip waits.
        QVERIFY(m_sim->command("paper-out").startsWith("ok"));
        sale = cli({QStringLiteral("--json"), QStringLiteral("sale"), QStringLiteral("--tid"), tid,
                    QStringLiteral("--amount"), QStringLiteral("9.99"), QStringLiteral("--insecure-track2"),
                    QStringLiteral("--track2"), track});
        QCOMPARE(sale.exitCode, 0);
        const QJsonObject held = sale.json().object().value(QStringLiteral("receipt")).toObject();
        QCOMPARE(held.value(QStringLiteral("printed")).toBool(), false);
        QVERIFY(held.value(QStringLiteral("problem")).toString().contains(QStringLiteral("paper")));
        QCOMPARE(jobsInTranscript(), 4);

        // Paper back: settlement prints the waiting slip, then its own summary.
        QVERIFY(m_sim->command("paper-ok").startsWith("ok"));
        const Run settled = cli({QStringLiteral("settle"), QStringLiteral("--tid"), tid});
        QVERIFY2(settled.exitCode == 0, settled.err.constData());
        QVERIFY2(settled.out.contains("Receipt printed"), settled.out.constData());
        QTRY_COMPARE(jobsInTranscript(), 7);
        text = m_sim->transcript();
        QVERIFY(text.contains(QStringLiteral("￥9.99")));
        QVERIFY(text.contains(QStringLiteral("SETTLEMENT")));
        QVERIFY(text.contains(QStringLiteral("内卡 DOMESTIC CARDS")));
        QVERIFY(text.contains(QStringLiteral("|结算时间 SETTLED AT")));
        QVERIFY(text.contains(QStringLiteral("对账平 BALANCED")));

        // day check tells the truth: only the sale made before there was a printer is unprinted; the voided sale
        // does not count, and every slip the printer took is marked printed.
        const Run check = cli({QStringLiteral("--json"), QStringLiteral("day"), QStringLiteral("check")});
        int unprinted = -1;
        for (const QJsonValue &item : check.json().object().value(QStringLiteral("items")).toArray())
            if (item.toObject().value(QStringLiteral("issue")).toString() == u"unprinted-receipts")
                unprinted = item.toObject().value(QStringLiteral("count")).toInt();
        QVERIFY2(unprinted == 1, check.out.constData());

        // A reprint from the queue is marked, with who and when, and audited.
        const Run reprint =
            cli({QStringLiteral("printer"), QStringLiteral("reprint"), QStringLiteral("--job"), QStringLiteral("1")});
        QVERIFY2(reprint.exitCode == 0, reprint.err.constData());
        QTRY_COMPARE(jobsInTranscript(), 8);
        text = m_sim->transcript();
        const QString copy = text.mid(text.lastIndexOf(QStringLiteral("=== job ")));
        QVERIFY2(copy.contains(QStringLiteral("重打印 REPRINT")), qPrintable(copy));
        QVERIFY(copy.contains(QStringLiteral("重打操作员 REPRINTED BY")));
        QVERIFY(copy.contains(QStringLiteral("商户存根 MERCHANT COPY")));
    }

    void testPageTranscript()
    {
        const Run r = cli({QStringLiteral("printer"), QStringLiteral("test"), QStringLiteral("--port"),
                           m_sim->printerLink(), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("printed"));
        QVERIFY(!m_sim->waitFor("printed job 1").isEmpty());
        const QString t = m_sim->transcript();
        QVERIFY2(t.contains(QStringLiteral("|打印测试 PRINTER TEST|")), qPrintable(t));
        QVERIFY(t.contains(QStringLiteral("|中文测试：汉字打印正常，商户存根￥|")));
        QVERIFY(t.contains(QStringLiteral("[QR STORE https://posdesk.example/printer-test]")));
        QVERIFY(t.contains(QStringLiteral("[CODE128 {BPOSDESK-TEST-0001]")));
        QVERIFY(t.contains(QStringLiteral("[FEED AND CUT partial 0]")));
        QCOMPARE(jobsInTranscript(), 1);
        QVERIFY(QFile(m_dir->filePath(QStringLiteral("printer.raw"))).size() > 500);

        // The port was remembered as a printer, and the job is in the queue as printed.
        const Run list = cli({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray configured = list.json().object().value(QStringLiteral("configured")).toArray();
        QCOMPARE(configured.size(), 1);
        QCOMPARE(configured.first().toObject().value(QStringLiteral("address")).toString(), m_sim->printerLink());
        QVERIFY(configured.first().toObject().value(QStringLiteral("present")).toBool());

        // Reprint on demand: a second copy, as a new job.
        const Run again =
            cli({QStringLiteral("printer"), QStringLiteral("reprint"), QStringLiteral("--job"), QStringLiteral("1")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(!m_sim->waitFor("printed job 2").isEmpty());
        QCOMPARE(jobsInTranscript(), 2);
        const Run queue = cli({QStringLiteral("printer"), QStringLiteral("queue"), QStringLiteral("--json")});
        const QJsonArray jobs = queue.json().array();
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("reprintOf")).toInt(), 1);
        QCOMPARE(jobs.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("printed"));
    }

    void paperOutHoldsTheJobUntilPaperIsBack()
    {
        QCOMPARE(m_sim->command("paper-out"), QByteArray("ok paper-out"));
        auto p =
            startCli({QStringLiteral("printer"), QStringLiteral("test"), QStringLiteral("--port"), m_sim->printerLink(),
                      QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("30")});
        QVERIFY(waitForErrLine(*p, "Waiting for the printer").contains("Waiting for the printer"));
        QTest::qWait(1000);
        QCOMPARE(p->state(), QProcess::Running);
        QCOMPARE(jobsInTranscript(), 0);
        QCOMPARE(m_sim->command("paper-ok"), QByteArray("ok paper-ok"));
        const Run r = finish(*p);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!m_sim->waitFor("printed job 1").isEmpty());
        QCOMPARE(jobsInTranscript(), 1);
    }

    void paperRunsOutInTheMiddleOfTheJob()
    {
        QCOMPARE(m_sim->command("paper-out-after 300"), QByteArray("ok paper-out-after 300"));
        auto p =
            startCli({QStringLiteral("printer"), QStringLiteral("test"), QStringLiteral("--port"), m_sim->printerLink(),
                      QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("30")});
        QByteArray status;
        for (int i = 0; i < 100 && !status.contains("paper-out"); ++i) {
            QTest::qWait(100);
            status = m_sim->command("status");
        }
        QVERIFY2(status.contains("paper-out") && !status.contains("held=0"), status.constData());
        QCOMPARE(jobsInTranscript(), 0);
        QCOMPARE(p->state(), QProcess::Running);
        QCOMPARE(m_sim->command("paper-ok"), QByteArray("ok paper-ok"));
        const Run r = finish(*p);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!m_sim->waitFor("printed job 1").isEmpty());
        // Exactly one test page, whole: nothing lost at the end of the roll, nothing printed twice.
        const QString t = m_sim->transcript();
        QCOMPARE(jobsInTranscript(), 1);
        QCOMPARE(t.count(QStringLiteral("PRINTER TEST")), 1);
        QVERIFY(t.contains(QStringLiteral("[QR STORE https://posdesk.example/printer-test]")));
        QVERIFY(t.contains(QStringLiteral("[FEED AND CUT partial 0]")));
    }

    void theQueueOutlivesTheProcess()
    {
        QCOMPARE(m_sim->command("cover-open"), QByteArray("ok cover-open"));
        const Run refused =
            cli({QStringLiteral("printer"), QStringLiteral("test"), QStringLiteral("--port"), m_sim->printerLink()});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("cover is open"), refused.err.constData());
        QVERIFY(refused.err.contains("stays in the queue"));

        const Run queue = cli({QStringLiteral("printer"), QStringLiteral("queue"), QStringLiteral("--json")});
        QCOMPARE(queue.exitCode, 0);
        const QJsonObject job = queue.json().array().first().toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QVERIFY(job.value(QStringLiteral("note")).toString().contains(QStringLiteral("cover")));

        QCOMPARE(m_sim->command("cover-closed"), QByteArray("ok cover-closed"));
        const Run flush =
            cli({QStringLiteral("printer"), QStringLiteral("flush"), QStringLiteral("--port"), m_sim->printerLink()});
        QVERIFY2(flush.exitCode == 0, flush.err.constData());
        QVERIFY(!m_sim->waitFor("printed job 1").isEmpty());
        QCOMPARE(jobsInTranscript(), 1);
        const Run after = cli({QStringLiteral("printer"), QStringLiteral("queue"), QStringLiteral("--json")});
        QCOMPARE(after.json().array().first().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("printed"));
    }

    void printerUnpluggedThenReplugged()
    {
        QCOMPARE(m_sim->command("unplug printer"), QByteArray("ok unplug printer"));
        auto p =
            startCli({QStringLiteral("printer"), QStringLiteral("test"), QStringLiteral("--port"), m_sim->printerLink(),
                      QStringLiteral("--wait"), QStringLiteral("--timeout"), QStringLiteral("30")});
        QVERIFY(waitForErrLine(*p, "Waiting for the printer").contains("Waiting for the printer"));
        QTest::qWait(500);
        QVERIFY(m_sim->command("replug printer").startsWith("ok replug"));
        const Run r = finish(*p);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!m_sim->waitFor("printed job 1").isEmpty());
    }

    void readerReturnsAMaskedCard()
    {
        auto p =
            startCli({QStringLiteral("reader"), QStringLiteral("read"), QStringLiteral("--port"), m_sim->readerLink(),
                      QStringLiteral("--timeout"), QStringLiteral("20"), QStringLiteral("--json")});
        QVERIFY(waitForErrLine(*p, "Swipe a card").contains("Swipe a card"));
        QCOMPARE(m_sim->command("swipe unionpay-credit"), QByteArray("ok swipe unionpay-credit"));
        const Run r = finish(*p);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject card = r.json().object();
        QCOMPARE(card.value(QStringLiteral("card")).toString(), QStringLiteral("620000******0005"));
        QCOMPARE(card.value(QStringLiteral("expiry")).toString(), QStringLiteral("3012"));
        QCOMPARE(card.value(QStringLiteral("chip")).toBool(), false);
        QVERIFY(!r.out.contains("6200000000000005"));
        QVERIFY(!r.err.contains("6200000000000005"));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("reader")) + QStringLiteral(".log")));
        // Reading a card stores nothing: no device was added for the ad-hoc port.
        const Run list = cli({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.json().object().value(QStringLiteral("configured")).toArray().size(), 0);
    }

    void readerRejectsAGarbledSwipe()
    {
        auto p = startCli({QStringLiteral("reader"), QStringLiteral("read"), QStringLiteral("--port"),
                           m_sim->readerLink(), QStringLiteral("--timeout"), QStringLiteral("20")});
        QVERIFY(waitForErrLine(*p, "Swipe a card").contains("Swipe a card"));
        QVERIFY(m_sim->command("swipe-raw ;6200000000000006=3012101?").startsWith("ok swipe"));
        const Run r = finish(*p);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("rejected"), r.err.constData());
        QVERIFY(!r.err.contains("6200000000000006"));
    }

    void readerTimesOut()
    {
        const Run r = cli({QStringLiteral("reader"), QStringLiteral("read"), QStringLiteral("--port"),
                           m_sim->readerLink(), QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("No card was swiped"));
    }

    void devicesAddAndList()
    {
        const Run add = cli({QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("收银台打印机"), QStringLiteral("--kind"), QStringLiteral("printer"),
                             QStringLiteral("--transport"), QStringLiteral("serial"), QStringLiteral("--address"),
                             m_sim->printerLink(), QStringLiteral("--baud"), QStringLiteral("19200")});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QCOMPARE(
            cli({QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Swipe"),
                 QStringLiteral("--kind"), QStringLiteral("reader"), QStringLiteral("--address"), m_sim->readerLink()})
                .exitCode,
            0);
        const Run dup = cli({QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--name"),
                             QStringLiteral("Swipe"), QStringLiteral("--kind"), QStringLiteral("reader"),
                             QStringLiteral("--address"), QStringLiteral("/dev/ttyS3")});
        QCOMPARE(dup.exitCode, 1);
        QCOMPARE(cli({QStringLiteral("devices"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
                      QStringLiteral("--kind"), QStringLiteral("scanner"), QStringLiteral("--address"),
                      QStringLiteral("/dev/ttyS3")})
                     .exitCode,
                 2);

        const Run list = cli({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray configured = list.json().object().value(QStringLiteral("configured")).toArray();
        QCOMPARE(configured.size(), 2);
        const QJsonObject printer = configured.at(0).toObject();
        QCOMPARE(printer.value(QStringLiteral("kind")).toString(), QStringLiteral("printer"));
        QCOMPARE(printer.value(QStringLiteral("settings")).toObject().value(QStringLiteral("baud")).toInt(), 19200);
        QVERIFY(printer.value(QStringLiteral("present")).toBool());

        // The configured name works as --port, with the configured settings.
        const Run test = cli({QStringLiteral("printer"), QStringLiteral("test"), QStringLiteral("--port"),
                              QStringLiteral("收银台打印机")});
        QVERIFY2(test.exitCode == 0, test.err.constData());
        QVERIFY(!m_sim->waitFor("printed job 1").isEmpty());
        QVERIFY(m_sim->transcript().contains(QStringLiteral("收银台打印机")));
    }
};

QTEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
