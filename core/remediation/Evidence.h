#pragma once

#include "domain/Entities.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace posdesk {

// One finding of a remediation step, stored as a code and its parameters so that it can be shown in either language
// (the wizard in the user's, each half of the acquirer ticket in its own), whatever language the step ran in.
struct EvidenceLine
{
    QString code;
    QStringList args;

    bool operator==(const EvidenceLine &) const = default;
};

namespace evidence {

// What incident_steps.evidence holds: a small JSON document; text stored before evidence was structured is kept
// and shown as it is.
QString encode(const std::vector<EvidenceLine> &lines);
std::vector<EvidenceLine> decode(const QString &stored);

// Every line in one language (Chinese when `zh`), joined by newlines.
QString render(const QString &stored, bool zh);
QString render(const QString &stored, const QLocale &locale);
QString renderLine(const EvidenceLine &line, bool zh);

// A step's outcome (passed | failed | done | skipped | info) as a word.
QString outcomeText(const QString &outcome, bool zh);
// A moment in the shop's local time with its UTC offset ("2026-12-01 07:42 (UTC+08:00)"); a word for never.
QString timeText(std::optional<TimeMs> ms, bool zh);
// A response code's recommended action (contact-acquirer …) as words.
QString actionText(const QString &action, bool zh);

} // namespace evidence
} // namespace posdesk
