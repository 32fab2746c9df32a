#include "remediation/Evidence.h"

#include "acquirer/ResponseCodes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace posdesk::evidence {

namespace {

struct Template
{
    const char *code;
    const char16_t *zh;
    const char16_t *en;
};

// Every finding a step can record, in both languages (data, not code: the ticket's halves must not depend on which
// translation the program happened to load). %N are the line's parameters; those that are times, states or codes
// are rendered per language before they are put in (see renderLine).
constexpr Template kTemplates[] = {
    {"incident-recorded", u"终端号 %1 · 商户号 %2 · 报文 %3 · 流水号 %4 · %5 · 应答码 %6（建议：%7）",
     u"TID %1 · MID %2 · MTI %3 · STAN %4 · %5 · response code %6 (advice: %7)"},
    {"tid-format-ok", u"✓ 终端号 %1 格式正确", u"✓ TID %1 has the right format"},
    {"tid-format-bad", u"✗ 终端号 %1 格式不对：终端号为 8 位数字或大写字母",
     u"✗ TID %1 is not valid: a TID has exactly 8 digits or capital letters"},
    {"mid-format-ok", u"✓ 商户号 %1 格式正确", u"✓ MID %1 has the right format"},
    {"mid-format-bad", u"✗ 商户号 %1 格式不对：商户号为 15 位数字或大写字母",
     u"✗ MID %1 is not valid: a MID has exactly 15 digits or capital letters"},
    {"ids-unassigned", u"✗ 没有收单机构分配的终端号/商户号记录：请对照批准通知登记",
     u"✗ No TID/MID assigned by the acquirer is on record; check the approval letter and record it"},
    {"tid-differs", u"✗ 配置的终端号 %1 与收单机构分配的 %2 不一致：请更正终端配置",
     u"✗ The configured TID %1 differs from the TID %2 the acquirer assigned: correct the terminal's configuration"},
    {"mid-differs", u"✗ 配置的商户号 %1 与收单机构分配的 %2 不一致",
     u"✗ The configured MID %1 differs from the MID %2 the acquirer assigned"},
    {"ids-match", u"✓ 终端号和商户号与收单机构分配的一致", u"✓ TID and MID match the acquirer's assignment"},
    {"state-ok", u"✓ 终端状态：%1（可以交易）", u"✓ terminal state: %1 (may transact)"},
    {"state-bad", u"✗ 终端状态为%1，不能交易：请先重新启用",
     u"✗ The terminal is %1 and cannot transact; reactivate it first"},
    {"software-version", u"软件版本：%1", u"software version: %1"},
    {"param-version", u"参数版本：%1", u"parameter version: %1"},
    {"last-param-download", u"上次参数下载：%1", u"last parameter download: %1"},
    {"last-signon", u"上次成功签到：%1", u"last successful sign-on: %1"},
    {"no-software-version", u"✗ 没有软件版本记录：请在终端资料中填写",
     u"✗ no software version on record: record it in the terminal's details"},
    {"stan", u"下一流水号 %1，批次 %2 中已用的最大流水号：%3", u"next trace number %1, highest used in batch %2: %3"},
    {"tpdu-ok", u"✓ TPDU %1", u"✓ TPDU %1"},
    {"tpdu-bad", u"✗ TPDU %1 不是以 60 开头的 10 位十六进制数", u"✗ TPDU %1 is not 10 hex digits starting with 60"},
    {"host-incomplete", u"✗ 主机 %1 端口 %2 不完整", u"✗ host %1 port %2 is incomplete"},
    {"echo-ok", u"✓ 主机 %1:%2 在 %3 毫秒内应答了回响测试", u"✓ host %1:%2 answered the echo test in %3 ms"},
    {"echo-declined", u"✗ 主机 %1:%2 拒绝了回响测试：%3", u"✗ host %1:%2 declined the echo test: %3"},
    {"echo-failed", u"✗ 到主机 %1:%2 的回响测试失败（%3）", u"✗ echo test to %1:%2 failed (%3)"},
    {"signon-ok", u"✓ 已签到；新工作密钥，MAC 密钥校验值 %1", u"✓ signed on; new working keys, MAC key KCV %1"},
    {"signon-declined", u"✗ 签到被主机拒绝：%1", u"✗ sign-on declined by the host: %1"},
    {"signon-failed", u"✗ 签到失败（%1）", u"✗ sign-on failed (%1)"},
    {"by-person", u"此步骤由人工完成", u"this step is done by a person"},
    {"ticket-sent", u"工单发往 %1；跟进日期 %2", u"ticket to %1; follow up %2"},
    {"terminal-missing", u"✗ 找不到该终端的记录", u"✗ the terminal's record was not found"},
    {"acquirer-missing", u"✗ 找不到该终端的收单机构资料", u"✗ the terminal's acquirer profile was not found"},
};

// Why a link failed, as the error's kind says it (its message is in the language the step ran in).
QString failureKind(const QString &kind, bool zh)
{
    if (kind == u"timeout")
        return zh ? QStringLiteral("主机无应答") : QStringLiteral("no answer from the host");
    if (kind == u"refused")
        return zh ? QStringLiteral("被拒绝") : QStringLiteral("refused");
    if (kind == u"environment")
        return zh ? QStringLiteral("无法连接主机") : QStringLiteral("could not reach the host");
    return zh ? QStringLiteral("错误") : QStringLiteral("error");
}

QString stateText(const QString &key, bool zh)
{
    static const struct
    {
        const char *key;
        const char16_t *zh;
        const char16_t *en;
    } states[] = {
        {"applied", u"已申请", u"applied"},
        {"documents-submitted", u"资料已提交", u"documents submitted"},
        {"approved", u"已批准", u"approved"},
        {"keys-loaded", u"已灌装密钥", u"keys loaded"},
        {"signed-on", u"已首次签到", u"first sign-on done"},
        {"active", u"在用", u"active"},
        {"suspended", u"已暂停", u"suspended"},
        {"swapped", u"已换机", u"swapped"},
        {"deregistered", u"已注销", u"deregistered"},
    };
    for (const auto &s : states) {
        if (key == QLatin1String(s.key))
            return QString::fromUtf16(zh ? s.zh : s.en);
    }
    return key;
}

QString orNone(const QString &v, bool zh)
{
    return v.isEmpty() ? (zh ? QStringLiteral("未记录") : QStringLiteral("not recorded")) : v;
}

std::optional<TimeMs> msArg(const QString &v)
{
    bool ok = false;
    const qint64 ms = v.toLongLong(&ok);
    return ok && ms > 0 ? std::optional<TimeMs>(ms) : std::nullopt;
}

QString responseText(const QString &code, const QString &dialect, bool zh)
{
    const QLocale loc(zh ? QLocale::Chinese : QLocale::English, zh ? QLocale::China : QLocale::UnitedStates);
    return ResponseCodeTable::forDialect(dialect.isEmpty() ? QStringLiteral("cup") : dialect).describe(code, loc);
}

// %1 … %9 replaced in one pass, so that a parameter holding "%2" stays as it is.
QString fill(const QString &pattern, const QStringList &args)
{
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1) >= u'1' && pattern.at(i + 1) <= u'9') {
            out += args.value(pattern.at(i + 1).unicode() - u'1');
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QString encode(const std::vector<EvidenceLine> &lines)
{
    QJsonArray out;
    for (const EvidenceLine &l : lines)
        out.append(QJsonObject{{QStringLiteral("code"), l.code},
                               {QStringLiteral("args"), QJsonArray::fromStringList(l.args)}});
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("evidence"), out}}).toJson(QJsonDocument::Compact));
}

std::vector<EvidenceLine> decode(const QString &stored)
{
    std::vector<EvidenceLine> out;
    if (stored.isEmpty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
    if (!doc.isObject() || !doc.object().value(QStringLiteral("evidence")).isArray()) {
        for (const QString &line : stored.split(u'\n', Qt::SkipEmptyParts))
            out.push_back({QStringLiteral("text"), {line}});
        return out;
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("evidence")).toArray()) {
        QStringList args;
        for (const QJsonValue &a : v.toObject().value(QStringLiteral("args")).toArray())
            args << a.toString();
        out.push_back({v.toObject().value(QStringLiteral("code")).toString(), args});
    }
    return out;
}

QString renderLine(const EvidenceLine &line, bool zh)
{
    QStringList a = line.args;
    const QString &c = line.code;
    if (c == u"text") // stored before evidence was structured
        return a.value(0);
    // Parameters that are words or times are put in the line's language first.
    if (c == u"incident-recorded") {
        // tid, mid, mti, stan, opened at, code, action, dialect
        a[3] = a.value(3).isEmpty() ? (zh ? QStringLiteral("无") : QStringLiteral("none")) : a.value(3);
        a[4] = timeText(msArg(a.value(4)), zh);
        a[5] = responseText(a.value(5), a.value(7), zh);
        a[6] = actionText(a.value(6), zh);
    } else if (c == u"state-ok" || c == u"state-bad") {
        a[0] = stateText(a.value(0), zh);
    } else if (c == u"software-version" || c == u"param-version") {
        a[0] = orNone(a.value(0), zh);
    } else if (c == u"last-param-download" || c == u"last-signon") {
        a[0] = timeText(msArg(a.value(0)), zh);
    } else if (c == u"signon-declined" || c == u"echo-declined") {
        const int i = c == u"signon-declined" ? 0 : 2;
        a[i] = responseText(a.value(i), a.value(i + 1), zh);
    } else if (c == u"signon-failed" || c == u"echo-failed") {
        // kind, detail, the language the detail is in: a detail that came worded from elsewhere (an error message)
        // is shown only in the half of its own language; the kind says what happened in both.
        const int i = c == u"signon-failed" ? 0 : 2;
        const QString lang = a.value(i + 2);
        const QString detail = lang.isEmpty() || (lang == u"zh") == zh ? a.value(i + 1) : QString();
        a[i] = failureKind(a.value(i), zh) +
               (detail.isEmpty() ? QString() : (zh ? QStringLiteral("：") : QStringLiteral(": ")) + detail);
    } else if (c == u"ticket-sent") {
        a[1] = timeText(msArg(a.value(1)), zh);
    }
    for (const Template &t : kTemplates) {
        if (c != QLatin1String(t.code))
            continue;
        return fill(QString::fromUtf16(zh ? t.zh : t.en), a);
    }
    // A code this version does not know (written by a newer one): its parameters at least.
    return c + (a.isEmpty() ? QString() : QStringLiteral(": ") + a.join(QStringLiteral(", ")));
}

QString render(const QString &stored, bool zh)
{
    QStringList lines;
    for (const EvidenceLine &l : decode(stored))
        lines << renderLine(l, zh);
    return lines.join(u'\n');
}

QString render(const QString &stored, const QLocale &locale)
{
    return render(stored, locale.language() == QLocale::Chinese);
}

QString outcomeText(const QString &outcome, bool zh)
{
    if (outcome == u"passed")
        return zh ? QStringLiteral("通过") : QStringLiteral("passed");
    if (outcome == u"failed")
        return zh ? QStringLiteral("未通过") : QStringLiteral("failed");
    if (outcome == u"done")
        return zh ? QStringLiteral("已完成") : QStringLiteral("done");
    if (outcome == u"skipped")
        return zh ? QStringLiteral("已跳过") : QStringLiteral("skipped");
    if (outcome == u"info")
        return zh ? QStringLiteral("已记录") : QStringLiteral("noted");
    return outcome;
}

QString timeText(std::optional<TimeMs> ms, bool zh)
{
    if (!ms || *ms <= 0)
        return zh ? QStringLiteral("从未") : QStringLiteral("never");
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(*ms); // the PC's time zone: the shop's
    const int offset = t.offsetFromUtc() / 60;
    const QString zone = QStringLiteral("UTC%1%2:%3")
                             .arg(offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                             .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                             .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           (zh ? QStringLiteral("（%1）").arg(zone) : QStringLiteral(" (%1)").arg(zone));
}

QString actionText(const QString &action, bool zh)
{
    static const struct
    {
        const char *key;
        const char16_t *zh;
        const char16_t *en;
    } actions[] = {
        {"none", u"无需处理", u"nothing to do"},
        {"retry-later", u"稍后重试", u"retry later"},
        {"re-sign-on", u"重新签到", u"sign on again"},
        {"cardholder", u"请持卡人处理", u"the cardholder must act"},
        {"contact-issuer", u"联系发卡行", u"contact the card issuer"},
        {"retain-card", u"没收卡片", u"retain the card"},
        {"contact-acquirer", u"联系收单机构", u"contact the acquirer"},
    };
    for (const auto &a : actions) {
        if (action == QLatin1String(a.key))
            return QString::fromUtf16(zh ? a.zh : a.en);
    }
    return action.isEmpty() ? (zh ? QStringLiteral("无") : QStringLiteral("none")) : action;
}

} // namespace posdesk::evidence
