#pragma once

// Internal to core/reconciliation: one reader per layout, all feeding the same ParseContext.

#include "reconciliation/ColumnMapping.h"
#include "reconciliation/StatementParser.h"
#include "reconciliation/StatementText.h"

#include <QList>
#include <QTimeZone>

namespace posdesk::reconciliation::detail {

// Collects rows and problems; a reader stops adding rows once a problem is seen but keeps finding problems.
struct ParseContext
{
    ParsedStatement out;
    QList<text::LineProblem> problems;
    int problemCount = 0;
    StatementOptions options;
    QTimeZone zone;

    void fail(int line, const QString &reason);
    void note(int line, const QString &reason) { out.problems.append(text::lineReason(line, reason)); }
    bool failed() const { return problemCount > 0; }
};

// Reads records whose header is at headerIndex (-1: columns by index only) through mapping.
void readTable(const QList<text::Record> &records, qsizetype headerIndex, const ColumnMapping &mapping,
               ParseContext &ctx);
// The index of the record that carries the Allinpay header, or -1.
qsizetype findAllinpayHeader(const QList<text::Record> &records);

void readAllinpayCsv(QByteArrayView bytes, ParseContext &ctx);
void readMappedCsv(QByteArrayView bytes, const ColumnMapping &mapping, ParseContext &ctx);
void readLeshuaTxt(QByteArrayView bytes, ParseContext &ctx);
void readUnionPayZm(QByteArrayView bytes, ParseContext &ctx);
void readXls(QByteArrayView bytes, const ColumnMapping *mapping, ParseContext &ctx);

// Decodes the whole file after detecting its encoding; false (with a problem recorded) when it cannot.
bool decodeWhole(QByteArrayView bytes, ParseContext &ctx, QString &textOut);

} // namespace posdesk::reconciliation::detail
