#pragma once

#include "card/PinEntry.h"
#include "manager/DeviceStore.h"
#include "util/Result.h"

#include <memory>

namespace posdesk {

// The PIN pad of a device row (kind pinpad): the ESC command set driver (devices/pinpad) on its serial port, open.
Result<std::unique_ptr<PinEntryDevice>> openPinPad(const DeviceConfig &device);
// The till's PIN pad: the device named (by name or port) or, when name is empty, the first enabled PIN pad
// configured. NotFound when there is none: a till without a pad, which takes no PIN.
Result<DeviceConfig> configuredPinPad(DeviceStore &store, const QString &name = {});

} // namespace posdesk
