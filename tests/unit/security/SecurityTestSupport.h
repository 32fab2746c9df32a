#pragma once

#include "TestSupport.h"

#include "domain/Entities.h"
#include "storage/AuditLogRepository.h"

#include <QTest>

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &r_ = (expr);                                                                                       \
        QVERIFY2(r_.ok(), qPrintable(r_.ok() ? QString() : r_.error().fullText()));                                    \
    } while (false)

namespace posdesk::test {

// The audit rows with the given event, oldest first.
inline std::vector<AuditEntry> auditRows(Database &db, const QString &event)
{
    std::vector<AuditEntry> out;
    auto all = AuditLogRepository(db).list();
    if (!all)
        return out;
    for (const AuditEntry &e : *all) {
        if (e.event == event)
            out.push_back(e);
    }
    std::sort(out.begin(), out.end(), [](const AuditEntry &a, const AuditEntry &b) { return a.id < b.id; });
    return out;
}

inline bool auditChainIntact(Database &db)
{
    auto broken = AuditLogRepository(db).verify();
    return broken.ok() && !broken->has_value();
}

} // namespace posdesk::test
