#include "shell/CardBlock.h"

#include "storage/IncidentRepository.h"

namespace posdesk::desktop {

namespace {
const char *const kBlockingCodes[] = {"97", "03", "58"};
} // namespace

bool blocksCardPayments(const QString &code)
{
    for (const char *c : kBlockingCodes) {
        if (code == QLatin1String(c))
            return true;
    }
    return false;
}

Result<std::optional<Incident>> blockingIncident(Database &db, Id terminalId)
{
    IncidentRepository incidents(db);
    for (const char *code : kBlockingCodes) {
        auto open = incidents.findUnresolved(terminalId, QString::fromLatin1(code));
        if (!open)
            return open.error();
        if (open->has_value())
            return *open;
    }
    return std::optional<Incident>();
}

} // namespace posdesk::desktop
