#include "scorecards/HostOutageLog.h"

#include "storage/Sql.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>

namespace posdesk {

Status HostOutageLog::noteUnreachable(Id acquirerId)
{
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus();
    const QString what = QCoreApplication::translate("posdesk::HostOutageLog", "recording a host outage");
    auto open =
        sql::run(m_db, QStringLiteral("SELECT COUNT(*) FROM host_outages WHERE acquirer_id = ? AND ended_at IS NULL"),
                 {qlonglong(acquirerId)}, what);
    if (!open)
        return open.error();
    if (open->next() && open->value(0).toLongLong() > 0)
        return {};
    auto q = sql::run(m_db, QStringLiteral("INSERT INTO host_outages (acquirer_id, started_at) VALUES (?, ?)"),
                      {qlonglong(acquirerId), qlonglong(m_clock.nowMs())}, what);
    if (!q)
        return q.error();
    return uow.commit();
}

Status HostOutageLog::noteReachable(Id acquirerId)
{
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE host_outages SET ended_at = ? WHERE acquirer_id = ? AND ended_at IS NULL"),
                      {qlonglong(m_clock.nowMs()), qlonglong(acquirerId)},
                      QCoreApplication::translate("posdesk::HostOutageLog", "closing a host outage"));
    if (!q)
        return q.error();
    return {};
}

} // namespace posdesk
