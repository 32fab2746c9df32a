#include "shell/DemoSimulators.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace posdesk::desktop {

namespace {
QString executable(const QString &dir, const QString &name)
{
#ifdef Q_OS_WIN
    return QDir(dir).filePath(name + QStringLiteral(".exe"));
#else
    return QDir(dir).filePath(name);
#endif
}
} // namespace

DemoSimulators::DemoSimulators(const QString &folder, const QString &programDir, QObject *parent)
    : QObject(parent), m_folder(folder),
      m_programDir(programDir.isEmpty() ? QCoreApplication::applicationDirPath() : programDir)
{}

DemoSimulators::~DemoSimulators()
{
    stop();
}

QString DemoSimulators::registryPath() const
{
    return QDir(m_folder).filePath(QStringLiteral("hostsim-registry.json"));
}

QString DemoSimulators::printerLink() const
{
    return QDir(m_folder).filePath(QStringLiteral("printer"));
}

QString DemoSimulators::readerLink() const
{
    return QDir(m_folder).filePath(QStringLiteral("reader"));
}

bool DemoSimulators::hostRunning() const
{
    return m_host && m_host->state() == QProcess::Running;
}

bool DemoSimulators::devicesRunning() const
{
    return m_devices && m_devices->state() == QProcess::Running;
}

std::unique_ptr<QProcess> DemoSimulators::launch(const QString &program, const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // Should posdesk itself be killed, the kernel ends the simulators too: no orphan keeps the port.
    p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    p->start(program, args);
    if (!p->waitForStarted(5000))
        return nullptr;
    const QString name = QFileInfo(program).baseName();
    connect(p.get(), &QProcess::finished, this, [this, name] {
        if (!m_stopping)
            emit simulatorStopped(name);
    });
    return p;
}

Result<int> DemoSimulators::startHost(const QString &tmkHex, const QString &mid, const QStringList &knownTids)
{
    QJsonArray terminals;
    for (const QString &tid : knownTids)
        terminals.append(tid);
    const QJsonObject registry{
        {QStringLiteral("tmk"), tmkHex},
        {QStringLiteral("mac"), QStringLiteral("cup-ecb")},
        {QStringLiteral("merchants"),
         QJsonArray{QJsonObject{{QStringLiteral("mid"), mid}, {QStringLiteral("terminals"), terminals}}}},
        {QStringLiteral("faults"), QJsonArray{}}};
    QFile file(registryPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(registry).toJson()) < 0)
        return Error::environment(tr("Cannot write the demo host's registry. Check the free space in %1.")
                                      .arg(QDir::toNativeSeparators(m_folder)),
                                  file.errorString());
    file.close();

    const QString program = executable(m_programDir, QStringLiteral("posdesk-hostsim"));
    if (!QFileInfo::exists(program))
        return Error::environment(tr("The demo needs the host simulator posdesk-hostsim beside posdesk, in %1. "
                                     "Build or install it, then start the demo again.")
                                      .arg(QDir::toNativeSeparators(m_programDir)));
    QStringList hostArgs{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--registry"),
                         registryPath()};
    // run.sh puts an emulated chip card in a virtual reader when the test rig is installed; the demo host then plays
    // its issuer, so that chip sales verify and approve as they would at a real host.
    const QString chipCards = qEnvironmentVariable("POSDESK_DEMO_CHIP_CARDS");
    if (!chipCards.isEmpty() && QFileInfo::exists(QDir(chipCards).filePath(QStringLiteral("cards.json"))))
        hostArgs << QStringLiteral("--chip") << chipCards;
    m_host = launch(program, hostArgs);
    if (!m_host)
        return Error::environment(tr("The host simulator did not start."), program);
    // It prints "listening ADDR:PORT" once bound; port 0 lets it pick a free one, so two demos never collide.
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && m_host->waitForReadyRead(int(deadline.remainingTime()))) {
        while (m_host->canReadLine()) {
            const QByteArray line = m_host->readLine().trimmed();
            if (line.startsWith("listening ")) {
                m_hostPort = line.mid(line.lastIndexOf(':') + 1).toInt();
                if (m_hostPort > 0)
                    return m_hostPort;
            }
        }
    }
    const QString log = QString::fromUtf8(m_host->readAllStandardError()).trimmed();
    stopOne(m_host);
    return Error::environment(tr("The host simulator did not report its port."), log);
}

bool DemoSimulators::startDevices()
{
    const QString program = executable(m_programDir, QStringLiteral("posdesk-devsim"));
    if (!QFileInfo::exists(program))
        return false;
    m_devices = launch(program, {QStringLiteral("--printer-link"), printerLink(), QStringLiteral("--reader-link"),
                                 readerLink(), QStringLiteral("--printer-out"), m_folder});
    return m_devices != nullptr;
}

void DemoSimulators::stopOne(std::unique_ptr<QProcess> &p)
{
    if (!p)
        return;
    if (p->state() != QProcess::NotRunning) {
        p->terminate();
        if (!p->waitForFinished(3000)) {
            p->kill();
            p->waitForFinished(1000);
        }
    }
    p.reset();
}

void DemoSimulators::stop()
{
    m_stopping = true;
    stopOne(m_devices);
    stopOne(m_host);
}

} // namespace posdesk::desktop
