#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace posdesk::reconciliation {

// The statement layouts PosDesk reads (statements.md).
enum class StatementFormat
{
    AllinpayCsv, // 收银宝 transaction detail CSV
    UnionPayZm,  // 全渠道 ZM fixed width
    LeshuaTxt,   // 乐刷 BT/BV text
    Xls,         // Excel 97-2003 workbook, first worksheet, through a mapping or the Allinpay header
    Mapped,      // any delimited text through a ColumnMapping
};

enum class StatementType
{
    Sale,
    Void,
    Refund,
    Reversal, // reversal or cancel (冲正)
    Other,
};

enum class StatementStatus
{
    Success,
    Failed, // kept in the statement, left out of matching
};

enum class CardKind
{
    Unknown,
    Debit,
    Credit,
    Foreign,
};

// Leshua's 资金流向; None where the format has no such column.
enum class FundFlow
{
    None,
    In,       // 进账
    Out,      // 出账
    Frozen,   // 冻结
    Unfrozen, // 解冻
    Refund,   // 退款
};

enum class TextEncoding
{
    Utf8,
    Utf8WithBom,
    Gb18030,  // GBK is a subset
    Workbook, // .xls: cells carry their own Unicode text
};

// One statement line normalised for matching. Signs: amountFen is the transaction's amount, never negative (the
// type says which way it went); feeFen > 0 is a fee charged to the merchant (< 0: fee given back); netFen > 0 is
// money credited to the merchant.
struct StatementRow
{
    QString mid;
    QString tid;
    std::optional<int> batch;
    std::optional<int> stan;
    QString rrn;
    QString authCode;
    QString maskedPan; // first 6 + last 4 at most; never a full card number
    CardKind cardKind = CardKind::Unknown;
    StatementType type = StatementType::Other;
    QString typeText; // the file's own type code or text
    std::int64_t amountFen = 0;
    std::optional<std::int64_t> feeFen;
    std::optional<std::int64_t> netFen;
    std::optional<int> feeRateBp; // Leshua 费率, in 1/10,000
    QString orderNo;              // merchant order number
    QString acquirerRef;          // the acquirer's own unique reference (交易单号, 查询流水号)
    QString originalRef;          // original RRN / order / reference of a void or refund
    std::optional<int> originalStan;
    QDateTime transactionTime; // in the zone the file implies (Beijing time unless the mapping says otherwise)
    QDate settlementDate;
    StatementStatus status = StatementStatus::Success;
    FundFlow fundFlow = FundFlow::None;
    int line = 0; // 1-based line (or worksheet row) in the file
};

// Totals as the file states them on its totals line, when it has one.
struct StatementTotals
{
    std::optional<int> count;
    std::optional<std::int64_t> amountFen;
    std::optional<std::int64_t> feeFen;
    std::optional<std::int64_t> netFen;
    int line = 0;
};

struct ParsedStatement
{
    StatementFormat format = StatementFormat::Mapped;
    QList<StatementRow> rows;
    TextEncoding encoding = TextEncoding::Utf8;
    QByteArray sha256; // of the file's bytes, hex; the same file imported twice has the same hash
    std::optional<StatementTotals> totals;
    QStringList problems; // "line N: …" for what was accepted but deserves a look (unknown type, full PAN masked)
};

QString formatName(StatementFormat format);
QString typeName(StatementType type);

} // namespace posdesk::reconciliation
