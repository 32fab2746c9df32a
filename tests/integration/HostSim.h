#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace posdesk::test {

// A real posdesk-hostsim process on a free loopback port, with its registry and ledger files in a temporary folder.
// The ledger (see app/hostsim/HostSimulator.h for its JSON) is what the host recorded, to compare with the shop.
class HostSim
{
public:
    static constexpr const char *kTmk = "0123456789ABCDEFFEDCBA9876543210";

    explicit HostSim(const QString &program) : m_program(program) {}
    ~HostSim() { stop(); }

    // Terminals the host knows, all under one merchant; faults as the command line takes them; tidBatches gives the
    // host's current batch for some of them (without one the host adopts the terminal's).
    bool start(const QString &mid, const QStringList &tids, const QStringList &faults = {},
               const QString &mac = QStringLiteral("cup-ecb"), const QMap<QString, int> &tidBatches = {})
    {
        m_mid = mid;
        m_mac = mac;
        if (!writeRegistry(tids, {}, tidBatches))
            return false;
        QFile::remove(ledgerPath());
        QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--registry"),
                         registryPath()};
        if (m_withLedger)
            args << QStringLiteral("--ledger") << ledgerPath();
        if (!m_chipDir.isEmpty())
            args << QStringLiteral("--chip") << m_chipDir;
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

    // Edits the registry while the host runs ("the acquirer registers the terminal"). A TID in tidBatches gets that
    // batch as the host's current one (it need not be repeated in tids); the host moves to a batch given here only
    // when the number differs from the one it was last given for that TID.
    bool writeRegistry(const QStringList &tids, const QJsonArray &faults = {},
                       const QMap<QString, int> &tidBatches = {})
    {
        QJsonArray terminals;
        for (const QString &t : tids) {
            if (tidBatches.contains(t))
                terminals.append(
                    QJsonObject{{QStringLiteral("tid"), t}, {QStringLiteral("batch"), tidBatches.value(t)}});
            else
                terminals.append(t);
        }
        for (auto it = tidBatches.cbegin(); it != tidBatches.cend(); ++it) {
            if (!tids.contains(it.key()))
                terminals.append(QJsonObject{{QStringLiteral("tid"), it.key()}, {QStringLiteral("batch"), it.value()}});
        }
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
    // Benchmarks: the host rewrites its whole ledger file after every change, which would be timed too.
    void withoutLedger() { m_withLedger = false; }
    // Plays the issuers and CA of the emulated chip cards (tests/rig/card), before start().
    void withChipCards(const QString &directory) { m_chipDir = directory; }
    QString ledgerPath() const { return m_dir.filePath(QStringLiteral("ledger.json")); }

    // The host's ledger as it last wrote it ({"terminals": {…}}); an empty object when there is none (yet).
    QJsonObject ledger() const
    {
        QFile f(ledgerPath());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    // The entries the host holds for one terminal and batch, in STAN order; empty when it holds none.
    QJsonArray entries(const QString &tid, int batch) const
    {
        return terminal(tid)
            .value(QStringLiteral("batches"))
            .toObject()
            .value(QString::number(batch))
            .toObject()
            .value(QStringLiteral("entries"))
            .toArray();
    }
    // Whether the host closed that batch by a settlement.
    bool batchSettled(const QString &tid, int batch) const
    {
        return terminal(tid)
            .value(QStringLiteral("batches"))
            .toObject()
            .value(QString::number(batch))
            .toObject()
            .value(QStringLiteral("settled"))
            .toBool();
    }
    // The host's current batch for the terminal; 0 while the host does not know it.
    int hostBatch(const QString &tid) const { return terminal(tid).value(QStringLiteral("hostBatch")).toInt(0); }

private:
    QJsonObject terminal(const QString &tid) const
    {
        return ledger().value(QStringLiteral("terminals")).toObject().value(tid).toObject();
    }

    QString m_program;
    QTemporaryDir m_dir;
    QString m_mid;
    QString m_mac;
    bool m_withLedger = true;
    QString m_chipDir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QByteArray m_log;
};

} // namespace posdesk::test
