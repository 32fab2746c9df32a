#pragma once

#include "storage/Database.h"

#include <optional>

namespace posdesk {

// The settings table (schema version 3): one text value per key, shared by every till on the database.
class SettingsTable
{
public:
    explicit SettingsTable(Database &db) : m_db(db) {}
    Result<std::optional<QString>> value(const QString &key);
    // Inserts or replaces; call inside the unit of work that audits the change.
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace posdesk
