#include "acquirer/ResponseCodes.h"
#include "remediation/Playbook.h"

#include <QTest>

using namespace posdesk;

// The playbooks are data: check that every file loads, is bilingual, and covers the codes that open incidents.
class TestPlaybooks : public QObject
{
    Q_OBJECT
private slots:
    void the97PlaybookHasTheNineSteps()
    {
        const Playbook &p = Playbook::forCode(QStringLiteral("97"));
        QCOMPARE(p.id, QStringLiteral("97"));
        QStringList keys;
        for (const PlaybookStep &s : p.steps)
            keys << s.key;
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("record"), QStringLiteral("verify-transaction"),
                              QStringLiteral("check-ids"), QStringLiteral("check-routing"),
                              QStringLiteral("re-sign-on"), QStringLiteral("restart"), QStringLiteral("check-versions"),
                              QStringLiteral("escalate"), QStringLiteral("confirm-registration")}));
        QCOMPARE(p.step(QStringLiteral("re-sign-on"))->kind, PlaybookStep::Kind::Action);
        QVERIFY(p.step(QStringLiteral("re-sign-on"))->resolvesOnSuccess);
        QCOMPARE(p.step(QStringLiteral("verify-transaction"))->kind, PlaybookStep::Kind::Manual);
        QCOMPARE(p.step(QStringLiteral("escalate"))->kind, PlaybookStep::Kind::Escalation);
        QCOMPARE(p.step(QStringLiteral("check-ids"))->kind, PlaybookStep::Kind::Check);
    }

    void everyStepIsBilingualAndRunnable()
    {
        const QStringList runs{QStringLiteral("record"),   QStringLiteral("ids"),  QStringLiteral("routing"),
                               QStringLiteral("versions"), QStringLiteral("stan"), QStringLiteral("signon"),
                               QStringLiteral("ticket")};
        QVERIFY(Playbook::all().size() >= 7);
        for (const Playbook &p : Playbook::all()) {
            QVERIFY2(!p.titleZh.isEmpty() && !p.titleEn.isEmpty(), qPrintable(p.id));
            QVERIFY2(!p.steps.empty(), qPrintable(p.id));
            for (const PlaybookStep &s : p.steps) {
                const QString where = p.id + u'/' + s.key;
                QVERIFY2(!s.titleZh.isEmpty() && !s.titleEn.isEmpty() && !s.helpZh.isEmpty() && !s.helpEn.isEmpty(),
                         qPrintable(where));
                if (s.automatic())
                    QVERIFY2(runs.contains(s.run), qPrintable(where));
            }
        }
    }

    void everyIncidentCodeHasAPlaybook_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *c : {"97", "03", "58", "77", "A0", "99", "94", "96", "98"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void everyIncidentCodeHasAPlaybook()
    {
        QFETCH(QString, code);
        const Playbook &p = Playbook::forCode(code);
        QVERIFY(p.codes.contains(code));
        const auto info = ResponseCodeTable::forDialect().lookup(code);
        QVERIFY(info.has_value());
        QVERIFY(info->incident != ResponseCodeInfo::Incident::No);
    }

    void unknownCodeFallsBackToTheGenericPlaybook()
    {
        QCOMPARE(Playbook::forCode(QStringLiteral("Z9")).id, QStringLiteral("96"));
    }

    void responseCodeTable()
    {
        const auto &t = ResponseCodeTable::forDialect();
        QVERIFY(t.size() >= 40);
        QCOMPARE(t.lookup(QStringLiteral("97"))->textZh, QStringLiteral("终端未登记，请联系收单行或银联"));
        QCOMPARE(t.lookup(QStringLiteral("00"))->approved(), true);
        QVERIFY(!t.lookup(QStringLiteral("Z9")));
        QVERIFY(t.describe(QStringLiteral("Z9"), QLocale::c()).contains(QStringLiteral("Z9")));
        QVERIFY(t.describe(QStringLiteral("97"), QLocale(QLocale::Chinese)).contains(QStringLiteral("终端未登记")));
    }
};

QTEST_GUILESS_MAIN(TestPlaybooks)
#include "tst_playbooks.moc"
