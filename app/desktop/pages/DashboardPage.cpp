#include "pages/DashboardPage.h"

#include "domain/Entities.h"
#include "reports/SalesStatistics.h"
#include "shell/AppSession.h"
#include "storage/IncidentRepository.h"
#include "storage/TerminalRepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace posdesk::desktop {

namespace {
constexpr int kShopUtcOffset = 8 * 3600; // China Standard Time

QChartView *chartView(QChart *chart, const QString &title)
{
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    return view;
}

// A vertical axis in yuan with round ticks labelled as money ("¥2,500"): QValueAxis's printf format has neither the
// currency sign nor thousands separators.
QCategoryAxis *moneyAxis(double maxYuan, const QLocale &locale)
{
    const double raw = std::max(maxYuan, 1.0) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
        if (magnitude * m >= raw) {
            step = magnitude * m;
            break;
        }
    }
    const double top = std::max(1.0, std::ceil(std::max(maxYuan, 1.0) / step)) * step;
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(0, top);
    axis->setStartValue(0);
    for (double v = 0; v <= top + step / 2; v += step)
        axis->append(QStringLiteral("¥") + locale.toString(qlonglong(std::llround(v))), v);
    return axis;
}
} // namespace

QString DashboardPage::schemeText(const QString &scheme)
{
    // Card brands as the shop calls them (Chinese: 银联 …); unknown ones as stored.
    if (scheme.isEmpty())
        return tr("Other");
    if (scheme == u"UnionPay")
        return tr("UnionPay");
    if (scheme == u"Visa")
        return tr("Visa");
    if (scheme == u"Mastercard")
        return tr("Mastercard");
    if (scheme == u"American Express")
        return tr("American Express");
    if (scheme == u"JCB")
        return tr("JCB");
    return scheme;
}

DashboardPage::DashboardPage(AppSession &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *tiles = new QHBoxLayout;
    tiles->addWidget(makeTile(QStringLiteral("kpiToday"), &m_todayCaption, &m_today));
    tiles->addWidget(makeTile(QStringLiteral("kpiMonth"), &m_monthCaption, &m_month));
    tiles->addWidget(makeTile(QStringLiteral("kpiAlerts"), &m_alertsCaption, &m_alerts));
    tiles->addWidget(makeTile(QStringLiteral("kpiTerminals"), &m_terminalsCaption, &m_terminals));
    layout->addLayout(tiles);
    m_charts = new QGridLayout;
    layout->addLayout(m_charts, 1);
    retranslate();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::retranslate()
{
    m_todayCaption->setText(tr("Sales today"));
    m_monthCaption->setText(tr("Last 30 days"));
    m_alertsCaption->setText(tr("Open alerts"));
    m_terminalsCaption->setText(tr("Terminals in service"));
    // Chart titles, axis labels and amounts are built by refresh() in the current language and locale.
    if (isVisible())
        refresh();
}

QWidget *DashboardPage::makeTile(const QString &objectName, QLabel **caption, QLabel **value)
{
    auto *tile = new QFrame(this);
    tile->setObjectName(objectName);
    tile->setStyleSheet(QStringLiteral("QFrame#%1 { background: white; border: 1px solid #d8dee6; border-radius: "
                                       "6px; }")
                            .arg(objectName));
    auto *v = new QVBoxLayout(tile);
    *caption = new QLabel(tile);
    (*caption)->setStyleSheet(QStringLiteral("color: #5b6675; font-size: 13px; border: none;"));
    *value = new QLabel(QStringLiteral("—"), tile);
    (*value)->setStyleSheet(QStringLiteral("font-size: 24px; font-weight: bold; color: #1f2937; border: none;"));
    v->addWidget(*caption);
    v->addWidget(*value);
    return tile;
}

void DashboardPage::showEvent(QShowEvent *e)
{
    Page::showEvent(e);
    refresh();
}

void DashboardPage::refresh()
{
    const QDate today = m_session.clock().nowUtc().toTimeZone(QTimeZone(kShopUtcOffset)).date();
    const QDate from = today.addDays(-89);
    SalesStatistics stats(m_session.db(), kShopUtcOffset);
    const QLocale locale;

    auto days = stats.perDay(from, today);
    std::int64_t last30 = 0;
    std::int64_t todayNet = 0;
    int todayCount = 0;
    double maxDay = 0;
    auto *salesSeries = new QLineSeries;
    salesSeries->setName(tr("Net sales per day (¥)"));
    if (days) {
        for (const DailySales &d : *days) {
            if (d.day > today.addDays(-30))
                last30 += d.netMinor;
            if (d.day == today) {
                todayNet = d.netMinor;
                todayCount = d.count;
            }
            salesSeries->append(double(d.day.startOfDay(Qt::UTC).toMSecsSinceEpoch()), double(d.netMinor) / 100.0);
            maxDay = std::max(maxDay, double(d.netMinor) / 100.0);
        }
    }
    m_today->setText(tr("%1 (%n sale(s))", nullptr, todayCount).arg(Money::cny(todayNet).toDisplayString(locale)));
    m_month->setText(Money::cny(last30).toDisplayString(locale));

    auto open = IncidentRepository(m_session.db()).list(true);
    const int openCount = open ? int(open->size()) : 0;
    m_alerts->setText(QString::number(openCount));
    m_alerts->setStyleSheet(QStringLiteral("font-size: 24px; font-weight: bold; border: none; color: %1;")
                                .arg(openCount > 0 ? QStringLiteral("#b91c1c") : QStringLiteral("#15803d")));
    auto terminals = TerminalRepository(m_session.db()).list();
    int active = 0;
    if (terminals) {
        for (const Terminal &t : *terminals)
            active += t.state == TerminalState::Active ? 1 : 0;
        m_terminals->setText(tr("%1 of %2").arg(active).arg(terminals->size()));
    }

    while (QLayoutItem *item = m_charts->takeAt(0)) {
        delete item->widget();
        delete item;
    }

    auto *salesChart = new QChart;
    salesChart->addSeries(salesSeries);
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("MM-dd"));
    xAxis->setTickCount(7);
    QCategoryAxis *yAxis = moneyAxis(maxDay, locale);
    yAxis->setObjectName(QStringLiteral("salesAxis"));
    salesChart->addAxis(xAxis, Qt::AlignBottom);
    salesChart->addAxis(yAxis, Qt::AlignLeft);
    salesSeries->attachAxis(xAxis);
    salesSeries->attachAxis(yAxis);
    salesChart->legend()->hide();
    m_charts->addWidget(chartView(salesChart, tr("Net sales per day, last 90 days (¥)")), 0, 0, 1, 3);

    auto *pie = new QPieSeries;
    if (auto mix = stats.cardMix(from, today)) {
        int total = 0;
        for (const SchemeShare &s : *mix)
            total += s.count;
        for (const SchemeShare &s : *mix) {
            const double share = total > 0 ? 100.0 * s.count / total : 0;
            pie->append(QStringLiteral("%1 %2%").arg(schemeText(s.scheme), locale.toString(share, 'f', 1)),
                        double(s.count));
        }
    }
    auto *mixChart = new QChart;
    mixChart->addSeries(pie);
    mixChart->legend()->setAlignment(Qt::AlignRight);
    QFont legendFont = mixChart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    mixChart->legend()->setFont(legendFont);
    m_charts->addWidget(chartView(mixChart, tr("Card mix (approved sales)")), 1, 0);

    auto *terminalSet = new QBarSet(tr("Net sales (¥)"));
    QStringList tids;
    double maxTerminal = 0;
    if (auto per = stats.perTerminal(from, today)) {
        for (const TerminalSales &t : *per) {
            *terminalSet << double(t.minor) / 100.0;
            maxTerminal = std::max(maxTerminal, double(t.minor) / 100.0);
            tids << t.tid;
        }
    }
    auto *barSeries = new QBarSeries;
    barSeries->append(terminalSet);
    auto *termChart = new QChart;
    termChart->addSeries(barSeries);
    auto *cat = new QBarCategoryAxis;
    cat->append(tids);
    QCategoryAxis *termY = moneyAxis(maxTerminal, locale);
    termY->setObjectName(QStringLiteral("terminalSalesAxis"));
    termChart->addAxis(cat, Qt::AlignBottom);
    termChart->addAxis(termY, Qt::AlignLeft);
    barSeries->attachAxis(cat);
    barSeries->attachAxis(termY);
    termChart->legend()->hide();
    m_charts->addWidget(chartView(termChart, tr("Sales per terminal, 90 days (¥)")), 1, 1);

    auto *incidentSet = new QBarSet(tr("Incidents"));
    incidentSet->setColor(QColor(0xd9, 0x77, 0x06));
    QList<int> weeks;
    if (auto perWeek = stats.incidentsPerWeek(from, today)) {
        for (const auto &[monday, count] : *perWeek) {
            *incidentSet << count;
            weeks << monday.weekNumber();
        }
    }
    auto *incSeries = new QBarSeries;
    incSeries->append(incidentSet);
    auto *incChart = new QChart;
    incChart->addSeries(incSeries);
    // Thirteen category labels do not fit a third of the window (Qt elides them all to "…"): a value axis over the
    // bar positions names every other week instead.
    auto *weekAxis = new QCategoryAxis;
    weekAxis->setRange(-0.5, std::max<qsizetype>(weeks.size(), 1) - 0.5);
    weekAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Ascending end values, as QCategoryAxis requires; the current week is always named.
    for (qsizetype i = (weeks.size() + 1) % 2; i < weeks.size(); i += 2)
        weekAxis->append(QString::number(weeks[i]), double(i));
    weekAxis->setGridLineVisible(false);
    QFont small = weekAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    weekAxis->setLabelsFont(small);
    weekAxis->setTitleText(tr("ISO week"));
    weekAxis->setTitleFont(small);
    int maxPerWeek = 1;
    for (int i = 0; i < incidentSet->count(); ++i)
        maxPerWeek = std::max(maxPerWeek, int(incidentSet->at(i)));
    auto *incY = new QValueAxis;
    incY->setLabelFormat(QStringLiteral("%.0f"));
    incY->setRange(0, maxPerWeek);
    incY->setTickCount(maxPerWeek + 1);
    incChart->addAxis(weekAxis, Qt::AlignBottom);
    incChart->addAxis(incY, Qt::AlignLeft);
    incSeries->attachAxis(weekAxis);
    incSeries->attachAxis(incY);
    incChart->legend()->hide();
    m_charts->addWidget(chartView(incChart, tr("Incidents per week")), 1, 2);
    // The card-mix legend needs the room of its longest scheme name ("American Express").
    m_charts->setColumnStretch(0, 4);
    m_charts->setColumnStretch(1, 3);
    m_charts->setColumnStretch(2, 3);
}

} // namespace posdesk::desktop
