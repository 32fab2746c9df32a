#pragma once

#include "pages/terminals/TerminalTab.h"

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace posdesk::desktop {

// What a terminal has cost: each cost with its category and date, the totals per category and overall, and a form
// to record another.
class TerminalCostsTab : public TerminalTab
{
    Q_OBJECT
public:
    explicit TerminalCostsTab(AppSession &session, QWidget *parent = nullptr);
    QString title() const override;

    bool addCost();

protected:
    void retranslate() override;
    void reload() override;
    void updateEditing() override;

private:
    QTableWidget *m_costs = nullptr;
    QLabel *m_totalsHeading = nullptr;
    QTableWidget *m_totals = nullptr;
    QLabel *m_grandTotal = nullptr;
    QGroupBox *m_addBox = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_amount = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace posdesk::desktop
