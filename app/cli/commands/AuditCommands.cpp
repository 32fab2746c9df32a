#include "Command.h"

#include "security/Permissions.h"
#include "storage/AuditLogRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace posdesk::cli {

namespace {

int runAuditVerify(CliContext &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = require(**db, ctx.clock(), ctx.actor(), Permission::ReadAudit, QStringLiteral("audit trail")); !s)
        return ctx.fail(s.error());
    AuditLogRepository repo(**db);
    auto broken = repo.verify();
    if (!broken)
        return ctx.fail(broken.error());
    if (broken->has_value()) {
        const auto &b = **broken;
        ctx.emitJson(QJsonObject{{QStringLiteral("intact"), false},
                                 {QStringLiteral("row"), qint64(b.id)},
                                 {QStringLiteral("reason"), b.reason}});
        return ctx.fail(Error::refused(
            QCoreApplication::translate("posdesk::cli", "The audit trail has been tampered with: %1.").arg(b.reason)));
    }
    auto all = repo.list();
    const qint64 rows = all ? qint64(all->size()) : 0;
    ctx.out(QCoreApplication::translate("posdesk::cli", "The audit trail is intact (%n row(s)).", nullptr, int(rows)));
    ctx.emitJson(QJsonObject{{QStringLiteral("intact"), true}, {QStringLiteral("rows"), rows}});
    return ExitOk;
}
} // namespace

void addAuditCommands(std::vector<Command> &out)
{
    out.push_back({{QStringLiteral("audit"), QStringLiteral("verify")},
                   QString(),
                   QCoreApplication::translate(
                       "posdesk::cli",
                       "Check the hash chain of the audit trail; names the first edited, deleted or inserted row."),
                   {},
                   runAuditVerify});
}

} // namespace posdesk::cli
