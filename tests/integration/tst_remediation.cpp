#include "HostSim.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace posdesk;

namespace {
constexpr const char *kMid = "898310058120001";
constexpr const char *kTid = "12345601";
constexpr const char *kPan = "6200000000000005";
constexpr const char *kTrack = "6200000000000005=30121010000000000000";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};
} // namespace

// 97 from the first sale to the resolution, against a real posdesk-hostsim: the guided remediation end to end.
class TestRemediation : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::HostSim> m_host;
    QString m_db;

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(test::programPath(QStringLiteral("posdesk-cli")), QStringList{QStringLiteral("--db"), m_db} + args);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    void setUpShop(const QStringList &knownTids)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("shop.db"));
        m_host = std::make_unique<test::HostSim>(test::programPath(QStringLiteral("posdesk-hostsim")));
        QVERIFY(m_host->start(QString::fromLatin1(kMid), knownTids));
        const QList<QStringList> steps{
            {QStringLiteral("merchant"), QStringLiteral("add"), QStringLiteral("--mid"), QString::fromLatin1(kMid),
             QStringLiteral("--name"), QStringLiteral("静安街角便利店")},
            {QStringLiteral("acquirer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Bank"),
             QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
             QString::number(m_host->port()), QStringLiteral("--support-phone"), QStringLiteral("400-555-0197"),
             QStringLiteral("--support-email"), QStringLiteral("support@acquirer.example"),
             QStringLiteral("--connect-timeout-ms"), QStringLiteral("1500"), QStringLiteral("--response-timeout-ms"),
             QStringLiteral("1500")},
            {QStringLiteral("terminal"), QStringLiteral("add"), QStringLiteral("--tid"), QString::fromLatin1(kTid),
             QStringLiteral("--mid"), QString::fromLatin1(kMid), QStringLiteral("--acquirer"), QStringLiteral("Bank"),
             QStringLiteral("--state"), QStringLiteral("keys-loaded"), QStringLiteral("--serial"),
             QStringLiteral("PD-2026-0001"), QStringLiteral("--brand"), QStringLiteral("PosDesk"),
             QStringLiteral("--model"), QStringLiteral("PC till"), QStringLiteral("--software-version"),
             QStringLiteral("0.1.0")},
            {QStringLiteral("keys"), QStringLiteral("load-tmk"), QStringLiteral("--tid"), QString::fromLatin1(kTid),
             QStringLiteral("--tmk"), QString::fromLatin1(test::HostSim::kTmk)},
        };
        for (const QStringList &step : steps) {
            const Run r = cli(step);
            QVERIFY2(r.exitCode == 0, (step.join(u' ').toUtf8() + ": " + r.err).constData());
        }
    }

    Run sale(const QString &tid = QString::fromLatin1(kTid))
    {
        return cli({QStringLiteral("sale"), QStringLiteral("--tid"), tid, QStringLiteral("--amount"),
                    QStringLiteral("12.34"), QStringLiteral("--insecure-track2"), QStringLiteral("--track2"),
                    QString::fromLatin1(kTrack)});
    }

    qint64 openIncident(const char *code)
    {
        const Run list = cli(
            {QStringLiteral("incidents"), QStringLiteral("list"), QStringLiteral("--open"), QStringLiteral("--json")});
        for (const auto &v : list.json().array()) {
            if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String(code))
                return v.toObject().value(QStringLiteral("id")).toInteger();
        }
        return 0;
    }

    static QJsonObject stepOf(const QJsonArray &ran, const char *key)
    {
        for (const auto &v : ran) {
            if (v.toObject().value(QStringLiteral("step")).toString() == QLatin1String(key))
                return v.toObject();
        }
        return {};
    }

private slots:
    void cleanup()
    {
        if (QTest::currentTestFailed() && m_host)
            qWarning().noquote() << "host simulator log:\n" << m_host->log();
        m_host.reset();
    }

    void unregisteredTerminalFromAlertToResolution()
    {
        setUpShop({}); // the acquirer has not registered the terminal yet
        const Run first = sale();
        QCOMPARE(first.exitCode, 1);
        QVERIFY2(first.err.contains("97"), first.err.constData());

        const qint64 id = openIncident("97");
        QVERIFY(id > 0);
        const Run blocked = sale();
        QCOMPARE(blocked.exitCode, 1);
        QVERIFY2(blocked.err.contains("cash"), blocked.err.constData());

        // The automatic steps run for real: the link is fine (echo 00), the sign-on still meets 97.
        const Run diag = cli(
            {QStringLiteral("incidents"), QStringLiteral("diagnose"), QString::number(id), QStringLiteral("--json")});
        QVERIFY2(diag.exitCode == 0, diag.err.constData());
        const QJsonArray ran = diag.json().object().value(QStringLiteral("ran")).toArray();
        QCOMPARE(stepOf(ran, "record").value(QStringLiteral("outcome")).toString(), QStringLiteral("passed"));
        QCOMPARE(stepOf(ran, "check-ids").value(QStringLiteral("outcome")).toString(), QStringLiteral("passed"));
        QCOMPARE(stepOf(ran, "check-routing").value(QStringLiteral("outcome")).toString(), QStringLiteral("passed"));
        QVERIFY(
            stepOf(ran, "check-routing").value(QStringLiteral("evidence")).toString().contains(QStringLiteral("echo")));
        QCOMPARE(stepOf(ran, "re-sign-on").value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QVERIFY(stepOf(ran, "re-sign-on").value(QStringLiteral("evidence")).toString().contains(QStringLiteral("97")));
        QVERIFY(stepOf(ran, "confirm-registration").isEmpty()); // waits for the escalation
        QCOMPARE(diag.json().object().value(QStringLiteral("resolved")).toBool(), false);

        QCOMPARE(
            cli({QStringLiteral("incidents"), QStringLiteral("step"), QString::number(id), QStringLiteral("restart"),
                 QStringLiteral("--done"), QStringLiteral("--note"), QStringLiteral("restarted, still 97")})
                .exitCode,
            0);

        // Escalation: a bilingual ticket with everything support needs, and no card data.
        const QString ticketPath = m_dir->filePath(QStringLiteral("ticket.txt"));
        const Run esc = cli({QStringLiteral("incidents"), QStringLiteral("escalate"), QString::number(id),
                             QStringLiteral("--out"), ticketPath});
        QVERIFY2(esc.exitCode == 0, esc.err.constData());
        const QString ticket = QString::fromUtf8(test::fileBytes(ticketPath));
        for (const char *needle : {kTid, kMid, "PD-2026-0001", "PosDesk", "PC till", "97", "Bank", "400-555-0197",
                                   "support@acquirer.example", "restarted, still 97"})
            QVERIFY2(ticket.contains(QString::fromUtf8(needle)) || QString::fromUtf8(needle) == u"restarted, still 97",
                     needle);
        QVERIFY(ticket.contains(QStringLiteral("终端未登记")));
        QVERIFY(ticket.contains(QStringLiteral("Terminal not registered")));
        QVERIFY(!ticket.contains(QString::fromLatin1(kPan)));
        QVERIFY(!ticket.contains(QStringLiteral("6200000000000005=")));
        const Run shown =
            cli({QStringLiteral("incidents"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(shown.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("escalated"));
        QVERIFY(!shown.json().object().value(QStringLiteral("followUpAt")).toString().isEmpty());
        QCOMPARE(sale().exitCode, 1); // still blocked while escalated

        // No answer by the follow-up date: a second ticket moves the follow-up on; the incident stays escalated
        // since the first one, and both tickets are on its record.
        const QJsonObject firstTicket = shown.json().object();
        QTest::qWait(1100); // the times are shown to the second
        const Run again = cli({QStringLiteral("incidents"), QStringLiteral("escalate"), QString::number(id),
                               QStringLiteral("--follow-up-days"), QStringLiteral("5"), QStringLiteral("--out"),
                               m_dir->filePath(QStringLiteral("ticket-2.txt"))});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QJsonObject second =
            cli({QStringLiteral("incidents"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")})
                .json()
                .object();
        QCOMPARE(second.value(QStringLiteral("escalatedAt")), firstTicket.value(QStringLiteral("escalatedAt")));
        QVERIFY2(second.value(QStringLiteral("followUpAt")).toString() >
                     firstTicket.value(QStringLiteral("followUpAt")).toString(),
                 qPrintable(second.value(QStringLiteral("followUpAt")).toString()));
        int tickets = 0;
        for (const QJsonValue &step : second.value(QStringLiteral("steps")).toArray())
            tickets += step.toObject().value(QStringLiteral("step")).toString() == u"escalate" ? 1 : 0;
        QCOMPARE(tickets, 2);

        // The acquirer registers the terminal; the next diagnosis signs on and resolves.
        QVERIFY(m_host->writeRegistry({QString::fromLatin1(kTid)}));
        const Run confirm =
            cli({QStringLiteral("incidents"), QStringLiteral("step"), QString::number(id),
                 QStringLiteral("confirm-registration"), QStringLiteral("--run"), QStringLiteral("--json")});
        QVERIFY2(confirm.exitCode == 0, (confirm.out + confirm.err).constData());
        const Run resolved =
            cli({QStringLiteral("incidents"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        const QJsonObject r = resolved.json().object();
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("resolved"));
        QVERIFY(r.value(QStringLiteral("minutesToResolve")).isDouble());
        QVERIFY(r.value(QStringLiteral("cause")).toString().contains(QStringLiteral("registered")));
        QVERIFY(r.value(QStringLiteral("steps")).toArray().size() >= 7);

        const Run paid = sale();
        QVERIFY2(paid.exitCode == 0, paid.err.constData());
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void tidTypoIsCaughtByTheIdCheck()
    {
        setUpShop({QString::fromLatin1(kTid)});
        // The configuration is changed by mistake: two digits swapped.
        QCOMPARE(cli({QStringLiteral("terminal"), QStringLiteral("edit"), QString::fromLatin1(kTid),
                      QStringLiteral("--new-tid"), QStringLiteral("12345610")})
                     .exitCode,
                 0);
        QCOMPARE(sale(QStringLiteral("12345610")).exitCode, 1);
        const qint64 id = openIncident("97");
        QVERIFY(id > 0);
        const Run diag = cli(
            {QStringLiteral("incidents"), QStringLiteral("diagnose"), QString::number(id), QStringLiteral("--json")});
        QVERIFY2(diag.exitCode == 0, diag.err.constData());
        const QJsonObject ids = stepOf(diag.json().object().value(QStringLiteral("ran")).toArray(), "check-ids");
        QCOMPARE(ids.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QVERIFY2(ids.value(QStringLiteral("evidence")).toString().contains(QStringLiteral("12345601")),
                 qPrintable(ids.value(QStringLiteral("evidence")).toString()));
        // Correcting the configuration and running the re-sign-on step resolves it.
        QCOMPARE(cli({QStringLiteral("terminal"), QStringLiteral("edit"), QStringLiteral("12345610"),
                      QStringLiteral("--new-tid"), QString::fromLatin1(kTid)})
                     .exitCode,
                 0);
        const Run again = cli(
            {QStringLiteral("incidents"), QStringLiteral("diagnose"), QString::number(id), QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.json().object().value(QStringLiteral("resolved")).toBool(), true);
    }

    void wrongHostPortIsCaughtByTheRoutingCheck()
    {
        setUpShop({}); // 97 first, to have an incident to work on
        QCOMPARE(sale().exitCode, 1);
        const qint64 id = openIncident("97");
        QVERIFY(id > 0);
        // Someone "fixes" the host port to a wrong one.
        QCOMPARE(cli({QStringLiteral("acquirer"), QStringLiteral("edit"), QStringLiteral("--name"),
                      QStringLiteral("Bank"), QStringLiteral("--port"), QStringLiteral("1")})
                     .exitCode,
                 0);
        const Run diag = cli(
            {QStringLiteral("incidents"), QStringLiteral("diagnose"), QString::number(id), QStringLiteral("--json")});
        QVERIFY2(diag.exitCode == 0, diag.err.constData());
        const QJsonObject routing =
            stepOf(diag.json().object().value(QStringLiteral("ran")).toArray(), "check-routing");
        QCOMPARE(routing.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QVERIFY2(routing.value(QStringLiteral("evidence")).toString().contains(QStringLiteral("127.0.0.1:1")),
                 qPrintable(routing.value(QStringLiteral("evidence")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestRemediation)
#include "tst_remediation.moc"
