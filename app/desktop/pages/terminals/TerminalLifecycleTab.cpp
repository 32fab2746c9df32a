#include "pages/terminals/TerminalLifecycleTab.h"

#include "enrollment/EnrollmentService.h"
#include "enrollment/TerminalLifecycle.h"
#include "shell/AppSession.h"
#include "shell/MessageBox.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace posdesk::desktop {

namespace {
constexpr TerminalState kAllStates[] = {
    TerminalState::Applied,      TerminalState::DocumentsSubmitted,
    TerminalState::Approved,     TerminalState::KeysLoaded,
    TerminalState::SignedOn,     TerminalState::Active,
    TerminalState::Suspended,    TerminalState::Swapped,
    TerminalState::Deregistered,
};
} // namespace

TerminalLifecycleTab::TerminalLifecycleTab(AppSession &session, QWidget *parent) : TerminalTab(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentState"));
    layout->addWidget(m_current);

    m_timeline = new QTableWidget(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setColumnCount(4);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->verticalHeader()->hide();
    m_timeline->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_timeline, 1);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    m_nextLabel = new QLabel(this);
    m_moveButtons = new QHBoxLayout;
    m_moveButtons->setSpacing(8);
    grid->addWidget(m_nextLabel, 0, 0);
    grid->addLayout(m_moveButtons, 0, 1);
    m_noteLabel = new QLabel(this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("moveNote"));
    m_noteLabel->setBuddy(m_note);
    grid->addWidget(m_noteLabel, 1, 0);
    grid->addWidget(m_note, 1, 1);
    m_otherLabel = new QLabel(this);
    auto *other = new QHBoxLayout;
    m_other = new QComboBox(this);
    m_other->setObjectName(QStringLiteral("otherState"));
    m_otherMove = new QPushButton(this);
    m_otherMove->setObjectName(QStringLiteral("otherMove"));
    other->addWidget(m_other);
    other->addWidget(m_otherMove);
    other->addStretch(1);
    grid->addWidget(m_otherLabel, 2, 0);
    grid->addLayout(other, 2, 1);
    layout->addLayout(grid);
    m_message = makeMessageLabel(QStringLiteral("lifecycleMessage"), this);
    layout->addWidget(m_message);

    connect(m_otherMove, &QPushButton::clicked, this, [this] {
        if (auto to = terminalStateFromString(m_other->currentData().toString()))
            moveTo(*to);
    });
    retranslate();
    updateEditing();
}

QString TerminalLifecycleTab::title() const
{
    return tr("Lifecycle");
}

void TerminalLifecycleTab::retranslate()
{
    m_timeline->setHorizontalHeaderLabels({tr("When"), tr("Move"), tr("By"), tr("Note")});
    m_nextLabel->setText(tr("Next step:"));
    m_noteLabel->setText(tr("Note for the move:"));
    m_note->setPlaceholderText(tr("optional, e.g. approval letter no. or who called"));
    m_otherLabel->setText(tr("Other move:"));
    m_otherMove->setText(tr("Record move"));
    const QString selected = m_other->currentData().toString();
    m_other->clear();
    for (TerminalState s : kAllStates)
        m_other->addItem(displayName(s), toKey(s));
    m_other->setCurrentIndex(qMax(0, m_other->findData(selected)));
}

void TerminalLifecycleTab::reload()
{
    m_timeline->clearSpans();
    m_timeline->setRowCount(0);
    if (!hasTerminal()) {
        m_current->clear();
        rebuildMoveButtons();
        return;
    }
    m_current->setText(tr("Now: <b>%1</b>").arg(displayName(m_terminal.state).toHtmlEscaped()));
    m_current->setStyleSheet(QStringLiteral("background: %1; padding: 4px 8px; border-radius: 4px;")
                                 .arg(stateColour(m_terminal.state).name()));
    auto events = EnrollmentService(m_session.db(), m_session.clock()).history(m_terminal.tid);
    if (!events) {
        showMessage(m_message, events.error().message, true);
    } else if (events->empty()) {
        // Terminals recorded before the history was kept (or imported) have none.
        m_timeline->setRowCount(1);
        auto *item = new QTableWidgetItem(tr("No lifecycle moves recorded for this terminal yet."));
        item->setForeground(QColor(0x47, 0x55, 0x69));
        m_timeline->setItem(0, 0, item);
        m_timeline->setSpan(0, 0, 1, m_timeline->columnCount());
    } else {
        m_timeline->setRowCount(int(events->size()));
        // Newest first: the last move is what the owner looks for.
        int row = int(events->size()) - 1;
        for (const EnrollmentEvent &e : *events) {
            const QString move = e.from ? tr("%1 → %2").arg(displayName(*e.from), displayName(e.to))
                                        : tr("recorded as %1").arg(displayName(e.to));
            const QStringList cells{QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.at), QLocale::ShortFormat),
                                    move, e.actor, e.note};
            for (int c = 0; c < cells.size(); ++c)
                m_timeline->setItem(row, c, new QTableWidgetItem(cells[c]));
            m_timeline->item(row, 1)->setBackground(stateColour(e.to));
            --row;
        }
    }
    rebuildMoveButtons();
}

void TerminalLifecycleTab::rebuildMoveButtons()
{
    while (QLayoutItem *item = m_moveButtons->takeAt(0)) {
        // Later: the button being clicked may be the one that asked for this rebuild.
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    if (!hasTerminal())
        return;
    const auto next = TerminalLifecycle::allowedNext(m_terminal.state);
    if (next.empty()) {
        m_moveButtons->addWidget(new QLabel(tr("none: a deregistered terminal stays so."), this));
    }
    for (TerminalState s : next) {
        auto *button = new QPushButton(displayName(s), this);
        button->setObjectName(QStringLiteral("moveTo-") + toKey(s));
        button->setEnabled(canEdit());
        connect(button, &QPushButton::clicked, this, [this, s] { moveTo(s); });
        m_moveButtons->addWidget(button);
    }
    m_moveButtons->addStretch(1);
}

void TerminalLifecycleTab::updateEditing()
{
    const bool edit = canEdit();
    m_note->setEnabled(edit);
    m_other->setEnabled(edit);
    m_otherMove->setEnabled(edit);
    for (int i = 0; i < m_moveButtons->count(); ++i) {
        if (auto *button = qobject_cast<QPushButton *>(m_moveButtons->itemAt(i)->widget()))
            button->setEnabled(edit);
    }
}

bool TerminalLifecycleTab::moveTo(TerminalState to)
{
    if (!canEdit())
        return false;
    const QString tid = m_terminal.tid;
    if (to == TerminalState::Deregistered &&
        MessageBox::confirm(this, tr("Deregister terminal"),
                            tr("Deregister terminal %1? A deregistered terminal cannot take payments again; a "
                               "replacement has to be enrolled as a new terminal.")
                                .arg(tid),
                            tr("Deregister")) != MessageBox::Answer::Confirm)
        return false;
    auto s =
        EnrollmentService(m_session.db(), m_session.clock()).changeState(m_actor, tid, to, m_note->text().trimmed());
    if (!s) {
        // The view may be stale (another till or the CLI moved the terminal): reload it, then give the reason.
        emit terminalChanged(tid);
        showMessage(m_message, s.error().message, true);
        return false;
    }
    m_note->clear();
    emit terminalChanged(tid);
    showMessage(m_message, tr("Terminal %1 is now “%2”.").arg(tid, displayName(to)), false);
    return true;
}

} // namespace posdesk::desktop
