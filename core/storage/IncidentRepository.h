#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"

#include <vector>

namespace posdesk {

// Incidents opened by response codes, devices or local checks.
class IncidentRepository
{
public:
    explicit IncidentRepository(Database &db) : m_db(db) {}
    Result<Id> add(const Incident &i);
    Result<Incident> findById(Id id);
    // The unresolved incident for this terminal and code, if any.
    Result<std::optional<Incident>> findUnresolved(Id terminalId, const QString &code);
    // The oldest unresolved incident of this terminal with any of these codes, in one query.
    Result<std::optional<Incident>> findUnresolvedAny(Id terminalId, const QStringList &codes);
    Result<std::vector<Incident>> list(bool unresolvedOnly);
    Status recordOccurrence(Id id, TimeMs at, std::optional<int> stan);
    Status update(const Incident &i);

private:
    Database &m_db;
};

} // namespace posdesk
