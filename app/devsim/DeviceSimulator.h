#pragma once

#include "ControlChannel.h"
#include "PtyMaster.h"
#include "VirtualPinPad.h"
#include "VirtualPrinter.h"
#include "reader/ReaderOptions.h"
#include "util/Result.h"

#include <QFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace posdesk::devsim {

struct SimulatorOptions
{
    QString printerLink; // empty: no printer
    QString readerLink;  // empty: no reader
    QString pinpadLink;  // empty: no PIN pad
    QString outDir;      // printer.txt (transcript), printer.raw (bytes as received), control (FIFO)
    ReaderOptions reader;
    // A printed job without a cut goes to the transcript after this much quiet.
    int idleFlushMs = 300;
};

// The virtual printer, card reader and PIN pad on pseudo-terminals, driven by control commands (see help()).
class DeviceSimulator : public QObject
{
    Q_OBJECT

public:
    explicit DeviceSimulator(SimulatorOptions options, QObject *parent = nullptr);
    ~DeviceSimulator() override;

    Status start();
    // Runs one control command; the answer is one line, "ok …" or "error …".
    QString execute(const QString &command);
    static QString help();

    QString transcriptPath() const;
    QString rawPath() const;
    QString controlPath() const;
    PtyMaster *printerPort() const { return m_printerPort.get(); }
    PtyMaster *readerPort() const { return m_readerPort.get(); }
    PtyMaster *pinpadPort() const { return m_pinpadPort.get(); }

signals:
    // Lines for standard output: command answers and events such as "printed job 3 (1234 bytes)".
    void output(const QString &line);
    void quitRequested();

private:
    void onPrinterBytes(const QByteArray &bytes);
    void afterPrinting(const QByteArray &answers);
    void writeJob(const QByteArray &job);
    QString setPrinterState(const QString &command, const VirtualPrinterState &state);
    QString plug(const QString &which, bool in);
    QString swipe(const QByteArray &line, const QString &what);
    QString pinpadCommand(const QString &verb, const QStringList &words);

    SimulatorOptions m_options;
    VirtualPrinter m_printer;
    std::unique_ptr<PtyMaster> m_printerPort;
    std::unique_ptr<PtyMaster> m_readerPort;
    std::unique_ptr<PtyMaster> m_pinpadPort;
    VirtualPinPad m_pinpad;
    std::unique_ptr<ControlChannel> m_control;
    QFile m_transcript;
    QFile m_raw;
    QTimer m_idleFlush;
    int m_jobs = 0;
};

} // namespace posdesk::devsim
