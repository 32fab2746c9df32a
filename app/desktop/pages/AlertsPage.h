#pragma once

#include "pages/Page.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace posdesk::desktop {

class AppSession;

// Open and past incidents, newest first, with the details of the selected one. The owner starts remediation from
// here; the accountant reads only.
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

signals:
    void remediationRequested(qint64 incidentId);

protected:
    void retranslate() override;
    void showEvent(QShowEvent *e) override;

private:
    void showDetails();

    AppSession &m_session;
    QLabel *m_heading = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_remediate = nullptr;
    QLabel *m_readOnly = nullptr;
};

} // namespace posdesk::desktop
