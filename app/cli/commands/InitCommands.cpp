#include "Command.h"

#include "demo/DemoSeeder.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace posdesk::cli {

namespace {

int runInit(CliContext &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    bool seeded = false;
    if (ctx.isSet(QStringLiteral("demo"))) {
        DemoOptions options;
        if (ctx.isSet(QStringLiteral("host-port"))) {
            bool ok = false;
            options.hostPort = ctx.value(QStringLiteral("host-port")).toInt(&ok);
            if (!ok || options.hostPort < 1 || options.hostPort > 65535)
                return ctx.usage(QCoreApplication::translate("posdesk::cli",
                                                             "--host-port needs a port number between 1 and 65535."));
        }
        if (auto s = DemoSeeder(**db, ctx.clock()).seed(options); !s)
            return ctx.fail(s.error());
        seeded = true;
    }
    const QString where = (*db)->config().describe();
    ctx.out(QCoreApplication::translate("posdesk::cli", "Database ready: %1 (schema version %2).")
                .arg(where)
                .arg((*db)->schemaVersion()));
    if (seeded)
        ctx.out(QCoreApplication::translate("posdesk::cli",
                                            "Demo shop added: 1 merchant, 1 acquirer, 3 terminals, 90 days of sales."));
    ctx.emitJson(QJsonObject{{QStringLiteral("database"), where},
                             {QStringLiteral("schemaVersion"), (*db)->schemaVersion()},
                             {QStringLiteral("demo"), seeded}});
    return ExitOk;
}
} // namespace

void addInitCommands(std::vector<Command> &out)
{
    out.push_back(
        {{QStringLiteral("init")},
         QStringLiteral("[--demo [--host-port PORT]]"),
         QCoreApplication::translate("posdesk::cli",
                                     "Create or upgrade the database; --demo adds a demo shop to a new database."),
         {{QStringLiteral("demo"), QCoreApplication::translate("posdesk::cli", "Seed a demo shop.")},
          {QStringLiteral("host-port"), QCoreApplication::translate("posdesk::cli", "Port of the demo host simulator."),
           QStringLiteral("PORT")}},
         runInit});
}

} // namespace posdesk::cli
