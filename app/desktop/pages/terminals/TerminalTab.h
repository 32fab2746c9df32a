#pragma once

#include "domain/Entities.h"
#include "security/Actor.h"

#include <QColor>
#include <QWidget>

class QLabel;

namespace posdesk::desktop {

class AppSession;

// The background colour of a lifecycle state: green active, amber suspended/swapped, grey gone, blue on the way.
QColor stateColour(TerminalState state);

// One tab of the Terminals page's details pane. Shows the selected terminal, offers the owner's changes through the
// enrolment services, and tells the page when it recorded something so the list and the other tabs refresh.
class TerminalTab : public QWidget
{
    Q_OBJECT
public:
    TerminalTab(AppSession &session, QWidget *parent = nullptr);

    // The terminal to show; an empty TID clears the tab.
    void showTerminal(const Terminal &terminal);
    void setActor(const Actor &actor);
    // The tab's name in the details pane, in the current language.
    virtual QString title() const = 0;

    // Translated names of the records' keys (business-licence, submitted, device, software-update …).
    static QString documentKindName(const QString &key);
    static QString documentStatusName(const QString &key);
    static QString costCategoryName(const QString &key);
    static QString maintenanceKindName(const QString &key);

signals:
    // Something about the terminal was recorded: the page reloads it everywhere.
    void terminalChanged(const QString &tid);

protected:
    void changeEvent(QEvent *e) override;
    virtual void retranslate() = 0;
    // Reloads what the tab shows for m_terminal (which may be empty).
    virtual void reload() = 0;
    // Enables or disables the owner's controls.
    virtual void updateEditing() {}

    bool hasTerminal() const { return !m_terminal.tid.isEmpty(); }
    bool canEdit() const;
    // A one-line outcome under the tab's controls: red for a refusal, green for success.
    static void showMessage(QLabel *label, const QString &text, bool error);
    static QLabel *makeMessageLabel(const QString &objectName, QWidget *parent);

    AppSession &m_session;
    Actor m_actor;
    Terminal m_terminal;
    // The tab's outcome line (made by the subclass); cleared when another terminal is selected.
    QLabel *m_message = nullptr;
};

} // namespace posdesk::desktop
