#include "emv/ChipTransaction.h"

#include "emv/Tags.h"
#include "emv/Tlv.h"

#include <QCoreApplication>

#include <openssl/rand.h>

#include <algorithm>

namespace posdesk::emv {

namespace {

QByteArray command(quint8 cla, quint8 ins, quint8 p1, quint8 p2, QByteArrayView data = {}, bool withLe = true)
{
    QByteArray apdu;
    apdu.append(char(cla)).append(char(ins)).append(char(p1)).append(char(p2));
    if (!data.isEmpty()) {
        apdu.append(char(data.size()));
        apdu.append(data);
    }
    if (withLe)
        apdu.append('\0');
    return apdu;
}

const QByteArray PseName = QByteArrayLiteral("1PAY.SYS.DDF01");

QByteArray bcd(quint64 value, int bytes)
{
    QByteArray out(bytes, '\0');
    for (int i = bytes - 1; i >= 0; --i) {
        const int low = int(value % 10);
        value /= 10;
        const int high = int(value % 10);
        value /= 10;
        out[i] = char((high << 4) | low);
    }
    return out;
}

QByteArray bcdDate(QDate date)
{
    return bcd(quint64(date.year() % 100) * 10000 + date.month() * 100 + date.day(), 3);
}

// YYMMDD in BCD → date (20YY); null when malformed.
QDate dateFromBcd(QByteArrayView yymmdd)
{
    if (yymmdd.size() != 3)
        return {};
    const QByteArray digits = yymmdd.toByteArray().toHex();
    bool ok = false;
    const int value = digits.toInt(&ok);
    if (!ok)
        return {};
    return QDate(2000 + value / 10000, (value / 100) % 100, value % 100);
}

// BCD digits of a compressed numeric (cn) or track, F pad dropped, D as '='.
SecureBytes digitsOf(QByteArrayView bcdBytes, bool track)
{
    SecureBytes out;
    static const char hex[] = "0123456789ABCDEF";
    for (const char c : bcdBytes) {
        for (const int nibble : {(quint8(c) >> 4) & 0xF, quint8(c) & 0xF}) {
            if (nibble == 0xF)
                return out;
            const char digit = track && nibble == 0xD ? '=' : hex[nibble];
            out.append(QByteArrayView(&digit, 1));
        }
    }
    return out;
}

bool approvedCode(QByteArrayView code)
{
    return code == "00" || code == "10" || code == "11";
}

quint32 be(QByteArrayView bytes)
{
    quint32 v = 0;
    for (const char c : bytes)
        v = (v << 8) | quint8(c);
    return v;
}

} // namespace

std::vector<SupportedAid> TerminalConfig::unionPayAids()
{
    const QByteArray version = QByteArray::fromHex("0030");
    return {
        {QByteArray::fromHex("A000000333010101"), true, version}, // debit
        {QByteArray::fromHex("A000000333010102"), true, version}, // credit
        {QByteArray::fromHex("A000000333010103"), true, version}, // quasi-credit
        {QByteArray::fromHex("A000000333010106"), true, version}, // e-cash
    };
}

ChipTransaction::ChipTransaction(ChipCardChannel &card, TerminalConfig config, const CaKeyLookup *caKeys)
    : m_card(card), m_config(std::move(config)), m_caKeys(caKeys)
{
    m_store.set(tag::Tvr, QByteArray(5, '\0'));
    m_store.set(tag::Tsi, QByteArray(2, '\0'));
}

void ChipTransaction::setTvr(int byte, quint8 bit)
{
    QByteArray tvr = m_store.copy(tag::Tvr);
    tvr[byte - 1] = char(quint8(tvr[byte - 1]) | bit);
    m_store.set(tag::Tvr, tvr);
}

void ChipTransaction::setTsi(int byte, quint8 bit)
{
    QByteArray tsi = m_store.copy(tag::Tsi);
    tsi[byte - 1] = char(quint8(tsi[byte - 1]) | bit);
    m_store.set(tag::Tsi, tsi);
}

Result<CardResponse> ChipTransaction::send(QByteArrayView apdu, const char *step)
{
    auto response = m_card.transmit(apdu);
    if (!response)
        return Error(response.error().kind, response.error().message,
                     QLatin1String(step) + QStringLiteral(": ") + response.error().detail);
    return response;
}

Result<std::vector<Candidate>> ChipTransaction::findApplications()
{
    const auto supported = [&](QByteArrayView aid) -> const SupportedAid * {
        for (const SupportedAid &s : m_config.aids)
            if (aid == s.aid || (s.partialMatch && aid.startsWith(s.aid)))
                return &s;
        return nullptr;
    };
    std::vector<Candidate> candidates;
    auto pse = send(command(0x00, 0xA4, 0x04, 0x00, PseName), "SELECT PSE");
    if (!pse)
        return pse.error();
    if (pse->sw == 0x6A81)
        return Error::declined(QCoreApplication::translate("posdesk::emv::ChipTransaction",
                                                           "The card is blocked. Ask the customer for another card."),
                               QStringLiteral("SELECT PSE: 6A81"));
    if (pse->isSuccess()) {
        auto directory = readDirectory();
        if (!directory)
            return directory.error();
        for (Candidate &c : *directory)
            if (supported(c.aid))
                candidates.push_back(std::move(c));
    }
    if (candidates.empty()) {
        // List of AIDs (Book 1, 12.3.3): select each one the terminal supports, following partial matches.
        for (const SupportedAid &s : m_config.aids) {
            quint8 p2 = 0x00; // first occurrence, then 02 = next
            for (int guard = 0; guard < 8; ++guard, p2 = 0x02) {
                auto r = send(command(0x00, 0xA4, 0x04, p2, s.aid), "SELECT AID");
                if (!r)
                    return r.error();
                if (!r->isSuccess())
                    break;
                auto fci = TlvParser::parseSingle(r->data.view());
                if (!fci || fci->tag != tag::Fci)
                    break;
                const Tlv *name = fci->find(tag::DfName);
                if (name && supported(name->value)) {
                    Candidate c;
                    c.aid = name->value;
                    if (const Tlv *label = fci->find(tag::AppLabel))
                        c.label = QString::fromLatin1(label->value);
                    if (const Tlv *priority = fci->find(tag::Priority); priority && priority->value.size() == 1) {
                        c.priority = quint8(priority->value[0]) & 0x0F;
                        c.needsConfirmation = quint8(priority->value[0]) & 0x80;
                    }
                    if (std::none_of(candidates.begin(), candidates.end(),
                                     [&](const Candidate &known) { return known.aid == c.aid; }))
                        candidates.push_back(std::move(c));
                }
                if (!s.partialMatch || (name && name->value == s.aid))
                    break;
            }
        }
    }
    if (candidates.empty())
        return Error::refused(
            QCoreApplication::translate("posdesk::emv::ChipTransaction",
                                        "This card has no UnionPay chip application this till accepts. "
                                        "Swipe the card instead, or ask for another card."),
            QStringLiteral("no matching AID"));
    // Priority 1 first; no priority last; the card's order otherwise.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return (a.priority == 0 ? 16 : a.priority) < (b.priority == 0 ? 16 : b.priority);
    });
    return candidates;
}

Result<std::vector<Candidate>> ChipTransaction::readDirectory()
{
    // The PSE's FCI names the directory's SFI (88); read its records until 6A83.
    std::vector<Candidate> found;
    for (quint8 record = 1; record <= 16; ++record) {
        auto r = send(command(0x00, 0xB2, record, quint8((1 << 3) | 4)), "READ RECORD (directory)");
        if (!r)
            return r.error();
        if (r->sw == 0x6A83 || r->sw == 0x6A82)
            break;
        if (!r->isSuccess())
            break;
        auto parsed = TlvParser::parseSingle(r->data.view());
        if (!parsed)
            return parsed.error();
        if (parsed->tag != tag::Record)
            return Error::corrupt(
                QCoreApplication::translate("posdesk::emv::ChipTransaction",
                                            "The chip card's data is malformed; remove the card and try again."),
                QStringLiteral("directory record is not a 70 template"));
        for (const Tlv &entry : parsed->children) {
            if (entry.tag != tag::DirectoryEntry)
                continue;
            const Tlv *aid = entry.find(tag::Aid);
            if (!aid || aid->value.size() < 5 || aid->value.size() > 16)
                continue;
            Candidate c;
            c.aid = aid->value;
            if (const Tlv *label = entry.find(tag::AppLabel))
                c.label = QString::fromLatin1(label->value);
            if (const Tlv *priority = entry.find(tag::Priority); priority && priority->value.size() == 1) {
                c.priority = quint8(priority->value[0]) & 0x0F;
                c.needsConfirmation = quint8(priority->value[0]) & 0x80;
            }
            found.push_back(std::move(c));
        }
    }
    return found;
}

Result<void> ChipTransaction::selectApplication(const Candidate &candidate)
{
    auto r = send(command(0x00, 0xA4, 0x04, 0x00, candidate.aid), "SELECT application");
    if (!r)
        return r.error();
    if (r->sw == 0x6283)
        return Error::declined(
            QCoreApplication::translate("posdesk::emv::ChipTransaction",
                                        "This application on the card is blocked. Ask the customer for another card."),
            QStringLiteral("SELECT: 6283"));
    if (!r->isSuccess())
        return Error::refused(
            QCoreApplication::translate("posdesk::emv::ChipTransaction",
                                        "The card refused the application. Remove the card and try again."),
            QStringLiteral("SELECT: %1").arg(r->sw, 4, 16, QLatin1Char('0')));
    auto fci = TlvParser::parseSingle(r->data.view());
    if (!fci)
        return fci.error();
    const Tlv *name = fci->find(tag::DfName);
    if (fci->tag != tag::Fci || !name || !name->value.startsWith(candidate.aid.left(5)))
        return Error::corrupt(
            QCoreApplication::translate("posdesk::emv::ChipTransaction",
                                        "The chip card's data is malformed; remove the card and try again."),
            QStringLiteral("FCI without the selected DF name"));
    m_store.set(tag::DfName, name->value);
    for (const quint32 t : {tag::AppLabel, tag::Priority, tag::Pdol, tag::LanguagePref, tag::PreferredName})
        if (const Tlv *found = fci->find(t))
            m_store.set(t, found->value);
    for (const SupportedAid &s : m_config.aids)
        if (name->value.startsWith(s.aid))
            m_store.set(tag::TerminalAppVersion, s.appVersion);
    return {};
}

Result<void> ChipTransaction::initiate(const ChipRequest &request)
{
    if (request.amountFen < 0 || request.amountFen > 999999999999LL || !request.date.isValid())
        return Error::usage(QCoreApplication::translate("posdesk::emv::ChipTransaction",
                                                        "The amount or date for the chip card is out of range."));
    quint8 unpredictable[4];
    if (RAND_bytes(unpredictable, sizeof unpredictable) != 1)
        return Error::environment(QCoreApplication::translate("posdesk::emv::ChipTransaction",
                                                              "The system's random number generator failed."));
    m_store.set(tag::AmountAuthorised, bcd(quint64(request.amountFen), 6));
    m_store.set(tag::AmountOther, QByteArray(6, '\0'));
    m_store.set(tag::TerminalCountry, m_config.terminalCountry);
    m_store.set(tag::TxnCurrency, m_config.currency);
    m_store.set(tag::TxnDate, bcdDate(request.date));
    const QTime time = request.time.isValid() ? request.time : QTime(0, 0);
    m_store.set(tag::TxnTime, bcd(quint64(time.hour()) * 10000 + time.minute() * 100 + time.second(), 3));
    m_store.set(tag::TxnType, QByteArray(1, char(request.transactionType)));
    m_store.set(tag::UnpredictableNumber, QByteArrayView(reinterpret_cast<char *>(unpredictable), 4));
    m_store.set(tag::TerminalCapabilities, m_config.capabilities);
    m_store.set(tag::TerminalType, QByteArray(1, char(m_config.terminalType)));
    m_store.set(tag::AdditionalCapabilities, m_config.additionalCapabilities);
    m_store.set(tag::IfdSerial, m_config.ifdSerial.leftJustified(8, ' ', true));
    m_store.set(tag::TxnSequenceCounter, bcd(request.sequence % 100000000u, 4));
    if (!m_store.has(tag::TerminalAppVersion))
        m_store.set(tag::TerminalAppVersion, QByteArray::fromHex("0030"));

    // GET PROCESSING OPTIONS with the card's PDOL.
    QByteArray pdolData;
    if (m_store.has(tag::Pdol)) {
        auto pdol = parseDol(m_store.value(tag::Pdol));
        if (!pdol)
            return pdol.error();
        pdolData = buildDolData(*pdol, m_store);
    }
    auto r = send(command(0x80, 0xA8, 0x00, 0x00, encodeTlv(tag::CommandTemplate, pdolData)), "GET PROCESSING OPTIONS");
    if (!r)
        return r.error();
    if (r->sw == 0x6985)
        return Error::refused(
            QCoreApplication::translate("posdesk::emv::ChipTransaction",
                                        "The card does not allow this transaction here. Ask for another card."),
            QStringLiteral("GPO: 6985"));
    if (!r->isSuccess())
        return Error::refused(
            QCoreApplication::translate("posdesk::emv::ChipTransaction",
                                        "The card refused to start the transaction. Remove the card and try again."),
            QStringLiteral("GPO: %1").arg(r->sw, 4, 16, QLatin1Char('0')));
    auto gpo = TlvParser::parseSingle(r->data.view());
    if (!gpo)
        return gpo.error();
    QByteArray aip, afl;
    if (gpo->tag == tag::ResponseFormat1 && gpo->value.size() >= 6 && (gpo->value.size() - 2) % 4 == 0) {
        aip = gpo->value.left(2);
        afl = gpo->value.mid(2);
    } else if (gpo->tag == tag::ResponseFormat2 && gpo->find(tag::Aip) && gpo->find(tag::Afl)) {
        aip = gpo->find(tag::Aip)->value;
        afl = gpo->find(tag::Afl)->value;
    }
    if (aip.size() != 2 || afl.isEmpty() || afl.size() % 4 != 0)
        return Error::corrupt(
            QCoreApplication::translate("posdesk::emv::ChipTransaction",
                                        "The chip card's data is malformed; remove the card and try again."),
            QStringLiteral("GPO answer without AIP/AFL"));
    m_store.set(tag::Aip, aip);
    m_afl = afl;
    if (auto read = readRecords(); !read)
        return read;
    authenticateOffline();
    checkRestrictions(request);
    manageRisk(request);
    return {};
}

Result<void> ChipTransaction::readRecords()
{
    const auto malformed = [](const QString &detail) {
        return Error::corrupt(
            QCoreApplication::translate("posdesk::emv::ChipTransaction",
                                        "The chip card's data is malformed; remove the card and try again."),
            detail);
    };
    for (qsizetype i = 0; i < m_afl.size(); i += 4) {
        const quint8 sfi = quint8(m_afl[i]) >> 3;
        const quint8 first = quint8(m_afl[i + 1]), last = quint8(m_afl[i + 2]), forOda = quint8(m_afl[i + 3]);
        if (sfi == 0 || sfi > 30 || first == 0 || last < first || forOda > last - first + 1)
            return malformed(QStringLiteral("AFL entry %1 invalid").arg(i / 4));
        for (quint8 record = first; record <= last; ++record) {
            auto r = send(command(0x00, 0xB2, record, quint8((sfi << 3) | 4)), "READ RECORD");
            if (!r)
                return r.error();
            if (!r->isSuccess())
                return malformed(QStringLiteral("READ RECORD %1/%2: %3").arg(sfi).arg(record).arg(r->sw, 4, 16));
            auto parsed = TlvParser::parseSingle(r->data.view());
            if (!parsed)
                return parsed.error();
            if (sfi <= 10 && parsed->tag != tag::Record)
                return malformed(QStringLiteral("record %1/%2 is not a 70 template").arg(sfi).arg(record));
            if (record - first < forOda) {
                // Static data to authenticate: the template's value for SFI 1..10, the whole record above.
                if (sfi <= 10)
                    m_staticData.append(parsed->value);
                else
                    m_staticData.append(r->data.view());
            }
            for (Tlv &object : parsed->children) {
                if (m_store.has(object.tag) && object.tag != tag::Record)
                    return malformed(QStringLiteral("tag %1 given twice").arg(tagName(object.tag)));
                m_store.set(object.tag, object.value);
                SecureBytes::wipe(object.value);
            }
            SecureBytes::wipe(parsed->value);
        }
    }
    for (const quint32 mandatory : {tag::Expiry, tag::Pan, tag::Cdol1, tag::Cdol2})
        if (!m_store.has(mandatory))
            return malformed(QStringLiteral("mandatory tag %1 missing").arg(tagName(mandatory)));
    m_pan = digitsOf(m_store.value(tag::Pan), false);
    if (m_store.has(tag::Track2Equivalent))
        m_track2 = digitsOf(m_store.value(tag::Track2Equivalent), true);
    if (m_pan.size() < 12 || m_pan.size() > 19)
        return malformed(QStringLiteral("PAN of %1 digits").arg(m_pan.size()));
    return {};
}

void ChipTransaction::authenticateOffline()
{
    const quint8 aip = quint8(m_store.value(tag::Aip)[0]);
    const quint8 terminal = quint8(m_config.capabilities[2]);
    if ((aip & 0x20) && (terminal & 0x40)) {
        m_oda = OdaMethod::Dda;
    } else if ((aip & 0x40) && (terminal & 0x80)) {
        m_oda = OdaMethod::Sda;
    } else {
        setTvr(1, 0x80); // offline data authentication was not performed
        return;
    }
    setTsi(1, 0x80);
    const quint8 failBit = m_oda == OdaMethod::Dda ? 0x08 : 0x40;
    const QByteArrayView index = m_store.value(tag::CaKeyIndex);
    std::optional<CaPublicKey> ca;
    if (m_caKeys && index.size() == 1)
        ca = m_caKeys->find(m_store.value(tag::DfName).first(5), quint8(index[0]));
    const bool certificatesPresent =
        m_store.has(tag::IssuerCert) && m_store.has(tag::IssuerExponent) &&
        (m_oda == OdaMethod::Sda ? m_store.has(tag::SignedStatic)
                                 : m_store.has(tag::IccCert) && m_store.has(tag::IccExponent));
    if (!certificatesPresent)
        setTvr(1, 0x20); // ICC data missing
    if (!ca || !certificatesPresent) {
        setTvr(1, failBit);
        return;
    }
    // The static data: the records the AFL named, then the AIP when the SDA tag list asks for exactly that.
    SecureBytes staticData = m_staticData.clone();
    if (m_store.has(tag::SdaTagList)) {
        if (m_store.value(tag::SdaTagList) != QByteArrayView("\x82", 1)) {
            setTvr(1, failBit);
            return;
        }
        staticData.append(m_store.value(tag::Aip));
    }
    OdaCardData card;
    card.issuerCertificate = m_store.value(tag::IssuerCert);
    card.issuerRemainder = m_store.value(tag::IssuerRemainder);
    card.issuerExponent = m_store.value(tag::IssuerExponent);
    card.iccCertificate = m_store.value(tag::IccCert);
    card.iccRemainder = m_store.value(tag::IccRemainder);
    card.iccExponent = m_store.value(tag::IccExponent);
    card.panDigits = m_pan.view();
    card.staticData = staticData.view();
    const QDate today = dateFromBcd(m_store.value(tag::TxnDate));
    auto issuer = recoverIssuerKey(*ca, card, today);
    if (!issuer) {
        setTvr(1, failBit);
        return;
    }
    if (m_oda == OdaMethod::Sda) {
        if (!verifySignedStaticData(*issuer, m_store.value(tag::SignedStatic), staticData.view()))
            setTvr(1, failBit);
        return;
    }
    auto icc = recoverIccKey(*issuer, card, today);
    if (!icc) {
        setTvr(1, failBit);
        return;
    }
    // INTERNAL AUTHENTICATE with the card's DDOL (or the default: the unpredictable number).
    auto ddol = parseDol(m_store.has(tag::Ddol) ? m_store.value(tag::Ddol) : QByteArrayView("\x9F\x37\x04", 3));
    if (!ddol ||
        std::none_of(ddol->begin(), ddol->end(), [](const DolEntry &e) { return e.tag == tag::UnpredictableNumber; })) {
        setTvr(1, failBit);
        return;
    }
    const QByteArray ddolData = buildDolData(*ddol, m_store);
    auto r = send(command(0x00, 0x88, 0x00, 0x00, ddolData), "INTERNAL AUTHENTICATE");
    if (!r || !r->isSuccess()) {
        setTvr(1, failBit);
        return;
    }
    auto answer = TlvParser::parseSingle(r->data.view());
    QByteArray signature;
    if (answer && answer->tag == tag::ResponseFormat1)
        signature = answer->value;
    else if (answer && answer->tag == tag::ResponseFormat2 && answer->find(tag::SignedDynamic))
        signature = answer->find(tag::SignedDynamic)->value;
    if (signature.isEmpty() || !verifySignedDynamicData(*icc, signature, ddolData))
        setTvr(1, failBit);
    else
        m_store.set(tag::SignedDynamic, signature);
}

void ChipTransaction::checkRestrictions(const ChipRequest &request)
{
    const QByteArrayView cardVersion = m_store.value(tag::CardAppVersion);
    if (!cardVersion.isEmpty() && cardVersion != m_store.value(tag::TerminalAppVersion))
        setTvr(2, 0x80);
    const QDate expiry = dateFromBcd(m_store.value(tag::Expiry));
    if (!expiry.isValid() || expiry < request.date)
        setTvr(2, 0x40);
    if (m_store.has(tag::Effective)) {
        const QDate effective = dateFromBcd(m_store.value(tag::Effective));
        if (!effective.isValid() || effective > request.date)
            setTvr(2, 0x20);
    }
    const QByteArrayView auc = m_store.value(tag::Auc);
    if (auc.size() == 2) {
        const quint8 usage = quint8(auc[0]);
        const bool domestic = m_store.value(tag::IssuerCountry) == QByteArrayView(m_config.terminalCountry);
        bool allowed = usage & 0x01; // valid at terminals other than ATMs
        if (request.transactionType == 0x00)
            allowed = allowed && (domestic ? (usage & 0x28) : (usage & 0x14)); // goods or services
        if (!allowed)
            setTvr(2, 0x10);
    }
}

void ChipTransaction::manageRisk(const ChipRequest &request)
{
    setTsi(1, 0x08);
    if (request.amountFen >= m_config.floorLimitFen)
        setTvr(4, 0x80);
    // Velocity checking when the card gives its consecutive offline limits.
    const QByteArrayView lower = m_store.value(tag::LowerOfflineLimit);
    const QByteArrayView upper = m_store.value(tag::UpperOfflineLimit);
    if (lower.size() != 1 || upper.size() != 1)
        return;
    const auto getData = [&](quint32 t) -> std::optional<quint32> {
        auto r = send(command(0x80, 0xCA, quint8(t >> 8), quint8(t & 0xFF)), "GET DATA");
        if (!r || !r->isSuccess())
            return std::nullopt;
        auto parsed = TlvParser::parseSingle(r->data.view());
        if (!parsed || parsed->tag != t || parsed->value.size() != 2)
            return std::nullopt;
        return be(parsed->value);
    };
    const auto atc = getData(tag::Atc);
    const auto lastOnline = getData(tag::LastOnlineAtc);
    if (!atc || !lastOnline) {
        setTvr(4, 0x40);
        setTvr(4, 0x20);
        setTvr(1, 0x20);
        return;
    }
    if (*lastOnline == 0)
        setTvr(2, 0x08); // new card
    const quint32 sinceOnline = *atc > *lastOnline ? *atc - *lastOnline : 0;
    if (sinceOnline > quint8(lower[0]))
        setTvr(4, 0x40);
    if (sinceOnline > quint8(upper[0]))
        setTvr(4, 0x20);
}

CvmOutcome ChipTransaction::verifyCardholder()
{
    const auto result = [&](quint8 code, quint8 condition, quint8 outcome) {
        m_store.set(tag::CvmResults, QByteArray().append(char(code)).append(char(condition)).append(char(outcome)));
    };
    const quint8 aip = quint8(m_store.value(tag::Aip)[0]);
    if (!(aip & 0x10)) {
        result(0x3F, 0x00, 0x00);
        return CvmOutcome::NoCvm;
    }
    setTsi(1, 0x40);
    const QByteArrayView list = m_store.value(tag::CvmList);
    if (list.size() < 10 || list.size() % 2 != 0) {
        setTvr(1, 0x20); // ICC data missing
        result(0x3F, 0x00, 0x00);
        return CvmOutcome::NoCvm;
    }
    const quint32 amountX = be(list.first(4)), amountY = be(list.sliced(4, 4));
    const quint8 capabilities = quint8(m_config.capabilities[1]);
    const bool sameCurrency = m_store.value(tag::AppCurrency) == QByteArrayView(m_config.currency);
    const qint64 amount = QByteArray(m_store.value(tag::AmountAuthorised).toByteArray().toHex()).toLongLong();
    const auto supported = [&](quint8 method) {
        switch (method) {
        case 0x02:
            return (capabilities & 0x40) != 0 && m_config.pinPadAvailable;
        case 0x1E:
            return (capabilities & 0x20) != 0;
        case 0x1F:
            return (capabilities & 0x08) != 0;
        default:
            return false;
        }
    };
    for (qsizetype i = 8; i + 1 < list.size(); i += 2) {
        const quint8 code = quint8(list[i]), condition = quint8(list[i + 1]);
        const quint8 method = code & 0x3F;
        const bool next = code & 0x40;
        bool applies = false;
        switch (condition) {
        case 0x00:
            applies = true;
            break;
        case 0x02: // not unattended cash, not manual cash, not cashback: a purchase or refund here
            applies = true;
            break;
        case 0x03:
            applies = supported(method);
            break;
        case 0x06:
            applies = sameCurrency && amount < amountX;
            break;
        case 0x07:
            applies = sameCurrency && amount > amountX;
            break;
        case 0x08:
            applies = sameCurrency && amount < amountY;
            break;
        case 0x09:
            applies = sameCurrency && amount > amountY;
            break;
        default: // unattended cash, manual cash, cashback, unknown: not this transaction
            applies = false;
        }
        if (!applies)
            continue;
        if (method == 0x00) { // fail CVM processing
            setTvr(3, 0x80);
            result(code, condition, 0x01);
            return CvmOutcome::Failed;
        }
        const bool known = method == 0x01 || method == 0x02 || method == 0x03 || method == 0x04 || method == 0x05 ||
                           method == 0x1E || method == 0x1F;
        if (!known)
            setTvr(3, 0x40); // unrecognised CVM
        if (known && supported(method)) {
            if (method == 0x02) {
                result(code, condition, 0x00);
                return CvmOutcome::OnlinePin;
            }
            if (method == 0x1E) {
                result(code, condition, 0x00);
                return CvmOutcome::Signature;
            }
            result(code, condition, 0x02);
            return CvmOutcome::NoCvm;
        }
        if (method == 0x02 && !m_config.pinPadAvailable)
            setTvr(3, 0x10); // PIN pad not present
        if (!next)
            break;
    }
    setTvr(3, 0x80); // cardholder verification was not successful
    result(0x3F, 0x00, 0x01);
    return CvmOutcome::Failed;
}

void ChipTransaction::onlinePinEntered(bool entered)
{
    m_pinEntered = entered;
    if (entered) {
        setTvr(3, 0x04);
    } else {
        setTvr(3, 0x08);
        setTvr(3, 0x80);
        QByteArray cvm = m_store.copy(tag::CvmResults);
        if (cvm.size() == 3)
            cvm[2] = char(0x01);
        m_store.set(tag::CvmResults, cvm);
    }
}

Result<CardDecision> ChipTransaction::generateAc(quint8 referenceControl, QByteArrayView dolData)
{
    auto r = send(command(0x80, 0xAE, referenceControl, 0x00, dolData), "GENERATE AC");
    if (!r)
        return r.error();
    const auto malformed = [](const QString &detail) {
        return Error::corrupt(
            QCoreApplication::translate("posdesk::emv::ChipTransaction",
                                        "The chip card's answer is malformed; remove the card and try again."),
            detail);
    };
    if (!r->isSuccess())
        return malformed(QStringLiteral("GENERATE AC: %1").arg(r->sw, 4, 16, QLatin1Char('0')));
    auto answer = TlvParser::parseSingle(r->data.view());
    if (!answer)
        return answer.error();
    QByteArray cid, atc, ac, iad;
    if (answer->tag == tag::ResponseFormat1 && answer->value.size() >= 11) {
        cid = answer->value.left(1);
        atc = answer->value.mid(1, 2);
        ac = answer->value.mid(3, 8);
        iad = answer->value.mid(11);
    } else if (answer->tag == tag::ResponseFormat2) {
        for (const auto &[t, out] :
             {std::pair{tag::Cid, &cid}, {tag::Atc, &atc}, {tag::Cryptogram, &ac}, {tag::Iad, &iad}})
            if (const Tlv *found = answer->find(t))
                *out = found->value;
    }
    if (cid.size() != 1 || atc.size() != 2 || ac.size() != 8)
        return malformed(QStringLiteral("GENERATE AC answer without CID/ATC/AC"));
    m_store.set(tag::Cid, cid);
    m_store.set(tag::Atc, atc);
    m_store.set(tag::Cryptogram, ac);
    if (!iad.isEmpty())
        m_store.set(tag::Iad, iad);
    const quint8 type = quint8(cid[0]) & 0xC0;
    const quint8 asked = referenceControl & 0xC0;
    CardDecision decision = CardDecision::Aac;
    if (type == 0x40)
        decision = CardDecision::Tc;
    else if (type == 0x80)
        decision = CardDecision::Arqc;
    // A card may answer with less than was asked (AAC < ARQC < TC), never more.
    const auto rank = [](quint8 t) {
        return t == 0x40 ? 2 : t == 0x80 ? 1 : 0;
    };
    if (rank(type) > rank(asked))
        return malformed(QStringLiteral("card answered %1 to a request for %2").arg(type, 2, 16).arg(asked, 2, 16));
    m_lastDecision = decision;
    return decision;
}

Result<CardDecision> ChipTransaction::firstGenerateAc()
{
    setTsi(1, 0x20); // card risk management performed
    // Terminal action analysis: a denial code that matches declines here; otherwise this online-only till goes online.
    const QByteArrayView tvr = m_store.value(tag::Tvr);
    const auto matches = [&](QByteArrayView tac, QByteArrayView iac) {
        for (int i = 0; i < 5; ++i) {
            const quint8 code = quint8(tac.size() == 5 ? tac[i] : 0) | quint8(iac.size() == 5 ? iac[i] : 0);
            if (quint8(tvr[i]) & code)
                return true;
        }
        return false;
    };
    const bool deny = matches(m_config.tacDenial, m_store.value(tag::IacDenial));
    auto cdol = parseDol(m_store.value(tag::Cdol1));
    if (!cdol)
        return cdol.error();
    return generateAc(deny ? 0x00 : 0x80, buildDolData(*cdol, m_store));
}

bool ChipTransaction::issuerAuthenticationFailed() const
{
    return quint8(m_store.value(tag::Tvr)[4]) & 0x40;
}

void ChipTransaction::runScripts(quint32 templateTag, QByteArrayView field55)
{
    auto objects = TlvParser::parse(field55);
    if (!objects)
        return;
    for (const Tlv &script : *objects) {
        if (script.tag != templateTag)
            continue;
        setTsi(1, 0x04);
        QByteArray id(4, '\0');
        if (const Tlv *found = script.find(tag::ScriptId); found && found->value.size() == 4)
            id = found->value;
        quint8 outcome = 0x20; // processed successfully
        int sequence = 0;
        for (const Tlv &commandTlv : script.children) {
            if (commandTlv.tag != tag::ScriptCommand)
                continue;
            ++sequence;
            auto r = m_card.transmit(commandTlv.value);
            const quint8 sw1 = r ? quint8(r->sw >> 8) : 0;
            if (!r || (sw1 != 0x90 && sw1 != 0x62 && sw1 != 0x63)) {
                outcome = quint8(0x10 | qMin(sequence, 15)); // failed at this command
                setTvr(5, m_secondAcDone ? 0x10 : 0x20);
                break;
            }
        }
        m_scriptResults.append(char(outcome)).append(id);
    }
}

Result<CardDecision> ChipTransaction::complete(const HostReply &reply)
{
    QByteArray issuerAuth;
    if (reply.answered && !reply.field55.isEmpty()) {
        auto objects = TlvParser::parse(reply.field55);
        if (!objects) {
            setTvr(5, 0x40); // the host's chip data cannot be read: issuer authentication failed
        } else {
            for (const Tlv &o : *objects)
                if (o.tag == tag::IssuerAuthData)
                    issuerAuth = o.value;
        }
    }
    const bool cardWantsIssuerAuth = quint8(m_store.value(tag::Aip)[0]) & 0x04;
    auto cdol2 = parseDol(m_store.value(tag::Cdol2));
    if (!cdol2)
        return cdol2.error();
    const bool inCdol2 =
        std::any_of(cdol2->begin(), cdol2->end(), [](const DolEntry &e) { return e.tag == tag::IssuerAuthData; });
    if (!issuerAuth.isEmpty()) {
        setTsi(1, 0x10);
        m_store.set(tag::IssuerAuthData, issuerAuth);
        if (cardWantsIssuerAuth && !inCdol2) {
            auto r = send(command(0x00, 0x82, 0x00, 0x00, issuerAuth, false), "EXTERNAL AUTHENTICATE");
            if (!r || !r->isSuccess())
                setTvr(5, 0x40);
        }
    } else if (reply.answered && cardWantsIssuerAuth && approvedCode(reply.responseCode)) {
        setTvr(5, 0x40); // the card expected the issuer's authentication data and the host sent none
    }
    if (reply.answered)
        runScripts(tag::ScriptTemplate1, reply.field55);
    // ARC for the card: the host's code, or Z3 ("unable to go online") when nothing came back.
    const QByteArray arc = reply.answered && reply.responseCode.size() == 2 ? reply.responseCode : QByteArray("Z3");
    m_store.set(tag::Arc, arc);
    const bool approve = reply.answered && approvedCode(reply.responseCode);
    auto decision = generateAc(approve ? 0x40 : 0x00, buildDolData(*cdol2, m_store));
    m_secondAcDone = true;
    if (reply.answered)
        runScripts(tag::ScriptTemplate2, reply.field55);
    if (!m_scriptResults.isEmpty())
        m_store.set(tag::ScriptResults, m_scriptResults);
    return decision;
}

QByteArray ChipTransaction::field55(Field55Kind kind) const
{
    static const std::vector<quint32> request = {tag::Cryptogram,
                                                 tag::Cid,
                                                 tag::Iad,
                                                 tag::UnpredictableNumber,
                                                 tag::Atc,
                                                 tag::Tvr,
                                                 tag::TxnDate,
                                                 tag::TxnType,
                                                 tag::AmountAuthorised,
                                                 tag::TxnCurrency,
                                                 tag::Aip,
                                                 tag::TerminalCountry,
                                                 tag::AmountOther,
                                                 tag::TerminalCapabilities,
                                                 tag::CvmResults,
                                                 tag::TerminalType,
                                                 tag::IfdSerial,
                                                 tag::DfName,
                                                 tag::TerminalAppVersion,
                                                 tag::TxnSequenceCounter};
    static const std::vector<quint32> reversal = {tag::Tvr, tag::Iad, tag::IfdSerial, tag::ScriptResults};
    static const std::vector<quint32> reversalAfterAac = {tag::Tvr, tag::Iad, tag::IfdSerial, tag::Atc,
                                                          tag::ScriptResults};
    static const std::vector<quint32> advice = {tag::TerminalCapabilities,
                                                tag::Tvr,
                                                tag::UnpredictableNumber,
                                                tag::IfdSerial,
                                                tag::Iad,
                                                tag::Cryptogram,
                                                tag::Atc,
                                                tag::Aip,
                                                tag::ScriptResults,
                                                tag::TerminalCountry,
                                                tag::TxnDate};
    const std::vector<quint32> &tags = kind == Field55Kind::Request            ? request
                                       : kind == Field55Kind::Reversal         ? reversal
                                       : kind == Field55Kind::ReversalAfterAac ? reversalAfterAac
                                                                               : advice;
    QByteArray out;
    for (const quint32 t : tags) {
        Q_ASSERT(!isCardholderData(t));
        if (m_store.has(t))
            appendTlv(out, t, m_store.value(t));
    }
    return out;
}

QString ChipTransaction::panSequenceNumber() const
{
    const QByteArrayView psn = m_store.value(tag::PanSequence);
    if (psn.size() != 1)
        return {};
    return QString::fromLatin1(psn.toByteArray().toHex()).rightJustified(3, u'0');
}

QString ChipTransaction::expiryYyMm() const
{
    return QString::fromLatin1(m_store.value(tag::Expiry).first(2).toByteArray().toHex());
}

QString ChipTransaction::serviceCode() const
{
    const QByteArrayView code = m_store.value(tag::ServiceCode);
    return code.size() == 2 ? QString::fromLatin1(code.toByteArray().toHex()).right(3) : QString();
}

QString ChipTransaction::applicationLabel() const
{
    if (m_store.has(tag::PreferredName))
        return QString::fromLatin1(m_store.value(tag::PreferredName));
    return QString::fromLatin1(m_store.value(tag::AppLabel));
}

QByteArray ChipTransaction::aid() const
{
    return m_store.copy(tag::DfName);
}

} // namespace posdesk::emv
