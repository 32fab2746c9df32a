#include "pages/SettlementPage.h"

#include "settlement/SettlementService.h"
#include "shell/AppSession.h"
#include "shell/MessageBox.h"
#include "storage/BatchRepository.h"
#include "storage/TerminalRepository.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace posdesk::desktop {

namespace {

QString money(std::int64_t fen)
{
    return Money::cny(fen).toDisplayString();
}

QString when(std::optional<TimeMs> ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) : QStringLiteral("—");
}

// A handful of rows: fit the columns to their text, and give the room left over to the last column. (A stretched
// last section set once is undone by resizeColumnsToContents.)
void fitColumns(QTableWidget *t)
{
    t->resizeColumnsToContents();
    t->horizontalHeader()->setSectionResizeMode(t->columnCount() - 1, QHeaderView::Stretch);
}

void setRow(QTableWidget *t, int row, const QStringList &cells, int firstNumeric, int lastNumeric)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c >= firstNumeric && c <= lastNumeric)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

} // namespace

SettlementPage::SettlementPage(AppSession &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    m_heading = Page::headingLabel(this);
    m_hint = Page::hintLabel(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    m_open = Page::listTable(this, QStringLiteral("openBatches"), 7);
    m_open->setMaximumHeight(170);
    layout->addWidget(m_open);

    auto *actions = new QHBoxLayout;
    m_settle = new QPushButton(this);
    m_settle->setObjectName(QStringLiteral("settleButton"));
    m_settle->setMinimumHeight(40);
    m_settle->setStyleSheet(QStringLiteral("QPushButton { font-weight: bold; background: #2563eb; color: white; "
                                           "border-radius: 6px; padding: 0 18px; } QPushButton:disabled { "
                                           "background: #9ca3af; }"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("settleProgress"));
    m_progress->setRange(0, 0); // no step counts from the host: busy until the verdict
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("settleResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    actions->addWidget(m_settle);
    actions->addWidget(m_progress);
    actions->addWidget(m_result, 1);
    layout->addLayout(actions);

    m_historyHeading = new QLabel(this);
    m_historyHeading->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold; margin-top: 8px;"));
    layout->addWidget(m_historyHeading);
    m_history = Page::listTable(this, QStringLiteral("batchHistory"), 7);
    layout->addWidget(m_history, 1);

    connect(m_settle, &QPushButton::clicked, this, &SettlementPage::settleSelected);
    connect(m_open, &QTableWidget::itemSelectionChanged, this, &SettlementPage::showHistory);
    retranslate();
}

QString SettlementPage::title() const
{
    return tr("Settlement");
}

void SettlementPage::retranslate()
{
    m_heading->setText(tr("Settlement — open batches"));
    m_hint->setText(tr("At the end of the day, settle each terminal that took cards. PosDesk sends the totals to the "
                       "acquirer; if they differ, it uploads the batch and closes it."));
    m_open->setHorizontalHeaderLabels({tr("Terminal"), tr("Batch"), tr("Opened"), tr("Sales"), tr("Sales amount"),
                                       tr("Refunds"), tr("Refund amount")});
    m_history->setHorizontalHeaderLabels(
        {tr("Batch"), tr("Opened"), tr("Closed"), tr("Sales"), tr("Sales amount"), tr("Refunds"), tr("Result")});
    m_settle->setText(tr("Settle selected terminal"));
    m_historyHeading->setText(tr("Closed batches of the selected terminal"));
    if (isVisible())
        refresh();
}

void SettlementPage::showEvent(QShowEvent *e)
{
    Page::showEvent(e);
    refresh();
}

QString SettlementPage::selectedTid() const
{
    const int row = m_open->currentRow();
    if (row < 0 || !m_open->item(row, 0))
        return {};
    return m_open->item(row, 0)->data(Qt::UserRole).toString();
}

bool SettlementPage::selectTerminal(const QString &tid)
{
    for (int r = 0; r < m_open->rowCount(); ++r) {
        if (m_open->item(r, 0)->data(Qt::UserRole).toString() == tid) {
            m_open->selectRow(r);
            return true;
        }
    }
    return false;
}

QString SettlementPage::resultText() const
{
    return m_result->text();
}

void SettlementPage::refresh()
{
    const QString keep = selectedTid();
    auto terminals = TerminalRepository(m_session.db()).list();
    if (!terminals)
        return;
    BatchRepository batches(m_session.db());
    m_open->setRowCount(0);
    for (const Terminal &t : *terminals) {
        if (t.tid.isEmpty())
            continue;
        auto batch = batches.find(t.id, t.batchNo);
        auto totals = m_session.settlement().totalsOf(t.id, t.batchNo);
        const auto &d = totals ? totals->totals.domestic : iso8583::SettlementTotals::Side{};
        const auto &f = totals ? totals->totals.foreign : iso8583::SettlementTotals::Side{};
        const int row = m_open->rowCount();
        m_open->insertRow(row);
        setRow(m_open, row,
               {t.tid, QString::number(t.batchNo), batch ? when(batch->openedAt) : tr("no sales yet"),
                QString::number(d.debitCount + f.debitCount), money(d.debitAmount + f.debitAmount),
                QString::number(d.creditCount + f.creditCount), money(d.creditAmount + f.creditAmount)},
               3, 6);
        m_open->item(row, 0)->setData(Qt::UserRole, t.tid);
        m_open->item(row, 0)->setData(Qt::UserRole + 1, qlonglong(t.id));
    }
    fitColumns(m_open); // one row per terminal: cheap
    if (!keep.isEmpty())
        selectTerminal(keep);
    else if (m_open->rowCount() > 0)
        m_open->selectRow(0);
    showHistory();
    m_settle->setEnabled(!m_settling && !selectedTid().isEmpty());
}

void SettlementPage::showHistory()
{
    m_settle->setEnabled(!m_settling && !selectedTid().isEmpty());
    const int row = m_open->currentRow();
    m_history->setRowCount(0);
    if (row < 0 || !m_open->item(row, 0))
        return;
    const Id terminalId = m_open->item(row, 0)->data(Qt::UserRole + 1).toLongLong();
    auto list = BatchRepository(m_session.db()).listForTerminal(terminalId);
    if (!list)
        return;
    // Newest first: the accountant checks yesterday's close, not the first one.
    for (auto it = list->rbegin(); it != list->rend(); ++it) {
        if (it->state != BatchState::Closed)
            continue;
        QString verdict = it->hostResult;
        if (verdict == u"balanced")
            verdict = tr("balanced");
        else if (verdict == u"uploaded")
            verdict = tr("uploaded (host totals differed)");
        else if (verdict == u"uploaded-balanced")
            verdict = tr("uploaded, then balanced");
        const int r = m_history->rowCount();
        m_history->insertRow(r);
        setRow(m_history, r,
               {QString::number(it->batchNo), when(it->openedAt), when(it->closedAt), QString::number(it->saleCount),
                money(it->saleMinor), QString::number(it->refundCount), verdict},
               3, 5);
    }
    fitColumns(m_history); // about one row per day
}

void SettlementPage::setSettling(bool on, const QString &tid)
{
    m_settling = on;
    m_progress->setVisible(on);
    m_settle->setEnabled(!on && !selectedTid().isEmpty());
    m_open->setEnabled(!on);
    if (on) {
        showStatus(m_result, Tone::Plain, [this, tid] {
            return tr("Settling terminal %1: sending totals, uploading the batch if needed…").arg(tid);
        });
    }
}

void SettlementPage::settleSelected()
{
    const QString tid = selectedTid();
    if (tid.isEmpty() || m_settling)
        return;
    if (MessageBox::confirm(this, tr("Settle terminal %1").arg(tid),
                            tr("Close the open batch of terminal %1 and send its totals to the acquirer? Sales after "
                               "this go into the next batch.")
                                .arg(tid),
                            tr("Settle")) != MessageBox::Answer::Confirm)
        return;
    setSettling(true, tid);
    QPointer<SettlementPage> self(this);
    m_session.settlement().settle(m_actor, tid, [self, tid](Result<SettlementOutcome> r) {
        if (!self)
            return;
        self->setSettling(false);
        if (r) {
            self->showStatus(self->m_result, Tone::Good, [outcome = *r, tid] {
                const auto &d = outcome.totals.totals.domestic;
                const auto &f = outcome.totals.totals.foreign;
                const QString verdict = outcome.verdict == u"balanced" ? tr("the host's totals matched")
                                        : outcome.uploaded
                                            ? tr("the host's totals differed, so %n transaction(s) were uploaded",
                                                 nullptr, outcome.uploadedCount)
                                            : outcome.verdict;
                return tr("Batch %1 of terminal %2 is closed: %3. Sales %4 for %5, refunds %6 for %7.")
                    .arg(outcome.batchNo)
                    .arg(tid, verdict)
                    .arg(d.debitCount + f.debitCount)
                    .arg(money(d.debitAmount + f.debitAmount))
                    .arg(d.creditCount + f.creditCount)
                    .arg(money(d.creditAmount + f.creditAmount));
            });
        } else {
            self->showStatus(self->m_result, Tone::Bad, [tid, reason = r.error().message] {
                return tr("Terminal %1 was not settled: %2").arg(tid, reason);
            });
        }
        self->refresh();
        emit self->settled(r.ok());
    });
}

} // namespace posdesk::desktop
