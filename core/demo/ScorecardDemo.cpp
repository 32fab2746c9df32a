#include "demo/ScorecardDemo.h"

#include "scorecards/ShopMistakes.h"
#include "storage/Sql.h"

#include <QDate>

namespace posdesk {

namespace {
constexpr std::int64_t kHourMs = 3600LL * 1000;
constexpr std::int64_t kDayMs = 24 * kHourMs;
} // namespace

Status seedScorecardDemo(Database &db, const Clock &clock, const Id (&terminalIds)[3], Id acquirerId)
{
    const TimeMs now = clock.nowMs();
    const QString provider = QStringLiteral("浦东收单服务站 / Pudong Field Service");
    if (auto q = sql::run(db, QStringLiteral("UPDATE acquirers SET service_provider = ? WHERE id = ?"),
                          {provider, qlonglong(acquirerId)}, QStringLiteral("seeding the demo's service provider"));
        !q)
        return q.error();

    // Escalated and resolved incidents: the acquirer's confirmation after 1 to 4 days, follow-ups after 2 days.
    struct Past
    {
        int terminal;
        const char *code;
        int daysAgo;
        double confirmDays;
        bool ownMistake;
    };
    const Past past[] = {
        {0, "96", 80, 1.0, false}, {0, "98", 66, 2.5, false}, {1, "97", 58, 3.0, false},
        {0, "96", 47, 1.5, false}, {1, "98", 35, 4.0, false}, {0, "96", 29, 2.0, false},
        {0, "98", 17, 1.0, false}, {1, "97", 9, 2.0, false},  {0, "97", 20, 0.0, true},
    };
    for (const Past &p : past) {
        const TimeMs opened = now - p.daysAgo * kDayMs + 3 * kHourMs;
        const bool escalated = !p.ownMistake;
        const TimeMs esc = opened + kHourMs;
        const TimeMs confirmed = esc + TimeMs(p.confirmDays * kDayMs);
        const TimeMs resolved = escalated ? confirmed + kHourMs : opened + kHourMs;
        auto tid = sql::run(db, QStringLiteral("SELECT tid FROM terminals WHERE id = ?"),
                            {qlonglong(terminalIds[p.terminal])}, QStringLiteral("seeding the demo's escalations"));
        if (!tid)
            return tid.error();
        const QString tidText = tid->next() ? tid->value(0).toString() : QString();
        auto id = sql::insert(
            db,
            QStringLiteral("INSERT INTO incidents (terminal_id, source, code, dialect, tid, mid, state, opened_at, "
                           "last_seen_at, escalated_at, follow_up_at, resolved_at, cause) VALUES (?, 'host', ?, "
                           "'cup', ?, ?, 'resolved', ?, ?, ?, ?, ?, ?)"),
            {qlonglong(terminalIds[p.terminal]), QString::fromLatin1(p.code), tidText,
             QStringLiteral("898310058120001"), qlonglong(opened), qlonglong(opened),
             escalated ? QVariant(qlonglong(esc)) : QVariant(),
             escalated ? QVariant(qlonglong(esc + 2 * kDayMs)) : QVariant(), qlonglong(resolved),
             p.ownMistake ? QStringLiteral("选错了终端 / the wrong terminal was chosen")
                          : QStringLiteral("收单机构处理后恢复 / fixed by the acquirer")},
            QStringLiteral("seeding the demo's escalations"));
        if (!id)
            return id.error();
        auto step = [&](const char *key, const char *kind, const QString &outcome, TimeMs at) {
            return sql::run(
                db,
                QStringLiteral("INSERT INTO incident_steps (incident_id, step_key, kind, outcome, actor, "
                               "at) VALUES (?, ?, ?, ?, 'owner', ?)"),
                {qlonglong(*id), QString::fromLatin1(key), QString::fromLatin1(kind), outcome, qlonglong(at)},
                QStringLiteral("seeding the demo's remediation steps"));
        };
        if (p.ownMistake) {
            if (auto q = step(ShopMistakes::kStepKey, "manual", QString::fromLatin1(ShopMistakes::kMarked),
                              opened + kHourMs);
                !q)
                return q.error();
            continue;
        }
        if (auto q = step("escalate", "escalation", QStringLiteral("done"), esc); !q)
            return q.error();
        if (qstrcmp(p.code, "97") == 0) {
            if (auto q = step("confirm-registration", "action", QStringLiteral("passed"), confirmed); !q)
                return q.error();
        }
    }

    // The host could not be reached now and then.
    for (const auto &[daysAgo, minutes] : {std::pair{61, 38}, std::pair{33, 12}, std::pair{12, 25}}) {
        const TimeMs start = now - daysAgo * kDayMs;
        if (auto q = sql::run(db,
                              QStringLiteral("INSERT INTO host_outages (acquirer_id, started_at, ended_at) VALUES (?, "
                                             "?, ?)"),
                              {qlonglong(acquirerId), qlonglong(start), qlonglong(start + minutes * 60000LL)},
                              QStringLiteral("seeding the demo's host outages"));
            !q)
            return q.error();
    }

    // The suspended till's repair visit, and what the two back tills cost.
    const QDate today = clock.nowUtc().date();
    if (auto q =
            sql::run(db,
                     QStringLiteral("INSERT INTO maintenance (terminal_id, kind, due_on, done_at, note, provider, "
                                    "created_at) VALUES (?, 'maintenance', ?, ?, ?, ?, ?)"),
                     {qlonglong(terminalIds[1]), today.addDays(-6).toString(Qt::ISODate), qlonglong(now - 6 * kDayMs),
                      QStringLiteral("读卡器更换 / card reader replaced"), provider, qlonglong(now - 8 * kDayMs)},
                     QStringLiteral("seeding the demo's maintenance"));
        !q)
        return q.error();
    for (int t : {1, 2}) {
        for (const auto &[category, minor, daysAgo] :
             {std::tuple{"device", 168000, 100}, std::tuple{"installation", 20000, 100},
              std::tuple{"software-licence", 30000, 60}}) {
            if (auto q = sql::run(db,
                                  QStringLiteral("INSERT INTO terminal_costs (terminal_id, category, amount_minor, "
                                                 "currency, incurred_on, created_at) VALUES (?, ?, ?, 'CNY', ?, ?)"),
                                  {qlonglong(terminalIds[t]), QString::fromLatin1(category), qlonglong(minor),
                                   today.addDays(-daysAgo).toString(Qt::ISODate), qlonglong(now)},
                                  QStringLiteral("seeding the demo's costs"));
                !q)
                return q.error();
        }
    }
    return {};
}

} // namespace posdesk
