#pragma once

#include "domain/Entities.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace posdesk {

// How a column's cells are typed. Writers keep the type: numbers stay numbers in a spreadsheet, amounts are exact.
enum class ColumnType
{
    Text,
    Integer,
    Money,    // minor units; the cell's text is the ISO 4217 currency code
    DateTime, // UTC milliseconds, written in the shop's time zone
    Date,     // a shop-local calendar day (Julian day number)
};

// One column of a report: a stable key, the translated header and a width hint in characters.
struct ReportColumn
{
    QString key;
    QString title;
    ColumnType type = ColumnType::Text;
    int width = 12;
};

// One cell. The row buffer is reused from row to row, so setting a cell never allocates a new row.
struct ReportCell
{
    bool null = true;
    std::int64_t number = 0; // Integer value, Money minor units, DateTime UTC ms or Date Julian day
    QString text;            // Text value, or Money currency code

    void clear()
    {
        null = true;
        number = 0;
        text.clear();
    }
    void setText(const QString &t)
    {
        null = false;
        text = t;
    }
    void setNumber(std::int64_t n)
    {
        null = false;
        number = n;
    }
    void setMoney(std::int64_t minor, const QString &currency)
    {
        null = false;
        number = minor;
        text = currency;
    }
};
using ReportRow = std::vector<ReportCell>;

// One line of a report's totals: a translated label with a count, an amount, or both.
struct ReportTotal
{
    QString label;
    std::optional<std::int64_t> count;
    std::optional<std::int64_t> amountMinor;
    QString currency; // of the amount
};

// What the page header and the summary say about a report.
struct ReportHeading
{
    QString title;    // translated: "Transactions"
    QString merchant; // the shop's name
    QDate from;
    QDate to;
    QString filters; // translated, human summary of the filters; empty when none
    QDateTime generatedAt;
    QTimeZone zone = QTimeZone::utc(); // the shop's time zone: times in the files are local to it
    QLocale locale = QLocale::c();     // the report's language
};

enum class ReportKind
{
    Transactions,
    SettlementBatches, // one row per settled batch
    SettlementDays,    // settled batches added up per shop-local day
    Incidents,
    Costs,
    ChannelScorecard, // acquirer profiles and service providers compared (issue 20)
    BrandScorecard,   // terminal brands and models compared
};

// Which report, over which shop-local days (both inclusive), with which filters. The transaction filters (type,
// result, cashier) apply only to the transactions report; the terminal filter applies to every report.
struct ReportRequest
{
    ReportKind kind = ReportKind::Transactions;
    QDate from;
    QDate to;
    QString tid;
    QString cashier;
    std::optional<TxnKind> type;
    std::optional<TxnStatus> result;
};

} // namespace posdesk
