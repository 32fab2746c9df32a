#include "remediation/IncidentRecorder.h"

#include "acquirer/ResponseCodes.h"
#include "storage/IncidentRepository.h"
#include "storage/Sql.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>

namespace posdesk {

namespace {} // namespace

IncidentRecorder::IncidentRecorder(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock)
{}

void IncidentRecorder::attach(AcquirerService &link)
{
    connect(&link, &AcquirerService::hostResponse, this, [this](const ResponseEvent &e) { (void)record(e); });
}

Result<std::optional<Id>> IncidentRecorder::record(const ResponseEvent &e)
{
    if (!e.terminalId)
        return std::optional<Id>();
    const auto info = ResponseCodeTable::forDialect(e.dialect).lookup(e.code);
    const auto policy = info ? info->incident : ResponseCodeInfo::Incident::No;
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus().error();
    // Every non-approved answer is remembered: "repeat" codes need the history, the dashboard uses it too.
    auto logged = sql::run(m_db,
                           QStringLiteral("INSERT INTO response_events (terminal_id, source, code, dialect, mti, stan, "
                                          "at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {qlonglong(*e.terminalId), e.source, e.code, e.dialect, e.mti,
                            e.stan ? QVariant(*e.stan) : QVariant(QMetaType::fromType<int>()), qlonglong(e.at)},
                           QCoreApplication::translate("posdesk::IncidentRecorder", "recording a host answer"));
    if (!logged)
        return logged.error();
    IncidentRepository incidents(m_db);
    auto open = incidents.findUnresolved(*e.terminalId, e.code);
    if (!open)
        return open.error();
    std::optional<Id> touched;
    bool opened = false;
    if (open->has_value()) {
        if (auto s = incidents.recordOccurrence((*open)->id, e.at, e.stan); !s)
            return s.error();
        touched = (*open)->id;
    } else {
        bool shouldOpen = policy == ResponseCodeInfo::Incident::Open;
        if (policy == ResponseCodeInfo::Incident::Repeat) {
            auto q = sql::run(m_db,
                              QStringLiteral("SELECT COUNT(*) FROM response_events WHERE terminal_id = ? AND code = ? "
                                             "AND at >= ?"),
                              {qlonglong(*e.terminalId), e.code, qlonglong(e.at - kRepeatWindowMs)},
                              QCoreApplication::translate("posdesk::IncidentRecorder", "checking repeated answers"));
            if (!q)
                return q.error();
            shouldOpen = q->next() && q->value(0).toInt() >= 2;
        }
        if (shouldOpen) {
            Incident i;
            i.terminalId = e.terminalId;
            i.source = e.source;
            i.code = e.code;
            i.dialect = e.dialect;
            i.tid = e.tid;
            i.mid = e.mid;
            i.mti = e.mti;
            i.stan = e.stan;
            i.openedAt = i.lastSeenAt = e.at;
            auto id = incidents.add(i);
            if (!id)
                return id.error();
            touched = *id;
            opened = true;
            if (auto s = audit(m_db, m_clock, Actor{QStringLiteral("system"), std::nullopt, QStringLiteral("service")},
                               QStringLiteral("incident.open"), QStringLiteral("incident %1").arg(*id),
                               QStringLiteral("ok"), QStringLiteral("code %1 terminal %2").arg(e.code, e.tid));
                !s)
                return s.error();
        }
    }
    if (auto s = uow.commit(); !s)
        return s.error();
    if (opened)
        emit incidentOpened(*touched, e.code, e.tid);
    return touched;
}

} // namespace posdesk
