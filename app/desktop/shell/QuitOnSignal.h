#pragma once

#include <QObject>

class QSocketNotifier;

namespace posdesk::desktop {

// Turns SIGTERM, SIGINT and SIGHUP (logout, shutdown, Ctrl+C) into an orderly quit of the event loop, so that
// everything a normal quit cleans up is cleaned up: the demo's temporary folder with its database and key, the
// simulators it started. The signal handler only writes one byte to a socket pair (async-signal-safe); the quit
// happens on the GUI thread. Does nothing on Windows, where the session ends programs through window messages.
class QuitOnSignal : public QObject
{
    Q_OBJECT
public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

    // The signal that asked to quit, 0 before any.
    int received() const { return m_received; }

signals:
    void quitRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
    int m_received = 0;
};

} // namespace posdesk::desktop
