#include "DeviceSimulator.h"

#include "printer/EscPosDump.h"
#include "reader/TestCards.h"

#include <QCoreApplication>
#include <QDir>

namespace posdesk::devsim {

DeviceSimulator::DeviceSimulator(SimulatorOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_idleFlush.setSingleShot(true);
    m_idleFlush.setInterval(m_options.idleFlushMs);
    connect(&m_idleFlush, &QTimer::timeout, this, [this] {
        const QByteArray tail = m_printer.takeUncutTail();
        if (!tail.isEmpty())
            writeJob(tail);
    });
}

DeviceSimulator::~DeviceSimulator()
{
    m_control.reset();
    QFile::remove(controlPath());
}

QString DeviceSimulator::transcriptPath() const
{
    return QDir(m_options.outDir).filePath(QStringLiteral("printer.txt"));
}

QString DeviceSimulator::rawPath() const
{
    return QDir(m_options.outDir).filePath(QStringLiteral("printer.raw"));
}

QString DeviceSimulator::controlPath() const
{
    return QDir(m_options.outDir).filePath(QStringLiteral("control"));
}

Status DeviceSimulator::start()
{
    if (!QDir().mkpath(m_options.outDir))
        return Error::environment(tr("Cannot create the folder %1.").arg(m_options.outDir));
    QString fifoError;
    m_control = ControlChannel::openFifo(controlPath(), &fifoError);
    if (!m_control)
        return Error::environment(tr("Cannot create the control FIFO %1.").arg(controlPath()), fifoError);
    connect(m_control.get(), &ControlChannel::line, this, [this](const QString &line) { emit output(execute(line)); });

    if (!m_options.printerLink.isEmpty()) {
        m_transcript.setFileName(transcriptPath());
        m_raw.setFileName(rawPath());
        if (!m_transcript.open(QIODevice::Append) || !m_raw.open(QIODevice::Append))
            return Error::environment(tr("Cannot write the printer's output in %1.").arg(m_options.outDir));
        m_printerPort = std::make_unique<PtyMaster>(m_options.printerLink);
        connect(m_printerPort.get(), &PtyMaster::received, this, &DeviceSimulator::onPrinterBytes);
        if (auto s = m_printerPort->plug(); !s)
            return s;
    }
    if (!m_options.readerLink.isEmpty()) {
        m_readerPort = std::make_unique<PtyMaster>(m_options.readerLink);
        if (auto s = m_readerPort->plug(); !s)
            return s;
    }
    if (!m_options.pinpadLink.isEmpty()) {
        m_pinpadPort = std::make_unique<PtyMaster>(m_options.pinpadLink);
        connect(m_pinpadPort.get(), &PtyMaster::received, this,
                [this](const QByteArray &bytes) { m_pinpad.receive(bytes); });
        connect(&m_pinpad, &VirtualPinPad::event, this, &DeviceSimulator::output);
        m_pinpad.setWriter([this](QByteArrayView bytes) -> Status {
            if (!m_pinpadPort)
                return Error::environment(QString());
            return m_pinpadPort->write(bytes);
        });
        if (auto s = m_pinpadPort->plug(); !s)
            return s;
    }
    return {};
}

void DeviceSimulator::onPrinterBytes(const QByteArray &bytes)
{
    m_raw.write(bytes);
    m_raw.flush();
    afterPrinting(m_printer.receive(bytes));
}

void DeviceSimulator::afterPrinting(const QByteArray &answers)
{
    if (!answers.isEmpty() && m_printerPort)
        (void)m_printerPort->write(answers); // an unplugged printer answers nobody
    for (const QByteArray &job : m_printer.takeCutJobs())
        writeJob(job);
    m_idleFlush.start();
}

void DeviceSimulator::writeJob(const QByteArray &job)
{
    ++m_jobs;
    const QString text =
        QStringLiteral("=== job %1 (%2 bytes) ===\n").arg(m_jobs).arg(job.size()) + EscPosDump::toText(job) + u'\n';
    m_transcript.write(text.toUtf8());
    m_transcript.flush();
    emit output(QStringLiteral("printed job %1 (%2 bytes)").arg(m_jobs).arg(job.size()));
}

QString DeviceSimulator::setPrinterState(const QString &command, const VirtualPrinterState &state)
{
    if (!m_printerPort)
        return QStringLiteral("error ") + tr("There is no printer: start with --printer-link.");
    afterPrinting(m_printer.setState(state));
    return QStringLiteral("ok ") + command;
}

QString DeviceSimulator::plug(const QString &which, bool in)
{
    PtyMaster *port = which == u"printer" ? m_printerPort.get() : which == u"reader" ? m_readerPort.get() : nullptr;
    if (!port)
        return QStringLiteral("error ") + tr("Say which device: printer or reader (and start it with its link).");
    if (in) {
        if (auto s = port->plug(); !s)
            return QStringLiteral("error ") + s.error().fullText();
        return QStringLiteral("ok replug %1 %2").arg(which, port->linkPath());
    }
    port->unplug();
    return QStringLiteral("ok unplug %1").arg(which);
}

QString DeviceSimulator::swipe(const QByteArray &line, const QString &what)
{
    if (!m_readerPort)
        return QStringLiteral("error ") + tr("There is no card reader: start with --reader-link.");
    if (!m_readerPort->isSlaveOpen())
        return QStringLiteral("error ") + tr("No program has the reader's port %1 open.").arg(m_readerPort->linkPath());
    if (auto s = m_readerPort->write(line); !s)
        return QStringLiteral("error ") + s.error().fullText();
    return QStringLiteral("ok ") + what;
}

QString DeviceSimulator::pinpadCommand(const QString &verb, const QStringList &words)
{
    if (!m_pinpadPort)
        return QStringLiteral("error ") + QCoreApplication::translate("posdesk::devsim::DeviceSimulator",
                                                                      "There is no PIN pad: start with --pinpad-link.");
    if (verb == u"pin") {
        if (words.size() != 2)
            return QStringLiteral("error ") +
                   QCoreApplication::translate("posdesk::devsim::DeviceSimulator", "Say pin DIGITS, e.g. pin 123456.");
        QByteArray digits = words[1].toLatin1();
        const QString answer = m_pinpad.typePin(digits);
        SecureBytes::wipe(digits);
        return answer;
    }
    if (verb == u"pin-bypass")
        return m_pinpad.pressEnterOnly();
    if (verb == u"pin-cancel")
        return m_pinpad.pressCancel();
    if (verb == u"pin-auto" && words.size() == 2)
        return m_pinpad.setAutoAnswer(words[1]);
    if (verb == u"pinpad-garble")
        return m_pinpad.garbleNextAnswer();
    if (verb == u"pinpad-status")
        return m_pinpad.describeState();
    if (verb == u"pinpad-unplug") {
        m_pinpad.powerCut();
        m_pinpadPort->unplug();
        return QStringLiteral("ok pinpad-unplug");
    }
    if (verb == u"pinpad-plug") {
        if (auto s = m_pinpadPort->plug(); !s)
            return QStringLiteral("error ") + s.error().fullText();
        return QStringLiteral("ok pinpad-plug %1").arg(m_pinpadPort->linkPath());
    }
    if (verb == u"pin-auto")
        return QStringLiteral("error ") +
               QCoreApplication::translate("posdesk::devsim::DeviceSimulator",
                                           "Say pin-auto DIGITS, pin-auto bypass or pin-auto off.");
    return QStringLiteral("error ") +
           QCoreApplication::translate("posdesk::devsim::DeviceSimulator",
                                       "Unknown command “%1”; the command “help” lists them.")
               .arg(words.join(u' '));
}

QString DeviceSimulator::execute(const QString &command)
{
    const QStringList words = command.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("error ") + tr("Empty command.");
    const QString &verb = words.first();
    VirtualPrinterState s = m_printer.state();
    if (verb == u"paper-out") {
        s.paperOut = true;
        return setPrinterState(verb, s);
    }
    if (verb == u"paper-near-end") {
        s.paperNearEnd = true;
        return setPrinterState(verb, s);
    }
    if (verb == u"paper-ok") {
        s.paperOut = s.paperNearEnd = false;
        m_printer.runOutOfPaperAfter(-1);
        return setPrinterState(verb, s);
    }
    if (verb == u"paper-out-after" && words.size() == 2) {
        bool ok = false;
        const qsizetype n = words[1].toLongLong(&ok);
        if (!ok || n < 1)
            return QStringLiteral("error ") + tr("Give a number of bytes, e.g. paper-out-after 200.");
        m_printer.runOutOfPaperAfter(n);
        return QStringLiteral("ok ") + command.simplified();
    }
    if (verb == u"cover-open" || verb == u"cover-closed") {
        s.coverOpen = verb == u"cover-open";
        return setPrinterState(verb, s);
    }
    if (verb == u"offline" || verb == u"online") {
        s.offline = verb == u"offline";
        return setPrinterState(verb, s);
    }
    if (verb == u"mute" || verb == u"unmute") {
        s.mute = verb == u"mute";
        return setPrinterState(verb, s);
    }
    if ((verb == u"unplug" || verb == u"replug") && words.size() == 2)
        return plug(words[1], verb == u"replug");
    if (verb == u"swipe" && words.size() == 2) {
        const TestCard *card = TestCards::find(words[1]);
        if (!card)
            return QStringLiteral("error ") + tr("No test card “%1”; the command “cards” lists them.").arg(words[1]);
        return swipe(TestCards::swipeText(*card, m_options.reader), QStringLiteral("swipe ") + words[1]);
    }
    if (verb == u"swipe-raw" && words.size() >= 2) {
        // Exactly the text given, then the terminator: for garbled and partial swipes.
        const QString text = command.simplified().section(u' ', 1);
        return swipe(text.toLatin1() + m_options.reader.terminator, QStringLiteral("swipe-raw"));
    }
    if (verb == u"pin" || verb.startsWith(u"pin-") || verb.startsWith(u"pinpad-"))
        return pinpadCommand(verb, words);
    if (verb == u"cards") {
        QStringList ids;
        for (const TestCard &c : TestCards::all())
            ids << QLatin1String(c.id);
        return QStringLiteral("ok cards ") + ids.join(u' ');
    }
    if (verb == u"status") {
        const VirtualPrinterState &st = m_printer.state();
        QStringList flags;
        if (st.paperOut)
            flags << QStringLiteral("paper-out");
        if (st.paperNearEnd)
            flags << QStringLiteral("paper-near-end");
        if (st.coverOpen)
            flags << QStringLiteral("cover-open");
        if (st.offline)
            flags << QStringLiteral("offline");
        if (st.mute)
            flags << QStringLiteral("mute");
        return QStringLiteral("ok status %1 held=%2 jobs=%3")
            .arg(flags.isEmpty() ? QStringLiteral("ready") : flags.join(u','))
            .arg(m_printer.heldBytes())
            .arg(m_jobs);
    }
    if (verb == u"help")
        return QStringLiteral("ok ") + help().replace(u'\n', QStringLiteral("; "));
    if (verb == u"quit") {
        emit quitRequested();
        return QStringLiteral("ok quit");
    }
    return QStringLiteral("error ") +
           tr("Unknown command “%1”; the command “help” lists them.").arg(command.simplified());
}

QString DeviceSimulator::help()
{
    return tr("paper-out | paper-near-end | paper-ok | paper-out-after BYTES\n"
              "cover-open | cover-closed | offline | online | mute | unmute\n"
              "unplug printer|reader | replug printer|reader\n"
              "swipe CARD-ID | swipe-raw TEXT | cards\n"
              "pin DIGITS | pin-bypass | pin-cancel | pin-auto DIGITS|bypass|off\n"
              "pinpad-unplug | pinpad-plug | pinpad-status | pinpad-garble\n"
              "status | help | quit");
}

} // namespace posdesk::devsim
