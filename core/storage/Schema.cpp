#include "storage/Schema.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace posdesk::Schema {

namespace {

// {ID} auto-increment primary key, {BLOB} binary. Times are UTC milliseconds (BIGINT), money is BIGINT minor units.
const char *const kStep1 = R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE merchants (
    id {ID}, mid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, name_en TEXT, address TEXT,
    contact_phone TEXT, created_at BIGINT NOT NULL);
CREATE TABLE acquirers (
    id {ID}, name TEXT NOT NULL UNIQUE, channel_kind TEXT NOT NULL DEFAULT 'bank',
    host TEXT NOT NULL, port INTEGER NOT NULL, tpdu TEXT NOT NULL DEFAULT '6000050000',
    dialect TEXT NOT NULL DEFAULT 'cup', mac_alg TEXT NOT NULL DEFAULT 'cup-ecb',
    connect_timeout_ms INTEGER NOT NULL DEFAULT 10000, response_timeout_ms INTEGER NOT NULL DEFAULT 30000,
    resettle_after_upload INTEGER NOT NULL DEFAULT 0,
    support_contact TEXT, support_phone TEXT, support_email TEXT, notes TEXT, created_at BIGINT NOT NULL);
CREATE TABLE terminals (
    id {ID}, tid TEXT UNIQUE, merchant_id BIGINT NOT NULL REFERENCES merchants(id),
    acquirer_id BIGINT NOT NULL REFERENCES acquirers(id), state TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'pc-till',
    serial TEXT, brand TEXT, model TEXT, software_version TEXT, location TEXT,
    next_stan INTEGER NOT NULL DEFAULT 1, batch_no INTEGER NOT NULL DEFAULT 1,
    last_signon_at BIGINT, last_param_download_at BIGINT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL);
CREATE TABLE batches (
    id {ID}, terminal_id BIGINT NOT NULL REFERENCES terminals(id), batch_no INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'open', opened_at BIGINT NOT NULL, closed_at BIGINT,
    sale_count INTEGER NOT NULL DEFAULT 0, sale_minor BIGINT NOT NULL DEFAULT 0,
    refund_count INTEGER NOT NULL DEFAULT 0, refund_minor BIGINT NOT NULL DEFAULT 0,
    host_result TEXT, UNIQUE (terminal_id, batch_no));
CREATE TABLE transactions (
    id {ID}, terminal_id BIGINT NOT NULL REFERENCES terminals(id), batch_no INTEGER NOT NULL,
    stan INTEGER NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,
    amount_minor BIGINT NOT NULL, currency TEXT NOT NULL,
    pan_masked TEXT, pan_hmac {BLOB}, card_scheme TEXT, entry_mode TEXT,
    rrn TEXT, auth_code TEXT, response_code TEXT, original_id BIGINT REFERENCES transactions(id),
    cashier TEXT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
    UNIQUE (terminal_id, batch_no, stan));
CREATE INDEX transactions_created ON transactions (created_at);
CREATE TABLE incidents (
    id {ID}, terminal_id BIGINT REFERENCES terminals(id), source TEXT NOT NULL, code TEXT NOT NULL,
    dialect TEXT NOT NULL, tid TEXT, mid TEXT, mti TEXT, stan INTEGER, state TEXT NOT NULL,
    occurrences INTEGER NOT NULL DEFAULT 1, opened_at BIGINT NOT NULL, last_seen_at BIGINT NOT NULL,
    escalated_at BIGINT, follow_up_at BIGINT, resolved_at BIGINT, cause TEXT);
CREATE INDEX incidents_terminal_state ON incidents (terminal_id, state);
CREATE TABLE users (
    id {ID}, username TEXT NOT NULL UNIQUE, role TEXT NOT NULL, password_hash TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0, locked_until BIGINT, disabled INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL, password_changed_at BIGINT);
CREATE TABLE audit_log (
    id {ID}, at BIGINT NOT NULL, actor TEXT NOT NULL, origin TEXT NOT NULL, event TEXT NOT NULL,
    object TEXT, outcome TEXT NOT NULL, detail TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
)SQL";

// Version 2: enrolment history, keys at rest, the reversal queue and configured devices.
const char *const kStep2 = R"SQL(
CREATE TABLE enrollment_events (
    id {ID}, terminal_id BIGINT NOT NULL REFERENCES terminals(id), from_state TEXT, to_state TEXT NOT NULL,
    actor TEXT NOT NULL, note TEXT, at BIGINT NOT NULL);
CREATE INDEX enrollment_events_terminal ON enrollment_events (terminal_id, at);
CREATE TABLE terminal_keys (
    id {ID}, terminal_id BIGINT NOT NULL REFERENCES terminals(id), kind TEXT NOT NULL,
    ciphertext {BLOB} NOT NULL, kcv TEXT NOT NULL, loaded_at BIGINT NOT NULL, UNIQUE (terminal_id, kind));
CREATE TABLE reversals (
    id {ID}, transaction_id BIGINT NOT NULL UNIQUE REFERENCES transactions(id), reason TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at BIGINT NOT NULL,
    last_error TEXT, created_at BIGINT NOT NULL, done_at BIGINT);
CREATE TABLE devices (
    id {ID}, name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, transport TEXT NOT NULL, address TEXT NOT NULL,
    settings TEXT NOT NULL DEFAULT '{}', enabled INTEGER NOT NULL DEFAULT 1, created_at BIGINT NOT NULL);
ALTER TABLE transactions ADD COLUMN printed INTEGER NOT NULL DEFAULT 0;
)SQL";

// Version 3: password history (no reuse of the last four, PCI DSS 8.3.7) and shop-wide settings such as the idle
// lock. Existing users' current passwords enter the history, so the rule holds from the first change on.
const char *const kStep3 = R"SQL(
CREATE TABLE password_history (
    id {ID}, user_id BIGINT NOT NULL REFERENCES users(id), password_hash TEXT NOT NULL, changed_at BIGINT NOT NULL);
CREATE INDEX password_history_user ON password_history (user_id, id);
INSERT INTO password_history (user_id, password_hash, changed_at)
    SELECT id, password_hash, COALESCE(password_changed_at, created_at) FROM users;
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
)SQL";

// Version 4: every non-approved host answer (for "repeat" incidents and the dashboard) and the remediation
// steps of each incident with their evidence.
const char *const kStep4 = R"SQL(
CREATE TABLE response_events (
    id {ID}, terminal_id BIGINT NOT NULL REFERENCES terminals(id), source TEXT NOT NULL, code TEXT NOT NULL,
    dialect TEXT NOT NULL, mti TEXT, stan INTEGER, at BIGINT NOT NULL);
CREATE INDEX response_events_terminal_code ON response_events (terminal_id, code, at);
CREATE TABLE incident_steps (
    id {ID}, incident_id BIGINT NOT NULL REFERENCES incidents(id), step_key TEXT NOT NULL, kind TEXT NOT NULL,
    outcome TEXT NOT NULL, evidence TEXT, note TEXT, actor TEXT NOT NULL, at BIGINT NOT NULL);
CREATE INDEX incident_steps_incident ON incident_steps (incident_id, id);
)SQL";

// Version 5: enrolment documents, costs per terminal, the maintenance and update schedule, parameter version, and
// the TID/MID the acquirer assigned at approval (what the configured ones are checked against).
const char *const kStep5 = R"SQL(
CREATE TABLE enrollment_documents (
    id {ID}, merchant_id BIGINT REFERENCES merchants(id), terminal_id BIGINT REFERENCES terminals(id),
    kind TEXT NOT NULL, status TEXT NOT NULL, file_name TEXT, stored_path TEXT, sha256 TEXT, note TEXT,
    created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL);
CREATE TABLE terminal_costs (
    id {ID}, terminal_id BIGINT NOT NULL REFERENCES terminals(id), category TEXT NOT NULL,
    amount_minor BIGINT NOT NULL, currency TEXT NOT NULL, incurred_on TEXT NOT NULL, note TEXT,
    created_at BIGINT NOT NULL);
CREATE INDEX terminal_costs_terminal ON terminal_costs (terminal_id);
CREATE TABLE maintenance (
    id {ID}, terminal_id BIGINT NOT NULL REFERENCES terminals(id), kind TEXT NOT NULL, due_on TEXT NOT NULL,
    done_at BIGINT, note TEXT, created_at BIGINT NOT NULL);
ALTER TABLE terminals ADD COLUMN param_version TEXT;
ALTER TABLE terminals ADD COLUMN assigned_tid TEXT;
ALTER TABLE terminals ADD COLUMN assigned_mid TEXT;
)SQL";

// Version 6: the persistent print queue. A job waits here through paper-out and restarts; the payload is the
// ESC/POS bytes as printed, which carry masked card numbers only.
const char *const kStep6 = R"SQL(
CREATE TABLE print_jobs (
    id {ID}, device_id BIGINT NOT NULL REFERENCES devices(id), kind TEXT NOT NULL, payload {BLOB} NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT,
    reprint_of BIGINT REFERENCES print_jobs(id), created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
    printed_at BIGINT);
CREATE INDEX print_jobs_device_state ON print_jobs (device_id, state, id);
)SQL";

// Version 7: the money-flow engine. A lease per terminal held in the database (one exchange at a time across every
// till and process); the approved amount beside the requested one (partial approval) and the original's reference of
// a refund or void in their own columns; reversals the host refused for good, with the incident and the owner's
// resolution; the host's own settlement totals and a host-settled state before the local close; a forced re-sign-on;
// per acquirer profile the reversal expiry and the day's cut-over hour.
const char *const kStep7 = R"SQL(
CREATE TABLE terminal_leases (
    terminal_id BIGINT PRIMARY KEY REFERENCES terminals(id), holder TEXT NOT NULL, acquired_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL);
ALTER TABLE transactions ADD COLUMN requested_minor BIGINT;
ALTER TABLE transactions ADD COLUMN original_rrn TEXT;
ALTER TABLE transactions ADD COLUMN original_date TEXT;
CREATE INDEX transactions_original ON transactions (original_id);
CREATE INDEX transactions_terminal_batch_status ON transactions (terminal_id, batch_no, status);
CREATE INDEX transactions_terminal_status ON transactions (terminal_id, status);
CREATE INDEX reversals_state ON reversals (state);
ALTER TABLE reversals ADD COLUMN final_code TEXT;
ALTER TABLE reversals ADD COLUMN incident_id BIGINT REFERENCES incidents(id);
ALTER TABLE reversals ADD COLUMN resolution TEXT;
ALTER TABLE reversals ADD COLUMN resolved_by TEXT;
ALTER TABLE reversals ADD COLUMN evidence TEXT;
ALTER TABLE batches ADD COLUMN host_totals TEXT;
ALTER TABLE batches ADD COLUMN host_settled_at BIGINT;
ALTER TABLE terminals ADD COLUMN signon_required INTEGER NOT NULL DEFAULT 0;
ALTER TABLE acquirers ADD COLUMN reversal_expiry_ms BIGINT NOT NULL DEFAULT 86400000;
ALTER TABLE acquirers ADD COLUMN cutover_hour INTEGER NOT NULL DEFAULT 0;
)SQL";

// Version 8: per acquirer profile, what its host does differently from the CUP field table (JSON, checked when
// saved); NULL for every existing profile: the CUP table as before.
const char *const kStep8 = R"SQL(
ALTER TABLE acquirers ADD COLUMN dialect_settings TEXT;
)SQL";

// Version 9: the IC parameters downloaded per acquirer profile: CA public keys for offline data authentication and
// the chip applications (AIDs) with their action codes and floor limit. Binary values as upper-case hex.
const char *const kStep9 = R"SQL(
CREATE TABLE ic_ca_keys (
    acquirer_id BIGINT NOT NULL REFERENCES acquirers(id), rid TEXT NOT NULL, key_index INTEGER NOT NULL,
    expiry TEXT NOT NULL, modulus TEXT NOT NULL, exponent TEXT NOT NULL, checksum TEXT NOT NULL,
    downloaded_at BIGINT NOT NULL, PRIMARY KEY (acquirer_id, rid, key_index));
CREATE TABLE ic_aids (
    acquirer_id BIGINT NOT NULL REFERENCES acquirers(id), aid TEXT NOT NULL, partial_match INTEGER NOT NULL,
    app_version TEXT NOT NULL, tac_default TEXT NOT NULL, tac_online TEXT NOT NULL, tac_denial TEXT NOT NULL,
    floor_limit_minor BIGINT NOT NULL, downloaded_at BIGINT NOT NULL, PRIMARY KEY (acquirer_id, aid));
)SQL";

// Version 10: what a chip transaction needs after its request left, beside the transaction: the card's sequence
// number and application, and field 55 as the request, a reversal, the TC upload and the script-result advice must
// carry it (upper-case hex BER-TLV). None of it is cardholder data: no PAN, no track, no PIN block.
const char *const kStep10 = R"SQL(
CREATE TABLE chip_transactions (
    transaction_id BIGINT PRIMARY KEY REFERENCES transactions(id), card_sequence TEXT NOT NULL, aid TEXT NOT NULL,
    app_label TEXT NOT NULL, pin_entered INTEGER NOT NULL, request_icc TEXT NOT NULL, reversal_icc TEXT NOT NULL,
    final_icc TEXT, card_decision TEXT, advice_icc TEXT, advice_state TEXT NOT NULL DEFAULT 'none',
    tc_uploaded INTEGER NOT NULL DEFAULT 0);
CREATE INDEX chip_transactions_advice ON chip_transactions (advice_state);
)SQL";

// Version 11: a terminal whose keys a PIN pad holds: the pad's master-key slot. NULL: the PC holds the keys (a till
// without a pad, which cannot take PIN transactions). And the IC key and parameter download a terminal owes (after
// its first sign-on, or when the host's answer header asked for one).
const char *const kStep11 = R"SQL(
ALTER TABLE terminals ADD COLUMN pin_pad_slot INTEGER;
ALTER TABLE terminals ADD COLUMN ic_download_required INTEGER NOT NULL DEFAULT 0;
)SQL";

// Version 12: the counter's paper and cash. A print job knows the transaction whose slip it carries (printing it
// sets transactions.printed); each user may have the cashier number printed as 操作员; a cashier's shift holds the
// float and, once closed, the drawer count: expected (float + cash sales - cash refunds), counted, difference.
const char *const kStep12 = R"SQL(
ALTER TABLE print_jobs ADD COLUMN transaction_id BIGINT REFERENCES transactions(id);
CREATE INDEX print_jobs_transaction ON print_jobs (transaction_id);
ALTER TABLE users ADD COLUMN cashier_no TEXT;
CREATE TABLE shifts (
    id {ID}, cashier TEXT NOT NULL, opened_at BIGINT NOT NULL, float_minor BIGINT NOT NULL,
    closed_at BIGINT, closed_by TEXT, cash_sale_count INTEGER, cash_sales_minor BIGINT, cash_refund_count INTEGER,
    cash_refunds_minor BIGINT, card_sale_count INTEGER, card_sales_minor BIGINT, expected_minor BIGINT,
    counted_minor BIGINT, difference_minor BIGINT, note TEXT);
CREATE INDEX shifts_cashier ON shifts (cashier, closed_at);
)SQL";

// Version 13: what the scorecards compare. Who services the terminals of an acquirer profile (a service provider
// beside the bank or payment company) and who came for a maintenance visit; when each acquirer's host could not be
// reached (one row per outage, open while it lasts); incidents by the time they opened.
const char *const kStep13 = R"SQL(
ALTER TABLE acquirers ADD COLUMN service_provider TEXT;
ALTER TABLE maintenance ADD COLUMN provider TEXT;
CREATE TABLE host_outages (
    id {ID}, acquirer_id BIGINT NOT NULL REFERENCES acquirers(id), started_at BIGINT NOT NULL, ended_at BIGINT);
CREATE INDEX host_outages_acquirer ON host_outages (acquirer_id, started_at);
CREATE INDEX incidents_opened ON incidents (opened_at);
)SQL";

const char *const kSteps[] = {kStep1, kStep2, kStep3,  kStep4,  kStep5,  kStep6, kStep7,
                              kStep8, kStep9, kStep10, kStep11, kStep12, kStep13};
static_assert(std::size(kSteps) == kCurrentVersion, "one step per schema version");

Status setVersion(Database &db, int version)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = 'schema_version'"));
    if (!q.exec())
        return db.errorFrom(q.lastError(),
                            QCoreApplication::translate("posdesk::Schema", "recording the schema version"));
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)"));
    q.addBindValue(QString::number(version));
    if (!q.exec())
        return db.errorFrom(q.lastError(),
                            QCoreApplication::translate("posdesk::Schema", "recording the schema version"));
    return {};
}

Status lockForMigration(Database &db)
{
    // Several tills may start at once against one PostgreSQL server: migrate one at a time.
    if (db.engine() != DbEngine::Postgres)
        return {};
    return db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(804185)"));
}

Status runStep(Database &db, int step)
{
    for (const QString &sql : stepStatements(db, step)) {
        if (auto s = db.exec(sql); !s)
            return s;
    }
    return {};
}

} // namespace

QStringList stepStatements(Database &db, int step)
{
    QString sql = QString::fromUtf8(kSteps[step - 1]);
    const bool pg = db.engine() == DbEngine::Postgres;
    sql.replace(QStringLiteral("{ID}"), pg ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                                           : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
    sql.replace(QStringLiteral("{BLOB}"), pg ? QStringLiteral("BYTEA") : QStringLiteral("BLOB"));
    QStringList out;
    for (const QString &s : sql.split(u';')) {
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    }
    return out;
}

Result<int> readVersion(Database &db)
{
    QSqlQuery q(db.connection());
    const bool pg = db.engine() == DbEngine::Postgres;
    const QString tablesSql =
        pg ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
           : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    if (!q.exec(tablesSql))
        return db.errorFrom(q.lastError(),
                            QCoreApplication::translate("posdesk::Schema", "reading the list of tables"));
    bool anyTable = false;
    bool hasMeta = false;
    while (q.next()) {
        anyTable = true;
        hasMeta = hasMeta || q.value(0).toString() == u"meta";
    }
    if (!anyTable)
        return 0;
    if (!hasMeta)
        return Error::environment(
            QCoreApplication::translate("posdesk::Schema",
                                        "%1 holds another program's data, not PosDesk's. Choose another database.")
                .arg(db.config().describe()));
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !q.next())
        return Error::corrupt(
            QCoreApplication::translate("posdesk::Schema",
                                        "%1 has no schema version. It is damaged or not a PosDesk database.")
                .arg(db.config().describe()));
    bool ok = false;
    const int v = q.value(0).toString().toInt(&ok);
    if (!ok || v < 1)
        return Error::corrupt(
            QCoreApplication::translate("posdesk::Schema", "%1 records an invalid schema version “%2”.")
                .arg(db.config().describe(), q.value(0).toString()));
    return v;
}

Status create(Database &db)
{
    if (auto s = db.begin(); !s)
        return s;
    auto fail = [&](const Status &s) {
        db.rollback();
        return s;
    };
    if (auto s = lockForMigration(db); !s)
        return fail(s);
    // Another till may have created it while we waited for the lock.
    auto current = readVersion(db);
    if (!current)
        return fail(current.error());
    if (*current != 0) {
        db.rollback();
        return upgrade(db, *current);
    }
    for (int step = 1; step <= kCurrentVersion; ++step) {
        if (auto s = runStep(db, step); !s)
            return fail(s);
    }
    if (auto s = setVersion(db, kCurrentVersion); !s)
        return fail(s);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('created_at', ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return fail(
            db.errorFrom(q.lastError(), QCoreApplication::translate("posdesk::Schema", "creating the database")));
    return db.commit();
}

Status upgrade(Database &db, int fromVersion, int toVersion)
{
    for (int step = fromVersion + 1; step <= toVersion; ++step) {
        if (auto s = db.begin(); !s)
            return s;
        auto s = lockForMigration(db);
        // Re-read under the lock: another till may already have run this step.
        auto current = s ? readVersion(db) : Result<int>(s.error());
        if (!current) {
            db.rollback();
            return current.error();
        }
        if (*current >= step) {
            db.rollback();
            continue;
        }
        s = runStep(db, step);
        if (s)
            s = setVersion(db, step);
        if (!s) {
            db.rollback();
            return Error(
                s.error().kind,
                QCoreApplication::translate("posdesk::Schema",
                                            "Upgrading the database to version %1 failed; it was left at version %2.")
                    .arg(step)
                    .arg(step - 1),
                s.error().fullText());
        }
        if (auto c = db.commit(); !c)
            return c;
    }
    return {};
}

} // namespace posdesk::Schema
