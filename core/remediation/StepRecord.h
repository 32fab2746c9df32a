#pragma once

#include "domain/Entities.h"

#include <QString>

namespace posdesk {

// The stored outcome of one playbook step, with its evidence (remediation/Evidence.h: code and parameters).
struct StepRecord
{
    QString stepKey;
    QString kind;
    QString outcome; // passed | failed | done | skipped | info
    QString evidence;
    QString note;
    QString actor;
    TimeMs at = 0;
};

// The acquirer ticket: bilingual, with everything support needs and no card data.
struct EscalationTicket
{
    QString text; // Chinese first, then English
    QString contact;
    TimeMs followUpAt = 0;
};

} // namespace posdesk
