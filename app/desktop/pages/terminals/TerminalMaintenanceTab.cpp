#include "pages/terminals/TerminalMaintenanceTab.h"

#include "enrollment/EnrollmentRecords.h"
#include "pages/Page.h"
#include "shell/AppSession.h"

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

namespace posdesk::desktop {

namespace {
constexpr int kSoonDays = 7; // due within a week: amber
} // namespace

TerminalMaintenanceTab::TerminalMaintenanceTab(AppSession &session, QWidget *parent) : TerminalTab(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_table = Page::listTable(this, QStringLiteral("maintenanceTable"), 4);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *doneRow = new QHBoxLayout;
    m_doneNoteLabel = new QLabel(this);
    m_doneNote = new QLineEdit(this);
    m_doneNote->setObjectName(QStringLiteral("maintenanceDoneNote"));
    m_done = new QPushButton(this);
    m_done->setObjectName(QStringLiteral("markMaintenanceDone"));
    doneRow->addWidget(m_doneNoteLabel);
    doneRow->addWidget(m_doneNote, 1);
    doneRow->addWidget(m_done);
    layout->addLayout(doneRow);

    m_addBox = new QGroupBox(this);
    auto *grid = new QGridLayout(m_addBox);
    m_kindLabel = new QLabel(m_addBox);
    m_kind = new QComboBox(m_addBox);
    m_kind->setObjectName(QStringLiteral("maintenanceKind"));
    m_dueLabel = new QLabel(m_addBox);
    m_due = new QDateEdit(m_addBox);
    m_due->setObjectName(QStringLiteral("maintenanceDue"));
    m_due->setCalendarPopup(true);
    m_due->setDate(m_session.clock().nowUtc().toLocalTime().date().addMonths(1));
    m_noteLabel = new QLabel(m_addBox);
    m_note = new QLineEdit(m_addBox);
    m_note->setObjectName(QStringLiteral("maintenanceNote"));
    m_schedule = new QPushButton(m_addBox);
    m_schedule->setObjectName(QStringLiteral("scheduleMaintenance"));
    grid->addWidget(m_kindLabel, 0, 0);
    grid->addWidget(m_kind, 0, 1);
    grid->addWidget(m_dueLabel, 0, 2);
    grid->addWidget(m_due, 0, 3);
    grid->addWidget(m_noteLabel, 1, 0);
    grid->addWidget(m_note, 1, 1, 1, 3);
    grid->addWidget(m_schedule, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addWidget(m_addBox);
    m_message = makeMessageLabel(QStringLiteral("maintenanceMessage"), this);
    layout->addWidget(m_message);

    connect(m_schedule, &QPushButton::clicked, this, &TerminalMaintenanceTab::schedule);
    connect(m_done, &QPushButton::clicked, this, &TerminalMaintenanceTab::markSelectedDone);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TerminalMaintenanceTab::updateEditing);
    retranslate();
    updateEditing();
}

QString TerminalMaintenanceTab::title() const
{
    return tr("Maintenance");
}

void TerminalMaintenanceTab::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("What"), tr("Due on"), tr("When"), tr("Note")});
    m_doneNoteLabel->setText(tr("Done note:"));
    m_doneNote->setPlaceholderText(tr("optional, e.g. engineer's name or new version"));
    m_done->setText(tr("Mark selected done"));
    m_addBox->setTitle(tr("Schedule maintenance or an update"));
    m_kindLabel->setText(tr("What:"));
    m_dueLabel->setText(tr("Due on:"));
    m_noteLabel->setText(tr("Note:"));
    m_schedule->setText(tr("Schedule"));
    const QString selected = m_kind->currentData().toString();
    m_kind->clear();
    for (const QString &key : EnrollmentRecords::maintenanceKinds())
        m_kind->addItem(maintenanceKindName(key), key);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(selected)));
}

void TerminalMaintenanceTab::reload()
{
    m_table->setRowCount(0);
    if (!hasTerminal())
        return;
    // Everything not done yet, however far ahead.
    auto items = EnrollmentRecords(m_session.db(), m_session.clock(), m_session.dataFolder())
                     .dueItems(m_terminal.tid, QDate(9999, 12, 31));
    if (!items) {
        showMessage(m_message, items.error().message, true);
        return;
    }
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    m_table->setRowCount(int(items->size()));
    int row = 0;
    for (const MaintenanceItem &m : *items) {
        const qint64 days = today.daysTo(m.dueOn);
        // Whole sentences per case rather than %n plurals: the English catalogue then needs no plural forms.
        const QString when = days < -1    ? tr("overdue by %1 days").arg(-days)
                             : days == -1 ? tr("overdue by 1 day")
                             : days == 0  ? tr("due today")
                             : days == 1  ? tr("tomorrow")
                                          : tr("in %1 days").arg(days);
        const QStringList cells{maintenanceKindName(m.kind), QLocale().toString(m.dueOn, QLocale::ShortFormat), when,
                                m.note};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, qlonglong(m.id));
            m_table->setItem(row, c, item);
        }
        if (days < 0)
            m_table->item(row, 2)->setBackground(QColor(0xfe, 0xe2, 0xe2));
        else if (days <= kSoonDays)
            m_table->item(row, 2)->setBackground(QColor(0xfe, 0xf3, 0xc7));
        ++row;
    }
}

void TerminalMaintenanceTab::updateEditing()
{
    const bool edit = canEdit();
    m_addBox->setEnabled(edit);
    const bool selected = !m_table->selectionModel()->selectedRows().isEmpty();
    m_doneNote->setEnabled(edit && selected);
    m_done->setEnabled(edit && selected);
}

bool TerminalMaintenanceTab::schedule()
{
    if (!canEdit())
        return false;
    const QString tid = m_terminal.tid;
    auto id = EnrollmentRecords(m_session.db(), m_session.clock(), m_session.dataFolder())
                  .scheduleMaintenance(m_actor, tid, m_kind->currentData().toString(), m_due->date(),
                                       m_note->text().trimmed());
    if (!id) {
        showMessage(m_message, id.error().message, true);
        return false;
    }
    m_note->clear();
    emit terminalChanged(tid);
    showMessage(m_message, tr("Scheduled for %1.").arg(QLocale().toString(m_due->date(), QLocale::ShortFormat)), false);
    return true;
}

bool TerminalMaintenanceTab::markSelectedDone()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (!canEdit() || rows.isEmpty())
        return false;
    const Id itemId = m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    const QString tid = m_terminal.tid;
    if (auto s = EnrollmentRecords(m_session.db(), m_session.clock(), m_session.dataFolder())
                     .completeMaintenance(m_actor, itemId, m_doneNote->text().trimmed());
        !s) {
        showMessage(m_message, s.error().message, true);
        return false;
    }
    m_doneNote->clear();
    emit terminalChanged(tid);
    showMessage(m_message, tr("Marked done."), false);
    return true;
}

} // namespace posdesk::desktop
