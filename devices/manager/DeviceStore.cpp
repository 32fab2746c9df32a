#include "manager/DeviceStore.h"

#include "manager/DeviceSettings.h"
#include "storage/Sql.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace posdesk {

namespace {

const QString kColumns = QStringLiteral("id, name, kind, transport, address, settings, enabled, created_at");

QString reading()
{
    return QCoreApplication::translate("posdesk::DeviceStore", "reading the configured devices");
}

QString writing()
{
    return QCoreApplication::translate("posdesk::DeviceStore", "changing a configured device");
}

QString noSuchDevice(const QString &which)
{
    return QCoreApplication::translate("posdesk::DeviceStore",
                                       "There is no configured device “%1”. List them with “posdesk-cli devices list”.")
        .arg(which);
}

DeviceConfig fromRow(const QSqlQuery &q)
{
    DeviceConfig d;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    // An unknown kind or transport (written by a newer PosDesk) reads as a disabled device.
    const auto kind = deviceKindFromKey(q.value(2).toString());
    const auto transport = transportKindFromKey(q.value(3).toString());
    d.kind = kind.value_or(DeviceKind::Printer);
    d.transport = transport.value_or(TransportKind::Serial);
    d.address = q.value(4).toString();
    d.settings = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    d.enabled = q.value(6).toInt() != 0 && kind && transport;
    d.createdAt = q.value(7).toLongLong();
    return d;
}

} // namespace

QString toKey(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::Printer:
        return QStringLiteral("printer");
    case DeviceKind::Reader:
        return QStringLiteral("reader");
    case DeviceKind::PinPad:
        return QStringLiteral("pinpad");
    }
    return QStringLiteral("printer");
}

std::optional<DeviceKind> deviceKindFromKey(QStringView key)
{
    if (key == u"printer")
        return DeviceKind::Printer;
    if (key == u"reader")
        return DeviceKind::Reader;
    if (key == u"pinpad")
        return DeviceKind::PinPad;
    return std::nullopt;
}

DeviceStore::DeviceStore(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<QList<DeviceConfig>> DeviceStore::list()
{
    auto q = sql::run(m_db, QStringLiteral("SELECT %1 FROM devices ORDER BY id").arg(kColumns), {}, reading());
    if (!q)
        return q.error();
    QList<DeviceConfig> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<DeviceConfig> DeviceStore::find(Id id)
{
    auto q =
        sql::run(m_db, QStringLiteral("SELECT %1 FROM devices WHERE id = ?").arg(kColumns), {qlonglong(id)}, reading());
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(noSuchDevice(QString::number(id)));
    return fromRow(*q);
}

Result<DeviceConfig> DeviceStore::findByNameOrAddress(const QString &nameOrAddress, std::optional<DeviceKind> kind)
{
    auto all = list();
    if (!all)
        return all.error();
    const auto wanted = [&](const DeviceConfig &d) {
        return !kind || d.kind == *kind;
    };
    for (const DeviceConfig &d : *all) {
        if (wanted(d) && d.name == nameOrAddress)
            return d;
    }
    const QString canonical = QFileInfo(nameOrAddress).canonicalFilePath();
    for (const DeviceConfig &d : *all) {
        if (!wanted(d))
            continue;
        if (d.address == nameOrAddress ||
            (!canonical.isEmpty() && QFileInfo(d.address).canonicalFilePath() == canonical))
            return d;
    }
    return Error::notFound(noSuchDevice(nameOrAddress));
}

Result<Id> DeviceStore::add(const DeviceConfig &device)
{
    if (auto s = DeviceSettings::validate(device); !s)
        return s.error();
    return sql::insert(
        m_db,
        QStringLiteral("INSERT INTO devices (name, kind, transport, address, settings, enabled, created_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?)"),
        {device.name.trimmed(), toKey(device.kind), toKey(device.transport), device.address.trimmed(),
         QString::fromUtf8(QJsonDocument(device.settings).toJson(QJsonDocument::Compact)), device.enabled ? 1 : 0,
         qlonglong(m_clock.nowMs())},
        QCoreApplication::translate("posdesk::DeviceStore", "adding a device"));
}

Status DeviceStore::setEnabled(Id id, bool enabled)
{
    return sql::change(m_db, QStringLiteral("UPDATE devices SET enabled = ? WHERE id = ?"),
                       {enabled ? 1 : 0, qlonglong(id)}, writing(), noSuchDevice(QString::number(id)));
}

Status DeviceStore::updateSettings(Id id, const QJsonObject &settings)
{
    auto device = find(id);
    if (!device)
        return device.error();
    device->settings = settings;
    if (auto s = DeviceSettings::validate(*device); !s)
        return s;
    return sql::change(m_db, QStringLiteral("UPDATE devices SET settings = ? WHERE id = ?"),
                       {QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)), qlonglong(id)},
                       writing(), noSuchDevice(QString::number(id)));
}

Status DeviceStore::update(const DeviceConfig &device)
{
    auto stored = find(device.id);
    if (!stored)
        return stored.error();
    DeviceConfig changed = device;
    changed.kind = stored->kind;
    if (auto s = DeviceSettings::validate(changed); !s)
        return s;
    return sql::change(
        m_db, QStringLiteral("UPDATE devices SET name = ?, transport = ?, address = ?, settings = ? WHERE id = ?"),
        {changed.name.trimmed(), toKey(changed.transport), changed.address.trimmed(),
         QString::fromUtf8(QJsonDocument(changed.settings).toJson(QJsonDocument::Compact)), qlonglong(changed.id)},
        writing(), noSuchDevice(QString::number(changed.id)));
}

} // namespace posdesk
