#include "manager/DeviceSettings.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace posdesk::DeviceSettings {

namespace {

Error badSetting(const QString &key, const QJsonValue &value, const QString &allowed)
{
    return Error::usage(
        QCoreApplication::translate("posdesk::DeviceSettings", "The device setting “%1” cannot be “%2”. Use %3.")
            .arg(key, value.toVariant().toString(), allowed));
}

Status readBool(const QJsonObject &settings, const QString &key, bool &out)
{
    const QJsonValue v = settings.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isBool())
        return badSetting(key, v, QStringLiteral("true, false"));
    out = v.toBool();
    return {};
}

Status readInt(const QJsonObject &settings, const QString &key, int min, int max, int &out)
{
    const QJsonValue v = settings.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    const double d = v.toDouble(min - 1.0);
    if (!v.isDouble() || d < min || d > max || d != double(qint64(d)))
        return badSetting(
            key, v,
            QCoreApplication::translate("posdesk::DeviceSettings", "a whole number from %1 to %2").arg(min).arg(max));
    out = int(d);
    return {};
}

// Framing bytes as JSON text ("\r", "\u0002"): Latin-1, nothing outside it.
Status readBytes(const QJsonObject &settings, const QString &key, QByteArray &out)
{
    const QJsonValue v = settings.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    const QString s = v.toString();
    bool latin1 = v.isString();
    for (QChar c : s)
        latin1 = latin1 && c.unicode() < 0x100;
    if (!latin1)
        return badSetting(key, v,
                          QCoreApplication::translate("posdesk::DeviceSettings", "text of single-byte characters"));
    out = s.toLatin1();
    return {};
}

} // namespace

Result<TransportConfig> transportFor(const DeviceConfig &device)
{
    return TransportConfig::fromSettings(device.transport, device.address, device.settings);
}

Result<PrinterOptions> printerOptions(const QJsonObject &settings)
{
    PrinterOptions o;
    for (const Status &s : {readBool(settings, QStringLiteral("chineseMode"), o.chineseMode),
                            readInt(settings, QStringLiteral("codePage"), 0, 255, o.codePage),
                            readInt(settings, QStringLiteral("paperWidth"), 24, 64, o.paperWidth),
                            readBool(settings, QStringLiteral("qrSupported"), o.qrSupported),
                            readBool(settings, QStringLiteral("pauseBetweenCopies"), o.pauseBetweenCopies),
                            readBool(settings, QStringLiteral("cashDrawer"), o.cashDrawer)}) {
        if (!s)
            return s.error();
    }
    return o;
}

Result<PrinterDriverOptions> printerDriverOptions(const QJsonObject &settings)
{
    PrinterDriverOptions o;
    constexpr int kHour = 3600 * 1000;
    for (const Status &s :
         {readBool(settings, QStringLiteral("statusPolling"), o.statusPolling),
          readInt(settings, QStringLiteral("pollIntervalMs"), 10, kHour, o.pollIntervalMs),
          readInt(settings, QStringLiteral("replyTimeoutMs"), 10, kHour, o.replyTimeoutMs),
          readBool(settings, QStringLiteral("completionCheck"), o.completionCheck),
          readInt(settings, QStringLiteral("completionTimeoutMs"), 10, kHour, o.completionTimeoutMs)}) {
        if (!s)
            return s.error();
    }
    return o;
}

Result<ReaderOptions> readerOptions(const QJsonObject &settings)
{
    ReaderOptions o;
    for (const Status &s : {readBytes(settings, QStringLiteral("prefix"), o.prefix),
                            readBytes(settings, QStringLiteral("suffix"), o.suffix),
                            readBytes(settings, QStringLiteral("terminator"), o.terminator),
                            readInt(settings, QStringLiteral("maxLineLength"), 16, 65536, o.maxLineLength)}) {
        if (!s)
            return s.error();
    }
    if (o.terminator.isEmpty())
        return Error::usage(QCoreApplication::translate(
            "posdesk::DeviceSettings", "The reader's terminator cannot be empty: it ends each swipe. Use \"\\r\"."));
    return o;
}

Status validate(const DeviceConfig &device)
{
    if (device.name.trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate("posdesk::DeviceSettings", "Give the device a name."));
    if (auto t = transportFor(device); !t)
        return t.error();
    if (device.kind == DeviceKind::Printer) {
        if (auto p = printerOptions(device.settings); !p)
            return p.error();
        if (auto d = printerDriverOptions(device.settings); !d)
            return d.error();
        return {};
    }
    if (device.kind == DeviceKind::PinPad) {
        if (device.transport != TransportKind::Serial)
            return Error::usage(QCoreApplication::translate(
                "posdesk::DeviceSettings", "A PIN pad is connected by its serial port (COM3, /dev/ttyUSB0)."));
        return {};
    }
    if (device.transport == TransportKind::File)
        return Error::usage(QCoreApplication::translate(
            "posdesk::DeviceSettings", "A card reader cannot use a write-only device file. Use its serial port."));
    if (auto r = readerOptions(device.settings); !r)
        return r.error();
    return {};
}

} // namespace posdesk::DeviceSettings
