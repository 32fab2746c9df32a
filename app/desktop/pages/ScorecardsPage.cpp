#include "pages/ScorecardsPage.h"

#include "reports/CsvReportWriter.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportExporter.h"
#include "reports/XlsxReportWriter.h"
#include "reports/pdf/PdfReportWriter.h"
#include "scorecards/ScorecardService.h"
#include "shell/AppSession.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace posdesk::desktop {

namespace {

constexpr int kShopUtcOffset = 8 * 3600; // China Standard Time, as on the dashboard
const QColor kGrey(0xa0, 0xa7, 0xb1);
const QColor kBlue(0x25, 0x63, 0xeb);
const QColor kOrange(0xd9, 0x77, 0x06);

QChartView *chartView(QChart *chart, const QString &title, const QString &name)
{
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(230);
    return view;
}

// A bar chart with one bar per row; bars resting on too few are drawn grey.
QChart *barChart(const QStringList &names, const std::vector<std::pair<QString, std::vector<ScoreFigure>>> &sets,
                 const QList<QColor> &colors)
{
    auto *series = new QBarSeries;
    double top = 0;
    for (std::size_t s = 0; s < sets.size(); ++s) {
        auto *set = new QBarSet(sets[s].first);
        set->setColor(colors.value(int(s), kBlue));
        set->setSelectedColor(kGrey);
        for (std::size_t i = 0; i < sets[s].second.size(); ++i) {
            const ScoreFigure &f = sets[s].second[i];
            *set << f.value.value_or(0);
            top = std::max(top, f.value.value_or(0));
            if (f.tooFew)
                set->selectBar(int(i));
        }
        series->append(set);
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(names);
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.15 : 1);
    y->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(sets.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

ScorecardsPage::ScorecardsPage(AppSession &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = headingLabel(this);
    m_hint = hintLabel(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    auto *controls = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("scorecardKind"));
    m_kind->addItem(QString());
    m_kind->addItem(QString());
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    const QDate today = m_session.clock().nowUtc().toTimeZone(QTimeZone(kShopUtcOffset)).date();
    m_from = new QDateEdit(today.addMonths(-6).addDays(1), this);
    m_from->setObjectName(QStringLiteral("scorecardFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("scorecardTo"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("scorecardRefresh"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("scorecardExport"));
    controls->addWidget(m_kind);
    controls->addWidget(m_fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(m_toLabel);
    controls->addWidget(m_to);
    controls->addWidget(m_refresh);
    controls->addStretch(1);
    controls->addWidget(m_export);
    layout->addLayout(controls);
    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("scorecardPeriod"));
    layout->addWidget(m_period);
    m_charts = new QGridLayout;
    layout->addLayout(m_charts, 2);
    m_table = listTable(this, QStringLiteral("scorecardTable"), 0);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 3);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scorecardStatus"));
    layout->addWidget(m_status);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_refresh, &QPushButton::clicked, this, &ScorecardsPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &ScorecardsPage::chooseExport);
    retranslate();
}

QString ScorecardsPage::title() const
{
    return tr("Scorecards");
}

void ScorecardsPage::retranslate()
{
    m_heading->setText(tr("Scorecards"));
    m_hint->setText(tr("Acquirers, service providers and terminal brands compared from this shop's own history. A "
                       "figure from fewer than %1 terminals or %2 incidents is greyed: too few to compare. Incidents "
                       "marked as the shop's own mistake are left out.")
                        .arg(kScorecardMinTerminals)
                        .arg(kScorecardMinIncidents));
    m_kind->setItemText(0, tr("Acquirers and service providers"));
    m_kind->setItemText(1, tr("Terminal brands and models"));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("to"));
    m_refresh->setText(tr("Show"));
    m_export->setText(tr("Export…"));
    if (m_shown)
        refresh();
}

void ScorecardsPage::showEvent(QShowEvent *e)
{
    Page::showEvent(e);
    if (!m_shown) {
        m_shown = true;
        refresh();
    }
}

void ScorecardsPage::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ScorecardsPage::showKind(int kind)
{
    if (m_kind->currentIndex() == kind)
        refresh();
    else
        m_kind->setCurrentIndex(kind);
}

void ScorecardsPage::clearCharts()
{
    while (QLayoutItem *item = m_charts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ScorecardsPage::refresh()
{
    clearCharts();
    m_table->clear();
    m_table->setRowCount(0);
    const QDate from = m_from->date(), to = m_to->date();
    m_period->setText(tr("Period %1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    ScorecardService service(m_session.db(), m_session.clock(), QTimeZone(kShopUtcOffset));
    if (m_kind->currentIndex() == 0) {
        auto card = service.channels(from, to);
        if (!card)
            return showStatusLine(m_status, card.error().message, true);
        showChannels(*card);
    } else {
        auto card = service.brands(from, to);
        if (!card)
            return showStatusLine(m_status, card.error().message, true);
        showBrands(*card);
    }
    m_status->clear();
}

namespace {

// One cell: the figure with its count; greyed, and saying so, when there are too few behind it.
QTableWidgetItem *figureItem(const ScoreFigure &f, int decimals, const QString &unit = {})
{
    QString text = f.value ? QString::number(*f.value, 'f', decimals) + unit : QStringLiteral("—");
    text += QStringLiteral(" (n=%1)").arg(f.basis);
    if (f.tooFew && f.value)
        text += u' ' + QCoreApplication::translate("posdesk::desktop::ScorecardsPage", "too few to compare");
    auto *item = new QTableWidgetItem(text);
    if (f.tooFew)
        item->setForeground(kGrey);
    item->setData(Qt::UserRole, f.tooFew);
    return item;
}

QTableWidgetItem *countItem(qint64 n)
{
    auto *item = new QTableWidgetItem(QString::number(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

void ScorecardsPage::showChannels(const ChannelScorecard &card)
{
    const QStringList headers{tr("Channel"),
                              tr("Name"),
                              tr("Terminals"),
                              tr("Transactions"),
                              tr("Incidents per 1,000"),
                              tr("By code"),
                              tr("Host unreachable (min)"),
                              tr("Escalations"),
                              tr("Days to confirmation, median"),
                              tr("90th percentile"),
                              tr("Days to resolve, median"),
                              tr("Follow-ups missed"),
                              tr("Reversals refused"),
                              tr("Own mistakes left out")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(card.rows.size()));
    QStringList names;
    std::vector<ScoreFigure> median, p90;
    auto *trend = new QChart;
    double top = 0;
    for (int i = 0; i < int(card.rows.size()); ++i) {
        const ChannelRow &r = card.rows[i];
        const bool acquirer = r.group == ChannelRow::Group::Acquirer;
        m_table->setItem(i, 0, new QTableWidgetItem(acquirer ? tr("Acquirer") : tr("Service provider")));
        m_table->setItem(i, 1, new QTableWidgetItem(r.name));
        m_table->setItem(i, 2, countItem(r.terminals));
        m_table->setItem(i, 3, countItem(r.transactions));
        m_table->setItem(i, 4, figureItem(r.incidentsPerThousand, 2));
        QStringList codes;
        for (const CodeScore &c : r.byCode)
            codes << QStringLiteral("%1×%2").arg(c.code).arg(c.incidents);
        m_table->setItem(i, 5, new QTableWidgetItem(codes.join(QStringLiteral(", "))));
        m_table->setItem(i, 6, countItem(r.unreachableMs / 60000));
        m_table->setItem(i, 7, countItem(r.escalations));
        m_table->setItem(i, 8, figureItem(r.confirmMedianDays, 1));
        m_table->setItem(i, 9, figureItem(r.confirmP90Days, 1));
        m_table->setItem(i, 10, figureItem(r.resolveMedianDays, 1));
        m_table->setItem(i, 11, countItem(r.followUpsMissed));
        m_table->setItem(i, 12, countItem(r.reversalsRefused));
        m_table->setItem(i, 13, countItem(r.shopMistakes));
        if (!acquirer || (r.transactions == 0 && r.incidents == 0))
            continue; // nothing to draw: the table says so
        names << r.name;
        median.push_back(r.confirmMedianDays);
        p90.push_back(r.confirmP90Days);
        // The trend: incidents per 1,000 transactions month by month, one line per acquirer profile.
        auto *line = new QLineSeries;
        line->setName(r.incidentsPerThousand.tooFew ? tr("%1 (too few to compare)").arg(r.name) : r.name);
        for (int m = 0; m < int(r.months.size()); ++m) {
            const double v = r.months[m].perThousand.value.value_or(0);
            line->append(m, v);
            top = std::max(top, v);
        }
        if (r.incidentsPerThousand.tooFew) {
            QPen pen(kGrey);
            pen.setStyle(Qt::DashLine);
            line->setPen(pen);
        }
        trend->addSeries(line);
    }
    m_charts->addWidget(
        chartView(barChart(names, {{tr("Median"), median}, {tr("90th percentile"), p90}}, {kBlue, kOrange}),
                  tr("Days from escalation to the acquirer's confirmation"), QStringLiteral("scorecardChart")),
        0, 0);
    auto *months = new QBarCategoryAxis;
    if (!card.rows.empty()) {
        for (const ChannelMonth &m : card.rows.front().months)
            months->append(m.month.toString(QStringLiteral("yyyy-MM")));
    }
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.15 : 1);
    y->setLabelFormat(QStringLiteral("%.1f"));
    trend->addAxis(months, Qt::AlignBottom);
    trend->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : trend->series()) {
        s->attachAxis(months);
        s->attachAxis(y);
    }
    trend->legend()->setAlignment(Qt::AlignBottom);
    m_charts->addWidget(
        chartView(trend, tr("Incidents per 1,000 transactions, month by month"), QStringLiteral("scorecardTrend")), 0,
        1);
    m_table->resizeColumnsToContents();
}

void ScorecardsPage::showBrands(const BrandScorecard &card)
{
    const QStringList headers{tr("Brand"),
                              tr("Model"),
                              tr("Terminals in service"),
                              tr("Terminal-years"),
                              tr("Faults (incidents / visits / swaps)"),
                              tr("Faults per terminal-year"),
                              tr("Mean days between faults"),
                              tr("Cost per terminal-year")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(card.rows.size()));
    QStringList names;
    std::vector<ScoreFigure> faults, cost;
    for (int i = 0; i < int(card.rows.size()); ++i) {
        const BrandRow &r = card.rows[i];
        const QString brand = r.brand.isEmpty() ? tr("(brand not recorded)") : r.brand;
        m_table->setItem(i, 0, new QTableWidgetItem(brand));
        m_table->setItem(i, 1, new QTableWidgetItem(r.model));
        m_table->setItem(i, 2, countItem(r.terminals));
        m_table->setItem(i, 3, new QTableWidgetItem(QString::number(r.terminalYears, 'f', 2)));
        m_table->setItem(i, 4,
                         new QTableWidgetItem(QStringLiteral("%1 (%2 / %3 / %4)")
                                                  .arg(r.faults)
                                                  .arg(r.incidentFaults)
                                                  .arg(r.maintenanceVisits)
                                                  .arg(r.swaps)));
        m_table->setItem(i, 5, figureItem(r.faultsPerTerminalYear, 2));
        m_table->setItem(i, 6, figureItem(r.mtbfDays, 0));
        ScoreFigure yuan;
        if (!r.costs.empty()) {
            const BrandCost &c = r.costs.front(); // the shop's currency comes first (CNY sorts before others)
            yuan = c.perTerminalYear;
            if (yuan.value)
                yuan.value = *yuan.value / 100.0;
            auto *item = figureItem(yuan, 2, QStringLiteral(" ") + c.currency);
            item->setText(item->text().replace(QStringLiteral("(n="), tr("(terminals: ")));
            // The ledger's categories behind the total, per terminal-year.
            const QString categories[kCostCategories] = {tr("Device"),      tr("Installation"),     tr("Training"),
                                                         tr("Maintenance"), tr("Software licence"), tr("Other")};
            QStringList lines{tr("Per terminal-year, %1 – %2:")
                                  .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate))};
            for (int k = 0; k < kCostCategories; ++k) {
                if (c.perTerminalYearByCategory[k] && c.byCategory[k] != 0)
                    lines << QStringLiteral("%1: %2 %3")
                                 .arg(categories[k])
                                 .arg(*c.perTerminalYearByCategory[k] / 100.0, 0, 'f', 2)
                                 .arg(c.currency);
            }
            item->setToolTip(lines.join(u'\n'));
            m_table->setItem(i, 7, item);
        } else {
            m_table->setItem(i, 7, new QTableWidgetItem(tr("no costs recorded")));
        }
        names << (r.model.isEmpty() ? brand : brand + u' ' + r.model);
        faults.push_back(r.faultsPerTerminalYear);
        cost.push_back(yuan);
    }
    m_charts->addWidget(chartView(barChart(names, {{tr("Faults per terminal-year"), faults}}, {kOrange}),
                                  tr("Faults per terminal-year"), QStringLiteral("scorecardChart")),
                        0, 0);
    m_charts->addWidget(chartView(barChart(names, {{tr("Cost per terminal-year (¥)"), cost}}, {kBlue}),
                                  tr("Total cost of ownership per terminal-year (¥)"), QStringLiteral("scorecardCost")),
                        0, 1);
    m_table->resizeColumnsToContents();
}

QString ScorecardsPage::exportTo(const QString &path)
{
    ReportRequest request;
    request.kind = m_kind->currentIndex() == 0 ? ReportKind::ChannelScorecard : ReportKind::BrandScorecard;
    request.from = m_from->date();
    request.to = m_to->date();
    const QTimeZone zone(kShopUtcOffset);
    const QLocale locale;
    auto source = makeReport(m_session.db(), request, zone, locale);
    if (!source)
        return source.error().message;
    auto heading = headingFor(m_session.db(), request, **source, zone, locale, m_session.clock());
    if (!heading)
        return heading.error().message;
    const QString suffix = QFileInfo(path).suffix().toLower();
    std::unique_ptr<ReportWriter> writer;
    if (suffix == u"xlsx")
        writer = std::make_unique<XlsxReportWriter>();
    else if (suffix == u"pdf")
        writer = std::make_unique<PdfReportWriter>();
    else
        writer = std::make_unique<CsvReportWriter>();
    auto done = exportReport(**source, *writer, *heading, path);
    if (!done)
        return done.error().message;
    return {};
}

void ScorecardsPage::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the scorecard"), QString(),
                                                      tr("Spreadsheet (*.xlsx);;CSV (*.csv);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = exportTo(path);
    showStatusLine(m_status, error.isEmpty() ? tr("Saved %1.").arg(QFileInfo(path).fileName()) : error,
                   !error.isEmpty());
}

} // namespace posdesk::desktop
