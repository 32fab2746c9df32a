#include "reports/XlsxReportWriter.h"

#include "money/Money.h"

#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

namespace posdesk {

namespace {

constexpr double kExcelEpochJulianDay = 2415019; // QDate(1899, 12, 30): Excel's day 0
constexpr double kDayMs = 86400000.0;
constexpr lxw_color_t kHeaderFill = 0xDDEBF7;

// Columns are measured in characters of the default font; a Chinese character takes two.
int displayWidth(const QString &s)
{
    int w = 0;
    for (QChar c : s)
        w += c.unicode() >= 0x1100 ? 2 : 1;
    return w;
}

QByteArray sheetName(const QString &title, int number)
{
    QString name = title;
    for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(bad, u' ');
    const QString suffix = number > 1 ? QStringLiteral(" (%1)").arg(number) : QString();
    name = name.left(31 - suffix.size()).trimmed() + suffix;
    if (name.isEmpty())
        name = QStringLiteral("Sheet%1").arg(number);
    return name.toUtf8();
}

} // namespace

XlsxReportWriter::XlsxReportWriter() = default;

XlsxReportWriter::~XlsxReportWriter()
{
    abandon();
}

QByteArray XlsxReportWriter::moneyFormat(const QString &currency)
{
    const int decimals = Money::decimalsOf(currency);
    QByteArray number = "#,##0";
    if (decimals > 0)
        number += '.' + QByteArray(decimals, '0');
    // The locale-tagged symbol makes Excel and LibreOffice show "¥"; other currencies carry their ISO code.
    if (currency == u"CNY")
        return "[$\xC2\xA5-804]" + number + ";-[$\xC2\xA5-804]" + number;
    const QByteArray code = currency.toLatin1();
    return number + " \"" + code + "\";-" + number + " \"" + code + '"';
}

Status XlsxReportWriter::check(int lxwError, const char *what)
{
    if (lxwError == LXW_NO_ERROR)
        return {};
    return Error::environment(
        QCoreApplication::translate("posdesk::XlsxReportWriter", "Writing the spreadsheet %1 failed.").arg(m_path),
        QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(lxw_strerror(lxw_error(lxwError)))));
}

Status XlsxReportWriter::open(const QString &path, const ReportHeading &heading,
                              const std::vector<ReportColumn> &columns)
{
    m_path = path;
    m_heading = heading;
    m_columns = columns;
    // Formats belong to one workbook: nothing of an earlier export carries over.
    m_moneyFormats.clear();
    m_lastMoneyFormat = nullptr;
    m_sheet = nullptr;
    m_sheets = 0;
    m_formatter.emplace(heading.zone);
    // libxlsxwriter opens the file only when the workbook is closed: find out now, not after a million rows, that
    // the folder cannot be written.
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::environment(QCoreApplication::translate("posdesk::XlsxReportWriter",
                                                                  "Cannot write %1. Choose a folder you may write to.")
                                          .arg(path),
                                      probe.errorString());
    }
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    m_keepAlive << QFile::encodeName(path);
    m_book = workbook_new_opt(m_keepAlive.last().constData(), &options);
    if (!m_book)
        return Error::environment(
            QCoreApplication::translate("posdesk::XlsxReportWriter", "Cannot start the spreadsheet %1.").arg(path));

    lxw_doc_properties properties = {};
    m_keepAlive << heading.title.toUtf8() << heading.merchant.toUtf8() << QByteArrayLiteral("PosDesk");
    properties.title = m_keepAlive[m_keepAlive.size() - 3].data();
    properties.company = m_keepAlive[m_keepAlive.size() - 2].data();
    properties.author = m_keepAlive.last().data();
    workbook_set_properties(m_book, &properties);

    m_headerFormat = workbook_add_format(m_book);
    format_set_bold(m_headerFormat);
    format_set_pattern(m_headerFormat, LXW_PATTERN_SOLID);
    format_set_bg_color(m_headerFormat, kHeaderFill);
    format_set_bottom(m_headerFormat, LXW_BORDER_THIN);
    m_integerFormat = workbook_add_format(m_book);
    format_set_num_format(m_integerFormat, "0");
    m_dateTimeFormat = workbook_add_format(m_book);
    format_set_num_format(m_dateTimeFormat, "yyyy-mm-dd hh:mm:ss");
    m_dateFormat = workbook_add_format(m_book);
    format_set_num_format(m_dateFormat, "yyyy-mm-dd");
    m_labelFormat = workbook_add_format(m_book);
    format_set_bold(m_labelFormat);

    if (auto s = startDataSheet(); !s)
        return s;
    m_keepAlive << sheetName(QCoreApplication::translate("posdesk::XlsxReportWriter", "Summary"), 1);
    m_summary = workbook_add_worksheet(m_book, m_keepAlive.last().constData());
    if (!m_summary)
        return check(LXW_ERROR_SHEETNAME_ALREADY_USED, "summary sheet");
    return {};
}

Status XlsxReportWriter::startDataSheet()
{
    if (m_sheet && m_row > 1)
        worksheet_autofilter(m_sheet, 0, 0, m_row - 1, lxw_col_t(m_columns.size() - 1));
    ++m_sheets;
    m_keepAlive << sheetName(m_heading.title, m_sheets);
    m_sheet = workbook_add_worksheet(m_book, m_keepAlive.last().constData());
    if (!m_sheet)
        return check(LXW_ERROR_SHEETNAME_ALREADY_USED, "data sheet");
    m_row = 0;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const ReportColumn &c = m_columns[i];
        const lxw_col_t col = lxw_col_t(i);
        const int width = std::max(c.width, displayWidth(c.title) + 3); // room for the filter button
        worksheet_set_column(m_sheet, col, col, width, nullptr);
        if (auto s =
                check(worksheet_write_string(m_sheet, 0, col, c.title.toUtf8().constData(), m_headerFormat), "header");
            !s)
            return s;
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
    return {};
}

lxw_format *XlsxReportWriter::moneyFormatFor(const QString &currency)
{
    auto it = m_moneyFormats.find(currency);
    if (it != m_moneyFormats.end())
        return it->second;
    lxw_format *f = workbook_add_format(m_book);
    m_keepAlive << moneyFormat(currency);
    format_set_num_format(f, m_keepAlive.last().constData());
    m_moneyFormats.emplace(currency, f);
    return f;
}

Status XlsxReportWriter::writeRow(const ReportRow &row)
{
    if (m_row >= LXW_ROW_MAX) {
        if (auto s = startDataSheet(); !s)
            return s;
    }
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const ReportCell &cell = row[i];
        if (cell.null)
            continue;
        const lxw_col_t col = lxw_col_t(i);
        lxw_error e = LXW_NO_ERROR;
        switch (m_columns[i].type) {
        case ColumnType::Text: {
            // Into a buffer kept between cells: no allocation per cell.
            m_text.resize(cell.text.size() * 3 + 1);
            char *end = m_utf8.appendToBuffer(m_text.data(), cell.text);
            *end = '\0';
            e = worksheet_write_string(m_sheet, m_row, col, m_text.constData(), nullptr);
        } break;
        case ColumnType::Integer:
            e = worksheet_write_number(m_sheet, m_row, col, double(cell.number), m_integerFormat);
            break;
        case ColumnType::Money: {
            if (!m_lastMoneyFormat || cell.text != m_lastCurrency) {
                m_lastCurrency = cell.text;
                m_lastMoneyFormat = moneyFormatFor(cell.text);
                m_lastScale = 1;
                for (int d = Money::decimalsOf(cell.text); d > 0; --d)
                    m_lastScale *= 10;
            }
            // The nearest double to the exact decimal: what a spreadsheet stores for any typed-in amount.
            e = worksheet_write_number(m_sheet, m_row, col, double(cell.number) / m_lastScale, m_lastMoneyFormat);
            break;
        }
        case ColumnType::DateTime:
            e = worksheet_write_number(
                m_sheet, m_row, col, double(m_formatter->toLocalMs(cell.number)) / kDayMs + 25569.0, m_dateTimeFormat);
            break;
        case ColumnType::Date:
            e = worksheet_write_number(m_sheet, m_row, col, double(cell.number) - kExcelEpochJulianDay, m_dateFormat);
            break;
        }
        if (e != LXW_NO_ERROR)
            return check(e, "row");
    }
    ++m_row;
    return {};
}

void XlsxReportWriter::writeSummary(const std::vector<ReportTotal> &totals)
{
    lxw_row_t r = 0;
    auto line = [&](const QString &label, const QString &value) {
        worksheet_write_string(m_summary, r, 0, label.toUtf8().constData(), m_labelFormat);
        worksheet_write_string(m_summary, r, 1, value.toUtf8().constData(), nullptr);
        ++r;
    };
    worksheet_set_column(m_summary, 0, 0, 28, nullptr);
    worksheet_set_column(m_summary, 1, 2, 18, nullptr);
    line(QCoreApplication::translate("posdesk::XlsxReportWriter", "Merchant"), m_heading.merchant);
    line(QCoreApplication::translate("posdesk::XlsxReportWriter", "Report"), m_heading.title);
    line(QCoreApplication::translate("posdesk::XlsxReportWriter", "Period"),
         QStringLiteral("%1 – %2").arg(m_heading.from.toString(Qt::ISODate), m_heading.to.toString(Qt::ISODate)));
    if (!m_heading.filters.isEmpty())
        line(QCoreApplication::translate("posdesk::XlsxReportWriter", "Filters"), m_heading.filters);
    line(QCoreApplication::translate("posdesk::XlsxReportWriter", "Generated"),
         m_formatter->localDateTimeText(m_heading.generatedAt.toMSecsSinceEpoch()));
    ++r;
    worksheet_write_string(m_summary, r, 0,
                           QCoreApplication::translate("posdesk::XlsxReportWriter", "Totals").toUtf8().constData(),
                           m_headerFormat);
    worksheet_write_string(m_summary, r, 1,
                           QCoreApplication::translate("posdesk::XlsxReportWriter", "Count").toUtf8().constData(),
                           m_headerFormat);
    worksheet_write_string(m_summary, r, 2,
                           QCoreApplication::translate("posdesk::XlsxReportWriter", "Amount").toUtf8().constData(),
                           m_headerFormat);
    ++r;
    for (const ReportTotal &t : totals) {
        worksheet_write_string(m_summary, r, 0, t.label.toUtf8().constData(), nullptr);
        if (t.count)
            worksheet_write_number(m_summary, r, 1, double(*t.count), m_integerFormat);
        if (t.amountMinor) {
            double scale = 1;
            for (int d = 0; d < Money::decimalsOf(t.currency); ++d)
                scale *= 10;
            worksheet_write_number(m_summary, r, 2, double(*t.amountMinor) / scale, moneyFormatFor(t.currency));
        }
        ++r;
    }
}

Status XlsxReportWriter::finish(const std::vector<ReportTotal> &totals)
{
    if (m_row > 1)
        worksheet_autofilter(m_sheet, 0, 0, m_row - 1, lxw_col_t(m_columns.size() - 1));
    writeSummary(totals);
    const lxw_error e = workbook_close(m_book);
    m_book = nullptr;
    m_keepAlive.clear();
    return check(e, "close");
}

void XlsxReportWriter::abandon()
{
    if (!m_book)
        return;
    // Freed without assembling the file: a cancelled export of a million rows stops at once, and the worksheets'
    // temporary files go with it.
    lxw_workbook_free(m_book);
    m_book = nullptr;
    m_keepAlive.clear();
}

} // namespace posdesk
