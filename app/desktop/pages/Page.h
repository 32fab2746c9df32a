#pragma once

#include "security/Actor.h"

#include <QWidget>

class QLabel;

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

protected:
    void changeEvent(QEvent *e) override;
    // Sets every visible text again; called at construction and on each language change.
    virtual void retranslate() = 0;
    // A page's one-line outcome: green for done, red (bold) for a refusal or failure, the same on every screen.
    static void showStatusLine(QLabel *label, const QString &text, bool error);

    Actor m_actor;
};

} // namespace posdesk::desktop
