#include "enrollment/EnrollmentRecords.h"

#include <algorithm>

#include "enrollment/EnrollmentService.h"
#include "security/Permissions.h"
#include "storage/AcquirerRepository.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"
#include "storage/UnitOfWork.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace posdesk {

namespace {

Status oneOf(const QString &value, const QStringList &allowed, const char *what)
{
    if (allowed.contains(value))
        return {};
    return Error::usage(
        QCoreApplication::translate("posdesk::EnrollmentRecords", "“%1” is not a known %2. Use one of: %3.")
            .arg(value, QCoreApplication::translate("posdesk::EnrollmentRecords", what),
                 allowed.join(QStringLiteral(", "))));
}
} // namespace

const QStringList &EnrollmentRecords::documentKinds()
{
    static const QStringList k{QStringLiteral("business-licence"), QStringLiteral("tax-registration"),
                               QStringLiteral("legal-rep-id"), QStringLiteral("installation-form"),
                               QStringLiteral("contract")};
    return k;
}

const QStringList &EnrollmentRecords::documentStatuses()
{
    static const QStringList k{QStringLiteral("missing"), QStringLiteral("submitted"), QStringLiteral("accepted"),
                               QStringLiteral("rejected")};
    return k;
}

const QStringList &EnrollmentRecords::costCategories()
{
    static const QStringList k{QStringLiteral("device"),           QStringLiteral("installation"),
                               QStringLiteral("training"),         QStringLiteral("maintenance"),
                               QStringLiteral("software-licence"), QStringLiteral("other")};
    return k;
}

const QStringList &EnrollmentRecords::maintenanceKinds()
{
    static const QStringList k{QStringLiteral("maintenance"), QStringLiteral("software-update"),
                               QStringLiteral("parameter-download"), QStringLiteral("inspection")};
    return k;
}

Result<Terminal> EnrollmentRecords::terminal(const QString &tid)
{
    return TerminalRepository(m_db).findByTid(tid);
}

Status EnrollmentRecords::editTerminal(const Actor &actor, const QString &tid, const TerminalEdit &e)
{
    if (auto s = require(m_db, m_clock, actor, Permission::ManageTerminals, QStringLiteral("terminal ") + tid); !s)
        return s;
    for (const auto &value : {e.tid, e.assignedTid}) {
        if (value && !value->isEmpty()) {
            if (const QString p = EnrollmentService::tidProblem(*value); !p.isEmpty())
                return Error::usage(p);
        }
    }
    if (e.assignedMid && !e.assignedMid->isEmpty()) {
        if (const QString p = EnrollmentService::midProblem(*e.assignedMid); !p.isEmpty())
            return Error::usage(p);
    }
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus();
    auto t = terminal(tid);
    if (!t)
        return t.error();
    QStringList changes;
    auto apply = [&](const std::optional<QString> &v, QString &field, const char *name) {
        if (v && *v != field) {
            changes << QStringLiteral("%1: %2 -> %3").arg(QLatin1String(name), field, *v);
            field = *v;
        }
    };
    apply(e.tid, t->tid, "tid");
    apply(e.serial, t->serial, "serial");
    apply(e.brand, t->brand, "brand");
    apply(e.model, t->model, "model");
    apply(e.softwareVersion, t->softwareVersion, "software");
    apply(e.paramVersion, t->paramVersion, "parameters");
    apply(e.location, t->location, "location");
    apply(e.assignedTid, t->assignedTid, "assigned tid");
    apply(e.assignedMid, t->assignedMid, "assigned mid");
    t->updatedAt = m_clock.nowMs();
    if (auto s = TerminalRepository(m_db).updateDetails(*t); !s)
        return s;
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("terminal.edit"), QStringLiteral("terminal ") + tid,
                       QStringLiteral("ok"), changes.join(QStringLiteral("; ")));
        !s)
        return s;
    return uow.commit();
}

Status EnrollmentRecords::editAcquirer(const Actor &actor, const QString &name,
                                       const std::function<void(Acquirer &)> &change)
{
    if (auto s = require(m_db, m_clock, actor, Permission::ManageAcquirers, QStringLiteral("acquirer ") + name); !s)
        return s;
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus();
    AcquirerRepository repo(m_db);
    auto a = repo.findByName(name);
    if (!a)
        return a.error();
    const Acquirer before = *a;
    change(*a);
    // The same rules as a new profile: an edit cannot store what adding would refuse.
    if (const QString problem = EnrollmentService::acquirerProblem(*a); !problem.isEmpty())
        return Error::usage(problem);
    a->name = a->name.trimmed();
    a->host = a->host.trimmed();
    a->tpdu = a->tpdu.toUpper();
    if (a->name != before.name) {
        if (auto other = repo.findByName(a->name); other && other->id != a->id)
            return Error::usage(QCoreApplication::translate("posdesk::EnrollmentRecords",
                                                            "Another acquirer profile is already called “%1”.")
                                    .arg(a->name));
    }
    if (auto s = repo.update(*a); !s)
        return s;
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("acquirer.edit"), QStringLiteral("acquirer ") + name,
                       QStringLiteral("ok"),
                       QStringLiteral("%1:%2 -> %3:%4").arg(before.host).arg(before.port).arg(a->host).arg(a->port));
        !s)
        return s;
    return uow.commit();
}

Result<Id> EnrollmentRecords::addDocument(const Actor &actor, const QString &tid, const QString &kind,
                                          const QString &status, const QString &filePath, const QString &note)
{
    if (auto s = require(m_db, m_clock, actor, Permission::ManageTerminals, QStringLiteral("terminal ") + tid); !s)
        return s.error();
    if (auto s = oneOf(kind, documentKinds(), QT_TRANSLATE_NOOP("posdesk::EnrollmentRecords", "document kind")); !s)
        return s.error();
    if (auto s = oneOf(status, documentStatuses(), QT_TRANSLATE_NOOP("posdesk::EnrollmentRecords", "document status"));
        !s)
        return s.error();
    auto t = terminal(tid);
    if (!t)
        return t.error();
    QString stored, hash, name;
    if (!filePath.isEmpty()) {
        QFile in(filePath);
        if (!in.open(QIODevice::ReadOnly))
            return Error::environment(
                QCoreApplication::translate("posdesk::EnrollmentRecords", "Cannot read the document file %1.")
                    .arg(filePath));
        QCryptographicHash h(QCryptographicHash::Sha256);
        if (!h.addData(&in))
            return Error::environment(
                QCoreApplication::translate("posdesk::EnrollmentRecords", "Cannot read the document file %1.")
                    .arg(filePath));
        hash = QString::fromLatin1(h.result().toHex());
        name = QFileInfo(filePath).fileName();
        const QDir dir(QDir(m_dataFolder).filePath(QStringLiteral("documents")));
        if (!dir.mkpath(QStringLiteral(".")))
            return Error::environment(
                QCoreApplication::translate("posdesk::EnrollmentRecords", "Cannot create the folder %1.")
                    .arg(dir.path()));
        stored = dir.filePath(hash.left(16) + u'-' + name);
        if (!QFile::exists(stored) && !QFile::copy(filePath, stored))
            return Error::environment(
                QCoreApplication::translate("posdesk::EnrollmentRecords", "Cannot copy the document to %1.")
                    .arg(stored));
    }
    const TimeMs now = m_clock.nowMs();
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus().error();
    auto id = sql::insert(m_db,
                          QStringLiteral("INSERT INTO enrollment_documents (merchant_id, terminal_id, kind, status, "
                                         "file_name, stored_path, sha256, note, created_at, updated_at) VALUES (?, ?, "
                                         "?, ?, ?, ?, ?, ?, ?, ?)"),
                          {qlonglong(t->merchantId), qlonglong(t->id), kind, status, sql::nullableText(name),
                           sql::nullableText(stored), sql::nullableText(hash), sql::nullableText(note), qlonglong(now),
                           qlonglong(now)},
                          QCoreApplication::translate("posdesk::EnrollmentRecords", "recording a document"));
    if (!id)
        return id.error();
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("document.add"), QStringLiteral("terminal ") + tid,
                       QStringLiteral("ok"), QStringLiteral("%1 %2 sha256 %3").arg(kind, status, hash));
        !s)
        return s.error();
    if (auto s = uow.commit(); !s)
        return s.error();
    return id;
}

Status EnrollmentRecords::setDocumentStatus(const Actor &actor, Id documentId, const QString &status,
                                            const QString &note)
{
    if (auto s =
            require(m_db, m_clock, actor, Permission::ManageTerminals, QStringLiteral("document %1").arg(documentId));
        !s)
        return s;
    if (auto s = oneOf(status, documentStatuses(), QT_TRANSLATE_NOOP("posdesk::EnrollmentRecords", "document status"));
        !s)
        return s;
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus();
    if (auto s = sql::change(
            m_db,
            QStringLiteral("UPDATE enrollment_documents SET status = ?, note = COALESCE(?, note), "
                           "updated_at = ? WHERE id = ?"),
            {status, sql::nullableText(note), qlonglong(m_clock.nowMs()), qlonglong(documentId)},
            QCoreApplication::translate("posdesk::EnrollmentRecords", "updating a document"),
            QCoreApplication::translate("posdesk::EnrollmentRecords", "No document number %1.").arg(documentId));
        !s)
        return s;
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("document.status"),
                       QStringLiteral("document %1").arg(documentId), QStringLiteral("ok"), status);
        !s)
        return s;
    return uow.commit();
}

Result<std::vector<EnrollmentDocument>> EnrollmentRecords::documents(const QString &tid)
{
    auto t = terminal(tid);
    if (!t)
        return t.error();
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, merchant_id, terminal_id, kind, status, COALESCE(file_name, ''), "
                                     "COALESCE(stored_path, ''), COALESCE(sha256, ''), COALESCE(note, ''), updated_at "
                                     "FROM enrollment_documents WHERE terminal_id = ? OR (terminal_id IS NULL AND "
                                     "merchant_id = ?) ORDER BY id"),
                      {qlonglong(t->id), qlonglong(t->merchantId)},
                      QCoreApplication::translate("posdesk::EnrollmentRecords", "listing documents"));
    if (!q)
        return q.error();
    std::vector<EnrollmentDocument> out;
    while (q->next())
        out.push_back({q->value(0).toLongLong(), sql::optionalInt(q->value(1)), sql::optionalInt(q->value(2)),
                       q->value(3).toString(), q->value(4).toString(), q->value(5).toString(), q->value(6).toString(),
                       q->value(7).toString(), q->value(8).toString(), q->value(9).toLongLong()});
    return out;
}

QStringList EnrollmentRecords::outstandingDocumentKinds(const std::vector<EnrollmentDocument> &documents)
{
    QStringList out;
    for (const QString &kind : documentKinds()) {
        const bool covered = std::any_of(documents.begin(), documents.end(), [&](const EnrollmentDocument &d) {
            return d.kind == kind && (d.status == u"submitted" || d.status == u"accepted");
        });
        if (!covered)
            out << kind;
    }
    return out;
}

Result<Id> EnrollmentRecords::addCost(const Actor &actor, const QString &tid, const QString &category,
                                      const Money &amount, const QDate &incurredOn, const QString &note)
{
    if (auto s = require(m_db, m_clock, actor, Permission::ManageTerminals, QStringLiteral("terminal ") + tid); !s)
        return s.error();
    if (auto s = oneOf(category, costCategories(), QT_TRANSLATE_NOOP("posdesk::EnrollmentRecords", "cost category"));
        !s)
        return s.error();
    if (amount.minor() < 0)
        return Error::usage(QCoreApplication::translate("posdesk::EnrollmentRecords", "A cost cannot be negative."));
    if (!incurredOn.isValid())
        return Error::usage(
            QCoreApplication::translate("posdesk::EnrollmentRecords", "The cost needs a date (YYYY-MM-DD)."));
    auto t = terminal(tid);
    if (!t)
        return t.error();
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus().error();
    auto id = sql::insert(m_db,
                          QStringLiteral("INSERT INTO terminal_costs (terminal_id, category, amount_minor, currency, "
                                         "incurred_on, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {qlonglong(t->id), category, qlonglong(amount.minor()), amount.currency(),
                           incurredOn.toString(Qt::ISODate), sql::nullableText(note), qlonglong(m_clock.nowMs())},
                          QCoreApplication::translate("posdesk::EnrollmentRecords", "recording a cost"));
    if (!id)
        return id.error();
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("cost.add"), QStringLiteral("terminal ") + tid,
                       QStringLiteral("ok"),
                       QStringLiteral("%1 %2 %3").arg(category, amount.toPlainString(), amount.currency()));
        !s)
        return s.error();
    if (auto s = uow.commit(); !s)
        return s.error();
    return id;
}

Result<std::vector<TerminalCost>> EnrollmentRecords::costs(const QString &tid)
{
    auto t = terminal(tid);
    if (!t)
        return t.error();
    auto q =
        sql::run(m_db,
                 QStringLiteral("SELECT id, category, amount_minor, currency, incurred_on, COALESCE(note, '') FROM "
                                "terminal_costs WHERE terminal_id = ? ORDER BY incurred_on, id"),
                 {qlonglong(t->id)}, QCoreApplication::translate("posdesk::EnrollmentRecords", "listing costs"));
    if (!q)
        return q.error();
    std::vector<TerminalCost> out;
    while (q->next())
        out.push_back({q->value(0).toLongLong(), t->id, q->value(1).toString(),
                       Money(q->value(2).toLongLong(), q->value(3).toString()),
                       QDate::fromString(q->value(4).toString(), Qt::ISODate), q->value(5).toString()});
    return out;
}

Result<Id> EnrollmentRecords::scheduleMaintenance(const Actor &actor, const QString &tid, const QString &kind,
                                                  const QDate &dueOn, const QString &note, const QString &provider)
{
    if (auto s = require(m_db, m_clock, actor, Permission::ManageTerminals, QStringLiteral("terminal ") + tid); !s)
        return s.error();
    if (auto s = oneOf(kind, maintenanceKinds(), QT_TRANSLATE_NOOP("posdesk::EnrollmentRecords", "maintenance kind"));
        !s)
        return s.error();
    if (!dueOn.isValid())
        return Error::usage(
            QCoreApplication::translate("posdesk::EnrollmentRecords", "The item needs a due date (YYYY-MM-DD)."));
    auto t = terminal(tid);
    if (!t)
        return t.error();
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus().error();
    auto id = sql::insert(
        m_db,
        QStringLiteral("INSERT INTO maintenance (terminal_id, kind, due_on, note, created_at, provider) VALUES "
                       "(?, ?, ?, ?, ?, ?)"),
        {qlonglong(t->id), kind, dueOn.toString(Qt::ISODate), sql::nullableText(note), qlonglong(m_clock.nowMs()),
         sql::nullableText(provider.trimmed())},
        QCoreApplication::translate("posdesk::EnrollmentRecords", "scheduling maintenance"));
    if (!id)
        return id.error();
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("maintenance.schedule"), QStringLiteral("terminal ") + tid,
                       QStringLiteral("ok"), kind + u' ' + dueOn.toString(Qt::ISODate));
        !s)
        return s.error();
    if (auto s = uow.commit(); !s)
        return s.error();
    return id;
}

Status EnrollmentRecords::completeMaintenance(const Actor &actor, Id itemId, const QString &note,
                                              const QString &provider)
{
    if (auto s =
            require(m_db, m_clock, actor, Permission::ManageTerminals, QStringLiteral("maintenance %1").arg(itemId));
        !s)
        return s;
    UnitOfWork uow(m_db);
    if (!uow.isActive())
        return uow.startStatus();
    if (auto s =
            sql::change(m_db,
                        QStringLiteral("UPDATE maintenance SET done_at = ?, note = COALESCE(?, note), provider = "
                                       "COALESCE(?, provider) WHERE id = ? AND done_at IS NULL"),
                        {qlonglong(m_clock.nowMs()), sql::nullableText(note), sql::nullableText(provider.trimmed()),
                         qlonglong(itemId)},
                        QCoreApplication::translate("posdesk::EnrollmentRecords", "completing maintenance"),
                        QCoreApplication::translate("posdesk::EnrollmentRecords", "No open maintenance item number %1.")
                            .arg(itemId));
        !s)
        return s;
    if (auto s = audit(m_db, m_clock, actor, QStringLiteral("maintenance.done"),
                       QStringLiteral("maintenance %1").arg(itemId), QStringLiteral("ok"), note);
        !s)
        return s;
    return uow.commit();
}

Result<std::vector<MaintenanceItem>> EnrollmentRecords::dueItems(const QString &tid, const QDate &until)
{
    Id terminalId = 0;
    if (!tid.isEmpty()) {
        auto t = terminal(tid);
        if (!t)
            return t.error();
        terminalId = t->id;
    }
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT id, terminal_id, kind, due_on, COALESCE(note, ''), COALESCE(provider, '') "
                                     "FROM maintenance WHERE "
                                     "done_at IS NULL AND due_on <= ? AND (? = 0 OR terminal_id = ?) ORDER BY due_on"),
                      {until.toString(Qt::ISODate), qlonglong(terminalId), qlonglong(terminalId)},
                      QCoreApplication::translate("posdesk::EnrollmentRecords", "listing due maintenance"));
    if (!q)
        return q.error();
    std::vector<MaintenanceItem> out;
    while (q->next())
        out.push_back({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                       QDate::fromString(q->value(3).toString(), Qt::ISODate), std::nullopt, q->value(4).toString(),
                       q->value(5).toString()});
    return out;
}

} // namespace posdesk
