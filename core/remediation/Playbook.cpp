#include "remediation/Playbook.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace posdesk {

namespace {

PlaybookStep::Kind kindOf(const QString &s)
{
    if (s == u"check")
        return PlaybookStep::Kind::Check;
    if (s == u"action")
        return PlaybookStep::Kind::Action;
    if (s == u"escalation")
        return PlaybookStep::Kind::Escalation;
    return PlaybookStep::Kind::Manual;
}

std::vector<Playbook> load()
{
    std::vector<Playbook> out;
    const QDir dir(QStringLiteral(":/posdesk/playbooks"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        Playbook p;
        p.id = o.value(QStringLiteral("id")).toString();
        for (const QJsonValue &c : o.value(QStringLiteral("codes")).toArray())
            p.codes << c.toString();
        p.titleZh = o.value(QStringLiteral("title")).toObject().value(QStringLiteral("zh")).toString();
        p.titleEn = o.value(QStringLiteral("title")).toObject().value(QStringLiteral("en")).toString();
        for (const QJsonValue &sv : o.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject s = sv.toObject();
            PlaybookStep step;
            step.key = s.value(QStringLiteral("key")).toString();
            step.kind = kindOf(s.value(QStringLiteral("kind")).toString());
            step.run = s.value(QStringLiteral("run")).toString();
            step.titleZh = s.value(QStringLiteral("title")).toObject().value(QStringLiteral("zh")).toString();
            step.titleEn = s.value(QStringLiteral("title")).toObject().value(QStringLiteral("en")).toString();
            step.helpZh = s.value(QStringLiteral("help")).toObject().value(QStringLiteral("zh")).toString();
            step.helpEn = s.value(QStringLiteral("help")).toObject().value(QStringLiteral("en")).toString();
            step.resolvesOnSuccess = s.value(QStringLiteral("resolvesOnSuccess")).toBool();
            p.steps.push_back(step);
        }
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace

QString toKey(PlaybookStep::Kind k)
{
    switch (k) {
    case PlaybookStep::Kind::Check:
        return QStringLiteral("check");
    case PlaybookStep::Kind::Action:
        return QStringLiteral("action");
    case PlaybookStep::Kind::Manual:
        return QStringLiteral("manual");
    case PlaybookStep::Kind::Escalation:
        return QStringLiteral("escalation");
    }
    return {};
}

const PlaybookStep *Playbook::step(const QString &key) const
{
    for (const PlaybookStep &s : steps) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

const std::vector<Playbook> &Playbook::all()
{
    static const std::vector<Playbook> books = load();
    return books;
}

const Playbook &Playbook::forCode(const QString &code)
{
    const Playbook *fallback = nullptr;
    for (const Playbook &p : all()) {
        if (p.codes.contains(code.toUpper()))
            return p;
        if (p.id == u"96")
            fallback = &p;
    }
    static const Playbook empty;
    return fallback ? *fallback : empty;
}

} // namespace posdesk
