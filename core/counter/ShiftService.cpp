#include "counter/ShiftService.h"

#include "security/Permissions.h"
#include "storage/Sql.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>

namespace posdesk {

namespace {

const QString kColumns = QStringLiteral(
    "id, cashier, opened_at, float_minor, closed_at, COALESCE(closed_by, ''), COALESCE(cash_sale_count, 0), "
    "COALESCE(cash_sales_minor, 0), COALESCE(cash_refund_count, 0), COALESCE(cash_refunds_minor, 0), "
    "COALESCE(card_sale_count, 0), COALESCE(card_sales_minor, 0), COALESCE(expected_minor, 0), "
    "COALESCE(counted_minor, 0), COALESCE(difference_minor, 0), COALESCE(note, '')");

Shift fromRow(const QSqlQuery &q)
{
    Shift s;
    s.id = q.value(0).toLongLong();
    s.cashier = q.value(1).toString();
    s.openedAt = q.value(2).toLongLong();
    s.floatMinor = q.value(3).toLongLong();
    s.closedAt = sql::optionalInt(q.value(4));
    s.closedBy = q.value(5).toString();
    s.cashSaleCount = q.value(6).toInt();
    s.cashSalesMinor = q.value(7).toLongLong();
    s.cashRefundCount = q.value(8).toInt();
    s.cashRefundsMinor = q.value(9).toLongLong();
    s.cardSaleCount = q.value(10).toInt();
    s.cardSalesMinor = q.value(11).toLongLong();
    s.expectedMinor = q.value(12).toLongLong();
    s.countedMinor = q.value(13).toLongLong();
    s.differenceMinor = q.value(14).toLongLong();
    s.note = q.value(15).toString();
    return s;
}

Result<std::optional<Shift>> openShiftOf(Database &db, const QString &cashier)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT %1 FROM shifts WHERE cashier = ? AND closed_at IS NULL ORDER BY id DESC "
                                     "LIMIT 1")
                          .arg(kColumns),
                      {cashier}, QCoreApplication::translate("posdesk::ShiftService", "reading the shift"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Shift>();
    return std::optional<Shift>(fromRow(*q));
}

} // namespace

Status ShiftService::tally(Shift &shift, TimeMs until)
{
    auto q = sql::run(
        m_db,
        QStringLiteral(
            "SELECT kind, CASE WHEN amount_minor < 0 THEN 1 ELSE 0 END, COUNT(*), SUM(amount_minor) FROM transactions "
            "WHERE cashier = ? AND created_at >= ? AND created_at < ? AND ((kind = 'cash' AND status = 'approved') OR "
            "(kind = 'sale' AND status IN ('approved', 'voided'))) GROUP BY 1, 2"),
        {shift.cashier, qlonglong(shift.openedAt), qlonglong(until)},
        QCoreApplication::translate("posdesk::ShiftService", "adding up the shift"));
    if (!q)
        return q.error();
    shift.cashSaleCount = shift.cashRefundCount = shift.cardSaleCount = 0;
    shift.cashSalesMinor = shift.cashRefundsMinor = shift.cardSalesMinor = 0;
    while (q->next()) {
        const int count = q->value(2).toInt();
        const std::int64_t sum = q->value(3).toLongLong();
        if (q->value(0).toString() == u"sale") {
            shift.cardSaleCount += count;
            shift.cardSalesMinor += sum;
        } else if (q->value(1).toInt() == 1) {
            shift.cashRefundCount += count;
            shift.cashRefundsMinor += -sum;
        } else {
            shift.cashSaleCount += count;
            shift.cashSalesMinor += sum;
        }
    }
    shift.expectedMinor = shift.floatMinor + shift.cashSalesMinor - shift.cashRefundsMinor;
    return {};
}

Result<std::optional<Shift>> ShiftService::current(const Actor &actor)
{
    if (auto s = require(actor, Permission::ViewOwnShift); !s)
        return s.error();
    auto shift = openShiftOf(m_db, actor.name);
    if (!shift || !shift->has_value())
        return shift;
    if (auto s = tally(**shift, m_clock.nowMs() + 1); !s)
        return s.error();
    return shift;
}

Result<Shift> ShiftService::open(const Actor &actor, const Money &floatAmount)
{
    if (auto s = require(m_db, m_clock, actor, Permission::ViewOwnShift, QStringLiteral("shift")); !s)
        return s.error();
    if (floatAmount.minor() < 0)
        return Error::usage(QCoreApplication::translate("posdesk::ShiftService", "The float cannot be negative."));
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus().error();
    auto already = openShiftOf(m_db, actor.name);
    if (!already)
        return already.error();
    if (already->has_value())
        return Error::refused(QCoreApplication::translate(
            "posdesk::ShiftService",
            "Your shift is already open. Close it (count the drawer) before opening another."));
    Shift shift;
    shift.cashier = actor.name;
    shift.openedAt = m_clock.nowMs();
    shift.floatMinor = floatAmount.minor();
    auto id = sql::insert(m_db, QStringLiteral("INSERT INTO shifts (cashier, opened_at, float_minor) VALUES (?, ?, ?)"),
                          {shift.cashier, qlonglong(shift.openedAt), qlonglong(shift.floatMinor)},
                          QCoreApplication::translate("posdesk::ShiftService", "opening the shift"));
    if (!id)
        return id.error();
    shift.id = *id;
    shift.expectedMinor = shift.floatMinor;
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("shift.open"), QStringLiteral("shift %1").arg(shift.id),
                       QStringLiteral("ok"), QStringLiteral("float %1").arg(floatAmount.toPlainString()));
        !s)
        return s.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return shift;
}

Result<Shift> ShiftService::close(const Actor &actor, const Money &counted, const QString &note)
{
    if (auto s = require(m_db, m_clock, actor, Permission::ViewOwnShift, QStringLiteral("shift")); !s)
        return s.error();
    if (counted.minor() < 0)
        return Error::usage(
            QCoreApplication::translate("posdesk::ShiftService", "The counted cash cannot be negative."));
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus().error();
    auto open = openShiftOf(m_db, actor.name);
    if (!open)
        return open.error();
    if (!open->has_value())
        return Error::refused(QCoreApplication::translate(
            "posdesk::ShiftService", "You have no open shift to close. Open one with the float in the drawer."));
    Shift shift = **open;
    const TimeMs now = m_clock.nowMs();
    if (auto s = tally(shift, now + 1); !s)
        return s.error();
    shift.closedAt = now;
    shift.closedBy = actor.name;
    shift.countedMinor = counted.minor();
    shift.differenceMinor = shift.countedMinor - shift.expectedMinor;
    shift.note = note;
    // Compare-and-set: a shift closed from another till meanwhile is not closed twice.
    if (auto s = sql::change(
            m_db,
            QStringLiteral("UPDATE shifts SET closed_at = ?, closed_by = ?, cash_sale_count = ?, cash_sales_minor = ?, "
                           "cash_refund_count = ?, cash_refunds_minor = ?, card_sale_count = ?, card_sales_minor = ?, "
                           "expected_minor = ?, counted_minor = ?, difference_minor = ?, note = ? WHERE id = ? AND "
                           "closed_at IS NULL"),
            {qlonglong(now), actor.name, shift.cashSaleCount, qlonglong(shift.cashSalesMinor), shift.cashRefundCount,
             qlonglong(shift.cashRefundsMinor), shift.cardSaleCount, qlonglong(shift.cardSalesMinor),
             qlonglong(shift.expectedMinor), qlonglong(shift.countedMinor), qlonglong(shift.differenceMinor),
             sql::nullableText(note), qlonglong(shift.id)},
            QCoreApplication::translate("posdesk::ShiftService", "closing the shift"),
            QCoreApplication::translate("posdesk::ShiftService", "The shift was closed meanwhile."));
        !s)
        return s.error();
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("shift.close"), QStringLiteral("shift %1").arg(shift.id),
                       QStringLiteral("ok"),
                       QStringLiteral("expected %1, counted %2, difference %3")
                           .arg(Money::cny(shift.expectedMinor).toPlainString(), counted.toPlainString(),
                                Money::cny(shift.differenceMinor).toPlainString()));
        !s)
        return s.error();
    if (auto c = uow.commit(); !c)
        return c.error();
    return shift;
}

Result<std::vector<Shift>> ShiftService::list(const Actor &actor, int limit)
{
    if (auto s = require(actor, Permission::ViewOwnShift); !s && !allowed(actor, Permission::ViewAllTransactions))
        return s.error();
    const bool everyone = allowed(actor, Permission::ViewAllTransactions);
    auto q = sql::run(
        m_db,
        QStringLiteral("SELECT %1 FROM shifts WHERE (? = 1 OR cashier = ?) ORDER BY id DESC LIMIT ?").arg(kColumns),
        {everyone ? 1 : 0, actor.name, limit},
        QCoreApplication::translate("posdesk::ShiftService", "reading the shifts"));
    if (!q)
        return q.error();
    std::vector<Shift> out;
    while (q->next())
        out.push_back(fromRow(*q));
    return out;
}

} // namespace posdesk
