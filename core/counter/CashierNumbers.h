#pragma once

#include "security/Actor.h"
#include "util/Result.h"

#include <QString>

// The number printed as 操作员 on every slip: one per user, set in Users (two or three digits; 00 is the
// supervisor's by CUP habit, so the local administrator prints 00).
namespace posdesk::CashierNumbers {

// The user's number; empty when none is set.
Result<QString> of(Database &db, const QString &username);
// Sets (or, with an empty number, clears) a user's number; needs ManageUsers, refuses a number another user has,
// audited as user.cashier-no.
Status set(Database &db, const Clock &clock, const Actor &actor, const QString &username, const QString &number);
// What 操作员 prints for whoever did it: the number, else the user name; 00 for the local administrator.
QString operatorFor(Database &db, const QString &actorName);

} // namespace posdesk::CashierNumbers
