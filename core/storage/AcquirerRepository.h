#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"

#include <vector>

namespace posdesk {

// Acquirer profiles: host settings, MAC algorithm, support contacts.
class AcquirerRepository
{
public:
    explicit AcquirerRepository(Database &db) : m_db(db) {}
    Result<Id> add(const Acquirer &a);
    Status update(const Acquirer &a);
    Result<Acquirer> findByName(const QString &name);
    Result<Acquirer> findById(Id id);
    Result<std::vector<Acquirer>> list();

private:
    Database &m_db;
};

} // namespace posdesk
