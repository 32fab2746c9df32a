#include "pages/TerminalsPage.h"

#include "shell/AppSession.h"
#include "storage/TerminalRepository.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace posdesk::desktop {

TerminalsPage::TerminalsPage(AppSession &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    m_heading = new QLabel(this);
    m_heading->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));
    layout->addWidget(m_heading);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("terminalTable"));
    m_table->setColumnCount(7);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Stretch (not stretchLastSection): resizeColumnsToContents leaves a stretched section alone.
    m_table->horizontalHeader()->setSectionResizeMode(m_table->columnCount() - 1, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    retranslate();
}

QString TerminalsPage::title() const
{
    return tr("Terminals");
}

void TerminalsPage::retranslate()
{
    m_heading->setText(tr("Terminals"));
    m_table->setHorizontalHeaderLabels(
        {tr("TID"), tr("MID"), tr("State"), tr("Acquirer"), tr("Serial"), tr("Location"), tr("Last sign-on")});
    if (isVisible())
        refresh();
}

void TerminalsPage::showEvent(QShowEvent *e)
{
    Page::showEvent(e);
    refresh();
}

void TerminalsPage::refresh()
{
    auto terminals = TerminalRepository(m_session.db()).list();
    if (!terminals)
        return;
    m_table->setRowCount(int(terminals->size()));
    int row = 0;
    for (const Terminal &t : *terminals) {
        const QString lastSignOn =
            t.lastSignonAt ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*t.lastSignonAt), QLocale::ShortFormat)
                           : tr("never");
        const QStringList cells{t.tid, t.mid, displayName(t.state), t.acquirerName, t.serial, t.location, lastSignOn};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        QColor colour = t.state == TerminalState::Active ? QColor(0xdc, 0xfc, 0xe7)
                        : t.state == TerminalState::Suspended || t.state == TerminalState::Swapped
                            ? QColor(0xfe, 0xf3, 0xc7)
                        : t.state == TerminalState::Deregistered ? QColor(0xe5, 0xe7, 0xeb)
                                                                 : QColor(0xdb, 0xea, 0xfe);
        m_table->item(row, 2)->setBackground(colour);
        ++row;
    }
    m_table->resizeColumnsToContents(); // a handful of rows: cheap
}

} // namespace posdesk::desktop
