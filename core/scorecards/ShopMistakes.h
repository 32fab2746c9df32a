#pragma once

#include "security/Actor.h"

namespace posdesk {

// The owner's word that an incident was the shop's own mistake (a wrong terminal chosen, a mistyped TID, a cable
// pulled), kept as a remediation step of the incident (step "own-mistake", outcome "shop-mistake"); withdrawn by a
// later step with outcome "not-shop-mistake". The latest word counts. The channel and brand scorecards leave such
// incidents out of the score. Needs Permission::ManageIncidents; audited.
class ShopMistakes
{
public:
    static constexpr const char *kStepKey = "own-mistake";
    static constexpr const char *kMarked = "shop-mistake";
    static constexpr const char *kCleared = "not-shop-mistake";

    ShopMistakes(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Status mark(const Actor &actor, Id incidentId, const QString &note);
    Status clear(const Actor &actor, Id incidentId, const QString &note);
    // Whether the owner's latest word on the incident is "the shop's own mistake".
    Result<bool> isMarked(Id incidentId);

private:
    Status record(const Actor &actor, Id incidentId, const char *outcome, const QString &note);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace posdesk
