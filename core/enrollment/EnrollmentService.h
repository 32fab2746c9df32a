#pragma once

#include "domain/Entities.h"
#include "security/Actor.h"

#include <vector>

namespace posdesk {

// One recorded lifecycle move of a terminal; `from` is empty for the moment the terminal was recorded.
struct EnrollmentEvent
{
    std::optional<TerminalState> from;
    TerminalState to = TerminalState::Applied;
    QString actor;
    QString note;
    TimeMs at = 0;
};

// Enrolment operations: adding merchants, acquirers and terminals, and moving terminals through their lifecycle.
// Each change is one unit of work with its audit row (and lifecycle event).
class EnrollmentService
{
public:
    EnrollmentService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<Id> addMerchant(const Actor &actor, Merchant m);
    Result<Id> addAcquirer(const Actor &actor, Acquirer a);
    // Looks up the merchant by MID and the acquirer by name; validates the TID format.
    Result<Id> addTerminal(const Actor &actor, Terminal t, const QString &mid, const QString &acquirerName);
    Status changeState(const Actor &actor, const QString &tid, TerminalState to, const QString &note = {});
    // Loading the master key is the keys-loaded event: an approved terminal moves to keys-loaded, with its lifecycle
    // event and audit row, inside the caller's unit of work (the key store's). Any other state stays as it is (a
    // terminal not yet approved has no TID to sign on with; one already signed on or active keeps its state).
    // Returns whether the state moved. The caller has checked the actor's right to load keys.
    static Result<bool> recordKeysLoaded(Database &db, const Clock &clock, const Actor &actor, Id terminalId,
                                         const QString &note);
    // The terminal's lifecycle moves, oldest first.
    Result<std::vector<EnrollmentEvent>> history(const QString &tid);

    // TID: 8 characters, digits and upper-case letters; MID: 15. Empty when valid, else a translated reason.
    static QString tidProblem(const QString &tid);
    static QString midProblem(const QString &mid);
    // What is wrong with an acquirer profile (name, host, port, TPDU), translated; empty when it can be stored.
    static QString acquirerProblem(const Acquirer &a);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace posdesk
