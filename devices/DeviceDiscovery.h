#pragma once

#include <QList>
#include <QString>

namespace posdesk {

// A serial port seen on this PC: what QSerialPortInfo reports plus configured paths (pseudo-terminal
// symlinks are not listed by Qt, so configured paths are probed directly).
struct DiscoveredPort
{
    QString path;
    QString description;
    QString manufacturer;
    QString serialNumber;
    bool configured = false;
    bool present = false;
};

namespace DeviceDiscovery {
QList<DiscoveredPort> scan(const QStringList &configuredPaths = {});
}

} // namespace posdesk
