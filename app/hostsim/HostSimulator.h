#pragma once

#include "Registry.h"
#include "crypto/SecretBytes.h"
#include "iso8583/Frame.h"
#include "iso8583/Message.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTcpServer>

namespace posdesk::hostsim {

// The acquirer host of the demo and the tests: answers the CUP POS messages of PosDesk over TCP.
// Sign-on gives fresh working keys under the terminal's TMK; 97 for an unknown TID, 03 for an unknown MID,
// A0 for a bad MAC, 94 for a repeated STAN; amounts ¥51.00 / ¥54.00 / ¥55.00 are declined with 51 / 54 / 55.
// It keeps a ledger per terminal and batch, compares settlement totals with it, and accepts batch uploads.
class HostSimulator : public QObject
{
    Q_OBJECT
public:
    HostSimulator(QString registryPath, QList<Fault> cliFaults, QObject *parent = nullptr);
    Status listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_server.serverPort(); }

    // Answers one request frame; empty when the host stays silent. Public for the fuzz-free unit tests.
    QByteArray answer(const QByteArray &wire, QString *logLine);

private:
    struct Entry
    {
        QByteArray kind; // sale | refund | void
        qint64 amount = 0;
        bool domestic = true;
        bool reversed = false;
        bool voided = false;
    };
    struct TerminalState
    {
        SecretBytes macKey;
        QHash<int, QMap<int, Entry>> ledger; // batch → STAN → entry
        QSet<QString> seenStans;             // "batch/stan" of financial requests
    };

    void onConnection();
    void reloadRegistryIfChanged();
    std::optional<Fault> takeFault(const QString &kind, QByteArrayView mti);
    QByteArray respond(const iso8583::Frame &frame, const iso8583::Message &request, QString *log);
    iso8583::Message replyTo(const iso8583::Message &request, const char *code);
    QByteArray finishReply(const iso8583::Frame &frame, iso8583::Message reply, bool withMac, const QString &tid);
    QByteArray nextRrn();

    QString m_registryPath;
    QDateTime m_registryStamp;
    Registry m_registry;
    QList<Fault> m_cliFaults;
    QList<Fault> m_fileFaults;
    QHash<QString, TerminalState> m_terminals;
    QTcpServer m_server;
    qint64 m_rrn = 0;
};

} // namespace posdesk::hostsim
