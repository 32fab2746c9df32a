#include "shell/Language.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QSignalBlocker>

namespace posdesk::desktop {

namespace {
const QString kSettingKey = QStringLiteral("ui/language");
} // namespace

Language::Language(QObject *parent) : QObject(parent) {}

Language::Choice Language::savedChoice()
{
    const QString v = QSettings().value(kSettingKey).toString();
    if (v == QLatin1String("zh_CN"))
        return Choice::Chinese;
    if (v == QLatin1String("en"))
        return Choice::English;
    return Choice::System;
}

void Language::saveChoice(Choice choice)
{
    QSettings settings;
    if (choice == Choice::System)
        settings.remove(kSettingKey);
    else
        settings.setValue(kSettingKey, codeFor(choice));
}

QString Language::codeFor(Choice choice)
{
    switch (choice) {
    case Choice::Chinese:
        return QStringLiteral("zh_CN");
    case Choice::English:
        return QStringLiteral("en");
    case Choice::System:
        break;
    }
    // Any Chinese system (zh_CN, zh_TW, zh_HK) reads simplified Chinese better than English; the shop is in China.
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool Language::apply(Choice choice)
{
    const QString code = codeFor(choice);
    m_choice = choice;
    if (m_installed && code == m_code)
        return true;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_app);
        QCoreApplication::removeTranslator(&m_qt);
    }
    const QLocale locale = code == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                          : QLocale(QLocale::English, QLocale::UnitedStates);
    // Before installing: the LanguageChange that installTranslator sends makes screens re-read QLocale() too.
    QLocale::setDefault(locale);
    const bool loaded = m_app.load(QStringLiteral(":/i18n/posdesk_%1.qm").arg(code));
    // Qt's own strings (standard buttons, file dialogs, context menus of text fields): qtbase_zh_CN.qm from Qt's
    // translations (Debian: qt6-translations-l10n), or beside the program where windeployqt puts them.
    m_qtLoaded = false;
    if (code != QLatin1String("en")) {
        for (const QString &dir : {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                                   QCoreApplication::applicationDirPath() + QStringLiteral("/translations")}) {
            if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), dir)) {
                m_qtLoaded = true;
                QCoreApplication::installTranslator(&m_qt);
                break;
            }
        }
        if (!m_qtLoaded)
            qWarning("Qt's own translation qtbase_%s was not found: standard buttons and file dialogs stay in "
                     "English (install qt6-translations-l10n).",
                     qPrintable(code));
    }
    if (loaded)
        QCoreApplication::installTranslator(&m_app);
    m_installed = true;
    m_code = code;
    emit changed(code);
    return loaded;
}

bool Language::choose(Choice choice)
{
    saveChoice(choice);
    return apply(choice);
}

void Language::fillPicker(QComboBox *box) const
{
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(tr("Same as the system"), int(Choice::System));
    box->addItem(QStringLiteral("中文（简体）"), int(Choice::Chinese));
    box->addItem(QStringLiteral("English"), int(Choice::English));
    box->setCurrentIndex(box->findData(int(m_choice)));
}

} // namespace posdesk::desktop
