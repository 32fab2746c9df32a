#include "manager/PinPadDevice.h"

#include "manager/DeviceSettings.h"
#include "pinpad/EscPinPad.h"

#include <QCoreApplication>

namespace posdesk {

Result<std::unique_ptr<PinEntryDevice>> openPinPad(const DeviceConfig &device)
{
    if (device.kind != DeviceKind::PinPad)
        return Error::usage(
            QCoreApplication::translate("posdesk::PinPadDevice", "Device “%1” is not a PIN pad.").arg(device.name));
    auto transport = DeviceSettings::transportFor(device);
    if (!transport)
        return transport.error();
    auto pad = std::make_unique<EscPinPad>(transport->address, transport->serial.baudRate);
    if (auto s = pad->open(); !s)
        return s.error();
    return std::unique_ptr<PinEntryDevice>(std::move(pad));
}

Result<DeviceConfig> configuredPinPad(DeviceStore &store, const QString &name)
{
    if (!name.isEmpty())
        return store.findByNameOrAddress(name, DeviceKind::PinPad);
    auto list = store.list();
    if (!list)
        return list.error();
    for (const DeviceConfig &d : *list)
        if (d.kind == DeviceKind::PinPad && d.enabled)
            return d;
    return Error::notFound(QCoreApplication::translate(
        "posdesk::PinPadDevice",
        "No PIN pad is configured on this till. Add it under Devices (posdesk-cli devices add --kind pinpad --name "
        "pad --address PORT)."));
}

} // namespace posdesk
