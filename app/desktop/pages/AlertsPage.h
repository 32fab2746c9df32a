#pragma once

#include "pages/Page.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace posdesk::desktop {

class AppSession;
class RemediationWizard;

// Open and past incidents, newest first, with the details of the selected one. The owner works an incident through
// its remediation wizard, which takes the place of the list while it is open; the accountant reads only.
class AlertsPage : public Page
{
    Q_OBJECT
public:
    explicit AlertsPage(AppSession &session, QWidget *parent = nullptr);

    QString title() const override;
    void setActor(const Actor &actor) override;
    void refresh();
    // Selects the incident and shows its details; false when there is no such incident.
    bool showIncident(qint64 incidentId);
    qint64 selectedIncident() const;
    QString detailsText() const;
    // Opens the remediation wizard on the incident (owner only); false when it cannot be shown.
    bool openWizard(qint64 incidentId);
    void closeWizard();
    RemediationWizard *wizard() const { return m_wizard; }
    bool isWizardOpen() const;

signals:
    void remediationRequested(qint64 incidentId);

protected:
    void retranslate() override;
    void showEvent(QShowEvent *e) override;

private:
    void showDetails();

    AppSession &m_session;
    QStackedWidget *m_stack = nullptr;
    RemediationWizard *m_wizard = nullptr;
    QLabel *m_heading = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_remediate = nullptr;
    QLabel *m_readOnly = nullptr;
};

} // namespace posdesk::desktop
