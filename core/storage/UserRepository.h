#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"

#include <vector>

namespace posdesk {

// Users and their login counters; the password hash is opaque here (argon2id, made by the security service).
class UserRepository
{
public:
    explicit UserRepository(Database &db) : m_db(db) {}
    Result<Id> add(const User &u);
    Result<User> findByUsername(const QString &username);
    Result<std::vector<User>> list();
    Status recordFailedLogin(Id id, int failedAttempts, std::optional<TimeMs> lockedUntil);
    Status recordGoodLogin(Id id);
    Status setPassword(Id id, const QString &hash, TimeMs at);
    Status setRole(Id id, Role role);
    Status setDisabled(Id id, bool disabled);

private:
    Database &m_db;
};

} // namespace posdesk
