#pragma once

#include "reports/CellFormatter.h"
#include "reports/ReportWriter.h"

#include <QStringEncoder>

#include <map>

// libxlsxwriter's types stay out of this header: only posdesk_core links the library.
struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace posdesk {

// XLSX through libxlsxwriter in constant-memory mode: each row goes to the sheet's temporary file as it comes, so
// memory stays flat whatever the row count. Amounts are numbers with a currency format, times are real date cells,
// the header row is frozen and filterable, columns have widths that fit their headers. A second sheet holds the
// merchant, period and totals. Past Excel's 1,048,576 rows the data continues on another sheet.
class XlsxReportWriter final : public ReportWriter
{
public:
    XlsxReportWriter();
    ~XlsxReportWriter() override;

    Status open(const QString &path, const ReportHeading &heading, const std::vector<ReportColumn> &columns) override;
    Status writeRow(const ReportRow &row) override;
    Status finish(const std::vector<ReportTotal> &totals) override;
    void abandon() override;
    bool writesRowsOnAnyThread() const override { return true; }

    // The Excel number format for amounts of a currency: "[$¥-804]#,##0.00" for CNY.
    static QByteArray moneyFormat(const QString &currency);

private:
    Status startDataSheet();
    Status check(int lxwError, const char *what);
    lxw_format *moneyFormatFor(const QString &currency);
    void writeSummary(const std::vector<ReportTotal> &totals);

    QString m_path;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_worksheet *m_summary = nullptr;
    lxw_format *m_headerFormat = nullptr;
    lxw_format *m_integerFormat = nullptr;
    lxw_format *m_dateTimeFormat = nullptr;
    lxw_format *m_dateFormat = nullptr;
    lxw_format *m_labelFormat = nullptr;
    std::map<QString, lxw_format *> m_moneyFormats;
    // The currency of the last amount, its format and 10^decimals: rows rarely change currency.
    QString m_lastCurrency;
    lxw_format *m_lastMoneyFormat = nullptr;
    double m_lastScale = 1;
    std::vector<ReportColumn> m_columns;
    ReportHeading m_heading;
    std::optional<CellFormatter> m_formatter;
    std::uint32_t m_row = 0; // next row on the current data sheet
    QByteArray m_text;       // one text cell as UTF-8 with its terminating zero, reused for every cell
    QStringEncoder m_utf8{QStringEncoder::Utf8};
    int m_sheets = 0;
    std::uint32_t m_lastRowOfSheet = 0;
    QList<QByteArray> m_keepAlive; // strings the workbook points to until it is closed
};

} // namespace posdesk
