#include "pages/terminals/TerminalDetailsTab.h"

#include "enrollment/EnrollmentRecords.h"
#include "shell/AppSession.h"
#include "storage/AcquirerRepository.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace posdesk::desktop {

namespace {
const char *const kFieldNames[] = {"serial",       "brand",    "model",       "softwareVersion",
                                   "paramVersion", "location", "assignedTid", "assignedMid"};

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

TerminalDetailsTab::TerminalDetailsTab(AppSession &session, QWidget *parent) : TerminalTab(session, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    m_idForm = new QFormLayout;
    m_deviceForm = new QFormLayout;
    // A form inherits the spacing of the layout it sits in; the 32 between the columns is not meant for rows.
    for (QFormLayout *form : {m_idForm, m_deviceForm})
        form->setVerticalSpacing(8);
    m_tid = valueLabel(this);
    m_tid->setObjectName(QStringLiteral("detailsTid"));
    m_state = valueLabel(this);
    m_state->setObjectName(QStringLiteral("detailsState"));
    m_merchant = valueLabel(this);
    m_acquirer = valueLabel(this);
    m_support = valueLabel(this);
    for (int i = 0; i < FieldCount; ++i) {
        m_fields[i] = new QLineEdit(this);
        m_fields[i]->setObjectName(QLatin1String(kFieldNames[i]));
        connect(m_fields[i], &QLineEdit::returnPressed, this, &TerminalDetailsTab::save);
    }
    m_fields[AssignedTid]->setMaxLength(8);
    m_fields[AssignedMid]->setMaxLength(15);
    // Rows get their labels in retranslate().
    m_idForm->addRow(new QLabel, m_tid);
    m_idForm->addRow(new QLabel, m_state);
    m_idForm->addRow(new QLabel, m_merchant);
    m_idForm->addRow(new QLabel, m_acquirer);
    m_idForm->addRow(new QLabel, m_support);
    m_idForm->addRow(new QLabel, m_fields[AssignedTid]);
    m_idForm->addRow(new QLabel, m_fields[AssignedMid]);
    for (Field f : {Serial, Brand, Model, SoftwareVersion, ParamVersion, Location})
        m_deviceForm->addRow(new QLabel, m_fields[f]);
    columns->addLayout(m_idForm, 1);
    columns->addLayout(m_deviceForm, 1);
    layout->addLayout(columns);

    auto *buttons = new QHBoxLayout;
    m_message = makeMessageLabel(QStringLiteral("detailsMessage"), this);
    buttons->addWidget(m_message, 1);
    buttons->addStretch(0);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveDetails"));
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, &TerminalDetailsTab::save);
    retranslate();
    updateEditing();
}

QString TerminalDetailsTab::title() const
{
    return tr("Details");
}

void TerminalDetailsTab::retranslate()
{
    const QString idLabels[] = {tr("Terminal ID (TID)"),
                                tr("State"),
                                tr("Merchant"),
                                tr("Acquirer"),
                                tr("Acquirer support"),
                                tr("TID assigned by the acquirer"),
                                tr("MID assigned by the acquirer")};
    for (int row = 0; row < m_idForm->rowCount(); ++row) {
        if (auto *item = m_idForm->itemAt(row, QFormLayout::LabelRole); item && item->widget())
            qobject_cast<QLabel *>(item->widget())->setText(idLabels[row]);
    }
    const QString deviceLabels[] = {tr("Serial number"),     tr("Brand"),   tr("Model"), tr("Software version"),
                                    tr("Parameter version"), tr("Location")};
    for (int row = 0; row < m_deviceForm->rowCount(); ++row) {
        if (auto *item = m_deviceForm->itemAt(row, QFormLayout::LabelRole); item && item->widget())
            qobject_cast<QLabel *>(item->widget())->setText(deviceLabels[row]);
    }
    m_fields[Location]->setPlaceholderText(tr("e.g. front till 1"));
    m_save->setText(tr("Save changes"));
}

void TerminalDetailsTab::reload()
{
    const Terminal &t = m_terminal;
    m_tid->setText(t.tid);
    m_state->setText(hasTerminal() ? displayName(t.state) : QString());
    m_merchant->setText(hasTerminal() ? QStringLiteral("%1  %2").arg(t.mid, t.merchantName) : QString());
    m_acquirer->setText(t.acquirerName);
    QString support;
    if (hasTerminal()) {
        if (auto a = AcquirerRepository(m_session.db()).findById(t.acquirerId)) {
            QStringList parts;
            for (const QString &p : {a->supportContact, a->supportPhone, a->supportEmail})
                if (!p.isEmpty())
                    parts << p;
            support = parts.isEmpty() ? tr("none recorded") : parts.join(u'\n');
        }
    }
    m_support->setText(support);
    const QString values[] = {t.serial,       t.brand,    t.model,       t.softwareVersion,
                              t.paramVersion, t.location, t.assignedTid, t.assignedMid};
    for (int i = 0; i < FieldCount; ++i)
        m_fields[i]->setText(values[i]);
}

void TerminalDetailsTab::updateEditing()
{
    const bool edit = canEdit();
    for (QLineEdit *f : m_fields)
        f->setReadOnly(!edit);
    m_save->setEnabled(edit);
}

void TerminalDetailsTab::save()
{
    if (!canEdit())
        return;
    TerminalEdit edit;
    std::optional<QString> *targets[] = {&edit.serial,       &edit.brand,    &edit.model,       &edit.softwareVersion,
                                         &edit.paramVersion, &edit.location, &edit.assignedTid, &edit.assignedMid};
    for (int i = 0; i < FieldCount; ++i)
        *targets[i] = m_fields[i]->text().trimmed();
    EnrollmentRecords records(m_session.db(), m_session.clock(), m_session.dataFolder());
    if (auto s = records.editTerminal(m_actor, m_terminal.tid, edit); !s) {
        showMessage(m_message, s.error().message, true);
        return;
    }
    const QString tid = m_terminal.tid;
    emit terminalChanged(tid);
    showMessage(m_message, tr("Saved."), false);
}

} // namespace posdesk::desktop
