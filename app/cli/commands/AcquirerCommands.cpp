#include "Command.h"
#include "LinkSupport.h"
#include "ReceiptSupport.h"

#include "acquirer/FinancialFlows.h"
#include "acquirer/ReversalQueue.h"
#include "card/CardData.h"
#include "pcsc/PcscCard.h"
#include "pcsc/PcscContext.h"
#include "printing/Slips.h"
#include "reader/SwipeParser.h"
#include "settlement/SettlementService.h"
#include "storage/ReversalRepository.h"
#include "storage/TerminalRepository.h"
#include "storage/TransactionRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace posdesk::cli {

namespace {

Result<Money> amountArgument(CliContext &ctx)
{
    if (!ctx.isSet(QStringLiteral("amount")))
        return Error::usage(QCoreApplication::translate("posdesk::cli", "--amount is required, e.g. --amount 12.34."));
    return Money::parse(ctx.value(QStringLiteral("amount")));
}

// Track 2 text as a reader sends it (";PAN=YYMM…?") or bare ("PAN=YYMM…"): on the next line of standard input
// (after the password with --user), or for tests on the command line, where every program on the PC can read it.
Result<CardData> cardArgument(CliContext &ctx)
{
    QByteArray line;
    if (ctx.isSet(QStringLiteral("track2-stdin"))) {
        if (ctx.isSet(QStringLiteral("track2")))
            return Error::usage(
                QCoreApplication::translate("posdesk::cli", "Give --track2-stdin or --track2, not both."));
        // Signed in first, so that the password is the first line and the track the next.
        if (auto db = ctx.database(); !db)
            return db.error();
        auto typed =
            ctx.readSecretLine(QCoreApplication::translate("posdesk::cli", "Swipe the card or type its track 2: "));
        if (!typed)
            return typed.error();
        line = typed->toLatin1();
        typed->fill(u'\0');
    } else if (ctx.isSet(QStringLiteral("track2"))) {
        if (!ctx.isSet(QStringLiteral("insecure-track2")))
            return Error::usage(QCoreApplication::translate(
                "posdesk::cli",
                "--track2 shows the card's track to every program on this PC (in the process list). Give it on "
                "standard input with --track2-stdin; --track2 is accepted only with --insecure-track2, for tests."));
        line = ctx.value(QStringLiteral("track2")).toLatin1();
    } else {
        return Error::usage(QCoreApplication::translate(
            "posdesk::cli",
            "Give the card: --track2-stdin, and the track on standard input (a reader on a port is the till's job)."));
    }
    if (!line.startsWith(';'))
        line.prepend(';');
    if (!line.endsWith('?'))
        line.append('?');
    SwipeParser parser;
    auto card = parser.parse(line); // wipes `line`
    if (!card)
        return Error::usage(card.error().message, card.error().detail);
    return card;
}

int requireTid(CliContext &ctx, QString *tid)
{
    *tid = ctx.value(QStringLiteral("tid"));
    if (tid->isEmpty())
        return ctx.usage(QCoreApplication::translate("posdesk::cli", "--tid is required."));
    return ExitOk;
}

QJsonObject txnJson(const TxnOutcome &o)
{
    return QJsonObject{
        {QStringLiteral("approved"), true},
        {QStringLiteral("partial"), o.partial},
        {QStringLiteral("requested"), o.partial ? o.requested.toPlainString() : o.txn.amount.toPlainString()},
        {QStringLiteral("kind"), toKey(o.txn.kind)},
        {QStringLiteral("stan"), o.txn.stan},
        {QStringLiteral("batch"), o.txn.batchNo},
        {QStringLiteral("amount"), o.txn.amount.toPlainString()},
        {QStringLiteral("currency"), o.txn.amount.currency()},
        {QStringLiteral("card"), o.txn.panMasked},
        {QStringLiteral("rrn"), o.txn.rrn},
        {QStringLiteral("authCode"), o.txn.authCode},
        {QStringLiteral("responseCode"), o.responseCode}};
}

int printTxn(CliContext &ctx, const Result<TxnOutcome> &r)
{
    if (!r)
        return ctx.fail(r.error());
    ctx.out(
        QCoreApplication::translate("posdesk::cli", "Approved: %1 %2, trace %3, batch %4, card %5, RRN %6, auth %7.")
            .arg(toKey(r->txn.kind), r->txn.amount.toDisplayString(QLocale::c()))
            .arg(r->txn.stan)
            .arg(r->txn.batchNo)
            .arg(r->txn.panMasked, r->txn.rrn, r->txn.authCode));
    if (r->partial)
        ctx.out(QCoreApplication::translate("posdesk::cli",
                                            "Only part was approved: %1 of %2. Take the remaining %3 another way.")
                    .arg(r->txn.amount.toDisplayString(QLocale::c()), r->requested.toDisplayString(QLocale::c()),
                         Money(r->requested.minor() - r->txn.amount.minor(), r->requested.currency())
                             .toDisplayString(QLocale::c())));
    QJsonObject json = txnJson(*r);
    auto db = ctx.database();
    // The merchant copy, then the cardholder copy: the CLI does not pause between them.
    const QJsonObject receipt =
        db ? printSlipsIfConfigured(ctx, Slips::jobKind(r->txn),
                                    {[&](const PrinterOptions &o) {
                                         return Slips::forTransaction(**db, r->txn, o, ReceiptCopy::Merchant);
                                     },
                                     [&](const PrinterOptions &o) {
                                         return Slips::forTransaction(**db, r->txn, o, ReceiptCopy::Cardholder);
                                     }},
                                    r->txn.id)
           : QJsonObject();
    if (!receipt.isEmpty())
        json.insert(QStringLiteral("receipt"), receipt);
    ctx.emitJson(json);
    return ExitOk;
}

int runSignOn(CliContext &ctx)
{
    QString tid;
    if (int rc = requireTid(ctx, &tid))
        return rc;
    auto link = LinkServices::create(ctx);
    if (!link)
        return ctx.fail(link.error());
    auto r = waitFor<SignOnOutcome>([&](auto done) { (*link)->acquirer().signOn(ctx.actor(), tid, done); });
    if (!r)
        return ctx.fail(r.error());
    ctx.out(QCoreApplication::translate("posdesk::cli",
                                        "Terminal %1 signed on. Working keys loaded: PIN key KCV %2, MAC key KCV %3%4.")
                .arg(tid, r->pinKeyCheck, r->macKeyCheck,
                     r->trackKeyCheck.isEmpty()
                         ? QString()
                         : QCoreApplication::translate("posdesk::cli", ", track key KCV %1").arg(r->trackKeyCheck)));
    QJsonObject json{{QStringLiteral("tid"), tid},
                     {QStringLiteral("pinKeyKcv"), r->pinKeyCheck},
                     {QStringLiteral("macKeyKcv"), r->macKeyCheck},
                     {QStringLiteral("trackKeyKcv"), r->trackKeyCheck},
                     {QStringLiteral("hostBatch"), r->hostBatch},
                     {QStringLiteral("batch"), r->batchNo},
                     {QStringLiteral("batchAdopted"), r->batchAdopted}};
    // After a first sign-on (or when the host asked) the terminal owes its IC key and parameter download: the next
    // chip sale runs it before it reads the card.
    auto terminal = TerminalRepository((*link)->acquirer().db()).findByTid(tid);
    const bool owed = terminal && terminal->icDownloadRequired;
    if (owed)
        ctx.out(QCoreApplication::translate("posdesk::cli",
                                            "Terminal %1 owes its IC key and parameter download: the next chip sale "
                                            "runs it first, or run it now with: posdesk-cli ic download --tid %1")
                    .arg(tid));
    json.insert(QStringLiteral("icDownloadOwed"), owed);
    ctx.emitJson(json);
    return ExitOk;
}

int runNetwork(CliContext &ctx, bool echo)
{
    QString tid;
    if (int rc = requireTid(ctx, &tid))
        return rc;
    auto link = LinkServices::create(ctx);
    if (!link)
        return ctx.fail(link.error());
    auto r = waitFor<QString>([&](auto done) {
        if (echo)
            (*link)->acquirer().echoTest(ctx.actor(), tid, done);
        else
            (*link)->acquirer().signOff(ctx.actor(), tid, done);
    });
    if (!r)
        return ctx.fail(r.error());
    ctx.out(echo ? QCoreApplication::translate("posdesk::cli", "The host answered the echo test for %1.").arg(tid)
                 : QCoreApplication::translate("posdesk::cli", "Terminal %1 signed off.").arg(tid));
    ctx.emitJson(QJsonObject{{QStringLiteral("tid"), tid}, {QStringLiteral("responseCode"), *r}});
    return ExitOk;
}

// The chip card in a PC/SC reader: --reader NAME, or the one reader there is.
Result<std::shared_ptr<ChipCardChannel>> chipCardArgument(CliContext &ctx)
{
    auto context = PcscContext::establish();
    if (!context)
        return context.error();
    QString reader = ctx.value(QStringLiteral("reader"));
    if (reader.isEmpty()) {
        auto readers = (*context)->listReaders();
        if (!readers)
            return readers.error();
        if (readers->size() != 1)
            return Error::usage(readers->isEmpty()
                                    ? QCoreApplication::translate("posdesk::cli", "No card reader is connected.")
                                    : QCoreApplication::translate("posdesk::cli",
                                                                  "%1 card readers are connected; name one with "
                                                                  "--reader.")
                                          .arg(readers->size()));
        reader = readers->front();
    }
    auto card = PcscCard::connect(*context, reader);
    if (!card)
        return card.error();
    return std::shared_ptr<ChipCardChannel>(std::move(*card));
}

int runSale(CliContext &ctx)
{
    QString tid;
    if (int rc = requireTid(ctx, &tid))
        return rc;
    auto amount = amountArgument(ctx);
    if (!amount)
        return ctx.fail(amount.error());
    if (ctx.isSet(QStringLiteral("chip"))) {
        if (ctx.isSet(QStringLiteral("track2")) || ctx.isSet(QStringLiteral("track2-stdin")))
            return ctx.usage(QCoreApplication::translate("posdesk::cli", "Give --chip or the track, not both."));
        auto chip = chipCardArgument(ctx);
        if (!chip)
            return ctx.fail(chip.error());
        auto link = LinkServices::create(ctx);
        if (!link)
            return ctx.fail(link.error());
        if ((*link)->padError())
            std::fprintf(stderr, "%s\n",
                         QCoreApplication::translate("posdesk::cli", "The PIN pad does not answer: %1")
                             .arg((*link)->padError()->message)
                             .toUtf8()
                             .constData());
        (*link)->acquirer().flows().setPinPrompt([](bool waiting) {
            if (!waiting)
                return;
            std::fprintf(stderr, "%s\n",
                         QCoreApplication::translate("posdesk::cli",
                                                     "The card asks for its PIN: the cardholder enters it on the "
                                                     "PIN pad.")
                             .toUtf8()
                             .constData());
            std::fflush(stderr);
        });
        // A card with several applications: the first by the card's priority (the till asks the cardholder).
        bool unreadable = false;
        auto r = waitFor<TxnOutcome>([&](auto done) {
            (*link)->acquirer().flows().chipSale(ctx.actor(), tid, *amount, *chip, {}, done,
                                                 [&unreadable] { unreadable = true; });
        });
        if (!r && unreadable)
            ctx.out(QCoreApplication::translate("posdesk::cli",
                                                "The chip of this card cannot be read: swipe the card instead "
                                                "(sale --track2-stdin --fallback)."));
        return printTxn(ctx, r);
    }
    auto card = cardArgument(ctx);
    if (!card)
        return ctx.fail(card.error());
    auto link = LinkServices::create(ctx);
    if (!link)
        return ctx.fail(link.error());
    const bool fallback = ctx.isSet(QStringLiteral("fallback"));
    return printTxn(ctx, waitFor<TxnOutcome>([&](auto done) {
                        if (fallback)
                            (*link)->acquirer().flows().fallbackSale(ctx.actor(), tid, *amount, std::move(*card), done);
                        else
                            (*link)->acquirer().sale(ctx.actor(), tid, *amount, std::move(*card), done);
                    }));
}

// A trace or batch number (1–999999) from --NAME; 0 when the option does not hold one.
int sixDigitNumber(CliContext &ctx, const QString &name)
{
    bool ok = false;
    const int n = ctx.value(name).toInt(&ok);
    return ok && n >= 1 && n <= 999999 ? n : 0;
}

int runVoid(CliContext &ctx)
{
    QString tid;
    if (int rc = requireTid(ctx, &tid))
        return rc;
    const int stan = sixDigitNumber(ctx, QStringLiteral("stan"));
    if (stan == 0)
        return ctx.usage(
            QCoreApplication::translate("posdesk::cli", "--stan needs the trace number of the sale (1–999999)."));
    auto link = LinkServices::create(ctx);
    if (!link)
        return ctx.fail(link.error());
    return printTxn(
        ctx, waitFor<TxnOutcome>([&](auto done) { (*link)->acquirer().voidSale(ctx.actor(), tid, stan, done); }));
}

int runRefund(CliContext &ctx)
{
    QString tid;
    if (int rc = requireTid(ctx, &tid))
        return rc;
    auto amount = amountArgument(ctx);
    if (!amount)
        return ctx.fail(amount.error());
    const QString rrn = ctx.value(QStringLiteral("rrn"));
    RefundOriginal original;
    original.rrn = rrn;
    if (ctx.isSet(QStringLiteral("stan"))) {
        original.stan = sixDigitNumber(ctx, QStringLiteral("stan"));
        if (*original.stan == 0)
            return ctx.usage(
                QCoreApplication::translate("posdesk::cli", "--stan needs the trace number of the sale (1–999999)."));
    }
    if (ctx.isSet(QStringLiteral("batch"))) {
        if (!original.stan)
            return ctx.usage(QCoreApplication::translate("posdesk::cli", "--batch goes with --stan."));
        original.batchNo = sixDigitNumber(ctx, QStringLiteral("batch"));
        if (*original.batchNo == 0)
            return ctx.usage(
                QCoreApplication::translate("posdesk::cli", "--batch needs the sale's batch number, 1 to 999999."));
    }
    if (rrn.isEmpty() && !original.stan)
        return ctx.usage(QCoreApplication::translate(
            "posdesk::cli",
            "Name the sale to refund: --rrn (with --date) or --stan (with --batch when not the open batch)."));
    QDate date;
    if (ctx.isSet(QStringLiteral("date"))) {
        date = QDate::fromString(ctx.value(QStringLiteral("date")), QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid())
            return ctx.usage(
                QCoreApplication::translate("posdesk::cli", "--date needs the sale's date as YYYY-MM-DD."));
    }
    original.date = date;
    original.unknownAllowed = ctx.isSet(QStringLiteral("original-unknown"));
    auto card = cardArgument(ctx);
    if (!card)
        return ctx.fail(card.error());
    auto link = LinkServices::create(ctx);
    if (!link)
        return ctx.fail(link.error());
    return printTxn(ctx, waitFor<TxnOutcome>([&](auto done) {
                        (*link)->acquirer().refund(ctx.actor(), tid, *amount, original, std::move(*card), done);
                    }));
}

int runSettle(CliContext &ctx)
{
    QString tid;
    if (int rc = requireTid(ctx, &tid))
        return rc;
    auto link = LinkServices::create(ctx);
    if (!link)
        return ctx.fail(link.error());
    auto r = waitFor<SettlementOutcome>([&](auto done) { (*link)->settlement().settle(ctx.actor(), tid, done); });
    if (!r)
        return ctx.fail(r.error());
    const auto &t = r->totals.totals;
    auto side = [](const iso8583::SettlementTotals::Side &s) {
        return QCoreApplication::translate("posdesk::cli", "sales %1 for %2, refunds %3 for %4")
            .arg(s.debitCount)
            .arg(Money::cny(s.debitAmount).toDisplayString(QLocale::c()))
            .arg(s.creditCount)
            .arg(Money::cny(s.creditAmount).toDisplayString(QLocale::c()));
    };
    ctx.out(QCoreApplication::translate("posdesk::cli", "Batch %1 of terminal %2 settled and closed.")
                .arg(r->batchNo)
                .arg(tid));
    ctx.out(QCoreApplication::translate("posdesk::cli", "  UnionPay cards: %1").arg(side(t.domestic)));
    ctx.out(QCoreApplication::translate("posdesk::cli", "  Other cards:    %1").arg(side(t.foreign)));
    ctx.out(r->uploaded ? QCoreApplication::translate(
                              "posdesk::cli", "  Host verdict: not balanced at first; %1 transaction(s) uploaded (%2).")
                              .arg(r->uploadedCount)
                              .arg(r->verdict)
                        : QCoreApplication::translate("posdesk::cli", "  Host verdict: balanced."));
    if (r->tcUploaded + r->tcOwed + r->advicesSent + r->advicesOwed > 0)
        ctx.out(QCoreApplication::translate("posdesk::cli",
                                            "  Chip cards: %1 TC(s) uploaded, %2 still owed; %3 script result(s) "
                                            "sent, %4 still owed (they go at the next settlement).")
                    .arg(r->tcUploaded)
                    .arg(r->tcOwed)
                    .arg(r->advicesSent)
                    .arg(r->advicesOwed));
    auto sideJson = [](const iso8583::SettlementTotals::Side &s) {
        return QJsonObject{{QStringLiteral("salesCount"), s.debitCount},
                           {QStringLiteral("salesAmount"), Money::cny(s.debitAmount).toPlainString()},
                           {QStringLiteral("refundsCount"), s.creditCount},
                           {QStringLiteral("refundsAmount"), Money::cny(s.creditAmount).toPlainString()}};
    };
    QJsonObject json{{QStringLiteral("tid"), tid},
                     {QStringLiteral("batch"), r->batchNo},
                     {QStringLiteral("verdict"), r->verdict},
                     {QStringLiteral("uploaded"), r->uploadedCount},
                     {QStringLiteral("tcUploaded"), r->tcUploaded},
                     {QStringLiteral("tcOwed"), r->tcOwed},
                     {QStringLiteral("advicesSent"), r->advicesSent},
                     {QStringLiteral("advicesOwed"), r->advicesOwed},
                     {QStringLiteral("domestic"), sideJson(t.domestic)},
                     {QStringLiteral("foreign"), sideJson(t.foreign)}};
    auto db = ctx.database();
    const QString settledBy = ctx.actor().name;
    const QJsonObject receipt =
        db ? printSlipIfConfigured(
                 ctx, QStringLiteral("settlement"),
                 [&](const PrinterOptions &o) { return Slips::forBatch(**db, tid, r->batchNo, settledBy, o); })
           : QJsonObject();
    if (!receipt.isEmpty())
        json.insert(QStringLiteral("receipt"), receipt);
    ctx.emitJson(json);
    return ExitOk;
}

int runReversalsFlush(CliContext &ctx)
{
    const QString tid = ctx.value(QStringLiteral("tid"));
    auto link = LinkServices::create(ctx);
    if (!link)
        return ctx.fail(link.error());
    auto r = waitFor<ReversalFlushOutcome>([&](auto done) { (*link)->acquirer().flushReversals(tid, done); });
    if (!r)
        return ctx.fail(r.error());
    ctx.out(
        QCoreApplication::translate("posdesk::cli", "Reversals: %1 sent, %2 confirmed by the host, %3 still pending%4.")
            .arg(r->attempted)
            .arg(r->reversed)
            .arg(r->stillPending)
            .arg(r->recovered ? QCoreApplication::translate("posdesk::cli", "; %1 interrupted transaction(s) recovered")
                                    .arg(r->recovered)
                              : QString()));
    if (r->refused > 0)
        ctx.out(QCoreApplication::translate("posdesk::cli",
                                            "%1 reversal(s) were refused by the host for good: an alert is open; see "
                                            "`posdesk-cli reversals list --refused`.")
                    .arg(r->refused));
    ctx.emitJson(QJsonObject{{QStringLiteral("recovered"), r->recovered},
                             {QStringLiteral("attempted"), r->attempted},
                             {QStringLiteral("reversed"), r->reversed},
                             {QStringLiteral("refused"), r->refused},
                             {QStringLiteral("pending"), r->stillPending},
                             {QStringLiteral("lastError"), r->lastError}});
    if (r->stillPending > 0)
        return ctx.fail(Error::environment(
            QCoreApplication::translate("posdesk::cli", "%1 reversal(s) are still waiting for the host: %2")
                .arg(r->stillPending)
                .arg(r->lastError)));
    return ExitOk;
}

int runReversalsList(CliContext &ctx)
{
    auto db = ctx.database();
    if (!db)
        return ctx.fail(db.error());
    const QString state = ctx.isSet(QStringLiteral("refused")) ? QStringLiteral("refused") : QString();
    auto list = ReversalRepository(**db).list(state);
    if (!list)
        return ctx.fail(list.error());
    QJsonArray rows;
    for (const PendingReversal &r : *list) {
        auto txn = TransactionRepository(**db).findById(r.transactionId);
        auto term = txn ? TerminalRepository(**db).findById(txn->terminalId) : Result<Terminal>(txn.error());
        const QString tid = term ? term->tid : QString();
        ctx.out(QCoreApplication::translate("posdesk::cli", "No. %1  %2  terminal %3 trace %4 %5  reason %6  %7%8")
                    .arg(r.id)
                    .arg(r.state, tid)
                    .arg(txn ? txn->stan : 0)
                    .arg(txn ? txn->amount.toDisplayString(QLocale::c()) : QString(), r.reason,
                         r.finalCode.isEmpty() ? QString() : QStringLiteral("host %1  ").arg(r.finalCode),
                         r.lastError));
        rows.append(QJsonObject{{QStringLiteral("id"), qint64(r.id)},
                                {QStringLiteral("state"), r.state},
                                {QStringLiteral("tid"), tid},
                                {QStringLiteral("stan"), txn ? txn->stan : 0},
                                {QStringLiteral("amount"), txn ? txn->amount.toPlainString() : QString()},
                                {QStringLiteral("reason"), r.reason},
                                {QStringLiteral("finalCode"), r.finalCode},
                                {QStringLiteral("incident"), r.incidentId ? qint64(*r.incidentId) : 0},
                                {QStringLiteral("attempts"), r.attempts},
                                {QStringLiteral("resolution"), r.resolution},
                                {QStringLiteral("lastError"), r.lastError}});
    }
    ctx.emitJson(QJsonObject{{QStringLiteral("reversals"), rows}});
    return ExitOk;
}

int runReversalsResolve(CliContext &ctx)
{
    const QStringList args = ctx.positional();
    bool ok = false;
    const Id id = args.isEmpty() ? 0 : args.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(
            QCoreApplication::translate("posdesk::cli", "Give the reversal's number: reversals resolve ID."));
    const QString outcome = ctx.value(QStringLiteral("outcome"));
    if (outcome != u"reversed" && outcome != u"kept")
        return ctx.usage(QCoreApplication::translate(
            "posdesk::cli", "--outcome is reversed (the acquirer undid the original) or kept (the original stands)."));
    auto link = LinkServices::create(ctx);
    if (!link)
        return ctx.fail(link.error());
    if (auto s = (*link)->acquirer().reversals().resolve(ctx.actor(), id,
                                                         outcome == u"reversed" ? ReversalQueue::Resolution::Reversed
                                                                                : ReversalQueue::Resolution::Kept,
                                                         ctx.value(QStringLiteral("evidence")));
        !s)
        return ctx.fail(s.error());
    ctx.out(QCoreApplication::translate("posdesk::cli", "Reversal %1 resolved (%2).").arg(id).arg(outcome));
    ctx.emitJson(QJsonObject{{QStringLiteral("id"), qint64(id)}, {QStringLiteral("resolution"), outcome}});
    return ExitOk;
}

QCommandLineOption opt(const char *name, const QString &help, const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), help);
}
} // namespace

void addAcquirerCommands(std::vector<Command> &out)
{
    const auto tid = opt("tid", QCoreApplication::translate("posdesk::cli", "Terminal ID."), "TID");
    out.push_back(
        {{QStringLiteral("signon")},
         QStringLiteral("--tid TID"),
         QCoreApplication::translate(
             "posdesk::cli", "Sign the terminal on: fresh working keys from the host, verified by their check values."),
         {tid},
         runSignOn});
    out.push_back({{QStringLiteral("signoff")},
                   QStringLiteral("--tid TID"),
                   QCoreApplication::translate("posdesk::cli", "Sign the terminal off."),
                   {tid},
                   [](CliContext &c) {
                       return runNetwork(c, false);
                   }});
    out.push_back({{QStringLiteral("echo")},
                   QStringLiteral("--tid TID"),
                   QCoreApplication::translate("posdesk::cli", "Echo test: is the host there?"),
                   {tid},
                   [](CliContext &c) {
                       return runNetwork(c, true);
                   }});
    out.push_back(
        {{QStringLiteral("sale")},
         QStringLiteral("--tid TID --amount 12.34 (--track2-stdin [--fallback] | --chip [--reader NAME])"),
         QCoreApplication::translate("posdesk::cli",
                                     "A card sale. A declined answer (97 among them) exits with 1 and names the code."),
         {tid, opt("amount", QCoreApplication::translate("posdesk::cli", "Amount in yuan."), "AMOUNT"),
          opt("track2-stdin",
              QCoreApplication::translate(
                  "posdesk::cli", "Read track 2, as the reader sends it, from the next line of standard input.")),
          opt("track2",
              QCoreApplication::translate("posdesk::cli",
                                          "Track 2 on the command line, for tests only (with --insecure-track2)."),
              "DATA"),
          opt("insecure-track2", QCoreApplication::translate(
                                     "posdesk::cli", "Accept --track2 although every program on this PC can read it.")),
          opt("chip", QCoreApplication::translate("posdesk::cli", "Read the chip card in the card reader.")),
          opt("fallback", QCoreApplication::translate("posdesk::cli",
                                                      "With the track: the card's chip could not be read, so it is "
                                                      "swiped instead (a chip card's swipe is refused without it).")),
          opt("reader",
              QCoreApplication::translate("posdesk::cli", "The card reader, when more than one is connected."),
              "NAME")},
         runSale});
    out.push_back({{QStringLiteral("void")},
                   QStringLiteral("--tid TID --stan N"),
                   QCoreApplication::translate("posdesk::cli", "Void a sale of the open batch."),
                   {tid, opt("stan", QCoreApplication::translate("posdesk::cli", "Trace number of the sale."), "N")},
                   runVoid});
    out.push_back(
        {{QStringLiteral("refund")},
         QStringLiteral("--tid TID (--rrn R [--date D] | --stan N [--batch B]) --amount A --track2-stdin"),
         QCoreApplication::translate(
             "posdesk::cli", "Refund an earlier sale by its reference number, or by its trace and batch number."),
         {tid, opt("rrn", QCoreApplication::translate("posdesk::cli", "Reference number of the sale."), "RRN"),
          opt("stan", QCoreApplication::translate("posdesk::cli", "Trace number of the sale (on this terminal)."), "N"),
          opt("batch",
              QCoreApplication::translate("posdesk::cli", "Batch number of the sale (default: the open batch)."), "B"),
          opt("amount", QCoreApplication::translate("posdesk::cli", "Amount to refund."), "AMOUNT"),
          opt("track2-stdin",
              QCoreApplication::translate("posdesk::cli", "Read track 2 from the next line of standard input.")),
          opt("track2",
              QCoreApplication::translate("posdesk::cli",
                                          "Track 2 on the command line, for tests only (with --insecure-track2)."),
              "DATA"),
          opt("insecure-track2", QCoreApplication::translate(
                                     "posdesk::cli", "Accept --track2 although every program on this PC can read it.")),
          opt("date", QCoreApplication::translate("posdesk::cli", "Date of the sale, YYYY-MM-DD."), "DATE"),
          opt("original-unknown",
              QCoreApplication::translate("posdesk::cli",
                                          "The sale is not in this shop's records (owner only; audited)."))},
         runRefund});
    out.push_back(
        {{QStringLiteral("settle")},
         QStringLiteral("--tid TID"),
         QCoreApplication::translate(
             "posdesk::cli", "Settle and close the open batch: totals to the host, batch upload when it disagrees."),
         {tid},
         runSettle});
    out.push_back({{QStringLiteral("reversals"), QStringLiteral("flush")},
                   QStringLiteral("[--tid TID]"),
                   QCoreApplication::translate("posdesk::cli",
                                               "Send the queued reversals now; exits 3 while some stay unconfirmed."),
                   {tid},
                   runReversalsFlush});
    out.push_back({{QStringLiteral("reversals"), QStringLiteral("list")},
                   QStringLiteral("[--refused]"),
                   QCoreApplication::translate("posdesk::cli", "The reversal queue: pending, done, refused, resolved."),
                   {opt("refused", QCoreApplication::translate("posdesk::cli", "Only those the host refused."))},
                   runReversalsList});
    out.push_back(
        {{QStringLiteral("reversals"), QStringLiteral("resolve")},
         QStringLiteral("ID --outcome reversed|kept --evidence TEXT"),
         QCoreApplication::translate("posdesk::cli",
                                     "Record what the acquirer confirmed about a refused reversal (owner); the batch "
                                     "can settle afterwards."),
         {opt("outcome", QCoreApplication::translate("posdesk::cli", "reversed or kept."), "OUTCOME"),
          opt("evidence", QCoreApplication::translate("posdesk::cli", "The acquirer's confirmation."), "TEXT")},
         runReversalsResolve});
}

} // namespace posdesk::cli
