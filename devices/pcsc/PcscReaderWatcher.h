#pragma once

#include "pcsc/PcscContext.h"
#include "pcsc/ReaderState.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace posdesk {

// Watches the smart-card service on a thread of its own and reports, in the thread that owns the watcher, the
// readers coming and going and the cards put in and taken out. When the service is not running or stops, it says
// so once and keeps trying to reach it again. Meant for the device manager's reader list and status bar; it never
// opens a card (a payment connects with PcscCard).
class PcscReaderWatcher : public QObject
{
    Q_OBJECT

public:
    explicit PcscReaderWatcher(QObject *parent = nullptr);
    ~PcscReaderWatcher() override;

    void start();
    // Returns once the thread has ended (within about pollIntervalMs()).
    void stop();
    bool isRunning() const { return m_thread.joinable(); }

    // The readers as last reported, in the service's order; empty while the service is unreachable.
    QList<ReaderInfo> readers() const { return m_readers; }
    std::optional<ReaderInfo> reader(const QString &name) const;
    // Whether the service answered last time; serviceError() says why not.
    bool isServiceAvailable() const { return m_serviceAvailable; }
    const std::optional<Error> &serviceError() const { return m_serviceError; }

    // How long one wait for a change lasts before the reader list is read again, and how long between attempts
    // to reach a service that is down. Set before start().
    void setPollIntervalMs(int ms) { m_pollMs = ms; }
    int pollIntervalMs() const { return m_pollMs; }
    void setRetryIntervalMs(int ms) { m_retryMs = ms; }

signals:
    void readerAdded(const QString &name);
    void readerRemoved(const QString &name);
    void cardInserted(const QString &reader, const QByteArray &atr);
    void cardRemoved(const QString &reader);
    // Any change of one reader's state (card, in use, unavailable), after the specific signals above.
    void readerChanged(const posdesk::ReaderInfo &info);
    // The list or a state changed: readers() is new.
    void readersChanged();
    // The service cannot be reached (not running, stopped, restarted): once per outage.
    void serviceLost(const posdesk::Error &error);
    void serviceRestored();

private:
    void run();
    void sleepForRetry();
    void applySnapshot(const QList<WatchedReader> &snapshot);
    void applyServiceDown(const Error &error);

    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::shared_ptr<PcscContext> m_waitingContext; // the thread's context, for stop() to cancel its wait

    // Owned by the watcher's thread of ownership; the worker only posts to it.
    QList<ReaderInfo> m_readers;
    QList<quint32> m_eventCounters; // pcsc-lite's per-reader card event counter, to see a quick out-and-in
    bool m_serviceAvailable = false;
    bool m_serviceLostReported = false;
    std::optional<Error> m_serviceError;
    int m_pollMs = 500;
    int m_retryMs = 1000;
};

} // namespace posdesk
