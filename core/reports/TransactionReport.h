#pragma once

#include "reports/ReportSource.h"

#include <QHash>

#include <vector>

#include <map>

namespace posdesk {

// Every transaction in a period, oldest first, optionally of one terminal, cashier, type or result.
// Totals: approved sales (voided ones included, as the void is counted separately), voids, refunds, the net
// amount (as the dashboard counts it), declines and cash fall-backs.
class TransactionReport final : public ReportSource
{
public:
    // terminalId: the terminal filter already resolved from its TID.
    TransactionReport(Database &db, const ReportRequest &request, const QTimeZone &zone, std::optional<Id> terminalId);

    std::vector<ReportTotal> totals() const override;

protected:
    Status prepare() override;
    void fill(const QSqlQuery &query, ReportRow &row) override;
    bool readsSqliteDirectly() const override { return true; }
    void fillSqlite(sqlite3_stmt *stmt, ReportRow &row) override;

private:
    struct Sums
    {
        std::int64_t saleCount = 0;
        std::int64_t saleMinor = 0;
        std::int64_t voidCount = 0;
        std::int64_t voidMinor = 0;
        std::int64_t refundCount = 0;
        std::int64_t refundMinor = 0;
        std::int64_t cashCount = 0;
        std::int64_t cashMinor = 0;
        std::int64_t declined = 0;
    };
    // A stored key and its translation; a handful per column, compared in order (cheaper than hashing per row).
    struct KeyText
    {
        QString key;
        QString text;
    };
    static const QString &textOf(const std::vector<KeyText> &table, const QString &key);
    struct TerminalNames
    {
        QString tid;
        QString merchant;
    };
    const TerminalNames &namesOf(Id terminal);
    void count(const QString &kind, const QString &status, std::int64_t minor, const QString &currency);

    std::vector<KeyText> m_kindText;
    std::vector<KeyText> m_statusText;
    std::vector<KeyText> m_entryText;
    // TID and merchant of each terminal, read once before the rows: a few terminals, a million rows.
    QHash<Id, TerminalNames> m_terminals;
    TerminalNames m_unknownTerminal;
    std::int64_t m_rows = 0;
    std::map<QString, Sums> m_sums;
    QString m_lastCurrency;
    Sums *m_lastSums = nullptr;
};

} // namespace posdesk
