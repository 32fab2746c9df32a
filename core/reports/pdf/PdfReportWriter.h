#pragma once

#include "reports/CellFormatter.h"
#include "reports/ReportWriter.h"

#include <QFont>
#include <QRectF>

#include <memory>

class QPainter;
class QPdfWriter;

namespace posdesk {

// A report as a printable PDF, drawn page by page with QPainter as the rows stream in (nothing is laid out ahead):
// A4, landscape for wide tables, a page header with the merchant, title and period, the column headers repeated on
// every page, page numbers, and the totals at the end. The text is set in a CJK font that is embedded, so Chinese
// prints and copies on any machine. Needs a QGuiApplication (the offscreen platform is enough).
class PdfReportWriter final : public ReportWriter
{
public:
    PdfReportWriter();
    ~PdfReportWriter() override;

    Status open(const QString &path, const ReportHeading &heading, const std::vector<ReportColumn> &columns) override;
    Status writeRow(const ReportRow &row) override;
    Status finish(const std::vector<ReportTotal> &totals) override;
    void abandon() override;

private:
    void startPage();
    void drawPageHeader();
    void drawColumnHeaders();
    void drawFooter();
    bool newPageIfNeeded(double height);
    QString cellText(std::size_t column, const ReportCell &cell);

    QString m_path;
    ReportHeading m_heading;
    std::vector<ReportColumn> m_columns;
    std::optional<CellFormatter> m_formatter;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    QFont m_font;
    QFont m_bold;
    QFont m_small;
    QFont m_titleFont;
    QRectF m_page;                // the printable area, in device pixels
    std::vector<double> m_widths; // of each column, in device pixels
    double m_rowHeight = 0;
    double m_y = 0;
    int m_pageNo = 0;
    std::int64_t m_rowsOnPage = 0;
};

} // namespace posdesk
