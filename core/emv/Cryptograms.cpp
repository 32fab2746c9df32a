#include "emv/Cryptograms.h"

#include "crypto/Mac.h"
#include "crypto/Tdes.h"
#include "emv/Tags.h"
#include "emv/Tlv.h"

#include <QCoreApplication>

#include <map>

namespace posdesk::emv::issuer {

namespace {

Error badInput(const QString &detail)
{
    return Error::corrupt(QCoreApplication::translate("posdesk::emv::Cryptograms", "The chip data is malformed."),
                          detail);
}

// Two encryptions of a block and of its variant make a double-length key.
Result<SecretBytes> doubleLength(QByteArrayView key, QByteArrayView left, QByteArrayView right)
{
    auto tdes = crypto::TdesKey::create(key);
    if (!tdes)
        return tdes.error();
    SecretBytes out(16);
    if (auto s = tdes->encryptEcb(left, out.data()); !s)
        return s.error();
    if (auto s = tdes->encryptEcb(right, out.data() + 8); !s)
        return s.error();
    for (qsizetype i = 0; i < 16; ++i) { // odd parity, as a key is stored
        quint8 b = quint8(out.data()[i]) & 0xFE;
        b |= (__builtin_popcount(b) % 2 == 0) ? 1 : 0;
        out.data()[i] = char(b);
    }
    return out;
}

} // namespace

Result<SecretBytes> deriveCardKey(QByteArrayView issuerMasterKey, QByteArrayView panDigits, QByteArrayView psnDigits)
{
    if (issuerMasterKey.size() != 16)
        return badInput(QStringLiteral("issuer master key of %1 bytes").arg(issuerMasterKey.size()));
    QByteArray digits = panDigits.toByteArray() + (psnDigits.isEmpty() ? QByteArray("00") : psnDigits.toByteArray());
    digits = digits.right(16).rightJustified(16, '0');
    QByteArray y = QByteArray::fromHex(digits);
    digits.fill('\0');
    QByteArray inverted = y;
    for (char &c : inverted)
        c = char(~quint8(c));
    auto key = doubleLength(issuerMasterKey, y, inverted);
    y.fill('\0');
    inverted.fill('\0');
    return key;
}

Result<SecretBytes> deriveSessionKey(QByteArrayView cardKey, QByteArrayView atc)
{
    if (atc.size() != 2)
        return badInput(QStringLiteral("ATC of %1 bytes").arg(atc.size()));
    QByteArray left = atc.toByteArray() + QByteArray::fromHex("F0") + QByteArray(5, '\0');
    QByteArray right = atc.toByteArray() + QByteArray::fromHex("0F") + QByteArray(5, '\0');
    return doubleLength(cardKey, left, right);
}

Result<QByteArray> cryptogram(QByteArrayView sessionKey, QByteArrayView data)
{
    QByteArray padded = data.toByteArray();
    padded.append(char(0x80));
    while (padded.size() % 8)
        padded.append('\0');
    return crypto::computeMac(crypto::MacAlgorithm::X919, sessionKey, padded);
}

Result<QByteArray> arpc(QByteArrayView sessionKey, QByteArrayView arqc, QByteArrayView arc)
{
    if (arqc.size() != 8 || arc.size() != 2)
        return badInput(QStringLiteral("ARQC/ARC lengths %1/%2").arg(arqc.size()).arg(arc.size()));
    QByteArray block = arqc.toByteArray();
    block[0] = char(block[0] ^ arc[0]);
    block[1] = char(block[1] ^ arc[1]);
    return crypto::encryptEcb(sessionKey, block);
}

Result<QByteArray> scriptCommand(QByteArrayView scriptSessionKey, QByteArrayView atc, QByteArrayView arqc,
                                 QByteArrayView header, QByteArrayView data)
{
    if (header.size() != 4 || data.size() > 200)
        return badInput(QStringLiteral("script command header of %1 bytes").arg(header.size()));
    const char lc = char(data.size() + 4);
    QByteArray macInput = header.toByteArray();
    macInput.append(lc).append(atc).append(arqc).append(data);
    auto mac = cryptogram(scriptSessionKey, macInput);
    if (!mac)
        return mac.error();
    QByteArray command = header.toByteArray();
    command.append(lc).append(data).append(mac->left(4));
    return command;
}

Result<QByteArray> arqcInput(QByteArrayView field55)
{
    auto objects = TlvParser::parse(field55);
    if (!objects)
        return objects.error();
    std::map<quint32, QByteArray> byTag;
    for (const Tlv &o : *objects)
        byTag[o.tag] = o.value;
    const auto get = [&](quint32 t, int length) -> std::optional<QByteArray> {
        const auto found = byTag.find(t);
        if (found == byTag.end() || (length > 0 && found->second.size() != length))
            return std::nullopt;
        return found->second;
    };
    QByteArray input;
    for (const auto &[t, length] : std::initializer_list<std::pair<quint32, int>>{{tag::AmountAuthorised, 6},
                                                                                  {tag::AmountOther, 6},
                                                                                  {tag::TerminalCountry, 2},
                                                                                  {tag::Tvr, 5},
                                                                                  {tag::TxnCurrency, 2},
                                                                                  {tag::TxnDate, 3},
                                                                                  {tag::TxnType, 1},
                                                                                  {tag::UnpredictableNumber, 4},
                                                                                  {tag::Aip, 2},
                                                                                  {tag::Atc, 2}}) {
        const auto value = get(t, length);
        if (!value)
            return badInput(QStringLiteral("field 55 without a valid %1").arg(tagName(t)));
        input.append(*value);
    }
    const auto iad = get(tag::Iad, 0);
    if (!iad || iad->size() < 7)
        return badInput(QStringLiteral("field 55 without issuer application data"));
    input.append(iad->mid(3, 4));
    return input;
}

} // namespace posdesk::emv::issuer
