#include "KnownHistory.h"
#include "TestSupport.h"

#include "scorecards/HostOutageLog.h"
#include "scorecards/ScorecardService.h"
#include "scorecards/ShopMistakes.h"
#include "security/Actor.h"
#include "storage/AcquirerRepository.h"
#include "time/Clock.h"

#include <QSqlQuery>
#include <QTest>

using namespace posdesk;
using posdesk::test::KnownHistory;
using posdesk::test::TestDatabase;

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &r_ = (expr);                                                                                       \
        QVERIFY2(r_.ok(), qPrintable(r_.ok() ? QString() : r_.error().fullText()));                                    \
    } while (false)

namespace {

constexpr double kYearDays = 365.25;

bool near(const std::optional<double> &v, double want, double eps = 1e-6)
{
    return v && std::abs(*v - want) < eps;
}

const ChannelRow *row(const ChannelScorecard &c, ChannelRow::Group g, const QString &name)
{
    for (const ChannelRow &r : c.rows) {
        if (r.group == g && r.name == name)
            return &r;
    }
    return nullptr;
}

const BrandRow *row(const BrandScorecard &c, const QString &brand)
{
    for (const BrandRow &r : c.rows) {
        if (r.brand == brand)
            return &r;
    }
    return nullptr;
}

const CodeScore *code(const ChannelRow &r, const QString &code)
{
    for (const CodeScore &c : r.byCode) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

} // namespace

// The scorecards on a generated history with known answers (KnownHistory), on SQLite and on PostgreSQL.
class TestScorecards : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    TestClock m_clock{KnownHistory::now()};

    ScorecardService service() { return ScorecardService(*m_db, m_clock, KnownHistory::zone()); }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init()
    {
        QFETCH_GLOBAL(DbEngine, engine);
        auto tdb = TestDatabase::create(engine);
        VERIFY_OK(tdb);
        m_tdb = std::move(*tdb);
        auto db = m_tdb->open();
        VERIFY_OK(db);
        m_db = std::move(*db);
        VERIFY_OK(KnownHistory::seed(*m_db));
    }
    void cleanup()
    {
        m_db.reset();
        m_tdb.reset();
    }

    void channelCountsAndRates()
    {
        auto card = service().channels(KnownHistory::from(), KnownHistory::to());
        VERIFY_OK(card);
        const ChannelRow *a = row(*card, ChannelRow::Group::Acquirer, QStringLiteral("Bank A"));
        const ChannelRow *b = row(*card, ChannelRow::Group::Acquirer, QStringLiteral("Pay B"));
        QVERIFY(a && b);
        QCOMPARE(a->terminals, 4);
        QCOMPARE(a->transactions, qint64(3000)); // cash, December and device incidents do not count
        QCOMPARE(b->transactions, qint64(3000));
        QCOMPARE(a->incidents, 10);
        QCOMPARE(a->shopMistakes, 2); // marked; the one marked and withdrawn counts again
        QVERIFY(near(a->incidentsPerThousand.value, 10.0 / 3));
        QCOMPARE(a->incidentsPerThousand.basis, 10);
        QVERIFY(!a->incidentsPerThousand.tooFew);
        QCOMPARE(a->byCode.front().code, QStringLiteral("97"));
        QCOMPARE(code(*a, QStringLiteral("97"))->incidents, 5);
        QVERIFY(near(code(*a, QStringLiteral("97"))->perThousand.value, 5.0 / 3));
        QVERIFY(!code(*a, QStringLiteral("97"))->perThousand.tooFew);
        QCOMPARE(code(*a, QStringLiteral("96"))->incidents, 3);
        QVERIFY(code(*a, QStringLiteral("96"))->perThousand.tooFew); // 3 incidents
        QCOMPARE(code(*a, QStringLiteral("A0"))->incidents, 2);
        QCOMPARE(code(*b, QStringLiteral("98"))->incidents, 6);
        QCOMPARE(a->reversalsRefused, 1);
        QCOMPARE(b->reversalsRefused, 3);
        QCOMPARE(a->maintenanceVisits, 3);
        QCOMPARE(b->maintenanceVisits, 3);
    }

    void escalationTimes()
    {
        auto card = service().channels(KnownHistory::from(), KnownHistory::to());
        VERIFY_OK(card);
        const ChannelRow *a = row(*card, ChannelRow::Group::Acquirer, QStringLiteral("Bank A"));
        const ChannelRow *b = row(*card, ChannelRow::Group::Acquirer, QStringLiteral("Pay B"));
        QVERIFY(a && b);
        QCOMPARE(a->escalations, 10);
        QCOMPARE(a->confirmed, 10);
        QVERIFY2(near(a->confirmMedianDays.value, 2), qPrintable(QString::number(*a->confirmMedianDays.value)));
        QVERIFY(near(a->confirmP90Days.value, 3));
        QVERIFY(near(b->confirmMedianDays.value, 5));
        QVERIFY(near(b->confirmP90Days.value, 6));
        QCOMPARE(a->confirmMedianDays.basis, 10);
        QVERIFY(!a->confirmMedianDays.tooFew);
        // Opened → resolved: two hours before the escalation, plus the wait.
        QVERIFY(near(a->resolveMedianDays.value, 2 + 2.0 / 24));
        QVERIFY(near(b->resolveP90Days.value, 6 + 2.0 / 24));
        QCOMPARE(a->followUpsMissed, 0);
        QCOMPARE(b->followUpsMissed, 10);
    }

    void hostOutagesWithinThePeriod()
    {
        auto card = service().channels(KnownHistory::from(), KnownHistory::to());
        VERIFY_OK(card);
        const ChannelRow *a = row(*card, ChannelRow::Group::Acquirer, QStringLiteral("Bank A"));
        const ChannelRow *b = row(*card, ChannelRow::Group::Acquirer, QStringLiteral("Pay B"));
        QCOMPARE(a->unreachableMs, qint64(55 * 60000)); // 45 min + the 10 min after the period began
        QCOMPARE(a->outages, 2);
        QCOMPARE(b->unreachableMs, qint64(90 * 60000)); // 30 min + the open one until the period's end
        QCOMPARE(b->outages, 2);
    }

    void monthlyTrend()
    {
        auto card = service().channels(KnownHistory::from(), KnownHistory::to());
        VERIFY_OK(card);
        const ChannelRow *a = row(*card, ChannelRow::Group::Acquirer, QStringLiteral("Bank A"));
        QCOMPARE(int(a->months.size()), 6);
        QCOMPARE(a->months[0].month, QDate(2026, 1, 1));
        QCOMPARE(a->months[5].month, QDate(2026, 6, 1));
        int incidents = 0;
        for (const ChannelMonth &m : a->months) {
            QCOMPARE(m.transactions, qint64(500));
            incidents += m.incidents;
        }
        QCOMPARE(incidents, 10);
        QCOMPARE(a->months[0].incidents, 2);
        QCOMPARE(a->months[2].incidents, 2); // the two shop mistakes of March are left out
        QCOMPARE(a->months[5].incidents, 1);
        QVERIFY(near(a->months[0].perThousand.value, 4));
        QVERIFY(a->months[0].perThousand.tooFew); // two incidents in a month
    }

    void smallSamplesAreFlagged()
    {
        auto card = service().channels(KnownHistory::from(), KnownHistory::to());
        VERIFY_OK(card);
        const ChannelRow *c = row(*card, ChannelRow::Group::Acquirer, QStringLiteral("Bank C"));
        QVERIFY(c);
        QCOMPARE(c->terminals, 1);
        QCOMPARE(c->incidents, 2);
        QVERIFY(c->incidentsPerThousand.value.has_value());
        QVERIFY(c->incidentsPerThousand.tooFew);
        QVERIFY(c->confirmMedianDays.tooFew);
        QVERIFY(near(c->confirmMedianDays.value, 1));
    }

    void serviceProviders()
    {
        auto card = service().channels(KnownHistory::from(), KnownHistory::to());
        VERIFY_OK(card);
        const ChannelRow *p = row(*card, ChannelRow::Group::Provider, QStringLiteral("Fast Service"));
        QVERIFY(p);
        QCOMPARE(p->acquirers, QStringList{QStringLiteral("Bank A")});
        QCOMPARE(p->incidents, 10);
        QVERIFY(near(p->confirmMedianDays.value, 2));
        // Visits recorded as Fast Service's (3), and those with no provider on Bank A's terminals (2).
        QCOMPARE(p->maintenanceVisits, 5);
        int providers = 0;
        for (const ChannelRow &r : card->rows)
            providers += r.group == ChannelRow::Group::Provider ? 1 : 0;
        QCOMPARE(providers, 1);
    }

    void brandFaultsAndCosts()
    {
        auto card = service().brands(KnownHistory::from(), KnownHistory::to());
        VERIFY_OK(card);
        const BrandRow *landi = row(*card, QStringLiteral("Landi"));
        const BrandRow *newland = row(*card, QStringLiteral("Newland"));
        const BrandRow *sunmi = row(*card, QStringLiteral("Sunmi"));
        QVERIFY(landi && newland && sunmi);
        QCOMPARE(landi->model, QStringLiteral("A8"));
        QCOMPARE(landi->terminals, 4);
        const double years = (4 * KnownHistory::kPeriodDays - 0.5) / kYearDays; // one swapped half a day early
        QVERIFY(near(landi->terminalYears, years));
        QCOMPARE(landi->incidentFaults, 2);
        QCOMPARE(landi->maintenanceVisits, 2);
        QCOMPARE(landi->swaps, 1);
        QCOMPARE(landi->faults, 5);
        QCOMPARE(newland->incidentFaults, 6); // 4 device faults and 2 A0 (its keys)
        QCOMPARE(newland->faults, 10);
        QVERIFY(near(landi->faultsPerTerminalYear.value, 5 / years));
        QVERIFY(near(*newland->faultsPerTerminalYear.value / *landi->faultsPerTerminalYear.value, 2));
        QVERIFY(near(landi->mtbfDays.value, (4 * KnownHistory::kPeriodDays - 0.5) / 5));
        QVERIFY(!landi->faultsPerTerminalYear.tooFew);
        QCOMPARE(int(landi->costs.size()), 1);
        QCOMPARE(landi->costs[0].total, qint64(680000)); // December's training is outside the period
        QCOMPARE(landi->costs[0].byCategory[0], qint64(600000));
        QCOMPARE(landi->costs[0].byCategory[1], qint64(80000));
        QVERIFY(near(landi->costs[0].perTerminalYear.value, 680000 / years, 1e-3));
        QCOMPARE(landi->costs[0].perTerminalYear.basis, 4);
        QVERIFY(!landi->costs[0].perTerminalYear.tooFew);
        QCOMPARE(newland->costs[0].total, qint64(830000));
        QCOMPARE(newland->costs[0].byCategory[3], qint64(30000));
        QCOMPARE(sunmi->terminals, 1);
        QCOMPARE(sunmi->faults, 0);
        QVERIFY(!sunmi->mtbfDays.value);
        QVERIFY(sunmi->faultsPerTerminalYear.tooFew);
        QVERIFY(sunmi->costs[0].perTerminalYear.tooFew);
    }

    void shopMistakeMarkedAndWithdrawn()
    {
        ShopMistakes mistakes(*m_db, m_clock);
        const Actor owner = Actor::localAdmin(QStringLiteral("cli"));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT i.id FROM incidents i JOIN terminals t ON t.id = i.terminal_id JOIN "
                                      "acquirers a ON a.id = t.acquirer_id WHERE a.name = 'Pay B' AND i.code = '98' "
                                      "ORDER BY i.id")) &&
                q.next());
        const Id id = q.value(0).toLongLong();
        q.finish();
        VERIFY_OK(mistakes.mark(owner, id, QStringLiteral("cable pulled")));
        QVERIFY(*mistakes.isMarked(id));
        auto card = service().channels(KnownHistory::from(), KnownHistory::to());
        VERIFY_OK(card);
        QCOMPARE(row(*card, ChannelRow::Group::Acquirer, QStringLiteral("Pay B"))->incidents, 9);
        QCOMPARE(row(*card, ChannelRow::Group::Acquirer, QStringLiteral("Pay B"))->shopMistakes, 1);
        VERIFY_OK(mistakes.clear(owner, id, QString()));
        QVERIFY(!*mistakes.isMarked(id));
        // A cashier may not say so.
        const Actor cashier{QStringLiteral("cashier"), Role::Cashier, QStringLiteral("cli")};
        QCOMPARE(mistakes.mark(cashier, id, QString()).error().kind, ErrorKind::Refused);
    }

    void outageLogOpensOnceAndCloses()
    {
        auto a = AcquirerRepository(*m_db).findByName(QStringLiteral("Bank C"));
        VERIFY_OK(a);
        TestClock clock(QDateTime(QDate(2026, 5, 1), QTime(2, 0), Qt::UTC));
        HostOutageLog log(*m_db, clock);
        VERIFY_OK(log.noteUnreachable(a->id));
        clock.advanceMs(10 * 60000);
        VERIFY_OK(log.noteUnreachable(a->id)); // the same outage still
        clock.advanceMs(10 * 60000);
        VERIFY_OK(log.noteReachable(a->id));
        VERIFY_OK(log.noteReachable(a->id));
        auto card = service().channels(KnownHistory::from(), KnownHistory::to());
        VERIFY_OK(card);
        const ChannelRow *c = row(*card, ChannelRow::Group::Acquirer, QStringLiteral("Bank C"));
        QCOMPARE(c->outages, 1);
        QCOMPARE(c->unreachableMs, qint64(20 * 60000));
    }

    void periodIsChecked()
    {
        auto card = service().channels(QDate(2026, 2, 1), QDate(2026, 1, 1));
        QVERIFY(!card.ok());
        QCOMPARE(card.error().kind, ErrorKind::Usage);
        // One month only: January's figures.
        auto jan = service().channels(QDate(2026, 1, 1), QDate(2026, 1, 31));
        VERIFY_OK(jan);
        const ChannelRow *a = row(*jan, ChannelRow::Group::Acquirer, QStringLiteral("Bank A"));
        QCOMPARE(a->transactions, qint64(500));
        QCOMPARE(a->incidents, 2);
        QCOMPARE(int(a->months.size()), 1);
        QCOMPARE(a->unreachableMs, qint64(10 * 60000));
    }
};

QTEST_GUILESS_MAIN(TestScorecards)
#include "tst_scorecards.moc"
