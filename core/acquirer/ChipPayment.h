#pragma once

#include "acquirer/CupMessages.h"
#include "card/CardData.h"
#include "card/ChipCardChannel.h"
#include "emv/ChipTransaction.h"
#include "storage/Database.h"

#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>

namespace posdesk {

// The chip application's settings for one terminal: its acquirer's downloaded applications (AIDs with their action
// codes and floor limit; UnionPay's list when none were downloaded) and CA public keys.
struct ChipSetup
{
    emv::TerminalConfig config;
    std::shared_ptr<const emv::CaKeyLookup> caKeys;
};
Result<ChipSetup> chipSetupFor(Database &db, const LinkContext &c);

// A chip card in the reader, read for a payment up to its first GENERATE AC, which asked to go online (ARQC).
// The card stays in the reader until the host has answered and the card has given its final word.
class ChipSession
{
public:
    ChipSession(std::shared_ptr<ChipCardChannel> channel, ChipSetup setup);

    // The card's applications; more than one is the cardholder's choice (`choose` gets them, returns the index).
    using Chooser = std::function<int(const std::vector<emv::Candidate> &)>;
    // Selection, processing options, records, offline authentication, restrictions, risk management and the
    // choice of cardholder verification. OnlinePin: the caller asks the PIN pad, then calls askToGoOnline().
    Result<emv::CvmOutcome> readToVerification(qint64 amountFen, const QDateTime &shopTime, quint32 sequence,
                                               const Chooser &choose);
    // The first GENERATE AC, after the PIN pad when the card asked for a PIN (pinEntered: entered or bypassed).
    // A card that declines offline (AAC) is an Error::declined: no money moved.
    Status askToGoOnline(std::optional<bool> pinEntered);
    // Whether the card wanted a PIN that this till, without a PIN pad, cannot take.
    bool pinNeededWithoutPad() const;

    emv::ChipTransaction &card() { return *m_tx; }
    const emv::ChipTransaction &card() const { return *m_tx; }
    // The PAN, track 2 equivalent, expiry and service code for fields 2, 14 and 35.
    CardData cardData() const;
    // The amount the card signed (9F02), in fen; -1 when the card was not read.
    qint64 amountSigned() const;

private:
    std::shared_ptr<ChipCardChannel> m_channel;
    ChipSetup m_setup;
    std::unique_ptr<emv::ChipTransaction> m_tx;
    bool m_read = false;
};

} // namespace posdesk
