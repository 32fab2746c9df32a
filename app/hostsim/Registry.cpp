#include "Registry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace posdesk::hostsim {

namespace {
const QStringList kFaultKinds{
    QStringLiteral("delay"),      QStringLiteral("approve-silent"), QStringLiteral("drop"),
    QStringLiteral("close-mid"),  QStringLiteral("garble"),         QStringLiteral("wrong-mac"),
    QStringLiteral("unbalanced"), QStringLiteral("partial"),        QStringLiteral("refuse"),
    QStringLiteral("resign"),     QStringLiteral("settle-flag0"),   QStringLiteral("script-block"),
    QStringLiteral("bad-arpc"),   QStringLiteral("ic-update")};

Status setDelay(Fault &f, const QString &ms)
{
    bool ok = false;
    f.delayMs = ms.toInt(&ok);
    if (!ok || f.delayMs < 0)
        return Error::usage(QStringLiteral("delay=MS needs milliseconds"));
    return {};
}

Status setPartial(Fault &f, const QString &fen)
{
    bool ok = false;
    f.partialFen = fen.toLongLong(&ok);
    if (!ok || f.partialFen < 1 || f.partialFen > 999999999999LL)
        return Error::usage(QStringLiteral("partial=FEN needs the approved amount in fen (1 to 999999999999)"));
    return {};
}

Status setRefuse(Fault &f, const QString &code)
{
    const bool ok = code.size() == 2 && std::all_of(code.begin(), code.end(), [](QChar c) {
                        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
                    });
    if (!ok)
        return Error::usage(QStringLiteral("refuse=CODE needs a 2-character response code such as 96 or A0"));
    f.refuseCode = code.toLatin1();
    return {};
}

// "KIND" or "KIND=VALUE" into f.kind and the value's member.
Status setKind(Fault &f, const QString &spec)
{
    const qsizetype eq = spec.indexOf(u'=');
    const QString kind = eq < 0 ? spec : spec.left(eq);
    if (!kFaultKinds.contains(kind))
        return Error::usage(QStringLiteral("unknown fault \"%1\"; known: delay=MS approve-silent drop close-mid garble "
                                           "wrong-mac unbalanced partial=FEN refuse=CODE resign settle-flag0 "
                                           "script-block bad-arpc")
                                .arg(kind));
    f.kind = kind;
    const QString value = eq < 0 ? QString() : spec.mid(eq + 1);
    if (kind == u"delay")
        return eq < 0 ? Status{} : setDelay(f, value);
    if (kind == u"partial")
        return eq < 0 ? Status{} : setPartial(f, value);
    if (kind == u"refuse")
        return eq < 0 ? Status{} : setRefuse(f, value);
    if (eq >= 0)
        return Error::usage(QStringLiteral("the fault \"%1\" takes no value").arg(kind));
    return {};
}

// partial and refuse are useless without their value.
Status checkComplete(const Fault &f)
{
    if (f.kind == u"partial" && f.partialFen == 0)
        return Error::usage(QStringLiteral("the fault partial needs its amount: partial=FEN"));
    if (f.kind == u"refuse" && f.refuseCode.isEmpty())
        return Error::usage(QStringLiteral("the fault refuse needs its response code: refuse=CODE"));
    return {};
}

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
                if (t.contains(QStringLiteral("batch"))) {
                    const int batch = t.value(QStringLiteral("batch")).toInt(0);
                    if (batch < 1 || batch > 999999)
                        return Error::usage(
                            QStringLiteral("the batch of %1 must be a number from 1 to 999999").arg(tid));
                    r.m_terminalBatch.insert(tid, batch);
                }
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
        if (auto k = setKind(fault, f.value(QStringLiteral("kind")).toString()); !k)
            return k.error();
        fault.remaining = f.value(QStringLiteral("count")).toInt(-1);
        fault.mti = f.value(QStringLiteral("mti")).toString();
        if (f.contains(QStringLiteral("ms")))
            fault.delayMs = f.value(QStringLiteral("ms")).toInt(0);
        if (f.contains(QStringLiteral("fen"))) {
            const QJsonValue fen = f.value(QStringLiteral("fen"));
            if (auto p = setPartial(fault, fen.isString() ? fen.toString() : QString::number(fen.toInteger())); !p)
                return p.error();
        }
        if (f.contains(QStringLiteral("code"))) {
            if (auto c = setRefuse(fault, f.value(QStringLiteral("code")).toString()); !c)
                return c.error();
        }
        if (auto c = checkComplete(fault); !c)
            return c.error();
        r.m_faults << fault;
    }
    return r;
}

Result<Fault> parseFault(const QString &spec)
{
    const QStringList parts = spec.split(u':');
    Fault f;
    if (auto k = setKind(f, parts.value(0)); !k)
        return k.error();
    if (auto c = checkComplete(f); !c)
        return c.error();
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
