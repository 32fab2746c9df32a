#include "Registry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace posdesk::hostsim {

namespace {
const QStringList kFaultKinds{QStringLiteral("delay"),  QStringLiteral("drop"),      QStringLiteral("close-mid"),
                              QStringLiteral("garble"), QStringLiteral("wrong-mac"), QStringLiteral("unbalanced")};

Result<QByteArray> keyFromHex(const QString &hex, const QString &what)
{
    const QByteArray key = QByteArray::fromHex(hex.toLatin1());
    if ((key.size() != 16 && key.size() != 24) || key.toHex().size() != hex.size())
        return Error::usage(QStringLiteral("%1 must be 32 or 48 hex digits").arg(what));
    return key;
}
} // namespace

Result<Registry> Registry::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::environment(QStringLiteral("cannot read the registry %1").arg(path));
    return parse(f.readAll());
}

Result<Registry> Registry::parse(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::usage(QStringLiteral("the registry is not a JSON object: %1").arg(err.errorString()));
    const QJsonObject root = doc.object();
    Registry r;
    auto tmk = keyFromHex(root.value(QStringLiteral("tmk")).toString(), QStringLiteral("\"tmk\""));
    if (!tmk)
        return tmk.error();
    r.m_defaultTmk = *tmk;
    const QString mac = root.value(QStringLiteral("mac")).toString(QStringLiteral("cup-ecb"));
    if (mac == u"cup-ecb")
        r.m_mac = crypto::MacAlgorithm::CupEcb;
    else if (mac == u"x9.9")
        r.m_mac = crypto::MacAlgorithm::X99;
    else if (mac == u"x9.19")
        r.m_mac = crypto::MacAlgorithm::X919;
    else
        return Error::usage(QStringLiteral("\"mac\" must be cup-ecb, x9.9 or x9.19"));
    for (const QJsonValue &mv : root.value(QStringLiteral("merchants")).toArray()) {
        const QJsonObject m = mv.toObject();
        const QString mid = m.value(QStringLiteral("mid")).toString();
        if (mid.isEmpty())
            return Error::usage(QStringLiteral("a merchant has no \"mid\""));
        r.m_merchants.insert(mid);
        for (const QJsonValue &tv : m.value(QStringLiteral("terminals")).toArray()) {
            QString tid;
            if (tv.isString()) {
                tid = tv.toString();
            } else {
                const QJsonObject t = tv.toObject();
                tid = t.value(QStringLiteral("tid")).toString();
                if (t.contains(QStringLiteral("tmk"))) {
                    auto own = keyFromHex(t.value(QStringLiteral("tmk")).toString(), QStringLiteral("tmk of ") + tid);
                    if (!own)
                        return own.error();
                    r.m_terminalTmk.insert(tid, *own);
                }
            }
            if (tid.size() != 8)
                return Error::usage(QStringLiteral("\"%1\" is not an 8-character TID").arg(tid));
            r.m_terminalMid.insert(tid, mid);
        }
    }
    for (const QJsonValue &fv : root.value(QStringLiteral("faults")).toArray()) {
        const QJsonObject f = fv.toObject();
        Fault fault;
        fault.kind = f.value(QStringLiteral("kind")).toString();
        if (!kFaultKinds.contains(fault.kind))
            return Error::usage(QStringLiteral("unknown fault kind \"%1\"").arg(fault.kind));
        fault.remaining = f.value(QStringLiteral("count")).toInt(-1);
        fault.mti = f.value(QStringLiteral("mti")).toString();
        fault.delayMs = f.value(QStringLiteral("ms")).toInt(0);
        r.m_faults << fault;
    }
    return r;
}

Result<Fault> parseFault(const QString &spec)
{
    const QStringList parts = spec.split(u':');
    Fault f;
    QString kind = parts.value(0);
    if (kind.startsWith(QStringLiteral("delay="))) {
        bool ok = false;
        f.delayMs = kind.mid(6).toInt(&ok);
        if (!ok || f.delayMs < 0)
            return Error::usage(QStringLiteral("delay=MS needs milliseconds"));
        kind = QStringLiteral("delay");
    }
    if (!kFaultKinds.contains(kind))
        return Error::usage(QStringLiteral("unknown fault \"%1\"; known: %2").arg(kind, kFaultKinds.join(u' ')));
    f.kind = kind;
    if (parts.size() > 1 && !parts[1].isEmpty()) {
        bool ok = false;
        f.remaining = parts[1].toInt(&ok);
        if (!ok)
            return Error::usage(QStringLiteral("fault count must be a number"));
    }
    f.mti = parts.value(2);
    return f;
}

} // namespace posdesk::hostsim
