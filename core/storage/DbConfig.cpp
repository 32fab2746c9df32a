#include "storage/DbConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace posdesk {

namespace {} // namespace

DbConfig DbConfig::sqlite(const QString &path)
{
    DbConfig c;
    c.engine = DbEngine::Sqlite;
    c.sqlitePath = path;
    return c;
}

QString DbConfig::defaultSqlitePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("posdesk.db"));
}

Result<DbConfig> DbConfig::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
        return Error::usage(
            QCoreApplication::translate("posdesk::DbConfig",
                                        "“%1” is not a PostgreSQL URL. Use postgresql://user@host:port/database.")
                .arg(text));
    DbConfig c;
    c.engine = DbEngine::Postgres;
    c.host = url.host(QUrl::FullyDecoded);
    c.port = url.port(5432);
    c.user = url.userName(QUrl::FullyDecoded);
    c.password = url.password(QUrl::FullyDecoded);
    c.database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    QStringList opts;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host") // libpq style: ?host=/var/run/postgresql for a unix socket
            c.host = value;
        else
            opts << key + u'=' + value;
    }
    c.options = opts.join(u';');
    if (c.database.isEmpty())
        return Error::usage(
            QCoreApplication::translate("posdesk::DbConfig",
                                        "The PostgreSQL URL “%1” names no database. Add /DATABASE at the end.")
                .arg(text));
    if (c.host.isEmpty())
        c.host = QStringLiteral("localhost");
    return c;
}

QString DbConfig::describe() const
{
    if (engine == DbEngine::Sqlite)
        return sqlitePath;
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + u'@';
    return s + host + u':' + QString::number(port) + u'/' + database;
}

} // namespace posdesk
