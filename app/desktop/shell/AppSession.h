#pragma once

#include "storage/Database.h"
#include "time/Clock.h"

#include <QTemporaryDir>

#include <memory>

namespace posdesk::desktop {

// What the screens share: the open database, the clock, and (in demo mode) the temporary data folder.
class AppSession
{
public:
    // Opens the database given by --db/--db-url or the default file.
    static Result<std::unique_ptr<AppSession>> open(const DbConfig &config);
    // A seeded demo shop in a temporary folder, removed on exit.
    static Result<std::unique_ptr<AppSession>> openDemo();

    Database &db() { return *m_db; }
    const Clock &clock() const { return SystemClock::instance(); }
    bool isDemo() const { return m_demoDir != nullptr; }
    QString dataFolder() const;

private:
    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<Database> m_db;
};

} // namespace posdesk::desktop
