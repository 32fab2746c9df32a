#include "shell/AppSession.h"

#include "demo/DemoSeeder.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace posdesk::desktop {

Result<std::unique_ptr<AppSession>> AppSession::open(const DbConfig &config)
{
    auto db = Database::open(config);
    if (!db)
        return db.error();
    auto s = std::make_unique<AppSession>();
    s->m_db = std::move(*db);
    return s;
}

Result<std::unique_ptr<AppSession>> AppSession::openDemo()
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return Error::environment(
            QCoreApplication::translate("posdesk::desktop", "Cannot create a temporary folder for the demo."));
    auto db = Database::open(DbConfig::sqlite(dir->filePath(QStringLiteral("demo.db"))));
    if (!db)
        return db.error();
    if (auto seeded = DemoSeeder(**db, SystemClock::instance()).seed(); !seeded)
        return seeded.error();
    auto s = std::make_unique<AppSession>();
    s->m_demoDir = std::move(dir);
    s->m_db = std::move(*db);
    return s;
}

QString AppSession::dataFolder() const
{
    if (m_db->engine() == DbEngine::Sqlite)
        return QFileInfo(m_db->config().sqlitePath).absolutePath();
    return m_db->config().describe();
}

} // namespace posdesk::desktop
