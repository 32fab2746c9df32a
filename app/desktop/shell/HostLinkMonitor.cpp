#include "shell/HostLinkMonitor.h"

#include "scorecards/HostOutageLog.h"
#include "storage/AcquirerRepository.h"

#include <QTcpSocket>

namespace posdesk::desktop {

HostLinkMonitor::HostLinkMonitor(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    connect(&m_timer, &QTimer::timeout, this, &HostLinkMonitor::probeNow);
}

void HostLinkMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    probeNow();
}

void HostLinkMonitor::probeNow()
{
    auto acquirers = AcquirerRepository(m_db).list();
    if (!acquirers)
        return;
    for (const Acquirer &a : *acquirers)
        probe(a);
}

void HostLinkMonitor::probe(const Acquirer &a)
{
    if (m_probes.contains(a.id))
        return; // the previous probe is still waiting
    auto *socket = new QTcpSocket(this);
    m_probes.insert(a.id, socket);
    const Id id = a.id;
    const QString name = a.name;
    auto finish = [this, socket, id, name](State s) {
        if (m_probes.value(id) != socket)
            return;
        m_probes.remove(id);
        socket->abort();
        socket->deleteLater();
        setState(id, name, s);
    };
    connect(socket, &QTcpSocket::connected, this, [finish] { finish(State::Reachable); });
    connect(socket, &QTcpSocket::errorOccurred, this, [finish] { finish(State::Unreachable); });
    // A host that swallows SYNs never errors; give up after the acquirer's own connect timeout.
    QTimer::singleShot(std::max(a.connectTimeoutMs, 1000), socket, [finish] { finish(State::Unreachable); });
    socket->connectToHost(a.host, quint16(a.port));
}

void HostLinkMonitor::setState(Id acquirerId, const QString &name, State s)
{
    m_names.insert(acquirerId, name);
    if (m_states.value(acquirerId, State::Unknown) == s)
        return;
    m_states.insert(acquirerId, s);
    // Kept for the channel scorecard's "host unreachable" time; a failure to write it must not stop the monitor.
    HostOutageLog outages(m_db, SystemClock::instance());
    if (s == State::Unreachable)
        (void)outages.noteUnreachable(acquirerId);
    else if (s == State::Reachable)
        (void)outages.noteReachable(acquirerId);
    emit changed();
}

HostLinkMonitor::State HostLinkMonitor::overall() const
{
    if (m_states.isEmpty())
        return State::Unknown;
    for (State s : m_states) {
        if (s == State::Unreachable)
            return State::Unreachable;
    }
    return State::Reachable;
}

QString HostLinkMonitor::describe() const
{
    switch (overall()) {
    case State::Unknown:
        return tr("Host: checking…");
    case State::Reachable:
        return tr("Host: connected");
    case State::Unreachable:
        break;
    }
    QStringList down;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        if (it.value() == State::Unreachable)
            down << m_names.value(it.key());
    }
    return tr("Host unreachable: %1").arg(down.join(QStringLiteral(", ")));
}

} // namespace posdesk::desktop
