#pragma once

#include "ChipIssuer.h"
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
//
// Batches: the host keeps a current batch per terminal, from the registry ("batch") or else adopted from 60.2 of the
// first message the terminal sends; the 0810 gives it back in 60.2. A 0510 that says balanced, or the end-of-upload
// 0320 (60.3 = 202 or 207), closes the batch named in 60.2 and moves the current batch to the next number
// (999999 is followed by 1).
//
// With a ledger file (setLedgerFile, `--ledger FILE`) the host rewrites it after every change of its ledger, and once
// at the start: FILE.tmp is written, then renamed over FILE, so a reader never sees half a file. Its JSON:
// {
//   "terminals": {
//     "12345601": {                       TID
//       "hostBatch": 1,                   the host's current batch; 0 while it does not know it yet
//       "batches": {
//         "1": {                          batch number in plain decimal; empty open batches are left out
//           "settled": false,             closed by a settlement (balanced 0510 or end of upload)
//           "entries": [                  in STAN order; only what the host approved or took in by batch upload
//             { "stan": 7,
//               "kind": "sale",           sale | void | refund
//               "amount": 1234,           fen the host approved (field 4 of the answer: less with partial=FEN)
//               "requested": 1234,        fen the terminal asked for (field 4 of the request)
//               "domestic": true,         a UnionPay card (PAN 62…, or 63 = CUP in a batch upload)
//               "reversed": false,        flags as they finally stand: reversed by a 0400,
//               "voided": false,          voided by an approved void (a sale only; reversing the void clears it)
//               "rrn": "000123400001",    37 and 38 of the answer (of the uploaded record for an uploaded entry,
//               "authCode": "123456",     "" when it carried none)
//               "responseCode": "00",     39 of the answer: 00, or 10 for a partial approval
//               "originalBatch": null,    void: batch and STAN of the sale it voided (61); refund: 61 unless it is
//               "originalStan": null,     all zeros; else null
//               "originalRrn": null,      void and refund: 37 of the request; else null
//               "uploaded": false,        true when the host took the entry in through a batch upload (0320 / 201)
//               "chip": false,            field 55 came with the sale and its ARQC verified (--chip)
//               "chipReversal": false,    a chip sale's reversal carried 22 = 05x, 23 and 55
//               "tcUploaded": false,      a 0320 (60.3 = 203 / 205) brought its TC in field 55
//               "scriptAdvised": false }  a 0620 (60.3 = 951) brought its issuer scripts' results
//           ] } } } } }
class HostSimulator : public QObject
{
    Q_OBJECT
public:
    HostSimulator(QString registryPath, QList<Fault> cliFaults, QObject *parent = nullptr);
    Status listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    // Where to keep the ledger as JSON (see above); writes it at once. Empty: no file.
    void setLedgerFile(const QString &path);
    // Chip sales are checked and answered as the card's issuer would (without: field 55 is ignored, no ARPC).
    void setChipIssuer(ChipIssuer issuer) { m_chip = std::move(issuer); }

    // Answers one request frame; empty when the host stays silent. Public for the fuzz-free unit tests.
    QByteArray answer(const QByteArray &wire, QString *logLine);

private:
    struct Entry
    {
        QByteArray kind;      // sale | refund | void
        qint64 amount = 0;    // approved, fen
        qint64 requested = 0; // asked for, fen
        bool domestic = true;
        bool reversed = false;
        bool voided = false;
        QByteArray rrn;
        QByteArray authCode;
        QByteArray responseCode = "00";
        std::optional<int> originalBatch;
        std::optional<int> originalStan;
        QByteArray originalRrn; // empty: none
        bool uploaded = false;
        bool chip = false;          // field 55 came with it and its ARQC verified
        bool pinVerified = false;   // field 52 came with it (22 = 051) and the issuer found the PIN right
        bool chipReversal = false;  // its reversal carried the chip's data (22 = 05x, 23 and 55), as a chip sale's must
        bool tcUploaded = false;    // a 0320 (203 / 205) brought its TC and field 55
        bool scriptAdvised = false; // a 0620 brought its issuer scripts' results
    };
    struct TerminalState
    {
        SecretBytes macKey;
        SecretBytes pinKey; // field 52 is decrypted with it to check the PIN of a card the issuer knows
        int hostBatch = 0;  // 0: not known yet
        QHash<int, QMap<int, Entry>> ledger; // batch → STAN → entry
        QSet<int> settled;                   // closed batches
        QSet<QString> seenStans;             // "batch/stan" of financial requests
    };

    void onConnection();
    void reloadRegistryIfChanged();
    void applyRegistryBatches();
    std::optional<Fault> takeFault(const QString &kind, QByteArrayView mti);
    QByteArray respond(const iso8583::Frame &frame, const iso8583::Message &request, QString *log);
    iso8583::Message replyTo(const iso8583::Message &request, QByteArrayView code);
    QByteArray finishReply(const iso8583::Frame &frame, iso8583::Message reply, bool withMac, const QString &tid,
                           QByteArrayView requestMti);
    QByteArray nextRrn();
    // The IC download (0820 372/382, 0800 370/371/380/381); nullopt when the request is not one of them.
    std::optional<QByteArray> icDownload(const iso8583::Message &request, const QByteArray &networkCode,
                                         const std::function<QByteArray(QByteArrayView, QByteArray)> &reply);
    void closeBatch(TerminalState &state, int batch);
    void note(const QString &line) { m_notes << line; }
    void writeLedger();
    QByteArray ledgerJson() const;

    QString m_registryPath;
    QDateTime m_registryStamp;
    Registry m_registry;
    QList<Fault> m_cliFaults;
    QList<Fault> m_fileFaults;
    QHash<QString, TerminalState> m_terminals;
    QHash<QString, int> m_appliedRegistryBatch; // the registry's batch per TID as last applied
    QTcpServer m_server;
    qint64 m_rrn = 0;
    QString m_ledgerPath;
    bool m_ledgerChanged = false;
    QStringList m_notes; // what the answer to the current request did, for the log
    std::optional<ChipIssuer> m_chip;
};

} // namespace posdesk::hostsim
