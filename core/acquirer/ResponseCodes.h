#pragma once

#include <QHash>
#include <QLocale>
#include <QString>

#include <optional>

namespace posdesk {

// What a field-39 code means, from the dialect's table in resources/response-codes/<dialect>.tsv.
struct ResponseCodeInfo
{
    enum class Incident
    {
        No,
        Open,
        Repeat
    };

    QString code;
    QChar category; // A approved, B fix and retry, C do not retry, D operator must act, E system fault
    QString action; // none | retry-later | re-sign-on | cardholder | contact-issuer | retain-card | contact-acquirer
    Incident incident = Incident::No;
    QString textZh;
    QString textEn;

    bool approved() const { return category == u'A'; }
    // Chinese for a Chinese locale, English otherwise.
    QString text(const QLocale &locale = QLocale()) const;
};

// The response-code table of one dialect. A code the table does not list is shown raw, never guessed.
class ResponseCodeTable
{
public:
    // Loads the table embedded in the program (":/posdesk/response-codes/<dialect>.tsv").
    static const ResponseCodeTable &forDialect(const QString &dialect = QStringLiteral("cup"));
    // Parses TSV text: comment lines start with '#', then a header row, then one code per line.
    static ResponseCodeTable parse(const QString &dialect, const QString &tsv);

    std::optional<ResponseCodeInfo> lookup(const QString &code) const;
    // "97 终端未登记…" / "97 Terminal not registered…", or "XY (code not in the cup table)".
    QString describe(const QString &code, const QLocale &locale = QLocale()) const;
    int size() const { return int(m_codes.size()); }
    const QString &dialect() const { return m_dialect; }

private:
    QString m_dialect;
    QHash<QString, ResponseCodeInfo> m_codes;
};

} // namespace posdesk
