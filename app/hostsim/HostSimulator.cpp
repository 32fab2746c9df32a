#include "HostSimulator.h"

#include "crypto/Mac.h"
#include "crypto/Tdes.h"
#include "crypto/WorkingKeys.h"
#include "iso8583/Codec.h"
#include "iso8583/Describe.h"
#include "iso8583/Subfields.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <filesystem>
#include <system_error>

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
    return mti == "0200" || mti == "0220" || mti == "0400" || mti == "0620";
}

QByteArray digits(qint64 value, int width)
{
    return QByteArray::number(value).rightJustified(width, '0');
}

int nextBatch(int batch)
{
    return batch >= 999999 || batch < 1 ? 1 : batch + 1;
}

QJsonValue optionalNumber(const std::optional<int> &n)
{
    return n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null);
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

void HostSimulator::setLedgerFile(const QString &path)
{
    m_ledgerPath = path;
    writeLedger();
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
    applyRegistryBatches();
    if (m_ledgerChanged)
        writeLedger();
}

// A batch number the registry gives, or changes, becomes the host's current batch for that terminal. The same number
// given again does not undo the moves settlements made since.
void HostSimulator::applyRegistryBatches()
{
    const QHash<QString, int> batches = m_registry.terminalBatches();
    for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
        if (m_appliedRegistryBatch.value(it.key(), 0) == it.value())
            continue;
        m_appliedRegistryBatch.insert(it.key(), it.value());
        m_terminals[it.key()].hostBatch = it.value();
        m_ledgerChanged = true;
        log(QStringLiteral("registry: host batch of %1 is %2").arg(it.key()).arg(it.value()));
    }
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
                // The request was processed in full (the ledger keeps it); only the answer goes missing.
                if (takeFault(QStringLiteral("approve-silent"), mti) || takeFault(QStringLiteral("drop"), mti)) {
                    log(QStringLiteral("   fault: approve-silent (processed, no answer)"));
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
    m_notes.clear();
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
    for (const QString &n : std::as_const(m_notes))
        *logLine += QStringLiteral("\n   ") + n;
    // Before the answer leaves: whoever reads the file after the answer sees the ledger that answer left.
    if (m_ledgerChanged)
        writeLedger();
    return reply;
}

Message HostSimulator::replyTo(const Message &request, QByteArrayView code)
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

QByteArray HostSimulator::finishReply(const iso8583::Frame &frame, Message reply, bool withMac, const QString &tid,
                                      QByteArrayView requestMti)
{
    const auto t = m_terminals.constFind(tid);
    std::optional<crypto::MacEngine> mac;
    if (withMac && t != m_terminals.cend() && !t->macKey.isEmpty()) {
        auto engine = crypto::MacEngine::create(m_registry.macAlgorithm(), t->macKey.view());
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
    QByteArray header = frame.header;
    if (takeFault(QStringLiteral("resign"), requestMti)) {
        // The header lies outside the MAC block: the answer stays valid, it only asks for a new sign-on.
        if (auto h = iso8583::Header::fromBytes(header)) {
            h->processingRequirement = 3;
            header = h->toBytes();
            note(QStringLiteral("fault: resign (header processing requirement 3)"));
        }
    }
    if (takeFault(QStringLiteral("ic-update"), requestMti)) {
        if (auto h = iso8583::Header::fromBytes(header)) {
            h->processingRequirement = 4;
            header = h->toBytes();
            note(QStringLiteral("fault: ic-update (header processing requirement 4: update the public keys)"));
        }
    }
    auto wire = iso8583::packFrame(replyTpdu, header, *body);
    return wire ? *wire : QByteArray();
}

void HostSimulator::closeBatch(TerminalState &state, int batch)
{
    state.settled.insert(batch);
    state.hostBatch = nextBatch(batch);
    m_ledgerChanged = true;
    note(QStringLiteral("batch %1 closed; host batch now %2").arg(batch).arg(state.hostBatch));
}

QByteArray HostSimulator::respond(const iso8583::Frame &frame, const Message &request, QString *out)
{
    const QByteArrayView mti = request.mti();
    const QString tid = request.text(41);
    const QString mid = request.text(42);
    const bool financial = isFinancial(mti);
    auto reply = [&](QByteArrayView code, bool withMac = false, std::function<void(Message &)> extra = {}) {
        Message r = replyTo(request, code);
        if (extra)
            extra(r);
        *out = QStringLiteral("%1 code %2 TID %3 STAN %4")
                   .arg(QString::fromLatin1(r.mti()), QString::fromLatin1(code), tid, request.text(11));
        return finishReply(frame, r, withMac, tid, mti);
    };
    // refuse=CODE: the host says no and changes nothing.
    auto refusal = [&]() -> std::optional<QByteArray> {
        auto f = takeFault(QStringLiteral("refuse"), mti);
        if (!f)
            return std::nullopt;
        note(QStringLiteral("fault: refuse with %1, nothing changed").arg(QString::fromLatin1(f->refuseCode)));
        return reply(f->refuseCode, financial);
    };

    // The echo test checks the network path, not the registration: real hosts answer it for any terminal.
    const bool echo = mti == "0820" && request.view(60).size() >= 11 && request.view(60).sliced(8, 3) == "301";
    const bool registered = m_registry.knowsTerminal(tid) && m_registry.merchantOf(tid) == mid;
    if (!echo && !m_registry.knowsTerminal(tid))
        return reply("97");
    if (!echo && m_registry.merchantOf(tid) != mid)
        return reply("03");
    auto f60 = iso8583::Field60::parse(request.view(60));
    const int batch = f60 ? f60->batch.toInt() : 0;
    if (registered) {
        TerminalState &known = m_terminals[tid];
        if (known.hostBatch == 0 && batch > 0) {
            known.hostBatch = batch;
            m_ledgerChanged = true;
            note(QStringLiteral("host batch of %1 adopted from the terminal: %2").arg(tid).arg(batch));
        }
    }
    if (echo) {
        if (auto r = refusal())
            return *r;
        return reply("00");
    }
    TerminalState &state = m_terminals[tid];

    if (financial) {
        if (state.macKey.isEmpty())
            return reply("A0");
        auto engine = crypto::MacEngine::create(m_registry.macAlgorithm(), state.macKey.view());
        auto body = iso8583::pack(request);
        auto mab = body ? iso8583::macBlock(*body) : Result<QByteArrayView>(body.error());
        if (!engine || !mab || !request.has(64) || !engine->verify(*mab, request.view(64)))
            return reply("A0");
    }
    if (auto r = refusal())
        return *r;

    if (mti == "0800" || mti == "0820") {
        const auto answerWith = [&](QByteArrayView code, QByteArray field62) {
            return reply(code, false, [&](Message &r) {
                if (!field62.isEmpty())
                    r.set(62, field62);
            });
        };
        if (auto ic = icDownload(request, f60 ? f60->networkCode : QByteArray(), answerWith))
            return *ic;
    }
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
        state.pinKey = keys.pinKey;
        // 60.2 of the 0810 is the host's batch: the terminal learns where the host stands.
        QByteArray field60;
        if (f60 && state.hostBatch > 0) {
            iso8583::Field60 ours = *f60;
            ours.batch = digits(state.hostBatch, 6);
            if (auto d = ours.toDigits())
                field60 = *d;
        }
        return reply("00", false, [&](Message &r) {
            r.set(37, nextRrn());
            r.set(62, *field62);
            if (!field60.isEmpty())
                r.set(60, field60);
        });
    }
    if (mti == "0820")
        return reply("00");

    const int stan = request.text(11).toInt();
    const qint64 amount = request.text(4).toLongLong();
    const bool domestic = request.has(2)    ? request.view(2).startsWith("62")
                          : request.has(35) ? request.view(35).startsWith("62")
                                            : true;

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
        Entry e;
        e.kind = isVoid ? "void" : isRefund ? "refund" : "sale";
        e.amount = amount;
        e.requested = amount;
        e.domestic = domestic;
        if (isVoid) {
            // 61 names the sale being voided: its batch and STAN.
            auto f61 = iso8583::Field61::parse(request.view(61));
            if (!f61)
                return reply("30", true);
            const int saleBatch = f61->batch.toInt();
            const int saleStan = f61->stan.toInt();
            const auto b = state.ledger.find(saleBatch);
            const auto sale = b == state.ledger.end() ? QMap<int, Entry>::iterator() : b->find(saleStan);
            if (b == state.ledger.end() || sale == b->end() || sale->kind != "sale" || sale->voided || sale->reversed) {
                note(QStringLiteral("void refused: no approved, unvoided sale %1/%2").arg(saleBatch).arg(saleStan));
                return reply("25", true);
            }
            sale->voided = true;
            e.domestic = sale->domestic; // the void carries no card number
            e.originalBatch = saleBatch;
            e.originalStan = saleStan;
        }
        if (isVoid || isRefund)
            e.originalRrn = request.bytes(37);
        if (isRefund) {
            auto f61 = iso8583::Field61::parse(request.view(61));
            if (f61 && (f61->batch.toInt() != 0 || f61->stan.toInt() != 0)) {
                e.originalBatch = f61->batch.toInt();
                e.originalStan = f61->stan.toInt();
            }
        }
        if (!isVoid && !isRefund) {
            if (auto f = takeFault(QStringLiteral("partial"), mti)) {
                e.amount = f->partialFen;
                e.responseCode = "10";
                note(QStringLiteral("fault: partial approval of %1 fen out of %2").arg(e.amount).arg(amount));
            }
        }
        if (!isVoid && !isRefund && request.has(55) && m_chip) {
            // The issuer checks the PIN of its cards: field 52 decrypted with the terminal's PIN key.
            QByteArray pan = request.has(2) ? request.bytes(2) : request.bytes(35);
            pan = pan.left(pan.indexOf('=') < 0 ? pan.size() : pan.indexOf('='));
            const QString pinVerdict =
                m_chip->checkPin(pan, request.has(52) ? request.view(52) : QByteArrayView(), state.pinKey.view());
            pan.fill('\0');
            if (!pinVerdict.isEmpty()) {
                note(pinVerdict);
                return reply("55", true);
            }
            e.pinVerified = request.has(52) && request.text(22) == u"051";
            if (e.pinVerified)
                note(QStringLiteral("PIN: verified"));
        }
        QByteArray chipReply;
        if (!isVoid && !isRefund && request.has(55)) {
            if (!m_chip) {
                note(QStringLiteral("chip: no issuer keys (--chip), answered without ARPC"));
            } else {
                QByteArray pan = request.has(2) ? request.bytes(2) : request.bytes(35);
                pan = pan.left(pan.indexOf('=') < 0 ? pan.size() : pan.indexOf('='));
                const QByteArray psn = request.has(23) ? request.bytes(23) : QByteArray();
                const bool scripts = takeFault(QStringLiteral("script-block"), mti).has_value();
                const auto verdict = m_chip->authorise(pan, psn, request.view(55), e.responseCode,
                                                       scripts ? QStringLiteral("block") : QString());
                pan.fill('\0');
                note(verdict.note);
                if (!verdict.cryptogramOk) {
                    state.seenStans.remove(key);
                    return reply("A7", true);
                }
                chipReply = verdict.replyField55;
                if (takeFault(QStringLiteral("bad-arpc"), mti) && chipReply.size() > 2) {
                    chipReply[2] = char(chipReply[2] ^ 0x55);
                    note(QStringLiteral("fault: ARPC spoiled"));
                }
                e.chip = true;
            }
        }
        e.rrn = nextRrn();
        e.authCode = digits(QRandomGenerator::global()->bounded(1000000), 6);
        state.ledger[batch].insert(stan, e);
        m_ledgerChanged = true;
        return reply(e.responseCode, true, [&](Message &r) {
            if (e.amount != amount)
                r.set(4, digits(e.amount, 12));
            r.set(37, e.rrn);
            r.set(38, e.authCode);
            if (!chipReply.isEmpty())
                r.set(55, chipReply);
        });
    }
    if (mti == "0400") {
        // The reversal names the transaction it undoes by its own STAN (11) and batch (60.2).
        const auto b = state.ledger.find(batch);
        const auto it = b == state.ledger.end() ? QMap<int, Entry>::iterator() : b->find(stan);
        if (b == state.ledger.end() || it == b->end()) {
            note(QStringLiteral("reversal: the host never approved %1/%2").arg(batch).arg(stan));
            return reply("25", true);
        }
        if (it->reversed) {
            note(QStringLiteral("reversal: %1/%2 is already reversed, nothing changed").arg(batch).arg(stan));
            return reply("00", true);
        }
        if ((f60 && f60->typeCode == "23") || it->kind == "void") {
            // Undoing a void brings the sale back; 61 names that sale, and it must be the one this void voided.
            if (it->kind != "void") {
                note(QStringLiteral("reversal of a void: %1/%2 is a %3, not a void")
                         .arg(batch)
                         .arg(stan)
                         .arg(QString::fromLatin1(it->kind)));
                return reply("25", true);
            }
            auto f61 = iso8583::Field61::parse(request.view(61));
            const int saleBatch = f61 ? f61->batch.toInt() : -1;
            const int saleStan = f61 ? f61->stan.toInt() : -1;
            const auto sb = state.ledger.find(saleBatch);
            const auto sale = sb == state.ledger.end() ? QMap<int, Entry>::iterator() : sb->find(saleStan);
            const bool names = sb != state.ledger.end() && sale != sb->end() && sale->kind == "sale" && sale->voided &&
                               it->originalBatch == saleBatch && it->originalStan == saleStan;
            if (!names) {
                note(QStringLiteral("reversal of void %1/%2: 61 (%3) does not name the sale it voided (%4/%5)")
                         .arg(batch)
                         .arg(stan)
                         .arg(request.text(61))
                         .arg(it->originalBatch.value_or(0))
                         .arg(it->originalStan.value_or(0)));
                return reply("25", true);
            }
            sale->voided = false;
            note(QStringLiteral("void %1/%2 reversed: sale %3/%4 is no longer voided")
                     .arg(batch)
                     .arg(stan)
                     .arg(saleBatch)
                     .arg(saleStan));
        }
        it->reversed = true;
        it->chipReversal = it->chip && request.has(55) && request.has(23) && request.text(22).startsWith(u"05");
        if (it->chip && !it->chipReversal)
            note(QStringLiteral("reversal of chip sale %1/%2 without its chip data (22, 23, 55)").arg(batch).arg(stan));
        m_ledgerChanged = true;
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
        using Flag = iso8583::SettlementTotals::Reconciliation;
        iso8583::SettlementTotals answer = *theirs;
        const bool forcedUnbalanced = takeFault(QStringLiteral("unbalanced"), mti).has_value();
        auto flag = [&](const auto &a, const auto &b) {
            const bool same = a.debitAmount == b.debitAmount && a.debitCount == b.debitCount &&
                              a.creditAmount == b.creditAmount && a.creditCount == b.creditCount;
            return same && !forcedUnbalanced ? Flag::Balanced : Flag::NotBalanced;
        };
        answer.domestic.flag = flag(theirs->domestic, ours.domestic);
        answer.foreign.flag = flag(theirs->foreign, ours.foreign);
        if (takeFault(QStringLiteral("settle-flag0"), mti)) {
            answer.domestic.flag = Flag::NotSet;
            answer.foreign.flag = Flag::NotSet;
            note(QStringLiteral("fault: settle-flag0 (both reconciliation flags 0)"));
        }
        if (answer.domestic.flag == Flag::Balanced && answer.foreign.flag == Flag::Balanced)
            closeBatch(state, batch);
        auto digitsOf48 = answer.toDigits();
        return reply("00", false, [&](Message &r) {
            r.set(15, QDateTime::currentDateTime().toString(QStringLiteral("MMdd")).toLatin1());
            r.set(37, nextRrn());
            if (digitsOf48)
                r.set(48, *digitsOf48);
        });
    }
    if (mti == "0620") {
        // A chip transaction's script results (60.3 = 951); 61 names the transaction (batch, STAN).
        auto f61 = iso8583::Field61::parse(request.view(61));
        const int adviceBatch = f61 ? f61->batch.toInt() : -1;
        const int adviceStan = f61 ? f61->stan.toInt() : -1;
        auto b = state.ledger.find(adviceBatch);
        const bool named = f60 && f60->networkCode == "951" && b != state.ledger.end() && b->contains(adviceStan) &&
                           (*b)[adviceStan].chip;
        if (!named || !request.has(55)) {
            note(QStringLiteral("script advice: 61 (%1) names no chip transaction the host holds, or 55 is missing")
                     .arg(request.text(61)));
            return reply("25", true);
        }
        (*b)[adviceStan].scriptAdvised = true;
        m_ledgerChanged = true;
        note(QStringLiteral("script advice for %1/%2 taken").arg(adviceBatch).arg(adviceStan));
        return reply("00", true);
    }
    if (mti == "0320") {
        const QByteArray network = f60 ? f60->networkCode : QByteArray();
        if (network == "201" || network == "203" || network == "205") {
            // One uploaded transaction: the host takes the terminal's record where its ledger lacks it.
            auto f61 = iso8583::Field61::parse(request.view(61));
            if (f61) {
                auto &batchLedger = state.ledger[f61->batch.toInt()];
                const int original = f61->stan.toInt();
                if (!batchLedger.contains(original) || batchLedger[original].reversed) {
                    Entry e;
                    e.kind = request.view(3) == "000000" ? "sale" : "refund";
                    e.amount = amount;
                    e.requested = amount;
                    e.domestic = request.view(63) == "CUP";
                    e.rrn = request.bytes(37);
                    e.authCode = request.bytes(38);
                    e.uploaded = true;
                    batchLedger.insert(original, e);
                    m_ledgerChanged = true;
                    note(QStringLiteral("batch upload: took in %1/%2").arg(f61->batch.toInt()).arg(original));
                }
                if (network != "201" && request.has(55)) {
                    // A chip transaction's TC: after a balanced settlement (203) or in an unbalanced one's upload.
                    batchLedger[original].tcUploaded = true;
                    m_ledgerChanged = true;
                    note(QStringLiteral("TC upload (%1) for %2/%3")
                             .arg(QString::fromLatin1(network))
                             .arg(f61->batch.toInt())
                             .arg(original));
                }
            }
        } else if (network == "202" || network == "207") {
            closeBatch(state, batch);
        }
        return reply("00");
    }
    return reply("12");
}

QByteArray HostSimulator::ledgerJson() const
{
    QJsonObject terminals;
    for (auto t = m_terminals.cbegin(); t != m_terminals.cend(); ++t) {
        QList<int> numbers = t->ledger.keys();
        for (int settled : t->settled)
            if (!t->ledger.contains(settled))
                numbers << settled;
        QJsonObject batches;
        for (int number : std::as_const(numbers)) {
            const QMap<int, Entry> entries = t->ledger.value(number);
            const bool settled = t->settled.contains(number);
            if (entries.isEmpty() && !settled)
                continue;
            QJsonArray list;
            for (auto e = entries.cbegin(); e != entries.cend(); ++e) {
                list.append(QJsonObject{
                    {QStringLiteral("stan"), e.key()},
                    {QStringLiteral("kind"), QString::fromLatin1(e->kind)},
                    {QStringLiteral("amount"), e->amount},
                    {QStringLiteral("requested"), e->requested},
                    {QStringLiteral("domestic"), e->domestic},
                    {QStringLiteral("reversed"), e->reversed},
                    {QStringLiteral("voided"), e->voided},
                    {QStringLiteral("rrn"), QString::fromLatin1(e->rrn)},
                    {QStringLiteral("authCode"), QString::fromLatin1(e->authCode)},
                    {QStringLiteral("responseCode"), QString::fromLatin1(e->responseCode)},
                    {QStringLiteral("originalBatch"), optionalNumber(e->originalBatch)},
                    {QStringLiteral("originalStan"), optionalNumber(e->originalStan)},
                    {QStringLiteral("originalRrn"), e->originalRrn.isEmpty()
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(QString::fromLatin1(e->originalRrn))},
                    {QStringLiteral("uploaded"), e->uploaded},
                    {QStringLiteral("chip"), e->chip},
                    {QStringLiteral("chipReversal"), e->chipReversal},
                    {QStringLiteral("pinVerified"), e->pinVerified},
                    {QStringLiteral("tcUploaded"), e->tcUploaded},
                    {QStringLiteral("scriptAdvised"), e->scriptAdvised},
                });
            }
            batches.insert(QString::number(number),
                           QJsonObject{{QStringLiteral("settled"), settled}, {QStringLiteral("entries"), list}});
        }
        terminals.insert(
            t.key(), QJsonObject{{QStringLiteral("hostBatch"), t->hostBatch}, {QStringLiteral("batches"), batches}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("terminals"), terminals}}).toJson(QJsonDocument::Indented);
}

void HostSimulator::writeLedger()
{
    m_ledgerChanged = false;
    if (m_ledgerPath.isEmpty())
        return;
    const QString tmp = m_ledgerPath + QStringLiteral(".tmp");
    QFile f(tmp);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        log(QStringLiteral("   ledger: cannot write %1: %2").arg(tmp, f.errorString()));
        return;
    }
    const QByteArray json = ledgerJson();
    if (f.write(json) != json.size() || !f.flush()) {
        log(QStringLiteral("   ledger: cannot write %1: %2").arg(tmp, f.errorString()));
        return;
    }
    f.close();
    // std::filesystem::rename replaces the old file in one step, which QFile::rename refuses to do.
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(tmp.toStdU16String()),
                            std::filesystem::path(m_ledgerPath.toStdU16String()), ec);
    if (ec)
        log(QStringLiteral("   ledger: cannot rename %1: %2").arg(tmp, QString::fromStdString(ec.message())));
}

std::optional<QByteArray> HostSimulator::icDownload(const Message &request, const QByteArray &networkCode,
                                                    const std::function<QByteArray(QByteArrayView, QByteArray)> &reply)
{
    const bool list = request.mti() == "0820" && (networkCode == "372" || networkCode == "382");
    const bool item = request.mti() == "0800" && (networkCode == "370" || networkCode == "380");
    const bool end = request.mti() == "0800" && (networkCode == "371" || networkCode == "381");
    if (!list && !item && !end)
        return std::nullopt;
    const bool keys = networkCode.startsWith("37");
    if (!m_chip) {
        note(QStringLiteral("IC download: no IC parameters here (--chip)"));
        return reply("00", list ? QByteArray("0") : QByteArray());
    }
    if (end) {
        note(QStringLiteral("IC download of %1 ended").arg(keys ? QStringLiteral("CA keys") : QStringLiteral("AIDs")));
        return reply("00", QByteArray());
    }
    constexpr int PageSize = 1; // one entry a page, so that terminals really page
    if (list) {
        auto from = icfield62::readListQuery(request.view(62));
        if (!from)
            return reply("30", QByteArray());
        note(QStringLiteral("IC %1 list from entry %2")
                 .arg(keys ? QStringLiteral("key") : QStringLiteral("AID"))
                 .arg(*from));
        return reply("00", keys ? icfield62::keyListPage(m_chip->caKeys(), *from, PageSize)
                                : icfield62::aidListPage(m_chip->aids(), *from, PageSize));
    }
    auto wanted = icfield62::readRequest(request.view(62), keys);
    if (!wanted)
        return reply("30", QByteArray());
    if (keys) {
        for (const CaKeyRecord &k : m_chip->caKeys())
            if (k.key.rid == wanted->id && k.key.index == wanted->index)
                return reply("00", icfield62::keyAnswer(k));
    } else {
        for (const AidRecord &a : m_chip->aids())
            if (a.aid.aid == wanted->id)
                return reply("00", icfield62::aidAnswer(a));
    }
    note(QStringLiteral("IC download: no such entry"));
    return reply("00", QByteArray("0"));
}

} // namespace posdesk::hostsim
