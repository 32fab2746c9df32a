#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"

#include <QVariant>

#include <initializer_list>

namespace posdesk {

// One exchange per terminal at a time, across every till and process on the database: a row per terminal with
// its holder and an expiry, so that a till killed in the middle does not hold the terminal for ever.
class LeaseRepository
{
public:
    explicit LeaseRepository(Database &db) : m_db(db) {}
    // Takes the lease when it is free or expired; false when someone else holds it. Runs on its own (autocommit).
    Result<bool> tryAcquire(Id terminalId, const QString &holder, TimeMs now, std::int64_t ttlMs);
    Status release(Id terminalId, const QString &holder);
    // Extends a lease still held by `holder`; false when it is not (any more).
    Result<bool> renew(Id terminalId, const QString &holder, TimeMs expiresAt);
    // The holder of a live lease, empty when none.
    Result<QString> holderOf(Id terminalId, TimeMs now);
    // A name for one operation of this process, unique on this machine and across machines sharing the database.
    static QString newHolder();
    // Whether the process named in a holder may still run (a holder of another machine always may).
    static bool processAlive(const QString &holder);

private:
    Result<int> write(const QString &sql, std::initializer_list<QVariant> binds, const QString &what);
    Database &m_db;
};

} // namespace posdesk
