#include "reports/pdf/PdfReportWriter.h"

#include "money/Money.h"
#include "reports/pdf/PdfFonts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

namespace posdesk {

namespace {

constexpr int kDpi = 300;
constexpr double kMarginMm = 12;
const QColor kHeaderFill(0xDD, 0xEB, 0xF7);
const QColor kStripe(0xF4, 0xF6, 0xF8);
const QColor kRule(0x99, 0x99, 0x99);

double pointsToPixels(double pt)
{
    return pt * kDpi / 72.0;
}

int displayWidth(const QString &s)
{
    int w = 0;
    for (QChar c : s)
        w += c.unicode() >= 0x1100 ? 2 : 1;
    return w;
}

// "¥1,234.50" for yuan, "1,234.50 USD" otherwise: grouped for reading, '.' as the decimal point.
QString amountText(std::int64_t minor, const QString &currency)
{
    const QString number = CellFormatter::groupedMoney(minor, Money::decimalsOf(currency));
    if (currency == u"CNY")
        return number.startsWith(u'-') ? QStringLiteral("-¥") + number.mid(1) : QStringLiteral("¥") + number;
    return number + u' ' + currency;
}

bool rightAligned(ColumnType t)
{
    return t == ColumnType::Integer || t == ColumnType::Money;
}

} // namespace

PdfReportWriter::PdfReportWriter() = default;

PdfReportWriter::~PdfReportWriter()
{
    abandon();
}

Status PdfReportWriter::open(const QString &path, const ReportHeading &heading,
                             const std::vector<ReportColumn> &columns)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::internal(QStringLiteral("PDF export needs a QGuiApplication (the offscreen platform will do)"));
    m_path = path;
    m_heading = heading;
    m_columns = columns;
    m_formatter.emplace(heading.zone);

    std::vector<double> weights;
    double total = 0;
    for (const ReportColumn &c : columns) {
        weights.push_back(std::max(c.width, displayWidth(c.title)) + 1.0);
        total += weights.back();
    }
    m_writer = std::make_unique<QPdfWriter>(path);
    m_writer->setResolution(kDpi);
    m_writer->setCreator(QStringLiteral("PosDesk"));
    m_writer->setTitle(heading.title);
    // Wide tables (the transactions list) need the page on its side.
    const auto orientation = total > 100 ? QPageLayout::Landscape : QPageLayout::Portrait;
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation,
                                        QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                        QPageLayout::Millimeter));
    m_page = QRectF(QPointF(0, 0), QSizeF(m_writer->pageLayout().paintRectPixels(kDpi).size()));

    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(m_writer.get())) {
        m_painter.reset();
        m_writer.reset();
        return Error::environment(QCoreApplication::translate("posdesk::PdfReportWriter",
                                                              "Cannot write %1. Choose a folder you may write to.")
                                      .arg(path));
    }
    // As large as the columns allow: an average character is about 0.55 em wide.
    const double pixelsPerChar = m_page.width() / total;
    const double pt = std::clamp(pixelsPerChar / pointsToPixels(0.55), 5.5, 9.0);
    const QString family = pdf::reportFontFamily();
    m_font = QFont(family);
    // Shaping gives digits after Latin letters alternate glyphs that Qt's ToUnicode map leaves out, so "Page 1"
    // would copy as "Page "; report text needs no shaping (no ligatures, no complex scripts).
    m_font.setStyleStrategy(QFont::PreferNoShaping);
    m_font.setPointSizeF(pt);
    m_bold = m_font;
    m_bold.setBold(true);
    m_small = m_font;
    m_small.setPointSizeF(7);
    m_titleFont = m_bold;
    m_titleFont.setPointSizeF(13);
    for (double w : weights)
        m_widths.push_back(m_page.width() * w / total);
    m_rowHeight = QFontMetricsF(m_font, m_writer.get()).height() * 1.45;
    startPage();
    return {};
}

void PdfReportWriter::startPage()
{
    ++m_pageNo;
    m_rowsOnPage = 0;
    m_y = 0;
    drawPageHeader();
    drawColumnHeaders();
}

void PdfReportWriter::drawPageHeader()
{
    QPainter &p = *m_painter;
    p.setPen(Qt::black);
    p.setFont(m_titleFont);
    const double titleHeight = QFontMetricsF(m_titleFont, m_writer.get()).height();
    p.drawText(QRectF(0, m_y, m_page.width() * 0.7, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, m_heading.merchant);
    p.setFont(m_small);
    p.drawText(QRectF(m_page.width() * 0.5, m_y, m_page.width() * 0.5, titleHeight), Qt::AlignRight | Qt::AlignVCenter,
               QCoreApplication::translate("posdesk::PdfReportWriter", "Generated %1")
                   .arg(m_formatter->localDateTimeText(m_heading.generatedAt.toMSecsSinceEpoch())));
    m_y += titleHeight * 1.2;

    QFont subtitle = m_bold;
    subtitle.setPointSizeF(10);
    p.setFont(subtitle);
    const double lineHeight = QFontMetricsF(subtitle, m_writer.get()).height();
    p.drawText(QRectF(0, m_y, m_page.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("posdesk::PdfReportWriter", "%1, %2 to %3")
                   .arg(m_heading.title, m_heading.from.toString(Qt::ISODate), m_heading.to.toString(Qt::ISODate)));
    m_y += lineHeight * 1.2;
    if (!m_heading.filters.isEmpty()) {
        p.setFont(m_small);
        const double h = QFontMetricsF(m_small, m_writer.get()).height();
        p.drawText(QRectF(0, m_y, m_page.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                   QCoreApplication::translate("posdesk::PdfReportWriter", "Filters: %1").arg(m_heading.filters));
        m_y += h * 1.2;
    }
    p.setPen(QPen(kRule, pointsToPixels(0.5)));
    p.drawLine(QPointF(0, m_y), QPointF(m_page.width(), m_y));
    m_y += pointsToPixels(4);
}

void PdfReportWriter::drawColumnHeaders()
{
    QPainter &p = *m_painter;
    p.fillRect(QRectF(0, m_y, m_page.width(), m_rowHeight), kHeaderFill);
    p.setPen(Qt::black);
    p.setFont(m_bold);
    const QFontMetricsF metrics(m_bold, m_writer.get());
    const double pad = pointsToPixels(1.5);
    double x = 0;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const QRectF cell(x + pad, m_y, m_widths[i] - 2 * pad, m_rowHeight);
        p.drawText(cell, (rightAligned(m_columns[i].type) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                   metrics.elidedText(m_columns[i].title, Qt::ElideRight, cell.width()));
        x += m_widths[i];
    }
    m_y += m_rowHeight;
}

void PdfReportWriter::drawFooter()
{
    QPainter &p = *m_painter;
    p.setPen(Qt::black);
    p.setFont(m_small);
    const double h = QFontMetricsF(m_small, m_writer.get()).height();
    const QRectF line(0, m_page.height() - h, m_page.width(), h);
    p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_heading.title);
    p.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter,
               QCoreApplication::translate("posdesk::PdfReportWriter", "Page %1").arg(m_pageNo));
}

bool PdfReportWriter::newPageIfNeeded(double height)
{
    const double footer = QFontMetricsF(m_small, m_writer.get()).height() * 2;
    if (m_y + height <= m_page.height() - footer)
        return false;
    drawFooter();
    m_writer->newPage();
    startPage();
    return true;
}

QString PdfReportWriter::cellText(std::size_t column, const ReportCell &cell)
{
    if (cell.null)
        return {};
    if (m_columns[column].type == ColumnType::Money)
        return CellFormatter::groupedMoney(cell.number, m_formatter->decimalsOf(cell.text));
    return m_formatter->text(m_columns[column].type, cell);
}

Status PdfReportWriter::writeRow(const ReportRow &row)
{
    newPageIfNeeded(m_rowHeight);
    QPainter &p = *m_painter;
    if (m_rowsOnPage % 2 == 1)
        p.fillRect(QRectF(0, m_y, m_page.width(), m_rowHeight), kStripe);
    p.setPen(Qt::black);
    p.setFont(m_font);
    const QFontMetricsF metrics(m_font, m_writer.get());
    const double pad = pointsToPixels(1.5);
    double x = 0;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const QRectF cell(x + pad, m_y, m_widths[i] - 2 * pad, m_rowHeight);
        const QString text = cellText(i, row[i]);
        if (!text.isEmpty())
            p.drawText(cell, (rightAligned(m_columns[i].type) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                       metrics.elidedText(text, Qt::ElideRight, cell.width()));
        x += m_widths[i];
    }
    m_y += m_rowHeight;
    ++m_rowsOnPage;
    return {};
}

Status PdfReportWriter::finish(const std::vector<ReportTotal> &totals)
{
    QPainter &p = *m_painter;
    if (m_pageNo == 1 && m_rowsOnPage == 0) {
        p.setFont(m_font);
        p.drawText(QRectF(0, m_y, m_page.width(), m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   QCoreApplication::translate("posdesk::PdfReportWriter", "Nothing in this period."));
        m_y += m_rowHeight;
    }
    // The totals stay together: on this page if they fit, else on the next.
    m_y += m_rowHeight * 0.6;
    if (newPageIfNeeded(m_rowHeight * double(totals.size() + 2)))
        m_y += m_rowHeight * 0.2;
    const double labelWidth = std::max(m_page.width() * 0.3, pointsToPixels(150));
    const double countWidth = pointsToPixels(60);
    const double amountWidth = pointsToPixels(110);
    const double pad = pointsToPixels(1.5);
    p.fillRect(QRectF(0, m_y, labelWidth + countWidth + amountWidth, m_rowHeight), kHeaderFill);
    p.setPen(Qt::black);
    p.setFont(m_bold);
    p.drawText(QRectF(pad, m_y, labelWidth - 2 * pad, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("posdesk::PdfReportWriter", "Totals"));
    p.drawText(QRectF(labelWidth + pad, m_y, countWidth - 2 * pad, m_rowHeight), Qt::AlignRight | Qt::AlignVCenter,
               QCoreApplication::translate("posdesk::PdfReportWriter", "Count"));
    p.drawText(QRectF(labelWidth + countWidth + pad, m_y, amountWidth - 2 * pad, m_rowHeight),
               Qt::AlignRight | Qt::AlignVCenter, QCoreApplication::translate("posdesk::PdfReportWriter", "Amount"));
    m_y += m_rowHeight;
    p.setFont(m_font);
    for (const ReportTotal &t : totals) {
        p.drawText(QRectF(pad, m_y, labelWidth - 2 * pad, m_rowHeight), Qt::AlignLeft | Qt::AlignVCenter, t.label);
        if (t.count)
            p.drawText(QRectF(labelWidth + pad, m_y, countWidth - 2 * pad, m_rowHeight),
                       Qt::AlignRight | Qt::AlignVCenter, QString::number(*t.count));
        if (t.amountMinor)
            p.drawText(QRectF(labelWidth + countWidth + pad, m_y, amountWidth - 2 * pad, m_rowHeight),
                       Qt::AlignRight | Qt::AlignVCenter, amountText(*t.amountMinor, t.currency));
        m_y += m_rowHeight;
    }
    p.setPen(QPen(kRule, pointsToPixels(0.5)));
    p.drawLine(QPointF(0, m_y), QPointF(labelWidth + countWidth + amountWidth, m_y));
    drawFooter();
    const QFont font = m_font;
    const bool ended = m_painter->end();
    m_painter.reset();
    m_writer.reset();
    if (!ended)
        return Error::environment(QCoreApplication::translate("posdesk::PdfReportWriter",
                                                              "Writing %1 failed. Check that the disk is not full.")
                                      .arg(m_path));
    auto fixed = pdf::fixRadicalsInToUnicode(m_path, pdf::radicalEquivalents(font));
    if (!fixed)
        return fixed.error();
    return {};
}

void PdfReportWriter::abandon()
{
    if (m_painter && m_painter->isActive())
        m_painter->end();
    m_painter.reset();
    m_writer.reset();
}

} // namespace posdesk
