#include "pages/ReportsPage.h"

#include "pages/ReportExportJob.h"
#include "pages/ReportFileName.h"

#include "money/Money.h"
#include "reports/CsvReportWriter.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportExporter.h"
#include "reports/ReportLanguage.h"
#include "reports/XlsxReportWriter.h"
#include "reports/pdf/PdfFonts.h"
#include "reports/pdf/PdfReportWriter.h"
#include "security/Permissions.h"
#include "shell/AppSession.h"
#include "shell/MessageBox.h"
#include "storage/TerminalRepository.h"
#include "storage/UnitOfWork.h"
#include "storage/UserRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <climits>

namespace posdesk::desktop {

namespace {

constexpr int kAny = -1; // the "all …" entry of a filter combo

} // namespace

ReportsPage::ReportsPage(AppSession &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    m_heading = Page::headingLabel(this);
    m_hint = Page::hintLabel(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);

    auto *form = new QGridLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    auto label = [this] {
        auto *l = new QLabel(this);
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return l;
    };
    auto combo = [this](const char *name) {
        auto *c = new QComboBox(this);
        c->setObjectName(QString::fromLatin1(name));
        c->setMinimumWidth(200);
        return c;
    };
    m_kindLabel = label();
    m_kind = combo("reportKind");
    m_periodLabel = label();
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addDays(-29));
    m_to->setDate(today);
    m_toLabel = new QLabel(this);
    m_toLabel->setContentsMargins(6, 0, 6, 0);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(m_toLabel);
    period->addWidget(m_to);
    period->addStretch(1);
    m_terminalLabel = label();
    m_terminal = combo("terminalFilter");
    m_cashierLabel = label();
    m_cashier = combo("cashierFilter");
    m_typeLabel = label();
    m_type = combo("typeFilter");
    m_resultLabel = label();
    m_result = combo("resultFilter");
    m_filterNote = new QLabel(this);
    m_filterNote->setStyleSheet(QStringLiteral("color: #5b6675;"));
    m_filterNote->setWordWrap(true);
    m_formatLabel = label();
    m_format = combo("format");
    m_languageLabel = label();
    m_language = combo("reportLanguage");
    m_fileLabel = label();
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("outputPath"));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);

    // Two columns: what to report on the left, how to write it on the right.
    form->addWidget(m_kindLabel, 0, 0);
    form->addWidget(m_kind, 0, 1);
    form->addWidget(m_periodLabel, 1, 0);
    form->addLayout(period, 1, 1);
    form->addWidget(m_terminalLabel, 2, 0);
    form->addWidget(m_terminal, 2, 1);
    form->addWidget(m_cashierLabel, 3, 0);
    form->addWidget(m_cashier, 3, 1);
    form->addWidget(m_typeLabel, 4, 0);
    form->addWidget(m_type, 4, 1);
    form->addWidget(m_resultLabel, 5, 0);
    form->addWidget(m_result, 5, 1);
    form->addWidget(m_filterNote, 6, 1);
    form->addWidget(m_formatLabel, 0, 2);
    form->addWidget(m_format, 0, 3);
    form->addWidget(m_languageLabel, 1, 2);
    form->addWidget(m_language, 1, 3);
    form->addWidget(m_fileLabel, 2, 2);
    form->addLayout(file, 2, 3);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 2);
    layout->addLayout(form);

    auto *actions = new QHBoxLayout;
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setMinimumHeight(40);
    m_export->setStyleSheet(QStringLiteral("QPushButton { font-weight: bold; background: #2563eb; color: white; "
                                           "border-radius: 6px; padding: 0 18px; } QPushButton:disabled { "
                                           "background: #9ca3af; }"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelExportButton"));
    m_cancel->setMinimumHeight(40);
    m_cancel->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 0); // the row count is not known ahead: busy, with the rows written beside it
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openFileButton"));
    m_open->hide();
    m_open->setMinimumHeight(40);
    actions->addWidget(m_export);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress);
    actions->addWidget(m_open); // after an export: the next step, where the eye already is
    actions->addStretch(1);
    layout->addLayout(actions);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportResult"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_totals = new QTableWidget(this);
    m_totals->setObjectName(QStringLiteral("exportTotals"));
    m_totals->setColumnCount(3);
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->setSelectionMode(QAbstractItemView::NoSelection);
    m_totals->verticalHeader()->hide();
    m_totals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_totals->setMaximumWidth(640);
    m_totals->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_totals->hide();
    layout->addWidget(m_totals, 0, Qt::AlignLeft);
    layout->addStretch(1);

    m_progressTimer.setInterval(150);
    connect(&m_progressTimer, &QTimer::timeout, this, &ReportsPage::showProgress);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancelExport);
    connect(m_browse, &QPushButton::clicked, this, &ReportsPage::chooseFile);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastFile)); });
    // A name typed with another format's extension chooses that format (the file is what its name says).
    connect(m_path, &QLineEdit::textEdited, this, [this](const QString &text) { followTypedFormat(text); });
    connect(m_language, &QComboBox::activated, this, [this] { m_languageChosen = true; });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateFilters();
        suggestPath();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportsPage::suggestPath);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsPage::suggestPath);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsPage::suggestPath);
    // The summary of the last export describes that report, not the one now on the form.
    for (QComboBox *c : {m_kind, m_terminal, m_cashier, m_type, m_result, m_format, m_language})
        connect(c, &QComboBox::currentIndexChanged, this, &ReportsPage::clearSummary);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &ReportsPage::clearSummary);
    retranslate();
}

ReportsPage::~ReportsPage()
{
    // The worker holds its own connection and the job; it must not outlive the page's translator and session.
    if (m_running)
        m_running->cancel.store(true);
    if (m_thread)
        m_thread->wait();
}

QString ReportsPage::title() const
{
    return tr("Reports");
}

void ReportsPage::retranslate()
{
    m_heading->setText(tr("Reports — export"));
    m_hint->setText(tr("Choose a report and its period (days in the shop's time zone, both included), then export it "
                       "to a file for the accountant or the acquirer."));
    m_kindLabel->setText(tr("Report"));
    m_periodLabel->setText(tr("Period"));
    m_toLabel->setText(tr("to"));
    m_terminalLabel->setText(tr("Terminal"));
    m_cashierLabel->setText(tr("Cashier"));
    m_typeLabel->setText(tr("Type"));
    m_resultLabel->setText(tr("Result"));
    m_formatLabel->setText(tr("Format"));
    m_languageLabel->setText(tr("Headers in"));
    m_fileLabel->setText(tr("Save as"));
    m_browse->setText(tr("Choose…"));
    m_export->setText(tr("Export"));
    m_cancel->setText(tr("Cancel export"));
    m_open->setText(tr("Open file"));
    m_totals->setHorizontalHeaderLabels({tr("Total"), tr("Count"), tr("Amount")});
    fillChoices();
    updateFilters();
}

void ReportsPage::showEvent(QShowEvent *e)
{
    Page::showEvent(e);
    fillChoices();
}

// (Re)fills the combos in the current language, keeping what was chosen.
void ReportsPage::fillChoices()
{
    auto refill = [](QComboBox *c, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant keep = c->currentData();
        const QSignalBlocker block(c);
        c->clear();
        for (const auto &[text, value] : items)
            c->addItem(text, value);
        const int i = c->findData(keep);
        c->setCurrentIndex(i >= 0 ? i : 0);
    };
    refill(m_kind, {{tr("Transactions"), int(ReportKind::Transactions)},
                    {tr("Settlement, one row per batch"), int(ReportKind::SettlementBatches)},
                    {tr("Settlement, one row per day"), int(ReportKind::SettlementDays)},
                    {tr("Incidents"), int(ReportKind::Incidents)},
                    {tr("Costs"), int(ReportKind::Costs)}});
    QList<std::pair<QString, QVariant>> terminals{{tr("All terminals"), QString()}};
    if (auto list = TerminalRepository(m_session.db()).list()) {
        for (const Terminal &t : *list) {
            if (!t.tid.isEmpty())
                terminals.append({t.tid, t.tid});
        }
    }
    refill(m_terminal, terminals);
    QList<std::pair<QString, QVariant>> cashiers{{tr("All cashiers"), QString()}};
    if (auto users = UserRepository(m_session.db()).list()) {
        for (const User &u : *users)
            cashiers.append({u.username, u.username});
    }
    refill(m_cashier, cashiers);
    refill(m_type, {{tr("All types"), kAny},
                    {tr("Sale"), int(TxnKind::Sale)},
                    {tr("Void"), int(TxnKind::Void)},
                    {tr("Refund"), int(TxnKind::Refund)},
                    {tr("Cash"), int(TxnKind::Cash)}});
    refill(m_result, {{tr("All results"), kAny},
                      {tr("Approved"), int(TxnStatus::Approved)},
                      {tr("Declined"), int(TxnStatus::Declined)},
                      {tr("Pending"), int(TxnStatus::Pending)},
                      {tr("In doubt"), int(TxnStatus::InDoubt)},
                      {tr("Reversed"), int(TxnStatus::Reversed)},
                      {tr("Voided"), int(TxnStatus::Voided)}});
    refill(m_format, {{tr("CSV (spreadsheet, plain table)"), QStringLiteral("csv")},
                      {tr("Excel workbook (XLSX)"), QStringLiteral("xlsx")},
                      {tr("PDF (to print)"), QStringLiteral("pdf")}});
    // The headers follow the window's language unless chosen otherwise.
    if (m_language->count() == 0) {
        m_language->addItem(QStringLiteral("中文"), int(ReportLanguage::Chinese));
        m_language->addItem(QStringLiteral("English"), int(ReportLanguage::English));
    }
    if (!m_languageChosen)
        m_language->setCurrentIndex(QLocale().language() == QLocale::Chinese ? 0 : 1);
    if (m_path->text().isEmpty())
        suggestPath();
}

void ReportsPage::updateFilters()
{
    const bool transactions = m_kind->currentData().toInt() == int(ReportKind::Transactions);
    // While an export runs the form stays locked, even when the language changes meanwhile.
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_cashier, m_type, m_result, m_cashierLabel, m_typeLabel, m_resultLabel})
        w->setEnabled(transactions && !m_running);
    m_filterNote->setText(transactions ? QString()
                                       : tr("Cashier, type and result filter the transactions report only."));
}

QString ReportsPage::formatKey() const
{
    return m_format->currentData().toString();
}

// A file name that says what is in it, in the user's documents folder. It follows the report, the period and the
// format for as long as it is the one suggested; a name of the user's own keeps, with the format's extension.
void ReportsPage::suggestPath()
{
    if (formatKey().isEmpty())
        return;
    const auto kind = static_cast<ReportKind>(m_kind->currentData().toInt());
    const QString name =
        QStringLiteral("posdesk-%1-%2_%3.%4")
            .arg(toKey(kind), m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate), formatKey());
    const QString current = m_path->text().trimmed();
    if (current.isEmpty()) {
        m_path->setText(QDir(ReportFileName::defaultFolder()).filePath(name));
    } else if (QFileInfo(current).fileName() == m_suggestedName) {
        m_path->setText(QDir(QFileInfo(current).path()).filePath(name)); // the folder stays as chosen
    } else {
        if (!ReportFileName::formatOf(current).isEmpty())
            m_path->setText(ReportFileName::withFormat(current, formatKey()));
        return;
    }
    m_suggestedName = name;
}

void ReportsPage::followTypedFormat(const QString &path)
{
    const QString typed = ReportFileName::formatOf(path.trimmed());
    const int i = typed.isEmpty() ? -1 : m_format->findData(typed);
    if (i < 0 || i == m_format->currentIndex())
        return;
    {
        const QSignalBlocker block(m_format); // the name is the user's: not rewritten
        m_format->setCurrentIndex(i);
    }
    clearSummary();
}

void ReportsPage::clearSummary()
{
    if (m_running)
        return;
    clearStatus(m_status);
    m_totals->hide();
    m_open->hide();
}

void ReportsPage::chooseFile()
{
    const QString ext = formatKey();
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save the report as"), m_path->text(),
                                                        tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (chosen.isEmpty())
        return;
    m_path->setText(chosen);
    followTypedFormat(chosen);
}

ReportRequest ReportsPage::request() const
{
    ReportRequest r;
    r.kind = static_cast<ReportKind>(m_kind->currentData().toInt());
    r.from = m_from->date();
    r.to = m_to->date();
    r.tid = m_terminal->currentData().toString();
    if (r.kind == ReportKind::Transactions) {
        r.cashier = m_cashier->currentData().toString();
        if (m_type->currentData().toInt() != kAny)
            r.type = static_cast<TxnKind>(m_type->currentData().toInt());
        if (m_result->currentData().toInt() != kAny)
            r.result = static_cast<TxnStatus>(m_result->currentData().toInt());
    }
    return r;
}

QString ReportsPage::resultText() const
{
    return m_status->text();
}

void ReportsPage::setRunning(bool on)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_from, m_to, m_terminal, m_format, m_language, m_path,
                                                       m_browse, m_export})
        w->setEnabled(!on);
    if (on) {
        m_cashier->setEnabled(false);
        m_type->setEnabled(false);
        m_result->setEnabled(false);
    } else {
        updateFilters();
    }
    m_cancel->setVisible(on);
    m_cancel->setEnabled(on);
    m_progress->setVisible(on);
    if (on)
        m_progressTimer.start();
    else
        m_progressTimer.stop();
}

void ReportsPage::showProgress()
{
    if (!m_running)
        return;
    const auto rows = m_running->rows.load(std::memory_order_relaxed);
    const bool cancelling = m_running->cancel.load();
    showStatus(m_status, Tone::Plain, [this, cancelling, rows] {
        return cancelling ? tr("Cancelling…")
                          : tr("Exporting… %1 rows written so far.").arg(QLocale().toString(qlonglong(rows)));
    });
}

void ReportsPage::startExport()
{
    if (m_running)
        return;
    const ReportRequest r = request();
    auto fail = [this](std::function<QString()> render) {
        showStatus(m_status, Tone::Bad, std::move(render));
    };
    m_totals->hide();
    m_open->hide();
    m_lastFile.clear();
    if (r.from > r.to) {
        fail([this] { return tr("The period ends before it starts. Choose a “to” day on or after the “from” day."); });
        return;
    }
    QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        fail([this] { return tr("Choose where to save the report."); });
        return;
    }
    // x.pdf while XLSX is chosen is a PDF, never x.pdf.xlsx; a name without a known extension gets the format's.
    followTypedFormat(path);
    const QString format = formatKey();
    if (ReportFileName::formatOf(path).isEmpty())
        path += u'.' + format;
    path = QFileInfo(path).absoluteFilePath();
    // The suggested folder (Documents) may not exist yet on a new PC: made, or the home folder instead.
    if (const QString folder = QFileInfo(path).absolutePath();
        !QDir(folder).exists() && !ReportFileName::ensureDefaultFolder(folder) &&
        QDir::cleanPath(folder) == QDir::cleanPath(ReportFileName::defaultFolder())) {
        path = QDir(QDir::homePath()).filePath(QFileInfo(path).fileName());
        m_path->setText(path);
    }
    if (!QFileInfo(path).absoluteDir().exists()) {
        fail([this, folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath())] {
            return tr("The folder %1 does not exist. Choose another place to save the report.").arg(folder);
        });
        return;
    }
    if (QFileInfo::exists(path) &&
        MessageBox::confirm(
            this, tr("Replace the file?"),
            tr("%1 exists already. Replace it with the new report?").arg(QDir::toNativeSeparators(path)),
            tr("Replace")) != MessageBox::Answer::Confirm)
        return;
    const QString object = QStringLiteral("report %1").arg(toKey(r.kind));
    if (auto s = require(m_session.db(), m_session.clock(), m_actor, Permission::Export, object); !s) {
        fail([message = s.error().message] { return message; });
        return;
    }

    const auto language = static_cast<ReportLanguage>(m_language->currentData().toInt());
    // On this thread: installing a catalog sends LanguageChange to the widgets. It stays for the whole export,
    // since the writers translate the totals and page footers as they go.
    m_translation = std::make_unique<ReportTranslation>(language);
    if (format == u"pdf")
        (void)pdf::reportFontFamily(); // registers the CJK font here, not on the worker thread

    auto job = std::make_shared<Job>();
    m_running = job;
    const DbConfig config = m_session.db().config();
    m_thread = QThread::create([job, config, r, language, format, path] {
        job->outcome = runReportExport(config, r, language, format, path, &job->cancel, &job->rows);
    });
    m_thread->setObjectName(QStringLiteral("report-export"));
    m_thread->setParent(this); // the destructor waits for it first
    connect(m_thread.data(), &QThread::finished, this, [this, job, path, thread = m_thread.data()] {
        thread->deleteLater();
        finish(job->outcome, path);
    });
    setRunning(true);
    showProgress();
    m_thread->start();
}

void ReportsPage::cancelExport()
{
    if (!m_running)
        return;
    m_running->cancel.store(true);
    m_cancel->setEnabled(false);
    showProgress();
}

void ReportsPage::finish(const Outcome &outcome, const QString &path)
{
    const ReportRequest r = request();
    m_running.reset();
    m_translation.reset();
    setRunning(false);

    // Exports take data out of the shop: each one is on the audit trail, failed ones too (as the CLI does).
    const QString detail = QStringLiteral("%1 %2..%3 -> %4")
                               .arg(formatKey(), r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate), path);
    {
        UnitOfWork uow(m_session.db());
        if (uow.isActive() && audit(m_session.db(), m_session.clock(), m_actor, QStringLiteral("report.export"),
                                    QStringLiteral("report %1").arg(toKey(r.kind)),
                                    outcome.ok          ? QStringLiteral("ok")
                                    : outcome.cancelled ? QStringLiteral("cancelled")
                                                        : QStringLiteral("failed"),
                                    outcome.ok ? QStringLiteral("%1; %2 rows").arg(detail).arg(outcome.rows)
                                               : QStringLiteral("%1; %2").arg(detail, outcome.error)))
            (void)uow.commit();
    }

    if (outcome.cancelled) {
        showStatus(m_status, Tone::Warning, [this] { return tr("The export was cancelled; no file was written."); });
        emit exportFinished(false);
        return;
    }
    if (!outcome.ok) {
        showStatus(m_status, Tone::Bad,
                   [this, error = outcome.error] { return tr("The report was not exported: %1").arg(error); });
        emit exportFinished(false);
        return;
    }
    m_lastFile = path;
    showStatus(m_status, Tone::Good,
               [this, rows = int(std::min<std::int64_t>(outcome.rows, INT_MAX)), title = outcome.title,
                file = QDir::toNativeSeparators(path)] {
                   // The title is the report's own, in the language the report was written in.
                   return tr("%1: %n row(s) written to %2", nullptr, rows).arg(title, file);
               });
    m_totals->setRowCount(0);
    for (const ReportTotal &t : outcome.totals) {
        const int row = m_totals->rowCount();
        m_totals->insertRow(row);
        m_totals->setItem(row, 0, new QTableWidgetItem(t.label));
        const QStringList cells{t.count ? QLocale().toString(qlonglong(*t.count)) : QString(),
                                t.amountMinor ? Money(*t.amountMinor, t.currency).toDisplayString() : QString()};
        for (int c = 0; c < 2; ++c) {
            auto *value = new QTableWidgetItem(cells[c]);
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_totals->setItem(row, c + 1, value);
        }
    }
    // A few lines: the table is as tall as they are, so nothing scrolls.
    int height = m_totals->horizontalHeader()->sizeHint().height() + 2 * m_totals->frameWidth();
    for (int line = 0; line < m_totals->rowCount(); ++line)
        height += m_totals->rowHeight(line);
    m_totals->setFixedHeight(height);
    m_totals->setMinimumWidth(480);
    m_totals->setVisible(m_totals->rowCount() > 0);
    m_open->show();
    emit exportFinished(true);
}

} // namespace posdesk::desktop
