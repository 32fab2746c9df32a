#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace posdesk::test {

// A real posdesk-hostsim process on a free loopback port, with its registry file in a temporary folder.
class HostSim
{
public:
    static constexpr const char *kTmk = "0123456789ABCDEFFEDCBA9876543210";

    explicit HostSim(const QString &program) : m_program(program) {}
    ~HostSim() { stop(); }

    // Terminals the host knows, all under one merchant; faults as the command line takes them.
    bool start(const QString &mid, const QStringList &tids, const QStringList &faults = {},
               const QString &mac = QStringLiteral("cup-ecb"))
    {
        m_mid = mid;
        m_mac = mac;
        if (!writeRegistry(tids))
            return false;
        QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--registry"),
                         registryPath()};
        for (const QString &f : faults)
            args << QStringLiteral("--fault") << f;
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(m_program, args);
        if (!m_process->waitForStarted(10000))
            return false;
        while (m_process->waitForReadyRead(10000)) {
            const QByteArray line = m_process->readLine().trimmed();
            if (line.startsWith("listening ")) {
                m_port = line.mid(line.lastIndexOf(':') + 1).toInt();
                return m_port > 0;
            }
        }
        return false;
    }

    // Edits the registry while the host runs ("the acquirer registers the terminal").
    bool writeRegistry(const QStringList &tids, const QJsonArray &faults = {})
    {
        QJsonArray terminals;
        for (const QString &t : tids)
            terminals.append(t);
        const QJsonObject root{
            {QStringLiteral("tmk"), QString::fromLatin1(kTmk)},
            {QStringLiteral("mac"), m_mac},
            {QStringLiteral("merchants"),
             QJsonArray{QJsonObject{{QStringLiteral("mid"), m_mid}, {QStringLiteral("terminals"), terminals}}}},
            {QStringLiteral("faults"), faults}};
        // Write to a new file and rename, so the running host never reads half a file.
        const QString tmp = registryPath() + QStringLiteral(".new");
        QFile f(tmp);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QJsonDocument(root).toJson());
        f.close();
        QFile::remove(registryPath());
        return QFile::rename(tmp, registryPath());
    }

    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000))
                m_process->kill();
        }
    }
    // Everything the host logged so far (its log goes to stderr, one decoded message per line).
    QString log()
    {
        if (!m_process)
            return {};
        m_process->setReadChannel(QProcess::StandardError);
        while (m_process->state() == QProcess::Running && m_process->waitForReadyRead(300))
            m_log += m_process->readAllStandardError();
        m_log += m_process->readAllStandardError();
        m_process->setReadChannel(QProcess::StandardOutput);
        return QString::fromUtf8(m_log);
    }
    int port() const { return m_port; }
    QString registryPath() const { return m_dir.filePath(QStringLiteral("registry.json")); }

private:
    QString m_program;
    QTemporaryDir m_dir;
    QString m_mid;
    QString m_mac;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QByteArray m_log;
};

} // namespace posdesk::test
