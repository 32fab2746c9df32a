#include "shell/AlertBanner.h"

#include "acquirer/ResponseCodes.h"
#include "shell/CardBlock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace posdesk::desktop {

AlertBanner::AlertBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("alertBanner"));
    setStyleSheet(QStringLiteral("QFrame#alertBanner { background: #b91c1c; } QLabel { color: white; font-size: 14px; }"
                                 " QPushButton { background: white; color: #991b1b; font-weight: bold; border: none;"
                                 " border-radius: 4px; padding: 6px 14px; }"
                                 " QPushButton#dismissAlert { background: transparent; color: white; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 8, 8);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("alertBannerText"));
    m_text->setWordWrap(true);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openRemediation"));
    m_dismiss = new QPushButton(this);
    m_dismiss->setObjectName(QStringLiteral("dismissAlert"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_dismiss);
    connect(m_open, &QPushButton::clicked, this, [this] { emit remediationRequested(m_incidentId); });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
    retranslate();
}

void AlertBanner::showIncident(const Incident &incident, int others)
{
    m_incident = incident;
    m_incidentId = incident.id;
    m_others = others;
    retranslate();
    show();
}

void AlertBanner::setCanRemediate(bool can)
{
    m_canRemediate = can;
    retranslate();
}

QString AlertBanner::text() const
{
    return m_text->text();
}

void AlertBanner::retranslate()
{
    m_open->setText(tr("Open remediation"));
    m_open->setVisible(m_canRemediate);
    m_dismiss->setText(tr("Hide"));
    m_dismiss->setToolTip(tr("Hide this banner; the alert stays open in Alerts."));
    if (m_incidentId == 0)
        return;
    const QString what = ResponseCodeTable::forDialect(m_incident.dialect).describe(m_incident.code);
    const bool blocking = blocksCardPayments(m_incident.code);
    QString text = tr("Alert No. %1 on terminal %2: %3.").arg(m_incidentId).arg(m_incident.tid, what);
    if (blocking)
        text += u' ' + tr("Card payments on this terminal are blocked: take cash or use another terminal.");
    text += u' ' + (m_canRemediate ? tr("Open remediation to fix it step by step.")
                                   : tr("Tell the owner; they fix it under Alerts."));
    if (m_others > 0)
        text += u' ' + tr("(%n more open alert(s))", nullptr, m_others);
    m_text->setText(text);
}

void AlertBanner::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(e);
}

} // namespace posdesk::desktop
