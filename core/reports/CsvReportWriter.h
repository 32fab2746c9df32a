#pragma once

#include "reports/CellFormatter.h"
#include "reports/ReportWriter.h"

#include <QFile>
#include <QStringEncoder>

namespace posdesk {

// CSV as spreadsheet programs read it: UTF-8 with a byte-order mark (so that Excel shows Chinese), CRLF line ends,
// RFC 4180 quoting of commas, quotes and line breaks. One header row, then the rows: no title or totals lines, so
// the file stays a plain table for scripts.
class CsvReportWriter final : public ReportWriter
{
public:
    CsvReportWriter();
    ~CsvReportWriter() override;

    Status open(const QString &path, const ReportHeading &heading, const std::vector<ReportColumn> &columns) override;
    Status writeRow(const ReportRow &row) override;
    Status finish(const std::vector<ReportTotal> &totals) override;
    void abandon() override;
    bool writesRowsOnAnyThread() const override { return true; }

    // Appends one field, quoted when RFC 4180 asks for it. A text that a spreadsheet would run as a formula
    // (=, +, -, @ first) gets a leading apostrophe when `guardFormula` is set.
    static void appendField(QByteArray &out, const QByteArray &utf8, bool guardFormula);

private:
    Status flush();
    char *writeText(char *out, const QString &text);

    QFile m_file;
    QByteArray m_buffer;
    QByteArray m_field;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    std::vector<ColumnType> m_types;
    std::optional<CellFormatter> m_formatter;
};

} // namespace posdesk
