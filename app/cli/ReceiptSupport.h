#pragma once

#include "domain/Entities.h"
#include "printer/EscPosBuilder.h"
#include "util/Result.h"

#include <QJsonObject>

#include <QList>

#include <functional>
#include <optional>

namespace posdesk::cli {

class CliContext;

// After an approved sale, void or refund, or a settled batch: when the till has a printer configured, the slip is
// queued in the persistent print queue and the printer gets a few seconds to print it. The outcome is one line of
// output and a "receipt" object for --json; it never changes the command's exit code — the money has moved, and a
// slip the printer could not take waits in the queue (`posdesk-cli printer flush`).
// Returns an empty object when no printer is configured.
using SlipBuilder = std::function<Result<QByteArray>(const PrinterOptions &)>;
QJsonObject printSlipIfConfigured(CliContext &ctx, const QString &kind, const SlipBuilder &build);
// Several slips one after another (the merchant copy, then the cardholder copy), each its own job with its cut;
// `transactionId` links the jobs to the transaction whose `printed` they set once the printer took them.
QJsonObject printSlipsIfConfigured(CliContext &ctx, const QString &kind, const QList<SlipBuilder> &builds,
                                   std::optional<Id> transactionId = std::nullopt);

} // namespace posdesk::cli
