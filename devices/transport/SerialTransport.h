#pragma once

#include "transport/Transport.h"
#include "transport/TransportConfig.h"

#include <QPointer>
#include <QSerialPort>

namespace posdesk {

// A serial port through QSerialPort. Works around Qt 6.4 on vanished ports and pseudo-terminals: the endless
// ReadError after the other end went away (close, back off, reopen), garbage left in the buffers (clear() after
// open), and modem lines that cannot be driven (DTR/RTS are best effort).
class SerialTransport final : public Transport
{
    Q_OBJECT

public:
    SerialTransport(QString portName, SerialSettings settings, QObject *parent = nullptr);
    ~SerialTransport() override;

    QString address() const override { return m_portName; }
    QString describe() const override;
    bool canReceive() const override { return true; }
    Status write(QByteArrayView bytes) override;
    qint64 bytesToWrite() const override { return m_port ? m_port->bytesToWrite() : 0; }

    const SerialSettings &settings() const { return m_settings; }

protected:
    void attemptOpen() override;
    void release() override;

private:
    void onError(QSerialPort::SerialPortError error);
    void onReadyRead();
    Error portError(const QString &what) const;

    QString m_portName;
    SerialSettings m_settings;
    // A fresh QSerialPort per connection: a port that failed is closed and deleted later, never reused, so its
    // late signals cannot reach the next connection.
    QPointer<QSerialPort> m_port;
};

} // namespace posdesk
