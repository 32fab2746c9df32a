#pragma once

#include "domain/Entities.h"

#include <QGroupBox>

class QPushButton;
class QTableWidget;

namespace posdesk::desktop {

class AppSession;

// The print queue of one printer, newest job first, with reprint (a copy of any job) and cancel (of a job not yet
// sent). Part of the Devices page.
class PrintQueueView : public QGroupBox
{
    Q_OBJECT
public:
    explicit PrintQueueView(AppSession &session, QWidget *parent = nullptr);

    // Shows the queue of this printer; 0 for none (a reader, or nothing selected).
    void showPrinter(Id printerId, const QString &name);
    Id printerId() const { return m_printer; }
    void refresh();

signals:
    // What happened, for the page's message line.
    void message(const QString &text, bool error);

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    Id selectedJob() const;
    void reprintJob();
    void cancelJob();

    AppSession &m_session;
    Id m_printer = 0;
    QString m_printerName;
    QTableWidget *m_table = nullptr;
    QPushButton *m_reprint = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace posdesk::desktop
