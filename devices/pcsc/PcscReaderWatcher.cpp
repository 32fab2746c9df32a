#include "pcsc/PcscReaderWatcher.h"

#include "pcsc/PcscError.h"

#include <QMetaObject>

#include <chrono>

namespace posdesk {

namespace {

bool holdsCard(ReaderPresence presence)
{
    return presence == ReaderPresence::CardPresent || presence == ReaderPresence::InUse;
}

quint32 counterOf(quint32 eventState)
{
    return eventState >> 16;
}

} // namespace

PcscReaderWatcher::PcscReaderWatcher(QObject *parent) : QObject(parent) {}

PcscReaderWatcher::~PcscReaderWatcher()
{
    stop();
}

std::optional<ReaderInfo> PcscReaderWatcher::reader(const QString &name) const
{
    for (const ReaderInfo &info : m_readers) {
        if (info.name == name)
            return info;
    }
    return std::nullopt;
}

void PcscReaderWatcher::start()
{
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void PcscReaderWatcher::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        if (m_waitingContext)
            m_waitingContext->cancel();
    }
    m_wake.notify_all();
    m_thread.join();
}

void PcscReaderWatcher::sleepForRetry()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(m_retryMs), [this] { return m_stopping.load(); });
}

void PcscReaderWatcher::run()
{
    while (!m_stopping) {
        auto established = PcscContext::establish();
        if (!established) {
            const Error error = established.error();
            QMetaObject::invokeMethod(
                this, [this, error] { applyServiceDown(error); }, Qt::QueuedConnection);
            sleepForRetry();
            continue;
        }
        std::shared_ptr<PcscContext> context = *established;
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                break;
            m_waitingContext = context;
        }
        // Readers start UNAWARE: the first wait answers at once with every state.
        QList<WatchedReader> readers;
        auto listed = context->listReaders();
        if (listed) {
            for (const QString &name : *listed)
                readers.append(WatchedReader{ReaderInfo{name, ReaderPresence::Unavailable, {}, false}, 0});
        }
        bool first = true;
        while (!m_stopping && listed) {
            auto changed = context->waitForChange(readers, first ? 0 : m_pollMs);
            if (m_stopping)
                break;
            if (!changed) {
                if (!context->isValid() || PcscError::faultOf(context->lastCode()) == ChannelFault::ServiceGone) {
                    const Error error = changed.error();
                    QMetaObject::invokeMethod(
                        this, [this, error] { applyServiceDown(error); }, Qt::QueuedConnection);
                    break;
                }
                continue; // cancelled (stop() will be seen above) or a passing error: wait again
            }
            if (*changed || first) {
                const QList<WatchedReader> snapshot = readers;
                QMetaObject::invokeMethod(
                    this, [this, snapshot] { applySnapshot(snapshot); }, Qt::QueuedConnection);
            }
            first = false;
        }
        if (!listed) {
            const Error error = listed.error();
            QMetaObject::invokeMethod(
                this, [this, error] { applyServiceDown(error); }, Qt::QueuedConnection);
        }
        {
            std::lock_guard lock(m_mutex);
            m_waitingContext.reset();
        }
        if (!m_stopping)
            sleepForRetry();
    }
}

void PcscReaderWatcher::applySnapshot(const QList<WatchedReader> &snapshot)
{
    const bool restored = m_serviceLostReported;
    m_serviceAvailable = true;
    m_serviceLostReported = false;
    m_serviceError.reset();

    const QList<ReaderInfo> before = m_readers;
    const QList<quint32> countersBefore = m_eventCounters;
    m_readers.clear();
    m_eventCounters.clear();
    for (const WatchedReader &r : snapshot) {
        m_readers.append(r.info);
        m_eventCounters.append(counterOf(r.eventState));
    }
    bool anything = false;
    // Gone first, so that a reader replaced by one of the same name reads as out, then in.
    for (const ReaderInfo &old : before) {
        if (reader(old.name))
            continue;
        if (holdsCard(old.presence))
            emit cardRemoved(old.name);
        emit readerRemoved(old.name);
        anything = true;
    }
    for (qsizetype i = 0; i < m_readers.size(); ++i) {
        const ReaderInfo &now = m_readers[i];
        qsizetype j = 0;
        while (j < before.size() && before[j].name != now.name)
            ++j;
        if (j == before.size()) {
            emit readerAdded(now.name);
            if (holdsCard(now.presence))
                emit cardInserted(now.name, now.atr);
            emit readerChanged(now);
            anything = true;
            continue;
        }
        const ReaderInfo &old = before[j];
        const bool hadCard = holdsCard(old.presence);
        const bool hasCard = holdsCard(now.presence);
        // Two card events or more between two looks, or another ATR: the card was swapped in the meantime.
        const bool swapped =
            hadCard && hasCard &&
            (old.atr != now.atr || (countersBefore.value(j) != 0 && m_eventCounters[i] >= countersBefore.value(j) + 2));
        if ((hadCard && !hasCard) || swapped)
            emit cardRemoved(now.name);
        if ((!hadCard && hasCard) || swapped)
            emit cardInserted(now.name, now.atr);
        if (old != now || swapped) {
            emit readerChanged(now);
            anything = true;
        }
    }
    if (anything || restored)
        emit readersChanged();
    if (restored)
        emit serviceRestored();
}

void PcscReaderWatcher::applyServiceDown(const Error &error)
{
    m_serviceAvailable = false;
    m_serviceError = error;
    if (m_serviceLostReported)
        return;
    m_serviceLostReported = true;
    const QList<ReaderInfo> before = m_readers;
    m_readers.clear();
    m_eventCounters.clear();
    for (const ReaderInfo &old : before) {
        if (holdsCard(old.presence))
            emit cardRemoved(old.name);
        emit readerRemoved(old.name);
    }
    if (!before.isEmpty())
        emit readersChanged();
    emit serviceLost(error);
}

} // namespace posdesk
