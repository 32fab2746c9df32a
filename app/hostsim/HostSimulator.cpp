#include "HostSimulator.h"

#include "crypto/Mac.h"
#include "crypto/Tdes.h"
#include "crypto/WorkingKeys.h"
#include "iso8583/Codec.h"
#include "iso8583/Describe.h"
#include "iso8583/Subfields.h"

#include <QDateTime>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

namespace posdesk::hostsim {

using iso8583::Message;

namespace {

void log(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

SecretBytes randomKey(int size)
{
    SecretBytes k(size);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(k.data()),
                                         reinterpret_cast<quint32 *>(k.data() + size));
    return k;
}

bool isFinancial(QByteArrayView mti)
{
    return mti == "0200" || mti == "0220" || mti == "0400";
}

} // namespace

HostSimulator::HostSimulator(QString registryPath, QList<Fault> cliFaults, QObject *parent)
    : QObject(parent), m_registryPath(std::move(registryPath)), m_cliFaults(std::move(cliFaults))
{
    m_rrn = QDateTime::currentSecsSinceEpoch() % 1000000 * 100000;
    reloadRegistryIfChanged();
    connect(&m_server, &QTcpServer::newConnection, this, &HostSimulator::onConnection);
}

Status HostSimulator::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server.listen(address, port))
        return Error::environment(m_server.errorString());
    return {};
}

void HostSimulator::reloadRegistryIfChanged()
{
    if (m_registryPath.isEmpty())
        return;
    const QFileInfo info(m_registryPath);
    const QDateTime stamp = info.lastModified();
    if (stamp == m_registryStamp && info.size() > 0 && m_registryStamp.isValid())
        return;
    auto r = Registry::load(m_registryPath);
    if (!r) {
        log(QStringLiteral("registry: %1 (keeping the previous one)").arg(r.error().fullText()));
        return;
    }
    const bool first = !m_registryStamp.isValid();
    m_registry = *r;
    m_fileFaults = m_registry.faults();
    m_registryStamp = stamp;
    if (!first)
        log(QStringLiteral("registry: reloaded %1").arg(m_registryPath));
}

std::optional<Fault> HostSimulator::takeFault(const QString &kind, QByteArrayView mti)
{
    for (QList<Fault> *list : {&m_cliFaults, &m_fileFaults}) {
        for (Fault &f : *list) {
            if (f.kind != kind || f.remaining == 0 || (!f.mti.isEmpty() && f.mti.toLatin1() != mti))
                continue;
            if (f.remaining > 0)
                --f.remaining;
            return f;
        }
    }
    return std::nullopt;
}

void HostSimulator::onConnection()
{
    while (QTcpSocket *s = m_server.nextPendingConnection()) {
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
            *buffer += s->readAll();
            for (;;) {
                const qsizetype need = iso8583::frameSize(*buffer);
                if (need < 0 || buffer->size() < need)
                    return;
                const QByteArray wire = buffer->left(need);
                buffer->remove(0, need);
                reloadRegistryIfChanged();
                QString line;
                QByteArray reply = answer(wire, &line);
                log(line);
                const QByteArray mti = wire.mid(iso8583::Frame::EnvelopeSize, 2).toHex();
                if (reply.isEmpty())
                    continue;
                if (auto f = takeFault(QStringLiteral("drop"), mti)) {
                    log(QStringLiteral("   fault: drop (no answer)"));
                    continue;
                }
                if (auto f = takeFault(QStringLiteral("garble"), mti)) {
                    log(QStringLiteral("   fault: garble"));
                    reply[iso8583::Frame::EnvelopeSize] = char(0xFF); // MTI no longer BCD
                }
                if (auto f = takeFault(QStringLiteral("wrong-mac"), mti)) {
                    log(QStringLiteral("   fault: wrong MAC"));
                    reply[reply.size() - 1] = char(reply.at(reply.size() - 1) ^ 0x5A);
                }
                QPointer<QTcpSocket> socket(s);
                auto send = [socket, reply, this, mti] {
                    if (!socket)
                        return;
                    if (auto f = takeFault(QStringLiteral("close-mid"), mti)) {
                        log(QStringLiteral("   fault: close in the middle of the answer"));
                        socket->write(reply.left(reply.size() / 2));
                        socket->flush();
                        socket->close();
                        return;
                    }
                    socket->write(reply);
                };
                if (auto f = takeFault(QStringLiteral("delay"), mti)) {
                    log(QStringLiteral("   fault: delay %1 ms").arg(f->delayMs));
                    QTimer::singleShot(f->delayMs, this, send);
                } else {
                    send();
                }
            }
        });
    }
}

QByteArray HostSimulator::answer(const QByteArray &wire, QString *logLine)
{
    auto frame = iso8583::unpackFrame(wire);
    if (!frame) {
        *logLine = QStringLiteral("<- unreadable frame (%1): %2")
                       .arg(frame.error().fullText(), QString::fromLatin1(wire.left(64).toHex()));
        return {};
    }
    auto request = iso8583::unpack(frame->body, iso8583::Dialect::cup(), nullptr, iso8583::Frame::EnvelopeSize);
    if (!request) {
        *logLine = QStringLiteral("<- undecodable message: %1").arg(request.error().fullText());
        return {};
    }
    QString respLog;
    QByteArray reply = respond(*frame, *request, &respLog);
    auto described = iso8583::describeFrame(wire);
    QString fields;
    if (described) {
        for (const auto &f : described->fields)
            fields += QStringLiteral(" %1=%2").arg(f.number).arg(f.value);
    }
    *logLine = QStringLiteral("<- %1%2\n-> %3").arg(QString::fromLatin1(request->mti()), fields, respLog);
    return reply;
}

Message HostSimulator::replyTo(const Message &request, const char *code)
{
    Message r(QByteArray(request.mti().toByteArray()).replace(2, 1, QByteArray(1, char(request.mti()[2] + 1))));
    for (int f : {2, 3, 4, 11, 25, 41, 42, 49, 60, 61})
        if (request.has(f))
            r.set(f, request.view(f));
    const QDateTime now = QDateTime::currentDateTime();
    r.set(12, now.toString(QStringLiteral("HHmmss")).toLatin1());
    r.set(13, now.toString(QStringLiteral("MMdd")).toLatin1());
    r.set(32, "00085500");
    r.set(39, code);
    return r;
}

QByteArray HostSimulator::nextRrn()
{
    return QByteArray::number(++m_rrn).rightJustified(12, '0').right(12);
}

QByteArray HostSimulator::finishReply(const iso8583::Frame &frame, Message reply, bool withMac, const QString &tid)
{
    TerminalState &t = m_terminals[tid];
    std::optional<crypto::MacEngine> mac;
    if (withMac && !t.macKey.isEmpty()) {
        auto engine = crypto::MacEngine::create(m_registry.macAlgorithm(), t.macKey.view());
        if (engine) {
            mac = std::move(*engine);
            reply.set(64, QByteArray(8, '\0'));
        }
    }
    auto body = iso8583::pack(reply);
    if (!body) {
        log(QStringLiteral("   cannot pack the answer: %1").arg(body.error().fullText()));
        return {};
    }
    if (mac) {
        auto mab = iso8583::macBlock(*body);
        if (mab) {
            auto m = mac->compute(*mab);
            if (m)
                (void)iso8583::setMac(*body, *m);
        }
    }
    auto tpdu = iso8583::Tpdu::fromBytes(frame.tpdu);
    const QByteArray replyTpdu = tpdu ? tpdu->reply().toBytes() : frame.tpdu;
    auto wire = iso8583::packFrame(replyTpdu, frame.header, *body);
    return wire ? *wire : QByteArray();
}

QByteArray HostSimulator::respond(const iso8583::Frame &frame, const Message &request, QString *out)
{
    const QByteArrayView mti = request.mti();
    const QString tid = request.text(41);
    const QString mid = request.text(42);
    auto reply = [&](const char *code, bool withMac = false, std::function<void(Message &)> extra = {}) {
        Message r = replyTo(request, code);
        if (extra)
            extra(r);
        *out = QStringLiteral("%1 code %2 TID %3 STAN %4")
                   .arg(QString::fromLatin1(r.mti()), QString::fromLatin1(code), tid, request.text(11));
        return finishReply(frame, r, withMac, tid);
    };

    // The echo test checks the network path, not the registration: real hosts answer it for any terminal.
    if (mti == "0820" && request.view(60).size() >= 11 && request.view(60).sliced(8, 3) == "301")
        return reply("00");
    if (!m_registry.knowsTerminal(tid))
        return reply("97");
    if (m_registry.merchantOf(tid) != mid)
        return reply("03");
    TerminalState &state = m_terminals[tid];
    auto f60 = iso8583::Field60::parse(request.view(60));
    const int batch = f60 ? f60->batch.toInt() : 0;

    if (mti == "0800") {
        const QByteArray code = f60 ? f60->networkCode : QByteArray("003");
        auto layout = iso8583::WorkingKeyBlock::layoutFor(code);
        if (!layout)
            return reply("30");
        crypto::WorkingKeys keys;
        keys.layout = *layout;
        const bool single = *layout == iso8583::WorkingKeyBlock::Layout::SingleDes;
        keys.pinKey = randomKey(single ? 8 : 16);
        keys.macKey = randomKey(m_registry.macAlgorithm() == crypto::MacAlgorithm::X919 && !single ? 16 : 8);
        if (*layout == iso8583::WorkingKeyBlock::Layout::WithTrackKey)
            keys.trackKey = randomKey(16);
        auto field62 = crypto::buildWorkingKeysField(*layout, m_registry.tmkOf(tid), keys);
        if (!field62) {
            log(QStringLiteral("   cannot build working keys: %1").arg(field62.error().fullText()));
            return reply("96");
        }
        state.macKey = keys.macKey;
        return reply("00", false, [&](Message &r) {
            r.set(37, nextRrn());
            r.set(62, *field62);
        });
    }
    if (mti == "0820")
        return reply("00");

    const bool financial = isFinancial(mti);
    if (financial || mti == "0500" || mti == "0320") {
        if (financial) {
            if (state.macKey.isEmpty())
                return reply("A0");
            auto engine = crypto::MacEngine::create(m_registry.macAlgorithm(), state.macKey.view());
            auto body = iso8583::pack(request);
            auto mab = body ? iso8583::macBlock(*body) : Result<QByteArrayView>(body.error());
            if (!engine || !mab || !request.has(64) || !engine->verify(*mab, request.view(64)))
                return reply("A0");
        }
    }
    const int stan = request.text(11).toInt();
    const qint64 amount = request.text(4).toLongLong();
    const bool domestic = !request.has(2) || request.view(2).startsWith("62");

    if (mti == "0200" || mti == "0220") {
        const QString key = QStringLiteral("%1/%2").arg(batch).arg(stan);
        if (state.seenStans.contains(key))
            return reply("94", true);
        state.seenStans.insert(key);
        const bool isVoid = f60 && f60->typeCode == "23";
        const bool isRefund = mti == "0220";
        if (!isVoid && !isRefund) {
            if (amount == 5100)
                return reply("51", true);
            if (amount == 5400)
                return reply("54", true);
            if (amount == 5500)
                return reply("55", true);
        }
        if (isVoid) {
            auto f61 = iso8583::Field61::parse(request.view(61));
            if (!f61)
                return reply("30", true);
            auto &batchLedger = state.ledger[f61->batch.toInt()];
            auto it = batchLedger.find(f61->stan.toInt());
            if (it == batchLedger.end() || it->voided || it->reversed)
                return reply("25", true);
            it->voided = true;
        }
        state.ledger[batch].insert(stan, Entry{isVoid ? "void" : isRefund ? "refund" : "sale", amount, domestic});
        return reply("00", true, [&](Message &r) {
            r.set(37, nextRrn());
            r.set(38, QByteArray::number(QRandomGenerator::global()->bounded(1000000)).rightJustified(6, '0'));
        });
    }
    if (mti == "0400") {
        auto &batchLedger = state.ledger[batch];
        auto it = batchLedger.find(stan);
        if (it == batchLedger.end())
            return reply("25", true);
        it->reversed = true;
        if (it->kind == "void") {
            // Undoing a void brings the sale back.
            if (auto f61 = iso8583::Field61::parse(request.view(61))) {
                auto &origin = state.ledger[f61->batch.toInt()];
                if (auto o = origin.find(f61->stan.toInt()); o != origin.end() && o->kind == "sale")
                    o->voided = false;
            }
        }
        return reply("00", true);
    }
    if (mti == "0500") {
        auto theirs = iso8583::SettlementTotals::parse(request.view(48));
        if (!theirs)
            return reply("30");
        iso8583::SettlementTotals ours;
        for (const Entry &e : state.ledger.value(batch)) {
            if (e.reversed || e.voided || e.kind == "void")
                continue;
            auto &side = e.domestic ? ours.domestic : ours.foreign;
            if (e.kind == "sale") {
                side.debitAmount += e.amount;
                side.debitCount++;
            } else {
                side.creditAmount += e.amount;
                side.creditCount++;
            }
        }
        iso8583::SettlementTotals answer = *theirs;
        const bool forcedUnbalanced = takeFault(QStringLiteral("unbalanced"), mti).has_value();
        auto flag = [&](const auto &a, const auto &b) {
            const bool same = a.debitAmount == b.debitAmount && a.debitCount == b.debitCount &&
                              a.creditAmount == b.creditAmount && a.creditCount == b.creditCount;
            return same && !forcedUnbalanced ? iso8583::SettlementTotals::Reconciliation::Balanced
                                             : iso8583::SettlementTotals::Reconciliation::NotBalanced;
        };
        answer.domestic.flag = flag(theirs->domestic, ours.domestic);
        answer.foreign.flag = flag(theirs->foreign, ours.foreign);
        auto digits = answer.toDigits();
        return reply("00", false, [&](Message &r) {
            r.set(15, QDateTime::currentDateTime().toString(QStringLiteral("MMdd")).toLatin1());
            r.set(37, nextRrn());
            if (digits)
                r.set(48, *digits);
        });
    }
    if (mti == "0320") {
        if (f60 && f60->networkCode == "201") {
            // One uploaded transaction: the host takes the terminal's record where its ledger lacks it.
            auto f61 = iso8583::Field61::parse(request.view(61));
            if (f61) {
                auto &batchLedger = state.ledger[f61->batch.toInt()];
                const int original = f61->stan.toInt();
                if (!batchLedger.contains(original) || batchLedger[original].reversed)
                    batchLedger.insert(original, Entry{request.view(3) == "000000" ? "sale" : "refund", amount,
                                                       request.view(63) == "CUP"});
            }
        }
        return reply("00");
    }
    return reply("12");
}

} // namespace posdesk::hostsim
