#include "pages/settings/ShopRecordsViews.h"

#include "enrollment/EnrollmentRecords.h"
#include "enrollment/EnrollmentService.h"
#include "pages/Page.h"
#include "pages/settings/AcquirerForm.h"
#include "security/Permissions.h"
#include "shell/AppSession.h"
#include "storage/AcquirerRepository.h"
#include "storage/MerchantRepository.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace posdesk::desktop {

namespace {

QTableWidget *makeTable(const QString &name, int columns, QWidget *parent)
{
    auto *table = Page::listTable(parent, name, columns);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel *makeMessage(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells[c]));
}

} // namespace

AcquirerProfilesView::AcquirerProfilesView(AppSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_hint = Page::hintLabel(this);
    layout->addWidget(m_hint);
    m_table = makeTable(QStringLiteral("acquirerTable"), 7, this);
    layout->addWidget(m_table, 1);
    m_form = new AcquirerForm(this);
    layout->addWidget(m_form);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addAcquirerButton"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveAcquirerButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_message = makeMessage(QStringLiteral("acquirerMessage"), this);
    layout->addWidget(m_message);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AcquirerProfilesView::onSelection);
    connect(m_add, &QPushButton::clicked, this, &AcquirerProfilesView::addProfile);
    connect(m_save, &QPushButton::clicked, this, &AcquirerProfilesView::saveProfile);
    retranslate();
    setActor(m_actor);
}

void AcquirerProfilesView::setActor(const Actor &actor)
{
    m_actor = actor;
    const bool may = allowed(actor, Permission::ManageAcquirers);
    m_form->setEnabled(may);
    m_add->setEnabled(may);
    m_save->setEnabled(may && !selectedName().isEmpty());
    m_hint->setText(may ? tr("Your acquirers' host settings and whom to call. Select a profile to change it; the "
                             "changes apply to every terminal of that acquirer.")
                        : tr("Your acquirers' host settings and whom to call. Only the owner can change them."));
}

void AcquirerProfilesView::reload()
{
    const QString selected = selectedName();
    m_table->setRowCount(0);
    auto list = AcquirerRepository(m_session.db()).list();
    if (!list) {
        say(list.error().message, true);
        return;
    }
    for (const Acquirer &a : *list) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QStringList support;
        for (const QString &part : {a.supportContact, a.supportPhone, a.supportEmail}) {
            if (!part.isEmpty())
                support << part;
        }
        setRow(m_table, row,
               {a.name, AcquirerForm::channelName(a.channelKind), a.host, QString::number(a.port), a.tpdu,
                AcquirerForm::macName(a.macAlgorithm), support.join(QStringLiteral(" · "))});
        if (a.name == selected)
            m_table->selectRow(row);
    }
}

QString AcquirerProfilesView::selectedName() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->text();
}

void AcquirerProfilesView::onSelection()
{
    const QString name = selectedName();
    m_save->setEnabled(allowed(m_actor, Permission::ManageAcquirers) && !name.isEmpty());
    if (name.isEmpty())
        return;
    if (auto a = AcquirerRepository(m_session.db()).findByName(name))
        m_form->load(*a);
}

void AcquirerProfilesView::addProfile()
{
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        say(problem, true);
        return;
    }
    const Acquirer a = m_form->values();
    if (auto id = EnrollmentService(m_session.db(), m_session.clock()).addAcquirer(m_actor, a); !id) {
        say(tr("The profile was not added: %1").arg(id.error().message), true);
        return;
    }
    say(tr("Profile “%1” is added. Terminals of this acquirer can now be enrolled.").arg(a.name), false);
    m_table->clearSelection();
    reload();
    emit profilesChanged();
}

void AcquirerProfilesView::saveProfile()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        say(problem, true);
        return;
    }
    const Acquirer changed = m_form->values();
    auto s = EnrollmentRecords(m_session.db(), m_session.clock(), m_session.dataFolder())
                 .editAcquirer(m_actor, name, [&](Acquirer &a) { a = m_form->values(a); });
    if (!s) {
        say(tr("The changes were not saved: %1").arg(s.error().message), true);
        return;
    }
    say(tr("Profile “%1” is saved.").arg(changed.name), false);
    reload();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == changed.name)
            m_table->selectRow(row);
    }
    emit profilesChanged();
}

void AcquirerProfilesView::say(const QString &text, bool error)
{
    Page::showStatusLine(m_message, text, error);
}

QString AcquirerProfilesView::messageText() const
{
    return m_message->text();
}

void AcquirerProfilesView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void AcquirerProfilesView::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Profile"), tr("Channel"), tr("Host"), tr("Port"), tr("TPDU"), tr("MAC"), tr("Support")});
    m_add->setText(tr("Add as a new profile"));
    m_save->setText(tr("Save changes to the selected profile"));
    m_message->clear(); // a message in the old language would mislead; the table says what is stored
    setActor(m_actor);
    reload();
}

MerchantsView::MerchantsView(AppSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_hint = Page::hintLabel(this);
    layout->addWidget(m_hint);
    m_table = makeTable(QStringLiteral("merchantTable"), 3, this);
    layout->addWidget(m_table, 1);
    m_form = new MerchantForm(this);
    layout->addWidget(m_form);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addMerchantButton"));
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_message = makeMessage(QStringLiteral("merchantMessage"), this);
    layout->addWidget(m_message);
    connect(m_add, &QPushButton::clicked, this, &MerchantsView::addMerchant);
    retranslate();
}

void MerchantsView::setActor(const Actor &actor)
{
    m_actor = actor;
    const bool may = allowed(actor, Permission::ManageTerminals);
    m_form->setEnabled(may);
    m_add->setEnabled(may);
    m_hint->setText(may ? tr("The merchant records your acquirers issued (one per contract). A new shop or a second "
                             "contract is added here before its terminals are enrolled.")
                        : tr("The merchant records your acquirers issued. Only the owner can add one."));
}

void MerchantsView::reload()
{
    m_table->setRowCount(0);
    auto list = MerchantRepository(m_session.db()).list();
    if (!list) {
        say(list.error().message, true);
        return;
    }
    for (const Merchant &m : *list) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        setRow(m_table, row, {m.mid, m.name, m.nameEn});
    }
}

void MerchantsView::addMerchant()
{
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        say(problem, true);
        return;
    }
    const Merchant m = m_form->values();
    if (auto id = EnrollmentService(m_session.db(), m_session.clock()).addMerchant(m_actor, m); !id) {
        say(tr("The merchant was not added: %1").arg(id.error().message), true);
        return;
    }
    say(tr("Merchant %1 “%2” is added.").arg(m.mid, m.name), false);
    m_form->clear();
    reload();
    emit merchantsChanged();
}

void MerchantsView::say(const QString &text, bool error)
{
    Page::showStatusLine(m_message, text, error);
}

QString MerchantsView::messageText() const
{
    return m_message->text();
}

void MerchantsView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void MerchantsView::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("MID"), tr("Merchant name"), tr("English name")});
    m_add->setText(tr("Add merchant"));
    m_message->clear();
    setActor(m_actor);
    reload();
}

} // namespace posdesk::desktop
