#include "security/SettingsTable.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace posdesk {

namespace {} // namespace

Result<std::optional<QString>> SettingsTable::value(const QString &key)
{
    auto q = sql::select(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                         QCoreApplication::translate("posdesk::SettingsTable", "reading the setting %1").arg(key));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Status SettingsTable::setValue(const QString &key, const QString &value)
{
    // ON CONFLICT … excluded: the same upsert on SQLite (3.24+) and PostgreSQL.
    auto q =
        sql::run(m_db,
                 QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {key, value}, QCoreApplication::translate("posdesk::SettingsTable", "saving the setting %1").arg(key));
    if (!q)
        return q.error();
    return {};
}

} // namespace posdesk
