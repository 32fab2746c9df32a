#include "pages/terminals/TerminalCostsTab.h"

#include "enrollment/EnrollmentRecords.h"
#include "shell/AppSession.h"

#include "pages/Page.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace posdesk::desktop {

namespace {
QTableWidget *makeTable(const QString &name, int columns, QWidget *parent)
{
    auto *table = Page::listTable(parent, name, columns);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(columns - 1, QHeaderView::Stretch);
    return table;
}

QTableWidgetItem *amountItem(const Money &m)
{
    auto *item = new QTableWidgetItem(m.toDisplayString());
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

TerminalCostsTab::TerminalCostsTab(AppSession &session, QWidget *parent) : TerminalTab(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *tables = new QHBoxLayout;
    m_costs = makeTable(QStringLiteral("costTable"), 4, this);
    tables->addWidget(m_costs, 3);
    auto *right = new QVBoxLayout;
    m_totalsHeading = new QLabel(this);
    m_totalsHeading->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_totals = makeTable(QStringLiteral("costTotals"), 2, this);
    m_totals->setSelectionMode(QAbstractItemView::NoSelection);
    m_grandTotal = new QLabel(this);
    m_grandTotal->setObjectName(QStringLiteral("costGrandTotal"));
    m_grandTotal->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 15px;"));
    right->addWidget(m_totalsHeading);
    right->addWidget(m_totals, 1);
    right->addWidget(m_grandTotal);
    tables->addLayout(right, 2);
    layout->addLayout(tables, 1);

    m_addBox = new QGroupBox(this);
    auto *grid = new QGridLayout(m_addBox);
    m_categoryLabel = new QLabel(m_addBox);
    m_category = new QComboBox(m_addBox);
    m_category->setObjectName(QStringLiteral("costCategory"));
    m_amountLabel = new QLabel(m_addBox);
    m_amount = new QLineEdit(m_addBox);
    m_amount->setObjectName(QStringLiteral("costAmount"));
    m_dateLabel = new QLabel(m_addBox);
    m_date = new QDateEdit(m_addBox);
    m_date->setObjectName(QStringLiteral("costDate"));
    m_date->setCalendarPopup(true);
    m_date->setDate(m_session.clock().nowUtc().toLocalTime().date());
    m_noteLabel = new QLabel(m_addBox);
    m_note = new QLineEdit(m_addBox);
    m_note->setObjectName(QStringLiteral("costNote"));
    m_add = new QPushButton(m_addBox);
    m_add->setObjectName(QStringLiteral("addCost"));
    grid->addWidget(m_categoryLabel, 0, 0);
    grid->addWidget(m_category, 0, 1);
    grid->addWidget(m_amountLabel, 0, 2);
    grid->addWidget(m_amount, 0, 3);
    grid->addWidget(m_dateLabel, 0, 4);
    grid->addWidget(m_date, 0, 5);
    grid->addWidget(m_noteLabel, 1, 0);
    grid->addWidget(m_note, 1, 1, 1, 5);
    grid->addWidget(m_add, 1, 6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addWidget(m_addBox);
    m_message = makeMessageLabel(QStringLiteral("costsMessage"), this);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &TerminalCostsTab::addCost);
    connect(m_amount, &QLineEdit::returnPressed, this, &TerminalCostsTab::addCost);
    retranslate();
    updateEditing();
}

QString TerminalCostsTab::title() const
{
    return tr("Costs");
}

void TerminalCostsTab::retranslate()
{
    m_costs->setHorizontalHeaderLabels({tr("Category"), tr("Amount"), tr("Date"), tr("Note")});
    m_totals->setHorizontalHeaderLabels({tr("Category"), tr("Total")});
    m_totalsHeading->setText(tr("Totals per category"));
    m_addBox->setTitle(tr("Record a cost"));
    m_categoryLabel->setText(tr("Category:"));
    m_amountLabel->setText(tr("Amount (¥):"));
    m_amount->setPlaceholderText(tr("e.g. 1280.00"));
    m_dateLabel->setText(tr("Date:"));
    m_noteLabel->setText(tr("Note:"));
    m_add->setText(tr("Add cost"));
    const QString selected = m_category->currentData().toString();
    m_category->clear();
    for (const QString &key : EnrollmentRecords::costCategories())
        m_category->addItem(costCategoryName(key), key);
    m_category->setCurrentIndex(qMax(0, m_category->findData(selected)));
}

void TerminalCostsTab::reload()
{
    m_costs->setRowCount(0);
    m_totals->setRowCount(0);
    m_grandTotal->clear();
    if (!hasTerminal())
        return;
    auto costs = EnrollmentRecords(m_session.db(), m_session.clock(), m_session.dataFolder()).costs(m_terminal.tid);
    if (!costs) {
        showMessage(m_message, costs.error().message, true);
        return;
    }
    m_costs->setRowCount(int(costs->size()));
    std::map<QString, Money> perCategory;
    Money total;
    int row = 0;
    for (const TerminalCost &c : *costs) {
        m_costs->setItem(row, 0, new QTableWidgetItem(costCategoryName(c.category)));
        m_costs->setItem(row, 1, amountItem(c.amount));
        m_costs->setItem(row, 2, new QTableWidgetItem(QLocale().toString(c.incurredOn, QLocale::ShortFormat)));
        m_costs->setItem(row, 3, new QTableWidgetItem(c.note));
        auto [it, inserted] = perCategory.try_emplace(c.category, Money(0, c.amount.currency()));
        if (auto sum = it->second.plus(c.amount))
            it->second = *sum;
        if (row == 0)
            total = Money(0, c.amount.currency());
        if (auto sum = total.plus(c.amount))
            total = *sum;
        ++row;
    }
    // In the order of the categories, not of the alphabet of one language.
    for (const QString &key : EnrollmentRecords::costCategories()) {
        auto it = perCategory.find(key);
        if (it == perCategory.end())
            continue;
        const int r = m_totals->rowCount();
        m_totals->insertRow(r);
        m_totals->setItem(r, 0, new QTableWidgetItem(costCategoryName(key)));
        m_totals->setItem(r, 1, amountItem(it->second));
    }
    m_grandTotal->setText(tr("Total: %1").arg(total.toDisplayString()));
}

void TerminalCostsTab::updateEditing()
{
    m_addBox->setEnabled(canEdit());
}

bool TerminalCostsTab::addCost()
{
    if (!canEdit())
        return false;
    auto amount = Money::parse(m_amount->text().trimmed());
    if (!amount) {
        showMessage(m_message, amount.error().message, true);
        return false;
    }
    const QString tid = m_terminal.tid;
    auto id = EnrollmentRecords(m_session.db(), m_session.clock(), m_session.dataFolder())
                  .addCost(m_actor, tid, m_category->currentData().toString(), *amount, m_date->date(),
                           m_note->text().trimmed());
    if (!id) {
        showMessage(m_message, id.error().message, true);
        return false;
    }
    m_amount->clear();
    m_note->clear();
    emit terminalChanged(tid);
    showMessage(m_message, tr("%1 recorded as %2.").arg(amount->toDisplayString(), m_category->currentText()), false);
    return true;
}

} // namespace posdesk::desktop
