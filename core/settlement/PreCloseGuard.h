#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"
#include "time/Clock.h"

#include <QLocale>
#include <QTimeZone>

#include <vector>

namespace posdesk {

enum class PreCloseIssue
{
    UnsettledBatch,    // an open (or interrupted) batch holding approved transactions
    PendingReversal,   // a reversal the host has not answered yet
    UnprintedReceipts, // approved transactions of the day whose receipt never printed
    OpenIncident,      // an incident not yet resolved
};
QString toKey(PreCloseIssue issue); // "unsettled-batch" …

// One thing to deal with before the day is closed, and what to do about it (both translated).
struct PreCloseItem
{
    PreCloseIssue issue = PreCloseIssue::UnsettledBatch;
    QString tid;
    Id objectId = 0; // batch, reversal or incident id; 0 for receipts
    int count = 0;   // transactions in the batch, or receipts not printed
    QString what;
    QString nextStep;
};

// Lists what should be dealt with before the day is closed: unsettled batches, pending reversals, receipts that
// never printed, open incidents. Read-only; an empty list means the day can be closed.
class PreCloseGuard
{
public:
    // shopZone: where "today" is; locale: the language of the response-code meanings.
    PreCloseGuard(Database &db, const Clock &clock, const QTimeZone &shopZone, const QLocale &locale = QLocale());

    // For the shop-local day of the clock's now.
    Result<std::vector<PreCloseItem>> check();
    Result<std::vector<PreCloseItem>> check(const QDate &day);

private:
    Status unsettledBatches(std::vector<PreCloseItem> &out);
    Status pendingReversals(std::vector<PreCloseItem> &out);
    Status unprintedReceipts(const QDate &day, std::vector<PreCloseItem> &out);
    Status openIncidents(std::vector<PreCloseItem> &out);

    Database &m_db;
    const Clock &m_clock;
    QTimeZone m_zone;
    QLocale m_locale;
};

} // namespace posdesk
