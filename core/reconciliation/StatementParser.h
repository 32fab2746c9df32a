#pragma once

#include "reconciliation/ColumnMapping.h"
#include "reconciliation/Statement.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

namespace posdesk::reconciliation {

// What a file does not say about itself.
struct StatementOptions
{
    // The statement's settlement day. UnionPay ZM times carry no year and ZM rows no settlement date: both come
    // from here (the ZM file name carries it). Other formats ignore it unless a row lacks its settlement date.
    QDate statementDate;
    // The zone the file's times are in when the format does not say (statements.md: Beijing time).
    QString timeZone = QStringLiteral("Asia/Shanghai");
};

// Reads a statement file: bytes in, normalised rows out, no database. All or nothing: when any line is malformed
// the result is a Corrupt error whose message names the first bad line and its reason and whose detail lists up to
// 20 problems as "line N: reason". Mapped needs a mapping; Xls takes one or recognises the Allinpay header.
Result<ParsedStatement> parseStatement(StatementFormat format, QByteArrayView bytes,
                                       const ColumnMapping *mapping = nullptr);
Result<ParsedStatement> parseStatement(StatementFormat format, QByteArrayView bytes, const ColumnMapping *mapping,
                                       const StatementOptions &options);

// "allinpay-csv", "unionpay-zm", "leshua-txt", "xls", "mapped" (the CLI's --format values).
std::optional<StatementFormat> formatFromName(const QString &name);

} // namespace posdesk::reconciliation
