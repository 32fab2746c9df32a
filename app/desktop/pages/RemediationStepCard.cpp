#include "pages/RemediationStepCard.h"

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
    head->addWidget(m_number);
    head->addWidget(m_title, 1);
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
    grid->addWidget(m_evidence);

    if (step.kind == PlaybookStep::Kind::Manual) {
        auto *actions = new QHBoxLayout;
        m_note = new QLineEdit(this);
        m_note->setObjectName(QStringLiteral("stepNote"));
        m_done = new QPushButton(this);
        m_done->setObjectName(QStringLiteral("stepDone"));
        m_skip = new QPushButton(this);
        m_skip->setObjectName(QStringLiteral("stepSkip"));
        actions->addWidget(m_note, 1);
        actions->addWidget(m_done);
        actions->addWidget(m_skip);
        grid->addLayout(actions);
        connect(m_done, &QPushButton::clicked, this, [this] { emit manualRecorded(true); });
        connect(m_skip, &QPushButton::clicked, this, [this] { emit manualRecorded(false); });
    } else {
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
                       : m_step.kind == PlaybookStep::Kind::Action   ? tr("Run this action")
                                                                     : tr("Run this check"));
    if (m_copy) {
        m_copy->setText(tr("Copy"));
        m_save->setText(tr("Save as…"));
        showTicket(m_shownTicket);
    }
}

void RemediationStepCard::showRecord(const StepRecord *last, bool next, bool resolved, bool enabled)
{
    m_lastOutcome = last ? last->outcome : QString();
    m_lastEvidence = last ? last->evidence : QString();
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
        if (!last->evidence.isEmpty())
            evidence << last->evidence;
        if (!last->note.isEmpty())
            evidence << tr("Note: %1").arg(last->note);
        evidence << tr("— %1, %2").arg(last->actor, when(last->at));
    }
    m_evidence->setText(evidence.join(u'\n'));
    m_evidence->setVisible(!evidence.isEmpty());
    setStyleSheet(
        QStringLiteral("QFrame#%1 { background: white; border: %2; border-radius: 6px; }")
            .arg(objectName(), next ? QStringLiteral("2px solid #2563eb") : QStringLiteral("1px solid #d8dee6")));
    m_number->setStyleSheet(QStringLiteral("border-radius: 12px; font-weight: bold; %1")
                                .arg(next ? QStringLiteral("background: #2563eb; color: white;")
                                          : QStringLiteral("background: #e5e7eb; color: #374151;")));
    for (QWidget *w : std::initializer_list<QWidget *>{m_run, m_done, m_skip, m_note}) {
        if (w)
            w->setEnabled(enabled);
    }
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
    return m_note ? static_cast<QWidget *>(m_note) : m_run;
}

} // namespace posdesk::desktop
