// UnionPay 全渠道 ZM: fixed-width fields in bytes, one separator byte between them, GBK text per field.

#include "reconciliation/Readers.h"

#include <QCoreApplication>

#include <array>

namespace posdesk::reconciliation::detail {

namespace {

enum class Zm
{
    Code,
    Stan,
    TransmissionTime,
    Pan,
    Amount,
    QueryId,
    OrderNo,
    CardType,
    OriginalStan,
    Fee,
    TxnType,
    OriginalQueryId,
    MerchantCode,
    Net,
    TerminalId,
    Unused,
};

struct ZmColumn
{
    const char *name;
    int width;
    Zm use;
};

// statements.md, "UnionPay 全渠道 reconciliation file ZM": widths in bytes, in order; reserved bytes may follow.
constexpr std::array<ZmColumn, 40> kZmLayout{{
    {"交易代码", 3, Zm::Code},
    {"代理机构", 11, Zm::Unused},
    {"发送机构", 11, Zm::Unused},
    {"系统跟踪号", 6, Zm::Stan},
    {"传输时间", 10, Zm::TransmissionTime},
    {"账号", 19, Zm::Pan},
    {"金额", 12, Zm::Amount},
    {"商户类别", 4, Zm::Unused},
    {"终端类型", 2, Zm::Unused},
    {"查询流水号", 21, Zm::QueryId},
    {"支付方式(旧)", 2, Zm::Unused},
    {"商户订单号", 32, Zm::OrderNo},
    {"卡类型", 2, Zm::CardType},
    {"原跟踪号", 6, Zm::OriginalStan},
    {"原日期时间", 10, Zm::Unused},
    {"商户手续费", 13, Zm::Fee},
    {"结算金额", 13, Zm::Unused},
    {"支付方式", 4, Zm::Unused},
    {"集团商户", 15, Zm::Unused},
    {"交易类型", 2, Zm::TxnType},
    {"交易子类", 2, Zm::Unused},
    {"业务类型", 6, Zm::Unused},
    {"账号类型", 2, Zm::Unused},
    {"账单类型", 4, Zm::Unused},
    {"账单号", 32, Zm::Unused},
    {"交互方式", 1, Zm::Unused},
    {"原查询流水号", 21, Zm::OriginalQueryId},
    {"商户代码", 15, Zm::MerchantCode},
    {"分账方式", 1, Zm::Unused},
    {"二级商户", 15, Zm::Unused},
    {"二级商户简称", 32, Zm::Unused},
    {"分账金额", 13, Zm::Unused},
    {"清算净额", 13, Zm::Net},
    {"终端号", 8, Zm::TerminalId},
    {"商户自定义域", 32, Zm::Unused},
    {"优惠金额", 13, Zm::Unused},
    {"发票金额", 13, Zm::Unused},
    {"分期手续费", 12, Zm::Unused},
    {"分期期数", 2, Zm::Unused},
    {"交易介质", 1, Zm::Unused},
}};

constexpr int minimumLength()
{
    int n = 0;
    for (const auto &c : kZmLayout)
        n += c.width;
    return n + int(kZmLayout.size()) - 1;
}

// 交易代码 (statements.md), then 交易类型 (the 全渠道 txnType) for codes the reference does not name.
StatementType typeOf(const QString &code, const QString &txnType, bool &known)
{
    known = true;
    if (code == QLatin1String("S22"))
        return StatementType::Sale;
    if (code == QLatin1String("S30"))
        return StatementType::Refund;
    if (txnType == QLatin1String("01") || txnType == QLatin1String("03"))
        return StatementType::Sale;
    if (txnType == QLatin1String("04"))
        return StatementType::Refund;
    if (txnType == QLatin1String("31") || txnType == QLatin1String("33"))
        return StatementType::Void;
    known = false;
    return StatementType::Other;
}

CardKind cardKindOf(const QString &code)
{
    if (code == QLatin1String("01"))
        return CardKind::Debit;
    if (code == QLatin1String("02") || code == QLatin1String("03"))
        return CardKind::Credit;
    return CardKind::Unknown;
}

bool allDigits(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return !s.isEmpty();
}

// D/C or +/- then 12 digits, or 13 digits. sign: what C (credit to the merchant) means for this field.
std::optional<std::int64_t> signedAmount(const QString &raw, int creditSign)
{
    QString t = raw.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    int sign = 1;
    const QChar first = t[0];
    if (first == u'D' || first == u'C') {
        sign = first == u'C' ? creditSign : -creditSign;
        t.remove(0, 1);
    } else if (first == u'+' || first == u'-') {
        sign = first == u'-' ? -1 : 1;
        t.remove(0, 1);
    }
    if (!allDigits(t) || t.size() > 13)
        return std::nullopt;
    return sign * t.toLongLong();
}

} // namespace

void readUnionPayZm(QByteArrayView bytes, ParseContext &ctx)
{
    text::Detected detected;
    if (auto problem = text::detectEncoding(bytes, detected)) {
        ctx.fail(problem->line, problem->reason);
        return;
    }
    ctx.out.encoding = detected.encoding;
    const QList<QByteArrayView> lines = text::splitLines(bytes.sliced(detected.bodyOffset));
    constexpr int kMin = minimumLength();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (ctx.problems.size() >= 20)
            return;
        const int lineNo = int(i) + 1;
        const QByteArrayView line = lines[i];
        if (line.trimmed().isEmpty())
            continue;
        if (line.size() < kMin) {
            ctx.fail(lineNo, QCoreApplication::translate(
                                 "posdesk::StatementParser",
                                 "the line is %1 bytes long; a ZM line has at least %2: it is cut short or the "
                                 "file is truncated")
                                 .arg(line.size())
                                 .arg(kMin));
            continue;
        }
        QHash<Zm, QString> value;
        qsizetype offset = 0;
        const char separator = line[kZmLayout[0].width];
        bool ok = true;
        for (std::size_t f = 0; f < kZmLayout.size() && ok; ++f) {
            const auto &col = kZmLayout[f];
            if (f > 0) {
                if (line[offset] != separator || static_cast<unsigned char>(separator) >= 0x80) {
                    ctx.fail(lineNo, QCoreApplication::translate(
                                         "posdesk::StatementParser",
                                         "no field separator before %1 (byte %2): the columns are shifted")
                                         .arg(QString::fromUtf8(col.name))
                                         .arg(offset + 1));
                    ok = false;
                    break;
                }
                ++offset;
            }
            const QByteArrayView slice = line.sliced(offset, col.width);
            offset += col.width;
            // Every field is decoded, used or not: a character cut by a field boundary means shifted columns.
            auto decoded = text::decode(slice, detected.encoding);
            if (!decoded) {
                ctx.fail(lineNo, QCoreApplication::translate(
                                     "posdesk::StatementParser",
                                     "the field %1 is not valid %2 text (a character cut by the field boundary?)")
                                     .arg(QString::fromUtf8(col.name), detected.encoding == TextEncoding::Gb18030
                                                                           ? QStringLiteral("GBK")
                                                                           : QStringLiteral("UTF-8")));
                ok = false;
                break;
            }
            if (col.use != Zm::Unused)
                value.insert(col.use, decoded->trimmed());
        }
        if (!ok)
            continue;
        const int before = ctx.problemCount;
        StatementRow row;
        row.line = lineNo;
        row.typeText = value.value(Zm::Code);
        bool known = false;
        row.type = typeOf(row.typeText, value.value(Zm::TxnType), known);
        if (!known)
            ctx.note(lineNo,
                     QCoreApplication::translate("posdesk::StatementParser",
                                                 "the transaction code “%1” is not known; it is kept as “other”")
                         .arg(row.typeText));
        row.mid = value.value(Zm::MerchantCode);
        row.tid = value.value(Zm::TerminalId);
        row.acquirerRef = value.value(Zm::QueryId);
        row.orderNo = value.value(Zm::OrderNo);
        row.originalRef = value.value(Zm::OriginalQueryId);
        row.cardKind = cardKindOf(value.value(Zm::CardType));
        if (const QString stan = value.value(Zm::Stan); allDigits(stan) && stan.size() == 6)
            row.stan = stan.toInt();
        else
            ctx.fail(lineNo,
                     QCoreApplication::translate("posdesk::StatementParser", "the trace number “%1” is not six digits")
                         .arg(stan));
        if (const QString orig = value.value(Zm::OriginalStan); !orig.isEmpty()) {
            if (!allDigits(orig))
                ctx.fail(lineNo, QCoreApplication::translate("posdesk::StatementParser",
                                                             "the original trace number “%1” is not a number")
                                     .arg(orig));
            else if (orig.toInt() != 0)
                row.originalStan = orig.toInt();
        }
        if (auto pan = text::maskPan(value.value(Zm::Pan)); pan) {
            row.maskedPan = pan->pan;
            if (pan->wasFull)
                ctx.note(lineNo,
                         QCoreApplication::translate("posdesk::StatementParser",
                                                     "the file holds a full card number; PosDesk keeps it masked"));
        } else {
            ctx.fail(lineNo, pan.error().message);
        }
        if (const QString amount = value.value(Zm::Amount); allDigits(amount))
            row.amountFen = amount.toLongLong();
        else
            ctx.fail(lineNo, QCoreApplication::translate("posdesk::StatementParser",
                                                         "the amount “%1” is not a whole number of fen")
                                 .arg(amount));
        // Fee: D = charged to the merchant (positive). Net: C = credited to the merchant (positive).
        if (const QString fee = value.value(Zm::Fee); !fee.isEmpty()) {
            row.feeFen = signedAmount(fee, -1);
            if (!row.feeFen)
                ctx.fail(lineNo, QCoreApplication::translate("posdesk::StatementParser",
                                                             "the fee “%1” is not a signed amount in fen")
                                     .arg(fee));
        }
        if (const QString net = value.value(Zm::Net); !net.isEmpty()) {
            row.netFen = signedAmount(net, 1);
            if (!row.netFen)
                ctx.fail(lineNo, QCoreApplication::translate("posdesk::StatementParser",
                                                             "the net amount “%1” is not a signed amount in fen")
                                     .arg(net));
        }
        const QString when = value.value(Zm::TransmissionTime);
        const QDate statement = ctx.options.statementDate;
        QDate date;
        QTime time;
        if (allDigits(when) && when.size() == 10) {
            // MMDDhhmmss: the year is the statement's, or the one before for late-December rows in a January file.
            date = QDate(statement.year(), when.left(2).toInt(), when.mid(2, 2).toInt());
            if (date.isValid() && date > statement.addDays(1))
                date = QDate(statement.year() - 1, when.left(2).toInt(), when.mid(2, 2).toInt());
            time = QTime(when.mid(4, 2).toInt(), when.mid(6, 2).toInt(), when.mid(8, 2).toInt());
        }
        if (!date.isValid() || !time.isValid())
            ctx.fail(lineNo, QCoreApplication::translate("posdesk::StatementParser",
                                                         "the transmission time “%1” is not MMDDhhmmss")
                                 .arg(when));
        else
            row.transactionTime = QDateTime(date, time, ctx.zone);
        row.settlementDate = statement;
        if (ctx.problemCount == before && !ctx.failed())
            ctx.out.rows.append(row);
    }
    if (ctx.out.rows.isEmpty() && !ctx.failed())
        ctx.fail(1, QCoreApplication::translate("posdesk::StatementParser", "the file has no ZM lines"));
}

} // namespace posdesk::reconciliation::detail
