#pragma once

#include "reconciliation/Statement.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

// Building blocks shared by the statement readers: encoding, strict numbers, card-number masking, delimited text.
namespace posdesk::reconciliation::text {

// A failure on one line; the parsers collect these and refuse the file.
struct LineProblem
{
    int line = 0;
    QString reason;
};

// UTF-8 with a BOM, valid UTF-8, else GB18030 (GBK is a subset). Refuses UTF-16 and bytes that are neither, naming
// the first line where they go wrong.
struct Detected
{
    TextEncoding encoding = TextEncoding::Utf8;
    qsizetype bodyOffset = 0; // after the BOM
};
std::optional<LineProblem> detectEncoding(QByteArrayView bytes, Detected &out);
// Decodes one slice strictly; nullopt when the bytes are not valid in that encoding.
std::optional<QString> decode(QByteArrayView bytes, TextEncoding encoding);

// Splits into lines at LF, CRLF or CR; the last line may lack its terminator. Line numbers are 1-based indexes.
QList<QByteArrayView> splitLines(QByteArrayView body);

// "12.34" → 1234. A sign may lead; more than two decimals, letters, empty text or (unless allowed) grouping commas
// are refused with a reason.
Result<std::int64_t> parseYuan(const QString &text, bool allowThousands = false);
// "1234" → 1234 (an optional leading sign).
Result<std::int64_t> parseFen(const QString &text);
// A non-negative decimal integer that fits in int.
Result<int> parseCount(const QString &text);

// First 6 + last 4 of a full card number; an already-masked number stays (unless it shows more than 10 digits).
// Refuses anything else that is not a card number.
struct MaskedPan
{
    QString pan;
    bool wasFull = false;
};
Result<MaskedPan> maskPan(const QString &text);

// One delimited record (RFC 4180 quotes), with the 1-based line it starts on. Cells are trimmed, and the spreadsheet
// guards exporters put around codes (="…", a leading tab or apostrophe) are removed.
struct Record
{
    QStringList cells;
    int line = 0;
};
// Splits decoded text into records; fails on an unterminated quote (a truncated file).
std::optional<LineProblem> splitDelimited(const QString &text, QChar delimiter, QList<Record> &records);
QString cleanCell(QString cell);

QString lineReason(int line, const QString &reason);

} // namespace posdesk::reconciliation::text
