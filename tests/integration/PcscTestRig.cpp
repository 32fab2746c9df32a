#include "PcscTestRig.h"

#include <QFile>
#include <QProcess>

namespace posdesk::test {

QMap<QString, QString> readPcscRigEnv(const QString &dir)
{
    QMap<QString, QString> env;
    QFile file(dir + QStringLiteral("/pcsc.env"));
    if (!file.open(QIODevice::ReadOnly))
        return env;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            continue;
        QString value = line.mid(eq + 1);
        if (value.size() >= 2 && value.startsWith(u'\'') && value.endsWith(u'\''))
            value = value.mid(1, value.size() - 2);
        env.insert(line.left(eq), value);
    }
    return env;
}

bool runPcscRig(const QStringList &args, QString *output)
{
    const QString rig = qEnvironmentVariable("POSDESK_PCSC_RIG");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(rig, args);
    if (!process.waitForFinished(60000)) {
        qWarning("pcsc-rig.sh %s did not finish", qPrintable(args.join(u' ')));
        process.kill();
        return false;
    }
    const QString text = QString::fromUtf8(process.readAll());
    if (output)
        *output = text;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("pcsc-rig.sh %s failed: %s", qPrintable(args.join(u' ')), qPrintable(text));
        return false;
    }
    return true;
}

QMap<QString, QString> parseKeyValueLines(const QByteArray &out)
{
    QMap<QString, QString> values;
    for (const QByteArray &raw : out.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1));
        else if (!line.isEmpty())
            values.insert(line, QString());
    }
    return values;
}

} // namespace posdesk::test
