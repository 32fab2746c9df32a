#include "acquirer/IcDownload.h"

#include "security/Permissions.h"
#include "storage/IcParameterRepository.h"
#include "storage/TerminalRepository.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>

namespace posdesk {

namespace {

QByteArray digits(int value, int width)
{
    return QByteArray::number(value).rightJustified(width, '0');
}

} // namespace

struct IcDownload::Job
{
    Actor actor;
    LinkContext context;
    LeasePtr lease;
    Done done;
    QList<icfield62::ListEntry> keyList, aidList;
    QList<CaKeyRecord> keys;
    QList<AidRecord> aids;
    IcDownloadOutcome outcome;
    bool finished = false;
};

void IcDownload::run(const Actor &actor, const QString &tid, Done done)
{
    if (!allowed(actor, Permission::ManageTerminals) && !allowed(actor, Permission::Sell))
        return done(
            require(m_link.db(), m_link.clock(), actor, Permission::ManageTerminals, QStringLiteral("terminal ") + tid)
                .error());
    auto c = m_link.context(tid);
    if (!c)
        return done(c.error());
    auto held = m_link.lease(*c);
    if (!held)
        return done(held.error());
    auto job = std::make_shared<Job>();
    job->actor = actor;
    job->context = *c;
    job->lease = *held;
    job->done = std::move(done);
    listNext(job, true);
}

void IcDownload::exchange(std::shared_ptr<Job> job, const char *mti, const char *networkCode, QByteArray field62,
                          std::function<void(Result<QByteArray>)> next)
{
    if (auto s = job->lease->renew(); !s)
        return next(s.error());
    auto stan = TerminalRepository(m_link.db()).takeStan(job->context.terminal.id);
    if (!stan)
        return next(stan.error());
    iso8583::Message request(mti);
    request.set(11, digits(*stan, 6));
    request.set(41, job->context.terminal.tid.toLatin1());
    request.set(42, job->context.terminal.mid.toLatin1());
    request.set(60, "00" + digits(job->context.terminal.batchNo, 6) + networkCode);
    if (!field62.isEmpty())
        request.set(62, field62);
    auto wire = CupMessages::frame(request, job->context, nullptr);
    if (!wire)
        return next(wire.error());
    HostExchange::start(m_link.endpointOf(job->context.acquirer), *wire, [this, job, request, next](ExchangeResult x) {
        if (!x.reply)
            return next(x.reply.error());
        auto reply = CupMessages::readReply(*x.reply, request, job->context);
        if (!reply)
            return next(reply.error());
        m_link.noteHeader(job->context, *reply);
        if (reply->responseCode != u"00")
            return next(hostDeclined(reply->responseCode, QString::fromLatin1(reply->message.mti())));
        next(reply->message.has(62) ? reply->message.bytes(62) : QByteArray());
    });
}

void IcDownload::listNext(std::shared_ptr<Job> job, bool keys)
{
    QList<icfield62::ListEntry> &list = keys ? job->keyList : job->aidList;
    exchange(job, "0820", keys ? "372" : "382", icfield62::listQuery(int(list.size())),
             [this, job, keys](Result<QByteArray> field62) {
                 if (!field62)
                     return job->done(field62.error());
                 auto page = icfield62::readListPage(*field62, keys);
                 if (!page)
                     return job->done(page.error());
                 QList<icfield62::ListEntry> &entries = keys ? job->keyList : job->aidList;
                 entries.append(page->entries);
                 if (entries.size() > kMaxEntries || (page->more && page->entries.isEmpty()))
                     return job->done(Error::corrupt(
                         QCoreApplication::translate(
                             "posdesk::IcDownload",
                             "The host's IC parameters are malformed. Try the download again later; if it keeps "
                             "failing, call the acquirer."),
                         QStringLiteral("list never ends")));
                 if (page->more)
                     return listNext(job, keys);
                 fetchNext(job, keys, 0);
             });
}

void IcDownload::fetchNext(std::shared_ptr<Job> job, bool keys, int i)
{
    const QList<icfield62::ListEntry> &list = keys ? job->keyList : job->aidList;
    if (i >= list.size()) {
        // End of this part, then the other one or the end.
        exchange(job, "0800", keys ? "371" : "381", {}, [this, job, keys](Result<QByteArray> ended) {
            if (!ended)
                return job->done(ended.error());
            if (keys)
                return listNext(job, false);
            finish(job);
        });
        return;
    }
    const icfield62::ListEntry entry = list[i];
    exchange(job, "0800", keys ? "370" : "380", keys ? icfield62::keyRequest(entry) : icfield62::aidRequest(entry),
             [this, job, keys, i, entry](Result<QByteArray> field62) {
                 if (!field62)
                     return job->done(field62.error());
                 const QString name = QStringLiteral("%1/%2")
                                          .arg(QLatin1String(entry.id.toHex().toUpper()))
                                          .arg(entry.index, 2, 16, QLatin1Char('0'));
                 if (*field62 == "0") {
                     job->outcome.refused
                         << QCoreApplication::translate("posdesk::IcDownload", "%1: the host no longer has it")
                                .arg(name);
                     return fetchNext(job, keys, i + 1);
                 }
                 if (keys) {
                     auto key = icfield62::readKeyAnswer(*field62);
                     const QDate today = AcquirerService::businessDay(m_link.clock().nowMs(), 0);
                     if (!key)
                         job->outcome.refused << QCoreApplication::translate("posdesk::IcDownload", "%1: %2")
                                                     .arg(name, key.error().message);
                     else if (key->key.rid != entry.id || key->key.index != entry.index)
                         job->outcome.refused
                             << QCoreApplication::translate("posdesk::IcDownload", "%1: the host sent another key")
                                    .arg(name);
                     else if (key->key.expiry < today)
                         job->outcome.refused << QCoreApplication::translate("posdesk::IcDownload", "%1: expired on %2")
                                                     .arg(name, key->key.expiry.toString(Qt::ISODate));
                     else
                         job->keys.append(*key);
                 } else {
                     auto aid = icfield62::readAidAnswer(*field62);
                     if (!aid)
                         return job->done(aid.error());
                     job->aids.append(*aid);
                 }
                 fetchNext(job, keys, i + 1);
             });
}

void IcDownload::finish(std::shared_ptr<Job> job)
{
    job->lease->release();
    Database &db = m_link.db();
    UnitOfWork uow(db);
    if (!uow.isActive())
        return job->done(uow.startStatus().error());
    const TimeMs now = m_link.clock().nowMs();
    IcParameterRepository repo(db);
    const Id acquirer = job->context.acquirer.id;
    if (auto s = repo.replaceCaKeys(acquirer, job->keys, now); !s)
        return job->done(s.error());
    if (auto s = repo.replaceAids(acquirer, job->aids, now); !s)
        return job->done(s.error());
    job->outcome.caKeys = int(job->keys.size());
    job->outcome.aids = int(job->aids.size());
    if (auto s = TerminalRepository(db).setIcDownloadRequired(job->context.terminal.id, false, now); !s)
        return job->done(s.error());
    if (auto s = audit(db, m_link.clock(), job->actor, QStringLiteral("ic.download"),
                       QStringLiteral("terminal ") + job->context.terminal.tid, QStringLiteral("ok"),
                       QStringLiteral("%1 CA keys, %2 AIDs, %3 refused")
                           .arg(job->outcome.caKeys)
                           .arg(job->outcome.aids)
                           .arg(job->outcome.refused.size()));
        !s)
        return job->done(s.error());
    if (auto s = uow.commit(); !s)
        return job->done(s.error());
    job->done(job->outcome);
}

} // namespace posdesk
