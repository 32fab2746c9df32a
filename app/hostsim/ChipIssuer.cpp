#include "ChipIssuer.h"

#include "crypto/PinBlock.h"
#include "crypto/Tdes.h"
#include "emv/Cryptograms.h"
#include "emv/Tags.h"
#include "emv/Tlv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>
#include <map>

namespace posdesk::hostsim {

namespace {

Result<QJsonObject> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::environment(QStringLiteral("cannot read %1").arg(path), file.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return Error::corrupt(QStringLiteral("%1 is not a JSON object").arg(path), error.errorString());
    return doc.object();
}

QByteArray hex(const QJsonValue &v)
{
    return QByteArray::fromHex(v.toString().toLatin1());
}

} // namespace

Result<ChipIssuer> ChipIssuer::load(const QString &directory)
{
    const QDir dir(directory);
    auto cards = readJson(dir.filePath(QStringLiteral("cards.json")));
    if (!cards)
        return cards.error();
    auto ca = readJson(dir.filePath(QStringLiteral("ca-keys.json")));
    if (!ca)
        return ca.error();
    ChipIssuer issuer;
    for (const QJsonValue &v : cards->value(QStringLiteral("issuers")).toArray()) {
        const QJsonObject o = v.toObject();
        Issuer i;
        i.panPrefix = o.value(QStringLiteral("pan_prefix")).toString().toLatin1();
        i.imkAc = SecretBytes(hex(o.value(QStringLiteral("imk_ac"))));
        i.imkSmi = SecretBytes(hex(o.value(QStringLiteral("imk_smi"))));
        if (i.panPrefix.isEmpty() || i.imkAc.size() != 16 || i.imkSmi.size() != 16)
            return Error::corrupt(QStringLiteral("cards.json: an issuer without pan_prefix, imk_ac or imk_smi"));
        issuer.m_issuers.append(std::move(i));
    }
    for (const QJsonValue &v : ca->value(QStringLiteral("keys")).toArray()) {
        const QJsonObject o = v.toObject();
        CaKeyRecord k;
        k.key.rid = hex(o.value(QStringLiteral("rid")));
        const QByteArray index = hex(o.value(QStringLiteral("index")));
        k.key.index = index.size() == 1 ? quint8(index[0]) : 0;
        k.key.expiry = QDate::fromString(o.value(QStringLiteral("expiry")).toString(), QStringLiteral("yyyyMMdd"));
        k.key.modulus = hex(o.value(QStringLiteral("modulus")));
        k.key.exponent = hex(o.value(QStringLiteral("exponent")));
        k.checksum = hex(o.value(QStringLiteral("checksum")));
        if (k.key.rid.size() != 5 || index.size() != 1 || k.key.modulus.isEmpty() || !k.key.expiry.isValid())
            return Error::corrupt(QStringLiteral("ca-keys.json: a key without rid, index, modulus or expiry"));
        issuer.m_caKeys.append(k);
    }
    // The AIDs the test cards carry, with the parameters a UnionPay acquirer typically sends.
    std::map<QByteArray, AidRecord> aids;
    for (const QJsonValue &p : cards->value(QStringLiteral("profiles")).toObject())
        for (const QJsonValue &a : p.toObject().value(QStringLiteral("apps")).toArray()) {
            AidRecord r;
            r.aid.aid = hex(a.toObject().value(QStringLiteral("aid")));
            r.aid.partialMatch = true;
            r.aid.appVersion = hex(a.toObject().value(QStringLiteral("app_version")));
            const emv::TerminalConfig defaults;
            r.tacDefault = defaults.tacDefault;
            r.tacOnline = defaults.tacOnline;
            r.tacDenial = defaults.tacDenial;
            aids.emplace(r.aid.aid, r);
            const QString pin = a.toObject().value(QStringLiteral("online_pin")).toString();
            if (!pin.isEmpty())
                issuer.m_pins.append(
                    {QCryptographicHash::hash(a.toObject().value(QStringLiteral("pan")).toString().toLatin1(),
                                              QCryptographicHash::Sha256),
                     SecretBytes(pin.toLatin1())});
        }
    for (auto &[id, r] : aids)
        issuer.m_aids.append(r);
    return issuer;
}

QString ChipIssuer::checkPin(QByteArrayView panDigits, QByteArrayView field52, QByteArrayView pinKey) const
{
    const QByteArray hash = QCryptographicHash::hash(panDigits, QCryptographicHash::Sha256);
    const CardPin *known = nullptr;
    for (const CardPin &p : m_pins)
        if (p.panHash == hash)
            known = &p;
    if (field52.isEmpty())
        return known ? QStringLiteral("PIN: the card needs its PIN and none came (55)") : QString();
    auto clear = crypto::decryptEcb(pinKey, field52);
    if (!clear)
        return QStringLiteral("PIN: field 52 cannot be decrypted with the terminal's PIN key (55)");
    auto pin = crypto::pinFromBlockFormat0(*clear, panDigits);
    clear->fill('\0');
    if (!pin)
        return QStringLiteral("PIN: field 52 is not a format 0 block for this card (55)");
    const auto same = [](QByteArrayView a, QByteArrayView b) {
        return a.size() == b.size() && std::memcmp(a.data(), b.data(), size_t(a.size())) == 0;
    };
    if (known && !same(pin->view(), known->pin.view()))
        return QStringLiteral("PIN: wrong PIN (55)");
    return {};
}

const ChipIssuer::Issuer *ChipIssuer::issuerFor(QByteArrayView pan) const
{
    const Issuer *best = nullptr;
    for (const Issuer &i : m_issuers)
        if (pan.startsWith(i.panPrefix) && (!best || i.panPrefix.size() > best->panPrefix.size()))
            best = &i;
    return best;
}

ChipIssuer::Verdict ChipIssuer::authorise(QByteArrayView panDigits, QByteArrayView psnDigits, QByteArrayView field55,
                                          QByteArrayView responseCode, const QString &script) const
{
    Verdict v;
    const Issuer *issuer = issuerFor(panDigits);
    if (!issuer) {
        v.note = QStringLiteral("chip: no issuer keys for this card");
        return v;
    }
    auto objects = emv::TlvParser::parse(field55);
    if (!objects) {
        v.note = QStringLiteral("chip: field 55 unreadable (%1)").arg(objects.error().detail);
        return v;
    }
    QByteArray arqc, atc;
    for (const emv::Tlv &o : *objects) {
        if (o.tag == emv::tag::Cryptogram)
            arqc = o.value;
        if (o.tag == emv::tag::Atc)
            atc = o.value;
    }
    auto input = emv::issuer::arqcInput(field55);
    const QByteArray psn = psnDigits.toByteArray().right(2);
    auto udk = emv::issuer::deriveCardKey(issuer->imkAc.view(), panDigits, psn);
    auto session = udk ? emv::issuer::deriveSessionKey(udk->view(), atc) : Result<SecretBytes>(udk.error());
    auto expected = input && session ? emv::issuer::cryptogram(session->view(), *input)
                                     : Result<QByteArray>(Error::corrupt(QString()));
    if (!input || !session || !expected || *expected != arqc) {
        v.note = input ? QStringLiteral("chip: ARQC does not verify") : input.error().detail;
        return v;
    }
    v.cryptogramOk = true;
    auto arpc = emv::issuer::arpc(session->view(), arqc, responseCode);
    if (!arpc) {
        v.note = arpc.error().detail;
        return v;
    }
    emv::appendTlv(v.replyField55, emv::tag::IssuerAuthData, *arpc + responseCode.toByteArray());
    v.note = QStringLiteral("chip: ARQC verified, ARPC sent");
    if (script == u"block") {
        // An APPLICATION BLOCK before the second GENERATE AC and an UNBLOCK after it: the card ends usable and
        // both script results are reported.
        auto smiUdk = emv::issuer::deriveCardKey(issuer->imkSmi.view(), panDigits, psn);
        auto smi = smiUdk ? emv::issuer::deriveSessionKey(smiUdk->view(), atc) : Result<SecretBytes>(smiUdk.error());
        if (smi) {
            auto block = emv::issuer::scriptCommand(smi->view(), atc, arqc, QByteArray::fromHex("841E0000"), {});
            auto unblock = emv::issuer::scriptCommand(smi->view(), atc, arqc, QByteArray::fromHex("84180000"), {});
            if (block && unblock) {
                emv::appendTlv(v.replyField55, emv::tag::ScriptTemplate1,
                               emv::encodeTlv(emv::tag::ScriptId, QByteArray::fromHex("00000001")) +
                                   emv::encodeTlv(emv::tag::ScriptCommand, *block));
                emv::appendTlv(v.replyField55, emv::tag::ScriptTemplate2,
                               emv::encodeTlv(emv::tag::ScriptId, QByteArray::fromHex("00000002")) +
                                   emv::encodeTlv(emv::tag::ScriptCommand, *unblock));
                v.note += QStringLiteral(", scripts 71 block + 72 unblock");
            }
        }
    }
    return v;
}

} // namespace posdesk::hostsim
