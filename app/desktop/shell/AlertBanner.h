#pragma once

#include "domain/Entities.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace posdesk::desktop {

// The red strip across the top of the main window when an incident opens: what happened, on which terminal, what
// to do now, and the way into remediation. Non-modal: the till keeps working (cash) underneath.
class AlertBanner : public QFrame
{
    Q_OBJECT
public:
    explicit AlertBanner(QWidget *parent = nullptr);

    // Shows the incident (replacing the one shown); `others` more open incidents are mentioned.
    void showIncident(const Incident &incident, int others);
    // Whether the signed-in user may act on incidents (owner); others are told whom to call.
    void setCanRemediate(bool can);
    qint64 incidentId() const { return m_incidentId; }
    QString text() const;

signals:
    void remediationRequested(qint64 incidentId);

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();

    QLabel *m_text = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_dismiss = nullptr;
    Incident m_incident;
    qint64 m_incidentId = 0;
    int m_others = 0;
    bool m_canRemediate = true;
};

} // namespace posdesk::desktop
