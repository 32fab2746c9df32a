#include "pages/terminals/TerminalTab.h"

#include "security/Permissions.h"

#include <QEvent>
#include <QLabel>

namespace posdesk::desktop {

QColor stateColour(TerminalState state)
{
    switch (state) {
    case TerminalState::Active:
        return QColor(0xdc, 0xfc, 0xe7);
    case TerminalState::Suspended:
    case TerminalState::Swapped:
        return QColor(0xfe, 0xf3, 0xc7);
    case TerminalState::Deregistered:
        return QColor(0xe5, 0xe7, 0xeb);
    default:
        return QColor(0xdb, 0xea, 0xfe);
    }
}

TerminalTab::TerminalTab(AppSession &session, QWidget *parent) : QWidget(parent), m_session(session) {}

void TerminalTab::showTerminal(const Terminal &terminal)
{
    if (m_message && terminal.tid != m_terminal.tid)
        showMessage(m_message, QString(), false);
    m_terminal = terminal;
    reload();
    updateEditing();
}

void TerminalTab::setActor(const Actor &actor)
{
    m_actor = actor;
    updateEditing();
}

bool TerminalTab::canEdit() const
{
    return hasTerminal() && allowed(m_actor, Permission::ManageTerminals);
}

void TerminalTab::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(e);
}

void TerminalTab::showMessage(QLabel *label, const QString &text, bool error)
{
    label->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QStringLiteral("color: #15803d;"));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel *TerminalTab::makeMessageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QString TerminalTab::documentKindName(const QString &key)
{
    if (key == u"business-licence")
        return tr("Business licence");
    if (key == u"tax-registration")
        return tr("Tax registration");
    if (key == u"legal-rep-id")
        return tr("Legal representative ID");
    if (key == u"installation-form")
        return tr("Installation form");
    if (key == u"contract")
        return tr("Contract");
    return key;
}

QString TerminalTab::documentStatusName(const QString &key)
{
    if (key == u"missing")
        return tr("Missing");
    if (key == u"submitted")
        return tr("Submitted");
    if (key == u"accepted")
        return tr("Accepted");
    if (key == u"rejected")
        return tr("Rejected");
    return key;
}

QString TerminalTab::costCategoryName(const QString &key)
{
    if (key == u"device")
        return tr("Device");
    if (key == u"installation")
        return tr("Installation");
    if (key == u"training")
        return tr("Training");
    if (key == u"maintenance")
        return tr("Maintenance");
    if (key == u"software-licence")
        return tr("Software licence");
    if (key == u"other")
        return tr("Other");
    return key;
}

QString TerminalTab::maintenanceKindName(const QString &key)
{
    if (key == u"maintenance")
        return tr("Maintenance");
    if (key == u"software-update")
        return tr("Software update");
    if (key == u"parameter-download")
        return tr("Parameter download");
    if (key == u"inspection")
        return tr("Inspection");
    return key;
}

} // namespace posdesk::desktop
