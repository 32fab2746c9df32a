#include "Command.h"

namespace posdesk::cli {

const std::vector<Command> &allCommands()
{
    static const std::vector<Command> commands = [] {
        std::vector<Command> out;
        addInitCommands(out);
        addEnrollmentCommands(out);
        addAuditCommands(out);
        addUserCommands(out);
        addKeyCommands(out);
        addIso8583Commands(out);
        addAcquirerCommands(out);
        addIcCommands(out);
        addDeviceCommands(out);
        addPinPadCommands(out);
        addReportCommands(out);
        addIncidentCommands(out);
        addRecordsCommands(out);
        addCounterCommands(out);
        addScorecardCommands(out);
        return out;
    }();
    return commands;
}

} // namespace posdesk::cli
