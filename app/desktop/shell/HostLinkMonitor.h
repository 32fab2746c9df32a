#pragma once

#include "domain/Entities.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace posdesk {
class Database;
}

namespace posdesk::desktop {

// Whether each acquirer's host can be reached: a TCP connect to its host and port now and then (no message is
// sent, so the host's logs and the STAN counters stay clean). Feeds the status bar and the till's cash fallback.
class HostLinkMonitor : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Unknown,
        Reachable,
        Unreachable,
    };

    explicit HostLinkMonitor(Database &db, QObject *parent = nullptr);

    void start(int intervalMs = 15000);
    // Probes every acquirer at once (after a connection failure at the till, say).
    void probeNow();
    State stateOf(Id acquirerId) const { return m_states.value(acquirerId, State::Unknown); }
    // Unreachable when any acquirer is; Unknown before the first answer.
    State overall() const;
    QString describe() const; // translated, for the status bar

signals:
    void changed();

private:
    void probe(const Acquirer &a);
    void setState(Id acquirerId, const QString &name, State s);

    Database &m_db;
    QTimer m_timer;
    QHash<Id, State> m_states;
    QHash<Id, QString> m_names;
    QHash<Id, QTcpSocket *> m_probes;
};

} // namespace posdesk::desktop
