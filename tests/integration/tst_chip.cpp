// The chip application end to end through the real pcscd, the vpcd virtual reader and the emulated PBOC cards
// (tests/rig/card): selection, records, offline data authentication with the CA key, cardholder verification, the
// ARQC checked as the issuer checks it, the ARPC and scripts given back to the card, the second GENERATE AC.
#include "PcscTestRig.h"

#include "emv/ChipTransaction.h"
#include "emv/Cryptograms.h"
#include "emv/Tlv.h"
#include "pcsc/PcscCard.h"
#include "pcsc/PcscContext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace posdesk;
using namespace posdesk::emv;

namespace {

QJsonObject readJson(const QString &name)
{
    QFile f(QDir(qEnvironmentVariable("POSDESK_TEST_DATA")).absoluteFilePath(QStringLiteral("../rig/card/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray hexOf(const QJsonValue &v)
{
    return QByteArray::fromHex(v.toString().toLatin1());
}

class TestCaKeys : public CaKeyLookup
{
public:
    TestCaKeys()
    {
        for (const QJsonValue &v : readJson(QStringLiteral("ca-keys.json")).value(QStringLiteral("keys")).toArray()) {
            const QJsonObject o = v.toObject();
            CaPublicKey k;
            k.rid = hexOf(o.value(QStringLiteral("rid")));
            k.index = quint8(hexOf(o.value(QStringLiteral("index")))[0]);
            k.modulus = hexOf(o.value(QStringLiteral("modulus")));
            k.exponent = hexOf(o.value(QStringLiteral("exponent")));
            k.expiry = QDate::fromString(o.value(QStringLiteral("expiry")).toString(), QStringLiteral("yyyyMMdd"));
            m_keys.append(k);
        }
    }
    std::optional<CaPublicKey> find(QByteArrayView rid, quint8 index) const override
    {
        if (m_empty)
            return std::nullopt;
        for (const CaPublicKey &k : m_keys)
            if (k.rid == rid && k.index == index)
                return k;
        return std::nullopt;
    }
    bool m_empty = false;

private:
    QList<CaPublicKey> m_keys;
};

// The issuer of a test card, from cards.json: what the host simulator does with a 0200's field 55.
struct TestIssuer
{
    QByteArray imkAc, imkSmi;

    static TestIssuer forPan(QByteArrayView pan)
    {
        TestIssuer best;
        int bestLength = 0;
        for (const QJsonValue &v : readJson(QStringLiteral("cards.json")).value(QStringLiteral("issuers")).toArray()) {
            const QByteArray prefix = v.toObject().value(QStringLiteral("pan_prefix")).toString().toLatin1();
            if (pan.startsWith(prefix) && prefix.size() > bestLength) {
                bestLength = int(prefix.size());
                best.imkAc = hexOf(v.toObject().value(QStringLiteral("imk_ac")));
                best.imkSmi = hexOf(v.toObject().value(QStringLiteral("imk_smi")));
            }
        }
        return best;
    }
};

QByteArray tagValue(QByteArrayView tlvs, quint32 wanted)
{
    auto objects = TlvParser::parse(tlvs);
    if (objects)
        for (const Tlv &o : *objects)
            if (o.tag == wanted)
                return o.value;
    return {};
}

ChipRequest saleOf(qint64 fen)
{
    ChipRequest r;
    r.amountFen = fen;
    r.date = QDate(2026, 12, 2);
    r.time = QTime(10, 30, 0);
    r.sequence = 42;
    return r;
}

} // namespace

class TestChip : public QObject
{
    Q_OBJECT

    QString m_dir;
    QString m_reader;
    std::shared_ptr<PcscContext> m_context;
    std::unique_ptr<PcscCard> m_card;
    TestCaKeys m_caKeys;

    bool insert(const QString &profile)
    {
        if (!test::runPcscRig({QStringLiteral("insert"), m_dir, profile}))
            return false;
        auto card = PcscCard::connect(m_context, m_reader);
        if (!card) {
            qWarning("%s", qPrintable(card.error().fullText()));
            return false;
        }
        m_card = std::move(*card);
        return true;
    }

    // The host's side for a first GENERATE AC: checks the ARQC like the issuer and answers 91 for `code`.
    QByteArray hostAnswer(const ChipTransaction &tx, const QByteArray &code, bool *verified)
    {
        const QByteArray field55 = tx.field55(Field55Kind::Request);
        const QByteArrayView pan = tx.pan().view();
        const TestIssuer issuer = TestIssuer::forPan(pan);
        const QByteArray psn = tx.panSequenceNumber().right(2).toLatin1();
        auto input = issuer::arqcInput(field55);
        auto udk = issuer::deriveCardKey(issuer.imkAc, pan, psn);
        auto sk = issuer::deriveSessionKey(udk->view(), tagValue(field55, tag::Atc));
        auto arqc = issuer::cryptogram(sk->view(), *input);
        *verified = input.ok() && arqc.ok() && *arqc == tagValue(field55, tag::Cryptogram);
        return encodeTlv(tag::IssuerAuthData, *issuer::arpc(sk->view(), *arqc, code) + code);
    }

private slots:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("POSDESK_TEST_PCSC_DIR");
        QVERIFY2(!m_dir.isEmpty(), "run under ctest: the pcsc fixture starts the rig");
        m_reader = test::readPcscRigEnv(m_dir).value(QStringLiteral("POSDESK_PCSC_READER"));
        QVERIFY2(!m_reader.isEmpty(), "the PC/SC rig is not running");
        auto context = PcscContext::establish();
        QVERIFY2(context.ok(), qPrintable(context.ok() ? QString() : context.error().fullText()));
        m_context = *context;
    }

    void cleanup()
    {
        m_card.reset();
        test::runPcscRig({QStringLiteral("remove"), m_dir});
    }

    // Debit card, online PIN, DDA: the ARQC verifies at the issuer, the ARPC makes the card approve (TC).
    void debitWithPinApprovedByCardAndHost()
    {
        QVERIFY(insert(QStringLiteral("debit-pin")));
        TerminalConfig config;
        config.pinPadAvailable = true;
        ChipTransaction tx(*m_card, config, &m_caKeys);
        auto apps = tx.findApplications();
        QVERIFY2(apps.ok(), qPrintable(apps.ok() ? QString() : apps.error().fullText()));
        QCOMPARE(apps->size(), size_t(1));
        QCOMPARE(apps->front().label, QStringLiteral("PBOC DEBIT"));
        QVERIFY(tx.selectApplication(apps->front()).ok());
        auto started = tx.initiate(saleOf(1234));
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().fullText()));
        QCOMPARE(tx.odaMethod(), OdaMethod::Dda);
        QCOMPARE(quint8(tx.tvr()[0]) & 0xE8, 0); // ODA performed, DDA did not fail, no data missing
        QCOMPARE(tx.aid().toHex().toUpper(), QByteArray("A000000333010101"));
        QCOMPARE(tx.panSequenceNumber(), QStringLiteral("001"));
        QCOMPARE(tx.serviceCode(), QStringLiteral("220"));
        QCOMPARE(tx.verifyCardholder(), CvmOutcome::OnlinePin);
        tx.onlinePinEntered(true);
        QCOMPARE(quint8(tx.tvr()[2]) & 0x04, 0x04);
        auto first = tx.firstGenerateAc();
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().fullText()));
        QCOMPARE(*first, CardDecision::Arqc);
        // Field 55 of the 0200 carries the tag set of cup-ic.md and no cardholder data.
        const QByteArray field55 = tx.field55(Field55Kind::Request);
        for (const quint32 t : {tag::Cryptogram,
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
                                tag::TxnSequenceCounter})
            QVERIFY2(!tagValue(field55, t).isEmpty(), qPrintable(tagName(t)));
        QVERIFY(tagValue(field55, tag::Pan).isEmpty());
        QVERIFY(tagValue(field55, tag::Track2Equivalent).isEmpty());
        QCOMPARE(tagValue(field55, tag::AmountAuthorised).toHex(), QByteArray("000000001234"));
        bool verified = false;
        const QByteArray answer = hostAnswer(tx, "00", &verified);
        QVERIFY2(verified, "the issuer could not verify the card's ARQC from field 55");
        auto second = tx.complete({true, "00", answer});
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().fullText()));
        QCOMPARE(*second, CardDecision::Tc);
        QVERIFY(!tx.issuerAuthenticationFailed());
    }

    // The same card, a spoiled ARPC: issuer authentication fails and the card declines though the host approved.
    void spoiledArpcMakesTheCardDecline()
    {
        QVERIFY(insert(QStringLiteral("debit-pin")));
        TerminalConfig config;
        config.pinPadAvailable = true;
        ChipTransaction tx(*m_card, config, &m_caKeys);
        auto apps = tx.findApplications();
        QVERIFY(apps.ok() && tx.selectApplication(apps->front()).ok() && tx.initiate(saleOf(500)).ok());
        tx.verifyCardholder();
        tx.onlinePinEntered(true);
        QCOMPARE(*tx.firstGenerateAc(), CardDecision::Arqc);
        bool verified = false;
        QByteArray answer = hostAnswer(tx, "00", &verified);
        answer[3] = char(answer[3] ^ 0x01);
        auto second = tx.complete({true, "00", answer});
        QVERIFY(second.ok());
        QCOMPARE(*second, CardDecision::Aac);
        // The reversal after an AAC carries its own tag set, with the ATC.
        const QByteArray reversal = tx.field55(Field55Kind::ReversalAfterAac);
        QVERIFY(!tagValue(reversal, tag::Atc).isEmpty());
        QVERIFY(!tagValue(reversal, tag::Tvr).isEmpty());
    }

    void cardThatDeclinesAtTheSecondGenerateAc()
    {
        QVERIFY(insert(QStringLiteral("decline-2nd-ac")));
        TerminalConfig config;
        config.pinPadAvailable = true;
        ChipTransaction tx(*m_card, config, &m_caKeys);
        auto apps = tx.findApplications();
        QVERIFY(apps.ok() && tx.selectApplication(apps->front()).ok() && tx.initiate(saleOf(800)).ok());
        tx.verifyCardholder();
        tx.onlinePinEntered(true);
        QCOMPARE(*tx.firstGenerateAc(), CardDecision::Arqc);
        bool verified = false;
        const QByteArray answer = hostAnswer(tx, "00", &verified);
        QVERIFY(verified);
        QCOMPARE(*tx.complete({true, "00", answer}), CardDecision::Aac);
    }

    // Credit card without PIN, SDA: no CVM needed; a host decline (51) makes the card decline too.
    void creditWithoutPinAndSda()
    {
        QVERIFY(insert(QStringLiteral("credit-nopin")));
        ChipTransaction tx(*m_card, TerminalConfig(), &m_caKeys);
        auto apps = tx.findApplications();
        QVERIFY(apps.ok());
        QCOMPARE(apps->front().aid.toHex().toUpper(), QByteArray("A000000333010102"));
        QVERIFY(tx.selectApplication(apps->front()).ok());
        QVERIFY(tx.initiate(saleOf(9900)).ok());
        QCOMPARE(tx.odaMethod(), OdaMethod::Sda);
        QCOMPARE(quint8(tx.tvr()[0]) & 0xE8, 0);
        QCOMPARE(tx.verifyCardholder(), CvmOutcome::NoCvm);
        QCOMPARE(tx.data().value(tag::CvmResults).toByteArray().toHex(), QByteArray("1f0002"));
        QCOMPARE(*tx.firstGenerateAc(), CardDecision::Arqc);
        bool verified = false;
        const QByteArray answer = hostAnswer(tx, "51", &verified);
        QVERIFY(verified);
        QCOMPARE(*tx.complete({true, "51", answer}), CardDecision::Aac);
    }

    // A bad signature: DDA fails and says so in the TVR; the transaction still goes online for the issuer to judge.
    void badDynamicSignatureIsRecorded()
    {
        QVERIFY(insert(QStringLiteral("bad-dda")));
        TerminalConfig config;
        config.pinPadAvailable = true;
        ChipTransaction tx(*m_card, config, &m_caKeys);
        auto apps = tx.findApplications();
        QVERIFY(apps.ok() && tx.selectApplication(apps->front()).ok() && tx.initiate(saleOf(100)).ok());
        QCOMPARE(quint8(tx.tvr()[0]) & 0x08, 0x08);
    }

    // Without the CA key (no IC download yet) the DDA fails the same way; nothing crashes or guesses.
    void missingCaKeyFailsOfflineAuthentication()
    {
        QVERIFY(insert(QStringLiteral("debit-pin")));
        TestCaKeys none;
        none.m_empty = true;
        ChipTransaction tx(*m_card, TerminalConfig(), &none);
        auto apps = tx.findApplications();
        QVERIFY(apps.ok() && tx.selectApplication(apps->front()).ok() && tx.initiate(saleOf(100)).ok());
        QCOMPARE(quint8(tx.tvr()[0]) & 0x08, 0x08);
        // And without a PIN pad, a card that wants an online PIN cannot be verified.
        QCOMPARE(tx.verifyCardholder(), CvmOutcome::Failed);
        QCOMPARE(quint8(tx.tvr()[2]) & 0x90, 0x90);
    }

    void twoApplicationsOfferAChoice()
    {
        QVERIFY(insert(QStringLiteral("two-apps")));
        ChipTransaction tx(*m_card, TerminalConfig(), &m_caKeys);
        auto apps = tx.findApplications();
        QVERIFY(apps.ok());
        QCOMPARE(apps->size(), size_t(2));
        QVERIFY(apps->at(0).aid != apps->at(1).aid);
        QVERIFY(!apps->at(0).label.isEmpty() && !apps->at(1).label.isEmpty());
        QVERIFY(tx.selectApplication(apps->at(1)).ok());
        QCOMPARE(tx.aid(), apps->at(1).aid);
    }

    void cardWithoutAChipApplication()
    {
        QVERIFY(insert(QStringLiteral("stripe-only")));
        ChipTransaction tx(*m_card, TerminalConfig(), &m_caKeys);
        auto apps = tx.findApplications();
        QVERIFY(!apps.ok());
        QCOMPARE(apps.error().kind, ErrorKind::Refused);
        QVERIFY(apps.error().message.contains(QStringLiteral("Swipe")));
    }

    // Issuer scripts: a block before the second GENERATE AC and an unblock after it both run and are reported.
    void issuerScriptsRunAndAreReported()
    {
        QVERIFY(insert(QStringLiteral("debit-pin")));
        TerminalConfig config;
        config.pinPadAvailable = true;
        ChipTransaction tx(*m_card, config, &m_caKeys);
        auto apps = tx.findApplications();
        QVERIFY(apps.ok() && tx.selectApplication(apps->front()).ok() && tx.initiate(saleOf(700)).ok());
        tx.verifyCardholder();
        tx.onlinePinEntered(true);
        QCOMPARE(*tx.firstGenerateAc(), CardDecision::Arqc);
        bool verified = false;
        QByteArray answer = hostAnswer(tx, "00", &verified);
        const QByteArray request = tx.field55(Field55Kind::Request);
        const TestIssuer issuer = TestIssuer::forPan(tx.pan().view());
        const QByteArray psn = tx.panSequenceNumber().right(2).toLatin1();
        auto udk = issuer::deriveCardKey(issuer.imkSmi, tx.pan().view(), psn);
        auto smi = issuer::deriveSessionKey(udk->view(), tagValue(request, tag::Atc));
        const QByteArray arqc = tagValue(request, tag::Cryptogram);
        auto block =
            issuer::scriptCommand(smi->view(), tagValue(request, tag::Atc), arqc, QByteArray::fromHex("841E0000"), {});
        auto unblock =
            issuer::scriptCommand(smi->view(), tagValue(request, tag::Atc), arqc, QByteArray::fromHex("84180000"), {});
        QVERIFY(block.ok() && unblock.ok());
        appendTlv(answer, tag::ScriptTemplate1,
                  encodeTlv(tag::ScriptId, QByteArray::fromHex("00000001")) + encodeTlv(tag::ScriptCommand, *block));
        appendTlv(answer, tag::ScriptTemplate2,
                  encodeTlv(tag::ScriptId, QByteArray::fromHex("00000002")) + encodeTlv(tag::ScriptCommand, *unblock));
        auto second = tx.complete({true, "00", answer});
        QVERIFY(second.ok());
        // Blocked before the second GENERATE AC, the application declines; the unblock after it succeeds.
        QCOMPARE(*second, CardDecision::Aac);
        QCOMPARE(tx.scriptResults().toHex(), QByteArray("2000000001"
                                                        "2000000002"));
        QVERIFY(!tagValue(tx.field55(Field55Kind::ScriptAdvice), tag::ScriptResults).isEmpty());
    }

    // The card leaves the reader mid-transaction: a clear error, not a guess.
    void cardTakenOutMidTransaction()
    {
        QVERIFY(insert(QStringLiteral("debit-pin")));
        ChipTransaction tx(*m_card, TerminalConfig(), &m_caKeys);
        auto apps = tx.findApplications();
        QVERIFY(apps.ok() && tx.selectApplication(apps->front()).ok());
        QVERIFY(test::runPcscRig({QStringLiteral("remove"), m_dir}));
        auto started = tx.initiate(saleOf(100));
        QVERIFY(!started.ok());
        QVERIFY(!started.error().message.isEmpty());
        QCOMPARE(m_card->lastFault(), ChannelFault::CardRemoved);
    }
};

QTEST_GUILESS_MAIN(TestChip)
#include "tst_chip.moc"
