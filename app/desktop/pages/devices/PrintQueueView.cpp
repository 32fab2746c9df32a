#include "pages/devices/PrintQueueView.h"

#include "manager/DeviceManager.h"
#include "pages/Page.h"
#include "printing/PrintJobStore.h"
#include "printing/Slips.h"
#include "shell/AppSession.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace posdesk::desktop {

namespace {

constexpr int kShownJobs = 50;

// What a print job is, from the kind it was queued with ("test", or a transaction kind for a slip).
QString jobKindText(const QString &kind)
{
    if (kind == u"test")
        return PrintQueueView::tr("test page");
    if (kind == u"sale")
        return PrintQueueView::tr("sale slip");
    if (kind == u"void")
        return PrintQueueView::tr("void slip");
    if (kind == u"refund")
        return PrintQueueView::tr("refund slip");
    if (kind == u"cash")
        return PrintQueueView::tr("cash sale slip");
    return kind;
}

} // namespace

PrintQueueView::PrintQueueView(AppSession &session, QWidget *parent) : QGroupBox(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_table = Page::listTable(this, QStringLiteral("printQueue"), 5);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto *actions = new QHBoxLayout;
    m_reprint = new QPushButton(this);
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    actions->addWidget(m_reprint);
    actions->addWidget(m_cancel);
    actions->addStretch(1);
    layout->addLayout(actions);

    connect(m_reprint, &QPushButton::clicked, this, &PrintQueueView::reprintJob);
    connect(m_cancel, &QPushButton::clicked, this, &PrintQueueView::cancelJob);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = selectedJob() != 0;
        m_reprint->setEnabled(any);
        m_cancel->setEnabled(any);
    });
    connect(&m_session.devices(), &DeviceManager::printJobChanged, this, [this](Id printerId) {
        if (printerId == m_printer)
            refresh();
    });
    retranslate();
    refresh();
}

void PrintQueueView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(e);
}

void PrintQueueView::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Job"), tr("What"), tr("State"), tr("Queued"), tr("Note")});
    m_reprint->setText(tr("Reprint"));
    m_cancel->setText(tr("Cancel job"));
    setTitle(m_printer != 0 ? tr("Print queue of %1").arg(m_printerName) : tr("Print queue (select a printer)"));
    if (m_printer != 0)
        refresh();
}

void PrintQueueView::showPrinter(Id printerId, const QString &name)
{
    m_printer = printerId;
    m_printerName = name;
    setTitle(m_printer != 0 ? tr("Print queue of %1").arg(m_printerName) : tr("Print queue (select a printer)"));
    refresh();
}

Id PrintQueueView::selectedJob() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void PrintQueueView::refresh()
{
    const Id keep = selectedJob();
    m_table->setRowCount(0);
    m_reprint->setEnabled(false);
    m_cancel->setEnabled(false);
    if (m_printer == 0)
        return;
    auto jobs = PrintJobStore(m_session.db(), m_session.clock()).list(m_printer, kShownJobs);
    if (!jobs) {
        emit message(jobs.error().message, true);
        return;
    }
    for (const PrintJob &j : *jobs) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *id = new QTableWidgetItem(QString::number(j.id));
        id->setData(Qt::UserRole, qlonglong(j.id));
        m_table->setItem(r, 0, id);
        m_table->setItem(r, 1, new QTableWidgetItem(jobKindText(j.kind)));
        m_table->setItem(r, 2, new QTableWidgetItem(displayName(j.state)));
        m_table->setItem(r, 3,
                         new QTableWidgetItem(
                             QLocale().toString(QDateTime::fromMSecsSinceEpoch(j.createdAt), QLocale::ShortFormat)));
        QString note = j.lastError;
        if (j.reprintOf)
            note = tr("copy of job %1").arg(*j.reprintOf) + (note.isEmpty() ? QString() : QStringLiteral("; ") + note);
        m_table->setItem(r, 4, new QTableWidgetItem(note));
        if (j.id == keep)
            m_table->selectRow(r);
    }
    if (m_table->rowCount() > 0)
        m_table->resizeColumnsToContents(); // at most kShownJobs rows
}

void PrintQueueView::reprintJob()
{
    const Id job = selectedJob();
    if (job == 0 || m_printer == 0)
        return;
    DeviceManager &devices = m_session.devices();
    if (!devices.printQueue(m_printer)) {
        if (auto s = devices.startDevice(m_printer); !s) {
            emit message(tr("The printer could not be started: %1").arg(s.error().message), true);
            return;
        }
    }
    // The page this view sits on knows who is signed in; the copy carries their mark and is audited.
    Actor actor;
    for (QWidget *w = parentWidget(); w; w = w->parentWidget())
        if (auto *page = qobject_cast<Page *>(w)) {
            actor = page->actor();
            break;
        }
    const PrinterOptions *options = devices.printerOptions(m_printer);
    auto mark = options ? Slips::reprintMarkForJob(m_session.db(), m_session.clock(), actor, job, *options)
                        : Result<QByteArray>(QByteArray());
    auto copy = mark ? devices.printQueue(m_printer)->reprint(job, *mark) : Result<Id>(mark.error());
    if (!copy)
        emit message(tr("Job %1 was not reprinted: %2").arg(job).arg(copy.error().message), true);
    else
        emit message(tr("A copy of job %1 is queued as job %2.").arg(job).arg(*copy), false);
    refresh();
}

void PrintQueueView::cancelJob()
{
    const Id job = selectedJob();
    if (job == 0 || m_printer == 0)
        return;
    PrintQueue *queue = m_session.devices().printQueue(m_printer);
    // A stopped printer has no queue running; its jobs are still in the database.
    const Status s = queue ? queue->cancel(job) : PrintJobStore(m_session.db(), m_session.clock()).cancel(job);
    if (!s)
        emit message(tr("Job %1 was not cancelled: %2").arg(job).arg(s.error().message), true);
    else
        emit message(tr("Job %1 is cancelled.").arg(job), false);
    refresh();
}

} // namespace posdesk::desktop
