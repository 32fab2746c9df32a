#include "KnownHistory.h"

#include "scorecards/ShopMistakes.h"
#include "security/Actor.h"
#include "storage/Sql.h"
#include "storage/UnitOfWork.h"
#include "time/Clock.h"

#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace posdesk::test {

namespace {

constexpr std::int64_t kHour = 60LL * 60 * 1000;
constexpr std::int64_t kDay = 24 * kHour;

std::int64_t local(const QDate &d, int h, int m = 0)
{
    return QDateTime(d, QTime(h, m), KnownHistory::zone()).toMSecsSinceEpoch();
}

// One prepared INSERT … RETURNING id, run many times.
class Insert
{
public:
    Insert(Database &db, const QString &sql) : m_db(db), m_q(db.connection())
    {
        m_ok = m_q.prepare(sql + QStringLiteral(" RETURNING id"));
    }
    Result<Id> operator()(const QVariantList &values)
    {
        if (!m_ok)
            return m_db.errorFrom(m_q.lastError(), QStringLiteral("preparing the history"));
        for (int i = 0; i < values.size(); ++i)
            m_q.bindValue(i, values[i]);
        if (!m_q.exec() || !m_q.next())
            return m_db.errorFrom(m_q.lastError(), QStringLiteral("writing the history"));
        const Id id = m_q.value(0).toLongLong();
        m_q.finish();
        return id;
    }

private:
    Database &m_db;
    QSqlQuery m_q;
    bool m_ok = false;
};

struct Escalated
{
    const char *code;
    double confirmDays;
    bool confirmStep; // confirmed by the playbook's step (97), else by the resolution
};

} // namespace

Status KnownHistory::seed(Database &db)
{
    std::vector<Id> marked, markedThenCleared;
    {
        UnitOfWork uow(db);
        if (!uow.isActive())
            return uow.startStatus();
        const std::int64_t created = local(QDate(2025, 11, 1), 9);
        auto merchant =
            sql::insert(db, QStringLiteral("INSERT INTO merchants (mid, name, created_at) VALUES (?, ?, ?)"),
                        {QStringLiteral("898310058129999"), QStringLiteral("Scorecard Shop"), qlonglong(created)},
                        QStringLiteral("history"));
        if (!merchant)
            return merchant.error();
        Insert acquirer(db, QStringLiteral("INSERT INTO acquirers (name, channel_kind, host, port, created_at, "
                                           "service_provider) VALUES (?, ?, '127.0.0.1', 1, ?, ?)"));
        auto a = acquirer(
            {QStringLiteral("Bank A"), QStringLiteral("bank"), qlonglong(created), QStringLiteral("Fast Service")});
        auto b = acquirer({QStringLiteral("Pay B"), QStringLiteral("payment-company"), qlonglong(created), QVariant()});
        auto c = acquirer({QStringLiteral("Bank C"), QStringLiteral("bank"), qlonglong(created), QVariant()});
        if (!a || !b || !c)
            return !a ? a.error() : !b ? b.error() : c.error();

        // Terminals: 0-1 Landi on A, 2-3 Newland on A, 4-5 Landi on B, 6-7 Newland on B, 8 Sunmi on C.
        Insert terminal(db, QStringLiteral("INSERT INTO terminals (tid, merchant_id, acquirer_id, state, brand, model, "
                                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        Insert event(db, QStringLiteral("INSERT INTO enrollment_events (terminal_id, from_state, to_state, actor, at) "
                                        "VALUES (?, ?, ?, 'owner', ?)"));
        std::vector<Id> t;
        const std::int64_t swapAt = local(QDate(2026, 6, 30), 12);
        for (int i = 0; i < 9; ++i) {
            const Id acq = i < 4 ? *a : i < 8 ? *b : *c;
            const bool landi = i == 0 || i == 1 || i == 4 || i == 5;
            const bool swapped = i == 1 || i == 3;
            auto id = terminal({QStringLiteral("7100%1").arg(i + 1, 4, 10, QLatin1Char('0')), qlonglong(*merchant),
                                qlonglong(acq), swapped ? QStringLiteral("swapped") : QStringLiteral("active"),
                                i == 8  ? QStringLiteral("Sunmi")
                                : landi ? QStringLiteral("Landi")
                                        : QStringLiteral("Newland"),
                                i == 8  ? QStringLiteral("P2")
                                : landi ? QStringLiteral("A8")
                                        : QStringLiteral("N910"),
                                qlonglong(created), qlonglong(created)});
            if (!id)
                return id.error();
            t.push_back(*id);
            if (auto e = event({qlonglong(*id), QStringLiteral("keys-loaded"), QStringLiteral("signed-on"),
                                qlonglong(local(QDate(2025, 12, 1), 9))});
                !e)
                return e.error();
            if (swapped) {
                if (auto e =
                        event({qlonglong(*id), QStringLiteral("active"), QStringLiteral("swapped"), qlonglong(swapAt)});
                    !e)
                    return e.error();
            }
        }

        // Transactions: 125 card transactions per terminal and month; cash and December's do not count.
        Insert txn(db, QStringLiteral("INSERT INTO transactions (terminal_id, batch_no, stan, kind, status, "
                                      "amount_minor, currency, created_at, updated_at) VALUES (?, 1, ?, ?, "
                                      "'approved', 1000, 'CNY', ?, ?)"));
        std::vector<Id> firstTxn;
        for (std::size_t i = 0; i < t.size(); ++i) {
            int stan = 1;
            auto add = [&](const QString &kind, std::int64_t at) {
                return txn({qlonglong(t[i]), stan++, kind, qlonglong(at), qlonglong(at)});
            };
            for (int k = 0; k < 5; ++k) {
                if (auto r = add(QStringLiteral("sale"), local(QDate(2025, 12, 31), 23, 30 + k)); !r)
                    return r.error();
            }
            for (int m = 1; m <= 6; ++m) {
                for (int k = 0; k < kTxPerTerminalMonth; ++k) {
                    auto r = add(k % 10 == 9 ? QStringLiteral("refund") : QStringLiteral("sale"),
                                 local(QDate(2026, m, 1 + k % 28), 3 * (k / 28), 10));
                    if (!r)
                        return r.error();
                    if (m == 1 && k == 0)
                        firstTxn.push_back(*r);
                }
            }
            for (int k = 0; k < 10; ++k) {
                if (auto r = add(QStringLiteral("cash"), local(QDate(2026, 1, 15), 12, k)); !r)
                    return r.error();
            }
        }

        Insert incident(db, QStringLiteral("INSERT INTO incidents (terminal_id, source, code, dialect, state, "
                                           "opened_at, last_seen_at, escalated_at, follow_up_at, resolved_at) VALUES "
                                           "(?, ?, ?, 'cup', ?, ?, ?, ?, ?, ?)"));
        Insert step(db, QStringLiteral("INSERT INTO incident_steps (incident_id, step_key, kind, outcome, actor, at) "
                                       "VALUES (?, ?, ?, ?, 'owner', ?)"));
        auto escalated = [&](Id terminalId, int k, const Escalated &e) -> Result<Id> {
            const std::int64_t opened = local(QDate(2026, 1 + k % 6, 10), 10);
            const std::int64_t esc = opened + 2 * kHour;
            const std::int64_t confirmed = esc + std::int64_t(e.confirmDays * kDay);
            auto id = incident({qlonglong(terminalId), QStringLiteral("host"), QString::fromLatin1(e.code),
                                QStringLiteral("resolved"), qlonglong(opened), qlonglong(opened), qlonglong(esc),
                                qlonglong(esc + 3 * kDay), qlonglong(confirmed)});
            if (!id)
                return id;
            if (auto s = step({qlonglong(*id), QStringLiteral("record"), QStringLiteral("check"),
                               QStringLiteral("passed"), qlonglong(opened)});
                !s)
                return s.error();
            if (e.confirmStep) {
                // A sign-on that failed before the acquirer confirmed is no confirmation.
                if (auto s = step({qlonglong(*id), QStringLiteral("confirm-registration"), QStringLiteral("action"),
                                   QStringLiteral("failed"), qlonglong(esc + kHour)});
                    !s)
                    return s.error();
                if (auto s = step({qlonglong(*id), QStringLiteral("confirm-registration"), QStringLiteral("action"),
                                   QStringLiteral("passed"), qlonglong(confirmed)});
                    !s)
                    return s.error();
            }
            return id;
        };
        const Escalated bankA[10] = {{"97", 1, true},  {"97", 2, true},  {"97", 2, true},  {"97", 2, true},
                                     {"97", 3, true},  {"96", 2, false}, {"96", 1, false}, {"96", 3, false},
                                     {"A0", 2, false}, {"A0", 2, false}};
        for (int k = 0; k < 10; ++k) {
            auto id = escalated(k < 8 ? t[0] : t[2], k, bankA[k]);
            if (!id)
                return id.error();
            if (k == 5)
                markedThenCleared.push_back(*id);
        }
        const Escalated payB[10] = {{"97", 4, true},  {"97", 5, true},  {"97", 5, true},  {"97", 5, true},
                                    {"98", 6, false}, {"98", 5, false}, {"98", 4, false}, {"98", 6, false},
                                    {"98", 5, false}, {"98", 5, false}};
        for (int k = 0; k < 10; ++k) {
            if (auto id = escalated(t[4], k, payB[k]); !id)
                return id.error();
        }
        for (int k = 0; k < 2; ++k) {
            if (auto id = escalated(t[8], k, {"96", 1, false}); !id)
                return id.error();
        }
        // The shop's own mistakes on A: a wrong terminal chosen, twice.
        for (int k = 0; k < 2; ++k) {
            const std::int64_t opened = local(QDate(2026, 3, 3 + k), 15);
            auto id =
                incident({qlonglong(t[0]), QStringLiteral("host"), QStringLiteral("97"), QStringLiteral("resolved"),
                          qlonglong(opened), qlonglong(opened), QVariant(), QVariant(), qlonglong(opened + kHour)});
            if (!id)
                return id.error();
            marked.push_back(*id);
        }
        // Device faults: the terminal's, never the channel's. Landi 2, Newland 4.
        for (int i : {0, 4, 2, 3, 6, 7}) {
            const std::int64_t opened = local(QDate(2026, 2, 1 + i), 11);
            if (auto id = incident({qlonglong(t[i]), QStringLiteral("device"), QStringLiteral("PRN"),
                                    QStringLiteral("resolved"), qlonglong(opened), qlonglong(opened), QVariant(),
                                    QVariant(), qlonglong(opened + kHour)});
                !id)
                return id.error();
        }

        Insert reversal(db, QStringLiteral("INSERT INTO reversals (transaction_id, reason, state, next_attempt_at, "
                                           "created_at) VALUES (?, 'timeout', ?, 0, ?)"));
        const std::int64_t revAt = local(QDate(2026, 2, 2), 10);
        const std::pair<std::size_t, const char *> reversals[] = {
            {0, "refused"}, {1, "done"}, {4, "refused"}, {5, "resolved"}, {6, "refused"}};
        for (const auto &[i, state] : reversals) {
            if (auto r = reversal({qlonglong(firstTxn[i]), QString::fromLatin1(state), qlonglong(revAt)}); !r)
                return r.error();
        }

        Insert outage(db,
                      QStringLiteral("INSERT INTO host_outages (acquirer_id, started_at, ended_at) VALUES (?, ?, ?)"));
        const std::int64_t aStart = local(QDate(2026, 3, 1), 10);
        const std::int64_t bStart = local(QDate(2026, 4, 10), 10);
        const std::int64_t acrossStart = local(QDate(2025, 12, 31), 23, 50);
        const std::int64_t december = local(QDate(2025, 12, 5), 10);
        const QVariantList outages[] = {
            {qlonglong(*a), qlonglong(aStart), qlonglong(aStart + 45 * 60000)},
            {qlonglong(*a), qlonglong(acrossStart), qlonglong(acrossStart + 20 * 60000)},
            {qlonglong(*a), qlonglong(december), qlonglong(december + 100 * 60000)},
            {qlonglong(*b), qlonglong(bStart), qlonglong(bStart + 30 * 60000)},
            {qlonglong(*b), qlonglong(local(QDate(2026, 6, 30), 23)), QVariant()},
        };
        for (const QVariantList &o : outages) {
            if (auto r = outage(o); !r)
                return r.error();
        }

        Insert visit(db, QStringLiteral("INSERT INTO maintenance (terminal_id, kind, due_on, done_at, provider, "
                                        "created_at) VALUES (?, ?, '2026-03-01', ?, ?, ?)"));
        const std::int64_t doneAt = local(QDate(2026, 3, 2), 14);
        const std::tuple<std::size_t, const char *, const char *> visits[] = {
            {0, "maintenance", "Fast Service"}, {0, "maintenance", nullptr}, {6, "maintenance", "Fast Service"},
            {7, "maintenance", "Fast Service"}, {2, "maintenance", nullptr}, {4, "software-update", nullptr}};
        for (const auto &[i, kind, provider] : visits) {
            if (auto r = visit({qlonglong(t[i]), QString::fromLatin1(kind), qlonglong(doneAt),
                                provider ? QVariant(QString::fromLatin1(provider)) : QVariant(), qlonglong(created)});
                !r)
                return r.error();
        }
        // Not done yet: not a visit.
        if (auto r =
                visit({qlonglong(t[1]), QStringLiteral("maintenance"), QVariant(), QVariant(), qlonglong(created)});
            !r)
            return r.error();

        Insert cost(db, QStringLiteral("INSERT INTO terminal_costs (terminal_id, category, amount_minor, currency, "
                                       "incurred_on, created_at) VALUES (?, ?, ?, 'CNY', ?, ?)"));
        auto addCost = [&](std::size_t i, const char *category, qlonglong minor, const char *day) {
            return cost(
                {qlonglong(t[i]), QString::fromLatin1(category), minor, QString::fromLatin1(day), qlonglong(created)});
        };
        for (std::size_t i = 0; i < 9; ++i) {
            const bool landi = i == 0 || i == 1 || i == 4 || i == 5;
            if (auto r = addCost(i, "device", i == 8 ? 100000 : landi ? 150000 : 200000, "2026-01-05"); !r)
                return r.error();
            if (landi) {
                if (auto r = addCost(i, "installation", 20000, "2026-01-05"); !r)
                    return r.error();
            }
        }
        if (auto r = addCost(2, "maintenance", 30000, "2026-03-03"); !r)
            return r.error();
        if (auto r = addCost(0, "training", 5000, "2025-12-20"); !r) // before the period
            return r.error();
        if (auto s = uow.commit(); !s)
            return s;
    }
    TestClock clock(now());
    ShopMistakes mistakes(db, clock);
    const Actor owner = Actor::localAdmin(QStringLiteral("cli"));
    for (Id id : marked) {
        if (auto s = mistakes.mark(owner, id, QStringLiteral("wrong terminal chosen")); !s)
            return s;
    }
    for (Id id : markedThenCleared) {
        if (auto s = mistakes.mark(owner, id, QStringLiteral("thought so")); !s)
            return s;
        if (auto s = mistakes.clear(owner, id, QStringLiteral("it was the switch after all")); !s)
            return s;
    }
    return {};
}

} // namespace posdesk::test
