// Excel 97-2003 workbooks through FreeXL: the first worksheet becomes records of cell text.

#include "reconciliation/Readers.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryFile>

#include <freexl.h>

#include <cmath>

namespace posdesk::reconciliation::detail {

namespace {

class Workbook
{
public:
    ~Workbook()
    {
        if (m_handle)
            freexl_close(m_handle);
    }
    int open(const QByteArray &path) { return freexl_open(path.constData(), &m_handle); }
    const void *handle() const { return m_handle; }

private:
    const void *m_handle = nullptr;
};

// A number cell as the text a person typed: integers without a decimal point, others in their shortest form, so
// that 12.34 stays "12.34" and strict amount parsing decides (never rounding a binary fraction).
QString numberText(double d)
{
    if (!std::isfinite(d))
        return QStringLiteral("NaN");
    if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'f', QLocale::FloatingPointShortest);
}

bool readCells(const void *h, QList<text::Record> &records, ParseContext &ctx)
{
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(h, 0) != FREEXL_OK ||
        freexl_worksheet_dimensions(h, &rows, &columns) != FREEXL_OK) {
        ctx.fail(1, QCoreApplication::translate("posdesk::StatementParser", "the workbook has no worksheet to read"));
        return false;
    }
    if (qint64(rows) * columns > 50'000'000) {
        ctx.fail(1, QCoreApplication::translate("posdesk::StatementParser",
                                                "the worksheet is too large (%1 rows × %2 columns)")
                        .arg(rows)
                        .arg(columns));
        return false;
    }
    for (unsigned int r = 0; r < rows; ++r) {
        text::Record rec;
        rec.line = int(r) + 1;
        bool any = false;
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(h, r, c, &cell) != FREEXL_OK) {
                ctx.fail(rec.line,
                         QCoreApplication::translate("posdesk::StatementParser", "cell %1 cannot be read").arg(c + 1));
                return false;
            }
            QString v;
            switch (cell.type) {
            case FREEXL_CELL_INT:
                v = QString::number(cell.value.int_value);
                break;
            case FREEXL_CELL_DOUBLE:
                v = numberText(cell.value.double_value);
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
            case FREEXL_CELL_TIME:
                v = text::cleanCell(QString::fromUtf8(cell.value.text_value));
                break;
            default:
                break;
            }
            any |= !v.isEmpty();
            rec.cells.append(v);
        }
        if (any)
            records.append(rec);
    }
    return true;
}

} // namespace

void readXls(QByteArrayView bytes, const ColumnMapping *mapping, ParseContext &ctx)
{
    ctx.out.encoding = TextEncoding::Workbook;
    if (!bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        ctx.fail(1, QCoreApplication::translate(
                        "posdesk::StatementParser",
                        "the file is not an Excel 97-2003 workbook (.xls); an .xlsx or CSV file needs its own format"));
        return;
    }
    // FreeXL reads from a path only.
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/posdesk-statement-XXXXXX.xls"));
    if (!file.open() || file.write(bytes.data(), bytes.size()) != bytes.size() || !file.flush()) {
        ctx.fail(1, QCoreApplication::translate(
                        "posdesk::StatementParser",
                        "no temporary file to read the workbook from; check the free space of the temporary folder"));
        return;
    }
    Workbook book;
    if (const int rc = book.open(QFile::encodeName(file.fileName())); rc != FREEXL_OK) {
        ctx.fail(1, QCoreApplication::translate("posdesk::StatementParser",
                                                "the workbook is damaged or protected (FreeXL error %1)")
                        .arg(rc));
        return;
    }
    QList<text::Record> records;
    if (!readCells(book.handle(), records, ctx))
        return;
    if (mapping) {
        qsizetype header = -1;
        qsizetype firstData = 0;
        while (firstData < records.size() && records[firstData].line <= mapping->headerLines)
            ++firstData;
        if (mapping->headerLines > 0) {
            if (firstData == 0) {
                ctx.fail(1, QCoreApplication::translate("posdesk::StatementParser",
                                                        "the header row the mapping expects is missing"));
                return;
            }
            header = firstData - 1;
            readTable(records, header, *mapping, ctx);
        } else {
            readTable(records.mid(firstData), -1, *mapping, ctx);
        }
        return;
    }
    const qsizetype header = findAllinpayHeader(records);
    if (header < 0) {
        ctx.fail(
            records.isEmpty() ? 1 : records.first().line,
            QCoreApplication::translate(
                "posdesk::StatementParser",
                "no Allinpay header row (商户号, 终端号, 交易金额 …) in the first 10 rows; choose a column mapping "
                "for this workbook"));
        return;
    }
    readTable(records, header, ColumnMapping::allinpay(), ctx);
}

} // namespace posdesk::reconciliation::detail
