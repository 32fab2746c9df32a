#include "DeviceDiscovery.h"

#include <QFileInfo>
#include <QSerialPortInfo>

namespace posdesk::DeviceDiscovery {

QList<DiscoveredPort> scan(const QStringList &configuredPaths)
{
    QList<DiscoveredPort> out;
    const auto ports = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : ports) {
        DiscoveredPort p;
        p.path = info.systemLocation();
        p.description = info.description();
        p.manufacturer = info.manufacturer();
        p.serialNumber = info.serialNumber();
        p.present = true;
        out << p;
    }
    for (const QString &path : configuredPaths) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        auto it = std::find_if(out.begin(), out.end(), [&](const DiscoveredPort &p) {
            return p.path == path || (!canonical.isEmpty() && p.path == canonical);
        });
        if (it != out.end()) {
            it->configured = true;
            continue;
        }
        DiscoveredPort p;
        p.path = path;
        p.configured = true;
        p.present = QFileInfo::exists(path);
        out << p;
    }
    return out;
}

} // namespace posdesk::DeviceDiscovery
