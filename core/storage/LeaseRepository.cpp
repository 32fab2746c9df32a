#include "storage/LeaseRepository.h"

#include "storage/Sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace posdesk {

// A lease is a mutex with an expiry, not a record: after a power cut its holder is gone anyway. So its writes skip
// the fsync that every money write pays (SQLite: synchronous=NORMAL for the statement, which WAL keeps atomic;
// PostgreSQL: synchronous_commit off for its transaction). Other tills see the row at once either way.
Result<int> LeaseRepository::write(const QString &sql, std::initializer_list<QVariant> binds, const QString &what)
{
    if (m_db.inTransaction()) {
        return sql::runCached(m_db, sql, binds, what);
    }
    const bool pg = m_db.engine() == DbEngine::Postgres;
    if (pg) {
        if (auto s = m_db.begin(); !s)
            return s.error();
        if (auto s = m_db.exec(QStringLiteral("SET LOCAL synchronous_commit TO OFF")); !s) {
            m_db.rollback();
            return s.error();
        }
    } else if (auto s = sql::runCached(m_db, QStringLiteral("PRAGMA synchronous=NORMAL"), {}, what); !s) {
        return s.error();
    }
    auto q = sql::runCached(m_db, sql, binds, what);
    const int rows = q ? *q : 0;
    Status done;
    if (pg)
        done = q ? m_db.commit() : (m_db.rollback(), Status());
    else if (auto back = sql::runCached(m_db, QStringLiteral("PRAGMA synchronous=FULL"), {}, what); !back)
        done = back.error();
    if (!q)
        return q.error();
    if (!done)
        return done.error();
    return rows;
}

Result<bool> LeaseRepository::tryAcquire(Id terminalId, const QString &holder, TimeMs now, std::int64_t ttlMs)
{
    // Insert, or take over a lease that has expired; the row count says who won.
    auto q = write(QStringLiteral("INSERT INTO terminal_leases (terminal_id, holder, acquired_at, expires_at) VALUES "
                                  "(?, ?, ?, ?) ON CONFLICT (terminal_id) DO UPDATE SET holder = excluded.holder, "
                                  "acquired_at = excluded.acquired_at, expires_at = excluded.expires_at WHERE "
                                  "terminal_leases.expires_at < ?"),
                   {qlonglong(terminalId), holder, qlonglong(now), qlonglong(now + ttlMs), qlonglong(now)},
                   QCoreApplication::translate("posdesk::LeaseRepository", "reserving the terminal"));
    if (!q)
        return q.error();
    if (*q == 1)
        return true;
    // A holder on this machine whose process is gone (killed, crashed) frees the terminal at once rather than when
    // its lease runs out; the take-over is a compare-and-set on the dead holder.
    auto current = holderOf(terminalId, now);
    if (!current || current->isEmpty() || processAlive(*current))
        return false;
    auto take = write(QStringLiteral("UPDATE terminal_leases SET holder = ?, acquired_at = ?, expires_at = ? WHERE "
                                     "terminal_id = ? AND holder = ?"),
                      {holder, qlonglong(now), qlonglong(now + ttlMs), qlonglong(terminalId), *current},
                      QCoreApplication::translate("posdesk::LeaseRepository", "reserving the terminal"));
    if (!take)
        return take.error();
    return *take == 1;
}

bool LeaseRepository::processAlive(const QString &holder)
{
    // "host/pid/uuid/n": only a holder on this host can be checked; any other counts as alive.
    const QStringList parts = holder.split(u'/');
    if (parts.size() < 4 || parts[0] != QSysInfo::machineHostName().left(32))
        return true;
    bool ok = false;
    const qint64 pid = parts[1].toLongLong(&ok);
    if (!ok || pid <= 0)
        return true;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
#else
    return true;
#endif
}

Status LeaseRepository::release(Id terminalId, const QString &holder)
{
    auto q = write(QStringLiteral("DELETE FROM terminal_leases WHERE terminal_id = ? AND holder = ?"),
                   {qlonglong(terminalId), holder},
                   QCoreApplication::translate("posdesk::LeaseRepository", "releasing the terminal"));
    if (!q)
        return q.error();
    return {};
}

Result<bool> LeaseRepository::renew(Id terminalId, const QString &holder, TimeMs expiresAt)
{
    auto q = write(QStringLiteral("UPDATE terminal_leases SET expires_at = ? WHERE terminal_id = ? AND holder = ?"),
                   {qlonglong(expiresAt), qlonglong(terminalId), holder},
                   QCoreApplication::translate("posdesk::LeaseRepository", "renewing the terminal"));
    if (!q)
        return q.error();
    return *q == 1;
}

Result<QString> LeaseRepository::holderOf(Id terminalId, TimeMs now)
{
    auto q =
        sql::run(m_db, QStringLiteral("SELECT holder FROM terminal_leases WHERE terminal_id = ? AND expires_at >= ?"),
                 {qlonglong(terminalId), qlonglong(now)},
                 QCoreApplication::translate("posdesk::LeaseRepository", "reading the terminal's reservation"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

QString LeaseRepository::newHolder()
{
    static const QString process = QUuid::createUuid().toString(QUuid::WithoutBraces).left(13);
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("%1/%2/%3/%4")
        .arg(QSysInfo::machineHostName().left(32))
        .arg(QCoreApplication::applicationPid())
        .arg(process)
        .arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace posdesk
