#pragma once

#include "storage/DbConfig.h"

namespace posdesk::desktop {

// Where the desktop's data lives when the command line does not say: the shared PostgreSQL server chosen in
// Settings (several tills on one database), else the SQLite file in the user's data folder. The choice is kept in
// the user's settings as a URL without password; the password, when the server asks for one, comes from
// PostgreSQL's own password file (~/.pgpass, %APPDATA%\postgresql\pgpass.conf), never from PosDesk's settings.
class DatabaseChoice
{
public:
    // The server URL saved in Settings; empty when this PC's SQLite file is used.
    static QString savedServerUrl();
    // Saves the server for the next start; an empty URL goes back to the SQLite file.
    static void saveServerUrl(const QString &url);
    // What a URL typed in Settings would be refused for (translated), empty when it can be saved.
    static QString serverUrlProblem(const QString &url);

    // The database to open at start: --db-url, else --db, else the saved server, else the default SQLite file.
    static Result<DbConfig> atStart(const QString &dbPathOption, const QString &dbUrlOption);
};

} // namespace posdesk::desktop
