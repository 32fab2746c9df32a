#include "settlement/PreCloseGuard.h"

#include "acquirer/ResponseCodes.h"
#include "money/Money.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace posdesk {

QString toKey(PreCloseIssue issue)
{
    switch (issue) {
    case PreCloseIssue::UnsettledBatch:
        return QStringLiteral("unsettled-batch");
    case PreCloseIssue::PendingReversal:
        return QStringLiteral("pending-reversal");
    case PreCloseIssue::UnprintedReceipts:
        return QStringLiteral("unprinted-receipts");
    case PreCloseIssue::OpenIncident:
        return QStringLiteral("open-incident");
    }
    return {};
}

PreCloseGuard::PreCloseGuard(Database &db, const Clock &clock, const QTimeZone &shopZone, const QLocale &locale)
    : m_db(db), m_clock(clock), m_zone(shopZone), m_locale(locale)
{}

Result<std::vector<PreCloseItem>> PreCloseGuard::check()
{
    return check(m_clock.nowUtc().toTimeZone(m_zone).date());
}

Result<std::vector<PreCloseItem>> PreCloseGuard::check(const QDate &day)
{
    std::vector<PreCloseItem> out;
    if (auto s = unsettledBatches(out); !s)
        return s.error();
    if (auto s = pendingReversals(out); !s)
        return s.error();
    if (auto s = unprintedReceipts(day, out); !s)
        return s.error();
    if (auto s = openIncidents(out); !s)
        return s.error();
    return out;
}

Status PreCloseGuard::unsettledBatches(std::vector<PreCloseItem> &out)
{
    // Only batches that hold something to settle: a batch of declines alone has no totals for the host.
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT b.id, term.tid, b.batch_no, b.state, COUNT(t.id), SUM(CASE WHEN t.kind = 'sale' THEN "
                       "t.amount_minor WHEN t.kind IN ('void', 'refund') AND t.status = 'approved' THEN "
                       "-t.amount_minor ELSE 0 END) FROM batches b JOIN terminals term ON term.id = b.terminal_id "
                       "JOIN transactions t ON t.terminal_id = b.terminal_id AND t.batch_no = b.batch_no AND "
                       "t.kind IN ('sale', 'void', 'refund') AND t.status IN ('approved', 'voided') "
                       "WHERE b.state IN ('open', 'settling') GROUP BY b.id, term.tid, b.batch_no, b.state "
                       "ORDER BY term.tid, b.batch_no"),
        {}, QCoreApplication::translate("posdesk::PreCloseGuard", "looking for unsettled batches"));
    if (!q)
        return q.error();
    while (q->next()) {
        PreCloseItem item;
        item.issue = PreCloseIssue::UnsettledBatch;
        item.objectId = q->value(0).toLongLong();
        item.tid = q->value(1).toString();
        item.count = q->value(4).toInt();
        const int batchNo = q->value(2).toInt();
        const QString net = Money::cny(q->value(5).toLongLong()).toDisplayString(QLocale::c());
        if (q->value(3).toString() == u"settling") {
            item.what = QCoreApplication::translate(
                            "posdesk::PreCloseGuard",
                            "The settlement of batch %1 on terminal %2 was interrupted (approved transactions: %3, "
                            "net %4).")
                            .arg(batchNo)
                            .arg(item.tid)
                            .arg(item.count)
                            .arg(net);
            item.nextStep = QCoreApplication::translate("posdesk::PreCloseGuard",
                                                        "Settle it again: posdesk-cli settle --tid %1. The host's "
                                                        "totals decide; nothing is counted twice.")
                                .arg(item.tid);
        } else {
            item.what = QCoreApplication::translate(
                            "posdesk::PreCloseGuard",
                            "Batch %1 on terminal %2 is not settled (approved transactions: %3, net %4).")
                            .arg(batchNo)
                            .arg(item.tid)
                            .arg(item.count)
                            .arg(net);
            item.nextStep = QCoreApplication::translate("posdesk::PreCloseGuard",
                                                        "Settle it: posdesk-cli settle --tid %1, or Settlement in "
                                                        "PosDesk.")
                                .arg(item.tid);
        }
        out.push_back(std::move(item));
    }
    return {};
}

Status PreCloseGuard::pendingReversals(std::vector<PreCloseItem> &out)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT r.id, term.tid, t.stan, t.amount_minor, t.currency, r.attempts, "
                                     "r.last_error FROM reversals r JOIN transactions t ON t.id = r.transaction_id "
                                     "JOIN terminals term ON term.id = t.terminal_id WHERE r.state = 'pending' "
                                     "ORDER BY r.id"),
                      {}, QCoreApplication::translate("posdesk::PreCloseGuard", "looking for pending reversals"));
    if (!q)
        return q.error();
    while (q->next()) {
        PreCloseItem item;
        item.issue = PreCloseIssue::PendingReversal;
        item.objectId = q->value(0).toLongLong();
        item.tid = q->value(1).toString();
        item.count = 1;
        const QString amount = Money(q->value(3).toLongLong(), q->value(4).toString()).toDisplayString(QLocale::c());
        item.what = QCoreApplication::translate("posdesk::PreCloseGuard",
                                                "The reversal of trace %1 (%2) on terminal %3 has not reached the "
                                                "host yet (attempts: %4).")
                        .arg(q->value(2).toInt())
                        .arg(amount, item.tid)
                        .arg(q->value(5).toInt());
        if (!q->value(6).toString().isEmpty())
            item.what +=
                u' ' +
                QCoreApplication::translate("posdesk::PreCloseGuard", "Last error: %1.").arg(q->value(6).toString());
        item.nextStep = QCoreApplication::translate("posdesk::PreCloseGuard",
                                                    "Check the link to the acquirer, then send it: posdesk-cli "
                                                    "reversals flush. Settlement is refused until it is answered.");
        out.push_back(std::move(item));
    }
    return {};
}

Status PreCloseGuard::unprintedReceipts(const QDate &day, std::vector<PreCloseItem> &out)
{
    const qint64 start = QDateTime(day, QTime(0, 0), m_zone).toMSecsSinceEpoch();
    const qint64 end = QDateTime(day.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
    auto q =
        sql::run(m_db,
                 QStringLiteral("SELECT term.tid, COUNT(*) FROM transactions t JOIN terminals term ON term.id = "
                                "t.terminal_id WHERE t.status = 'approved' AND t.printed = 0 AND t.created_at "
                                ">= ? AND t.created_at < ? GROUP BY term.tid ORDER BY term.tid"),
                 {start, end}, QCoreApplication::translate("posdesk::PreCloseGuard", "looking for unprinted receipts"));
    if (!q)
        return q.error();
    while (q->next()) {
        PreCloseItem item;
        item.issue = PreCloseIssue::UnprintedReceipts;
        item.tid = q->value(0).toString();
        item.count = q->value(1).toInt();
        item.what =
            QCoreApplication::translate("posdesk::PreCloseGuard", "Receipts of terminal %1 not printed today: %2.")
                .arg(item.tid)
                .arg(item.count);
        item.nextStep = QCoreApplication::translate("posdesk::PreCloseGuard",
                                                    "Make the printer ready (paper, cover closed), then reprint them "
                                                    "from the print queue.");
        out.push_back(std::move(item));
    }
    return {};
}

Status PreCloseGuard::openIncidents(std::vector<PreCloseItem> &out)
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT i.id, COALESCE(term.tid, i.tid), i.code, i.dialect, i.state, "
                                     "i.occurrences FROM incidents i LEFT JOIN terminals term ON term.id = "
                                     "i.terminal_id WHERE i.state <> 'resolved' ORDER BY i.opened_at, i.id"),
                      {}, QCoreApplication::translate("posdesk::PreCloseGuard", "looking for open incidents"));
    if (!q)
        return q.error();
    while (q->next()) {
        PreCloseItem item;
        item.issue = PreCloseIssue::OpenIncident;
        item.objectId = q->value(0).toLongLong();
        item.tid = q->value(1).toString();
        item.count = q->value(5).toInt();
        const QString code = q->value(2).toString();
        const QString meaning = ResponseCodeTable::forDialect(q->value(3).toString()).describe(code, m_locale);
        const bool escalated = q->value(4).toString() == u"escalated";
        item.what =
            escalated ? QCoreApplication::translate("posdesk::PreCloseGuard",
                                                    "Incident %1 on terminal %2 is escalated to the "
                                                    "acquirer: %3.")
                            .arg(item.objectId)
                            .arg(item.tid, meaning)
                      : QCoreApplication::translate("posdesk::PreCloseGuard", "Incident %1 on terminal %2 is open: %3.")
                            .arg(item.objectId)
                            .arg(item.tid, meaning);
        item.nextStep = escalated ? QCoreApplication::translate("posdesk::PreCloseGuard",
                                                                "Follow up with the acquirer; once they confirm, "
                                                                "resolve it: posdesk-cli incidents resolve %1.")
                                        .arg(item.objectId)
                                  : QCoreApplication::translate("posdesk::PreCloseGuard",
                                                                "Work through its playbook: posdesk-cli incidents "
                                                                "diagnose %1, or Alerts in PosDesk.")
                                        .arg(item.objectId);
        out.push_back(std::move(item));
    }
    return {};
}

} // namespace posdesk
