#include "pages/TerminalsPage.h"

#include "pages/terminals/EnrolTerminalWizard.h"
#include "pages/terminals/TerminalChipTab.h"
#include "pages/terminals/TerminalCostsTab.h"
#include "pages/terminals/TerminalDetailsTab.h"
#include "pages/terminals/TerminalDocumentsTab.h"
#include "pages/terminals/TerminalLifecycleTab.h"
#include "pages/terminals/TerminalMaintenanceTab.h"
#include "security/Permissions.h"
#include "shell/AppSession.h"
#include "storage/TerminalRepository.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace posdesk::desktop {

TerminalsPage::TerminalsPage(AppSession &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    auto *header = new QHBoxLayout;
    m_heading = Page::headingLabel(this);
    header->addWidget(m_heading);
    header->addStretch(1);
    m_enrol = new QPushButton(this);
    m_enrol->setObjectName(QStringLiteral("enrolTerminal"));
    m_enrol->setStyleSheet(QStringLiteral("QPushButton { font-weight: bold; background: #2563eb; color: white; "
                                          "border-radius: 6px; padding: 6px 16px; }"));
    header->addWidget(m_enrol);
    layout->addLayout(header);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_table = Page::listTable(splitter, QStringLiteral("terminalTable"), 7);

    auto *details = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 8, 0, 0);
    m_empty = new QLabel(details);
    m_empty->setObjectName(QStringLiteral("terminalsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #475569;"));
    detailsLayout->addWidget(m_empty);
    m_tabs = new QTabWidget(details);
    m_tabs->setObjectName(QStringLiteral("terminalTabs"));
    detailsLayout->addWidget(m_tabs, 1);
    m_tabPages = {new TerminalDetailsTab(session, m_tabs),     new TerminalLifecycleTab(session, m_tabs),
                  new TerminalDocumentsTab(session, m_tabs),   new TerminalCostsTab(session, m_tabs),
                  new TerminalMaintenanceTab(session, m_tabs), new TerminalChipTab(session, m_tabs)};
    const char *names[] = {"detailsTab", "lifecycleTab", "documentsTab", "costsTab", "maintenanceTab", "chipTab"};
    Q_ASSERT(std::size(names) == m_tabPages.size()); // one object name per tab
    for (size_t i = 0; i < m_tabPages.size(); ++i) {
        m_tabPages[i]->setObjectName(QLatin1String(names[i]));
        m_tabs->addTab(m_tabPages[i], m_tabPages[i]->title());
        connect(m_tabPages[i], &TerminalTab::terminalChanged, this, [this](const QString &tid) {
            refresh();
            selectTerminal(tid);
        });
    }
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    layout->addWidget(splitter, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TerminalsPage::showSelected);
    connect(m_enrol, &QPushButton::clicked, this, &TerminalsPage::openEnrolWizard);
    retranslate();
    setActor(m_actor);
}

QString TerminalsPage::title() const
{
    return tr("Terminals");
}

void TerminalsPage::setActor(const Actor &actor)
{
    Page::setActor(actor);
    for (TerminalTab *tab : m_tabPages)
        tab->setActor(actor);
    m_enrol->setVisible(allowed(actor, Permission::ManageTerminals));
}

void TerminalsPage::retranslate()
{
    m_heading->setText(tr("Terminals"));
    m_enrol->setText(tr("Enrol terminal…"));
    m_table->setHorizontalHeaderLabels(
        {tr("TID"), tr("MID"), tr("State"), tr("Acquirer"), tr("Serial"), tr("Location"), tr("Last sign-on")});
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabText(i, m_tabPages[size_t(i)]->title());
    if (isVisible())
        refresh();
}

void TerminalsPage::showEvent(QShowEvent *e)
{
    Page::showEvent(e);
    refresh();
}

QString TerminalsPage::selectedTid() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->text();
}

bool TerminalsPage::selectTerminal(const QString &tid)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == tid) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void TerminalsPage::refresh()
{
    auto terminals = TerminalRepository(m_session.db()).list();
    if (!terminals)
        return;
    const QString selected = selectedTid();
    const QSignalBlocker block(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(terminals->size()));
    int row = 0;
    for (const Terminal &t : *terminals) {
        const QString lastSignOn =
            t.lastSignonAt ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*t.lastSignonAt), QLocale::ShortFormat)
                           : tr("never");
        const QStringList cells{t.tid, t.mid, displayName(t.state), t.acquirerName, t.serial, t.location, lastSignOn};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        m_table->item(row, 2)->setBackground(stateColour(t.state));
        ++row;
    }
    // A handful of rows: fit the columns to their text, then give the room left to the last column (a stretched
    // section set once is undone by resizeColumnsToContents).
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(m_table->columnCount() - 1, QHeaderView::Stretch);
    // Tall enough for up to six terminals without scrolling; the details below get the rest.
    const int visibleRows = qBound(1, m_table->rowCount(), 6);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              visibleRows * m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth() + 2);
    if (!selectTerminal(selected) && m_table->rowCount() > 0)
        m_table->selectRow(0);
    showSelected();
}

void TerminalsPage::showSelected()
{
    const QString tid = selectedTid();
    Terminal terminal;
    if (!tid.isEmpty()) {
        if (auto t = TerminalRepository(m_session.db()).findByTid(tid))
            terminal = *t;
    }
    const bool none = terminal.tid.isEmpty();
    m_empty->setText(m_table->rowCount() == 0
                         ? tr("No terminal recorded yet. Click “Enrol terminal…” to record the first one.")
                         : tr("Select a terminal above to see its details."));
    m_empty->setVisible(none);
    m_tabs->setEnabled(!none);
    for (TerminalTab *tab : m_tabPages)
        tab->showTerminal(terminal);
}

EnrolTerminalWizard *TerminalsPage::openEnrolWizard()
{
    auto *wizard = new EnrolTerminalWizard(m_session, m_actor, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        refresh();
        selectTerminal(wizard->createdTid());
    });
    wizard->show();
    return wizard;
}

} // namespace posdesk::desktop
