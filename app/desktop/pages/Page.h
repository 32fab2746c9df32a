#pragma once

#include "security/Actor.h"

#include <QWidget>

#include <functional>
#include <map>

class QLabel;
class QTableWidget;

namespace posdesk::desktop {

// One screen of the main window. Pages retranslate themselves when the language changes and learn who is signed
// in, because what a page offers depends on the role (core services enforce it again).
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The page's name in the navigation, in the current language.
    virtual QString title() const = 0;
    virtual void setActor(const Actor &actor) { m_actor = actor; }
    const Actor &actor() const { return m_actor; }
    // A screen's title, and a grey explanatory line under it (word-wrapped): one look on every screen.
    static QLabel *headingLabel(QWidget *parent);
    static QLabel *hintLabel(QWidget *parent);
    // A read-only list: whole rows selected one at a time, no row numbers. Column sizing is the caller's.
    static QTableWidget *listTable(QWidget *parent, const QString &objectName, int columns);
    // A one-line outcome: green for done, red (bold) for a refusal or failure, the same on every screen.
    static void showStatusLine(QLabel *label, const QString &text, bool error);

protected:
    void changeEvent(QEvent *e) override;
    // Sets every visible text again; called at construction and on each language change.
    virtual void retranslate() = 0;

    enum class Tone
    {
        Plain,   // work in progress
        Good,    // done
        Warning, // stopped on purpose (cancelled)
        Bad,     // refused or failed
    };
    // Shows an outcome that stays on screen, and keeps how to draw it: when the language changes the line is drawn
    // again in the new language. (A reason that came from elsewhere, such as the host's, stays as it was given.)
    void showStatus(QLabel *label, Tone tone, std::function<QString()> render);
    void clearStatus(QLabel *label);

    Actor m_actor;

private:
    struct Lasting
    {
        Tone tone = Tone::Plain;
        std::function<QString()> render;
    };
    static void paintStatus(QLabel *label, Tone tone, const QString &text);
    std::map<QLabel *, Lasting> m_lasting;
};

} // namespace posdesk::desktop
