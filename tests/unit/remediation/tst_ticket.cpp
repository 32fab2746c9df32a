#include "remediation/Evidence.h"
#include "remediation/TicketWriter.h"

#include <QRegularExpression>
#include <QTest>

#include <ctime>

using namespace posdesk;

// The acquirer ticket and the steps' evidence: each half of the ticket entirely in its language (no raw keys, no
// evidence left in the language a check ran in), times in the shop's local time, the owner's notes in, and each step
// once with its latest outcome.
class TestTicket : public QObject
{
    Q_OBJECT

    // 2026-12-01 07:42:47 in Shanghai.
    static constexpr TimeMs kOpened = 1796082167000;

    static StepRecord step(const char *key, const char *outcome, std::vector<EvidenceLine> ev, TimeMs at,
                           const QString &note = {})
    {
        return StepRecord{QString::fromLatin1(key),
                          QStringLiteral("check"),
                          QString::fromLatin1(outcome),
                          ev.empty() ? QString() : evidence::encode(ev),
                          note,
                          QStringLiteral("owner"),
                          at};
    }

    static TicketFacts facts()
    {
        TicketFacts f;
        f.incident.id = 7;
        f.incident.code = QStringLiteral("97");
        f.incident.tid = QStringLiteral("12345603");
        f.incident.mid = QStringLiteral("898310058120001");
        f.incident.mti = QStringLiteral("0200");
        f.incident.stan = 42;
        f.incident.openedAt = kOpened;
        f.incident.lastSeenAt = kOpened;
        f.terminal.tid = QStringLiteral("12345603");
        f.terminal.mid = QStringLiteral("898310058120001");
        f.terminal.merchantName = QStringLiteral("Corner Shop");
        f.terminal.serial = QStringLiteral("SN0003");
        f.terminal.brand = QStringLiteral("PosDesk");
        f.terminal.model = QStringLiteral("PC");
        f.acquirerName = QStringLiteral("East China Acquiring Bank");
        f.contact = QStringLiteral("Support · 400-555-0197 · help@example.com");
        const QString tid = f.terminal.tid;
        const QString mid = f.terminal.mid;
        f.steps = {
            step("record", "passed",
                 {{QStringLiteral("incident-recorded"),
                   {tid, mid, QStringLiteral("0200"), QStringLiteral("42"), QString::number(kOpened),
                    QStringLiteral("97"), QStringLiteral("contact-acquirer"), QStringLiteral("cup")}}},
                 kOpened + 1000),
            // Skipped by a slip of the mouse, then done: one step, done, with its note.
            step("verify-transaction", "skipped", {}, kOpened + 2000),
            step("verify-transaction", "done", {}, kOpened + 3000, QStringLiteral("right terminal, 8.80")),
            step("check-ids", "passed",
                 {{QStringLiteral("tid-format-ok"), {tid}},
                  {QStringLiteral("mid-format-ok"), {mid}},
                  {QStringLiteral("ids-match"), {}},
                  {QStringLiteral("state-ok"), {QStringLiteral("keys-loaded")}}},
                 kOpened + 4000),
            step("re-sign-on", "failed",
                 {{QStringLiteral("signon-declined"), {QStringLiteral("97"), QStringLiteral("cup")}}}, kOpened + 5000),
            step("check-versions", "info",
                 {{QStringLiteral("software-version"), {QStringLiteral("1.0")}},
                  {QStringLiteral("param-version"), {QString()}},
                  {QStringLiteral("last-param-download"), {QString()}},
                  {QStringLiteral("last-signon"), {QString()}}},
                 kOpened + 6000),
        };
        return f;
    }

    // What the shop typed (names, notes) may be in any language; the rest of a half must not be.
    static QString withoutShopText(QString s)
    {
        for (const char *t : {"Corner Shop", "East China Acquiring Bank", "right terminal", "PosDesk", "SN0003"})
            s.remove(QString::fromLatin1(t));
        return s;
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Shanghai");
        tzset();
    }

    void chineseHalfIsChinese()
    {
        const TicketFacts f = facts();
        const QString zh = TicketWriter::section(f, Playbook::forCode(QStringLiteral("97")), true);
        for (const char *raw : {"[passed]", "[skipped]", "passed", "skipped", "done", "contact-acquirer", "keys-loaded",
                                "never", "2026-12-01T", "Z\n", "(UTC)"})
            QVERIFY2(!zh.contains(QString::fromLatin1(raw)), raw);
        // Latin letters only in codes a Chinese support desk uses as they are.
        QString rest = withoutShopText(zh);
        for (const char *t : {"POS", "UTC", "PC"})
            rest.remove(QString::fromLatin1(t));
        const auto latin = QRegularExpression(QStringLiteral("[A-Za-z]{2,}")).match(rest);
        QVERIFY2(!latin.hasMatch(), qPrintable(latin.captured(0) + u'\n' + zh));
        for (const char *want : {"终端号：12345603", "终端未登记", "联系收单机构", "2026-12-01 07:42（UTC+08:00）",
                                 "店主备注：right terminal, 8.80", "终端状态：已灌装密钥", "签到被主机拒绝：97",
                                 "上次参数下载：从未", "参数版本：未记录", "未通过", "已完成"})
            QVERIFY2(zh.contains(QString::fromUtf8(want)), qPrintable(QString::fromUtf8(want) + u'\n' + zh));
    }

    void englishHalfIsEnglish()
    {
        const TicketFacts f = facts();
        const QString en = TicketWriter::section(f, Playbook::forCode(QStringLiteral("97")), false);
        const auto cjk = QRegularExpression(QStringLiteral("[\\x{3000}-\\x{9fff}\\x{ff00}-\\x{ffef}]")).match(en);
        QVERIFY2(!cjk.hasMatch(), qPrintable(cjk.captured(0) + u'\n' + en));
        for (const char *want :
             {"TID: 12345603", "Terminal not registered", "contact the acquirer", "2026-12-01 07:42 (UTC+08:00)",
              "Owner's note: right terminal, 8.80", "terminal state: keys loaded", "sign-on declined by the host: 97",
              "last parameter download: never", "parameter version: not recorded", ": failed", ": done"})
            QVERIFY2(en.contains(QString::fromUtf8(want)), qPrintable(QString::fromUtf8(want) + u'\n' + en));
        QVERIFY(!en.contains(QStringLiteral("contact-acquirer")));
    }

    void anAccidentalSkipIsNoExtraStep()
    {
        const TicketFacts f = facts();
        const Playbook &book = Playbook::forCode(QStringLiteral("97"));
        const auto latest = TicketWriter::latestPerStep(f.steps, book);
        QStringList keys;
        for (const StepRecord &r : latest)
            keys << r.stepKey + u'=' + r.outcome;
        QCOMPARE(keys, (QStringList{QStringLiteral("record=passed"), QStringLiteral("verify-transaction=done"),
                                    QStringLiteral("check-ids=passed"), QStringLiteral("re-sign-on=failed"),
                                    QStringLiteral("check-versions=info")}));
        for (bool zh : {true, false}) {
            const QString text = TicketWriter::section(f, book, zh);
            const QString title = zh ? book.step(QStringLiteral("verify-transaction"))->titleZh
                                     : book.step(QStringLiteral("verify-transaction"))->titleEn;
            QCOMPARE(text.count(title), 1);
            QVERIFY(!text.contains(evidence::outcomeText(QStringLiteral("skipped"), zh)));
            // Numbered in order, 1 to 5.
            QVERIFY2(text.contains(QStringLiteral("  5. ")) && !text.contains(QStringLiteral("  6. ")),
                     qPrintable(text));
        }
    }

    void theWholeTicketHasBothHalvesAndTheContact()
    {
        const QString t = TicketWriter::text(facts(), Playbook::forCode(QStringLiteral("97")));
        QVERIFY(t.indexOf(QStringLiteral("【POS 故障报修单】")) < t.indexOf(QStringLiteral("[POS incident ticket]")));
        QVERIFY(t.contains(QStringLiteral("400-555-0197")));
    }

    void evidenceSurvivesStorageAndOldTextStaysReadable()
    {
        const std::vector<EvidenceLine> lines{
            {QStringLiteral("tpdu-ok"), {QStringLiteral("6000050000")}},
            {QStringLiteral("echo-ok"), {QStringLiteral("127.0.0.1"), QStringLiteral("5800"), QStringLiteral("3")}}};
        const QString stored = evidence::encode(lines);
        QCOMPARE(evidence::decode(stored), lines);
        QCOMPARE(evidence::render(stored, false),
                 QStringLiteral("✓ TPDU 6000050000\n✓ host 127.0.0.1:5800 answered the echo test in 3 ms"));
        QCOMPARE(evidence::render(stored, true),
                 QStringLiteral("✓ TPDU 6000050000\n✓ 主机 127.0.0.1:5800 在 3 毫秒内应答了回响测试"));
        // Written before evidence was structured: shown as it was.
        QCOMPARE(evidence::render(QStringLiteral("✓ TID 1 ok\nsecond"), true), QStringLiteral("✓ TID 1 ok\nsecond"));
        // A parameter holding a placeholder is not expanded.
        QCOMPARE(evidence::renderLine({QStringLiteral("tpdu-bad"), {QStringLiteral("%2")}}, false),
                 QStringLiteral("✗ TPDU %2 is not 10 hex digits starting with 60"));
        QCOMPARE(evidence::timeText(std::nullopt, true), QStringLiteral("从未"));
        // A failure's worded detail stays in the half of its language; the kind of failure is said in both.
        const EvidenceLine failed{
            QStringLiteral("signon-failed"),
            {QStringLiteral("refused"), QStringLiteral("Terminal 3 has no TMK key."), QStringLiteral("en")}};
        QCOMPARE(evidence::renderLine(failed, false),
                 QStringLiteral("✗ sign-on failed (refused: Terminal 3 has no TMK key.)"));
        QCOMPARE(evidence::renderLine(failed, true), QStringLiteral("✗ 签到失败（被拒绝）"));
        QCOMPARE(evidence::timeText(kOpened, false), QStringLiteral("2026-12-01 07:42 (UTC+08:00)"));
    }
};

QTEST_GUILESS_MAIN(TestTicket)
#include "tst_ticket.moc"
