#pragma once

#include "pages/Page.h"
#include "scorecards/Scorecard.h"

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace posdesk::desktop {

class AppSession;

// The owner's comparison of acquirer profiles, service providers and terminal brands from the shop's own history:
// two charts and a table for a period. A figure from fewer than 3 terminals or 5 incidents is greyed and says
// "too few to compare"; incidents the owner marked as the shop's own mistake are left out. Exports the same as a
// report (CSV, XLSX or PDF).
class ScorecardsPage : public Page
{
    Q_OBJECT
public:
    explicit ScorecardsPage(AppSession &session, QWidget *parent = nullptr);
    QString title() const override;

    void setPeriod(const QDate &from, const QDate &to);
    // 0: channels, 1: brands and models.
    void showKind(int kind);
    void refresh();
    // Writes the scorecard on screen as a report; the format follows the file's suffix. Empty on success, else why.
    QString exportTo(const QString &path);

protected:
    void retranslate() override;
    void showEvent(QShowEvent *e) override;

private:
    void showChannels(const ChannelScorecard &card);
    void showBrands(const BrandScorecard &card);
    void clearCharts();
    void chooseExport();

    AppSession &m_session;
    QLabel *m_heading = nullptr;
    QLabel *m_hint = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_period = nullptr;
    QLabel *m_status = nullptr;
    QGridLayout *m_charts = nullptr;
    QTableWidget *m_table = nullptr;
    bool m_shown = false;
};

} // namespace posdesk::desktop
