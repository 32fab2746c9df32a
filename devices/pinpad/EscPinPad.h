#pragma once

// Before PinEntry.h, which names SecretBytes without including it.
#include "crypto/SecretBytes.h"

#include "card/PinEntry.h"
#include "pinpad/PinPadFrame.h"

#include <QObject>
#include <QPointer>
#include <QSerialPort>
#include <QTimer>

#include <optional>

namespace posdesk {

// A PIN pad speaking the ESC command set (PROTOCOL.md) on a serial port. The short commands wait for their answer
// with the port's blocking calls (no nested event loop), bounded by commandTimeoutMs(); readPin() answers through
// the event loop.
class EscPinPad final : public QObject, public PinEntryDevice
{
    Q_OBJECT

public:
    static constexpr qint32 DefaultBaudRate = 9600;
    static constexpr int DefaultCommandTimeoutMs = 3000;

    explicit EscPinPad(QString portName, qint32 baudRate = DefaultBaudRate, QObject *parent = nullptr);
    ~EscPinPad() override;

    // Opens the port (8N1, no flow control). A readPin() in progress when the port breaks ends with an Error.
    Status open();
    // Closes the port; a readPin() in progress ends with an Error. Destroying the pad during a readPin() calls its
    // done() with an Error before the destructor returns.
    void close();
    bool isOpen() const;

    QString portName() const { return m_portName; }
    int commandTimeoutMs() const { return m_commandTimeoutMs; }
    void setCommandTimeoutMs(int ms) { m_commandTimeoutMs = ms; }

    QString describe() const override;
    Result<Info> status() override;
    Result<QString> loadMasterKey(int slot, const SecretBytes &masterKey) override;
    Status loadWorkingKey(int slot, KeyKind kind, const QByteArray &encryptedKey, const QByteArray &check) override;
    Result<QByteArray> mac(int slot, MacMethod method, QByteArrayView data) override;
    void readPin(const PinRequest &request, std::function<void(Result<PinResult>)> done) override;
    void cancel() override;

private:
    struct Answer
    {
        QByteArray status;
        SecureBytes payload;
    };
    // Sends one request and waits for the answer with the same letter.
    Result<Answer> transact(char command, QByteArrayView payload);
    Status send(QByteArrayView frame);
    Error padError(const QByteArray &status, int slot) const;
    Error nonsense(const QString &detail) const;
    Error notOpen() const;
    Error broken() const;

    void onReadyRead();
    void onPortError(QSerialPort::SerialPortError error);
    void pump();
    void route(PinPadFrame &frame);
    void onMalformed(const QString &problem);
    void finishPin(Result<PinResult> result);
    void onPinGuard();
    void releasePort();

    QString m_portName;
    qint32 m_baudRate;
    int m_commandTimeoutMs = DefaultCommandTimeoutMs;
    QPointer<QSerialPort> m_port;
    PinPadDecoder m_decoder{PinPadDecoder::Side::Responses};
    QString m_brokenDetail;

    // The synchronous command waiting for its answer.
    char m_waitingFor = 0;
    std::optional<Answer> m_answer;
    QString m_problem; // a frame rejected while waiting
    QString m_noise;   // bytes skipped while waiting

    // The readPin() in progress.
    std::function<void(Result<PinResult>)> m_pinDone;
    int m_pinSlot = 0;
    bool m_cancelSent = false;
    QTimer m_pinGuard;
};

} // namespace posdesk
