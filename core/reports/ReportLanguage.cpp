#include "reports/ReportLanguage.h"

#include <QCoreApplication>
#include <QTranslator>

namespace posdesk {

std::optional<ReportLanguage> reportLanguageFromString(const QString &s)
{
    const QString lang = s.trimmed().toLower().section(u'_', 0, 0).section(u'-', 0, 0);
    if (lang == u"zh")
        return ReportLanguage::Chinese;
    if (lang == u"en")
        return ReportLanguage::English;
    return std::nullopt;
}

ReportLanguage systemReportLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? ReportLanguage::Chinese : ReportLanguage::English;
}

QLocale localeOf(ReportLanguage language)
{
    return language == ReportLanguage::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                               : QLocale(QLocale::English, QLocale::UnitedStates);
}

ReportTranslation::ReportTranslation(ReportLanguage language)
{
    if (language == ReportLanguage::English)
        return;
    m_translator = std::make_unique<QTranslator>();
    m_loaded = m_translator->load(QStringLiteral(":/posdesk/i18n/posdesk_reports_zh_CN.qm")) &&
               QCoreApplication::installTranslator(m_translator.get());
}

ReportTranslation::~ReportTranslation()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

} // namespace posdesk
