#pragma once

#include "acquirer/AcquirerService.h"

#include <QObject>
#include <QTimer>

namespace posdesk {

// The reversal queue in the background of a till: every few seconds the reversals that are due go out (each with
// its own back-off), and at once when the link comes back. One run at a time; a terminal busy with a sale is
// skipped, since the sale sends that terminal's reversals first anyway.
class ReversalWorker : public QObject
{
    Q_OBJECT
public:
    explicit ReversalWorker(AcquirerService &link, QObject *parent = nullptr);

    void start(int intervalMs = 15000);
    void stop();
    // Runs now unless a run is under way (the link came back, say).
    void kick();
    bool isRunning() const { return m_running; }

signals:
    void ran(int reversed, int refused, int stillPending);

private:
    AcquirerService &m_link;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace posdesk
