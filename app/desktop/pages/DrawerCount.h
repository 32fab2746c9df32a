#pragma once

#include "security/Actor.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace posdesk::desktop {

class AppSession;

// The cashier's drawer: open the shift with the float, close it by counting the cash (expected = float + cash
// sales - cash refunds, against what was counted; the difference is stored and printed on the shift slip). An owner
// also sees every shift's difference. Part of the shift page.
class DrawerCount : public QGroupBox
{
    Q_OBJECT
public:
    explicit DrawerCount(AppSession &session, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    void refresh();
    QString statusText() const;

signals:
    void shiftClosed();

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    void openShift();
    void closeShift();

    AppSession &m_session;
    Actor m_actor;
    QLabel *m_status = nullptr;
    QLabel *m_floatLabel = nullptr;
    QLineEdit *m_float = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_countedLabel = nullptr;
    QLineEdit *m_counted = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_allHeading = nullptr;
    QTableWidget *m_all = nullptr;
};

} // namespace posdesk::desktop
