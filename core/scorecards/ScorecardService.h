#pragma once

#include "scorecards/Scorecard.h"
#include "storage/Database.h"
#include "time/Clock.h"

#include <QTimeZone>

namespace posdesk {

struct ScorecardHistory;

// Compares acquirer profiles, service providers and terminal brands from the shop's own history over shop-local
// days from..to (both inclusive). The big tables are added up in the database (transactions per terminal and
// month in one aggregate); what needs medians (incidents, a few thousand at most) is read row by row. Reading it is
// a report: callers check Permission::Reports.
class ScorecardService
{
public:
    ScorecardService(Database &db, const Clock &clock, QTimeZone zone = QTimeZone::systemTimeZone())
        : m_db(db), m_clock(clock), m_zone(std::move(zone))
    {}

    Result<ChannelScorecard> channels(const QDate &from, const QDate &to);
    Result<BrandScorecard> brands(const QDate &from, const QDate &to);

    // Codes an incident is the terminal's own fault by (its keys, its counters, its software); device incidents
    // are the terminal's too. The rest are the channel's.
    static const QStringList &terminalFaultCodes();

private:
    Result<ScorecardHistory> load(const QDate &from, const QDate &to);
    Database &m_db;
    const Clock &m_clock;
    QTimeZone m_zone;
};

} // namespace posdesk
