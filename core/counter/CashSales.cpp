#include "counter/CashSales.h"

#include "security/Permissions.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>

namespace posdesk {

Result<CardTransaction> CashSales::record(const Actor &actor, const QString &tid, const Money &amount, bool refund,
                                          const QString &why)
{
    const QString object = QStringLiteral("terminal ") + tid;
    if (auto s = require(m_db, m_clock, actor, refund ? Permission::Refund : Permission::Sell, object); !s)
        return s.error();
    if (amount.minor() <= 0)
        return Error::usage(QCoreApplication::translate("posdesk::CashSales", "The amount must be more than zero."));
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus().error();
    auto terminal = TerminalRepository(m_db).findByTid(tid);
    if (!terminal)
        return terminal.error();
    // The voucher number: the next in the terminal's cash numbering (batch 0); the unit of work holds the writer
    // lock, and UNIQUE (terminal, batch, stan) refuses a number two tills took at once.
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT COALESCE(MAX(stan), 0) + 1 FROM transactions WHERE terminal_id = ? AND "
                                     "batch_no = 0 AND kind = 'cash'"),
                      {qlonglong(terminal->id)},
                      QCoreApplication::translate("posdesk::CashSales", "numbering the cash voucher"));
    if (!q)
        return q.error();
    CardTransaction t;
    t.terminalId = terminal->id;
    t.batchNo = 0;
    t.stan = q->next() ? q->value(0).toInt() : 1;
    t.kind = TxnKind::Cash;
    t.status = TxnStatus::Approved;
    t.amount = Money(refund ? -amount.minor() : amount.minor(), amount.currency());
    t.entryMode = QStringLiteral("cash");
    t.cashier = actor.name;
    t.createdAt = t.updatedAt = m_clock.nowMs();
    auto id = TransactionRepository(m_db).insert(t);
    if (!id)
        return id.error();
    t.id = *id;
    if (auto s = audit(
            m_db, m_clock, actor, refund ? QStringLiteral("refund.cash") : QStringLiteral("sale.cash"), object,
            QStringLiteral("ok"),
            QStringLiteral("voucher %1, %2 %3; %4").arg(t.stan).arg(amount.toPlainString(), amount.currency(), why));
        !s)
        return s.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return t;
}

} // namespace posdesk
