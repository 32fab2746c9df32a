#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"

#include <vector>

namespace posdesk {

// The append-only audit trail. Each row carries the SHA-256 of the previous row's hash and its own content,
// so an edited, deleted or inserted row breaks the chain.
class AuditLogRepository
{
public:
    explicit AuditLogRepository(Database &db) : m_db(db) {}
    // Appends and fills in prevHash/hash; call inside the unit of work of the change it records.
    Result<Id> append(AuditEntry entry);
    Result<std::vector<AuditEntry>> list(int limit = -1);
    // The hash a row must carry given its content and the previous hash.
    static QString chainHash(const AuditEntry &e, const QString &prevHash);
    static const QString &genesisHash();

    // First row whose hash or link does not hold; empty when the chain is intact.
    struct Break
    {
        Id id = 0;
        QString reason;
    };
    Result<std::optional<Break>> verify();

private:
    Database &m_db;
};

} // namespace posdesk
