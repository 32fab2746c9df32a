#pragma once

#include "printer/EscPosBuilder.h"
#include "util/Result.h"

#include <QJsonObject>

#include <functional>

namespace posdesk::cli {

class CliContext;

// After an approved sale, void or refund, or a settled batch: when the till has a printer configured, the slip is
// queued in the persistent print queue and the printer gets a few seconds to print it. The outcome is one line of
// output and a "receipt" object for --json; it never changes the command's exit code — the money has moved, and a
// slip the printer could not take waits in the queue (`posdesk-cli printer flush`).
// Returns an empty object when no printer is configured.
QJsonObject printSlipIfConfigured(CliContext &ctx, const QString &kind,
                                  const std::function<Result<QByteArray>(const PrinterOptions &)> &build);

} // namespace posdesk::cli
