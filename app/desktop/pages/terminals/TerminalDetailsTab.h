#pragma once

#include "pages/terminals/TerminalTab.h"

#include <array>

class QFormLayout;
class QLineEdit;
class QPushButton;

namespace posdesk::desktop {

// What the shop and the acquirer know about the terminal: identifiers, device, versions, where it stands. The owner
// edits them here (EnrollmentRecords::editTerminal, audited).
class TerminalDetailsTab : public TerminalTab
{
    Q_OBJECT
public:
    explicit TerminalDetailsTab(AppSession &session, QWidget *parent = nullptr);
    QString title() const override;

    void save();

protected:
    void retranslate() override;
    void reload() override;
    void updateEditing() override;

private:
    enum Field
    {
        Serial,
        Brand,
        Model,
        SoftwareVersion,
        ParamVersion,
        Location,
        AssignedTid,
        AssignedMid,
        FieldCount
    };

    QFormLayout *m_idForm = nullptr;
    QFormLayout *m_deviceForm = nullptr;
    QLabel *m_tid = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_merchant = nullptr;
    QLabel *m_acquirer = nullptr;
    QLabel *m_support = nullptr;
    std::array<QLineEdit *, FieldCount> m_fields{};
    QPushButton *m_save = nullptr;
};

} // namespace posdesk::desktop
