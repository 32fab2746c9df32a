#pragma once

#include "util/Result.h"

#include <QObject>
#include <QProcess>
#include <QStringList>

#include <memory>

namespace posdesk::desktop {

// The demo's acquirer host (posdesk-hostsim on a free loopback port) and virtual devices (posdesk-devsim on
// pseudo-terminals), run as child processes of the window and stopped with it.
class DemoSimulators : public QObject
{
    Q_OBJECT
public:
    DemoSimulators(const QString &folder, const QString &programDir, QObject *parent = nullptr);
    ~DemoSimulators() override;

    // Writes the host's registry (the terminals it knows under the merchant, all with one master key) and starts
    // the host; returns the port it listens on.
    Result<int> startHost(const QString &tmkHex, const QString &mid, const QStringList &knownTids);
    // Starts the virtual printer and card reader; false when posdesk-devsim is not installed beside posdesk.
    bool startDevices();
    void stop();

    int hostPort() const { return m_hostPort; }
    bool hostRunning() const;
    bool devicesRunning() const;
    QString printerLink() const;
    QString readerLink() const;
    QString registryPath() const;

signals:
    // A child ended while the window still runs (crashed or killed); the status bar says so.
    void simulatorStopped(const QString &program);

private:
    std::unique_ptr<QProcess> launch(const QString &program, const QStringList &args);
    void stopOne(std::unique_ptr<QProcess> &p);

    QString m_folder;
    QString m_programDir;
    std::unique_ptr<QProcess> m_host;
    std::unique_ptr<QProcess> m_devices;
    int m_hostPort = 0;
    bool m_stopping = false;
};

} // namespace posdesk::desktop
