#include "Command.h"
#include "ReceiptSupport.h"

#include "counter/CashSales.h"
#include "counter/ShiftService.h"
#include "printing/Slips.h"
#include "storage/Sql.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

// The counter from the command line: cash sales, the cashier's shift and its drawer count, reprint by voucher number.
namespace posdesk::cli {

namespace {

QCommandLineOption option(const char *name, const QString &help, const char *valueName = nullptr)
{
    if (!valueName)
        return QCommandLineOption(QString::fromLatin1(name), help);
    return QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(valueName));
}

Result<Money> moneyOption(CliContext &ctx, const char *name)
{
    const QString key = QString::fromLatin1(name);
    if (!ctx.isSet(key))
        return Error::usage(QCoreApplication::translate("posdesk::cli", "--%1 is required, e.g. --%1 12.34.").arg(key));
    return Money::parse(ctx.value(key));
}

QJsonObject shiftJson(const Shift &s)
{
    QJsonObject o{{QStringLiteral("id"), qlonglong(s.id)},
                  {QStringLiteral("cashier"), s.cashier},
                  {QStringLiteral("openedAt"), qlonglong(s.openedAt)},
                  {QStringLiteral("float"), Money::cny(s.floatMinor).toPlainString()},
                  {QStringLiteral("cashSales"), Money::cny(s.cashSalesMinor).toPlainString()},
                  {QStringLiteral("cashRefunds"), Money::cny(s.cashRefundsMinor).toPlainString()},
                  {QStringLiteral("expected"), Money::cny(s.expectedMinor).toPlainString()}};
    if (s.closedAt) {
        o.insert(QStringLiteral("closedAt"), qlonglong(*s.closedAt));
        o.insert(QStringLiteral("counted"), Money::cny(s.countedMinor).toPlainString());
        o.insert(QStringLiteral("difference"), Money::cny(s.differenceMinor).toPlainString());
    }
    return o;
}

int runCash(CliContext &ctx)
{
    const QString tid = ctx.value(QStringLiteral("tid"));
    if (tid.isEmpty())
        return ctx.usage(QCoreApplication::translate("posdesk::cli", "--tid is required."));
    auto amount = moneyOption(ctx, "amount");
    if (!amount)
        return ctx.fail(amount.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const bool refund = ctx.isSet(QStringLiteral("refund"));
    auto txn =
        CashSales(**db, ctx.clock()).record(ctx.actor(), tid, *amount, refund, ctx.value(QStringLiteral("reason")));
    if (!txn)
        return ctx.fail(txn.error());
    ctx.out(QCoreApplication::translate("posdesk::cli", "Cash %1 of %2 recorded on terminal %3, voucher %4.")
                .arg(refund ? QCoreApplication::translate("posdesk::cli", "refund")
                            : QCoreApplication::translate("posdesk::cli", "sale"),
                     amount->toDisplayString(QLocale::c()), tid)
                .arg(txn->stan));
    QJsonObject json{{QStringLiteral("kind"), QStringLiteral("cash")},
                     {QStringLiteral("voucher"), txn->stan},
                     {QStringLiteral("amount"), txn->amount.toPlainString()}};
    const CardTransaction t = *txn;
    const QJsonObject receipt = printSlipsIfConfigured(ctx, QStringLiteral("cash"), {[&](const PrinterOptions &o) {
                                                           return Slips::forTransaction(**db, t, o);
                                                       }},
                                                       t.id);
    if (!receipt.isEmpty())
        json.insert(QStringLiteral("receipt"), receipt);
    ctx.emitJson(json);
    return ExitOk;
}

int runShiftOpen(CliContext &ctx)
{
    auto amount = moneyOption(ctx, "float");
    if (!amount)
        return ctx.fail(amount.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto shift = ShiftService(**db, ctx.clock()).open(ctx.actor(), *amount);
    if (!shift)
        return ctx.fail(shift.error());
    ctx.out(QCoreApplication::translate("posdesk::cli", "Shift %1 opened with a float of %2.")
                .arg(shift->id)
                .arg(amount->toDisplayString(QLocale::c())));
    ctx.emitJson(shiftJson(*shift));
    return ExitOk;
}

int runShiftClose(CliContext &ctx)
{
    auto counted = moneyOption(ctx, "counted");
    if (!counted)
        return ctx.fail(counted.error());
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto shift = ShiftService(**db, ctx.clock()).close(ctx.actor(), *counted, ctx.value(QStringLiteral("note")));
    if (!shift)
        return ctx.fail(shift.error());
    const Shift s = *shift;
    ctx.out(QCoreApplication::translate("posdesk::cli", "Shift %1 closed: expected %2, counted %3, difference %4.")
                .arg(s.id)
                .arg(Money::cny(s.expectedMinor).toDisplayString(QLocale::c()),
                     Money::cny(s.countedMinor).toDisplayString(QLocale::c()),
                     Money::cny(s.differenceMinor).toDisplayString(QLocale::c())));
    QJsonObject json = shiftJson(s);
    // The shift slip under the merchant lines of the terminal named, else of the first one.
    QString tid = ctx.value(QStringLiteral("tid"));
    if (tid.isEmpty())
        if (auto terminals = TerminalRepository(**db).list(); terminals && !terminals->empty())
            tid = terminals->front().tid;
    if (!tid.isEmpty()) {
        const QJsonObject receipt = printSlipIfConfigured(
            ctx, QStringLiteral("shift"), [&](const PrinterOptions &o) { return Slips::forShift(**db, s, tid, o); });
        if (!receipt.isEmpty())
            json.insert(QStringLiteral("receipt"), receipt);
    }
    ctx.emitJson(json);
    return ExitOk;
}

int runShiftList(CliContext &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto shifts = ShiftService(**db, ctx.clock()).list(ctx.actor());
    if (!shifts)
        return ctx.fail(shifts.error());
    QJsonArray json;
    for (const Shift &s : *shifts) {
        ctx.out(s.closedAt
                    ? QCoreApplication::translate("posdesk::cli", "%1  %2  expected %3  counted %4  difference %5")
                          .arg(s.id)
                          .arg(s.cashier, Money::cny(s.expectedMinor).toDisplayString(QLocale::c()),
                               Money::cny(s.countedMinor).toDisplayString(QLocale::c()),
                               Money::cny(s.differenceMinor).toDisplayString(QLocale::c()))
                    : QCoreApplication::translate("posdesk::cli", "%1  %2  open").arg(s.id).arg(s.cashier));
        json.append(shiftJson(s));
    }
    ctx.emitJson(json);
    return ExitOk;
}

// The merchant copy again, marked 重打印 and audited, found by the voucher (trace) number on the slip.
int runSlipReprint(CliContext &ctx)
{
    const QString tid = ctx.value(QStringLiteral("tid"));
    bool ok = false;
    const int stan = ctx.value(QStringLiteral("stan")).toInt(&ok);
    if (tid.isEmpty() || !ok || stan <= 0)
        return ctx.usage(QCoreApplication::translate(
            "posdesk::cli", "--tid and --stan (the voucher number on the slip) are required."));
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    auto terminal = TerminalRepository(**db).findByTid(tid);
    if (!terminal)
        return ctx.fail(terminal.error());
    auto q = sql::run(**db,
                      QStringLiteral("SELECT MAX(id) FROM transactions WHERE terminal_id = ? AND stan = ? AND kind <> "
                                     "'cash' AND status NOT IN ('pending', 'declined')"),
                      {qlonglong(terminal->id), stan},
                      QCoreApplication::translate("posdesk::cli", "looking for the voucher"));
    if (!q)
        return ctx.fail(q.error());
    if (!q->next() || q->value(0).isNull())
        return ctx.fail(Error::notFound(
            QCoreApplication::translate("posdesk::cli", "Terminal %1 has no card transaction with voucher number %2.")
                .arg(tid)
                .arg(stan)));
    auto txn = TransactionRepository(**db).findById(q->value(0).toLongLong());
    if (!txn)
        return ctx.fail(txn.error());
    const CardTransaction t = *txn;
    std::optional<Error> refused;
    QJsonObject receipt =
        printSlipsIfConfigured(ctx, Slips::jobKind(t), {[&](const PrinterOptions &o) {
                                   auto bytes = Slips::reprintTransaction(**db, ctx.clock(), ctx.actor(), t, o);
                                   if (!bytes)
                                       refused = bytes.error();
                                   return bytes;
                               }},
                               t.id);
    if (refused)
        return ctx.fail(*refused);
    if (receipt.isEmpty())
        return ctx.fail(Error::environment(QCoreApplication::translate(
            "posdesk::cli", "No receipt printer is configured (posdesk-cli devices add …).")));
    ctx.emitJson(QJsonObject{{QStringLiteral("stan"), stan}, {QStringLiteral("receipt"), receipt}});
    return ExitOk;
}

} // namespace

void addCounterCommands(std::vector<Command> &out)
{
    const QCommandLineOption tid =
        option("tid", QCoreApplication::translate("posdesk::cli", "The terminal's TID."), "TID");
    out.push_back(
        {{QStringLiteral("cash")},
         QStringLiteral("--tid TID --amount A [--refund] [--reason TEXT]"),
         QCoreApplication::translate(
             "posdesk::cli",
             "Record cash taken (or, with --refund, handed back) at the till: a cash transaction with its "
             "own slip, counted in the shift and the day, never settled with the host."),
         {tid, option("amount", QCoreApplication::translate("posdesk::cli", "The amount, e.g. 12.34."), "A"),
          option("refund", QCoreApplication::translate("posdesk::cli",
                                                       "Money handed back to the customer (needs the refund right).")),
          option("reason", QCoreApplication::translate("posdesk::cli", "Why cash, for the audit trail."), "TEXT")},
         runCash});
    out.push_back(
        {{QStringLiteral("shift"), QStringLiteral("open")},
         QStringLiteral("--float A"),
         QCoreApplication::translate("posdesk::cli", "Open your shift with the float counted into the drawer."),
         {option("float", QCoreApplication::translate("posdesk::cli", "The float, e.g. 500.00."), "A")},
         runShiftOpen});
    out.push_back(
        {{QStringLiteral("shift"), QStringLiteral("close")},
         QStringLiteral("--counted A [--note TEXT] [--tid TID]"),
         QCoreApplication::translate(
             "posdesk::cli",
             "Close your shift with the cash counted in the drawer: expected, counted and the difference "
             "are stored and printed on the shift slip."),
         {option("counted", QCoreApplication::translate("posdesk::cli", "The cash counted in the drawer."), "A"),
          option("note", QCoreApplication::translate("posdesk::cli", "A note on the count."), "TEXT"), tid},
         runShiftClose});
    out.push_back({{QStringLiteral("shift"), QStringLiteral("list")},
                   QString(),
                   QCoreApplication::translate(
                       "posdesk::cli", "Shifts with their drawer counts: an owner sees everyone's, others their own."),
                   {},
                   runShiftList});
    out.push_back(
        {{QStringLiteral("slip"), QStringLiteral("reprint")},
         QStringLiteral("--tid TID --stan N"),
         QCoreApplication::translate(
             "posdesk::cli",
             "Reprint the merchant copy of a card transaction by its voucher number, marked 重打印 / REPRINT "
             "(audited)."),
         {tid,
          option("stan", QCoreApplication::translate("posdesk::cli", "The voucher (trace) number on the slip."), "N")},
         runSlipReprint});
}

} // namespace posdesk::cli
