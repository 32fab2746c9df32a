// Rows of cells (CSV, Leshua BV lines, an .xls worksheet) through a ColumnMapping into StatementRows.

#include "reconciliation/Readers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace posdesk::reconciliation::detail {

namespace {

// "交易金额(元)" and "交易金额" are the same column; case and surrounding blanks do not matter.
QString headerKey(QString name)
{
    name = text::cleanCell(name);
    if (name.startsWith(QChar(0xFEFF)))
        name.remove(0, 1);
    static const QRegularExpression unit(QStringLiteral("\\s*[(（][^()（）]*[)）]\\s*$"));
    name.remove(unit);
    return name.trimmed().toCaseFolded();
}

struct Resolved
{
    StatementField field;
    int column = -1; // -1: optional column absent
};

QString displayName(const ColumnRef &ref)
{
    if (!ref.names.isEmpty())
        return ref.names.join(QStringLiteral(" / "));
    return QStringLiteral("#%1").arg(ref.index + 1);
}

class RowReader
{
public:
    RowReader(const ColumnMapping &m, ParseContext &ctx, const QList<Resolved> &cols, int width)
        : m_map(m), m_ctx(ctx), m_width(width)
    {
        for (const auto &r : cols)
            m_column.insert(r.field, r.column);
    }

    bool has(StatementField f) const { return m_column.value(f, -1) >= 0; }

    QString cell(const text::Record &rec, StatementField f) const
    {
        const int c = m_column.value(f, -1);
        return c >= 0 && c < rec.cells.size() ? rec.cells[c] : QString();
    }

    std::optional<std::int64_t> amount(const QString &v, int line, const QString &what)
    {
        auto r = m_map.amountUnit == AmountUnit::Fen ? text::parseFen(v) : text::parseYuan(v, m_map.thousandsSeparator);
        if (!r) {
            m_ctx.fail(line, what + QStringLiteral(": ") + r.error().message);
            return std::nullopt;
        }
        return *r;
    }

    std::optional<QDate> date(const QString &v) const
    {
        for (const auto &f : m_map.dateFormats) {
            const QDate d = QDate::fromString(v, f);
            if (d.isValid())
                return d;
        }
        // Worksheet date cells come as ISO text whatever the mapping says.
        const QDate iso = QDate::fromString(v, Qt::ISODate);
        if (iso.isValid() && v.size() == 10)
            return iso;
        return std::nullopt;
    }

    std::optional<QTime> timeOfDay(const QString &v) const
    {
        for (const auto &f : m_map.timeFormats) {
            const QTime t = QTime::fromString(v, f);
            if (t.isValid())
                return t;
        }
        return std::nullopt;
    }

    std::optional<QDateTime> dateTime(const QString &v) const
    {
        QStringList formats = m_map.dateTimeFormats;
        formats.append(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        for (const auto &f : formats) {
            const QDateTime dt = QDateTime::fromString(v, f);
            if (dt.isValid())
                return QDateTime(dt.date(), dt.time(), m_ctx.zone);
        }
        return std::nullopt;
    }

    void read(const text::Record &rec)
    {
        const int line = rec.line;
        if (rec.cells.size() < m_width) {
            m_ctx.fail(line, QCoreApplication::translate(
                                 "posdesk::StatementParser",
                                 "the line has %1 columns where the header has %2: the line is cut short or the "
                                 "file is truncated")
                                 .arg(rec.cells.size())
                                 .arg(m_width));
            return;
        }
        const int before = m_ctx.problemCount;
        StatementRow row;
        row.line = line;
        row.mid = cell(rec, StatementField::Mid);
        row.tid = cell(rec, StatementField::Tid);
        row.rrn = cell(rec, StatementField::Rrn);
        row.authCode = cell(rec, StatementField::AuthCode);
        row.orderNo = cell(rec, StatementField::OrderNo);
        row.acquirerRef = cell(rec, StatementField::AcquirerRef);
        row.originalRef = cell(rec, StatementField::OriginalRef);
        for (auto [field, target, what] :
             {std::tuple{StatementField::Batch, &row.batch,
                         QCoreApplication::translate("posdesk::StatementParser", "batch number")},
              std::tuple{StatementField::Stan, &row.stan,
                         QCoreApplication::translate("posdesk::StatementParser", "voucher number (STAN)")},
              std::tuple{StatementField::FeeRate, &row.feeRateBp,
                         QCoreApplication::translate("posdesk::StatementParser", "fee rate")}}) {
            const QString v = cell(rec, field);
            if (v.isEmpty())
                continue;
            auto n = text::parseCount(v);
            if (n)
                *target = *n;
            else
                m_ctx.fail(line, what + QStringLiteral(": ") + n.error().message);
        }
        if (auto pan = text::maskPan(cell(rec, StatementField::Pan)); pan) {
            row.maskedPan = pan->pan;
            if (pan->wasFull)
                m_ctx.note(line,
                           QCoreApplication::translate("posdesk::StatementParser",
                                                       "the file holds a full card number; PosDesk keeps it masked"));
        } else {
            m_ctx.fail(line, pan.error().message);
        }
        const QString cardText = cell(rec, StatementField::CardType);
        row.cardKind = m_map.cardKindMap.value(cardText, CardKind::Unknown);

        const QString amountText = cell(rec, StatementField::Amount);
        bool negative = false;
        if (auto a = amount(amountText, line, QCoreApplication::translate("posdesk::StatementParser", "amount"))) {
            negative = *a < 0;
            row.amountFen = negative ? -*a : *a;
        }
        if (has(StatementField::Fee) && !cell(rec, StatementField::Fee).isEmpty())
            row.feeFen = amount(cell(rec, StatementField::Fee), line,
                                QCoreApplication::translate("posdesk::StatementParser", "fee"));
        if (has(StatementField::Net) && !cell(rec, StatementField::Net).isEmpty())
            row.netFen = amount(cell(rec, StatementField::Net), line,
                                QCoreApplication::translate("posdesk::StatementParser", "net amount"));

        row.typeText = cell(rec, StatementField::Type);
        if (!has(StatementField::Type)) {
            row.type = StatementType::Sale;
        } else if (row.typeText.isEmpty()) {
            m_ctx.fail(line, QCoreApplication::translate("posdesk::StatementParser", "the transaction type is empty"));
        } else if (auto it = m_map.typeMap.constFind(row.typeText); it != m_map.typeMap.constEnd()) {
            row.type = *it;
        } else {
            row.type = StatementType::Other;
            m_ctx.note(line,
                       QCoreApplication::translate("posdesk::StatementParser",
                                                   "the transaction type “%1” is not known; it is kept as “other”")
                           .arg(row.typeText));
        }
        if (negative && m_map.negativeAmountMeansRefund && row.type == StatementType::Sale)
            row.type = StatementType::Refund;

        readTimes(rec, row);

        const QString status = cell(rec, StatementField::Status);
        if (!status.isEmpty()) {
            if (auto it = m_map.statusMap.constFind(status); it != m_map.statusMap.constEnd())
                row.status = *it;
            else
                m_ctx.fail(line, QCoreApplication::translate(
                                     "posdesk::StatementParser",
                                     "the status “%1” is neither success nor failure; add it to the mapping")
                                     .arg(status));
        }
        const QString flow = cell(rec, StatementField::FundFlow);
        if (!flow.isEmpty()) {
            if (auto it = m_map.fundFlowMap.constFind(flow); it != m_map.fundFlowMap.constEnd())
                row.fundFlow = *it;
            else
                m_ctx.fail(line,
                           QCoreApplication::translate("posdesk::StatementParser", "the fund flow “%1” is not known")
                               .arg(flow));
        }
        if (m_ctx.problemCount == before && !m_ctx.failed())
            m_ctx.out.rows.append(row);
    }

    void readTimes(const text::Record &rec, StatementRow &row)
    {
        const int line = rec.line;
        std::optional<QDate> txDate;
        const QString dateText = cell(rec, StatementField::TransactionDate);
        if (!dateText.isEmpty()) {
            txDate = date(dateText);
            if (!txDate)
                m_ctx.fail(line,
                           QCoreApplication::translate("posdesk::StatementParser",
                                                       "the transaction date “%1” does not match the expected format")
                               .arg(dateText));
        }
        const QString settleText = cell(rec, StatementField::SettlementDate);
        if (!settleText.isEmpty()) {
            if (auto d = date(settleText))
                row.settlementDate = *d;
            else
                m_ctx.fail(line,
                           QCoreApplication::translate("posdesk::StatementParser",
                                                       "the settlement date “%1” does not match the expected format")
                               .arg(settleText));
        } else {
            row.settlementDate = m_ctx.options.statementDate;
        }
        QString timeText = cell(rec, StatementField::TransactionTime);
        if (has(StatementField::TransactionTime) && timeText.isEmpty()) {
            m_ctx.fail(line, QCoreApplication::translate("posdesk::StatementParser", "the transaction time is empty"));
            return;
        }
        if (!timeText.isEmpty()) {
            if (auto dt = dateTime(timeText)) {
                row.transactionTime = *dt;
                return;
            }
            // A time of day alone, completed by the date column.
            if (auto t = timeOfDay(timeText); t && txDate) {
                row.transactionTime = QDateTime(*txDate, *t, m_ctx.zone);
                return;
            }
            m_ctx.fail(line, QCoreApplication::translate("posdesk::StatementParser",
                                                         "the transaction time “%1” does not match the expected format")
                                 .arg(timeText));
            return;
        }
        if (!txDate) {
            m_ctx.fail(line, QCoreApplication::translate("posdesk::StatementParser", "the transaction date is empty"));
            return;
        }
        QTime t(0, 0);
        const QString todText = cell(rec, StatementField::TimeOfDay);
        if (!todText.isEmpty()) {
            if (auto tod = timeOfDay(todText))
                t = *tod;
            else
                m_ctx.fail(line, QCoreApplication::translate("posdesk::StatementParser",
                                                             "the time of day “%1” does not match the expected format")
                                     .arg(todText));
        }
        row.transactionTime = QDateTime(*txDate, t, m_ctx.zone);
    }

    void readTotals(const text::Record &rec)
    {
        StatementTotals totals;
        totals.line = rec.line;
        static const QRegularExpression count(QStringLiteral("^(?:共)?\\s*(\\d{1,9})\\s*笔$"));
        for (const auto &c : rec.cells) {
            if (auto m = count.match(c); m.hasMatch())
                totals.count = m.captured(1).toInt();
        }
        for (auto [field, target, what] :
             {std::tuple{StatementField::Amount, &totals.amountFen,
                         QCoreApplication::translate("posdesk::StatementParser", "total amount")},
              std::tuple{StatementField::Fee, &totals.feeFen,
                         QCoreApplication::translate("posdesk::StatementParser", "total fee")},
              std::tuple{StatementField::Net, &totals.netFen,
                         QCoreApplication::translate("posdesk::StatementParser", "total net amount")}}) {
            const QString v = cell(rec, field);
            if (!v.isEmpty())
                *target = amount(v, rec.line, what);
        }
        if (m_ctx.out.totals)
            m_ctx.fail(rec.line, QCoreApplication::translate(
                                     "posdesk::StatementParser",
                                     "a second totals line; the file holds two statements or was edited"));
        m_ctx.out.totals = totals;
    }

private:
    const ColumnMapping &m_map;
    ParseContext &m_ctx;
    QHash<StatementField, int> m_column;
    int m_width = 0;
};

bool isTotalsLine(const text::Record &rec, const ColumnMapping &m)
{
    for (const auto &c : rec.cells) {
        if (c.isEmpty())
            continue;
        for (const auto &marker : m.totalsMarkers) {
            if (!marker.isEmpty() && c.startsWith(marker))
                return true;
        }
        return false;
    }
    return false;
}

} // namespace

qsizetype findAllinpayHeader(const QList<text::Record> &records)
{
    const QString tid = headerKey(QStringLiteral("终端号"));
    const QString amount = headerKey(QStringLiteral("交易金额"));
    const QString mid = headerKey(QStringLiteral("商户号"));
    for (qsizetype i = 0; i < records.size() && i < 10; ++i) {
        bool hasTid = false, hasAmount = false, hasMid = false;
        for (const auto &c : records[i].cells) {
            const QString k = headerKey(c);
            hasTid |= k == tid;
            hasAmount |= k == amount;
            hasMid |= k == mid;
        }
        if (hasTid && hasAmount && hasMid)
            return i;
    }
    return -1;
}

void readTable(const QList<text::Record> &records, qsizetype headerIndex, const ColumnMapping &mapping,
               ParseContext &ctx)
{
    QList<Resolved> resolved;
    int width = 0;
    const text::Record *header = headerIndex >= 0 && headerIndex < records.size() ? &records[headerIndex] : nullptr;
    QHash<QString, int> byName;
    if (header) {
        for (int i = 0; i < header->cells.size(); ++i) {
            const QString k = headerKey(header->cells[i]);
            if (!k.isEmpty() && !byName.contains(k))
                byName.insert(k, i);
        }
    }
    for (auto it = mapping.columns.begin(); it != mapping.columns.end(); ++it) {
        const ColumnRef &ref = it.value();
        int column = -1;
        if (ref.index >= 0) {
            column = ref.index;
            if (header && column >= header->cells.size())
                column = -1;
        }
        for (const auto &name : ref.names) {
            if (column >= 0)
                break;
            column = byName.value(headerKey(name), -1);
        }
        if (column < 0 && !ref.optional) {
            ctx.fail(header ? header->line : 1,
                     QCoreApplication::translate(
                         "posdesk::StatementParser",
                         "the column “%1” is missing; check that the file and its format (or mapping) match")
                         .arg(displayName(ref)));
            continue;
        }
        if (column >= 0)
            width = std::max(width, column + 1);
        resolved.append({it.key(), column});
    }
    if (ctx.failed())
        return;
    RowReader reader(mapping, ctx, resolved, width);
    for (qsizetype i = headerIndex + 1; i < records.size(); ++i) {
        if (ctx.problems.size() >= 20)
            return;
        const auto &rec = records[i];
        if (isTotalsLine(rec, mapping))
            reader.readTotals(rec);
        else if (ctx.out.totals)
            ctx.fail(rec.line, QCoreApplication::translate(
                                   "posdesk::StatementParser",
                                   "a line follows the totals line; the file was edited or two files were joined"));
        else
            reader.read(rec);
    }
}

} // namespace posdesk::reconciliation::detail
