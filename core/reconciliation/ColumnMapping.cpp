#include "reconciliation/ColumnMapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include <array>
#include <utility>

namespace posdesk::reconciliation {

namespace {

constexpr std::array<std::pair<StatementField, const char *>, 22> kFieldKeys{{
    {StatementField::Mid, "mid"},
    {StatementField::Tid, "tid"},
    {StatementField::Batch, "batch"},
    {StatementField::Stan, "stan"},
    {StatementField::Rrn, "rrn"},
    {StatementField::AuthCode, "auth_code"},
    {StatementField::Pan, "pan"},
    {StatementField::CardType, "card_type"},
    {StatementField::Type, "type"},
    {StatementField::Amount, "amount"},
    {StatementField::Fee, "fee"},
    {StatementField::Net, "net"},
    {StatementField::FeeRate, "fee_rate"},
    {StatementField::OrderNo, "order_no"},
    {StatementField::AcquirerRef, "acquirer_ref"},
    {StatementField::OriginalRef, "original_ref"},
    {StatementField::TransactionTime, "transaction_time"},
    {StatementField::TransactionDate, "transaction_date"},
    {StatementField::TimeOfDay, "time_of_day"},
    {StatementField::SettlementDate, "settlement_date"},
    {StatementField::Status, "status"},
    {StatementField::FundFlow, "fund_flow"},
}};

constexpr std::array<std::pair<StatementType, const char *>, 5> kTypeKeys{{
    {StatementType::Sale, "sale"},
    {StatementType::Void, "void"},
    {StatementType::Refund, "refund"},
    {StatementType::Reversal, "reversal"},
    {StatementType::Other, "other"},
}};
constexpr std::array<std::pair<StatementStatus, const char *>, 2> kStatusKeys{{
    {StatementStatus::Success, "success"},
    {StatementStatus::Failed, "failed"},
}};
constexpr std::array<std::pair<CardKind, const char *>, 4> kCardKeys{{
    {CardKind::Unknown, "unknown"},
    {CardKind::Debit, "debit"},
    {CardKind::Credit, "credit"},
    {CardKind::Foreign, "foreign"},
}};
constexpr std::array<std::pair<FundFlow, const char *>, 6> kFlowKeys{{
    {FundFlow::None, "none"},
    {FundFlow::In, "in"},
    {FundFlow::Out, "out"},
    {FundFlow::Frozen, "frozen"},
    {FundFlow::Unfrozen, "unfrozen"},
    {FundFlow::Refund, "refund"},
}};

template <typename E, std::size_t N> QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E v)
{
    for (const auto &[e, k] : table) {
        if (e == v)
            return QString::fromLatin1(k);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &key)
{
    for (const auto &[e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

ColumnRef named(std::initializer_list<const char *> names, bool optional)
{
    ColumnRef ref;
    for (const char *n : names)
        ref.names.append(QString::fromUtf8(n));
    ref.optional = optional;
    return ref;
}

void addStatuses(ColumnMapping &m)
{
    for (const char *s : {"成功", "交易成功", "success", "SUCCESS", "已成功"})
        m.statusMap.insert(QString::fromUtf8(s), StatementStatus::Success);
    for (const char *s : {"失败", "交易失败", "fail", "FAIL", "failed", "FAILED"})
        m.statusMap.insert(QString::fromUtf8(s), StatementStatus::Failed);
}

void addCardKinds(ColumnMapping &m)
{
    for (const char *s : {"借记卡", "借记", "debit"})
        m.cardKindMap.insert(QString::fromUtf8(s), CardKind::Debit);
    for (const char *s : {"贷记卡", "贷记", "信用卡", "准贷记卡", "credit"})
        m.cardKindMap.insert(QString::fromUtf8(s), CardKind::Credit);
    for (const char *s : {"外卡", "境外卡", "foreign"})
        m.cardKindMap.insert(QString::fromUtf8(s), CardKind::Foreign);
}

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        out.append(v.toString());
    for (const auto &e : v.toArray())
        out.append(e.toString());
    return out;
}

template <typename E, std::size_t N>
Status readMap(const QJsonObject &json, const char *key, const std::array<std::pair<E, const char *>, N> &table,
               QHash<QString, E> &out)
{
    if (!json.contains(QLatin1String(key)))
        return {};
    if (!json.value(QLatin1String(key)).isObject())
        return Error::usage(QCoreApplication::translate(
                                "posdesk::ColumnMapping",
                                "The mapping's “%1” must be an object of file text → value. Correct the mapping "
                                "file.")
                                .arg(QLatin1String(key)));
    out.clear();
    const QJsonObject obj = json.value(QLatin1String(key)).toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const auto v = valueOf(table, it.value().toString());
        if (!v)
            return Error::usage(QCoreApplication::translate(
                                    "posdesk::ColumnMapping",
                                    "In the mapping's “%1”, “%2” is not a known value. Use one of the values the "
                                    "documentation lists.")
                                    .arg(QLatin1String(key), it.value().toString()));
        out.insert(it.key(), *v);
    }
    return {};
}

template <typename E, std::size_t N>
QJsonObject writeMap(const QHash<QString, E> &map, const std::array<std::pair<E, const char *>, N> &table)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), keyOf(table, it.value()));
    return o;
}

} // namespace

QString fieldKey(StatementField field)
{
    return keyOf(kFieldKeys, field);
}

std::optional<StatementField> fieldFromKey(const QString &key)
{
    return valueOf(kFieldKeys, key);
}

ColumnMapping ColumnMapping::allinpay()
{
    ColumnMapping m;
    m.headerLines = 1;
    m.amountUnit = AmountUnit::Yuan;
    m.dateTimeFormats = {QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy/M/d H:mm:ss"),
                         QStringLiteral("yyyyMMddHHmmss"), QStringLiteral("yyyy-MM-dd HH:mm"),
                         QStringLiteral("yyyy/M/d H:mm")};
    m.dateFormats = {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyyMMdd"), QStringLiteral("yyyy/M/d")};
    m.timeFormats = {QStringLiteral("HH:mm:ss"), QStringLiteral("HHmmss"), QStringLiteral("H:mm:ss")};
    auto &c = m.columns;
    c.insert(StatementField::Mid, named({"商户号"}, false));
    c.insert(StatementField::Tid, named({"终端号"}, false));
    c.insert(StatementField::TransactionTime, named({"交易时间"}, false));
    c.insert(StatementField::Type, named({"交易类型"}, false));
    c.insert(StatementField::Amount, named({"交易金额"}, false));
    c.insert(StatementField::Batch, named({"交易批次号"}, true));
    c.insert(StatementField::Stan, named({"凭证号"}, true));
    c.insert(StatementField::Rrn, named({"参考号"}, true));
    c.insert(StatementField::Pan, named({"卡号"}, true));
    c.insert(StatementField::CardType, named({"卡类别"}, true));
    c.insert(StatementField::Fee, named({"手续费"}, true));
    // 交易日期 is the statement's accounting day; 交易时间 may hold only the time of day, completed by it.
    c.insert(StatementField::TransactionDate, named({"交易日期"}, true));
    c.insert(StatementField::SettlementDate, named({"交易日期"}, true));
    c.insert(StatementField::AcquirerRef, named({"交易单号"}, true));
    c.insert(StatementField::OrderNo, named({"订单号"}, true));
    c.insert(StatementField::Net, named({"结算金额"}, true));
    c.insert(StatementField::OriginalRef, named({"原交易单"}, true));
    // 持卡人姓名 and 持卡人身份证 are never read: personal data the reconciliation does not need.
    const std::pair<const char *, StatementType> types[] = {
        {"消费", StatementType::Sale},           {"刷卡消费", StatementType::Sale},
        {"预授权完成", StatementType::Sale},     {"扫码支付", StatementType::Sale},
        {"消费撤销", StatementType::Void},       {"撤销", StatementType::Void},
        {"预授权完成撤销", StatementType::Void}, {"退货", StatementType::Refund},
        {"退款", StatementType::Refund},         {"扫码退款", StatementType::Refund},
        {"冲正", StatementType::Reversal},       {"消费冲正", StatementType::Reversal},
        {"撤销冲正", StatementType::Reversal},
    };
    for (const auto &[text, type] : types)
        m.typeMap.insert(QString::fromUtf8(text), type);
    addStatuses(m);
    addCardKinds(m);
    return m;
}

ColumnMapping ColumnMapping::leshua()
{
    ColumnMapping m;
    m.headerLines = 0; // the BT line names the columns; the reader finds it
    m.amountUnit = AmountUnit::Fen;
    m.dateTimeFormats = {QStringLiteral("yyyyMMddHHmmss"), QStringLiteral("yyyy-MM-dd HH:mm:ss")};
    m.dateFormats = {QStringLiteral("yyyyMMdd"), QStringLiteral("yyyy-MM-dd")};
    m.timeFormats = {QStringLiteral("HHmmss"), QStringLiteral("HH:mm:ss")};
    auto &c = m.columns;
    c.insert(StatementField::Mid, named({"商户号", "商户编号"}, false));
    c.insert(StatementField::Tid, named({"终端号"}, false));
    c.insert(StatementField::TransactionTime, named({"交易时间"}, false));
    c.insert(StatementField::Type, named({"交易类型"}, false));
    c.insert(StatementField::Amount, named({"交易金额"}, false));
    c.insert(StatementField::Fee, named({"手续费"}, true));
    c.insert(StatementField::Net, named({"结算金额", "清算金额", "入账金额"}, true));
    c.insert(StatementField::FeeRate, named({"费率"}, true));
    c.insert(StatementField::Rrn, named({"参考号"}, true));
    c.insert(StatementField::Stan, named({"凭证号"}, true));
    c.insert(StatementField::Batch, named({"批次号"}, true));
    c.insert(StatementField::AuthCode, named({"授权码"}, true));
    c.insert(StatementField::Pan, named({"卡号"}, true));
    c.insert(StatementField::CardType, named({"卡类型"}, true));
    c.insert(StatementField::TransactionDate, named({"交易日期"}, true));
    c.insert(StatementField::SettlementDate, named({"清算日期", "结算日期"}, true));
    c.insert(StatementField::OriginalRef, named({"原参考号"}, true));
    c.insert(StatementField::OrderNo, named({"订单号"}, true));
    c.insert(StatementField::FundFlow, named({"资金流向"}, true));
    c.insert(StatementField::Status, named({"交易状态"}, true));
    const std::pair<const char *, StatementType> types[] = {
        {"消费", StatementType::Sale},         {"预授权完成", StatementType::Sale},
        {"消费冲正", StatementType::Reversal}, {"撤销冲正", StatementType::Reversal},
        {"消费撤销", StatementType::Void},     {"退货", StatementType::Refund},
    };
    for (const auto &[text, type] : types)
        m.typeMap.insert(QString::fromUtf8(text), type);
    const std::pair<const char *, FundFlow> flows[] = {
        {"进账", FundFlow::In},       {"出账", FundFlow::Out},    {"冻结", FundFlow::Frozen},
        {"解冻", FundFlow::Unfrozen}, {"退款", FundFlow::Refund},
    };
    for (const auto &[text, flow] : flows)
        m.fundFlowMap.insert(QString::fromUtf8(text), flow);
    addStatuses(m);
    addCardKinds(m);
    return m;
}

Status ColumnMapping::validate() const
{
    if (!columns.value(StatementField::Amount).isSet())
        return Error::usage(QCoreApplication::translate(
            "posdesk::ColumnMapping", "The column mapping does not say which column holds the amount. Add an “amount” "
                                      "column to the mapping."));
    if (!columns.value(StatementField::TransactionTime).isSet() &&
        !columns.value(StatementField::TransactionDate).isSet())
        return Error::usage(QCoreApplication::translate(
            "posdesk::ColumnMapping", "The column mapping does not say which column holds the transaction time. Add a "
                                      "“transaction_time” or “transaction_date” column to the mapping."));
    if (dateTimeFormats.isEmpty() && columns.value(StatementField::TransactionTime).isSet())
        return Error::usage(QCoreApplication::translate(
            "posdesk::ColumnMapping",
            "The column mapping has no date-time format. Add one such as “yyyy-MM-dd HH:mm:ss”."));
    if (delimiter == u'"' || delimiter == u'\n' || delimiter == u'\r' || delimiter.isNull())
        return Error::usage(QCoreApplication::translate(
            "posdesk::ColumnMapping",
            "The column mapping's delimiter cannot be a quote or a line break. Use a comma, a "
            "tab, a semicolon or a vertical bar."));
    if (headerLines < 0 || headerLines > 100)
        return Error::usage(QCoreApplication::translate(
            "posdesk::ColumnMapping", "The column mapping's header line count must be between 0 and 100."));
    if (!QTimeZone(timeZone.toUtf8()).isValid())
        return Error::usage(
            QCoreApplication::translate(
                "posdesk::ColumnMapping",
                "The column mapping's time zone “%1” is unknown. Use an IANA name such as Asia/Shanghai.")
                .arg(timeZone));
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (it.value().index < 0 && it.value().names.isEmpty())
            return Error::usage(
                QCoreApplication::translate("posdesk::ColumnMapping",
                                            "The mapping's column “%1” has neither a name nor an index. Give one.")
                    .arg(fieldKey(it.key())));
        if (!it.value().names.isEmpty() && it.value().index < 0 && headerLines == 0)
            return Error::usage(QCoreApplication::translate(
                                    "posdesk::ColumnMapping",
                                    "The mapping finds column “%1” by name but the file has no header line. Set "
                                    "headerLines to 1 or give the column's index.")
                                    .arg(fieldKey(it.key())));
    }
    return {};
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("delimiter"), QString(delimiter));
    o.insert(QStringLiteral("headerLines"), headerLines);
    o.insert(QStringLiteral("amountUnit"),
             amountUnit == AmountUnit::Fen ? QStringLiteral("fen") : QStringLiteral("yuan"));
    o.insert(QStringLiteral("thousandsSeparator"), thousandsSeparator);
    o.insert(QStringLiteral("dateTimeFormats"), QJsonArray::fromStringList(dateTimeFormats));
    o.insert(QStringLiteral("dateFormats"), QJsonArray::fromStringList(dateFormats));
    o.insert(QStringLiteral("timeFormats"), QJsonArray::fromStringList(timeFormats));
    o.insert(QStringLiteral("timeZone"), timeZone);
    o.insert(QStringLiteral("totalsMarkers"), QJsonArray::fromStringList(totalsMarkers));
    o.insert(QStringLiteral("negativeAmountMeansRefund"), negativeAmountMeansRefund);
    QJsonObject cols;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        QJsonObject c;
        if (!it.value().names.isEmpty())
            c.insert(QStringLiteral("names"), QJsonArray::fromStringList(it.value().names));
        if (it.value().index >= 0)
            c.insert(QStringLiteral("index"), it.value().index);
        if (it.value().optional)
            c.insert(QStringLiteral("optional"), true);
        cols.insert(fieldKey(it.key()), c);
    }
    o.insert(QStringLiteral("columns"), cols);
    o.insert(QStringLiteral("types"), writeMap(typeMap, kTypeKeys));
    o.insert(QStringLiteral("statuses"), writeMap(statusMap, kStatusKeys));
    o.insert(QStringLiteral("cardKinds"), writeMap(cardKindMap, kCardKeys));
    o.insert(QStringLiteral("fundFlows"), writeMap(fundFlowMap, kFlowKeys));
    return o;
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &json)
{
    ColumnMapping m;
    if (json.contains(QLatin1String("delimiter"))) {
        const QString d = json.value(QLatin1String("delimiter")).toString();
        if (d.size() != 1)
            return Error::usage(QCoreApplication::translate(
                "posdesk::ColumnMapping",
                "The mapping's delimiter must be one character, such as “,” or “|”. Correct the "
                "mapping file."));
        m.delimiter = d[0];
    }
    if (json.contains(QLatin1String("headerLines")))
        m.headerLines = json.value(QLatin1String("headerLines")).toInt(-1);
    if (json.contains(QLatin1String("amountUnit"))) {
        const QString u = json.value(QLatin1String("amountUnit")).toString();
        if (u == QLatin1String("fen"))
            m.amountUnit = AmountUnit::Fen;
        else if (u == QLatin1String("yuan"))
            m.amountUnit = AmountUnit::Yuan;
        else
            return Error::usage(QCoreApplication::translate(
                "posdesk::ColumnMapping",
                "The mapping's amountUnit must be “yuan” or “fen”. Correct the mapping file."));
    }
    m.thousandsSeparator = json.value(QLatin1String("thousandsSeparator")).toBool(false);
    m.negativeAmountMeansRefund = json.value(QLatin1String("negativeAmountMeansRefund")).toBool(false);
    if (json.contains(QLatin1String("dateTimeFormats")))
        m.dateTimeFormats = toStringList(json.value(QLatin1String("dateTimeFormats")));
    if (json.contains(QLatin1String("dateFormats")))
        m.dateFormats = toStringList(json.value(QLatin1String("dateFormats")));
    if (json.contains(QLatin1String("timeFormats")))
        m.timeFormats = toStringList(json.value(QLatin1String("timeFormats")));
    if (json.contains(QLatin1String("totalsMarkers")))
        m.totalsMarkers = toStringList(json.value(QLatin1String("totalsMarkers")));
    if (json.contains(QLatin1String("timeZone")))
        m.timeZone = json.value(QLatin1String("timeZone")).toString();
    const QJsonObject cols = json.value(QLatin1String("columns")).toObject();
    for (auto it = cols.begin(); it != cols.end(); ++it) {
        const auto field = fieldFromKey(it.key());
        if (!field)
            return Error::usage(QCoreApplication::translate(
                                    "posdesk::ColumnMapping",
                                    "The mapping names an unknown field “%1”. Use the field names the documentation "
                                    "lists, such as amount, tid or rrn.")
                                    .arg(it.key()));
        ColumnRef ref;
        const QJsonValue v = it.value();
        if (v.isString()) {
            ref.names = {v.toString()};
        } else if (v.isDouble()) {
            ref.index = v.toInt(-1);
        } else if (v.isObject()) {
            const QJsonObject c = v.toObject();
            ref.names = toStringList(c.value(QLatin1String("names")));
            if (c.contains(QLatin1String("name")))
                ref.names.append(c.value(QLatin1String("name")).toString());
            ref.index = c.contains(QLatin1String("index")) ? c.value(QLatin1String("index")).toInt(-1) : -1;
            ref.optional = c.value(QLatin1String("optional")).toBool(false);
        }
        ref.names.removeAll(QString());
        if (!ref.isSet() || (v.isDouble() && ref.index < 0) || ref.index > 1000)
            return Error::usage(QCoreApplication::translate(
                                    "posdesk::ColumnMapping",
                                    "The mapping's column “%1” needs a header name or a column index from 0. Correct "
                                    "the mapping file.")
                                    .arg(it.key()));
        m.columns.insert(*field, ref);
    }
    if (auto s = readMap(json, "types", kTypeKeys, m.typeMap); !s)
        return s.error();
    if (json.contains(QLatin1String("statuses"))) {
        if (auto s = readMap(json, "statuses", kStatusKeys, m.statusMap); !s)
            return s.error();
    } else {
        addStatuses(m);
    }
    if (json.contains(QLatin1String("cardKinds"))) {
        if (auto s = readMap(json, "cardKinds", kCardKeys, m.cardKindMap); !s)
            return s.error();
    } else {
        addCardKinds(m);
    }
    if (auto s = readMap(json, "fundFlows", kFlowKeys, m.fundFlowMap); !s)
        return s.error();
    if (auto s = m.validate(); !s)
        return s.error();
    return m;
}

} // namespace posdesk::reconciliation
