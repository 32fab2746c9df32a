#include "acquirer/ChipPayment.h"

#include "storage/IcParameterRepository.h"

#include <QCoreApplication>

namespace posdesk {

Result<ChipSetup> chipSetupFor(Database &db, const LinkContext &c)
{
    IcParameterRepository ic(db);
    auto keys = ic.caKeys(c.acquirer.id);
    if (!keys)
        return keys.error();
    auto aids = ic.aids(c.acquirer.id);
    if (!aids)
        return aids.error();
    ChipSetup setup;
    setup.caKeys = std::make_shared<StoredCaKeys>(*keys);
    // The terminal's serial in 9F1E: its TID, eight characters like the IFD serial a POS prints.
    setup.config.ifdSerial = c.terminal.tid.toLatin1().left(8).leftJustified(8, '0');
    if (!aids->isEmpty()) {
        setup.config.aids.clear();
        for (const AidRecord &a : *aids)
            setup.config.aids.push_back(a.aid);
        // One set of action codes and one floor limit per terminal: the acquirer's first application's (UnionPay
        // hosts send the same for debit and credit).
        const AidRecord &first = aids->front();
        setup.config.tacDefault = first.tacDefault;
        setup.config.tacOnline = first.tacOnline;
        setup.config.tacDenial = first.tacDenial;
        setup.config.floorLimitFen = first.floorLimitFen;
    }
    return setup;
}

ChipSession::ChipSession(std::shared_ptr<ChipCardChannel> channel, ChipSetup setup)
    : m_channel(std::move(channel)), m_setup(std::move(setup)),
      m_tx(std::make_unique<emv::ChipTransaction>(*m_channel, m_setup.config, m_setup.caKeys.get()))
{}

Result<emv::CvmOutcome> ChipSession::readToVerification(qint64 amountFen, const QDateTime &shopTime, quint32 sequence,
                                                        const Chooser &choose)
{
    auto apps = m_tx->findApplications();
    if (!apps)
        return apps.error();
    size_t chosen = 0;
    if (apps->size() > 1 && choose) {
        const int i = choose(*apps);
        if (i < 0 || size_t(i) >= apps->size())
            return Error::usage(
                QCoreApplication::translate("posdesk::ChipSession", "No application of the card was chosen."));
        chosen = size_t(i);
    }
    if (auto s = m_tx->selectApplication((*apps)[chosen]); !s)
        return s.error();
    emv::ChipRequest request;
    request.amountFen = amountFen;
    request.date = shopTime.date();
    request.time = shopTime.time();
    request.sequence = sequence;
    if (auto s = m_tx->initiate(request); !s)
        return s.error();
    return m_tx->verifyCardholder();
}

bool ChipSession::pinNeededWithoutPad() const
{
    // TVR byte 3 bit 5: "PIN entry required and PIN pad not present or not working".
    const QByteArray tvr = m_tx->tvr();
    return !m_setup.config.pinPadAvailable && tvr.size() == 5 && (quint8(tvr[2]) & 0x10) != 0;
}

Status ChipSession::askToGoOnline(std::optional<bool> pinEntered)
{
    if (pinEntered)
        m_tx->onlinePinEntered(*pinEntered);
    auto first = m_tx->firstGenerateAc();
    if (!first)
        return first.error();
    if (*first == emv::CardDecision::Aac)
        return Error::declined(QCoreApplication::translate("posdesk::ChipSession",
                                                           "The card declined the payment itself (it did not ask the "
                                                           "bank). No money moved; ask for another card or cash."));
    if (*first != emv::CardDecision::Arqc)
        // This till approves nothing offline: a card that answers TC to a request for an ARQC is not following the
        // protocol, and its approval is not money the host knows of.
        return Error::corrupt(QCoreApplication::translate("posdesk::ChipSession",
                                                          "The card approved the payment offline, which this till "
                                                          "does not accept. No money moved; ask for another card."),
                              QStringLiteral("first GENERATE AC: TC to an ARQC request"));
    m_read = true;
    return {};
}

CardData ChipSession::cardData() const
{
    return CardData::fromChip(m_tx->pan().view(), m_tx->track2Equivalent().view(), m_tx->expiryYyMm(),
                              m_tx->serviceCode());
}

qint64 ChipSession::amountSigned() const
{
    if (!m_read)
        return -1;
    const QByteArray bcd = m_tx->data().copy(emv::tag::AmountAuthorised);
    bool ok = false;
    const qint64 v = bcd.toHex().toLongLong(&ok);
    return ok ? v : -1;
}

} // namespace posdesk
