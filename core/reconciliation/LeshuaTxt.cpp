// Leshua 乐刷 TXT: a BT line names the columns, BV lines carry the transactions (amounts in fen).

#include "reconciliation/Readers.h"

#include <QCoreApplication>

namespace posdesk::reconciliation::detail {

void readLeshuaTxt(QByteArrayView bytes, ParseContext &ctx)
{
    QString content;
    if (!decodeWhole(bytes, ctx, content))
        return;
    // The delimiter is whatever follows the BT tag of the first line.
    const QString firstLine = content.left(content.indexOf(u'\n')).trimmed();
    if (!firstLine.startsWith(QLatin1String("BT")) || firstLine.size() < 3 ||
        !QStringLiteral("|,\t;").contains(firstLine[2])) {
        const int line = 1 + int(content.left(content.indexOf(firstLine)).count(u'\n'));
        ctx.fail(line, QCoreApplication::translate(
                           "posdesk::StatementParser",
                           "a Leshua statement starts with its BT header line (BT, a delimiter, the column names); "
                           "check that this is a Leshua TXT statement"));
        return;
    }
    QList<text::Record> records;
    if (auto p = text::splitDelimited(content, firstLine[2], records)) {
        ctx.fail(p->line, p->reason);
        return;
    }
    QList<text::Record> table;
    for (auto &rec : records) {
        const QString tag = rec.cells.value(0);
        if (tag == QLatin1String("BT")) {
            if (!table.isEmpty()) {
                ctx.fail(rec.line,
                         QCoreApplication::translate("posdesk::StatementParser",
                                                     "a second BT header line; the file joins two statements"));
                return;
            }
        } else if (tag != QLatin1String("BV")) {
            ctx.fail(rec.line,
                     QCoreApplication::translate("posdesk::StatementParser",
                                                 "the line starts with “%1”; a Leshua line starts with BT or BV")
                         .arg(tag.left(8)));
            continue;
        }
        rec.cells.removeFirst();
        table.append(rec);
    }
    if (ctx.failed())
        return;
    readTable(table, 0, ColumnMapping::leshua(), ctx);
}

} // namespace posdesk::reconciliation::detail
