#pragma once

#include "acquirer/AcquirerService.h"

namespace posdesk {

// Turns response events into incidents: a code whose table row says "open" opens one at once; "repeat" opens
// one when the code comes again on the same terminal within the window. One unresolved incident per terminal
// and code: later occurrences attach to it.
class IncidentRecorder : public QObject
{
    Q_OBJECT
public:
    IncidentRecorder(Database &db, const Clock &clock, QObject *parent = nullptr);
    // Listens to every answer the acquirer link publishes.
    void attach(AcquirerService &link);

    // The incident opened or updated, if any.
    Result<std::optional<Id>> record(const ResponseEvent &event);

    static constexpr std::int64_t kRepeatWindowMs = 30LL * 60 * 1000;

signals:
    void incidentOpened(qint64 incidentId, const QString &code, const QString &tid);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace posdesk
