#include "PtyMaster.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

namespace posdesk::devsim {

namespace {

QString systemError(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

} // namespace

PtyMaster::PtyMaster(QString linkPath, QObject *parent) : QObject(parent), m_linkPath(std::move(linkPath))
{
    m_slaveWatch.setInterval(20);
    connect(&m_slaveWatch, &QTimer::timeout, this, &PtyMaster::watchForSlave);
}

PtyMaster::~PtyMaster()
{
    unplug();
}

Status PtyMaster::plug()
{
    if (m_fd >= 0)
        return {};
    const QFileInfo existing(m_linkPath);
    if (existing.exists() && !existing.isSymLink())
        return Error::refused(
            tr("%1 exists and is not a symbolic link; it is left alone. Choose another path.").arg(m_linkPath));
    const int fd = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return Error::environment(tr("Cannot create a pseudo-terminal."), systemError(errno));
    const char *slave = nullptr;
    if (::grantpt(fd) != 0 || ::unlockpt(fd) != 0 || !(slave = ::ptsname(fd))) {
        const int e = errno;
        ::close(fd);
        return Error::environment(tr("Cannot create a pseudo-terminal."), systemError(e));
    }
    // Raw: every byte passes unchanged in both directions, no echo, no line editing.
    termios tio{};
    if (::tcgetattr(fd, &tio) == 0) {
        ::cfmakeraw(&tio);
        ::tcsetattr(fd, TCSANOW, &tio);
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    m_slavePath = QString::fromLocal8Bit(slave);
    // A new link moved over the old one: the path never disappears for a program looking at it.
    const QString tmp = m_linkPath + QStringLiteral(".new");
    QFile::remove(tmp);
    if (!QFile::link(m_slavePath, tmp) ||
        ::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(m_linkPath).constData()) != 0) {
        const int e = errno;
        ::close(fd);
        QFile::remove(tmp);
        return Error::environment(tr("Cannot create the link %1.").arg(m_linkPath), systemError(e));
    }
    m_fd = fd;
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &PtyMaster::onReadable);
    return {};
}

void PtyMaster::unplug()
{
    m_slaveWatch.stop();
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier.release()->deleteLater(); // may run inside its own signal
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
        if (QFileInfo(m_linkPath).isSymLink())
            QFile::remove(m_linkPath);
    }
}

bool PtyMaster::isSlaveOpen() const
{
    if (m_fd < 0)
        return false;
    pollfd p{m_fd, POLLIN, 0};
    return ::poll(&p, 1, 0) >= 0 && !(p.revents & POLLHUP);
}

Status PtyMaster::write(QByteArrayView bytes)
{
    if (m_fd < 0)
        return Error::environment(tr("The device at %1 is unplugged.").arg(m_linkPath));
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n > 0) {
            done += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN) {
            // The other side does not read; wait briefly rather than lose a status answer.
            pollfd p{m_fd, POLLOUT, 0};
            if (::poll(&p, 1, 200) > 0)
                continue;
        }
        return Error::environment(tr("Writing to the pseudo-terminal of %1 failed.").arg(m_linkPath),
                                  systemError(errno));
    }
    return {};
}

void PtyMaster::onReadable()
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n > 0) {
            emit received(QByteArray(buffer, n));
            if (m_fd < 0)
                return; // a receiver unplugged us
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return;
        // EIO: no program has the slave side open (not yet, or it closed it).
        m_notifier->setEnabled(false);
        m_slaveWatch.start();
        return;
    }
}

void PtyMaster::watchForSlave()
{
    if (m_fd < 0 || !isSlaveOpen())
        return;
    m_slaveWatch.stop();
    m_notifier->setEnabled(true);
}

} // namespace posdesk::devsim
