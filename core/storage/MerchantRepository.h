#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"

#include <vector>

namespace posdesk {

// Merchants (MID and names).
class MerchantRepository
{
public:
    explicit MerchantRepository(Database &db) : m_db(db) {}
    Result<Id> add(const Merchant &m);
    Result<Merchant> findByMid(const QString &mid);
    Result<Merchant> findById(Id id);
    Result<std::vector<Merchant>> list();

private:
    Database &m_db;
};

} // namespace posdesk
