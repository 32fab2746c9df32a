#include "shell/DatabaseChoice.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

namespace posdesk::desktop {

namespace {
const QString kServerKey = QStringLiteral("database/server-url");
} // namespace

QString DatabaseChoice::savedServerUrl()
{
    return QSettings().value(kServerKey).toString();
}

void DatabaseChoice::saveServerUrl(const QString &url)
{
    QSettings settings;
    if (url.trimmed().isEmpty())
        settings.remove(kServerKey);
    else
        settings.setValue(kServerKey, url.trimmed());
}

QString DatabaseChoice::serverUrlProblem(const QString &url)
{
    auto config = DbConfig::fromUrl(url.trimmed());
    if (!config)
        return config.error().message;
    if (!config->password.isEmpty())
        return QCoreApplication::translate(
            "posdesk::desktop::DatabaseChoice",
            "Leave the password out of the address: PosDesk does not keep database passwords in its settings. Put it "
            "in PostgreSQL's password file of this computer's user (.pgpass) instead.");
    return {};
}

Result<DbConfig> DatabaseChoice::atStart(const QString &dbPathOption, const QString &dbUrlOption)
{
    if (!dbUrlOption.isEmpty())
        return DbConfig::fromUrl(dbUrlOption);
    if (!dbPathOption.isEmpty())
        return DbConfig::sqlite(dbPathOption);
    if (const QString saved = savedServerUrl(); !saved.isEmpty())
        return DbConfig::fromUrl(saved);
    return DbConfig::sqlite(DbConfig::defaultSqlitePath());
}

} // namespace posdesk::desktop
