#pragma once

#include "reconciliation/Statement.h"
#include "util/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace posdesk::reconciliation {

// The fields a statement column can feed.
enum class StatementField
{
    Mid,
    Tid,
    Batch,
    Stan,
    Rrn,
    AuthCode,
    Pan,
    CardType,
    Type,
    Amount,
    Fee,
    Net,
    FeeRate,
    OrderNo,
    AcquirerRef,
    OriginalRef,
    TransactionTime, // date and time in one column
    TransactionDate, // or the date here and the time of day in TimeOfDay
    TimeOfDay,
    SettlementDate,
    Status,
    FundFlow,
};

// Where one field is: by header name (any of the names) or by 0-based column index.
struct ColumnRef
{
    QStringList names;
    int index = -1;
    bool optional = false; // a missing optional column leaves the field empty; a required one refuses the file

    bool isSet() const { return index >= 0 || !names.isEmpty(); }
};

enum class AmountUnit
{
    Yuan, // "12.34", at most two decimals
    Fen,  // "1234", an integer
};

// How to read "any CSV" (and an .xls worksheet): which column holds each field, units, formats and value maps.
// Saved per acquirer as JSON.
struct ColumnMapping
{
    QChar delimiter = u',';
    int headerLines = 1; // lines before the first data line; with names, the last of them holds the names
    AmountUnit amountUnit = AmountUnit::Yuan;
    bool thousandsSeparator = false; // accept "1,234.56" (only when the file documents it)
    QStringList dateTimeFormats{QStringLiteral("yyyy-MM-dd HH:mm:ss")}; // QDateTime::fromString formats
    QStringList dateFormats{QStringLiteral("yyyy-MM-dd")};
    QStringList timeFormats{QStringLiteral("HH:mm:ss")};
    QString timeZone = QStringLiteral("Asia/Shanghai");
    QHash<StatementField, ColumnRef> columns;
    QHash<QString, StatementType> typeMap;     // file's type text → type; unknown texts become Other
    QHash<QString, StatementStatus> statusMap; // file's status text → status; an unknown text refuses the line
    QHash<QString, CardKind> cardKindMap;
    QHash<QString, FundFlow> fundFlowMap;
    QStringList totalsMarkers{QStringLiteral("合计"), QStringLiteral("总计"), QStringLiteral("汇总")};
    bool negativeAmountMeansRefund = false; // some exports sign refunds instead of naming them

    // Allinpay 收银宝 detail columns (statements.md); also used to recognise an Allinpay .xls export.
    static ColumnMapping allinpay();
    // Leshua's BV columns, named by its BT header line; amounts in fen.
    static ColumnMapping leshua();

    QJsonObject toJson() const;
    static Result<ColumnMapping> fromJson(const QJsonObject &json);
    // The mapping can be applied at all: an amount, a time and a type are placed, formats are non-empty.
    Status validate() const;
};

QString fieldKey(StatementField field); // "amount", "tid" … (the JSON keys)
std::optional<StatementField> fieldFromKey(const QString &key);

} // namespace posdesk::reconciliation
