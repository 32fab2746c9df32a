#include "pages/AlertsPage.h"

#include "acquirer/ResponseCodes.h"
#include "pages/RemediationWizard.h"
#include "security/Permissions.h"
#include "shell/AppSession.h"
#include "storage/IncidentRepository.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace posdesk::desktop {

namespace {

QString when(std::optional<TimeMs> ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) : QString();
}

} // namespace

AlertsPage::AlertsPage(AppSession &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(20, 16, 20, 16);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);
    auto *listPane = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(listPane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(listPane);
    m_wizard = new RemediationWizard(session, m_stack);
    m_stack->addWidget(m_wizard);
    connect(m_wizard, &RemediationWizard::closeRequested, this, &AlertsPage::closeWizard);
    m_heading = Page::headingLabel(this);
    layout->addWidget(m_heading);
    m_table = Page::listTable(this, QStringLiteral("incidentTable"), 7);
    // Stretch (not stretchLastSection): resizeColumnsToContents leaves a stretched section alone.
    m_table->horizontalHeader()->setSectionResizeMode(m_table->columnCount() - 1, QHeaderView::Stretch);
    layout->addWidget(m_table, 3);

    auto *detailsBox = new QFrame(this);
    detailsBox->setObjectName(QStringLiteral("incidentDetailsBox"));
    detailsBox->setStyleSheet(QStringLiteral("QFrame#incidentDetailsBox { background: white; border: 1px solid "
                                             "#d8dee6; border-radius: 6px; }"));
    auto *detailsLayout = new QHBoxLayout(detailsBox);
    m_details = new QLabel(detailsBox);
    m_details->setObjectName(QStringLiteral("incidentDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *side = new QVBoxLayout;
    m_remediate = new QPushButton(detailsBox);
    m_remediate->setObjectName(QStringLiteral("startRemediation"));
    m_remediate->setMinimumHeight(38);
    m_readOnly = Page::hintLabel(detailsBox);
    side->addWidget(m_remediate);
    side->addWidget(m_readOnly);
    side->addStretch(1);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addLayout(side);
    layout->addWidget(detailsBox, 2);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AlertsPage::showDetails);
    connect(m_remediate, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedIncident())
            emit remediationRequested(id);
    });
    retranslate();
}

QString AlertsPage::title() const
{
    return tr("Alerts");
}

void AlertsPage::retranslate()
{
    m_heading->setText(tr("Alerts"));
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Opened"), tr("Code"), tr("Terminal"), tr("State"), tr("Occurrences"), tr("What happened")});
    m_remediate->setText(tr("Open remediation"));
    m_readOnly->setText(tr("Read-only: the owner works through alerts."));
    if (isVisible())
        refresh();
    else
        showDetails();
}

void AlertsPage::setActor(const Actor &actor)
{
    Page::setActor(actor);
    const bool manage = !actor.name.isEmpty() && allowed(actor, Permission::ManageIncidents);
    m_remediate->setVisible(manage);
    m_readOnly->setVisible(!manage);
    m_wizard->setActor(actor);
    if (!manage)
        closeWizard();
}

bool AlertsPage::openWizard(qint64 incidentId)
{
    if (actor().name.isEmpty() || !allowed(actor(), Permission::ManageIncidents))
        return false;
    m_wizard->setActor(actor());
    if (!m_wizard->openIncident(incidentId))
        return false;
    m_stack->setCurrentWidget(m_wizard);
    return true;
}

void AlertsPage::closeWizard()
{
    const qint64 id = m_wizard->incidentId();
    m_stack->setCurrentIndex(0);
    if (id != 0 && isVisible())
        showIncident(id);
}

bool AlertsPage::isWizardOpen() const
{
    return m_stack->currentWidget() == m_wizard;
}

void AlertsPage::showEvent(QShowEvent *e)
{
    Page::showEvent(e);
    refresh();
}

qint64 AlertsPage::selectedIncident() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return 0;
    return m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

bool AlertsPage::showIncident(qint64 incidentId)
{
    refresh();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == incidentId) {
            m_table->selectRow(r);
            showDetails();
            return true;
        }
    }
    return false;
}

QString AlertsPage::detailsText() const
{
    return m_details->text();
}

void AlertsPage::refresh()
{
    const qint64 keep = selectedIncident();
    auto incidents = IncidentRepository(m_session.db()).list(false);
    if (!incidents)
        return;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(incidents->size()));
    int row = 0;
    int keepRow = -1;
    for (const Incident &i : *incidents) {
        const QString state = i.state == IncidentState::Open        ? tr("Open")
                              : i.state == IncidentState::Escalated ? tr("Escalated")
                                                                    : tr("Resolved");
        const QString what = i.cause.isEmpty() ? ResponseCodeTable::forDialect(i.dialect).describe(i.code) : i.cause;
        const QStringList cells{
            QString::number(i.id), when(i.openedAt), i.code, i.tid, state, QString::number(i.occurrences), what};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        m_table->item(row, 0)->setData(Qt::UserRole, qlonglong(i.id));
        if (i.state != IncidentState::Resolved)
            m_table->item(row, 4)->setBackground(QColor(0xfe, 0xe2, 0xe2));
        if (i.id == keep)
            keepRow = row;
        ++row;
    }
    m_table->resizeColumnsToContents(); // incidents are few
    // Set again after fitting: what happened takes the room left over.
    m_table->horizontalHeader()->setSectionResizeMode(m_table->columnCount() - 1, QHeaderView::Stretch);
    m_table->selectRow(keepRow >= 0 ? keepRow : 0);
    showDetails();
}

void AlertsPage::showDetails()
{
    const qint64 id = selectedIncident();
    if (id == 0) {
        m_details->setText(tr("No alerts. When a terminal meets a response code that needs a person (97 terminal "
                              "not registered, for one), it appears here."));
        m_remediate->setEnabled(false);
        return;
    }
    auto incident = IncidentRepository(m_session.db()).findById(id);
    if (!incident) {
        m_details->setText(incident.error().message);
        return;
    }
    const Incident &i = *incident;
    const auto info = ResponseCodeTable::forDialect(i.dialect).lookup(i.code);
    QString action;
    const QString key = info ? info->action : QString();
    if (key == u"re-sign-on")
        action = tr("Sign the terminal on again.");
    else if (key == u"contact-acquirer")
        action = tr("Check the terminal's TID and MID against the enrolment, then call the acquirer.");
    else if (key == u"retry-later")
        action = tr("Wait a few minutes and try again; call the acquirer if it persists.");
    else if (key == u"contact-issuer")
        action = tr("The cardholder should call their bank.");
    else if (key == u"cardholder")
        action = tr("Ask the cardholder for another card or cash.");
    else if (key == u"retain-card")
        action = tr("Keep the card if it is safe to do so and call the acquirer.");
    else
        action = tr("Follow the remediation steps.");
    QStringList lines;
    lines << tr("<b>Alert No. %1</b> — %2")
                 .arg(id)
                 .arg(ResponseCodeTable::forDialect(i.dialect).describe(i.code).toHtmlEscaped());
    lines << tr("Terminal %1, merchant %2; message %3, trace %4.")
                 .arg(i.tid, i.mid, i.mti, i.stan ? QString::number(*i.stan) : QStringLiteral("—"));
    lines
        << tr("Opened %1; seen %n time(s), last %2.", nullptr, i.occurrences).arg(when(i.openedAt), when(i.lastSeenAt));
    if (i.resolvedAt)
        lines << tr("Resolved %1.").arg(when(i.resolvedAt));
    else if (i.escalatedAt)
        lines << tr("Escalated to the acquirer %1.").arg(when(i.escalatedAt));
    if (!i.cause.isEmpty())
        lines << tr("Cause: %1").arg(i.cause.toHtmlEscaped());
    if (i.state != IncidentState::Resolved)
        lines << tr("Recommended next step: %1").arg(action);
    m_details->setText(lines.join(QStringLiteral("<br>")));
    m_remediate->setEnabled(i.state != IncidentState::Resolved);
}

} // namespace posdesk::desktop
