#pragma once

#include "util/Result.h"

#include <QObject>
#include <QSocketNotifier>
#include <QTimer>

#include <memory>

namespace posdesk::devsim {

// The master side of a pseudo-terminal whose slave side is reached through a stable symlink: a serial device that
// can be unplugged (master closed, link removed) and plugged in again (a new pseudo-terminal at the same link).
class PtyMaster : public QObject
{
    Q_OBJECT

public:
    explicit PtyMaster(QString linkPath, QObject *parent = nullptr);
    ~PtyMaster() override;

    // Creates a pseudo-terminal in raw mode and points the link at its slave side.
    Status plug();
    // Closes the master (the program on the slave side sees the device vanish) and removes the link.
    void unplug();
    bool isPlugged() const { return m_fd >= 0; }

    QString linkPath() const { return m_linkPath; }
    QString slavePath() const { return m_slavePath; }
    // True while some program has the slave side open.
    bool isSlaveOpen() const;

    // Sends bytes to the program on the slave side.
    Status write(QByteArrayView bytes);

signals:
    void received(const QByteArray &bytes);

private:
    void onReadable();
    void watchForSlave();

    QString m_linkPath;
    QString m_slavePath;
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    // With no slave open the master reports hang-up on every poll; it is then polled gently until one opens.
    QTimer m_slaveWatch;
};

} // namespace posdesk::devsim
