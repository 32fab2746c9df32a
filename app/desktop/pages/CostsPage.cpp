#include "pages/CostsPage.h"

#include "shell/AppSession.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace posdesk::desktop {

namespace {

QTableWidgetItem *textItem(const QString &text)
{
    return new QTableWidgetItem(text);
}

QTableWidgetItem *amountItem(const Money &m)
{
    auto *item = new QTableWidgetItem(m.toDisplayString());
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QLabel *sectionHeading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold; margin-top: 8px;"));
    return label;
}

QTableWidget *totalsTable(QWidget *parent, const QString &name, int columns)
{
    auto *table = Page::listTable(parent, name, columns);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return table;
}

// Columns of the per-terminal table: TID, location, the six kinds, total.
constexpr int kTerminalColumns = 3 + CostOverview::kKinds;

} // namespace

CostsPage::CostsPage(AppSession &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = Page::headingLabel(this);
    m_hint = Page::hintLabel(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);

    auto *period = new QHBoxLayout;
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    m_fromLabel = new QLabel(this);
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1).addMonths(-11), this);
    m_from->setObjectName(QStringLiteral("costsFrom"));
    m_from->setCalendarPopup(true);
    m_toLabel = new QLabel(this);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("costsTo"));
    m_to->setCalendarPopup(true);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_grandTotal = new QLabel(this);
    m_grandTotal->setObjectName(QStringLiteral("costsGrandTotal"));
    m_grandTotal->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 16px;"));
    m_grandTotal->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    period->addWidget(m_fromLabel);
    period->addWidget(m_from);
    period->addWidget(m_toLabel);
    period->addWidget(m_to);
    period->addStretch(1);
    period->addWidget(m_grandTotal);
    layout->addLayout(period);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("costsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_terminalsHeading = sectionHeading(this);
    layout->addWidget(m_terminalsHeading);
    m_terminals = totalsTable(this, QStringLiteral("costsPerTerminal"), kTerminalColumns);
    m_terminals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_terminals->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_terminals, 1);

    auto *lower = new QHBoxLayout;
    auto *kindsBox = new QVBoxLayout;
    m_kindsHeading = sectionHeading(this);
    m_kinds = totalsTable(this, QStringLiteral("costsPerKind"), 2);
    kindsBox->addWidget(m_kindsHeading);
    kindsBox->addWidget(m_kinds, 1);
    auto *monthsBox = new QVBoxLayout;
    m_monthsHeading = sectionHeading(this);
    m_months = totalsTable(this, QStringLiteral("costsPerMonth"), 2);
    monthsBox->addWidget(m_monthsHeading);
    monthsBox->addWidget(m_months, 1);
    lower->addLayout(kindsBox, 1);
    lower->addLayout(monthsBox, 1);
    layout->addLayout(lower, 1);

    connect(m_from, &QDateEdit::dateChanged, this, [this] { refresh(); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { refresh(); });
    retranslate();
}

QString CostsPage::title() const
{
    return tr("Costs");
}

// The kinds in the screen's language (CostOverview's own names belong to the reports' catalogue, in force only while
// a report is written).
QString CostsPage::kindLabel(int kind)
{
    switch (kind) {
    case CostOverview::Device:
        return tr("Device");
    case CostOverview::Installation:
        return tr("Installation");
    case CostOverview::Training:
        return tr("Training");
    case CostOverview::Maintenance:
        return tr("Maintenance");
    case CostOverview::Licence:
        return tr("Software licence");
    default:
        return tr("Other");
    }
}

void CostsPage::retranslate()
{
    m_heading->setText(tr("Costs of the terminals"));
    m_hint->setText(tr("What the terminals cost in the period, per terminal, per kind and per month. Record a cost "
                       "on the terminal's Costs tab under Terminals."));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_terminalsHeading->setText(tr("Per terminal"));
    m_kindsHeading->setText(tr("Per kind"));
    m_monthsHeading->setText(tr("Per month"));
    QStringList headers{tr("Terminal"), tr("Location")};
    for (int k = 0; k < CostOverview::kKinds; ++k)
        headers << kindLabel(k);
    headers << tr("Total");
    m_terminals->setHorizontalHeaderLabels(headers);
    m_kinds->setHorizontalHeaderLabels({tr("Kind"), tr("Total")});
    m_months->setHorizontalHeaderLabels({tr("Month"), tr("Total")});
    fillTables();
}

void CostsPage::showEvent(QShowEvent *e)
{
    Page::showEvent(e);
    refresh();
}

void CostsPage::setPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void CostsPage::refresh()
{
    m_overview = CostOverview{};
    m_otherCurrencies.clear();
    m_message->clear();
    m_message->setStyleSheet(QString());
    m_message->hide();
    if (m_from->date() > m_to->date()) {
        Page::showStatusLine(m_message, tr("The period starts after it ends: choose a “From” date before “To”."), true);
    } else if (!m_actor.name.isEmpty()) {
        auto overviews =
            CostOverview::compute(m_session.db(), m_session.clock(), m_actor, m_from->date(), m_to->date());
        if (!overviews) {
            Page::showStatusLine(m_message, overviews.error().message, true);
        } else {
            m_overview = overviews->front();
            QStringList others;
            for (std::size_t i = 1; i < overviews->size(); ++i)
                others << (*overviews)[i].money((*overviews)[i].total).toDisplayString();
            m_otherCurrencies = others.join(QStringLiteral(", "));
        }
    }
    fillTables();
}

void CostsPage::fillTables()
{
    const CostOverview &o = m_overview;
    m_terminals->setRowCount(int(o.terminals.size()));
    for (int r = 0; r < int(o.terminals.size()); ++r) {
        const auto &line = o.terminals[std::size_t(r)];
        m_terminals->setItem(r, 0, textItem(line.tid));
        m_terminals->setItem(r, 1, textItem(line.location));
        for (int k = 0; k < CostOverview::kKinds; ++k)
            m_terminals->setItem(r, 2 + k, amountItem(o.money(line.byKind[std::size_t(k)])));
        m_terminals->setItem(r, kTerminalColumns - 1, amountItem(o.money(line.total)));
    }
    m_kinds->setRowCount(CostOverview::kKinds);
    for (int k = 0; k < CostOverview::kKinds; ++k) {
        m_kinds->setItem(k, 0, textItem(kindLabel(k)));
        m_kinds->setItem(k, 1, amountItem(o.money(o.byKind[std::size_t(k)])));
    }
    const QLocale locale;
    m_months->setRowCount(int(o.months.size()));
    for (int r = 0; r < int(o.months.size()); ++r) {
        const auto &line = o.months[std::size_t(r)];
        // The month as the language writes it: "December 2026", "2026年12月".
        m_months->setItem(r, 0, textItem(locale.toString(line.month, tr("MMMM yyyy", "month and year"))));
        m_months->setItem(r, 1, amountItem(o.money(line.total)));
    }
    m_grandTotal->setText(tr("Total: %1").arg(o.money(o.total).toDisplayString()));
    if (!m_otherCurrencies.isEmpty())
        m_grandTotal->setText(m_grandTotal->text() + QStringLiteral("  ") +
                              tr("(also %1, kept apart)").arg(m_otherCurrencies));
    if (o.terminals.empty() && m_message->text().isEmpty())
        m_message->setText(tr("No costs recorded in this period. Record one on a terminal's Costs tab."));
    m_message->setVisible(!m_message->text().isEmpty());
}

} // namespace posdesk::desktop
