#pragma once

#include "pages/Page.h"
#include "reports/ReportTypes.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace posdesk {
class ReportTranslation;
}

namespace posdesk::desktop {

class AppSession;

// Exports a report (transactions, settlement per batch or per day, incidents, costs) of a period to CSV, XLSX or
// PDF. The export runs on a worker thread with its own database connection; the page shows the rows written, can
// cancel (the exporter then removes its partial file), and ends with the file, its row count and totals.
class ReportsPage : public Page
{
    Q_OBJECT
public:
    explicit ReportsPage(AppSession &session, QWidget *parent = nullptr);
    ~ReportsPage() override;

    QString title() const override;
    bool isExporting() const { return m_running != nullptr; }
    // The file the last export wrote, empty when it failed or was cancelled.
    QString lastFile() const { return m_lastFile; }
    QString resultText() const;
    // Rows the running export has written so far (updated every 200 rows).
    std::int64_t rowsWritten() const { return m_running ? m_running->rows.load() : 0; }
    // Starts an export with what the form holds (asks before replacing an existing file).
    void startExport();
    void cancelExport();

signals:
    void exportFinished(bool ok);

protected:
    void retranslate() override;
    void showEvent(QShowEvent *e) override;

public:
    // What the worker thread hands back.
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        std::int64_t rows = 0;
        std::vector<ReportTotal> totals;
        QString title;
        QString filters;
    };

private:
    // Shared with the worker thread: the cancel flag and the row count it reads and writes, and its outcome,
    // read only after the thread has finished.
    struct Job
    {
        std::atomic<bool> cancel{false};
        std::atomic<std::int64_t> rows{0};
        Outcome outcome;
    };

    void fillChoices();
    void updateFilters();
    void suggestPath();
    void followTypedFormat(const QString &path);
    void clearSummary();
    void chooseFile();
    QString formatKey() const;
    ReportRequest request() const;
    void setRunning(bool on);
    void showProgress();
    void finish(const Outcome &outcome, const QString &path);

    AppSession &m_session;
    QLabel *m_heading = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_terminalLabel = nullptr;
    QLabel *m_cashierLabel = nullptr;
    QLabel *m_typeLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    QLabel *m_formatLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_filterNote = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_terminal = nullptr;
    QComboBox *m_cashier = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_result = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_totals = nullptr;
    QPushButton *m_open = nullptr;

    QString m_suggestedName;       // the file name suggestPath() last put in, while the user has not typed another
    bool m_languageChosen = false; // else the headers follow the window's language
    QString m_lastFile;
    std::shared_ptr<Job> m_running;
    std::unique_ptr<ReportTranslation> m_translation;
    QPointer<QThread> m_thread;
    QTimer m_progressTimer;
};

} // namespace posdesk::desktop
