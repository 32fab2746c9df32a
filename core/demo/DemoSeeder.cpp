#include "demo/DemoSeeder.h"

#include "demo/ScorecardDemo.h"
#include "enrollment/EnrollmentRecords.h"

#include "storage/AcquirerRepository.h"
#include "storage/AuditLogRepository.h"
#include "storage/BatchRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/MerchantRepository.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <vector>

namespace posdesk {

namespace {

constexpr std::int64_t kHourMs = 3600LL * 1000;
constexpr std::int64_t kDayMs = 24 * kHourMs;

struct Scheme
{
    const char *name;
    const char *bin;
    int weight; // out of 100
};

// Card mix of a Chinese convenience store: mostly UnionPay debit and credit, some international cards.
constexpr Scheme kSchemes[] = {
    {"UnionPay", "622848", 58},  {"UnionPay", "625807", 24}, {"Visa", "411111", 8},
    {"Mastercard", "545454", 6}, {"JCB", "356900", 3},       {"American Express", "378282", 1},
};

const Scheme &pickScheme(QRandomGenerator &rng)
{
    int roll = int(rng.bounded(100));
    for (const Scheme &s : kSchemes) {
        if (roll < s.weight)
            return s;
        roll -= s.weight;
    }
    return kSchemes[0];
}

// Basket sizes: many small purchases, a long tail of large ones (log-normal around ¥45).
std::int64_t pickAmountFen(QRandomGenerator &rng)
{
    const double u1 = std::max(rng.generateDouble(), 1e-12);
    const double u2 = rng.generateDouble();
    const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * M_PI * u2);
    double yuan = std::exp(3.8 + 0.9 * normal);
    yuan = std::clamp(yuan, 1.0, 5000.0);
    // Prices end in .00, .50 or .x0 mostly.
    const std::int64_t fen = std::int64_t(yuan * 10) * 10;
    return std::max<std::int64_t>(fen, 100);
}

QString luhnComplete(const QString &digits)
{
    int sum = 0;
    bool dbl = true;
    for (int i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i].digitValue();
        if (dbl) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        dbl = !dbl;
    }
    return digits + QString::number((10 - sum % 10) % 10);
}

} // namespace

Status DemoSeeder::seed(const DemoOptions &options)
{
    MerchantRepository merchants(m_db);
    auto existing = merchants.list();
    if (!existing)
        return existing.error();
    if (!existing->empty())
        return Error::refused(QCoreApplication::translate(
            "posdesk::DemoSeeder", "This database already holds a shop's data; demo data is only added to a new, empty "
                                   "database."));

    const TimeMs now = m_clock.nowMs();
    // Local day boundaries in China Standard Time (UTC+8), where the demo shop is.
    const QTimeZone shopZone(8 * 3600);
    const QDate today = m_clock.nowUtc().toTimeZone(shopZone).date();
    auto localMs = [&](const QDate &d, int h, int m) {
        return QDateTime(d, QTime(h, m), shopZone).toMSecsSinceEpoch();
    };
    // Terminal 2 was suspended after its last day of sales, five days ago.
    const TimeMs suspendedAt = localMs(today.addDays(-5), 23, 30);
    QRandomGenerator rng(options.seed);
    const QByteArray hmacKey = QByteArrayLiteral("posdesk-demo-pan-key");

    Id terminalIds[3] = {};
    Id acquirerId = 0;
    {
        UnitOfWork uow(m_db);
        if (!uow.isActive())
            return uow.startStatus();
        Merchant m;
        m.mid = QString::fromLatin1(DemoFacts::kMid);
        m.name = QStringLiteral("静安街角便利店");
        m.nameEn = QStringLiteral("Jing'an Corner Store");
        m.address = QStringLiteral("上海市静安区南京西路 1266 号");
        m.contactPhone = QStringLiteral("021-5555-0100");
        m.createdAt = now - (options.days + 30) * kDayMs;
        auto mid = merchants.add(m);
        if (!mid)
            return mid.error();

        Acquirer a;
        a.name = QString::fromLatin1(DemoFacts::kAcquirer);
        a.channelKind = ChannelKind::Bank;
        a.host = options.hostAddress;
        a.port = options.hostPort;
        a.tpdu = QStringLiteral("6000050000");
        a.macAlgorithm = MacAlgorithm::CupEcb;
        a.supportContact = QStringLiteral("商户服务部 Merchant Services");
        a.supportPhone = QStringLiteral("400-555-0197");
        a.supportEmail = QStringLiteral("merchant-support@acquirer.example");
        a.notes = QStringLiteral("演示收单机构 — demo acquirer");
        a.createdAt = m.createdAt;
        auto aid = AcquirerRepository(m_db).add(a);
        if (!aid)
            return aid.error();
        acquirerId = *aid;

        struct Seed
        {
            const char *tid;
            TerminalState state;
            const char *serial;
            const char *location;
        };
        const Seed seeds[3] = {
            {DemoFacts::kRegisteredTid, TerminalState::Active, "PD-2026-0001", "前台收银 1 号 / Front till 1"},
            {DemoFacts::kSuspendedTid, TerminalState::Suspended, "PD-2026-0002", "前台收银 2 号 / Front till 2"},
            {DemoFacts::kUnregisteredTid, TerminalState::KeysLoaded, "PD-2026-0003", "后仓收银 / Back office till"},
        };
        TerminalRepository terminals(m_db);
        for (int i = 0; i < 3; ++i) {
            Terminal t;
            t.tid = QString::fromLatin1(seeds[i].tid);
            t.merchantId = *mid;
            t.acquirerId = *aid;
            t.state = seeds[i].state;
            t.serial = QString::fromLatin1(seeds[i].serial);
            t.brand = QStringLiteral("PosDesk");
            t.model = QStringLiteral("PC till");
            t.softwareVersion = QStringLiteral(POSDESK_VERSION);
            t.location = QString::fromUtf8(seeds[i].location);
            t.paramVersion = QStringLiteral("CUP-PARAM-20261101");
            t.assignedTid = t.tid;
            t.assignedMid = m.mid;
            t.createdAt = m.createdAt;
            t.updatedAt = now;
            auto id = terminals.add(t);
            if (!id)
                return id.error();
            terminalIds[i] = *id;

            // The way each terminal came to its state, as the owner recorded it, so the Terminals screen has a
            // lifecycle to show: the application, the papers, the acquirer's approval, keys, first sign-on.
            struct Move
            {
                const char *from;
                const char *to;
                const char *note;
                int dayOffset; // after the merchant was recorded
            };
            const Move path[] = {
                {nullptr, "applied", "申请表已交收单行 / application form handed to the acquirer", 0},
                {"applied", "documents-submitted", "营业执照、税务登记、法人身份证 / licence, tax and ID papers sent",
                 3},
                {"documents-submitted", "approved", "收单行批准并分配终端号 / approved, TID assigned", 9},
                {"approved", "keys-loaded", "主密钥已灌装 / master key loaded", 10},
                {"keys-loaded", "signed-on", "首次签到成功 / first sign-on", 11},
                {"signed-on", "active", "开始收款 / taking payments", 11},
                {"active", "suspended", "前台 2 号暂停使用，等待维修 / front till 2 out of use awaiting repair", -1},
            };
            const QString target = toKey(t.state);
            TimeMs papersAt = 0, approvedAt = 0;
            for (const Move &mv : path) {
                // Terminal 3 stops at keys-loaded; only the suspended one takes the last move, after its last day of
                // sales five days ago.
                const TimeMs at = mv.dayOffset >= 0 ? m.createdAt + mv.dayOffset * kDayMs : suspendedAt;
                if (qstrcmp(mv.to, "documents-submitted") == 0)
                    papersAt = at;
                if (qstrcmp(mv.to, "approved") == 0)
                    approvedAt = at;
                auto q = sql::run(m_db,
                                  QStringLiteral("INSERT INTO enrollment_events (terminal_id, from_state, to_state, "
                                                 "actor, note, at) VALUES (?, ?, ?, ?, ?, ?)"),
                                  {qlonglong(*id), mv.from ? QVariant(QString::fromLatin1(mv.from)) : QVariant(),
                                   QString::fromLatin1(mv.to), QStringLiteral("owner"), QString::fromUtf8(mv.note),
                                   qlonglong(at)},
                                  QStringLiteral("seeding the demo's lifecycle"));
                if (!q)
                    return q.error();
                if (target == QLatin1String(mv.to))
                    break;
            }
            // The papers that history says were sent are on record: submitted, and accepted once approved.
            if (papersAt > 0) {
                for (const QString &kind : EnrollmentRecords::documentKinds()) {
                    auto q = sql::run(
                        m_db,
                        QStringLiteral("INSERT INTO enrollment_documents (terminal_id, kind, status, note, created_at, "
                                       "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                        {qlonglong(*id), kind,
                         approvedAt > 0 ? QStringLiteral("accepted") : QStringLiteral("submitted"),
                         QStringLiteral("纸质件已交收单行 / paper copy handed to the acquirer"), qlonglong(papersAt),
                         qlonglong(approvedAt > 0 ? approvedAt : papersAt)},
                        QStringLiteral("seeding the demo's documents"));
                    if (!q)
                        return q.error();
                }
            }
        }
        if (auto s = uow.commit(); !s)
            return s;
    }

    // History: terminal 1 every day, terminal 2 until it was suspended five days ago; one batch per day.
    TransactionRepository txns(m_db);
    BatchRepository batches(m_db);
    TerminalRepository terminals(m_db);
    int stan[2] = {1, 1};
    int batchNo[2] = {1, 1};
    for (int day = options.days - 1; day >= 0; --day) {
        const QDate date = today.addDays(-day);
        UnitOfWork uow(m_db);
        if (!uow.isActive())
            return uow.startStatus();
        for (int t = 0; t < 2; ++t) {
            if (t == 1 && day < 5)
                continue;
            const bool weekend = date.dayOfWeek() >= 6;
            const int count = int(rng.bounded(t == 0 ? 35 : 15, t == 0 ? 70 : 35)) + (weekend ? 15 : 0);
            // Today's sales spread from opening time to now (or over the last hour, early in the morning); each
            // batch's sales in the order they happened, so a void or refund always follows its sale.
            const TimeMs open =
                day == 0 ? std::min<TimeMs>(localMs(date, 8, 0), now - 3600 * 1000) : TimeMs(localMs(date, 8, 0));
            const TimeMs span = day == 0 ? std::max<TimeMs>(now - 60 * 1000 - open, 60 * 1000) : 14 * 3600 * 1000;
            std::vector<TimeMs> times(static_cast<std::size_t>(count));
            for (TimeMs &at : times)
                at = open + TimeMs(rng.bounded(quint32(span / 1000))) * 1000;
            std::sort(times.begin(), times.end());
            for (std::size_t i = 1; i < times.size(); ++i)
                times[i] = std::max(times[i], times[i - 1] + 2000);
            auto batchId = batches.open(terminalIds[t], batchNo[t], open);
            if (!batchId)
                return batchId.error();
            Batch totals;
            totals.id = *batchId;
            totals.batchNo = batchNo[t];
            std::vector<Id> approvedSales;
            for (int n = 0; n < count; ++n) {
                CardTransaction tx;
                tx.terminalId = terminalIds[t];
                tx.batchNo = batchNo[t];
                tx.stan = stan[t]++;
                tx.createdAt = times[std::size_t(n)];
                tx.updatedAt = tx.createdAt + 1500;
                tx.cashier = t == 0 ? QStringLiteral("cashier") : QStringLiteral("cashier2");
                const Scheme &scheme = pickScheme(rng);
                const QString pan =
                    luhnComplete(QString::fromLatin1(scheme.bin) +
                                 QStringLiteral("%1").arg(rng.bounded(1000000000), 9, 10, QLatin1Char('0')));
                tx.panMasked = pan.left(6) + QString(pan.size() - 10, u'*') + pan.right(4);
                tx.panHmac = QMessageAuthenticationCode::hash(pan.toLatin1(), hmacKey, QCryptographicHash::Sha256);
                tx.cardScheme = QString::fromLatin1(scheme.name);
                const int entry = int(rng.bounded(100));
                tx.entryMode = entry < 55   ? QStringLiteral("contactless")
                               : entry < 90 ? QStringLiteral("chip")
                                            : QStringLiteral("swipe");
                const int roll = int(rng.bounded(1000));
                const bool refund = roll < 8 && !approvedSales.empty();
                const bool voidIt = !refund && roll < 18 && !approvedSales.empty();
                if (refund || voidIt) {
                    auto original = txns.findById(approvedSales[rng.bounded(int(approvedSales.size()))]);
                    if (!original)
                        return original.error();
                    tx.kind = refund ? TxnKind::Refund : TxnKind::Void;
                    tx.amount = original->amount;
                    tx.originalId = original->id;
                    tx.panMasked = original->panMasked;
                    tx.panHmac = original->panHmac;
                    tx.cardScheme = original->cardScheme;
                    if (refund) {
                        tx.amount = Money::cny(std::max<std::int64_t>(100, original->amount.minor() / 2 / 10 * 10));
                        totals.refundCount++;
                        totals.refundMinor += tx.amount.minor();
                    } else {
                        totals.saleCount--;
                        totals.saleMinor -= original->amount.minor();
                    }
                } else {
                    tx.kind = TxnKind::Sale;
                    tx.amount = Money::cny(pickAmountFen(rng));
                }
                const bool declined = tx.kind == TxnKind::Sale && roll >= 975;
                tx.status = declined ? TxnStatus::Declined : TxnStatus::Approved;
                tx.responseCode =
                    declined ? (roll >= 990 ? QStringLiteral("55") : QStringLiteral("51")) : QStringLiteral("00");
                if (!declined) {
                    tx.rrn = QStringLiteral("%1%2")
                                 .arg(date.toString(QStringLiteral("MMdd")))
                                 .arg(tx.stan + 100000 * t, 8, 10, QLatin1Char('0'));
                    tx.authCode = QStringLiteral("%1").arg(rng.bounded(1000000), 6, 10, QLatin1Char('0'));
                }
                auto id = txns.insert(tx);
                if (!id)
                    return id.error();
                if (tx.kind == TxnKind::Sale && !declined) {
                    approvedSales.push_back(*id);
                    totals.saleCount++;
                    totals.saleMinor += tx.amount.minor();
                }
                if (tx.kind == TxnKind::Void) {
                    auto s = txns.updateResult(*tx.originalId, TxnStatus::Voided, QStringLiteral("00"), {}, {},
                                               tx.createdAt);
                    if (!s)
                        return s;
                    approvedSales.erase(std::find(approvedSales.begin(), approvedSales.end(), *tx.originalId));
                }
            }
            // Today's batch on the active terminal stays open for the demo's end-of-day close.
            if (day > 0 || t == 1) {
                totals.hostResult = QStringLiteral("balanced");
                if (auto s = batches.close(totals, localMs(date, 23, 0)); !s)
                    return s;
                ++batchNo[t];
            }
        }
        if (auto s = uow.commit(); !s)
            return s;
    }

    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus();
    for (int t = 0; t < 2; ++t) {
        // Keep the counters where the history left them (next STAN, current batch).
        auto q = m_db.exec(QStringLiteral("UPDATE terminals SET next_stan = %1, batch_no = %2, last_signon_at = %3 "
                                          "WHERE id = %4")
                               .arg(stan[t])
                               .arg(batchNo[t])
                               .arg(std::min<TimeMs>(localMs(today.addDays(t == 0 ? 0 : -5), 8, 0), now))
                               .arg(terminalIds[t]));
        if (!q)
            return q;
    }
    if (auto s = batches.open(terminalIds[1], batchNo[1], suspendedAt); !s)
        return s.error();
    if (auto s = batches.open(terminalIds[2], 1, now - kDayMs); !s)
        return s.error();

    IncidentRepository incidents(m_db);
    struct PastIncident
    {
        int terminal;
        const char *code;
        int daysAgo;
        int hoursToResolve;
        const char *cause;
    };
    const PastIncident past[] = {
        {0, "96", 41, 2, "交换中心故障，收单行恢复后自动恢复 / Switch outage, recovered by the acquirer"},
        {0, "A0", 23, 1, "工作密钥过期，重新签到后恢复 / Working keys out of date, fixed by re-sign-on"},
        {1, "77", 12, 3, "批次号不一致，结算后重新签到 / Batch number mismatch, settled and signed on again"},
    };
    for (const PastIncident &p : past) {
        Incident i;
        i.terminalId = terminalIds[p.terminal];
        i.code = QString::fromLatin1(p.code);
        i.tid = QString::fromLatin1(p.terminal == 0 ? DemoFacts::kRegisteredTid : DemoFacts::kSuspendedTid);
        i.mid = QString::fromLatin1(DemoFacts::kMid);
        i.mti = QStringLiteral("0210");
        i.stan = 100 + p.daysAgo;
        i.state = IncidentState::Resolved;
        i.openedAt = localMs(today.addDays(-p.daysAgo), 14, 20);
        i.lastSeenAt = i.openedAt;
        i.resolvedAt = i.openedAt + p.hoursToResolve * kHourMs;
        i.cause = QString::fromUtf8(p.cause);
        if (auto s = incidents.add(i); !s)
            return s.error();
    }
    Incident open97;
    open97.terminalId = terminalIds[2];
    open97.code = QStringLiteral("97");
    open97.tid = QString::fromLatin1(DemoFacts::kUnregisteredTid);
    open97.mid = QString::fromLatin1(DemoFacts::kMid);
    open97.mti = QStringLiteral("0810");
    open97.stan = 1;
    open97.openedAt = now - kDayMs + 2 * kHourMs;
    open97.lastSeenAt = open97.openedAt;
    if (auto s = incidents.add(open97); !s)
        return s.error();
    if (auto s = seedScorecardDemo(m_db, m_clock, terminalIds, acquirerId); !s)
        return s;

    AuditEntry audit;
    audit.at = now;
    audit.actor = QStringLiteral("local-admin");
    audit.origin = QStringLiteral("cli");
    audit.event = QStringLiteral("demo.seed");
    audit.object = QString::fromLatin1(DemoFacts::kMid);
    audit.outcome = QStringLiteral("ok");
    audit.detail = QStringLiteral("%1 days of demo history").arg(options.days);
    if (auto s = AuditLogRepository(m_db).append(audit); !s)
        return s.error();
    return uow.commit();
}

} // namespace posdesk
