#include "pages/RemediationStepCard.h"

#include "remediation/Evidence.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace posdesk::desktop {

namespace {

QString when(TimeMs ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

// Lines of evidence a step's kind of check writes: their room is kept from the start, so that a card does not grow
// when its step finishes and the buttons below stay where the cursor is.
int reservedLines(const PlaybookStep &s)
{
    if (s.run == u"ids" || s.run == u"versions")
        return 4;
    if (s.run == u"routing")
        return 3;
    if (s.run == u"record")
        return 2;
    return 1;
}

QString chip(const QString &colours)
{
    return QStringLiteral("border-radius: 9px; padding: 2px 9px; font-size: 12px; ") + colours;
}

} // namespace

RemediationStepCard::RemediationStepCard(const PlaybookStep &step, int number, QWidget *parent)
    : QFrame(parent), m_step(step)
{
    setObjectName(QStringLiteral("step-") + step.key);
    auto *grid = new QVBoxLayout(this);
    grid->setContentsMargins(12, 8, 12, 8);
    auto *head = new QHBoxLayout;
    m_number = new QLabel(QString::number(number), this);
    m_number->setFixedSize(24, 24);
    m_number->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 14px;"));
    m_title->setWordWrap(true);
    m_kind = new QLabel(this);
    m_kind->setObjectName(QStringLiteral("stepKind"));
    m_kind->setStyleSheet(chip(QStringLiteral("background: #e5e7eb; color: #374151;")));
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("stepOutcome"));
    m_when = new QLabel(this);
    m_when->setObjectName(QStringLiteral("stepWhen"));
    m_when->setStyleSheet(QStringLiteral("color: #6b7280; font-size: 12px;"));
    head->addWidget(m_number);
    head->addWidget(m_title, 1);
    head->addWidget(m_when);
    head->addWidget(m_kind);
    head->addWidget(m_outcome);
    grid->addLayout(head);
    m_help = new QLabel(this);
    m_help->setWordWrap(true);
    m_help->setStyleSheet(QStringLiteral("color: #4b5563;"));
    grid->addWidget(m_help);
    m_evidence = new QLabel(this);
    m_evidence->setObjectName(QStringLiteral("stepEvidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->setStyleSheet(QStringLiteral("background: #f3f4f6; border-radius: 4px; padding: 6px;"));
    m_evidence->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(m_evidence);

    if (step.kind == PlaybookStep::Kind::Manual) {
        // Until the step is recorded: a note and Done / Skip. Afterwards the same room shows what was recorded, and
        // the buttons are gone (a click meant for the next step cannot land on them); "Record again" in the title
        // row brings them back.
        m_actions = new QWidget(this);
        auto *actions = new QHBoxLayout(m_actions);
        actions->setContentsMargins(0, 0, 0, 0);
        m_note = new QLineEdit(m_actions);
        m_note->setObjectName(QStringLiteral("stepNote"));
        m_done = new QPushButton(m_actions);
        m_done->setObjectName(QStringLiteral("stepDone"));
        m_skip = new QPushButton(m_actions);
        m_skip->setObjectName(QStringLiteral("stepSkip"));
        actions->addWidget(m_note, 1);
        actions->addWidget(m_done);
        actions->addWidget(m_skip);
        grid->addWidget(m_actions);
        m_again = new QPushButton(this);
        m_again->setObjectName(QStringLiteral("stepAgain"));
        m_again->setFlat(true);
        m_again->setCursor(Qt::PointingHandCursor);
        m_again->setStyleSheet(
            QStringLiteral("color: #2563eb; text-decoration: underline; border: none; padding: 0 4px;"));
        // Its room in the title row is kept while it is hidden: the row does not grow when it appears.
        QSizePolicy keep = m_again->sizePolicy();
        keep.setRetainSizeWhenHidden(true);
        m_again->setSizePolicy(keep);
        head->addWidget(m_again);
        // One line of evidence in its padded box, or the row of buttons, whichever is taller.
        m_evidence->setText(QStringLiteral("X"));
        m_evidence->ensurePolished();
        const int room = std::max(m_actions->sizeHint().height(), m_evidence->sizeHint().height());
        m_evidence->clear();
        m_actions->setMinimumHeight(room);
        m_evidence->setMinimumHeight(room);
        connect(m_done, &QPushButton::clicked, this, [this] { emit manualRecorded(true); });
        connect(m_skip, &QPushButton::clicked, this, [this] { emit manualRecorded(false); });
        connect(m_again, &QPushButton::clicked, this, [this] {
            m_editing = true;
            applyShape();
            m_note->setFocus();
        });
    } else {
        // As tall as the evidence this kind of check writes, measured in the padded box itself.
        QStringList sample;
        for (int i = 0; i < reservedLines(step); ++i)
            sample << QStringLiteral("X");
        m_evidence->setText(sample.join(u'\n'));
        m_evidence->ensurePolished();
        m_evidence->setMinimumHeight(m_evidence->sizeHint().height());
        m_evidence->clear();
        // Beside the step's title: a check costs one line less.
        m_run = new QPushButton(this);
        m_run->setObjectName(QStringLiteral("stepRun"));
        head->addWidget(m_run);
        connect(m_run, &QPushButton::clicked, this, &RemediationStepCard::runRequested);
    }

    if (step.kind == PlaybookStep::Kind::Escalation) {
        m_ticketBox = new QWidget(this);
        auto *tl = new QVBoxLayout(m_ticketBox);
        tl->setContentsMargins(0, 4, 0, 0);
        m_ticket = new QPlainTextEdit(m_ticketBox);
        m_ticket->setObjectName(QStringLiteral("ticketPreview"));
        m_ticket->setReadOnly(true);
        m_ticket->setMinimumHeight(200);
        m_contact = new QLabel(m_ticketBox);
        m_contact->setObjectName(QStringLiteral("ticketContact"));
        m_contact->setWordWrap(true);
        m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_followUp = new QLabel(m_ticketBox);
        m_followUp->setObjectName(QStringLiteral("ticketFollowUp"));
        m_followUp->setStyleSheet(QStringLiteral("font-weight: bold;"));
        auto *buttons = new QHBoxLayout;
        m_copy = new QPushButton(m_ticketBox);
        m_copy->setObjectName(QStringLiteral("copyTicket"));
        m_save = new QPushButton(m_ticketBox);
        m_save->setObjectName(QStringLiteral("saveTicket"));
        buttons->addWidget(m_copy);
        buttons->addWidget(m_save);
        buttons->addStretch(1);
        tl->addWidget(m_ticket);
        tl->addWidget(m_contact);
        tl->addWidget(m_followUp);
        tl->addLayout(buttons);
        grid->addWidget(m_ticketBox);
        m_ticketBox->hide();
        connect(m_copy, &QPushButton::clicked, this, &RemediationStepCard::copyRequested);
        connect(m_save, &QPushButton::clicked, this, &RemediationStepCard::saveRequested);
    }
    retranslate();
}

void RemediationStepCard::retranslate()
{
    m_title->setText(m_step.title(QLocale()));
    m_help->setText(m_step.help(QLocale()));
    switch (m_step.kind) {
    case PlaybookStep::Kind::Check:
        m_kind->setText(tr("Automatic check"));
        break;
    case PlaybookStep::Kind::Action:
        m_kind->setText(tr("Automatic action"));
        break;
    case PlaybookStep::Kind::Manual:
        m_kind->setText(tr("Manual confirmation"));
        break;
    case PlaybookStep::Kind::Escalation:
        m_kind->setText(tr("Escalation"));
        break;
    }
    if (m_note) {
        m_note->setPlaceholderText(tr("Note (optional): what you checked or did"));
        m_done->setText(tr("Done"));
        m_skip->setText(tr("Skip"));
    }
    if (m_run)
        m_run->setText(m_step.kind == PlaybookStep::Kind::Escalation ? tr("Write the ticket")
                       : !m_lastOutcome.isEmpty()                    ? tr("Run again")
                       : m_step.kind == PlaybookStep::Kind::Action   ? tr("Run this action")
                                                                     : tr("Run this check"));
    if (m_again)
        m_again->setText(tr("Record again"));
    if (m_copy) {
        m_copy->setText(tr("Copy"));
        m_save->setText(tr("Save as…"));
        showTicket(m_shownTicket);
    }
}

void RemediationStepCard::showRecord(const StepRecord *last, bool next, bool resolved, bool enabled)
{
    const bool changed = (last ? last->at : 0) != m_lastAt || (last ? last->outcome : QString()) != m_lastOutcome;
    m_lastOutcome = last ? last->outcome : QString();
    m_lastEvidence = last ? evidence::render(last->evidence, QLocale()) : QString();
    m_lastAt = last ? last->at : 0;
    if (changed)
        m_editing = false; // a new record: what was recorded is shown, not the buttons
    QString outcome;
    QString colours;
    const QString &o = m_lastOutcome;
    if (o == u"passed") {
        outcome = tr("✓ Passed");
        colours = QStringLiteral("background: #dcfce7; color: #166534;");
    } else if (o == u"failed") {
        outcome = tr("✗ Failed");
        colours = QStringLiteral("background: #fee2e2; color: #991b1b;");
    } else if (o == u"done") {
        outcome = tr("✓ Done");
        colours = QStringLiteral("background: #dcfce7; color: #166534;");
    } else if (o == u"skipped") {
        outcome = tr("Skipped");
        colours = QStringLiteral("background: #f3f4f6; color: #4b5563;");
    } else if (o == u"info") {
        outcome = tr("Noted");
        colours = QStringLiteral("background: #dbeafe; color: #1e40af;");
    } else if (next) {
        outcome = tr("Next step");
        colours = QStringLiteral("background: #2563eb; color: white; font-weight: bold;");
    } else {
        outcome = resolved ? tr("Not needed") : tr("Not done yet");
        colours = QStringLiteral("background: #f9fafb; color: #6b7280;");
    }
    m_outcome->setText(outcome);
    m_outcome->setStyleSheet(chip(colours));
    QStringList evidence;
    if (last) {
        if (!m_lastEvidence.isEmpty())
            evidence << m_lastEvidence;
        if (!last->note.isEmpty())
            evidence << tr("Note: %1").arg(last->note);
        if (evidence.isEmpty())
            evidence << tr("No note.");
        m_when->setText(tr("%1, %2").arg(last->actor, when(last->at)));
    } else {
        m_when->clear();
    }
    m_evidence->setText(evidence.join(u'\n'));
    m_evidence->setStyleSheet(
        evidence.isEmpty() ? QStringLiteral("background: #f9fafb; color: #9ca3af; border-radius: 4px; padding: 6px;")
                           : QStringLiteral("background: #f3f4f6; border-radius: 4px; padding: 6px;"));
    if (evidence.isEmpty() && !m_actions)
        m_evidence->setText(resolved ? tr("Not needed.") : tr("Not run yet."));
    setStyleSheet(
        QStringLiteral("QFrame#%1 { background: white; border: %2; border-radius: 6px; }")
            .arg(objectName(), next ? QStringLiteral("2px solid #2563eb") : QStringLiteral("1px solid #d8dee6")));
    m_number->setStyleSheet(QStringLiteral("border-radius: 12px; font-weight: bold; %1")
                                .arg(next ? QStringLiteral("background: #2563eb; color: white;")
                                          : QStringLiteral("background: #e5e7eb; color: #374151;")));
    for (QWidget *w : std::initializer_list<QWidget *>{m_run, m_done, m_skip, m_note, m_again}) {
        if (w)
            w->setEnabled(enabled);
    }
    m_resolved = resolved;
    if (m_run)
        retranslate(); // "Run again" once it has run
    applyShape();
}

void RemediationStepCard::applyShape()
{
    if (!m_actions)
        return;
    const bool recorded = !m_lastOutcome.isEmpty();
    const bool showActions = !m_resolved && (!recorded || m_editing);
    // Hidden widgets are no Tab stops.
    m_actions->setVisible(showActions);
    m_evidence->setVisible(!showActions);
    m_again->setVisible(recorded && !showActions && !m_resolved);
}

void RemediationStepCard::showTicket(const EscalationTicket &ticket)
{
    m_shownTicket = ticket;
    if (!m_ticketBox)
        return;
    m_ticketBox->setVisible(!ticket.text.isEmpty());
    if (m_ticket->toPlainText() != ticket.text)
        m_ticket->setPlainText(ticket.text);
    m_contact->setText(tr("Acquirer support: %1").arg(ticket.contact));
    m_followUp->setText(ticket.followUpAt
                            ? tr("Follow-up on %1 if the acquirer has not answered.").arg(when(ticket.followUpAt))
                            : QString());
}

QString RemediationStepCard::note() const
{
    return m_note ? m_note->text().trimmed() : QString();
}

void RemediationStepCard::clearNote()
{
    if (m_note)
        m_note->clear();
}

QWidget *RemediationStepCard::focusTarget() const
{
    if (m_note && m_note->isVisible())
        return m_note;
    return m_run;
}

} // namespace posdesk::desktop
