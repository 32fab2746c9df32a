#include "pages/SlipPanel.h"

#include "manager/DeviceManager.h"
#include "printing/PrintQueue.h"
#include "printing/Slips.h"
#include "security/Permissions.h"
#include "shell/AppSession.h"
#include "storage/BatchRepository.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"

#include <QEvent>
#include <QGridLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>

namespace posdesk::desktop {

SlipPanel::SlipPanel(AppSession &session, std::function<QString()> currentTid, QWidget *parent)
    : QGroupBox(parent), m_session(session), m_currentTid(std::move(currentTid))
{
    setObjectName(QStringLiteral("slipPanel"));
    auto *grid = new QGridLayout(this);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("cardholderCopy"));
    m_copy->setStyleSheet(QStringLiteral("font-weight: bold; background: #dbeafe; color: #1e3a8a; padding: 6px;"));
    m_copy->hide();
    m_reprintLast = new QPushButton(this);
    m_reprintLast->setObjectName(QStringLiteral("reprintLast"));
    m_voucherLabel = new QLabel(this);
    m_voucher = new QLineEdit(this);
    m_voucher->setObjectName(QStringLiteral("reprintVoucherNo"));
    m_voucher->setValidator(new QIntValidator(1, 999999, m_voucher));
    m_voucher->setMaxLength(6);
    m_voucherLabel->setBuddy(m_voucher);
    m_reprintVoucher = new QPushButton(this);
    m_reprintVoucher->setObjectName(QStringLiteral("reprintVoucher"));
    m_settlement = new QPushButton(this);
    m_settlement->setObjectName(QStringLiteral("settlementSlip"));
    grid->addWidget(m_copy, 0, 0, 1, 3);
    grid->addWidget(m_reprintLast, 1, 0, 1, 3);
    grid->addWidget(m_voucherLabel, 2, 0);
    grid->addWidget(m_voucher, 2, 1);
    grid->addWidget(m_reprintVoucher, 2, 2);
    grid->addWidget(m_settlement, 3, 0, 1, 3);
    connect(m_copy, &QPushButton::clicked, this, &SlipPanel::printCardholderCopy);
    auto *copyKey = new QShortcut(QKeySequence(Qt::Key_F10), this);
    copyKey->setContext(Qt::WindowShortcut);
    connect(copyKey, &QShortcut::activated, this, [this] {
        if (isVisible() && m_waitingCopy)
            printCardholderCopy();
    });
    connect(m_reprintLast, &QPushButton::clicked, this, &SlipPanel::reprintLast);
    connect(m_reprintVoucher, &QPushButton::clicked, this, [this] { reprintVoucher(m_voucher->text().toInt()); });
    connect(m_voucher, &QLineEdit::returnPressed, this, [this] { reprintVoucher(m_voucher->text().toInt()); });
    connect(m_settlement, &QPushButton::clicked, this, &SlipPanel::printSettlement);
    retranslate();
}

void SlipPanel::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(e);
}

void SlipPanel::retranslate()
{
    setTitle(tr("Slips"));
    m_copy->setText(tr("Merchant copy torn off: print the cardholder copy (F10)"));
    m_reprintLast->setText(tr("Reprint the last slip"));
    m_voucherLabel->setText(tr("&Voucher No.:"));
    m_voucher->setPlaceholderText(tr("trace number on the slip"));
    m_reprintVoucher->setText(tr("Reprint"));
    m_settlement->setText(tr("Print the last settlement slip"));
}

void SlipPanel::setActor(const Actor &actor)
{
    m_actor = actor;
    m_waitingCopy.reset();
    m_last.reset();
    m_copy->hide();
    const bool reprints = allowed(actor, Permission::Reprint);
    m_reprintLast->setEnabled(reprints);
    m_reprintVoucher->setEnabled(reprints);
    m_voucher->setEnabled(reprints);
}

const PrinterOptions *SlipPanel::printerOptions() const
{
    DeviceManager &devices = m_session.devices();
    const std::optional<Id> printer = devices.defaultPrinter();
    return printer ? devices.printerOptions(*printer) : nullptr;
}

bool SlipPanel::queue(const QString &kind, const QByteArray &bytes, std::optional<Id> transactionId)
{
    DeviceManager &devices = m_session.devices();
    const std::optional<Id> printer = devices.defaultPrinter();
    PrintQueue *q = printer ? devices.printQueue(*printer) : nullptr;
    if (!q) {
        emit message(tr("No receipt printer is ready: the slip was not printed. Connect one under Devices."), true);
        return false;
    }
    auto job = q->enqueue(kind, bytes, transactionId);
    if (!job) {
        emit message(tr("Receipt not queued: %1").arg(job.error().fullText()), true);
        return false;
    }
    return true;
}

// The slip goes to the print queue of the till's printer and the cashier carries on: the queue prints it when the
// printer is ready, and keeps it through paper-out or an unplugged cable. Without a printer nothing is queued.
void SlipPanel::print(const CardTransaction &txn)
{
    const PrinterOptions *options = printerOptions();
    if (!options)
        return;
    if (m_waitingCopy)
        printCardholderCopy();
    m_last = txn;
    auto slip = Slips::forTransaction(m_session.db(), txn, *options, ReceiptCopy::Merchant);
    if (!slip) {
        emit message(tr("Receipt not queued: %1").arg(slip.error().fullText()), true);
        return;
    }
    QByteArray bytes = *slip;
    if (txn.kind == TxnKind::Cash && options->cashDrawer)
        bytes.prepend(EscPosBuilder(*options).drawerKick(DrawerPin::Pin2).bytes());
    if (!queue(Slips::jobKind(txn), bytes, txn.id) || !Slips::hasCardholderCopy(txn))
        return;
    m_waitingCopy = txn;
    if (options->pauseBetweenCopies) {
        m_copy->show();
        emit message(tr("Tear off the merchant copy for the signature, then press F10 for the cardholder copy."),
                     false);
    } else {
        printCardholderCopy();
    }
}

void SlipPanel::printCardholderCopy()
{
    if (!m_waitingCopy)
        return;
    const CardTransaction txn = *m_waitingCopy;
    m_waitingCopy.reset();
    m_copy->hide();
    const PrinterOptions *options = printerOptions();
    if (!options)
        return;
    auto slip = Slips::forTransaction(m_session.db(), txn, *options, ReceiptCopy::Cardholder);
    if (!slip) {
        emit message(tr("Receipt not queued: %1").arg(slip.error().fullText()), true);
        return;
    }
    queue(Slips::jobKind(txn), *slip, txn.id);
}

void SlipPanel::reprint(const CardTransaction &txn)
{
    const PrinterOptions *options = printerOptions();
    if (!options) {
        emit message(tr("No receipt printer is ready: the slip was not printed. Connect one under Devices."), true);
        return;
    }
    auto slip = Slips::reprintTransaction(m_session.db(), m_session.clock(), m_actor, txn, *options);
    if (!slip) {
        emit message(tr("Not reprinted: %1").arg(slip.error().message), true);
        return;
    }
    if (queue(Slips::jobKind(txn), *slip, txn.id))
        emit message(tr("Reprint of voucher %1 queued; it is marked 重打印 / REPRINT.").arg(txn.stan), false);
}

void SlipPanel::reprintLast()
{
    if (!m_last) {
        emit message(tr("Nothing printed on this till since you signed in. Reprint by voucher number instead."), true);
        return;
    }
    // The stored row, as it stands now (a sale voided since prints as it was: the slip is of the sale).
    auto txn = TransactionRepository(m_session.db()).findById(m_last->id);
    reprint(txn ? *txn : *m_last);
}

void SlipPanel::reprintVoucher(int voucherNo)
{
    if (voucherNo <= 0) {
        emit message(tr("Type the voucher number (凭证号) from the slip."), true);
        return;
    }
    const QString tid = m_currentTid();
    auto terminal = TerminalRepository(m_session.db()).findByTid(tid);
    if (!terminal) {
        emit message(terminal.error().message, true);
        return;
    }
    // The newest with that number: voucher numbers come round again in later batches.
    auto q = sql::run(m_session.db(),
                      QStringLiteral("SELECT MAX(id) FROM transactions WHERE terminal_id = ? AND stan = ? AND kind <> "
                                     "'cash' AND status NOT IN ('pending', 'declined')"),
                      {qlonglong(terminal->id), voucherNo}, tr("looking for the voucher"));
    if (!q) {
        emit message(q.error().message, true);
        return;
    }
    if (q->next() && !q->value(0).isNull()) {
        auto txn = TransactionRepository(m_session.db()).findById(q->value(0).toLongLong());
        if (!txn) {
            emit message(txn.error().message, true);
            return;
        }
        reprint(*txn);
        m_voucher->clear();
        return;
    }
    emit message(tr("Terminal %1 has no card transaction with voucher number %2.").arg(tid).arg(voucherNo), true);
}

void SlipPanel::printSettlement()
{
    const QString tid = m_currentTid();
    const PrinterOptions *options = printerOptions();
    if (!options) {
        emit message(tr("No receipt printer is ready: the slip was not printed. Connect one under Devices."), true);
        return;
    }
    auto terminal = TerminalRepository(m_session.db()).findByTid(tid);
    auto batches = terminal ? BatchRepository(m_session.db()).listForTerminal(terminal->id)
                            : Result<std::vector<Batch>>(terminal.error());
    if (!batches) {
        emit message(batches.error().message, true);
        return;
    }
    // The batch the host settled last (batch numbers may start again after a re-sign-on).
    const auto settledAt = [](const Batch &b) {
        return b.hostSettledAt.value_or(b.closedAt.value_or(0));
    };
    const Batch *last = nullptr;
    for (const Batch &b : *batches)
        if ((b.state == BatchState::Closed || b.state == BatchState::HostSettled) &&
            (!last || settledAt(b) > settledAt(*last)))
            last = &b;
    if (!last) {
        emit message(tr("Terminal %1 has no settled batch yet.").arg(tid), true);
        return;
    }
    auto slip = Slips::forBatch(m_session.db(), tid, last->batchNo, m_actor.name, *options);
    if (!slip) {
        emit message(slip.error().message, true);
        return;
    }
    if (queue(QStringLiteral("settlement"), *slip, std::nullopt))
        emit message(tr("Settlement slip of batch %1 queued.").arg(last->batchNo), false);
}

} // namespace posdesk::desktop
