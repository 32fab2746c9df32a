#include "reports/SettlementReport.h"

#include <QCoreApplication>

namespace posdesk {

namespace {

// Batches carry no currency: a terminal settles in the shop's currency.
const QString kCurrency = QStringLiteral("CNY");

enum BatchCol
{
    Tid,
    MerchantName,
    BatchNo,
    Opened,
    Closed,
    BSaleCount,
    BSaleAmount,
    BRefundCount,
    BRefundAmount,
    BNet,
    Verdict
};
enum DayCol
{
    Day,
    Batches,
    DSaleCount,
    DSaleAmount,
    DRefundCount,
    DRefundAmount,
    DNet
};

std::vector<ReportColumn> amountColumns()
{
    return {
        {QStringLiteral("sales"), QCoreApplication::translate("posdesk::SettlementReport", "Sales"),
         ColumnType::Integer, 8},
        {QStringLiteral("salesAmount"), QCoreApplication::translate("posdesk::SettlementReport", "Sales amount"),
         ColumnType::Money, 14},
        {QStringLiteral("refunds"), QCoreApplication::translate("posdesk::SettlementReport", "Refunds"),
         ColumnType::Integer, 8},
        {QStringLiteral("refundsAmount"), QCoreApplication::translate("posdesk::SettlementReport", "Refunds amount"),
         ColumnType::Money, 14},
        {QStringLiteral("net"), QCoreApplication::translate("posdesk::SettlementReport", "Net amount"),
         ColumnType::Money, 14},
    };
}

std::vector<ReportColumn> columnsFor(SettlementReport::Grouping grouping)
{
    std::vector<ReportColumn> out;
    if (grouping == SettlementReport::Grouping::PerBatch) {
        out = {
            {QStringLiteral("tid"), QCoreApplication::translate("posdesk::SettlementReport", "Terminal"),
             ColumnType::Text, 10},
            {QStringLiteral("merchant"), QCoreApplication::translate("posdesk::SettlementReport", "Merchant"),
             ColumnType::Text, 20},
            {QStringLiteral("batch"), QCoreApplication::translate("posdesk::SettlementReport", "Batch"),
             ColumnType::Integer, 7},
            {QStringLiteral("opened"), QCoreApplication::translate("posdesk::SettlementReport", "Opened"),
             ColumnType::DateTime, 19},
            {QStringLiteral("settled"), QCoreApplication::translate("posdesk::SettlementReport", "Settled"),
             ColumnType::DateTime, 19},
        };
    } else {
        out = {
            {QStringLiteral("day"), QCoreApplication::translate("posdesk::SettlementReport", "Day"), ColumnType::Date,
             11},
            {QStringLiteral("batches"), QCoreApplication::translate("posdesk::SettlementReport", "Batches"),
             ColumnType::Integer, 8},
        };
    }
    for (ReportColumn &c : amountColumns())
        out.push_back(std::move(c));
    if (grouping == SettlementReport::Grouping::PerBatch)
        out.push_back({QStringLiteral("verdict"),
                       QCoreApplication::translate("posdesk::SettlementReport", "Host result"), ColumnType::Text, 14});
    return out;
}

QString titleFor(SettlementReport::Grouping grouping)
{
    return grouping == SettlementReport::Grouping::PerBatch
               ? QCoreApplication::translate("posdesk::SettlementReport", "Settlement per batch")
               : QCoreApplication::translate("posdesk::SettlementReport", "Settlement per day");
}

} // namespace

void SettlementReport::Sums::add(const Sums &o)
{
    batches += o.batches;
    saleCount += o.saleCount;
    saleMinor += o.saleMinor;
    refundCount += o.refundCount;
    refundMinor += o.refundMinor;
}

SettlementReport::SettlementReport(Database &db, const ReportRequest &request, const QTimeZone &zone,
                                   std::optional<Id> terminalId, Grouping grouping)
    : ReportSource(db, titleFor(grouping), columnsFor(grouping)), m_grouping(grouping), m_formatter(zone)
{
    m_verdictText = {
        {QStringLiteral("balanced"), QCoreApplication::translate("posdesk::SettlementReport", "balanced")},
        {QStringLiteral("uploaded"), QCoreApplication::translate("posdesk::SettlementReport", "uploaded")},
        {QStringLiteral("uploaded-balanced"),
         QCoreApplication::translate("posdesk::SettlementReport", "balanced after upload")},
    };
    const MsRange range = localDaysToUtc(request.from, request.to, zone);
    QString sql = QStringLiteral(
        "SELECT term.tid, b.batch_no, b.opened_at, b.closed_at, b.sale_count, b.sale_minor, b.refund_count, "
        "b.refund_minor, b.host_result, m.name FROM batches b JOIN terminals term ON term.id = b.terminal_id "
        "JOIN merchants m ON m.id = term.merchant_id "
        "WHERE b.state = 'closed' AND b.closed_at >= ? AND b.closed_at < ?");
    QVariantList binds{qlonglong(range.start), qlonglong(range.end)};
    if (terminalId) {
        sql += QStringLiteral(" AND b.terminal_id = ?");
        binds << qlonglong(*terminalId);
    }
    sql += QStringLiteral(" ORDER BY b.closed_at, b.id");
    setQuery(sql, binds);
}

SettlementReport::Sums SettlementReport::sumsOf(const QSqlQuery &q) const
{
    Sums s;
    s.batches = 1;
    s.saleCount = q.value(4).toLongLong();
    s.saleMinor = q.value(5).toLongLong();
    s.refundCount = q.value(6).toLongLong();
    s.refundMinor = q.value(7).toLongLong();
    return s;
}

void SettlementReport::fill(const QSqlQuery &q, ReportRow &row)
{
    const Sums s = sumsOf(q);
    m_total.add(s);
    row[Tid].setText(q.value(0).toString());
    row[MerchantName].setText(q.value(9).toString());
    row[BatchNo].setNumber(q.value(1).toLongLong());
    row[Opened].setNumber(q.value(2).toLongLong());
    row[Closed].setNumber(q.value(3).toLongLong());
    row[BSaleCount].setNumber(s.saleCount);
    row[BSaleAmount].setMoney(s.saleMinor, kCurrency);
    row[BRefundCount].setNumber(s.refundCount);
    row[BRefundAmount].setMoney(s.refundMinor, kCurrency);
    row[BNet].setMoney(s.saleMinor - s.refundMinor, kCurrency);
    const QString verdict = q.value(8).toString();
    row[Verdict].setText(m_verdictText.value(verdict, verdict));
}

void SettlementReport::fillDay(const QDate &day, const Sums &s, ReportRow &row) const
{
    row[Day].setNumber(day.toJulianDay());
    row[Batches].setNumber(s.batches);
    row[DSaleCount].setNumber(s.saleCount);
    row[DSaleAmount].setMoney(s.saleMinor, kCurrency);
    row[DRefundCount].setNumber(s.refundCount);
    row[DRefundAmount].setMoney(s.refundMinor, kCurrency);
    row[DNet].setMoney(s.saleMinor - s.refundMinor, kCurrency);
}

Result<bool> SettlementReport::next(ReportRow &row)
{
    if (m_grouping == Grouping::PerBatch)
        return ReportSource::next(row);
    row.resize(columns().size());
    // Batches come in closing order: a day ends where the next day's first batch begins.
    QDate day = m_pendingDay;
    Sums sums = m_pending;
    bool have = m_havePending;
    m_havePending = false;
    for (;;) {
        auto more = advance();
        if (!more)
            return more.error();
        if (!*more)
            break;
        const QDate d = m_formatter.localDate(query().value(3).toLongLong());
        const Sums s = sumsOf(query());
        m_total.add(s);
        if (have && d != day) {
            m_havePending = true;
            m_pendingDay = d;
            m_pending = s;
            break;
        }
        if (!have) {
            day = d;
            sums = Sums{};
            have = true;
        }
        sums.add(s);
    }
    if (!have)
        return false;
    fillDay(day, sums, row);
    return true;
}

std::vector<ReportTotal> SettlementReport::totals() const
{
    return {
        {QCoreApplication::translate("posdesk::SettlementReport", "Batches settled"), m_total.batches, {}, {}},
        {QCoreApplication::translate("posdesk::SettlementReport", "Sales total"), m_total.saleCount, m_total.saleMinor,
         kCurrency},
        {QCoreApplication::translate("posdesk::SettlementReport", "Refunds total"), m_total.refundCount,
         m_total.refundMinor, kCurrency},
        {QCoreApplication::translate("posdesk::SettlementReport", "Net amount"),
         {},
         m_total.saleMinor - m_total.refundMinor,
         kCurrency},
    };
}

} // namespace posdesk
