#pragma once

#include "util/Result.h"

#include <QString>

namespace posdesk {

enum class DbEngine { Sqlite, Postgres };

// Where the data lives: a SQLite file (the default) or a PostgreSQL server shared by several tills.
struct DbConfig
{
    DbEngine engine = DbEngine::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString options; // libpq connect options, e.g. "sslmode=require"

    static DbConfig sqlite(const QString &path);
    // Accepts postgresql://user[:password]@host[:port]/db[?sslmode=…]; host may be a percent-encoded socket directory.
    static Result<DbConfig> fromUrl(const QString &url);
    // The default SQLite file under the application's data location.
    static QString defaultSqlitePath();

    // For messages: the file path or the URL without its password.
    QString describe() const;
};

} // namespace posdesk
