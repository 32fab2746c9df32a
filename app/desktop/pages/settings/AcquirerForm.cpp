#include "pages/settings/AcquirerForm.h"

#include "enrollment/EnrollmentService.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace posdesk::desktop {

namespace {

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

void fillCombo(QComboBox *box, const QList<std::pair<QString, QString>> &items)
{
    const QString selected = box->currentData().toString();
    box->clear();
    for (const auto &[key, text] : items)
        box->addItem(text, key);
    box->setCurrentIndex(qMax(0, box->findData(selected)));
}

QFormLayout *makeForm(QWidget *owner)
{
    auto *form = new QFormLayout(owner);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

} // namespace

void setFormLabels(QFormLayout *form, const QStringList &labels)
{
    int next = 0;
    for (int row = 0; row < form->rowCount() && next < labels.size(); ++row) {
        if (auto *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
            qobject_cast<QLabel *>(item->widget())->setText(labels[next++]);
    }
}

AcquirerForm::AcquirerForm(QWidget *parent) : QWidget(parent)
{
    m_form = makeForm(this);
    m_name = lineEdit(QStringLiteral("acquirerName"), this);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("acquirerChannel"));
    m_host = lineEdit(QStringLiteral("acquirerHost"), this);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("acquirerPort"));
    m_port->setRange(1, 65535);
    m_tpdu = lineEdit(QStringLiteral("acquirerTpdu"), this);
    m_tpdu->setMaxLength(10);
    m_tpdu->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Fa-f]{0,10}")), m_tpdu));
    m_mac = new QComboBox(this);
    m_mac->setObjectName(QStringLiteral("acquirerMac"));
    m_supportContact = lineEdit(QStringLiteral("supportContact"), this);
    m_supportPhone = lineEdit(QStringLiteral("supportPhone"), this);
    m_supportEmail = lineEdit(QStringLiteral("supportEmail"), this);
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_channel, m_host, m_port, m_tpdu, m_mac,
                                                       m_supportContact, m_supportPhone, m_supportEmail})
        m_form->addRow(new QLabel(this), w);
    retranslate();
    clear();
}

void AcquirerForm::clear()
{
    Acquirer fresh;
    fresh.port = 5800; // the usual POS port of UnionPay acquirers
    load(fresh);
}

void AcquirerForm::load(const Acquirer &a)
{
    m_name->setText(a.name);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(toKey(a.channelKind))));
    m_host->setText(a.host);
    m_port->setValue(a.port > 0 ? a.port : 5800);
    m_tpdu->setText(a.tpdu);
    m_mac->setCurrentIndex(qMax(0, m_mac->findData(toKey(a.macAlgorithm))));
    m_supportContact->setText(a.supportContact);
    m_supportPhone->setText(a.supportPhone);
    m_supportEmail->setText(a.supportEmail);
}

Acquirer AcquirerForm::values(Acquirer base) const
{
    base.name = m_name->text().trimmed();
    base.channelKind = channelKindFromString(m_channel->currentData().toString()).value_or(ChannelKind::Bank);
    base.host = m_host->text().trimmed();
    base.port = m_port->value();
    base.tpdu = m_tpdu->text().trimmed().toUpper();
    base.macAlgorithm = macAlgorithmFromString(m_mac->currentData().toString()).value_or(MacAlgorithm::CupEcb);
    base.supportContact = m_supportContact->text().trimmed();
    base.supportPhone = m_supportPhone->text().trimmed();
    base.supportEmail = m_supportEmail->text().trimmed();
    return base;
}

QString AcquirerForm::problem() const
{
    return EnrollmentService::acquirerProblem(values());
}

void AcquirerForm::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void AcquirerForm::retranslate()
{
    setFormLabels(m_form, {tr("Profile name:"), tr("Channel:"), tr("Host address:"), tr("Port:"), tr("TPDU:"),
                           tr("MAC algorithm:"), tr("Support contact:"), tr("Support phone:"), tr("Support e-mail:")});
    m_name->setPlaceholderText(tr("e.g. the bank's name"));
    m_host->setPlaceholderText(tr("e.g. 10.1.2.3 or pos.bank.example"));
    m_tpdu->setPlaceholderText(tr("10 hex digits, such as 6000050000"));
    m_supportContact->setPlaceholderText(tr("optional: person or desk"));
    m_supportPhone->setPlaceholderText(tr("optional, e.g. 95566"));
    m_supportEmail->setPlaceholderText(tr("optional"));
    QList<std::pair<QString, QString>> channels;
    for (ChannelKind k : {ChannelKind::Bank, ChannelKind::PaymentCompany, ChannelKind::ServiceProvider})
        channels.append({toKey(k), channelName(k)});
    fillCombo(m_channel, channels);
    QList<std::pair<QString, QString>> macs;
    for (MacAlgorithm m : {MacAlgorithm::CupEcb, MacAlgorithm::X99, MacAlgorithm::X919})
        macs.append({toKey(m), macName(m)});
    fillCombo(m_mac, macs);
}

QString AcquirerForm::channelName(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Bank:
        return tr("Bank");
    case ChannelKind::PaymentCompany:
        return tr("Third-party payment company");
    case ChannelKind::ServiceProvider:
        return tr("Service provider");
    }
    return toKey(kind);
}

QString AcquirerForm::macName(MacAlgorithm mac)
{
    switch (mac) {
    case MacAlgorithm::CupEcb:
        return tr("CUP ECB (most UnionPay acquirers)");
    case MacAlgorithm::X99:
        return tr("ANSI X9.9");
    case MacAlgorithm::X919:
        return tr("ANSI X9.19");
    }
    return toKey(mac);
}

MerchantForm::MerchantForm(QWidget *parent) : QWidget(parent)
{
    m_form = makeForm(this);
    m_mid = lineEdit(QStringLiteral("merchantMid"), this);
    // Identifiers are typed in capitals; the validator keeps what the acquirer's IDs may contain.
    m_mid->setMaxLength(15);
    m_mid->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Za-z]{0,15}")), m_mid));
    connect(m_mid, &QLineEdit::textEdited, m_mid, [this](const QString &t) { m_mid->setText(t.toUpper()); });
    m_name = lineEdit(QStringLiteral("merchantName"), this);
    m_nameEn = lineEdit(QStringLiteral("merchantNameEn"), this);
    for (QLineEdit *e : {m_mid, m_name, m_nameEn})
        m_form->addRow(new QLabel(this), e);
    retranslate();
}

Merchant MerchantForm::values() const
{
    Merchant m;
    m.mid = m_mid->text().trimmed();
    m.name = m_name->text().trimmed();
    m.nameEn = m_nameEn->text().trimmed();
    return m;
}

QString MerchantForm::problem() const
{
    if (QString p = EnrollmentService::midProblem(m_mid->text()); !p.isEmpty())
        return p;
    if (m_name->text().trimmed().isEmpty())
        return tr("Type the merchant's name as on the contract.");
    return {};
}

void MerchantForm::clear()
{
    m_mid->clear();
    m_name->clear();
    m_nameEn->clear();
}

void MerchantForm::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void MerchantForm::retranslate()
{
    setFormLabels(m_form, {tr("Merchant ID (MID):"), tr("Merchant name:"), tr("English name:")});
    m_mid->setPlaceholderText(tr("15 digits or capital letters"));
    m_nameEn->setPlaceholderText(tr("optional"));
}

} // namespace posdesk::desktop
