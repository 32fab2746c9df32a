#pragma once

#include "storage/Database.h"

namespace posdesk {

// RAII transaction: rolls back unless commit() was reached.
class UnitOfWork
{
public:
    explicit UnitOfWork(Database &db);
    ~UnitOfWork();
    UnitOfWork(const UnitOfWork &) = delete;
    UnitOfWork &operator=(const UnitOfWork &) = delete;

    // False when the transaction could not start; error() says why.
    bool isActive() const { return m_active; }
    const Status &startStatus() const { return m_start; }
    Status commit();

private:
    Database &m_db;
    Status m_start;
    bool m_active = false;
};

} // namespace posdesk
