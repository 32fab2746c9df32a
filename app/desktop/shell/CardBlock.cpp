#include "shell/CardBlock.h"

#include "acquirer/FinancialFlows.h"

namespace posdesk::desktop {

bool blocksCardPayments(const QString &code)
{
    return FinancialFlows::blocksCardPayments(code);
}

Result<std::optional<Incident>> blockingIncident(Database &db, Id terminalId)
{
    return FinancialFlows::blockingIncident(db, terminalId);
}

} // namespace posdesk::desktop
