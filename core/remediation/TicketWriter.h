#pragma once

#include "remediation/Playbook.h"
#include "remediation/StepRecord.h"

#include <vector>

namespace posdesk {

// What the acquirer ticket is written from.
struct TicketFacts
{
    Incident incident;
    Terminal terminal;
    QString acquirerName;
    QString contact;
    std::vector<StepRecord> steps; // every record, oldest first
};

// Writes the acquirer ticket: a Chinese half entirely in Chinese, then an English half entirely in English (the
// steps' evidence rendered per half), times in the shop's local time, each step once with its latest outcome and the
// owner's note. No card data: the incident holds none.
class TicketWriter
{
public:
    static QString text(const TicketFacts &facts, const Playbook &book);
    static QString section(const TicketFacts &facts, const Playbook &book, bool zh);
    // The latest record of each step, in the playbook's order (a skip later done counts once, as done).
    static std::vector<StepRecord> latestPerStep(const std::vector<StepRecord> &steps, const Playbook &book);
};

} // namespace posdesk
