#include "time/Clock.h"

#include <QTimeZone>

namespace posdesk {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

SystemClock &SystemClock::instance()
{
    static SystemClock clock;
    return clock;
}

TestClock::TestClock(QDateTime start) : m_ms(start.toMSecsSinceEpoch()) {}

QDateTime TestClock::nowUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(m_ms.load(), Qt::UTC);
}

void TestClock::setNow(const QDateTime &t)
{
    m_ms.store(t.toMSecsSinceEpoch());
}

void TestClock::advanceMs(std::int64_t ms)
{
    m_ms.fetch_add(ms);
}

} // namespace posdesk
