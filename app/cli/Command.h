#pragma once

#include "CliContext.h"

#include <QCommandLineOption>

#include <functional>
#include <vector>

namespace posdesk::cli {

// One subcommand: the words that name it ("terminal", "list"), its options and what it does.
struct Command
{
    QStringList words;
    QString synopsis; // e.g. "--tid TID --mid MID --acquirer NAME"
    QString summary;
    QList<QCommandLineOption> options;
    std::function<int(CliContext &)> run;
};

// Each commands/*.cpp adds its commands here.
void addInitCommands(std::vector<Command> &out);
void addEnrollmentCommands(std::vector<Command> &out);
void addAuditCommands(std::vector<Command> &out);
void addUserCommands(std::vector<Command> &out);
void addKeyCommands(std::vector<Command> &out);
void addIso8583Commands(std::vector<Command> &out);
void addAcquirerCommands(std::vector<Command> &out);
void addIcCommands(std::vector<Command> &out);
void addDeviceCommands(std::vector<Command> &out);
void addReportCommands(std::vector<Command> &out);
void addIncidentCommands(std::vector<Command> &out);
void addRecordsCommands(std::vector<Command> &out);
void addCounterCommands(std::vector<Command> &out);
void addPinPadCommands(std::vector<Command> &out);
void addScorecardCommands(std::vector<Command> &out);

const std::vector<Command> &allCommands();

// True for "report … --format pdf": PDF text needs QtGui's fonts, so main() makes a (headless) QGuiApplication.
bool needsGuiApplication(int argc, char **argv);

} // namespace posdesk::cli
