#pragma once

#include "transport/Transport.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QSerialPort>
#include <QString>

#include <memory>
#include <optional>

namespace posdesk {

enum class TransportKind
{
    Serial, // QSerialPort: RS-232, USB-serial adapters, pseudo-terminals
    Tcp,    // raw TCP, usually port 9100 on a network printer
    File,   // a write-only device file such as /dev/usb/lp0
};

QString toKey(TransportKind kind);
std::optional<TransportKind> transportKindFromKey(QStringView key);
// What an address most likely is: "host:9100" or "tcp://host" is TCP, /dev/usb/lp* a device file, else serial.
TransportKind guessTransportKind(QStringView address);

// Line settings of a serial port; what the device's manual or DIP switches say.
struct SerialSettings
{
    qint32 baudRate = 9600;
    QSerialPort::DataBits dataBits = QSerialPort::Data8;
    QSerialPort::Parity parity = QSerialPort::NoParity;
    QSerialPort::StopBits stopBits = QSerialPort::OneStop;
    QSerialPort::FlowControl flowControl = QSerialPort::NoFlowControl;
    // Modem lines to drive after opening; unset leaves them as the driver set them. Failures are ignored:
    // pseudo-terminals and some adapters do not have them.
    std::optional<bool> dataTerminalReady = true;
    std::optional<bool> requestToSend;
};

// Everything needed to reach one device, as stored in the devices table (transport, address, settings JSON).
struct TransportConfig
{
    TransportKind kind = TransportKind::Serial;
    QString address;
    SerialSettings serial;
    Backoff backoff;
    int connectTimeoutMs = 5000; // TCP only

    // Reads the transport part of a device's settings JSON; unknown keys belong to the driver and are ignored.
    // Keys: baud, dataBits, parity (none|even|odd|space|mark), stopBits (1|1.5|2), flowControl
    // (none|hardware|software), dtr, rts, reconnectInitialMs, reconnectMaxMs, connectTimeoutMs.
    static Result<TransportConfig> fromSettings(TransportKind kind, const QString &address,
                                                const QJsonObject &settings);
};

std::unique_ptr<Transport> createTransport(const TransportConfig &config);

} // namespace posdesk
