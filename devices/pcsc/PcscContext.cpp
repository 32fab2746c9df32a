#include "pcsc/PcscContext.h"

#include "pcsc/PcscError.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <winscard.h>

#include <vector>

namespace posdesk {

namespace {

constexpr char kPnpNotification[] = "\\\\?PnP?\\Notification";

SCARDCONTEXT native(qint64 context)
{
    return SCARDCONTEXT(context);
}

ReaderInfo infoOf(const QString &name, const SCARD_READERSTATE &state)
{
    ReaderInfo info;
    info.name = name;
    info.presence = presenceFromStateFlags(quint32(state.dwEventState));
    info.mute = (state.dwEventState & SCARD_STATE_MUTE) != 0;
    if (state.dwEventState & SCARD_STATE_PRESENT)
        info.atr = QByteArray(reinterpret_cast<const char *>(state.rgbAtr), qsizetype(state.cbAtr));
    return info;
}

// Multi-string (names separated by NUL, ended by an empty one) to a list.
QStringList namesOf(const char *multi, DWORD size)
{
    QStringList names;
    const char *end = multi + size;
    for (const char *p = multi; p < end && *p; p += qstrlen(p) + 1)
        names.append(QString::fromUtf8(p));
    return names;
}

} // namespace

Result<std::shared_ptr<PcscContext>> PcscContext::establish()
{
    SCARDCONTEXT context = 0;
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    if (rv != SCARD_S_SUCCESS)
        return PcscError::fromCode(quint32(rv), "SCardEstablishContext");
    return std::shared_ptr<PcscContext>(new PcscContext(qint64(context)));
}

PcscContext::~PcscContext()
{
    SCardReleaseContext(native(m_context));
}

Result<QStringList> PcscContext::listReaders() const
{
    // The list can grow between the two calls (a reader plugged in): ask again then.
    for (int attempt = 0; attempt < 3; ++attempt) {
        DWORD size = 0;
        LONG rv = SCardListReaders(native(m_context), nullptr, nullptr, &size);
        if (rv == SCARD_E_NO_READERS_AVAILABLE)
            return QStringList();
        if (rv != SCARD_S_SUCCESS)
            return fail(rv, "SCardListReaders");
        std::vector<char> buffer(size + 1, '\0');
        rv = SCardListReaders(native(m_context), nullptr, buffer.data(), &size);
        if (rv == SCARD_E_INSUFFICIENT_BUFFER)
            continue;
        if (rv == SCARD_E_NO_READERS_AVAILABLE)
            return QStringList();
        if (rv != SCARD_S_SUCCESS)
            return fail(rv, "SCardListReaders");
        return namesOf(buffer.data(), size);
    }
    return fail(SCARD_E_INSUFFICIENT_BUFFER, "SCardListReaders");
}

Result<QList<WatchedReader>> PcscContext::snapshot(const QStringList &names) const
{
    QList<WatchedReader> readers;
    if (names.isEmpty())
        return readers;
    std::vector<QByteArray> utf8;
    std::vector<SCARD_READERSTATE> states(size_t(names.size()));
    for (const QString &name : names)
        utf8.push_back(name.toUtf8());
    for (size_t i = 0; i < states.size(); ++i) {
        states[i] = {};
        states[i].szReader = utf8[i].constData();
        states[i].dwCurrentState = SCARD_STATE_UNAWARE;
    }
    // UNAWARE answers at once with every reader's state.
    const LONG rv = SCardGetStatusChange(native(m_context), 0, states.data(), DWORD(states.size()));
    if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT)
        return fail(rv, "SCardGetStatusChange");
    for (size_t i = 0; i < states.size(); ++i) {
        if (states[i].dwEventState & SCARD_STATE_UNKNOWN)
            continue; // unplugged between the listing and now
        readers.append(WatchedReader{infoOf(names[qsizetype(i)], states[i]),
                                     quint32(states[i].dwEventState & ~DWORD(SCARD_STATE_CHANGED))});
    }
    return readers;
}

Result<QList<ReaderInfo>> PcscContext::readerStates() const
{
    auto listed = listReaders();
    if (!listed)
        return listed.error();
    auto readers = snapshot(*listed);
    if (!readers)
        return readers.error();
    QList<ReaderInfo> infos;
    for (const WatchedReader &reader : *readers)
        infos.append(reader.info);
    return infos;
}

Result<ReaderInfo> PcscContext::readerState(const QString &reader) const
{
    const QByteArray name = reader.toUtf8();
    SCARD_READERSTATE state = {};
    state.szReader = name.constData();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    const LONG rv = SCardGetStatusChange(native(m_context), 0, &state, 1);
    if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT)
        return fail(rv, "SCardGetStatusChange", reader);
    if (state.dwEventState & SCARD_STATE_UNKNOWN)
        return fail(SCARD_E_UNKNOWN_READER, "SCardGetStatusChange", reader);
    return infoOf(reader, state);
}

Result<ReaderInfo> PcscContext::waitForCard(const QString &reader, int timeoutMs) const
{
    return waitFor(reader, true, timeoutMs);
}

Result<ReaderInfo> PcscContext::waitForNoCard(const QString &reader, int timeoutMs) const
{
    return waitFor(reader, false, timeoutMs);
}

Result<ReaderInfo> PcscContext::waitFor(const QString &reader, bool present, int timeoutMs) const
{
    const QByteArray name = reader.toUtf8();
    SCARD_READERSTATE state = {};
    state.szReader = name.constData();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const bool first = state.dwCurrentState == SCARD_STATE_UNAWARE;
        const LONG rv = SCardGetStatusChange(native(m_context), first ? 0 : DWORD(deadline.remainingTime()), &state, 1);
        if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT)
            return fail(rv, "SCardGetStatusChange", reader);
        if (state.dwEventState & SCARD_STATE_UNKNOWN)
            return fail(SCARD_E_UNKNOWN_READER, "SCardGetStatusChange", reader);
        const bool hasCard = (state.dwEventState & SCARD_STATE_PRESENT) != 0;
        if (hasCard == present)
            return infoOf(reader, state);
        if ((rv == SCARD_E_TIMEOUT && !first) || deadline.hasExpired()) {
            Error error = fail(SCARD_E_TIMEOUT, "SCardGetStatusChange", reader);
            error.message = present ? QCoreApplication::translate("posdesk::PcscContext",
                                                                  "No card was inserted in the card reader \"%1\" in "
                                                                  "time. Insert the card and try again.")
                                          .arg(reader)
                                    : QCoreApplication::translate("posdesk::PcscContext",
                                                                  "The card is still in the card reader \"%1\". Take "
                                                                  "it out and try again.")
                                          .arg(reader);
            return error;
        }
        state.dwCurrentState = state.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
    }
}

Result<bool> PcscContext::waitForChange(QList<WatchedReader> &readers, int timeoutMs) const
{
    std::vector<QByteArray> names;
    names.reserve(size_t(readers.size()) + 1);
    std::vector<SCARD_READERSTATE> states(size_t(readers.size()) + 1);
    for (qsizetype i = 0; i < readers.size(); ++i) {
        names.push_back(readers[i].info.name.toUtf8());
        states[size_t(i)] = {};
        states[size_t(i)].dwCurrentState = readers[i].eventState & ~DWORD(SCARD_STATE_CHANGED);
    }
    names.push_back(QByteArray(kPnpNotification));
    states.back() = {};
    states.back().dwCurrentState = DWORD(readers.size()) << 16;
    for (size_t i = 0; i < states.size(); ++i)
        states[i].szReader = names[i].constData();

    // Wakes for cards in and out and readers plugged in and out (the PnP entry).
    const LONG rv =
        SCardGetStatusChange(native(m_context), DWORD(qMax(0, timeoutMs)), states.data(), DWORD(states.size()));
    if (rv != SCARD_S_SUCCESS && rv != SCARD_E_TIMEOUT)
        return fail(rv, "SCardGetStatusChange");

    // pcsc-lite does not wake for a card going into use (only for out of use), and a reader can come or go between
    // our listing and the wait: so the list and every state are read afresh after each wait, time-out included.
    auto listed = listReaders();
    if (!listed)
        return listed.error();
    auto now = snapshot(*listed);
    if (!now)
        return now.error();
    bool changed = now->size() != readers.size();
    for (qsizetype i = 0; !changed && i < now->size(); ++i) {
        changed = (*now)[i].info != readers[i].info ||
                  ((*now)[i].eventState >> 16) != (readers[i].eventState >> 16); // a card out and in again
    }
    readers = *now;
    return changed;
}

Error PcscContext::fail(long code, const char *operation, const QString &reader) const
{
    m_lastCode = quint32(code);
    return PcscError::fromCode(quint32(code), operation, reader);
}

void PcscContext::cancel() const
{
    SCardCancel(native(m_context));
}

bool PcscContext::isValid() const
{
    return SCardIsValidContext(native(m_context)) == SCARD_S_SUCCESS;
}

} // namespace posdesk
