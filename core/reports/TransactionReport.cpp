#include "reports/TransactionReport.h"

#include <QCoreApplication>
#include <QSqlError>

#ifdef POSDESK_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace posdesk {

namespace {

enum Col
{
    Time,
    Tid,
    MerchantName,
    BatchNo,
    Stan,
    Type,
    Outcome,
    Amount,
    Currency,
    Card,
    Scheme,
    Entry,
    Rrn,
    Auth,
    Response,
    Cashier
};

std::vector<ReportColumn> transactionColumns()
{
    return {
        {QStringLiteral("time"), QCoreApplication::translate("posdesk::TransactionReport", "Time"),
         ColumnType::DateTime, 19},
        {QStringLiteral("tid"), QCoreApplication::translate("posdesk::TransactionReport", "Terminal"), ColumnType::Text,
         10},
        {QStringLiteral("merchant"), QCoreApplication::translate("posdesk::TransactionReport", "Merchant"),
         ColumnType::Text, 20},
        {QStringLiteral("batch"), QCoreApplication::translate("posdesk::TransactionReport", "Batch"),
         ColumnType::Integer, 7},
        {QStringLiteral("stan"), QCoreApplication::translate("posdesk::TransactionReport", "Trace no."),
         ColumnType::Integer, 8},
        {QStringLiteral("type"), QCoreApplication::translate("posdesk::TransactionReport", "Type"), ColumnType::Text,
         8},
        {QStringLiteral("result"), QCoreApplication::translate("posdesk::TransactionReport", "Result"),
         ColumnType::Text, 9},
        {QStringLiteral("amount"), QCoreApplication::translate("posdesk::TransactionReport", "Amount"),
         ColumnType::Money, 12},
        {QStringLiteral("currency"), QCoreApplication::translate("posdesk::TransactionReport", "Currency"),
         ColumnType::Text, 6},
        {QStringLiteral("card"), QCoreApplication::translate("posdesk::TransactionReport", "Card"), ColumnType::Text,
         19},
        {QStringLiteral("scheme"), QCoreApplication::translate("posdesk::TransactionReport", "Card scheme"),
         ColumnType::Text, 12},
        {QStringLiteral("entry"), QCoreApplication::translate("posdesk::TransactionReport", "Entry mode"),
         ColumnType::Text, 10},
        {QStringLiteral("rrn"), QCoreApplication::translate("posdesk::TransactionReport", "Reference no."),
         ColumnType::Text, 12},
        {QStringLiteral("auth"), QCoreApplication::translate("posdesk::TransactionReport", "Auth code"),
         ColumnType::Text, 8},
        {QStringLiteral("response"), QCoreApplication::translate("posdesk::TransactionReport", "Response code"),
         ColumnType::Text, 6},
        {QStringLiteral("cashier"), QCoreApplication::translate("posdesk::TransactionReport", "Cashier"),
         ColumnType::Text, 10},
    };
}

// The string inside a driver's value (both drivers give text columns as QString).
QString stringOf(const QVariant &v)
{
    return v.metaType().id() == QMetaType::QString ? *static_cast<const QString *>(v.constData()) : v.toString();
}

// The driver's string as it is, without the copy QVariant::toString() makes.
void setTextOrNull(ReportCell &cell, const QVariant &v)
{
    if (v.isNull()) {
        cell.clear();
        return;
    }
    cell.null = false;
    if (v.metaType().id() == QMetaType::QString)
        cell.text = *static_cast<const QString *>(v.constData());
    else
        cell.text = v.toString();
}

} // namespace

TransactionReport::TransactionReport(Database &db, const ReportRequest &request, const QTimeZone &zone,
                                     std::optional<Id> terminalId)
    : ReportSource(db, QCoreApplication::translate("posdesk::TransactionReport", "Transactions"), transactionColumns())
{
    // Translated once here, not once per row.
    m_kindText = {
        {QStringLiteral("sale"), QCoreApplication::translate("posdesk::TransactionReport", "sale")},
        {QStringLiteral("void"), QCoreApplication::translate("posdesk::TransactionReport", "void")},
        {QStringLiteral("refund"), QCoreApplication::translate("posdesk::TransactionReport", "refund")},
        {QStringLiteral("cash"), QCoreApplication::translate("posdesk::TransactionReport", "cash")},
    };
    m_statusText = {
        {QStringLiteral("pending"), QCoreApplication::translate("posdesk::TransactionReport", "pending")},
        {QStringLiteral("approved"), QCoreApplication::translate("posdesk::TransactionReport", "approved")},
        {QStringLiteral("declined"), QCoreApplication::translate("posdesk::TransactionReport", "declined")},
        {QStringLiteral("in-doubt"), QCoreApplication::translate("posdesk::TransactionReport", "in doubt")},
        {QStringLiteral("reversed"), QCoreApplication::translate("posdesk::TransactionReport", "reversed")},
        {QStringLiteral("voided"), QCoreApplication::translate("posdesk::TransactionReport", "voided")},
    };
    m_entryText = {
        {QStringLiteral("contactless"), QCoreApplication::translate("posdesk::TransactionReport", "contactless")},
        {QStringLiteral("chip"), QCoreApplication::translate("posdesk::TransactionReport", "chip")},
        {QStringLiteral("swipe"), QCoreApplication::translate("posdesk::TransactionReport", "swipe")},
        {QStringLiteral("manual"), QCoreApplication::translate("posdesk::TransactionReport", "keyed")},
    };

    const MsRange range = localDaysToUtc(request.from, request.to, zone);
    QString sql = QStringLiteral(
        "SELECT t.created_at, t.terminal_id, t.batch_no, t.stan, t.kind, t.status, t.amount_minor, t.currency, "
        "t.pan_masked, t.card_scheme, t.entry_mode, t.rrn, t.auth_code, t.response_code, t.cashier "
        "FROM transactions t WHERE t.created_at >= ? AND t.created_at < ?");
    QVariantList binds{qlonglong(range.start), qlonglong(range.end)};
    if (terminalId) {
        sql += QStringLiteral(" AND t.terminal_id = ?");
        binds << qlonglong(*terminalId);
    }
    if (!request.cashier.isEmpty()) {
        sql += QStringLiteral(" AND t.cashier = ?");
        binds << request.cashier;
    }
    if (request.type) {
        sql += QStringLiteral(" AND t.kind = ?");
        binds << toKey(*request.type);
    }
    if (request.result) {
        sql += QStringLiteral(" AND t.status = ?");
        binds << toKey(*request.result);
    }
    // The created_at index gives this order without a sort, so the first row comes at once.
    sql += QStringLiteral(" ORDER BY t.created_at, t.id");
    setQuery(sql, binds);
}

Status TransactionReport::prepare()
{
    QSqlQuery q(database().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT t.id, t.tid, m.name FROM terminals t JOIN merchants m ON m.id = t.merchant_id")))
        return database().errorFrom(
            q.lastError(), QCoreApplication::translate("posdesk::TransactionReport", "reading the terminals' names"));
    m_terminals.clear();
    while (q.next())
        m_terminals.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    return {};
}

const TransactionReport::TerminalNames &TransactionReport::namesOf(Id terminal)
{
    const auto it = m_terminals.constFind(terminal);
    // A terminal added after the names were read (and before the rows): left blank rather than guessed.
    return it == m_terminals.constEnd() ? m_unknownTerminal : *it;
}

const QString &TransactionReport::textOf(const std::vector<KeyText> &table, const QString &key)
{
    for (const KeyText &k : table) {
        if (k.key == key)
            return k.text;
    }
    return key; // a value this version does not know is shown as stored
}

void TransactionReport::fill(const QSqlQuery &q, ReportRow &row)
{
    row[Time].setNumber(q.value(0).toLongLong());
    const TerminalNames &names = namesOf(q.value(1).toLongLong());
    row[Tid].setText(names.tid);
    row[MerchantName].setText(names.merchant);
    row[BatchNo].setNumber(q.value(2).toLongLong());
    row[Stan].setNumber(q.value(3).toLongLong());
    const QString kindKey = stringOf(q.value(4));
    const QString statusKey = stringOf(q.value(5));
    row[Type].setText(textOf(m_kindText, kindKey));
    row[Outcome].setText(textOf(m_statusText, statusKey));
    const std::int64_t minor = q.value(6).toLongLong();
    setTextOrNull(row[Currency], q.value(7));
    row[Amount].setMoney(minor, row[Currency].text);
    setTextOrNull(row[Card], q.value(8));
    setTextOrNull(row[Scheme], q.value(9));
    const QVariant entry = q.value(10);
    if (entry.isNull())
        row[Entry].clear();
    else
        row[Entry].setText(textOf(m_entryText, stringOf(entry)));
    setTextOrNull(row[Rrn], q.value(11));
    setTextOrNull(row[Auth], q.value(12));
    setTextOrNull(row[Response], q.value(13));
    setTextOrNull(row[Cashier], q.value(14));
    count(kindKey, statusKey, minor, row[Currency].text);
}

void TransactionReport::count(const QString &kind, const QString &status, std::int64_t minor, const QString &currency)
{
    ++m_rows;
    if (!m_lastSums || currency != m_lastCurrency) {
        m_lastCurrency = currency;
        m_lastSums = &m_sums[currency];
    }
    Sums &s = *m_lastSums;
    if (status == u"declined") {
        ++s.declined;
        return;
    }
    // The same rule as the dashboard's net: a sale later voided was approved and stays counted, its void subtracts.
    if (kind == u"sale" && (status == u"approved" || status == u"voided")) {
        ++s.saleCount;
        s.saleMinor += minor;
    } else if (status != u"approved") {
        return;
    } else if (kind == u"void") {
        ++s.voidCount;
        s.voidMinor += minor;
    } else if (kind == u"refund") {
        ++s.refundCount;
        s.refundMinor += minor;
    } else if (kind == u"cash") {
        ++s.cashCount;
        s.cashMinor += minor;
    }
}

std::vector<ReportTotal> TransactionReport::totals() const
{
    std::vector<ReportTotal> out;
    out.push_back({QCoreApplication::translate("posdesk::TransactionReport", "Transactions listed"), m_rows, {}, {}});
    // An empty period still shows its zeros, in the shop's currency.
    const std::map<QString, Sums> none{{QStringLiteral("CNY"), Sums{}}};
    const auto &sums = m_sums.empty() ? none : m_sums;
    const bool several = sums.size() > 1;
    for (const auto &[currency, s] : sums) {
        auto label = [&](const QString &l) {
            return labelForCurrency(l, currency, several);
        };
        out.push_back({label(QCoreApplication::translate("posdesk::TransactionReport", "Approved sales")), s.saleCount,
                       s.saleMinor, currency});
        out.push_back({label(QCoreApplication::translate("posdesk::TransactionReport", "Voids")), s.voidCount,
                       s.voidMinor, currency});
        out.push_back({label(QCoreApplication::translate("posdesk::TransactionReport", "Refunds")), s.refundCount,
                       s.refundMinor, currency});
        out.push_back({label(QCoreApplication::translate("posdesk::TransactionReport", "Net card sales")),
                       {},
                       s.saleMinor - s.voidMinor - s.refundMinor,
                       currency});
        if (s.cashCount > 0)
            out.push_back({label(QCoreApplication::translate("posdesk::TransactionReport", "Cash fall-back sales")),
                           s.cashCount, s.cashMinor, currency});
        out.push_back(
            {label(QCoreApplication::translate("posdesk::TransactionReport", "Declined")), s.declined, {}, {}});
    }
    return out;
}

#ifdef POSDESK_SQLITE_DIRECT
namespace {
// A text column as SQLite holds it (UTF-8), into the cell; SQL NULL leaves the cell empty.
void setSqliteText(ReportCell &cell, sqlite3_stmt *st, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    if (!text) {
        cell.clear();
        return;
    }
    cell.null = false;
    cell.text = QString::fromUtf8(text, sqlite3_column_bytes(st, column));
}

QString sqliteString(sqlite3_stmt *st, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(st, column)) : QString();
}
} // namespace

#endif

// The same columns as fill(), read from SQLite's statement.
void TransactionReport::fillSqlite(sqlite3_stmt *st, ReportRow &row)
{
#ifdef POSDESK_SQLITE_DIRECT
    row[Time].setNumber(sqlite3_column_int64(st, 0));
    const TerminalNames &names = namesOf(sqlite3_column_int64(st, 1));
    row[Tid].setText(names.tid);
    row[MerchantName].setText(names.merchant);
    row[BatchNo].setNumber(sqlite3_column_int64(st, 2));
    row[Stan].setNumber(sqlite3_column_int64(st, 3));
    const QString kindKey = sqliteString(st, 4);
    const QString statusKey = sqliteString(st, 5);
    row[Type].setText(textOf(m_kindText, kindKey));
    row[Outcome].setText(textOf(m_statusText, statusKey));
    const std::int64_t minor = sqlite3_column_int64(st, 6);
    setSqliteText(row[Currency], st, 7);
    row[Amount].setMoney(minor, row[Currency].text);
    setSqliteText(row[Card], st, 8);
    setSqliteText(row[Scheme], st, 9);
    if (sqlite3_column_type(st, 10) == SQLITE_NULL)
        row[Entry].clear();
    else
        row[Entry].setText(textOf(m_entryText, sqliteString(st, 10)));
    setSqliteText(row[Rrn], st, 11);
    setSqliteText(row[Auth], st, 12);
    setSqliteText(row[Response], st, 13);
    setSqliteText(row[Cashier], st, 14);
    count(kindKey, statusKey, minor, row[Currency].text);
#else
    Q_UNUSED(st);
    Q_UNUSED(row);
#endif
}

} // namespace posdesk
