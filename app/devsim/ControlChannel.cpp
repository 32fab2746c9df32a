#include "ControlChannel.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace posdesk::devsim {

ControlChannel::ControlChannel(int fd, bool ownsFd, QObject *parent)
    : QObject(parent), m_fd(fd), m_ownsFd(ownsFd), m_notifier(fd, QSocketNotifier::Read)
{
    connect(&m_notifier, &QSocketNotifier::activated, this, &ControlChannel::onReadable);
}

ControlChannel::~ControlChannel()
{
    m_notifier.setEnabled(false);
    if (m_ownsFd)
        ::close(m_fd);
}

std::unique_ptr<ControlChannel> ControlChannel::openFifo(const QString &path, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {};
    if (::stat(native.constData(), &st) == 0 && !S_ISFIFO(st.st_mode)) {
        *error = QStringLiteral("%1 exists and is not a FIFO").arg(path);
        return nullptr;
    }
    if (::mkfifo(native.constData(), 0600) != 0 && errno != EEXIST) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return nullptr;
    }
    const int fd = ::open(native.constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return nullptr;
    }
    return std::make_unique<ControlChannel>(fd, true);
}

void ControlChannel::onReadable()
{
    char buffer[1024];
    const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    if (n <= 0) {
        // End of standard input (or /dev/null): nothing more will come, and a closed input must not spin.
        m_notifier.setEnabled(false);
        if (!m_partial.trimmed().isEmpty())
            emit line(QString::fromUtf8(std::exchange(m_partial, {})).trimmed());
        return;
    }
    m_partial.append(buffer, n);
    qsizetype eol;
    while ((eol = m_partial.indexOf('\n')) >= 0) {
        const QString text = QString::fromUtf8(m_partial.first(eol)).trimmed();
        m_partial.remove(0, eol + 1);
        if (!text.isEmpty())
            emit line(text);
    }
}

} // namespace posdesk::devsim
