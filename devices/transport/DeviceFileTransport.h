#pragma once

#include "transport/Transport.h"

#include <QByteArray>
#include <QSocketNotifier>

#include <memory>

namespace posdesk {

// A write-only device file such as /dev/usb/lp0 (the printer class driver; the user needs the group “lp”).
// Writes never block the caller: what the device does not take at once waits here until it is writable.
// Nothing can be read back, so a printer on this transport has no status.
class DeviceFileTransport final : public Transport
{
    Q_OBJECT

public:
    explicit DeviceFileTransport(QString path, QObject *parent = nullptr);
    ~DeviceFileTransport() override;

    QString address() const override { return m_path; }
    QString describe() const override;
    bool canReceive() const override { return false; }
    Status write(QByteArrayView bytes) override;
    qint64 bytesToWrite() const override { return m_pending.size(); }

protected:
    void attemptOpen() override;
    void release() override;

private:
    void flush();

    QString m_path;
    int m_fd = -1;
    QByteArray m_pending;
    std::unique_ptr<QSocketNotifier> m_writable;
};

} // namespace posdesk
