#pragma once

#include <QObject>
#include <QTranslator>

class QComboBox;

namespace posdesk::desktop {

// Which language the desktop speaks: the system's (Chinese for a Chinese system, English otherwise) unless the
// user chose one in Settings. Installing a translator makes Qt send LanguageChange to every widget, so screens
// retranslate themselves while they stay open.
class Language : public QObject
{
    Q_OBJECT
public:
    enum class Choice
    {
        System,
        Chinese,
        English,
    };

    explicit Language(QObject *parent = nullptr);

    // The choice stored in the user's settings (QSettings "ui/language").
    static Choice savedChoice();
    static void saveChoice(Choice choice);
    // "zh_CN" or "en": what a choice means on this system.
    static QString codeFor(Choice choice);

    // Loads the translation for the choice and makes it the default locale (money, dates, response-code texts).
    bool apply(Choice choice);
    Choice choice() const { return m_choice; }
    QString activeCode() const { return m_code; }
    // Whether Qt's own catalogue (qtbase) for the language was found and installed.
    bool qtTranslationLoaded() const { return m_qtLoaded; }
    // Applies a choice made by the user and remembers it for the next start.
    bool choose(Choice choice);

    // Fills a language picker (sign-in, first run, Settings): the system's language, then each language under its
    // own name, so that someone who cannot read the current one still finds theirs; the active choice is selected.
    // Signals of the box are blocked meanwhile. Call again on LanguageChange.
    void fillPicker(QComboBox *box) const;

signals:
    void changed(const QString &code);

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_installed = false;
    bool m_qtLoaded = false;
    Choice m_choice = Choice::System;
    QString m_code;
};

} // namespace posdesk::desktop
