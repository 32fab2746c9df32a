#include "transport/SerialTransport.h"

#include <QCoreApplication>

namespace posdesk {

SerialTransport::SerialTransport(QString portName, SerialSettings settings, QObject *parent)
    : Transport(parent), m_portName(std::move(portName)), m_settings(settings)
{}

SerialTransport::~SerialTransport()
{
    release();
}

QString SerialTransport::describe() const
{
    return QCoreApplication::translate("posdesk::SerialTransport", "serial port %1").arg(m_portName);
}

Error SerialTransport::portError(const QString &what) const
{
    return Error::environment(what, m_port ? m_port->errorString() : QString());
}

void SerialTransport::attemptOpen()
{
    m_port = new QSerialPort(this);
    m_port->setPortName(m_portName);
    if (!m_port->open(QIODevice::ReadWrite)) {
        const auto code = m_port->error();
        QString what;
        if (code == QSerialPort::DeviceNotFoundError)
            what = QCoreApplication::translate("posdesk::SerialTransport",
                                               "The serial port %1 does not exist. Check that the device is plugged "
                                               "in and switched on; PosDesk keeps trying.")
                       .arg(m_portName);
        else if (code == QSerialPort::PermissionError)
            what = QCoreApplication::translate("posdesk::SerialTransport",
                                               "The serial port %1 is in use by another program or this user may not "
                                               "open it (on Linux: add the user to the group “dialout”).")
                       .arg(m_portName);
        else
            what = QCoreApplication::translate("posdesk::SerialTransport", "The serial port %1 cannot be opened.")
                       .arg(m_portName);
        return connectionFailed(portError(what));
    }
    // Line settings are not optional: with a wrong speed or parity every byte would be garbage.
    const bool lineOk = m_port->setBaudRate(m_settings.baudRate) && m_port->setDataBits(m_settings.dataBits) &&
                        m_port->setParity(m_settings.parity) && m_port->setStopBits(m_settings.stopBits) &&
                        m_port->setFlowControl(m_settings.flowControl);
    if (!lineOk)
        return connectionFailed(
            portError(QCoreApplication::translate(
                          "posdesk::SerialTransport",
                          "The serial port %1 refused its line settings (speed %2, parity, stop bits or flow control). "
                          "Check the device's settings in PosDesk against the device's manual.")
                          .arg(m_portName)
                          .arg(m_settings.baudRate)));
    // Pseudo-terminals and some adapters have no modem lines ("Inappropriate ioctl"); the data still flows.
    if (m_settings.dataTerminalReady)
        m_port->setDataTerminalReady(*m_settings.dataTerminalReady);
    if (m_settings.requestToSend && m_settings.flowControl != QSerialPort::HardwareControl)
        m_port->setRequestToSend(*m_settings.requestToSend);
    m_port->clearError();
    // Qt before 6.7 may hand out bytes that were in the buffers before the open.
    m_port->clear();
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialTransport::onError);
    connect(m_port, &QSerialPort::readyRead, this, &SerialTransport::onReadyRead);
    connect(m_port, &QSerialPort::bytesWritten, this, [this] {
        if (m_port && m_port->bytesToWrite() == 0)
            emit drained();
    });
    connectionEstablished();
}

void SerialTransport::release()
{
    if (!m_port)
        return;
    QSerialPort *port = m_port;
    m_port = nullptr;
    port->disconnect(this);
    // We may be inside the port's own error signal: closing and deleting it there would pull the rug from
    // under QSerialPort, so both wait for the event loop. Until then its notifier may fire, unheard.
    QMetaObject::invokeMethod(
        port,
        [port] {
            port->close();
            port->deleteLater();
        },
        Qt::QueuedConnection);
}

Status SerialTransport::write(QByteArrayView bytes)
{
    if (!m_port || !isConnected())
        return Error::environment(
            QCoreApplication::translate("posdesk::SerialTransport", "The serial port %1 is not connected.")
                .arg(m_portName),
            lastError() ? lastError()->fullText() : QString());
    if (m_port->write(bytes.data(), bytes.size()) != bytes.size())
        return portError(
            QCoreApplication::translate("posdesk::SerialTransport", "Writing to the serial port %1 failed.")
                .arg(m_portName));
    return {};
}

void SerialTransport::onError(QSerialPort::SerialPortError error)
{
    switch (error) {
    case QSerialPort::NoError:
    case QSerialPort::TimeoutError:
    case QSerialPort::UnsupportedOperationError:
        return;
    case QSerialPort::ReadError:
    case QSerialPort::ResourceError:
    case QSerialPort::WriteError:
    default:
        // Qt 6.4 repeats ReadError hundreds of thousands of times a second on a vanished port: stop listening
        // at the first one and reopen later.
        connectionFailed(portError(
            QCoreApplication::translate("posdesk::SerialTransport",
                                        "The serial port %1 stopped working (unplugged or switched off?). PosDesk "
                                        "reconnects when it is back.")
                .arg(m_portName)));
        return;
    }
}

void SerialTransport::onReadyRead()
{
    if (!m_port)
        return;
    QByteArray bytes = m_port->readAll();
    deliver(bytes);
}

} // namespace posdesk
