#include "transport/DeviceFileTransport.h"

#include <QCoreApplication>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace posdesk {

DeviceFileTransport::DeviceFileTransport(QString path, QObject *parent) : Transport(parent), m_path(std::move(path)) {}

DeviceFileTransport::~DeviceFileTransport()
{
    release();
}

QString DeviceFileTransport::describe() const
{
    return QCoreApplication::translate("posdesk::DeviceFileTransport", "device file %1").arg(m_path);
}

#ifdef Q_OS_UNIX

void DeviceFileTransport::attemptOpen()
{
    // O_NOCTTY: the file may be a terminal, which must not become this process's controlling terminal.
    m_fd = ::open(m_path.toLocal8Bit().constData(), O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) {
        const int e = errno;
        QString what;
        if (e == ENOENT || e == ENODEV || e == ENXIO)
            what = QCoreApplication::translate("posdesk::DeviceFileTransport",
                                               "The device file %1 does not exist. Check that the printer is plugged "
                                               "in and switched on; PosDesk keeps trying.")
                       .arg(m_path);
        else if (e == EACCES || e == EPERM)
            what = QCoreApplication::translate("posdesk::DeviceFileTransport",
                                               "This user may not write to %1. On Linux, add the user to the group "
                                               "“lp” and sign in again.")
                       .arg(m_path);
        else
            what = QCoreApplication::translate("posdesk::DeviceFileTransport", "The device file %1 cannot be opened.")
                       .arg(m_path);
        return connectionFailed(Error::environment(what, QString::fromLocal8Bit(std::strerror(e))));
    }
    m_writable = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Write);
    m_writable->setEnabled(false);
    connect(m_writable.get(), &QSocketNotifier::activated, this, &DeviceFileTransport::flush);
    connectionEstablished();
}

void DeviceFileTransport::release()
{
    if (m_writable) {
        m_writable->setEnabled(false);
        // May run inside the notifier's own signal.
        m_writable.release()->deleteLater();
    }
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_pending.clear();
}

Status DeviceFileTransport::write(QByteArrayView bytes)
{
    if (m_fd < 0 || !isConnected())
        return Error::environment(
            QCoreApplication::translate("posdesk::DeviceFileTransport", "The device file %1 is not open.").arg(m_path),
            lastError() ? lastError()->fullText() : QString());
    m_pending.append(bytes.data(), bytes.size());
    // Written from the event loop, so that a failure is reported the same way wherever it happens.
    QTimer::singleShot(0, this, &DeviceFileTransport::flush);
    return {};
}

void DeviceFileTransport::flush()
{
    while (m_fd >= 0 && !m_pending.isEmpty()) {
        const ssize_t n = ::write(m_fd, m_pending.constData(), size_t(m_pending.size()));
        if (n > 0) {
            m_pending.remove(0, n);
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            m_writable->setEnabled(true);
            return;
        }
        if (n < 0 && errno == EINTR)
            continue;
        const int e = errno;
        return connectionFailed(Error::environment(
            QCoreApplication::translate("posdesk::DeviceFileTransport",
                                        "Writing to %1 failed (printer unplugged or switched off?). PosDesk reopens it "
                                        "when it is back.")
                .arg(m_path),
            QString::fromLocal8Bit(std::strerror(e))));
    }
    if (m_writable)
        m_writable->setEnabled(false);
    if (m_fd >= 0)
        emit drained();
}

#else

void DeviceFileTransport::attemptOpen()
{
    connectionFailed(Error::environment(QCoreApplication::translate(
        "posdesk::DeviceFileTransport", "Printing to a device file is only available on Linux. Use the printer's "
                                        "serial or network port.")));
}

void DeviceFileTransport::release() {}

Status DeviceFileTransport::write(QByteArrayView)
{
    return Error::environment(QCoreApplication::translate("posdesk::DeviceFileTransport",
                                                          "Printing to a device file is only available on Linux."));
}

void DeviceFileTransport::flush() {}

#endif

} // namespace posdesk
