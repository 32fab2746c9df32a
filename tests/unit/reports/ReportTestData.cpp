#include "ReportTestData.h"

#include "storage/AcquirerRepository.h"
#include "storage/BatchRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/MerchantRepository.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"
#include "storage/UnitOfWork.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace posdesk::test {

namespace {

constexpr std::int64_t kMinute = 60 * 1000;

struct Txn
{
    int terminal; // 0 or 1
    int day, h, m, s;
    int batch;
    int stan;
    TxnKind kind;
    TxnStatus status;
    std::int64_t fen;
    const char *pan;
    const char *scheme;
    const char *entry;
    const char *rrn;
    const char *auth;
    const char *rc;
    const char *cashier;
};

// The fixed transactions; the void (stan 4) reverses stan 2, which therefore ends "voided".
const Txn kTxns[] = {
    {0, 4, 23, 59, 59, 1, 9, TxnKind::Sale, TxnStatus::Approved, 100, "622848******0001", "UnionPay", "chip",
     "010400000009", "000009", "00", "王芳"},
    {0, 5, 9, 15, 0, 1, 1, TxnKind::Sale, TxnStatus::Approved, 1234, "622848******1234", "UnionPay", "contactless",
     "010500000001", "123456", "00", "王芳"},
    {0, 5, 9, 20, 30, 1, 2, TxnKind::Sale, TxnStatus::Approved, 123450, "411111******1111", "Visa", "chip",
     "010500000002", "654321", "00", "王芳"},
    {0, 5, 10, 0, 0, 1, 3, TxnKind::Sale, TxnStatus::Declined, 5000, "625807******5678", "UnionPay", "swipe", nullptr,
     nullptr, "51", "李, \"小四\""},
    {0, 5, 10, 5, 0, 1, 4, TxnKind::Void, TxnStatus::Approved, 123450, "411111******1111", "Visa", "chip",
     "010500000004", "654322", "00", "王芳"},
    {1, 5, 11, 0, 0, 1, 1, TxnKind::Sale, TxnStatus::Approved, 5, "356900******0005", "JCB", "swipe", "010500100001",
     "000111", "00", "=1+1"},
    {1, 5, 23, 59, 59, 1, 2, TxnKind::Refund, TxnStatus::Approved, 300, "622848******1234", "UnionPay", "contactless",
     "010500100002", "000112", "00", "王芳"},
    {0, 6, 0, 0, 0, 2, 5, TxnKind::Sale, TxnStatus::Approved, 9999999999, "622848******9999", "UnionPay", "chip",
     "010600000005", "777777", "00", "王芳"},
    {1, 6, 8, 0, 0, 1, 3, TxnKind::Cash, TxnStatus::Approved, 2000, nullptr, nullptr, nullptr, nullptr, nullptr,
     nullptr, "王芳"},
};

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

} // namespace

QDateTime SmallShop::at(int day, int h, int m, int s)
{
    return QDateTime(QDate(2026, 1, day), QTime(h, m, s), zone());
}

ReportRequest SmallShop::request(ReportKind kind)
{
    ReportRequest r;
    r.kind = kind;
    r.from = QDate(2026, 1, 5);
    r.to = QDate(2026, 1, 6);
    return r;
}

Status SmallShop::seed(Database &db)
{
    UnitOfWork uow(db);
    if (!uow.isActive())
        return uow.startStatus();
    const TimeMs created = at(1, 8, 0).toMSecsSinceEpoch();
    Merchant merchant;
    merchant.mid = QStringLiteral("898310000000001");
    merchant.name = QString::fromUtf8(kMerchantName);
    merchant.createdAt = created;
    auto mid = MerchantRepository(db).add(merchant);
    if (!mid)
        return mid.error();
    Acquirer acquirer;
    acquirer.name = QStringLiteral("Test Bank");
    acquirer.host = QStringLiteral("127.0.0.1");
    acquirer.port = 5800;
    acquirer.createdAt = created;
    auto aid = AcquirerRepository(db).add(acquirer);
    if (!aid)
        return aid.error();
    Id terminals[2] = {};
    const char *tids[2] = {kTid1, kTid2};
    const char *serials[2] = {"SN-0001", "SN-0002"};
    const char *locations[2] = {"前台 1 号", "Back office, till 2"};
    for (int i = 0; i < 2; ++i) {
        Terminal t;
        t.tid = QString::fromLatin1(tids[i]);
        t.merchantId = *mid;
        t.acquirerId = *aid;
        t.state = TerminalState::Active;
        t.serial = QString::fromLatin1(serials[i]);
        t.location = QString::fromUtf8(locations[i]);
        t.createdAt = created;
        t.updatedAt = created;
        auto id = TerminalRepository(db).add(t);
        if (!id)
            return id.error();
        terminals[i] = *id;
    }

    TransactionRepository txns(db);
    Id visaSale = 0;
    for (const Txn &x : kTxns) {
        CardTransaction t;
        t.terminalId = terminals[x.terminal];
        t.batchNo = x.batch;
        t.stan = x.stan;
        t.kind = x.kind;
        t.status = x.status;
        t.amount = Money::cny(x.fen);
        t.panMasked = text(x.pan);
        t.cardScheme = text(x.scheme);
        t.entryMode = text(x.entry);
        t.rrn = text(x.rrn);
        t.authCode = text(x.auth);
        t.responseCode = text(x.rc);
        t.cashier = text(x.cashier);
        t.createdAt = at(x.day, x.h, x.m, x.s).toMSecsSinceEpoch();
        t.updatedAt = t.createdAt + 1500;
        if (x.kind == TxnKind::Void)
            t.originalId = visaSale;
        auto id = txns.insert(t);
        if (!id)
            return id.error();
        if (x.stan == 2 && x.terminal == 0)
            visaSale = *id;
        if (x.kind == TxnKind::Void) {
            // The voided sale keeps its reference and authorisation codes.
            if (auto s = txns.updateResult(visaSale, TxnStatus::Voided, QStringLiteral("00"),
                                           QStringLiteral("010500000002"), QStringLiteral("654321"), t.createdAt);
                !s)
                return s;
        }
    }

    BatchRepository batches(db);
    struct Closed
    {
        int terminal;
        int batchNo;
        QDateTime opened;
        QDateTime closed;
        int sales;
        std::int64_t salesFen;
        int refunds;
        std::int64_t refundsFen;
        const char *verdict;
    };
    const Closed closed[] = {
        {0, 1, at(4, 8, 0), at(5, 23, 0), 2, 1334, 0, 0, "balanced"},
        {1, 1, at(5, 8, 0), at(6, 0, 30), 1, 5, 1, 300, "uploaded-balanced"},
        {0, 2, at(6, 0, 0), at(6, 22, 0), 1, 9999999999, 0, 0, "uploaded"},
    };
    for (const Closed &c : closed) {
        auto id = batches.open(terminals[c.terminal], c.batchNo, c.opened.toMSecsSinceEpoch());
        if (!id)
            return id.error();
        Batch b;
        b.id = *id;
        b.batchNo = c.batchNo;
        b.saleCount = c.sales;
        b.saleMinor = c.salesFen;
        b.refundCount = c.refunds;
        b.refundMinor = c.refundsFen;
        b.hostResult = QString::fromLatin1(c.verdict);
        if (auto s = batches.close(b, c.closed.toMSecsSinceEpoch()); !s)
            return s;
    }
    // Open batches are no settlement yet: they must not appear in the settlement report.
    if (auto s = batches.open(terminals[0], 3, at(6, 22, 0).toMSecsSinceEpoch()); !s)
        return s.error();

    IncidentRepository incidents(db);
    Incident registered;
    registered.terminalId = terminals[0];
    registered.code = QStringLiteral("97");
    registered.tid = QString::fromLatin1(kTid1);
    registered.mid = merchant.mid;
    registered.mti = QStringLiteral("0810");
    registered.state = IncidentState::Resolved;
    registered.occurrences = 3;
    registered.openedAt = at(5, 10, 0).toMSecsSinceEpoch();
    registered.lastSeenAt = registered.openedAt + 20 * kMinute;
    registered.escalatedAt = registered.openedAt + 45 * kMinute;
    registered.resolvedAt = registered.openedAt + 150 * kMinute;
    registered.cause = QStringLiteral("收单行已登记终端\nRegistered by the acquirer, \"signed on\" again");
    Incident outage = registered;
    outage.terminalId = terminals[1];
    outage.code = QStringLiteral("96");
    outage.tid = QString::fromLatin1(kTid2);
    outage.state = IncidentState::Open;
    outage.occurrences = 1;
    outage.openedAt = at(6, 9, 0).toMSecsSinceEpoch();
    outage.lastSeenAt = outage.openedAt;
    outage.escalatedAt.reset();
    outage.resolvedAt.reset();
    outage.cause.clear();
    Incident paper;
    paper.source = QStringLiteral("device");
    paper.code = QStringLiteral("PAPER");
    paper.state = IncidentState::Resolved;
    paper.openedAt = at(6, 12, 0).toMSecsSinceEpoch();
    paper.lastSeenAt = paper.openedAt;
    paper.resolvedAt = paper.openedAt + 10 * kMinute + 20 * 1000; // rounds to 10 minutes
    Incident before = outage;
    before.openedAt = at(4, 9, 0).toMSecsSinceEpoch();
    for (const Incident &i : {registered, outage, paper, before}) {
        if (auto id = incidents.add(i); !id)
            return id.error();
    }

    struct Cost
    {
        int terminal;
        const char *category;
        std::int64_t fen;
        const char *on;
    };
    const Cost costs[] = {
        {0, "device", 200000, "2026-01-05"},         {0, "installation", 30000, "2026-01-05"},
        {0, "software-licence", 9900, "2026-01-06"}, {1, "training", 15000, "2026-01-06"},
        {1, "consulting", 5000, "2026-01-06"},       {1, "device", 180000, "2025-12-31"},
    };
    for (const Cost &c : costs) {
        auto id =
            sql::insert(db,
                        QStringLiteral("INSERT INTO terminal_costs (terminal_id, category, amount_minor, currency, "
                                       "incurred_on, note, created_at) VALUES (?, ?, ?, 'CNY', ?, NULL, ?)"),
                        {qlonglong(terminals[c.terminal]), QString::fromLatin1(c.category), qlonglong(c.fen),
                         QString::fromLatin1(c.on), qlonglong(created)},
                        QStringLiteral("adding a cost"));
        if (!id)
            return id.error();
    }
    return uow.commit();
}

QList<QStringList> parseCsv(const QByteArray &utf8)
{
    QByteArray bytes = utf8;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString s = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (quoted) {
            if (c == u'"' && i + 1 < s.size() && s[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            any = true;
        } else if (c == u'\r' && i + 1 < s.size() && s[i + 1] == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            any = false;
            ++i;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty())
        rows << (row << field);
    return rows;
}

QByteArray runTool(const QString &program, const QStringList &args, QString *error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        *error = QStringLiteral("%1 could not start: %2").arg(program, p.errorString());
        return {};
    }
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (%2): %3")
                     .arg(program)
                     .arg(p.exitCode())
                     .arg(QString::fromUtf8(p.readAllStandardError()));
        return {};
    }
    return p.readAllStandardOutput();
}

namespace {

// openpyxl's view of the workbook, as JSON on standard output.
const char *const kDumpScript = R"PY(
import datetime, json, re, sys
import openpyxl

def text(c):
    v = c.value
    if v is None:
        return ""
    if isinstance(v, datetime.datetime):
        if "h" in c.number_format:
            return v.strftime("%Y-%m-%d %H:%M:%S")
        return v.strftime("%Y-%m-%d")
    if isinstance(v, datetime.date):
        return v.strftime("%Y-%m-%d")
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        m = re.search(r"\.(0+)", c.number_format)
        if m:
            return "%.*f" % (len(m.group(1)), v)
        return str(int(v)) if float(v).is_integer() else repr(v)
    return str(v)

wb = openpyxl.load_workbook(sys.argv[1])
data = wb.worksheets[0]
out = {"sheets": wb.sheetnames, "freeze": data.freeze_panes or "", "rows": [], "types": [], "formats": []}
for row in data.iter_rows():
    out["rows"].append([text(c) for c in row])
    out["types"].append([c.data_type for c in row])
    out["formats"].append([c.number_format for c in row])
out["summary"] = [[text(c) for c in row] for row in wb.worksheets[-1].iter_rows()]
json.dump(out, sys.stdout, ensure_ascii=False)
)PY";

QString python()
{
    // Debian's python3 carries python3-openpyxl; a python3 earlier on PATH (pyenv, venv) may not.
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : QStringLiteral("python3");
}

QList<QStringList> table(const QJsonValue &v)
{
    QList<QStringList> out;
    for (const QJsonValue &row : v.toArray()) {
        QStringList cells;
        for (const QJsonValue &c : row.toArray())
            cells << c.toString();
        out << cells;
    }
    return out;
}

} // namespace

bool readXlsx(const QString &path, XlsxDump &out, QString *error)
{
    const QByteArray json = runTool(python(), {QStringLiteral("-c"), QString::fromUtf8(kDumpScript), path}, error);
    if (json.isEmpty()) {
        *error += QStringLiteral(" (the XLSX check needs python3 with openpyxl: apt-get install python3-openpyxl)");
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &s : o.value(QStringLiteral("sheets")).toArray())
        out.sheets << s.toString();
    out.freezePanes = o.value(QStringLiteral("freeze")).toString();
    out.rows = table(o.value(QStringLiteral("rows")));
    out.types = table(o.value(QStringLiteral("types")));
    out.formats = table(o.value(QStringLiteral("formats")));
    out.summary = table(o.value(QStringLiteral("summary")));
    return true;
}

} // namespace posdesk::test
