#include "reports/CsvReportWriter.h"

#include <QCoreApplication>

#include <cstring>

namespace posdesk {

namespace {
// Large enough that a million-row export makes a few hundred writes, small enough not to matter for memory.
constexpr qsizetype kFlushAt = 1 << 20;
} // namespace

CsvReportWriter::CsvReportWriter() = default;

CsvReportWriter::~CsvReportWriter()
{
    abandon();
}

Status CsvReportWriter::open(const QString &path, const ReportHeading &heading,
                             const std::vector<ReportColumn> &columns)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::environment(QCoreApplication::translate("posdesk::CsvReportWriter",
                                                              "Cannot write %1. Choose a folder you may write to.")
                                      .arg(path),
                                  m_file.errorString());
    m_formatter.emplace(heading.zone);
    m_types.clear();
    m_buffer.reserve(kFlushAt + 64 * 1024);
    m_buffer.append("\xEF\xBB\xBF");
    for (std::size_t i = 0; i < columns.size(); ++i) {
        m_types.push_back(columns[i].type);
        if (i > 0)
            m_buffer.append(',');
        appendField(m_buffer, columns[i].title.toUtf8(), false);
    }
    m_buffer.append("\r\n");
    return {};
}

void CsvReportWriter::appendField(QByteArray &out, const QByteArray &utf8, bool guardFormula)
{
    bool quote = false;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    const bool guard =
        guardFormula && !utf8.isEmpty() && (utf8[0] == '=' || utf8[0] == '+' || utf8[0] == '-' || utf8[0] == '@');
    if (!quote && !guard) {
        out.append(utf8);
        return;
    }
    if (quote)
        out.append('"');
    if (guard)
        out.append('\'');
    if (quote) {
        for (char c : utf8) {
            if (c == '"')
                out.append('"');
            out.append(c);
        }
        out.append('"');
    } else {
        out.append(utf8);
    }
}

char *CsvReportWriter::writeText(char *out, const QString &text)
{
    bool special = false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\n' || u == u'\r') {
            special = true;
            break;
        }
    }
    const char16_t first = text.isEmpty() ? 0 : text.front().unicode();
    if (!special && first != u'=' && first != u'+' && first != u'-' && first != u'@')
        return m_utf8.appendToBuffer(out, text); // the common case: straight into the buffer
    m_field.resize(0);
    appendField(m_field, text.toUtf8(), true);
    std::memcpy(out, m_field.constData(), std::size_t(m_field.size()));
    return out + m_field.size();
}

Status CsvReportWriter::writeRow(const ReportRow &row)
{
    // Room for the whole row, so that it is written through a plain pointer: 3 bytes per UTF-16 unit at most,
    // doubled when every character is a quote, plus quotes, apostrophe and separator.
    qsizetype room = 2;
    for (std::size_t i = 0; i < m_types.size(); ++i)
        room += m_types[i] == ColumnType::Text ? row[i].text.size() * 6 + 4 : CellFormatter::kMaxNumericBytes + 1;
    const qsizetype used = m_buffer.size();
    m_buffer.resize(used + room);
    char *const start = m_buffer.data();
    char *p = start + used;
    for (std::size_t i = 0; i < m_types.size(); ++i) {
        if (i > 0)
            *p++ = ',';
        const ReportCell &cell = row[i];
        if (cell.null)
            continue;
        // Numbers, amounts and times never need quoting.
        p = m_types[i] == ColumnType::Text ? writeText(p, cell.text) : m_formatter->writeNumeric(p, m_types[i], cell);
    }
    *p++ = '\r';
    *p++ = '\n';
    m_buffer.resize(p - start);
    if (m_buffer.size() >= kFlushAt)
        return flush();
    return {};
}

Status CsvReportWriter::flush()
{
    if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
        return Error::environment(QCoreApplication::translate("posdesk::CsvReportWriter",
                                                              "Writing %1 failed. Check that the disk is not full.")
                                      .arg(m_file.fileName()),
                                  m_file.errorString());
    m_buffer.resize(0);
    return {};
}

Status CsvReportWriter::finish(const std::vector<ReportTotal> &)
{
    if (auto s = flush(); !s)
        return s;
    if (!m_file.flush())
        return Error::environment(QCoreApplication::translate("posdesk::CsvReportWriter",
                                                              "Writing %1 failed. Check that the disk is not full.")
                                      .arg(m_file.fileName()),
                                  m_file.errorString());
    m_file.close();
    return {};
}

void CsvReportWriter::abandon()
{
    m_buffer.resize(0);
    if (m_file.isOpen())
        m_file.close();
}

} // namespace posdesk
