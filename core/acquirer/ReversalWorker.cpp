#include "acquirer/ReversalWorker.h"

#include <QPointer>

namespace posdesk {

ReversalWorker::ReversalWorker(AcquirerService &link, QObject *parent) : QObject(parent), m_link(link)
{
    connect(&m_timer, &QTimer::timeout, this, &ReversalWorker::kick);
}

void ReversalWorker::start(int intervalMs)
{
    m_timer.start(intervalMs);
    kick();
}

void ReversalWorker::stop()
{
    m_timer.stop();
}

void ReversalWorker::kick()
{
    if (m_running)
        return;
    m_running = true;
    QPointer<ReversalWorker> self(this);
    m_link.flushReversals(QString(), [self](Result<ReversalFlushOutcome> r) {
        if (!self)
            return;
        self->m_running = false;
        if (r)
            emit self->ran(r->reversed, r->refused, r->stillPending);
    });
}

} // namespace posdesk
