#pragma once

#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>

namespace posdesk::test {

// A real posdesk-devsim process with its links and output in a temporary folder, driven through its standard
// input like a person at its console.
class DevSim
{
public:
    enum class PinPad : quint8
    {
        Without,
        With, // also a virtual PIN pad at pinpadLink()
    };

    bool start(const QString &dir, PinPad pinpad = PinPad::Without)
    {
        m_dir = dir;
        m_process.setProgram(test::programPath(QStringLiteral("posdesk-devsim")));
        QStringList arguments{QStringLiteral("--printer-link"), printerLink(),
                              QStringLiteral("--reader-link"),  readerLink(),
                              QStringLiteral("--printer-out"),  dir};
        if (pinpad == PinPad::With)
            arguments << QStringLiteral("--pinpad-link") << pinpadLink();
        m_process.setArguments(arguments);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        return !waitFor("control ").isEmpty();
    }
    ~DevSim()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.write("quit\n");
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString printerLink() const { return m_dir + QStringLiteral("/printer"); }
    QString readerLink() const { return m_dir + QStringLiteral("/reader"); }
    QString pinpadLink() const { return m_dir + QStringLiteral("/pinpad"); }
    QString transcript() const
    {
        QFile f(m_dir + QStringLiteral("/printer.txt"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // Sends a command and returns its answer line.
    QByteArray command(const QByteArray &line)
    {
        m_process.write(line + '\n');
        const QByteArray verb = line.split(' ').first();
        return waitFor("ok " + verb, "error ");
    }

    // The first line (new or already read) that starts with one of the prefixes.
    QByteArray waitFor(const QByteArray &prefix, const QByteArray &orPrefix = {}, int timeoutMs = 15000)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            while (m_process.canReadLine())
                m_lines << m_process.readLine().trimmed();
            for (qsizetype i = 0; i < m_lines.size(); ++i) {
                if (m_lines[i].startsWith(prefix) || (!orPrefix.isEmpty() && m_lines[i].startsWith(orPrefix)))
                    return m_lines.takeAt(i);
            }
            if (timer.elapsed() > timeoutMs || m_process.state() == QProcess::NotRunning)
                return {};
            m_process.waitForReadyRead(100);
        }
    }

    // Forgets the lines read so far (events of an earlier test step), so that waitFor() sees only new ones.
    void discardLines()
    {
        while (m_process.canReadLine())
            m_process.readLine();
        m_lines.clear();
    }

private:
    QString m_dir;
    QProcess m_process;
    QList<QByteArray> m_lines;
};

} // namespace posdesk::test
