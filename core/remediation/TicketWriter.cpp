#include "remediation/TicketWriter.h"

#include "acquirer/ResponseCodes.h"
#include "remediation/Evidence.h"

namespace posdesk {

std::vector<StepRecord> TicketWriter::latestPerStep(const std::vector<StepRecord> &steps, const Playbook &book)
{
    std::vector<StepRecord> out;
    auto latest = [&](const QString &key) -> const StepRecord * {
        const StepRecord *last = nullptr;
        for (const StepRecord &r : steps) {
            if (r.stepKey == key)
                last = &r;
        }
        return last;
    };
    for (const PlaybookStep &s : book.steps) {
        if (const StepRecord *r = latest(s.key))
            out.push_back(*r);
    }
    // Records of steps the playbook no longer has, after the rest.
    for (const StepRecord &r : steps) {
        if (!book.step(r.stepKey) && latest(r.stepKey) == &r)
            out.push_back(r);
    }
    return out;
}

QString TicketWriter::section(const TicketFacts &f, const Playbook &book, bool zh)
{
    const Incident &i = f.incident;
    const Terminal &t = f.terminal;
    const QLocale loc(zh ? QLocale::Chinese : QLocale::English, zh ? QLocale::China : QLocale::UnitedStates);
    const QString none = zh ? QStringLiteral("无") : QStringLiteral("none");
    auto orNone = [&](const QString &v) {
        return v.trimmed().isEmpty() ? none : v;
    };
    QStringList lines;
    lines << (zh ? QStringLiteral("【POS 故障报修单】") : QStringLiteral("[POS incident ticket]"));
    lines << (zh ? QStringLiteral("故障编号：%1") : QStringLiteral("Incident no.: %1")).arg(i.id);
    lines << (zh ? QStringLiteral("应答码：%1") : QStringLiteral("Response code: %1"))
                 .arg(ResponseCodeTable::forDialect(i.dialect).describe(i.code, loc));
    lines << (zh ? QStringLiteral("商户号：%1") : QStringLiteral("MID: %1")).arg(orNone(t.mid));
    lines << (zh ? QStringLiteral("商户名称：%1") : QStringLiteral("Merchant: %1")).arg(orNone(t.merchantName));
    lines << (zh ? QStringLiteral("终端号：%1") : QStringLiteral("TID: %1")).arg(orNone(t.tid));
    const QString model = (t.brand + u' ' + t.model).trimmed();
    lines << (zh ? QStringLiteral("终端序列号：%1　品牌/型号：%2") : QStringLiteral("Serial: %1  Brand/model: %2"))
                 .arg(orNone(t.serial), orNone(model));
    lines << (zh ? QStringLiteral("收单机构：%1") : QStringLiteral("Acquirer: %1")).arg(orNone(f.acquirerName));
    lines << (zh ? QStringLiteral("首次发生：%1　报文类型：%2　流水号：%3　次数：%4")
                 : QStringLiteral("First seen: %1  Message type: %2  STAN: %3  Occurrences: %4"))
                 .arg(evidence::timeText(i.openedAt, zh), orNone(i.mti), i.stan ? QString::number(*i.stan) : none)
                 .arg(i.occurrences);
    if (i.lastSeenAt > i.openedAt)
        lines << (zh ? QStringLiteral("最近一次：%1") : QStringLiteral("Last seen: %1"))
                     .arg(evidence::timeText(i.lastSeenAt, zh));
    lines << (zh ? QStringLiteral("已采取的排查步骤：") : QStringLiteral("Steps already taken:"));
    const std::vector<StepRecord> taken = latestPerStep(f.steps, book);
    if (taken.empty())
        lines << (zh ? QStringLiteral("  （无）") : QStringLiteral("  (none)"));
    int n = 0;
    for (const StepRecord &r : taken) {
        const PlaybookStep *ps = book.step(r.stepKey);
        const QString title = ps ? (zh ? ps->titleZh : ps->titleEn) : r.stepKey;
        lines << (zh ? QStringLiteral("  %1. %2：%3（%4）") : QStringLiteral("  %1. %2: %3 (%4)"))
                     .arg(++n)
                     .arg(title, evidence::outcomeText(r.outcome, zh), evidence::timeText(r.at, zh));
        const QString ev = evidence::render(r.evidence, zh);
        for (const QString &line : ev.split(u'\n', Qt::SkipEmptyParts))
            lines << QStringLiteral("     ") + line;
        if (!r.note.trimmed().isEmpty())
            lines << (zh ? QStringLiteral("     店主备注：%1") : QStringLiteral("     Owner's note: %1"))
                         .arg(r.note.trimmed());
    }
    lines << (zh ? QStringLiteral("请协助核实该终端在贵方系统中的登记状态。")
                 : QStringLiteral("Please check the terminal's registration in your system."));
    return lines.join(u'\n');
}

QString TicketWriter::text(const TicketFacts &f, const Playbook &book)
{
    return section(f, book, true) + QStringLiteral("\n\n") + section(f, book, false) + QStringLiteral("\n\n") +
           QStringLiteral("联系方式：%1\nContact: %1\n").arg(f.contact);
}

} // namespace posdesk
