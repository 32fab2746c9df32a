#pragma once

#include "security/Actor.h"

#include <QWizard>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace posdesk::desktop {

class AppSession;

// Records a terminal: a new application or one the shop already uses, which acquirer and merchant, its TID, the device,
// and the lifecycle state it is in today (EnrollmentService::addTerminal). Refusals show on the page that caused them;
// the wizard closes only on success.
class EnrolTerminalWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        AcquirerPage,
        IdentifiersPage,
        DevicePage,
        StatePage
    };

    EnrolTerminalWizard(AppSession &session, const Actor &actor, QWidget *parent = nullptr);

    // The TID recorded, valid after accepted().
    QString createdTid() const { return m_createdTid; }

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void fillStates();
    bool record();

    AppSession &m_session;
    Actor m_actor;
    QString m_createdTid;
    QFormLayout *m_acquirerForm = nullptr;
    QFormLayout *m_idForm = nullptr;
    QFormLayout *m_deviceForm = nullptr;
    QFormLayout *m_stateForm = nullptr;
    QLabel *m_acquirerHint = nullptr;
    QRadioButton *m_newApplication = nullptr;
    QRadioButton *m_existing = nullptr;
    QComboBox *m_acquirer = nullptr;
    QComboBox *m_merchant = nullptr;
    QLineEdit *m_tid = nullptr;
    QLabel *m_mid = nullptr;
    QLabel *m_idError = nullptr;
    QLineEdit *m_serial = nullptr;
    QLineEdit *m_brand = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_software = nullptr;
    QLineEdit *m_location = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_stateHint = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace posdesk::desktop
