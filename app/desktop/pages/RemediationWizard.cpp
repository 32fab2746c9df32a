#include "pages/RemediationWizard.h"

#include "acquirer/ResponseCodes.h"
#include "pages/RemediationStepCard.h"
#include "security/Permissions.h"
#include "shell/AppSession.h"
#include "storage/IncidentRepository.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace posdesk::desktop {

QString RemediationWizard::s_nextSaveFileName;

namespace {

QString when(std::optional<TimeMs> ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) : QString();
}

} // namespace

RemediationWizard::RemediationWizard(AppSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("remediationWizard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("wizardHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));
    m_heading->setWordWrap(true);
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backToAlerts"));
    top->addWidget(m_heading, 1);
    top->addWidget(m_back, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("wizardSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *runRow = new QHBoxLayout;
    m_diagnose = new QPushButton(this);
    m_diagnose->setObjectName(QStringLiteral("runDiagnosis"));
    m_diagnose->setMinimumHeight(34);
    m_diagnose->setStyleSheet(QStringLiteral("QPushButton { background: #2563eb; color: white; font-weight: bold; "
                                             "border-radius: 4px; padding: 6px 16px; } QPushButton:disabled { "
                                             "background: #9db5e8; }"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("busyIndicator"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("wizardStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runRow->addWidget(m_diagnose);
    runRow->addWidget(m_progress);
    runRow->addWidget(m_status, 1);
    layout->addLayout(runRow);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("stepsArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_stepsHost = new QWidget(m_scroll);
    new QVBoxLayout(m_stepsHost);
    m_scroll->setWidget(m_stepsHost);
    layout->addWidget(m_scroll, 1);

    auto *resolveRow = new QHBoxLayout;
    m_resolveLabel = new QLabel(this);
    m_cause = new QLineEdit(this);
    m_cause->setObjectName(QStringLiteral("resolveCause"));
    m_resolve = new QPushButton(this);
    m_resolve->setObjectName(QStringLiteral("resolveIncident"));
    resolveRow->addWidget(m_resolveLabel);
    resolveRow->addWidget(m_cause, 1);
    resolveRow->addWidget(m_resolve);
    layout->addLayout(resolveRow);

    connect(m_back, &QPushButton::clicked, this, &RemediationWizard::closeRequested);
    connect(m_diagnose, &QPushButton::clicked, this, &RemediationWizard::runDiagnosis);
    connect(m_resolve, &QPushButton::clicked, this, &RemediationWizard::resolveByHand);
    connect(m_cause, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_resolve->setEnabled(!m_busy && !isResolved() && !text.trimmed().isEmpty());
    });
    // Steps recorded elsewhere (the CLI, another window, each step of a running diagnosis) show up at once.
    connect(&m_session.remediation(), &RemediationService::incidentChanged, this, [this](qint64 id) {
        if (id == m_incident.id)
            refresh();
    });
    retranslate();
}

RemediationWizard::~RemediationWizard() = default;

void RemediationWizard::setNextSaveFileName(const QString &path)
{
    s_nextSaveFileName = path;
}

bool RemediationWizard::openIncident(qint64 incidentId)
{
    auto incident = IncidentRepository(m_session.db()).findById(incidentId);
    if (!incident)
        return false;
    const bool same = incidentId == m_incident.id;
    m_incident = *incident;
    if (!same) {
        m_ticket = {};
        m_cause->clear();
        showInfo(QString());
        buildCards();
    }
    retranslate();
    return true;
}

void RemediationWizard::buildCards()
{
    auto *host = static_cast<QVBoxLayout *>(m_stepsHost->layout());
    qDeleteAll(m_cards);
    m_cards.clear();
    while (QLayoutItem *item = host->takeAt(0))
        delete item;
    const Playbook &book = m_session.remediation().playbookOf(m_incident);
    int n = 0;
    for (const PlaybookStep &s : book.steps) {
        auto *card = new RemediationStepCard(s, ++n, m_stepsHost);
        const QString key = s.key;
        if (s.kind == PlaybookStep::Kind::Escalation)
            connect(card, &RemediationStepCard::runRequested, this, &RemediationWizard::escalate);
        else
            connect(card, &RemediationStepCard::runRequested, this, [this, key] { runStep(key); });
        connect(card, &RemediationStepCard::manualRecorded, this, [this, key](bool done) { recordManual(key, done); });
        connect(card, &RemediationStepCard::copyRequested, this, &RemediationWizard::copyTicket);
        connect(card, &RemediationStepCard::saveRequested, this, &RemediationWizard::saveTicket);
        host->addWidget(card);
        m_cards.push_back(card);
    }
    host->addStretch(1);
}

void RemediationWizard::retranslate()
{
    m_back->setText(tr("← All alerts"));
    m_diagnose->setText(tr("Run the automatic checks"));
    m_diagnose->setToolTip(tr("Runs every automatic check and action of the playbook in order, on the real host "
                              "link; stops as soon as one resolves the incident."));
    m_resolveLabel->setText(tr("Fixed another way?"));
    m_cause->setPlaceholderText(tr("What was the cause? (required to resolve)"));
    m_resolve->setText(tr("Resolve"));
    for (RemediationStepCard *c : m_cards)
        c->retranslate();
    refresh();
}

void RemediationWizard::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

QString RemediationWizard::statusText() const
{
    return m_status->text();
}

QString RemediationWizard::outcomeOf(const QString &stepKey) const
{
    for (const auto &c : m_cards) {
        if (c->step().key == stepKey)
            return c->lastOutcome();
    }
    return {};
}

QString RemediationWizard::evidenceOf(const QString &stepKey) const
{
    for (const auto &c : m_cards) {
        if (c->step().key == stepKey)
            return c->lastEvidence();
    }
    return {};
}

QString RemediationWizard::ticketText() const
{
    return m_ticket.text;
}

void RemediationWizard::refresh()
{
    // Someone who may not read incidents (a cashier signed in after the owner left the wizard open) gets nothing
    // redrawn, and no refusal is written to the audit trail on every redraw.
    if (m_incident.id == 0 || !allowed(m_actor, Permission::ReadIncidents))
        return;
    if (auto i = IncidentRepository(m_session.db()).findById(m_incident.id))
        m_incident = *i;
    if (auto h = m_session.remediation().history(m_actor, m_incident.id))
        m_history = std::move(*h);
    const bool resolved = m_incident.state == IncidentState::Resolved;
    const QString what = ResponseCodeTable::forDialect(m_incident.dialect).describe(m_incident.code);
    const Playbook &book = m_session.remediation().playbookOf(m_incident);
    m_heading->setText(tr("Remediation of alert No. %1 — %2").arg(m_incident.id).arg(what));
    const QString state = resolved                                       ? tr("resolved")
                          : m_incident.state == IncidentState::Escalated ? tr("escalated to the acquirer")
                                                                         : tr("open");
    QStringList summary;
    summary << tr("Terminal %1, merchant %2 · playbook “%3” · %4")
                   .arg(m_incident.tid, m_incident.mid, book.title(QLocale()), state);
    if (m_incident.followUpAt && !resolved)
        summary << tr("Follow up with the acquirer on %1.").arg(when(m_incident.followUpAt));
    if (resolved && !m_incident.cause.isEmpty())
        summary << tr("Cause: %1").arg(m_incident.cause);
    m_summary->setText(summary.join(u'\n'));

    // The next step: the first one nothing has been recorded for yet; once escalated, the first after the
    // escalation (the acquirer's answer is what the incident waits for).
    m_next.clear();
    bool pastEscalation = m_incident.state != IncidentState::Escalated;
    for (RemediationStepCard *c : m_cards) {
        const StepRecord *last = nullptr;
        for (const StepRecord &r : m_history) {
            if (r.stepKey == c->step().key)
                last = &r;
        }
        if (!last && m_next.isEmpty() && !resolved && pastEscalation)
            m_next = c->step().key;
        pastEscalation = pastEscalation || c->step().kind == PlaybookStep::Kind::Escalation;
        c->showRecord(last, m_next == c->step().key, resolved, !m_busy && !resolved);
        c->showTicket(m_ticket);
    }
    m_diagnose->setEnabled(!m_busy && !resolved);
    m_cause->setEnabled(!m_busy && !resolved);
    m_resolve->setEnabled(!m_busy && !resolved && !m_cause->text().trimmed().isEmpty());
    m_progress->setVisible(m_busy);
    if (m_busy) {
        m_status->setStyleSheet(QStringLiteral("color: #1e40af;"));
        m_status->setText(m_busyWhat);
    } else if (resolved) {
        m_status->setStyleSheet(QStringLiteral("color: #166534; font-weight: bold; font-size: 14px;"));
        m_status->setText(tr("Resolved: terminal %1 works again and card payments are unblocked.").arg(m_incident.tid));
    }
}

void RemediationWizard::setBusy(bool busy, const QString &what)
{
    // Disabling the focused button would hand the focus on, and the scroll area would jump to wherever it lands.
    if (busy && focusWidget() && isAncestorOf(focusWidget()))
        m_scroll->setFocus();
    m_busy = busy;
    m_busyWhat = what;
    if (busy)
        showInfo(what);
    refresh();
}

void RemediationWizard::showInfo(const QString &text, bool warning)
{
    m_status->setStyleSheet(warning ? QStringLiteral("color: #b45309; font-weight: bold;")
                                    : QStringLiteral("color: #1f2937;"));
    m_status->setText(text);
}

void RemediationWizard::showError(const QString &what, const Error &error)
{
    m_status->setStyleSheet(QStringLiteral("color: #b91c1c; font-weight: bold;"));
    m_status->setText(tr("%1 failed: %2").arg(what, error.fullText()));
}

void RemediationWizard::finishedRun(const QString &what, const QString &outcome, const QStringList &failed)
{
    setBusy(false);
    if (isResolved())
        return; // refresh() has said so
    // What happened, as the step's card shows it: a failed step is never reported as finished.
    QString said;
    if (outcome.isNull()) // the automatic checks, all in one run
        said = failed.isEmpty() ? tr("The automatic checks passed.")
                                : tr("The automatic checks ran; not passed: %1.").arg(failed.join(tr(", ")));
    else if (outcome == u"failed")
        said = tr("“%1” did not pass.").arg(what);
    else if (outcome == u"skipped")
        said = tr("“%1” skipped.").arg(what);
    else
        said = tr("“%1” done.").arg(what);
    const bool bad = outcome == u"failed" || !failed.isEmpty();
    if (!m_next.isEmpty()) {
        for (const auto &c : m_cards) {
            if (c->step().key == m_next) {
                showInfo(tr("%1 Next: %2.").arg(said, c->step().title(QLocale())), bad);
                scrollTo(c);
                // Keyboard users land on the next step too.
                if (QWidget *w = c->focusTarget())
                    w->setFocus();
                return;
            }
        }
    }
    // Nothing left to do in order, and the incident is still open: say what can be done now.
    if (m_incident.state == IncidentState::Escalated)
        showInfo(tr("%1 The acquirer has not registered the terminal yet: call them (the contact is in the ticket), "
                    "and run the last step again once they confirm. Meanwhile take cash.")
                     .arg(said),
                 bad);
    else
        showInfo(tr("%1 Every step has been tried and the problem remains: write the ticket to the acquirer "
                    "(Escalate), or, if you fixed it another way, resolve it below with the cause.")
                     .arg(said),
                 bad);
}

void RemediationWizard::scrollTo(QWidget *w)
{
    // After the layout has taken in what the last step showed or hid.
    QTimer::singleShot(0, this, [this, target = QPointer<QWidget>(w)] {
        if (!target)
            return;
        // Cards grew or shrank with their evidence: lay them out before measuring.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        // Left alone when it is in full view; otherwise its top goes to the top of the view.
        QWidget *view = m_scroll->viewport();
        const QRect r(target->mapTo(view, QPoint(0, 0)), target->size());
        if (!view->rect().contains(r))
            m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->value() + r.top() - 8);
    });
}

void RemediationWizard::runDiagnosis()
{
    if (m_busy || m_incident.id == 0)
        return;
    const QString what = tr("The automatic checks");
    setBusy(true, tr("Running the automatic checks on the host link…"));
    QPointer<RemediationWizard> self(this);
    const qint64 id = m_incident.id;
    m_session.remediation().diagnose(m_actor, id, [self, id, what](Result<Diagnosis> d) {
        if (!self || self->m_incident.id != id)
            return;
        if (!d) {
            self->setBusy(false);
            return self->showError(what, d.error());
        }
        QStringList failed;
        const Playbook &book = self->m_session.remediation().playbookOf(self->m_incident);
        for (const StepRecord &r : d->ran) {
            const PlaybookStep *s = book.step(r.stepKey);
            if (r.outcome == u"failed")
                failed << (s ? s->title(QLocale()) : r.stepKey);
        }
        self->finishedRun(what, QString(), failed);
    });
}

void RemediationWizard::runStep(const QString &key)
{
    if (m_busy || m_incident.id == 0)
        return;
    const PlaybookStep *step = m_session.remediation().playbookOf(m_incident).step(key);
    const QString what = step ? step->title(QLocale()) : key;
    setBusy(true, tr("Running “%1”…").arg(what));
    QPointer<RemediationWizard> self(this);
    const qint64 id = m_incident.id;
    m_session.remediation().runStep(m_actor, id, key, [self, id, what](Result<StepRecord> r) {
        if (!self || self->m_incident.id != id)
            return;
        if (!r) {
            self->setBusy(false);
            return self->showError(what, r.error());
        }
        self->finishedRun(what, r->outcome);
    });
}

void RemediationWizard::recordManual(const QString &key, bool done)
{
    for (auto &c : m_cards) {
        if (c->step().key != key)
            continue;
        const QString what = c->step().title(QLocale());
        if (auto s = m_session.remediation().recordManual(m_actor, m_incident.id, key, done, c->note()); !s)
            return showError(what, s.error());
        c->clearNote();
        return finishedRun(what, done ? QStringLiteral("done") : QStringLiteral("skipped"));
    }
}

void RemediationWizard::escalate()
{
    const PlaybookStep *step = nullptr;
    for (const auto &c : m_cards) {
        if (c->step().kind == PlaybookStep::Kind::Escalation)
            step = &c->step();
    }
    const QString what = step ? step->title(QLocale()) : tr("Escalation");
    auto t = m_session.remediation().escalate(m_actor, m_incident.id);
    if (!t)
        return showError(what, t.error());
    m_ticket = *t;
    finishedRun(what, QStringLiteral("done"));
    for (const auto &c : m_cards) {
        if (c->ticketBox())
            scrollTo(c->ticketBox());
    }
    showInfo(tr("Ticket written. Send it to the acquirer (Copy or Save as…); after they confirm the registration, "
                "run the last step."));
}

void RemediationWizard::copyTicket()
{
    QApplication::clipboard()->setText(m_ticket.text);
    showInfo(tr("The ticket is on the clipboard."));
}

void RemediationWizard::saveTicket()
{
    QString path = s_nextSaveFileName;
    s_nextSaveFileName.clear();
    if (path.isEmpty()) {
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                  QStringLiteral("/posdesk-incident-%1-ticket.txt").arg(m_incident.id);
        path = QFileDialog::getSaveFileName(this, tr("Save the ticket"), suggested, tr("Text files (*.txt)"));
        if (path.isEmpty())
            return;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_ticket.text.toUtf8()) < 0 || !f.commit())
        return showError(
            tr("Saving the ticket"),
            Error::environment(tr("Could not write %1; choose another folder.").arg(path), f.errorString()));
    showInfo(tr("Ticket saved to %1.").arg(path));
}

void RemediationWizard::resolveByHand()
{
    if (auto s = m_session.remediation().resolve(m_actor, m_incident.id, m_cause->text().trimmed()); !s)
        return showError(tr("Resolving"), s.error());
    refresh();
}

} // namespace posdesk::desktop
