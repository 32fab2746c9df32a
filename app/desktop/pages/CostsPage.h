#pragma once

#include "pages/Page.h"
#include "reports/CostOverview.h"

class QDateEdit;
class QLabel;
class QTableWidget;

namespace posdesk::desktop {

class AppSession;

// The owner's (and accountant's) overview of what the terminals cost in a period: totals per terminal, per kind
// and per month, added up by CostOverview in core. Costs are recorded on a terminal's Costs tab.
class CostsPage : public Page
{
    Q_OBJECT
public:
    explicit CostsPage(AppSession &session, QWidget *parent = nullptr);

    QString title() const override;
    void refresh();
    void setPeriod(const QDate &from, const QDate &to);
    // What is on screen (the first currency's overview), for tests.
    const CostOverview &overview() const { return m_overview; }

protected:
    void retranslate() override;
    void showEvent(QShowEvent *e) override;

private:
    static QString kindLabel(int kind);
    void fillTables();

    AppSession &m_session;
    CostOverview m_overview;
    QString m_otherCurrencies;
    QLabel *m_heading = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_grandTotal = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_terminalsHeading = nullptr;
    QLabel *m_kindsHeading = nullptr;
    QLabel *m_monthsHeading = nullptr;
    QTableWidget *m_terminals = nullptr;
    QTableWidget *m_kinds = nullptr;
    QTableWidget *m_months = nullptr;
};

} // namespace posdesk::desktop
