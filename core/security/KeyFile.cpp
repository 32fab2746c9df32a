#include "security/KeyFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace posdesk::KeyFile {

namespace {

#ifdef Q_OS_UNIX
QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const unsigned char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= std::size_t(n);
    }
    return true;
}
#endif

} // namespace

Result<SecureBuffer> read(const QString &path, std::size_t size)
{
#ifdef Q_OS_UNIX
    // Checks and reads through one descriptor, so the file cannot be swapped between the check and the read.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return Error::environment(
            QCoreApplication::translate("posdesk::KeyFile", "Cannot open the data-protection key file %1.").arg(path),
            errnoText());
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error::environment(
            QCoreApplication::translate("posdesk::KeyFile", "The data-protection key %1 is not a regular file.")
                .arg(path));
    }
    if ((st.st_mode & 077) != 0) {
        ::close(fd);
        return Error::refused(QCoreApplication::translate(
                                  "posdesk::KeyFile",
                                  "The data-protection key file %1 can be read or changed by other users of this "
                                  "computer (mode %2), so PosDesk will not use it. Run “chmod 600 %1”; if others may "
                                  "already have copied it, load the terminal keys again.")
                                  .arg(path)
                                  .arg(st.st_mode & 0777, 4, 8, QLatin1Char('0')));
    }
    if (st.st_uid != ::geteuid()) {
        ::close(fd);
        return Error::refused(QCoreApplication::translate(
                                  "posdesk::KeyFile",
                                  "The data-protection key file %1 belongs to another user account. Run PosDesk as "
                                  "the account that owns it.")
                                  .arg(path));
    }
    if (std::size_t(st.st_size) != size) {
        ::close(fd);
        return Error::corrupt(
            QCoreApplication::translate("posdesk::KeyFile",
                                        "The data-protection key file %1 is damaged (it should hold exactly %2 bytes). "
                                        "Restore it from a backup.")
                .arg(path)
                .arg(size));
    }
    SecureBuffer key(size);
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::read(fd, key.data() + got, size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += std::size_t(n);
    }
    ::close(fd);
    if (got != size)
        return Error::environment(
            QCoreApplication::translate("posdesk::KeyFile", "Cannot read the data-protection key file %1.").arg(path));
    return key;
#else
    // Elsewhere (Windows) the user profile's ACLs protect the file; QFile permissions do not map onto them.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::environment(
            QCoreApplication::translate("posdesk::KeyFile", "Cannot open the data-protection key file %1.").arg(path),
            f.errorString());
    if (std::size_t(f.size()) != size)
        return Error::corrupt(
            QCoreApplication::translate("posdesk::KeyFile",
                                        "The data-protection key file %1 is damaged (it should hold exactly %2 bytes). "
                                        "Restore it from a backup.")
                .arg(path)
                .arg(size));
    SecureBuffer key(size);
    if (f.read(reinterpret_cast<char *>(key.data()), qint64(size)) != qint64(size))
        return Error::environment(
            QCoreApplication::translate("posdesk::KeyFile", "Cannot read the data-protection key file %1.").arg(path),
            f.errorString());
    return key;
#endif
}

Result<SecureBuffer> create(const QString &path, const SecureBuffer &key)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::environment(
            QCoreApplication::translate("posdesk::KeyFile", "Cannot create the folder %1 for the data-protection key.")
                .arg(info.absolutePath()));
    const QString temp =
        path + QStringLiteral(".tmp-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
#ifdef Q_OS_UNIX
    const QByteArray nativeTemp = QFile::encodeName(temp);
    const QByteArray nativeFinal = QFile::encodeName(path);
    // Created 0600 from the first moment (the umask can only take bits away), then fchmod in case it took too many.
    const int fd = ::open(nativeTemp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return Error::environment(
            QCoreApplication::translate("posdesk::KeyFile", "Cannot create the data-protection key file %1.").arg(path),
            errnoText());
    const bool written = ::fchmod(fd, 0600) == 0 && writeAll(fd, key.data(), key.size()) && ::fsync(fd) == 0;
    const QString writeError = errnoText();
    ::close(fd);
    if (!written) {
        ::unlink(nativeTemp.constData());
        return Error::environment(
            QCoreApplication::translate("posdesk::KeyFile", "Cannot write the data-protection key file %1.").arg(path),
            writeError);
    }
    // link() fails when the name exists: a key another process put there first is never replaced.
    const int linked = ::link(nativeTemp.constData(), nativeFinal.constData());
    const int linkErrno = errno;
    if (linked != 0 && linkErrno != EEXIST) {
        // Some file systems have no hard links; rename is atomic too, only without the "already exists" check.
        if (::access(nativeFinal.constData(), F_OK) != 0 &&
            ::rename(nativeTemp.constData(), nativeFinal.constData()) == 0)
            return read(path, key.size());
    }
    ::unlink(nativeTemp.constData());
    if (linked != 0 && linkErrno != EEXIST)
        return Error::environment(
            QCoreApplication::translate("posdesk::KeyFile", "Cannot create the data-protection key file %1.").arg(path),
            QString::fromLocal8Bit(std::strerror(linkErrno)));
    return read(path, key.size());
#else
    QFile f(temp);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::environment(
            QCoreApplication::translate("posdesk::KeyFile", "Cannot create the data-protection key file %1.").arg(path),
            f.errorString());
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const bool written = f.write(reinterpret_cast<const char *>(key.data()), qint64(key.size())) == qint64(key.size());
    f.close();
    if (!written || (!QFile::exists(path) && !QFile::rename(temp, path))) {
        QFile::remove(temp);
        if (!QFile::exists(path))
            return Error::environment(
                QCoreApplication::translate("posdesk::KeyFile", "Cannot write the data-protection key file %1.")
                    .arg(path));
    }
    QFile::remove(temp);
    return read(path, key.size());
#endif
}

} // namespace posdesk::KeyFile
