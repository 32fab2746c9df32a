#include "Command.h"

#include "counter/CashierNumbers.h"
#include "security/UserService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace posdesk::cli {

namespace {

QCommandLineOption valueOption(const char *name, const QString &help, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(valueName));
}

QCommandLineOption passwordStdinOption()
{
    return QCommandLineOption(QStringLiteral("password-stdin"),
                              QCoreApplication::translate(
                                  "posdesk::cli",
                                  "Read the password from the next line of standard input (after the --user password, "
                                  "if any)."));
}

QString timeText(std::optional<TimeMs> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

int missingOption(CliContext &ctx, const QString &option)
{
    return ctx.usage(
        QCoreApplication::translate("posdesk::cli", "--%1 is required. See “posdesk-cli … --help”.").arg(option));
}

Result<Role> roleOption(CliContext &ctx)
{
    auto role = roleFromString(ctx.value(QStringLiteral("role")));
    if (!role)
        return Error::usage(
            QCoreApplication::translate("posdesk::cli", "--role must be owner, cashier or accountant."));
    return *role;
}

// Passwords never come from the command line, where the process list and the shell history would show them.
Result<QString> newPassword(CliContext &ctx, const QString &username)
{
    if (!ctx.isSet(QStringLiteral("password-stdin")))
        return Error::usage(QCoreApplication::translate(
            "posdesk::cli", "Give the password on standard input with --password-stdin; it is never taken from "
                            "the command line."));
    return ctx.readSecretLine(QCoreApplication::translate("posdesk::cli", "New password for %1: ").arg(username));
}

int runUserAdd(CliContext &ctx)
{
    const QString username = ctx.value(QStringLiteral("username")).trimmed();
    if (username.isEmpty())
        return missingOption(ctx, QStringLiteral("username"));
    if (!ctx.isSet(QStringLiteral("role")))
        return missingOption(ctx, QStringLiteral("role"));
    auto role = roleOption(ctx);
    if (!role)
        return ctx.fail(role.error());
    auto db = ctx.database(); // signs in first, so the --user password is the first line of stdin
    if (!db)
        return ctx.fail(db.error());
    auto password = newPassword(ctx, username);
    if (!password)
        return ctx.fail(password.error());
    auto id = UserService(**db, ctx.clock()).addUser(ctx.actor(), username, *role, *password);
    if (!id)
        return ctx.fail(id.error());
    ctx.out(QCoreApplication::translate("posdesk::cli", "User %1 added with the role %2.").arg(username, toKey(*role)));
    ctx.emitJson(QJsonObject{{QStringLiteral("id"), qint64(*id)},
                             {QStringLiteral("username"), username},
                             {QStringLiteral("role"), toKey(*role)}});
    return ExitOk;
}

int runUserList(CliContext &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto users = UserService(**db, ctx.clock()).list(ctx.actor());
    if (!users)
        return ctx.fail(users.error());
    QJsonArray arr;
    for (const User &u : *users) {
        QString state = u.disabled ? QCoreApplication::translate("posdesk::cli", "disabled") : QString();
        if (u.lockedUntil && *u.lockedUntil > ctx.clock().nowMs())
            state = QCoreApplication::translate("posdesk::cli", "locked until %1").arg(timeText(u.lockedUntil));
        ctx.out(QStringLiteral("%1  %2  %3").arg(u.username, toKey(u.role), state).trimmed());
        arr.append(QJsonObject{{QStringLiteral("username"), u.username},
                               {QStringLiteral("role"), toKey(u.role)},
                               {QStringLiteral("disabled"), u.disabled},
                               {QStringLiteral("failedAttempts"), u.failedAttempts},
                               {QStringLiteral("lockedUntil"), timeText(u.lockedUntil)},
                               {QStringLiteral("passwordChanged"), timeText(u.passwordChangedAt)},
                               {QStringLiteral("created"), timeText(u.createdAt)}});
    }
    ctx.emitJson(arr);
    return ExitOk;
}

int runUserPasswd(CliContext &ctx)
{
    const QString username = ctx.value(QStringLiteral("username")).trimmed();
    if (username.isEmpty())
        return missingOption(ctx, QStringLiteral("username"));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto password = newPassword(ctx, username);
    if (!password)
        return ctx.fail(password.error());
    // Signed in as that very user: the sign-in password is the current one the service asks for.
    const Actor actor = ctx.actor();
    const QString current = actor.name == username ? ctx.signInPassword() : QString();
    if (auto s = UserService(**db, ctx.clock()).changePassword(actor, username, *password, current); !s)
        return ctx.fail(s.error());
    ctx.out(QCoreApplication::translate("posdesk::cli", "Password of %1 changed.").arg(username));
    ctx.emitJson(QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("changed"), true}});
    return ExitOk;
}

int runUserSetRole(CliContext &ctx)
{
    const QString username = ctx.value(QStringLiteral("username")).trimmed();
    if (username.isEmpty())
        return missingOption(ctx, QStringLiteral("username"));
    if (!ctx.isSet(QStringLiteral("role")))
        return missingOption(ctx, QStringLiteral("role"));
    auto role = roleOption(ctx);
    if (!role)
        return ctx.fail(role.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = UserService(**db, ctx.clock()).setRole(ctx.actor(), username, *role); !s)
        return ctx.fail(s.error());
    ctx.out(QCoreApplication::translate("posdesk::cli", "%1 now has the role %2.").arg(username, toKey(*role)));
    ctx.emitJson(QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("role"), toKey(*role)}});
    return ExitOk;
}

int runUserSetDisabled(CliContext &ctx, bool disabled)
{
    const QString username = ctx.value(QStringLiteral("username")).trimmed();
    if (username.isEmpty())
        return missingOption(ctx, QStringLiteral("username"));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = UserService(**db, ctx.clock()).setDisabled(ctx.actor(), username, disabled); !s)
        return ctx.fail(s.error());
    ctx.out(disabled ? QCoreApplication::translate("posdesk::cli", "User %1 disabled.").arg(username)
                     : QCoreApplication::translate("posdesk::cli", "User %1 enabled.").arg(username));
    ctx.emitJson(QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("disabled"), disabled}});
    return ExitOk;
}
int runUserSetCashierNo(CliContext &ctx)
{
    const QString username = ctx.value(QStringLiteral("username")).trimmed();
    if (username.isEmpty())
        return missingOption(ctx, QStringLiteral("username"));
    if (!ctx.isSet(QStringLiteral("number")))
        return missingOption(ctx, QStringLiteral("number"));
    const QString number = ctx.value(QStringLiteral("number")).trimmed();
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = CashierNumbers::set(**db, ctx.clock(), ctx.actor(), username, number); !s)
        return ctx.fail(s.error());
    ctx.out(
        number.isEmpty()
            ? QCoreApplication::translate("posdesk::cli", "%1 has no cashier number now.").arg(username)
            : QCoreApplication::translate("posdesk::cli", "%1 prints as operator %2 on slips.").arg(username, number));
    ctx.emitJson(QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("cashierNo"), number}});
    return ExitOk;
}
} // namespace

void addUserCommands(std::vector<Command> &out)
{
    const QCommandLineOption username =
        valueOption("username", QCoreApplication::translate("posdesk::cli", "The user's sign-in name."), "NAME");
    const QCommandLineOption role =
        valueOption("role", QCoreApplication::translate("posdesk::cli", "owner, cashier or accountant."), "ROLE");
    out.push_back({{QStringLiteral("user"), QStringLiteral("add")},
                   QStringLiteral("--username NAME --role owner|cashier|accountant --password-stdin"),
                   QCoreApplication::translate(
                       "posdesk::cli",
                       "Add a user (owner only). The password (12 characters or more) is read from standard input."),
                   {username, role, passwordStdinOption()},
                   runUserAdd});
    out.push_back({{QStringLiteral("user"), QStringLiteral("list")},
                   QString(),
                   QCoreApplication::translate(
                       "posdesk::cli", "List users with their role and whether they are disabled or locked out."),
                   {},
                   runUserList});
    out.push_back({{QStringLiteral("user"), QStringLiteral("passwd")},
                   QStringLiteral("--username NAME --password-stdin"),
                   QCoreApplication::translate(
                       "posdesk::cli",
                       "Set a new password: your own (signed in with --user) or, as owner, anyone's; an owner's reset "
                       "also lifts a lockout. The last 4 passwords cannot be reused."),
                   {username, passwordStdinOption()},
                   runUserPasswd});
    out.push_back(
        {{QStringLiteral("user"), QStringLiteral("set-cashier-no")},
         QStringLiteral("--username NAME --number NN"),
         QCoreApplication::translate("posdesk::cli",
                                     "Set the cashier number printed as 操作员 on the user's slips (two or "
                                     "three digits; empty clears it; owner only)."),
         {username, valueOption("number", QCoreApplication::translate("posdesk::cli", "The cashier number."), "NN")},
         runUserSetCashierNo});
    out.push_back({{QStringLiteral("user"), QStringLiteral("set-role")},
                   QStringLiteral("--username NAME --role owner|cashier|accountant"),
                   QCoreApplication::translate("posdesk::cli", "Change a user's role (owner only)."),
                   {username, role},
                   runUserSetRole});
    out.push_back({{QStringLiteral("user"), QStringLiteral("disable")},
                   QStringLiteral("--username NAME"),
                   QCoreApplication::translate("posdesk::cli",
                                               "Stop a user from signing in, keeping their history (owner only)."),
                   {username},
                   [](CliContext &ctx) {
                       return runUserSetDisabled(ctx, true);
                   }});
    out.push_back({{QStringLiteral("user"), QStringLiteral("enable")},
                   QStringLiteral("--username NAME"),
                   QCoreApplication::translate("posdesk::cli", "Let a disabled user sign in again (owner only)."),
                   {username},
                   [](CliContext &ctx) {
                       return runUserSetDisabled(ctx, false);
                   }});
}

} // namespace posdesk::cli
