#include "pages/AlertsPage.h"

#include "shell/AppSession.h"
#include "storage/IncidentRepository.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace posdesk::desktop {

AlertsPage::AlertsPage(AppSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Alerts"), this);
    title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));
    layout->addWidget(title);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Opened"), tr("Code"), tr("TID"), tr("State"), tr("Occurrences"), tr("Cause")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
}

void AlertsPage::showEvent(QShowEvent *e)
{
    QWidget::showEvent(e);
    refresh();
}

void AlertsPage::refresh()
{
    auto incidents = IncidentRepository(m_session.db()).list(false);
    if (!incidents)
        return;
    m_table->setRowCount(int(incidents->size()));
    int row = 0;
    for (const Incident &i : *incidents) {
        const QString state = i.state == IncidentState::Open        ? tr("Open")
                              : i.state == IncidentState::Escalated ? tr("Escalated")
                                                                    : tr("Resolved");
        const QStringList cells{QString::number(i.id),
                                QLocale().toString(QDateTime::fromMSecsSinceEpoch(i.openedAt), QLocale::ShortFormat),
                                i.code,
                                i.tid,
                                state,
                                QString::number(i.occurrences),
                                i.cause};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        if (i.state != IncidentState::Resolved)
            m_table->item(row, 4)->setBackground(QColor(0xfe, 0xe2, 0xe2));
        ++row;
    }
    m_table->resizeColumnsToContents();
}

} // namespace posdesk::desktop
