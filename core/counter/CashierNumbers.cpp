#include "counter/CashierNumbers.h"

#include "security/Permissions.h"
#include "storage/Sql.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace posdesk::CashierNumbers {

Result<QString> of(Database &db, const QString &username)
{
    auto q = sql::run(db, QStringLiteral("SELECT COALESCE(cashier_no, '') FROM users WHERE username = ?"), {username},
                      QCoreApplication::translate("posdesk::CashierNumbers", "reading the cashier number"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Status set(Database &db, const Clock &clock, const Actor &actor, const QString &username, const QString &number)
{
    if (auto s = require(db, clock, actor, Permission::ManageUsers, QStringLiteral("user ") + username); !s)
        return s;
    static const QRegularExpression kDigits(QStringLiteral("^[0-9]{2,3}$"));
    if (!number.isEmpty() && !kDigits.match(number).hasMatch())
        return Error::usage(QCoreApplication::translate("posdesk::CashierNumbers",
                                                        "A cashier number is two or three digits, such as 01."));
    UnitOfWork uow(db);
    if (!uow.isActive())
        return uow.startStatus();
    if (!number.isEmpty()) {
        auto taken = sql::run(db, QStringLiteral("SELECT username FROM users WHERE cashier_no = ? AND username <> ?"),
                              {number, username},
                              QCoreApplication::translate("posdesk::CashierNumbers", "reading the cashier numbers"));
        if (!taken)
            return taken.error();
        if (taken->next())
            return Error::refused(
                QCoreApplication::translate("posdesk::CashierNumbers",
                                            "Cashier number %1 belongs to %2. Give each user a number of their own.")
                    .arg(number, taken->value(0).toString()));
    }
    if (auto s =
            sql::change(db, QStringLiteral("UPDATE users SET cashier_no = ? WHERE username = ?"),
                        {sql::nullableText(number), username},
                        QCoreApplication::translate("posdesk::CashierNumbers", "setting the cashier number"),
                        QCoreApplication::translate("posdesk::CashierNumbers", "There is no user %1.").arg(username));
        !s)
        return s;
    if (auto s = audit(db, clock, actor, QStringLiteral("user.cashier-no"), QStringLiteral("user ") + username,
                       QStringLiteral("ok"), number);
        !s)
        return s;
    return uow.commit();
}

QString operatorFor(Database &db, const QString &actorName)
{
    if (actorName.startsWith(QLatin1String("local-admin:")))
        return QStringLiteral("00");
    auto number = of(db, actorName);
    return number && !number->isEmpty() ? *number : actorName;
}

} // namespace posdesk::CashierNumbers
