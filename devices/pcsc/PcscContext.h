#pragma once

#include "pcsc/ReaderState.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace posdesk {

// A reader as last seen by a waiting loop: its state, and pcsc-lite's raw event state (SCARD_STATE_* flags, the
// card event counter in the upper 16 bits) that the next wait hands back so that no change is missed.
struct WatchedReader
{
    ReaderInfo info;
    quint32 eventState = 0;
};

// A connection to the smart-card service (PC/SC: pcscd on Linux, the Smart Card service on Windows). Lists the
// readers, reports their state and waits for cards. One thread uses a context at a time; cancel() is the one
// call another thread may make. The service is found as libpcsclite finds it: PCSCLITE_CSOCK_NAME, if set, names
// its socket (the test rig's private pcscd), read once per process.
class PcscContext
{
public:
    static Result<std::shared_ptr<PcscContext>> establish();
    ~PcscContext();
    PcscContext(const PcscContext &) = delete;
    PcscContext &operator=(const PcscContext &) = delete;

    // Reader names; an empty list when none is connected (not an error).
    Result<QStringList> listReaders() const;
    // Every reader with its state at this moment.
    Result<QList<ReaderInfo>> readerStates() const;
    Result<ReaderInfo> readerState(const QString &reader) const;

    // Waits until `reader` holds a card (waitForCard) or holds none (waitForNoCard). Errors: the reader is not
    // connected, the time ran out (ChannelFault::Timeout), cancel() was called, the service went away.
    Result<ReaderInfo> waitForCard(const QString &reader, int timeoutMs) const;
    Result<ReaderInfo> waitForNoCard(const QString &reader, int timeoutMs) const;

    // Waits until a reader in `readers` changes state or a reader is plugged in or out, at most timeoutMs. On
    // return `readers` is today's list with today's states; true when something changed, false on time-out.
    Result<bool> waitForChange(QList<WatchedReader> &readers, int timeoutMs) const;

    // Wakes a wait of this context from another thread; the wait returns a "cancelled" error.
    void cancel() const;
    // False once the context was released; a context whose service stopped may still look valid, so callers
    // also look at lastCode() after a failure (PcscError::faultOf(...) == ChannelFault::ServiceGone).
    bool isValid() const;
    // The PC/SC code of the last call of this context that failed.
    quint32 lastCode() const { return m_lastCode; }

    // The SCARDCONTEXT, as an integer so that this header does not need pcsc-lite's.
    qint64 nativeHandle() const { return m_context; }

private:
    explicit PcscContext(qint64 context) : m_context(context) {}
    Result<ReaderInfo> waitFor(const QString &reader, bool present, int timeoutMs) const;
    // The named readers' states now (readers that vanished meanwhile are left out).
    Result<QList<WatchedReader>> snapshot(const QStringList &names) const;
    Error fail(long code, const char *operation, const QString &reader = {}) const;

    qint64 m_context = 0;
    mutable quint32 m_lastCode = 0;
};

} // namespace posdesk
