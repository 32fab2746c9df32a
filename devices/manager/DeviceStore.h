#pragma once

#include "domain/Entities.h"
#include "transport/TransportConfig.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace posdesk {

class Clock;
class Database;

enum class DeviceKind
{
    Printer, // ESC/POS receipt printer
    Reader,  // magnetic-stripe card reader
    PinPad,  // PIN entry device (devices/pinpad), serial
};

QString toKey(DeviceKind kind);
std::optional<DeviceKind> deviceKindFromKey(QStringView key);

// One configured device (a row of the devices table).
struct DeviceConfig
{
    Id id = 0;
    QString name;
    DeviceKind kind = DeviceKind::Printer;
    TransportKind transport = TransportKind::Serial;
    QString address;      // port, device file, or host:port
    QJsonObject settings; // line settings and driver options, see DeviceSettings.h
    bool enabled = true;
    qint64 createdAt = 0;
};

// The devices configured on this till, in the database.
class DeviceStore
{
public:
    DeviceStore(Database &db, const Clock &clock);

    Result<QList<DeviceConfig>> list();
    Result<DeviceConfig> find(Id id);
    // By name, else by address (an address may be given as a symlink or its target).
    Result<DeviceConfig> findByNameOrAddress(const QString &nameOrAddress, std::optional<DeviceKind> kind = {});
    // Checks the settings (every key the drivers read must make sense) before storing.
    Result<Id> add(const DeviceConfig &device);
    Status setEnabled(Id id, bool enabled);
    Status updateSettings(Id id, const QJsonObject &settings);
    // Renames a device, moves it to another transport or address and replaces its settings (its kind stays), after
    // the same checks as add(). The caller restarts it.
    Status update(const DeviceConfig &device);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace posdesk
