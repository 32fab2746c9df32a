#include "transport/TransportConfig.h"

#include "transport/DeviceFileTransport.h"
#include "transport/SerialTransport.h"
#include "transport/TcpTransport.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace posdesk {

namespace {

Error badSetting(const QString &key, const QJsonValue &value, const QString &allowed)
{
    return Error::usage(
        QCoreApplication::translate("posdesk::TransportConfig", "The device setting “%1” cannot be “%2”. Use %3.")
            .arg(key, value.toVariant().toString(), allowed));
}

// A positive whole number, or the default when the key is absent.
Result<int> positiveInt(const QJsonObject &settings, const QString &key, int fallback)
{
    const QJsonValue v = settings.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    const double d = v.toDouble(-1);
    if (d < 1 || d > 1e9 || d != double(qint64(d)))
        return badSetting(key, v, QCoreApplication::translate("posdesk::TransportConfig", "a positive whole number"));
    return int(d);
}

template <typename T> struct Named
{
    const char *name;
    T value;
};

template <typename T, std::size_t N>
Result<T> pick(const QJsonObject &settings, const QString &key, const Named<T> (&table)[N], T fallback)
{
    const QJsonValue v = settings.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    const QString text = v.isDouble() ? QString::number(v.toDouble()) : v.toString();
    QStringList names;
    for (const auto &entry : table) {
        if (text == QLatin1String(entry.name))
            return entry.value;
        names << QLatin1String(entry.name);
    }
    return badSetting(key, v, names.join(QStringLiteral(", ")));
}

} // namespace

QString toKey(TransportKind kind)
{
    switch (kind) {
    case TransportKind::Serial:
        return QStringLiteral("serial");
    case TransportKind::Tcp:
        return QStringLiteral("tcp");
    case TransportKind::File:
        return QStringLiteral("file");
    }
    return {};
}

std::optional<TransportKind> transportKindFromKey(QStringView key)
{
    for (TransportKind k : {TransportKind::Serial, TransportKind::Tcp, TransportKind::File}) {
        if (key == toKey(k))
            return k;
    }
    return std::nullopt;
}

TransportKind guessTransportKind(QStringView address)
{
    if (address.startsWith(u"tcp://"))
        return TransportKind::Tcp;
    if (address.startsWith(u"/dev/usb/lp") || address.startsWith(u"/dev/lp"))
        return TransportKind::File;
    // host:port, but not a Windows "COM3" nor a path
    const qsizetype colon = address.lastIndexOf(u':');
    if (colon > 0 && !address.contains(u'/') && !address.contains(u'\\')) {
        bool ok = false;
        (void)address.sliced(colon + 1).toInt(&ok);
        if (ok)
            return TransportKind::Tcp;
    }
    return TransportKind::Serial;
}

Result<TransportConfig> TransportConfig::fromSettings(TransportKind kind, const QString &address,
                                                      const QJsonObject &settings)
{
    TransportConfig c;
    c.kind = kind;
    c.address = address.trimmed();
    if (c.address.isEmpty())
        return Error::usage(QCoreApplication::translate("posdesk::TransportConfig",
                                                        "The device has no address. Give its port, file or host."));
    auto baud = positiveInt(settings, QStringLiteral("baud"), c.serial.baudRate);
    if (!baud)
        return baud.error();
    c.serial.baudRate = *baud;

    static const Named<QSerialPort::DataBits> dataBits[] = {
        {"5", QSerialPort::Data5}, {"6", QSerialPort::Data6}, {"7", QSerialPort::Data7}, {"8", QSerialPort::Data8}};
    static const Named<QSerialPort::Parity> parity[] = {{"none", QSerialPort::NoParity},
                                                        {"even", QSerialPort::EvenParity},
                                                        {"odd", QSerialPort::OddParity},
                                                        {"space", QSerialPort::SpaceParity},
                                                        {"mark", QSerialPort::MarkParity}};
    static const Named<QSerialPort::StopBits> stopBits[] = {
        {"1", QSerialPort::OneStop}, {"1.5", QSerialPort::OneAndHalfStop}, {"2", QSerialPort::TwoStop}};
    static const Named<QSerialPort::FlowControl> flow[] = {{"none", QSerialPort::NoFlowControl},
                                                           {"hardware", QSerialPort::HardwareControl},
                                                           {"software", QSerialPort::SoftwareControl}};
    auto d = pick(settings, QStringLiteral("dataBits"), dataBits, c.serial.dataBits);
    auto p = pick(settings, QStringLiteral("parity"), parity, c.serial.parity);
    auto s = pick(settings, QStringLiteral("stopBits"), stopBits, c.serial.stopBits);
    auto f = pick(settings, QStringLiteral("flowControl"), flow, c.serial.flowControl);
    for (const Error *e :
         {d ? nullptr : &d.error(), p ? nullptr : &p.error(), s ? nullptr : &s.error(), f ? nullptr : &f.error()}) {
        if (e)
            return *e;
    }
    c.serial.dataBits = *d;
    c.serial.parity = *p;
    c.serial.stopBits = *s;
    c.serial.flowControl = *f;
    for (const auto &[key, line] : {std::pair{QStringLiteral("dtr"), &c.serial.dataTerminalReady},
                                    std::pair{QStringLiteral("rts"), &c.serial.requestToSend}}) {
        const QJsonValue v = settings.value(key);
        if (v.isBool())
            *line = v.toBool();
        else if (v.isNull())
            line->reset();
        else if (!v.isUndefined())
            return badSetting(key, v, QStringLiteral("true, false, null"));
    }

    auto initial = positiveInt(settings, QStringLiteral("reconnectInitialMs"), c.backoff.initialMs);
    if (!initial)
        return initial.error();
    auto max = positiveInt(settings, QStringLiteral("reconnectMaxMs"), c.backoff.maxMs);
    if (!max)
        return max.error();
    auto timeout = positiveInt(settings, QStringLiteral("connectTimeoutMs"), c.connectTimeoutMs);
    if (!timeout)
        return timeout.error();
    c.backoff = {*initial, *max};
    c.connectTimeoutMs = *timeout;
    return c;
}

std::unique_ptr<Transport> createTransport(const TransportConfig &config)
{
    std::unique_ptr<Transport> t;
    switch (config.kind) {
    case TransportKind::Serial:
        t = std::make_unique<SerialTransport>(config.address, config.serial);
        break;
    case TransportKind::Tcp:
        t = std::make_unique<TcpTransport>(config.address, config.connectTimeoutMs);
        break;
    case TransportKind::File:
        t = std::make_unique<DeviceFileTransport>(config.address);
        break;
    }
    t->setBackoff(config.backoff);
    return t;
}

} // namespace posdesk
