#include "pages/ShiftPage.h"

#include "pages/DrawerCount.h"
#include "shell/AppSession.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"

#include <QDateTime>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace posdesk::desktop {

ShiftPage::ShiftPage(AppSession &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    m_heading = Page::headingLabel(this);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("shiftTotals"));
    m_totals->setStyleSheet(QStringLiteral("font-size: 15px;"));
    m_table = Page::listTable(this, QStringLiteral("shiftTable"), 7);
    // Stretch (not stretchLastSection): resizeColumnsToContents leaves a stretched section alone.
    m_table->horizontalHeader()->setSectionResizeMode(m_table->columnCount() - 1, QHeaderView::Stretch);
    layout->addWidget(m_heading);
    layout->addWidget(m_totals);
    layout->addWidget(m_table, 1);
    m_drawer = new DrawerCount(session, this);
    connect(m_drawer, &DrawerCount::shiftClosed, this, &ShiftPage::refresh);
    layout->addWidget(m_drawer);
    retranslate();
}

void ShiftPage::setActor(const Actor &actor)
{
    Page::setActor(actor);
    m_drawer->setActor(actor);
}

QString ShiftPage::title() const
{
    return tr("My shift");
}

void ShiftPage::retranslate()
{
    m_heading->setText(tr("My shift today"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Terminal"), tr("Kind"), tr("Amount"), tr("Card"), tr("Status"), tr("RRN")});
    if (isVisible())
        refresh();
}

void ShiftPage::showEvent(QShowEvent *e)
{
    Page::showEvent(e);
    refresh();
}

void ShiftPage::refresh()
{
    if (m_actor.name.isEmpty())
        return;
    QHash<Id, QString> tids;
    if (auto terminals = TerminalRepository(m_session.db()).list()) {
        for (const Terminal &t : *terminals)
            tids.insert(t.id, t.tid);
    }
    TxnFilter filter;
    filter.from = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
    filter.cashier = m_actor.name;
    // One cashier's day is a few hundred rows at most; a shop that sells more gets the history view (later).
    auto txns = TransactionRepository(m_session.db()).list(filter, 2000);
    if (!txns)
        return;
    const QLocale locale;
    std::int64_t net = 0;
    std::int64_t cash = 0;
    int sales = 0;
    int cashCount = 0;
    m_table->setRowCount(int(txns->size()));
    int row = 0;
    // Newest first: the cashier looks for the sale just made.
    for (auto it = txns->rbegin(); it != txns->rend(); ++it, ++row) {
        const CardTransaction &t = *it;
        QString kind;
        switch (t.kind) {
        case TxnKind::Sale:
            kind = tr("sale");
            break;
        case TxnKind::Void:
            kind = tr("void");
            break;
        case TxnKind::Refund:
            kind = tr("refund");
            break;
        case TxnKind::Cash:
            kind = tr("cash");
            break;
        }
        QString status;
        switch (t.status) {
        case TxnStatus::Pending:
            status = tr("waiting for the host");
            break;
        case TxnStatus::Approved:
            status = tr("approved");
            break;
        case TxnStatus::Declined:
            status = t.responseCode.isEmpty() ? tr("declined") : tr("declined (%1)").arg(t.responseCode);
            break;
        case TxnStatus::InDoubt:
            status = tr("in doubt, reversal queued");
            break;
        case TxnStatus::Reversed:
            status = tr("reversed");
            break;
        case TxnStatus::Voided:
            status = tr("voided");
            break;
        }
        if (t.kind == TxnKind::Sale && (t.status == TxnStatus::Approved || t.status == TxnStatus::Voided)) {
            ++sales;
            if (t.status == TxnStatus::Approved)
                net += t.amount.minor();
        } else if (t.kind == TxnKind::Refund && t.status == TxnStatus::Approved) {
            net -= t.amount.minor();
        } else if (t.kind == TxnKind::Cash && t.status == TxnStatus::Approved) {
            ++cashCount;
            cash += t.amount.minor();
        }
        const QStringList cells{
            locale.toString(QDateTime::fromMSecsSinceEpoch(t.createdAt).time(), QLocale::ShortFormat),
            tids.value(t.terminalId),
            kind,
            t.amount.toDisplayString(locale),
            t.panMasked,
            status,
            t.rrn};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
    }
    m_totals->setText(
        tr("%1 — %n card sale(s), net %2", nullptr, sales).arg(m_actor.name, Money::cny(net).toDisplayString(locale)) +
        u'\n' + tr("Cash: %n transaction(s), %1", nullptr, cashCount).arg(Money::cny(cash).toDisplayString(locale)));
    m_table->resizeColumnsToContents();
    m_drawer->refresh();
}

} // namespace posdesk::desktop
