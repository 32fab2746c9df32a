#pragma once

#include <QLocale>
#include <QString>

#include <memory>
#include <optional>

class QTranslator;

namespace posdesk {

// The language a report (and the pre-close advice) is written in: Chinese is first-class, English the source.
enum class ReportLanguage
{
    Chinese,
    English
};

// "zh", "zh_CN", "zh-CN", "en", "en_US" …; empty for anything else.
std::optional<ReportLanguage> reportLanguageFromString(const QString &s);
// Chinese when the system locale is Chinese, else English.
ReportLanguage systemReportLanguage();
QLocale localeOf(ReportLanguage language);

// Puts the reports' catalog of a language in force for as long as it lives, so that QCoreApplication::translate
// gives the headers, totals and advice in that language. English needs no catalog.
class ReportTranslation
{
public:
    explicit ReportTranslation(ReportLanguage language);
    ~ReportTranslation();
    ReportTranslation(const ReportTranslation &) = delete;
    ReportTranslation &operator=(const ReportTranslation &) = delete;

    // False when a catalog was needed and is missing from the build (the text then stays English).
    bool loaded() const { return m_loaded; }

private:
    std::unique_ptr<QTranslator> m_translator;
    bool m_loaded = true;
};

} // namespace posdesk
