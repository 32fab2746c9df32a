#pragma once

#include "storage/Database.h"

#include <QDate>

#include <vector>

namespace posdesk {

struct DailySales
{
    QDate day;
    int count = 0;
    std::int64_t netMinor = 0; // approved sales minus voids and refunds
};

struct SchemeShare
{
    QString scheme;
    int count = 0;
    std::int64_t minor = 0;
};

struct TerminalSales
{
    QString tid;
    int count = 0;
    std::int64_t minor = 0;
};

// Aggregates for the dashboard, computed in the database (one pass each, no rows fetched into memory).
class SalesStatistics
{
public:
    // utcOffsetSeconds: the shop's offset from UTC, so that "a day" is the shop's day.
    SalesStatistics(Database &db, int utcOffsetSeconds) : m_db(db), m_offsetMs(qint64(utcOffsetSeconds) * 1000) {}

    Result<std::vector<DailySales>> perDay(const QDate &from, const QDate &to);
    Result<std::vector<SchemeShare>> cardMix(const QDate &from, const QDate &to);
    Result<std::vector<TerminalSales>> perTerminal(const QDate &from, const QDate &to);
    // Incidents opened per ISO week (Monday of the week, count).
    Result<std::vector<std::pair<QDate, int>>> incidentsPerWeek(const QDate &from, const QDate &to);

private:
    std::int64_t startMs(const QDate &d) const;
    Database &m_db;
    std::int64_t m_offsetMs;
};

} // namespace posdesk
