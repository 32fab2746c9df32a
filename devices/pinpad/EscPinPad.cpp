#include "pinpad/EscPinPad.h"

#include "crypto/Tdes.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace posdesk {

namespace {

constexpr char HexDigits[] = "0123456789ABCDEF";

// Upper-case hex straight into a wiped buffer, so no unwiped copy of key or card bytes is made on the way.
void appendHex(SecureBytes &out, QByteArrayView bytes)
{
    char pair[2];
    for (const char c : bytes) {
        pair[0] = HexDigits[(quint8(c) >> 4) & 0xf];
        pair[1] = HexDigits[quint8(c) & 0xf];
        out.append(QByteArrayView(pair, 2));
    }
    volatile char *p = pair;
    p[0] = 0;
    p[1] = 0;
}

char slotDigit(int slot)
{
    return HexDigits[slot & 0xf];
}

char kindLetter(PinEntryDevice::KeyKind kind)
{
    switch (kind) {
    case PinEntryDevice::KeyKind::Pin:
        return 'P';
    case PinEntryDevice::KeyKind::Mac:
        return 'M';
    case PinEntryDevice::KeyKind::Track:
        return 'T';
    }
    return '?';
}

char methodLetter(PinEntryDevice::MacMethod method)
{
    switch (method) {
    case PinEntryDevice::MacMethod::CupEcb:
        return 'E';
    case PinEntryDevice::MacMethod::X99:
        return '9';
    case PinEntryDevice::MacMethod::X919:
        return 'X';
    }
    return '?';
}

QByteArray number(qint64 n, int width)
{
    return QByteArray::number(n).rightJustified(width, '0');
}

Error badSlot(int slot)
{
    return Error::usage(
        QCoreApplication::translate("posdesk::EscPinPad", "PIN pad key slots are 0 to 15; %1 is not one.").arg(slot));
}

} // namespace

EscPinPad::EscPinPad(QString portName, qint32 baudRate, QObject *parent)
    : QObject(parent), m_portName(std::move(portName)), m_baudRate(baudRate)
{
    m_pinGuard.setSingleShot(true);
    connect(&m_pinGuard, &QTimer::timeout, this, &EscPinPad::onPinGuard);
}

EscPinPad::~EscPinPad()
{
    // Nobody would hear a queued answer any more: the caller's done() runs now.
    if (m_pinDone) {
        auto done = std::move(m_pinDone);
        m_pinDone = nullptr;
        done(Error::environment(QCoreApplication::translate(
            "posdesk::EscPinPad", "The PIN pad was closed while it waited for a PIN; no PIN was taken.")));
    }
    if (m_port) {
        m_port->disconnect(this);
        m_port->close();
        delete m_port.data();
    }
}

QString EscPinPad::describe() const
{
    return QCoreApplication::translate("posdesk::EscPinPad", "PIN pad on serial port %1").arg(m_portName);
}

bool EscPinPad::isOpen() const
{
    return m_port != nullptr;
}

Status EscPinPad::open()
{
    if (m_port)
        return {};
    auto *port = new QSerialPort(this);
    port->setPortName(m_portName);
    if (!port->open(QIODevice::ReadWrite)) {
        const auto code = port->error();
        const QString detail = port->errorString();
        delete port;
        if (code == QSerialPort::DeviceNotFoundError)
            return Error::environment(QCoreApplication::translate("posdesk::EscPinPad",
                                                                  "The PIN pad's serial port %1 does not exist. Check "
                                                                  "that the pad is plugged in, then try again.")
                                          .arg(m_portName),
                                      detail);
        if (code == QSerialPort::PermissionError)
            return Error::environment(
                QCoreApplication::translate("posdesk::EscPinPad",
                                            "The PIN pad's serial port %1 is in use by another program or this user "
                                            "may not open it (on Linux: add the user to the group “dialout”).")
                    .arg(m_portName),
                detail);
        return Error::environment(
            QCoreApplication::translate("posdesk::EscPinPad", "The PIN pad's serial port %1 cannot be opened.")
                .arg(m_portName),
            detail);
    }
    const bool lineOk = port->setBaudRate(m_baudRate) && port->setDataBits(QSerialPort::Data8) &&
                        port->setParity(QSerialPort::NoParity) && port->setStopBits(QSerialPort::OneStop) &&
                        port->setFlowControl(QSerialPort::NoFlowControl);
    if (!lineOk) {
        const QString detail = port->errorString();
        port->close();
        delete port;
        return Error::environment(QCoreApplication::translate("posdesk::EscPinPad",
                                                              "The PIN pad's serial port %1 refused the line settings "
                                                              "(%2 baud, 8N1). Check the speed in the device settings.")
                                      .arg(m_portName)
                                      .arg(m_baudRate),
                                  detail);
    }
    port->clearError();
    // Qt before 6.7 may hand out bytes that were in the buffers before the open.
    port->clear();
    connect(port, &QSerialPort::readyRead, this, &EscPinPad::onReadyRead);
    connect(port, &QSerialPort::errorOccurred, this, &EscPinPad::onPortError);
    m_port = port;
    m_brokenDetail.clear();
    m_decoder.reset();
    return {};
}

void EscPinPad::close()
{
    finishPin(Error::environment(QCoreApplication::translate(
        "posdesk::EscPinPad", "The PIN pad was closed while it waited for a PIN; no PIN was taken.")));
    if (!m_port)
        return;
    QSerialPort *port = m_port;
    m_port = nullptr;
    port->disconnect(this);
    port->close(); // at once, so that open() can take the port again straight away
    port->deleteLater();
    m_decoder.reset();
}

void EscPinPad::releasePort()
{
    if (!m_port)
        return;
    QSerialPort *port = m_port;
    m_port = nullptr;
    port->disconnect(this);
    m_decoder.reset();
    // Called from the port's own error signal: closing and deleting it there would pull the rug from under
    // QSerialPort, so both wait for the event loop.
    QMetaObject::invokeMethod(
        port,
        [port] {
            port->close();
            port->deleteLater();
        },
        Qt::QueuedConnection);
}

Error EscPinPad::notOpen() const
{
    return Error::environment(QCoreApplication::translate("posdesk::EscPinPad",
                                                          "The PIN pad on %1 is not connected. Check its cable, then "
                                                          "open it again in the device settings.")
                                  .arg(m_portName),
                              m_brokenDetail);
}

Error EscPinPad::broken() const
{
    return Error::environment(QCoreApplication::translate("posdesk::EscPinPad",
                                                          "The PIN pad on %1 stopped working (unplugged or switched "
                                                          "off?). Check its cable, then try again.")
                                  .arg(m_portName),
                              m_brokenDetail);
}

Error EscPinPad::padError(const QByteArray &status, int slot) const
{
    const QString detail = QStringLiteral("pad status %1").arg(QString::fromLatin1(status));
    if (status == "E1")
        return Error::corrupt(QCoreApplication::translate("posdesk::EscPinPad",
                                                          "The PIN pad on %1 could not read PosDesk's command. If it "
                                                          "happens again, check the cable and the speed (%2 baud).")
                                  .arg(m_portName)
                                  .arg(m_baudRate),
                              detail);
    if (status == "E2")
        return Error::environment(QCoreApplication::translate("posdesk::EscPinPad",
                                                              "The PIN pad on %1 does not know PosDesk's command: it "
                                                              "does not speak the ESC command set. Check the pad "
                                                              "model chosen in the device settings.")
                                      .arg(m_portName),
                                  detail);
    if (status == "E3")
        return Error::usage(QCoreApplication::translate("posdesk::EscPinPad",
                                                        "The PIN pad on %1 refused the command's parameters (a "
                                                        "length, a slot or a key that does not fit the method).")
                                .arg(m_portName),
                            detail);
    if (status == "E4")
        return Error::refused(QCoreApplication::translate("posdesk::EscPinPad",
                                                          "The PIN pad on %1 has no master key in slot %2. Load the "
                                                          "terminal master key into the pad first.")
                                  .arg(m_portName)
                                  .arg(slot),
                              detail);
    if (status == "E5")
        return Error::corrupt(QCoreApplication::translate("posdesk::EscPinPad",
                                                          "The working key does not match its check value, so the PIN "
                                                          "pad kept its previous key. Check that the pad's master key "
                                                          "is the acquirer's current one, then sign on again."),
                              detail);
    if (status == "E6")
        return Error::refused(QCoreApplication::translate("posdesk::EscPinPad",
                                                          "The PIN pad on %1 has no working key for this in slot %2. "
                                                          "Sign on again to load the working keys.")
                                  .arg(m_portName)
                                  .arg(slot),
                              detail);
    if (status == "E7")
        return Error::refused(QCoreApplication::translate("posdesk::EscPinPad",
                                                          "The PIN pad on %1 is waiting for a PIN. Finish or cancel "
                                                          "the PIN entry first.")
                                  .arg(m_portName),
                              detail);
    return Error::corrupt(
        QCoreApplication::translate("posdesk::EscPinPad", "The PIN pad on %1 gave an answer PosDesk does not know.")
            .arg(m_portName),
        detail);
}

Error EscPinPad::nonsense(const QString &detail) const
{
    return Error::corrupt(QCoreApplication::translate("posdesk::EscPinPad",
                                                      "The PIN pad on %1 answered something unreadable. Try again; if "
                                                      "it happens again, check the cable and the speed (%2 baud).")
                              .arg(m_portName)
                              .arg(m_baudRate),
                          detail);
}

Status EscPinPad::send(QByteArrayView frame)
{
    if (!m_port)
        return notOpen();
    if (m_port->write(frame.data(), frame.size()) != frame.size()) {
        const QString detail = m_port ? m_port->errorString() : m_brokenDetail;
        return Error::environment(QCoreApplication::translate("posdesk::EscPinPad",
                                                              "Writing to the PIN pad on %1 failed. Check its cable, "
                                                              "then try again.")
                                      .arg(m_portName),
                                  detail);
    }
    // Bounded, and without an event loop: the port writes here and now.
    QDeadlineTimer deadline(m_commandTimeoutMs);
    while (m_port && m_port->bytesToWrite() > 0 && !deadline.hasExpired())
        m_port->waitForBytesWritten(int(std::max<qint64>(1, deadline.remainingTime())));
    if (!m_port)
        return broken();
    if (m_port->bytesToWrite() > 0)
        return Error::environment(QCoreApplication::translate("posdesk::EscPinPad",
                                                              "The PIN pad on %1 does not take the command. Check its "
                                                              "cable, then try again.")
                                      .arg(m_portName),
                                  QStringLiteral("%1 bytes not written").arg(m_port->bytesToWrite()));
    return {};
}

Result<EscPinPad::Answer> EscPinPad::transact(char command, QByteArrayView payload)
{
    if (!m_port)
        return notOpen();
    if (m_pinDone && command != 'S' && command != 'C')
        return Error::refused(QCoreApplication::translate("posdesk::EscPinPad",
                                                          "The PIN pad on %1 is waiting for a PIN. Finish or cancel "
                                                          "the PIN entry first.")
                                  .arg(m_portName));
    const SecureBytes frame = pinpad::encodeRequest(command, payload);
    if (frame.isEmpty())
        return Error::internal(
            QCoreApplication::translate("posdesk::EscPinPad", "PosDesk built a bad PIN pad command."),
            QStringLiteral("command %1, payload %2 bytes").arg(QLatin1Char(command)).arg(payload.size()));
    pump(); // whatever came before belongs to earlier requests
    m_waitingFor = command;
    m_answer.reset();
    m_problem.clear();
    m_noise.clear();
    if (const Status s = send(frame.view()); !s) {
        m_waitingFor = 0;
        return s.error();
    }
    QDeadlineTimer deadline(m_commandTimeoutMs);
    while (!m_answer && m_problem.isEmpty() && m_port && !deadline.hasExpired()) {
        // Emits readyRead (and errorOccurred) from inside; both end up in pump() and route().
        m_port->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        pump();
    }
    m_waitingFor = 0;
    if (m_answer) {
        Answer a = std::move(*m_answer);
        m_answer.reset();
        return a;
    }
    if (!m_problem.isEmpty())
        return nonsense(m_problem);
    if (!m_port)
        return broken();
    QString detail = m_decoder.inFrame() ? QStringLiteral("answer cut short") : QStringLiteral("no answer");
    if (!m_noise.isEmpty())
        detail += QStringLiteral("; ") + m_noise;
    m_decoder.reset();
    return Error::environment(QCoreApplication::translate("posdesk::EscPinPad",
                                                          "The PIN pad on %1 did not answer within %2 seconds. Check "
                                                          "that it is plugged in and switched on, then try again.")
                                  .arg(m_portName)
                                  .arg(m_commandTimeoutMs / 1000.0),
                              detail);
}

void EscPinPad::onReadyRead()
{
    pump();
}

void EscPinPad::pump()
{
    if (!m_port)
        return;
    QByteArray bytes = m_port->readAll();
    if (bytes.isEmpty())
        return;
    std::vector<PinPadDecodeEvent> events = m_decoder.feed(bytes);
    SecureBytes::wipe(bytes);
    for (PinPadDecodeEvent &e : events) {
        switch (e.kind) {
        case PinPadDecodeEvent::Kind::Frame:
            route(e.frame);
            break;
        case PinPadDecodeEvent::Kind::Skipped:
            m_noise = e.problem; // line noise: only worth mentioning when no answer follows
            break;
        case PinPadDecodeEvent::Kind::Malformed:
            onMalformed(e.problem);
            break;
        }
    }
}

void EscPinPad::onMalformed(const QString &problem)
{
    if (m_waitingFor) {
        if (m_problem.isEmpty())
            m_problem = problem;
        return;
    }
    if (m_pinDone) {
        // The answer to the PIN request may have been in that frame: nothing can be trusted, so the entry ends.
        finishPin(nonsense(problem));
        const SecureBytes cancelFrame = pinpad::encodeRequest('C', {});
        (void)send(cancelFrame.view());
    }
}

void EscPinPad::route(PinPadFrame &frame)
{
    if (m_waitingFor && !m_answer && (frame.command == m_waitingFor || frame.command == pinpad::UnknownCommand)) {
        m_answer = Answer{frame.status, std::move(frame.payload)};
        return;
    }
    if (!m_pinDone)
        return; // a late answer to a command that already timed out, or the answer to cancel()
    if (frame.command == pinpad::UnknownCommand) {
        finishPin(padError(frame.status, m_pinSlot));
        return;
    }
    if (frame.command != 'P')
        return;
    PinResult result;
    if (frame.status == "00") {
        if (frame.payload.size() != 16 || !pinpad::isUpperHex(frame.payload.view())) {
            finishPin(nonsense(QStringLiteral("PIN answer of %1 characters").arg(frame.payload.size())));
            return;
        }
        result.outcome = PinOutcome::Entered;
        result.block = QByteArray::fromHex(frame.payload.view().toByteArray());
    } else if (frame.status == "P1") {
        result.outcome = PinOutcome::Bypassed;
    } else if (frame.status == "P2") {
        result.outcome = PinOutcome::Cancelled;
    } else if (frame.status == "P3") {
        result.outcome = PinOutcome::TimedOut;
    } else {
        finishPin(padError(frame.status, m_pinSlot));
        return;
    }
    finishPin(std::move(result));
}

void EscPinPad::onPortError(QSerialPort::SerialPortError error)
{
    switch (error) {
    case QSerialPort::NoError:
    case QSerialPort::TimeoutError:
    case QSerialPort::UnsupportedOperationError:
        return;
    default:
        break;
    }
    // Qt 6.4 repeats a read error without end on a vanished port: let go of the port at the first one.
    m_brokenDetail = m_port ? m_port->errorString() : QString();
    releasePort();
    finishPin(broken());
}

void EscPinPad::finishPin(Result<PinResult> result)
{
    if (!m_pinDone)
        return;
    auto done = std::move(m_pinDone);
    m_pinDone = nullptr;
    m_pinGuard.stop();
    m_cancelSent = false;
    // Always later, never inside the call that started it or inside a port signal.
    QMetaObject::invokeMethod(
        this, [done = std::move(done), r = std::move(result)]() mutable { done(std::move(r)); }, Qt::QueuedConnection);
}

void EscPinPad::onPinGuard()
{
    if (m_cancelSent) {
        finishPin(Error::environment(QCoreApplication::translate("posdesk::EscPinPad",
                                                                 "The PIN pad on %1 did not confirm that the PIN "
                                                                 "entry was cancelled. Check the pad, then try again.")
                                         .arg(m_portName)));
        return;
    }
    finishPin(Error::environment(QCoreApplication::translate("posdesk::EscPinPad",
                                                             "The PIN pad on %1 stopped answering while it waited for "
                                                             "the PIN. Check that it is plugged in and switched on, "
                                                             "then try again.")
                                     .arg(m_portName)));
    const SecureBytes cancelFrame = pinpad::encodeRequest('C', {});
    (void)send(cancelFrame.view());
}

Result<PinEntryDevice::Info> EscPinPad::status()
{
    auto answer = transact('S', {});
    if (!answer)
        return answer.error();
    if (answer->status != "00")
        return padError(answer->status, 0);
    const QList<QByteArray> fields = answer->payload.view().toByteArray().split('|');
    if (fields.size() != 4 || (fields[3] != "0" && fields[3] != "1"))
        return nonsense(QStringLiteral("status payload with %1 field(s)").arg(fields.size()));
    Info info;
    info.model = QString::fromLatin1(fields[0]);
    info.serial = QString::fromLatin1(fields[1]);
    info.firmware = QString::fromLatin1(fields[2]);
    info.busy = fields[3] == "1";
    return info;
}

Result<QString> EscPinPad::loadMasterKey(int slot, const SecretBytes &masterKey)
{
    if (slot < 0 || slot > 15)
        return badSlot(slot);
    if (masterKey.size() != 16)
        return Error::usage(QCoreApplication::translate("posdesk::EscPinPad",
                                                        "A terminal master key for the PIN pad is 16 bytes (a "
                                                        "double-length triple-DES key)."),
                            QStringLiteral("key length %1").arg(masterKey.size()));
    auto expected = crypto::keyCheckValue(masterKey.view());
    if (!expected)
        return expected.error();
    SecureBytes payload;
    const char s[1] = {slotDigit(slot)};
    payload.append(QByteArrayView(s, 1));
    appendHex(payload, masterKey.view());
    auto answer = transact('M', payload.view());
    payload.clear();
    if (!answer)
        return answer.error();
    if (answer->status != "00")
        return padError(answer->status, slot);
    const QByteArray kcv = answer->payload.view().toByteArray();
    if (kcv.size() != 6 || !pinpad::isUpperHex(kcv))
        return nonsense(QStringLiteral("key check value of %1 characters").arg(kcv.size()));
    if (kcv != expected->first(3).toHex().toUpper())
        return Error::corrupt(QCoreApplication::translate("posdesk::EscPinPad",
                                                          "The PIN pad on %1 reports a different check value for the "
                                                          "master key than the key that was sent. Load the key again; "
                                                          "if it happens again, the pad is faulty.")
                                  .arg(m_portName),
                              QStringLiteral("slot %1").arg(slot));
    return QString::fromLatin1(kcv);
}

Status EscPinPad::loadWorkingKey(int slot, KeyKind kind, const QByteArray &encryptedKey, const QByteArray &check)
{
    if (slot < 0 || slot > 15)
        return badSlot(slot);
    if ((encryptedKey.size() != 8 && encryptedKey.size() != 16) || check.size() != 4)
        return Error::usage(
            QCoreApplication::translate("posdesk::EscPinPad", "A working key for the PIN pad is 8 or 16 bytes with a "
                                                              "4-byte check value."),
            QStringLiteral("key %1 bytes, check value %2 bytes").arg(encryptedKey.size()).arg(check.size()));
    SecureBytes payload;
    const char head[2] = {slotDigit(slot), kindLetter(kind)};
    payload.append(QByteArrayView(head, 2));
    appendHex(payload, encryptedKey);
    appendHex(payload, check);
    auto answer = transact('W', payload.view());
    payload.clear();
    if (!answer)
        return answer.error();
    if (answer->status != "00")
        return padError(answer->status, slot);
    return {};
}

Result<QByteArray> EscPinPad::mac(int slot, MacMethod method, QByteArrayView data)
{
    if (slot < 0 || slot > 15)
        return badSlot(slot);
    constexpr qsizetype MaxData = (pinpad::MaxPayload - 2) / 2;
    if (data.size() > MaxData)
        return Error::usage(
            QCoreApplication::translate("posdesk::EscPinPad", "The PIN pad computes a MAC over at most %1 bytes.")
                .arg(MaxData),
            QStringLiteral("%1 bytes").arg(data.size()));
    SecureBytes payload; // the MAC block may hold the card number and track data
    const char head[2] = {slotDigit(slot), methodLetter(method)};
    payload.append(QByteArrayView(head, 2));
    appendHex(payload, data);
    auto answer = transact('A', payload.view());
    payload.clear();
    if (!answer)
        return answer.error();
    if (answer->status != "00")
        return padError(answer->status, slot);
    if (answer->payload.size() != 16 || !pinpad::isUpperHex(answer->payload.view()))
        return nonsense(QStringLiteral("MAC of %1 characters").arg(answer->payload.size()));
    return QByteArray::fromHex(answer->payload.view().toByteArray());
}

void EscPinPad::readPin(const PinRequest &request, std::function<void(Result<PinResult>)> done)
{
    if (!done)
        return;
    const auto refuse = [this, &done](Error e) {
        QMetaObject::invokeMethod(
            this, [d = std::move(done), e = std::move(e)] { d(e); }, Qt::QueuedConnection);
    };
    if (m_pinDone)
        return refuse(Error::refused(QCoreApplication::translate(
            "posdesk::EscPinPad", "The PIN pad is already waiting for a PIN. Finish or cancel that entry first.")));
    if (!m_port)
        return refuse(notOpen());
    if (request.slot < 0 || request.slot > 15)
        return refuse(badSlot(request.slot));
    if (request.minLength < 4 || request.maxLength > 12 || request.minLength > request.maxLength ||
        request.timeoutSec < 1 || request.timeoutSec > 999 || request.amountFen < 0 ||
        request.amountFen > 999999999999LL)
        return refuse(Error::usage(QCoreApplication::translate("posdesk::EscPinPad",
                                                               "The PIN request is out of range: PIN lengths 4 to 12, "
                                                               "a time-out of 1 to 999 seconds and an amount of at "
                                                               "most 12 digits.")));
    if (request.pan.size() < 13 || request.pan.size() > 19 || !pinpad::isDigits(request.pan.view()))
        return refuse(Error::usage(QCoreApplication::translate(
            "posdesk::EscPinPad", "The card number must be 13 to 19 digits for the PIN pad to form the PIN block.")));

    SecureBytes payload;
    QByteArray head;
    head += slotDigit(request.slot);
    head += number(request.minLength, 2) + number(request.maxLength, 2) + number(request.timeoutSec, 3) +
            number(request.amountFen, 12);
    payload.append(head);
    // The 12 rightmost digits without the check digit.
    payload.append(request.pan.view().sliced(request.pan.size() - 13, 12));
    const SecureBytes frame = pinpad::encodeRequest('P', payload.view());
    payload.clear();
    pump();
    if (const Status s = send(frame.view()); !s)
        return refuse(s.error());
    m_pinDone = std::move(done);
    m_pinSlot = request.slot;
    m_cancelSent = false;
    // The pad answers P3 after its own time-out; past that and a margin it is gone.
    m_pinGuard.start(request.timeoutSec * 1000 + 2 * m_commandTimeoutMs);
}

void EscPinPad::cancel()
{
    if (!m_pinDone || m_cancelSent)
        return;
    const SecureBytes frame = pinpad::encodeRequest('C', {});
    if (const Status s = send(frame.view()); !s) {
        finishPin(s.error());
        return;
    }
    m_cancelSent = true;
    // The pad answers the pending P with P2 at once.
    m_pinGuard.start(m_commandTimeoutMs);
}

} // namespace posdesk
