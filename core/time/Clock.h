#pragma once

#include <QDateTime>

#include <atomic>
#include <cstdint>

namespace posdesk {

// Source of the current time; services take one so that tests can pin time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    std::int64_t nowMs() const { return nowUtc().toMSecsSinceEpoch(); }
};

// The operating system's clock.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    static SystemClock &instance();
};

// A clock that only moves when told to.
class TestClock final : public Clock
{
public:
    explicit TestClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
    QDateTime nowUtc() const override;
    void setNow(const QDateTime &t);
    void advanceMs(std::int64_t ms);

private:
    std::atomic<std::int64_t> m_ms;
};

} // namespace posdesk
