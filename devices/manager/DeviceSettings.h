#pragma once

#include "manager/DeviceStore.h"
#include "printer/EscPosBuilder.h"
#include "printing/ReceiptPrinter.h"
#include "reader/ReaderOptions.h"
#include "transport/TransportConfig.h"
#include "util/Result.h"

#include <QJsonObject>

// Driver options from a device's settings JSON. Transport keys are listed in TransportConfig.h; printer keys:
// chineseMode, codePage, paperWidth, qrSupported, pauseBetweenCopies, cashDrawer, statusPolling, pollIntervalMs,
// replyTimeoutMs, completionCheck, completionTimeoutMs; reader keys: prefix, suffix, terminator, maxLineLength. Unset
// keys keep the defaults.
namespace posdesk::DeviceSettings {

Result<TransportConfig> transportFor(const DeviceConfig &device);
Result<PrinterOptions> printerOptions(const QJsonObject &settings);
Result<PrinterDriverOptions> printerDriverOptions(const QJsonObject &settings);
Result<ReaderOptions> readerOptions(const QJsonObject &settings);
// Every key of every part, for a device of this kind; the first problem found.
Status validate(const DeviceConfig &device);

} // namespace posdesk::DeviceSettings
