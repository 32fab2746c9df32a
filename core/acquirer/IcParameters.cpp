#include "acquirer/IcParameters.h"

#include "emv/Tlv.h"

#include <QCoreApplication>

#include <map>

namespace posdesk::icfield62 {

namespace {

constexpr quint32 TagId = 0x9F06, TagIndex = 0x9F22, TagExpiry = 0xDF05, TagHash = 0xDF06, TagKeyAlgo = 0xDF07,
                  TagModulus = 0xDF02, TagExponent = 0xDF04, TagChecksum = 0xDF03, TagSelection = 0xDF01,
                  TagVersion = 0x9F09, TagTacDefault = 0xDF11, TagTacOnline = 0xDF12, TagTacDenial = 0xDF13,
                  TagFloor = 0x9F1B;

Error malformed(const QString &detail)
{
    return Error::corrupt(QCoreApplication::translate("posdesk::IcDownload",
                                                      "The host's IC parameters are malformed. Try the download "
                                                      "again later; if it keeps failing, call the acquirer."),
                          detail);
}

QByteArray floorBytes(qint64 fen)
{
    QByteArray out(4, '\0');
    for (int i = 3; i >= 0; --i, fen >>= 8)
        out[i] = char(fen & 0xFF);
    return out;
}

using TagMap = std::map<quint32, QByteArray>;

// The TLVs after the status byte, flat; a tag repeated starts a new group.
Result<QList<TagMap>> groups(QByteArrayView tlvs, quint32 groupStart)
{
    auto objects = emv::TlvParser::parse(tlvs);
    if (!objects)
        return objects.error();
    QList<TagMap> out;
    for (emv::Tlv &o : *objects) {
        if (o.tag == groupStart || out.isEmpty())
            out.append(TagMap());
        if (out.back().count(o.tag))
            return malformed(QStringLiteral("tag %1 twice in one entry").arg(emv::tagName(o.tag)));
        out.back()[o.tag] = std::move(o.value);
    }
    return out;
}

Result<ListEntry> entryOf(const TagMap &m, bool keys)
{
    ListEntry e;
    const auto id = m.find(TagId);
    if (id == m.end() || id->second.size() < 5 || id->second.size() > 16)
        return malformed(QStringLiteral("entry without a valid 9F06"));
    e.id = id->second;
    if (keys) {
        const auto index = m.find(TagIndex);
        if (e.id.size() != 5 || index == m.end() || index->second.size() != 1)
            return malformed(QStringLiteral("key entry without RID and index"));
        e.index = quint8(index->second[0]);
        if (const auto expiry = m.find(TagExpiry); expiry != m.end())
            e.expiry = expiry->second;
    }
    return e;
}

Result<QByteArrayView> afterStatus(QByteArrayView field62)
{
    if (field62.isEmpty() || field62[0] != '1')
        return malformed(QStringLiteral("answer status %1")
                             .arg(field62.isEmpty() ? QStringLiteral("missing") : QString(QLatin1Char(field62[0]))));
    return field62.sliced(1);
}

} // namespace

QByteArray listQuery(int alreadyReceived)
{
    return "1" + QByteArray::number(qBound(0, alreadyReceived, 99)).rightJustified(2, '0');
}

Result<int> readListQuery(QByteArrayView field62)
{
    bool ok = false;
    const int n = field62.size() == 3 && field62[0] == '1' ? field62.sliced(1).toByteArray().toInt(&ok) : 0;
    if (!ok)
        return malformed(QStringLiteral("list query %1").arg(QString::fromLatin1(field62.toByteArray())));
    return n;
}

QByteArray keyListPage(const QList<CaKeyRecord> &keys, int from, int pageSize)
{
    if (from >= keys.size())
        return "0";
    const int to = qMin<int>(int(keys.size()), from + pageSize);
    QByteArray out(to < keys.size() ? "2" : "1");
    for (int i = from; i < to; ++i) {
        emv::appendTlv(out, TagId, keys[i].key.rid);
        emv::appendTlv(out, TagIndex, QByteArray(1, char(keys[i].key.index)));
        emv::appendTlv(out, TagExpiry, keys[i].key.expiry.toString(QStringLiteral("yyyyMMdd")).toLatin1());
    }
    return out;
}

QByteArray aidListPage(const QList<AidRecord> &aids, int from, int pageSize)
{
    if (from >= aids.size())
        return "0";
    const int to = qMin<int>(int(aids.size()), from + pageSize);
    QByteArray out(to < aids.size() ? "2" : "1");
    for (int i = from; i < to; ++i)
        emv::appendTlv(out, TagId, aids[i].aid.aid);
    return out;
}

Result<ListPage> readListPage(QByteArrayView field62, bool keys)
{
    if (field62 == "0")
        return ListPage{};
    if (field62.isEmpty() || (field62[0] != '1' && field62[0] != '2' && field62[0] != '3'))
        return malformed(QStringLiteral("list status byte"));
    ListPage page;
    page.more = field62[0] == '2';
    auto g = groups(field62.sliced(1), TagId);
    if (!g)
        return g.error();
    for (const TagMap &m : *g) {
        auto e = entryOf(m, keys);
        if (!e)
            return e.error();
        page.entries.append(*e);
    }
    return page;
}

QByteArray keyRequest(const ListEntry &entry)
{
    return emv::encodeTlv(TagId, entry.id) + emv::encodeTlv(TagIndex, QByteArray(1, char(entry.index)));
}

QByteArray aidRequest(const ListEntry &entry)
{
    return emv::encodeTlv(TagId, entry.id);
}

Result<ListEntry> readRequest(QByteArrayView field62, bool keys)
{
    auto g = groups(field62, TagId);
    if (!g)
        return g.error();
    if (g->size() != 1)
        return malformed(QStringLiteral("download request names %1 entries").arg(g->size()));
    return entryOf(g->front(), keys);
}

QByteArray keyAnswer(const CaKeyRecord &k)
{
    QByteArray out("1");
    emv::appendTlv(out, TagId, k.key.rid);
    emv::appendTlv(out, TagIndex, QByteArray(1, char(k.key.index)));
    emv::appendTlv(out, TagExpiry, k.key.expiry.toString(QStringLiteral("yyyyMMdd")).toLatin1());
    emv::appendTlv(out, TagHash, k.hashAlgorithm);
    emv::appendTlv(out, TagKeyAlgo, k.keyAlgorithm);
    emv::appendTlv(out, TagModulus, k.key.modulus);
    emv::appendTlv(out, TagExponent, k.key.exponent);
    emv::appendTlv(out, TagChecksum, k.checksum);
    return out;
}

QByteArray aidAnswer(const AidRecord &a)
{
    QByteArray out("1");
    emv::appendTlv(out, TagId, a.aid.aid);
    emv::appendTlv(out, TagSelection, QByteArray(1, a.aid.partialMatch ? '\0' : '\1'));
    emv::appendTlv(out, TagVersion, a.aid.appVersion);
    emv::appendTlv(out, TagTacDefault, a.tacDefault);
    emv::appendTlv(out, TagTacOnline, a.tacOnline);
    emv::appendTlv(out, TagTacDenial, a.tacDenial);
    emv::appendTlv(out, TagFloor, floorBytes(a.floorLimitFen));
    return out;
}

Result<CaKeyRecord> readKeyAnswer(QByteArrayView field62)
{
    auto body = afterStatus(field62);
    if (!body)
        return body.error();
    auto g = groups(*body, TagId);
    if (!g)
        return g.error();
    if (g->size() != 1)
        return malformed(QStringLiteral("key answer holds %1 entries").arg(g->size()));
    const TagMap &m = g->front();
    auto e = entryOf(m, true);
    if (!e)
        return e.error();
    for (const quint32 t : {TagExpiry, TagModulus, TagExponent, TagChecksum})
        if (!m.count(t))
            return malformed(QStringLiteral("key answer without %1").arg(emv::tagName(t)));
    CaKeyRecord k;
    k.key.rid = e->id;
    k.key.index = e->index;
    k.key.expiry = QDate::fromString(QString::fromLatin1(m.at(TagExpiry)), QStringLiteral("yyyyMMdd"));
    k.key.modulus = m.at(TagModulus);
    k.key.exponent = m.at(TagExponent);
    k.checksum = m.at(TagChecksum);
    if (m.count(TagHash))
        k.hashAlgorithm = m.at(TagHash);
    if (m.count(TagKeyAlgo))
        k.keyAlgorithm = m.at(TagKeyAlgo);
    if (!k.key.expiry.isValid())
        return malformed(QStringLiteral("key expiry %1").arg(QString::fromLatin1(m.at(TagExpiry))));
    if (k.key.modulus.size() < 64 || k.key.modulus.size() > 248 || k.key.exponent.isEmpty() ||
        k.key.exponent.size() > 3)
        return malformed(QStringLiteral("key of %1 bytes").arg(k.key.modulus.size()));
    if (k.hashAlgorithm != QByteArray::fromHex("01") || k.keyAlgorithm != QByteArray::fromHex("01"))
        return malformed(QStringLiteral("key algorithms %1/%2")
                             .arg(QLatin1String(k.hashAlgorithm.toHex()), QLatin1String(k.keyAlgorithm.toHex())));
    if (emv::caKeyChecksum(k.key) != k.checksum)
        return Error::corrupt(
            QCoreApplication::translate("posdesk::IcDownload",
                                        "A CA public key from the host failed its checksum and was not stored. "
                                        "Try the download again; if it keeps failing, call the acquirer."),
            QStringLiteral("CA key %1/%2 checksum").arg(QLatin1String(k.key.rid.toHex())).arg(k.key.index));
    return k;
}

Result<AidRecord> readAidAnswer(QByteArrayView field62)
{
    auto body = afterStatus(field62);
    if (!body)
        return body.error();
    auto g = groups(*body, TagId);
    if (!g)
        return g.error();
    if (g->size() != 1)
        return malformed(QStringLiteral("AID answer holds %1 entries").arg(g->size()));
    const TagMap &m = g->front();
    auto e = entryOf(m, false);
    if (!e)
        return e.error();
    AidRecord a;
    a.aid.aid = e->id;
    const auto get = [&](quint32 t, int size, QByteArray fallback) {
        const auto found = m.find(t);
        return found != m.end() && found->second.size() == size ? found->second : fallback;
    };
    a.aid.partialMatch = get(TagSelection, 1, QByteArray(1, '\0')) == QByteArray(1, '\0');
    a.aid.appVersion = get(TagVersion, 2, QByteArray::fromHex("0030"));
    const emv::TerminalConfig defaults;
    a.tacDefault = get(TagTacDefault, 5, defaults.tacDefault);
    a.tacOnline = get(TagTacOnline, 5, defaults.tacOnline);
    a.tacDenial = get(TagTacDenial, 5, defaults.tacDenial);
    const QByteArray floor = get(TagFloor, 4, QByteArray(4, '\0'));
    for (const char c : floor)
        a.floorLimitFen = (a.floorLimitFen << 8) | quint8(c);
    return a;
}

} // namespace posdesk::icfield62
