#pragma once

#include "domain/Entities.h"
#include "security/Actor.h"

#include <QDate>

#include <functional>

#include <vector>

namespace posdesk {

struct EnrollmentDocument
{
    Id id = 0;
    std::optional<Id> merchantId;
    std::optional<Id> terminalId;
    QString kind;   // business-licence | tax-registration | legal-rep-id | installation-form | contract
    QString status; // missing | submitted | accepted | rejected
    QString fileName;
    QString storedPath;
    QString sha256;
    QString note;
    TimeMs updatedAt = 0;
};

struct TerminalCost
{
    Id id = 0;
    Id terminalId = 0;
    QString category; // device | installation | training | maintenance | software-licence | other
    Money amount;
    QDate incurredOn;
    QString note;
};

struct MaintenanceItem
{
    Id id = 0;
    Id terminalId = 0;
    QString kind; // maintenance | software-update | parameter-download | inspection
    QDate dueOn;
    std::optional<TimeMs> doneAt;
    QString note;
    QString provider; // who did (or is to do) the work; empty: not recorded
};

// Changes to a terminal's recorded details; unset fields stay as they are.
struct TerminalEdit
{
    std::optional<QString> tid, serial, brand, model, softwareVersion, paramVersion, location, assignedTid, assignedMid;
};

// The paperwork around a terminal: documents (files kept in the data folder, hash recorded), costs by category,
// the maintenance and software-update schedule, and edits of the terminal's details. Owner's work, audited.
class EnrollmentRecords
{
public:
    EnrollmentRecords(Database &db, const Clock &clock, QString dataFolder)
        : m_db(db), m_clock(clock), m_dataFolder(std::move(dataFolder))
    {}

    static const QStringList &documentKinds();
    static const QStringList &documentStatuses();
    static const QStringList &costCategories();
    static const QStringList &maintenanceKinds();

    Status editTerminal(const Actor &actor, const QString &tid, const TerminalEdit &edit);
    // Changes host settings or contacts of an acquirer profile; `change` edits a copy of the stored profile.
    Status editAcquirer(const Actor &actor, const QString &name, const std::function<void(Acquirer &)> &change);

    // Copies the file into the data folder (documents/<sha256>-<name>) and records it with its SHA-256.
    Result<Id> addDocument(const Actor &actor, const QString &tid, const QString &kind, const QString &status,
                           const QString &filePath, const QString &note);
    Status setDocumentStatus(const Actor &actor, Id documentId, const QString &status, const QString &note);
    Result<std::vector<EnrollmentDocument>> documents(const QString &tid);
    // The kinds the acquirer asks for (all of documentKinds()) that no document of the list covers yet: none is
    // submitted or accepted (missing and rejected papers do not count). In documentKinds() order.
    static QStringList outstandingDocumentKinds(const std::vector<EnrollmentDocument> &documents);

    Result<Id> addCost(const Actor &actor, const QString &tid, const QString &category, const Money &amount,
                       const QDate &incurredOn, const QString &note);
    Result<std::vector<TerminalCost>> costs(const QString &tid);

    Result<Id> scheduleMaintenance(const Actor &actor, const QString &tid, const QString &kind, const QDate &dueOn,
                                   const QString &note, const QString &provider = {});
    // `provider`, when given, records who came (it replaces the one named when the item was scheduled).
    Status completeMaintenance(const Actor &actor, Id itemId, const QString &note, const QString &provider = {});
    // Items not done yet whose due date is on or before `until` (every terminal when tid is empty).
    Result<std::vector<MaintenanceItem>> dueItems(const QString &tid, const QDate &until);

private:
    Result<Terminal> terminal(const QString &tid);
    Database &m_db;
    const Clock &m_clock;
    QString m_dataFolder;
};

} // namespace posdesk
