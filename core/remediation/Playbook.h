#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace posdesk {

// One step of a remediation playbook. Four kinds: an automatic check, an automatic action, a manual
// confirmation by a person, and the escalation to the acquirer.
struct PlaybookStep
{
    enum class Kind
    {
        Check,
        Action,
        Manual,
        Escalation
    };
    QString key;
    Kind kind = Kind::Manual;
    QString run; // what an automatic step runs: record | ids | routing | versions | stan | signon | ticket
    QString titleZh, titleEn, helpZh, helpEn;
    bool resolvesOnSuccess = false;

    bool automatic() const { return kind == Kind::Check || kind == Kind::Action; }
    QString title(const QLocale &l = QLocale()) const { return l.language() == QLocale::Chinese ? titleZh : titleEn; }
    QString help(const QLocale &l = QLocale()) const { return l.language() == QLocale::Chinese ? helpZh : helpEn; }
};
QString toKey(PlaybookStep::Kind k);

// A playbook for one or more response codes, read from resources/playbooks/*.json (data, not code).
struct Playbook
{
    QString id;
    QStringList codes;
    QString titleZh, titleEn;
    std::vector<PlaybookStep> steps;

    const PlaybookStep *step(const QString &key) const;
    QString title(const QLocale &l = QLocale()) const { return l.language() == QLocale::Chinese ? titleZh : titleEn; }

    // The playbook for a response code; codes without their own use the generic "96" one.
    static const Playbook &forCode(const QString &code);
    static const std::vector<Playbook> &all();
};

} // namespace posdesk
