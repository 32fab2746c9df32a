#pragma once

#include "storage/Database.h"
#include "time/Clock.h"

namespace posdesk {

// Seeds a believable shop for demos and training: one merchant, one acquirer profile, three terminals in
// different states (12345603 is unknown to the demo host and meets 97), 90 days of sales and a few incidents.
struct DemoOptions
{
    QString hostAddress = QStringLiteral("127.0.0.1");
    int hostPort = 5800;
    int days = 90;
    quint32 seed = 20261124;
};

struct DemoFacts
{
    static constexpr const char *kMid = "898310058120001";
    static constexpr const char *kRegisteredTid = "12345601";
    static constexpr const char *kSuspendedTid = "12345602";
    static constexpr const char *kUnregisteredTid = "12345603";
    static constexpr const char *kAcquirer = "East China Acquiring Bank";
};

class DemoSeeder
{
public:
    DemoSeeder(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    // Refuses a database that already holds merchants, so a real shop's data is never mixed with demo data.
    Status seed(const DemoOptions &options = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace posdesk
