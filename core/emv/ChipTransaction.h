#pragma once

#include "card/ChipCardChannel.h"
#include "card/SecureBytes.h"
#include "emv/DataStore.h"
#include "emv/Dol.h"
#include "emv/OfflineAuth.h"
#include "emv/Tags.h"
#include "emv/TerminalConfig.h"
#include "util/Result.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>
#include <vector>

namespace posdesk::emv {

// An application on the card the terminal may use.
struct Candidate
{
    QByteArray aid;
    QString label;
    int priority = 0;               // 1 highest, 0 none
    bool needsConfirmation = false; // bit 8 of the priority indicator: ask the cardholder
};

struct ChipRequest
{
    qint64 amountFen = 0;
    quint8 transactionType = 0x00; // 9C: 00 goods and services, 20 refund, 31 balance
    QDate date;                    // the shop's local date and time of the transaction
    QTime time;
    quint32 sequence = 0; // 9F41, the terminal's trace number
};

enum class CvmOutcome : quint8
{
    NoCvm,     // no verification needed (or none performed)
    OnlinePin, // enter the PIN on the PIN pad; it goes in field 52
    Signature, // the cardholder signs the slip
    Failed,    // no method both sides support: the transaction goes online with "CVM not successful"
};

// What the card said to a GENERATE AC.
enum class CardDecision : quint8
{
    Aac,  // declined
    Tc,   // approved
    Arqc, // go online
};

// The host's part for the card: whether it answered, its ARC (field 39 as two ASCII bytes) and field 55's data.
struct HostReply
{
    bool answered = false;
    QByteArray responseCode; // "00", "51" … (the 8A the card gets)
    QByteArray field55;      // the 0210's field 55 (91, 71, 72), may be empty
};

// Which field 55 tag set (shared/reference/cup-ic.md).
enum class Field55Kind : quint8
{
    Request,          // 0200 / 0100 and the TC upload (0320)
    Reversal,         // 0400 of a chip sale
    ReversalAfterAac, // 0400 after the host approved and the card declined
    ScriptAdvice,     // 0620, 60.3 = 951
};

// One chip (PBOC / UnionPay IC) transaction with a contact card, the terminal's side: application selection,
// processing options, records, offline data authentication, processing restrictions, cardholder verification,
// terminal risk management, terminal action analysis, first and second GENERATE AC and issuer scripts.
// A terminal application for UnionPay chip cards, not a certified EMV kernel. No I/O but the card channel.
class ChipTransaction
{
public:
    ChipTransaction(ChipCardChannel &card, TerminalConfig config, const CaKeyLookup *caKeys);

    // PSE directory if the card has one, else a SELECT of each supported AID. An empty list is an error
    // (no supported application: the card cannot be used by chip).
    Result<std::vector<Candidate>> findApplications();
    Result<void> selectApplication(const Candidate &candidate);
    // GET PROCESSING OPTIONS, READ RECORD, offline data authentication, restrictions and risk management.
    Result<void> initiate(const ChipRequest &request);
    CvmOutcome verifyCardholder();
    // After the PIN pad: true when the cardholder entered a PIN, false when they bypassed it.
    void onlinePinEntered(bool entered);
    Result<CardDecision> firstGenerateAc();
    // Issuer authentication data and scripts to the card, then the second GENERATE AC.
    Result<CardDecision> complete(const HostReply &reply);

    QByteArray field55(Field55Kind kind) const;

    // Card facts for the message and the slip.
    const SecureBytes &pan() const { return m_pan; }
    const SecureBytes &track2Equivalent() const { return m_track2; }
    QString panSequenceNumber() const; // three digits, "001"; empty when the card has none
    QString expiryYyMm() const;
    QString serviceCode() const;
    QString applicationLabel() const;
    QByteArray aid() const;
    QByteArray cryptogram() const { return m_store.copy(tag::Cryptogram); }
    CardDecision lastDecision() const { return m_lastDecision; }
    QByteArray tvr() const { return m_store.copy(tag::Tvr); }
    QByteArray tsi() const { return m_store.copy(tag::Tsi); }
    QByteArray scriptResults() const { return m_scriptResults; }
    bool issuerAuthenticationFailed() const;
    bool pinEntered() const { return m_pinEntered; }
    OdaMethod odaMethod() const { return m_oda; }
    const DataStore &data() const { return m_store; }

private:
    Result<CardResponse> send(QByteArrayView command, const char *step);
    Result<std::vector<Candidate>> readDirectory();
    Result<void> readRecords();
    void authenticateOffline();
    void checkRestrictions(const ChipRequest &request);
    void manageRisk(const ChipRequest &request);
    Result<CardDecision> generateAc(quint8 referenceControl, QByteArrayView dolData);
    void runScripts(quint32 templateTag, QByteArrayView field55);
    void setTvr(int byte, quint8 bit);
    void setTsi(int byte, quint8 bit);

    ChipCardChannel &m_card;
    TerminalConfig m_config;
    const CaKeyLookup *m_caKeys;
    DataStore m_store;
    SecureBytes m_pan;
    SecureBytes m_track2;
    SecureBytes m_staticData; // the records for offline data authentication (they hold the PAN)
    QByteArray m_afl;
    CardDecision m_lastDecision = CardDecision::Aac;
    OdaMethod m_oda = OdaMethod::None;
    QByteArray m_scriptResults;
    bool m_secondAcDone = false;
    bool m_pinEntered = false;
};

} // namespace posdesk::emv
