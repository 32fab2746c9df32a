#include "pages/terminals/EnrolTerminalWizard.h"

#include "enrollment/EnrollmentService.h"
#include "enrollment/TerminalLifecycle.h"
#include "shell/AppSession.h"
#include "storage/AcquirerRepository.h"
#include "storage/MerchantRepository.h"
#include "storage/TerminalRepository.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace posdesk::desktop {

namespace {
QWizardPage *makePage(QWidget *parent, QFormLayout **form)
{
    auto *page = new QWizardPage(parent);
    auto *layout = new QVBoxLayout(page);
    *form = new QFormLayout;
    layout->addLayout(*form);
    layout->addStretch(1);
    return page;
}

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    label->hide();
    return label;
}

void setFormLabels(QFormLayout *form, const QStringList &labels)
{
    for (int row = 0; row < form->rowCount() && row < labels.size(); ++row) {
        if (auto *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
            qobject_cast<QLabel *>(item->widget())->setText(labels[row]);
    }
}

} // namespace

EnrolTerminalWizard::EnrolTerminalWizard(AppSession &session, const Actor &actor, QWidget *parent)
    : QWizard(parent), m_session(session), m_actor(actor)
{
    setObjectName(QStringLiteral("enrolTerminalWizard"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(640, 460);

    QWizardPage *acquirerPage = makePage(this, &m_acquirerForm);
    // New application or a terminal already in use: it decides the states offered at the end.
    auto *origin = new QWidget(acquirerPage);
    auto *originLayout = new QVBoxLayout(origin);
    originLayout->setContentsMargins(0, 0, 0, 0);
    m_newApplication = new QRadioButton(origin);
    m_newApplication->setObjectName(QStringLiteral("enrolNewApplication"));
    m_newApplication->setChecked(true);
    m_existing = new QRadioButton(origin);
    m_existing->setObjectName(QStringLiteral("enrolExisting"));
    originLayout->addWidget(m_newApplication);
    originLayout->addWidget(m_existing);
    m_acquirerForm->addRow(new QLabel, origin);
    connect(m_existing, &QRadioButton::toggled, this, [this] { retranslate(); });
    m_acquirer = new QComboBox(acquirerPage);
    m_acquirer->setObjectName(QStringLiteral("enrolAcquirer"));
    m_merchant = new QComboBox(acquirerPage);
    m_merchant->setObjectName(QStringLiteral("enrolMerchant"));
    m_acquirerForm->addRow(new QLabel, m_acquirer);
    m_acquirerForm->addRow(new QLabel, m_merchant);
    m_acquirerHint = errorLabel(QStringLiteral("enrolAcquirerHint"), acquirerPage);
    m_acquirerForm->addRow(m_acquirerHint);
    setPage(AcquirerPage, acquirerPage);

    QWizardPage *idPage = makePage(this, &m_idForm);
    m_tid = new QLineEdit(idPage);
    m_tid->setObjectName(QStringLiteral("enrolTid"));
    m_tid->setMaxLength(8);
    m_tid->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Za-z]{0,8}")), m_tid));
    connect(m_tid, &QLineEdit::textEdited, this, [this](const QString &text) { m_tid->setText(text.toUpper()); });
    m_mid = new QLabel(idPage);
    m_mid->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_idForm->addRow(new QLabel, m_tid);
    m_idForm->addRow(new QLabel, m_mid);
    m_idError = errorLabel(QStringLiteral("enrolIdError"), idPage);
    m_idForm->addRow(m_idError);
    setPage(IdentifiersPage, idPage);

    QWizardPage *devicePage = makePage(this, &m_deviceForm);
    m_serial = new QLineEdit(devicePage);
    m_serial->setObjectName(QStringLiteral("enrolSerial"));
    m_brand = new QLineEdit(devicePage);
    m_brand->setObjectName(QStringLiteral("enrolBrand"));
    m_model = new QLineEdit(devicePage);
    m_model->setObjectName(QStringLiteral("enrolModel"));
    m_software = new QLineEdit(devicePage);
    m_software->setObjectName(QStringLiteral("enrolSoftware"));
    m_location = new QLineEdit(devicePage);
    m_location->setObjectName(QStringLiteral("enrolLocation"));
    for (QLineEdit *e : {m_serial, m_brand, m_model, m_software, m_location})
        m_deviceForm->addRow(new QLabel, e);
    setPage(DevicePage, devicePage);

    QWizardPage *statePage = makePage(this, &m_stateForm);
    m_state = new QComboBox(statePage);
    m_state->setObjectName(QStringLiteral("enrolState"));
    m_summary = new QLabel(statePage);
    m_summary->setObjectName(QStringLiteral("enrolSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(
        QStringLiteral("background: #f8fafc; border: 1px solid #e2e8f0; border-radius: 4px; padding: 8px;"));
    m_error = errorLabel(QStringLiteral("enrolError"), statePage);
    m_stateHint = new QLabel(statePage);
    m_stateHint->setObjectName(QStringLiteral("enrolStateHint"));
    m_stateHint->setWordWrap(true);
    m_stateForm->addRow(new QLabel, m_state);
    m_stateForm->addRow(m_stateHint);
    m_stateForm->addRow(m_summary);
    m_stateForm->addRow(m_error);
    setPage(StatePage, statePage);

    if (auto acquirers = AcquirerRepository(session.db()).list()) {
        for (const Acquirer &a : *acquirers)
            m_acquirer->addItem(QStringLiteral("%1 (%2:%3)").arg(a.name, a.host).arg(a.port), a.name);
    }
    if (auto merchants = MerchantRepository(session.db()).list()) {
        for (const Merchant &m : *merchants)
            m_merchant->addItem(QStringLiteral("%1  %2").arg(m.mid, m.name), m.mid);
    }
    retranslate();
}

void EnrolTerminalWizard::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(e);
}

void EnrolTerminalWizard::retranslate()
{
    setWindowTitle(tr("Enrol terminal"));
    setButtonText(QWizard::NextButton, tr("Next >"));
    setButtonText(QWizard::BackButton, tr("< Back"));
    setButtonText(QWizard::FinishButton, tr("Record terminal"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    page(AcquirerPage)->setTitle(tr("Acquirer and merchant"));
    page(AcquirerPage)->setSubTitle(tr("Who the terminal will talk to, and for which merchant."));
    setFormLabels(m_acquirerForm, {tr("This terminal is:"), tr("Acquirer profile:"), tr("Merchant:")});
    m_newApplication->setText(tr("A new application to the acquirer (no TID assigned yet)"));
    m_existing->setText(tr("A terminal the shop already uses (TID and MID assigned by the acquirer)"));
    if (m_acquirer->count() == 0 || m_merchant->count() == 0) {
        m_acquirerHint->setText(tr("An acquirer profile and a merchant are needed first. Add them in Settings, on "
                                   "the “Acquirer profiles” and “Merchants” tabs."));
        m_acquirerHint->show();
    }
    page(IdentifiersPage)->setTitle(tr("Terminal ID"));
    page(IdentifiersPage)
        ->setSubTitle(m_existing->isChecked()
                          ? tr("The TID printed on the terminal or on the acquirer's approval letter: "
                               "8 digits or capital letters.")
                          : tr("The TID you applied for: 8 digits or capital letters."));
    setFormLabels(m_idForm, {tr("Terminal ID (TID):"), tr("Merchant ID (MID):")});
    m_tid->setPlaceholderText(tr("e.g. 12345604"));
    page(DevicePage)->setTitle(tr("Device"));
    page(DevicePage)->setSubTitle(tr("What is on the counter. All optional; you can fill them in later."));
    setFormLabels(m_deviceForm,
                  {tr("Serial number:"), tr("Brand:"), tr("Model:"), tr("Software version:"), tr("Location:")});
    m_location->setPlaceholderText(tr("e.g. front till 1"));
    page(StatePage)->setTitle(tr("Where enrolment stands"));
    page(StatePage)->setSubTitle(tr("Choose how far the terminal already is. Later moves are recorded on the "
                                    "Lifecycle tab."));
    m_stateHint->setText(
        m_existing->isChecked()
            ? tr("A terminal in use is usually “%1”. Choose “%2” if its master key still has to be loaded on this "
                 "PC: loading the key then records “%3”.")
                  .arg(displayName(TerminalState::Active), displayName(TerminalState::Approved),
                       displayName(TerminalState::KeysLoaded))
            : tr("A new application starts as “%1”; choose “%2” if the papers are already with the acquirer.")
                  .arg(displayName(TerminalState::Applied), displayName(TerminalState::DocumentsSubmitted)));
    setFormLabels(m_stateForm, {tr("State today:")});
    fillStates();
    if (currentId() >= 0)
        initializePage(currentId());
}

void EnrolTerminalWizard::fillStates()
{
    const auto origin =
        m_existing->isChecked() ? TerminalLifecycle::Origin::Existing : TerminalLifecycle::Origin::NewApplication;
    const QString selected = m_state->currentData().toString();
    m_state->clear();
    for (TerminalState s : TerminalLifecycle::firstStates(origin))
        m_state->addItem(displayName(s), toKey(s));
    m_state->setCurrentIndex(qMax(0, m_state->findData(selected)));
}

void EnrolTerminalWizard::initializePage(int id)
{
    if (id == IdentifiersPage)
        m_mid->setText(m_merchant->currentData().toString());
    if (id == StatePage) {
        const QString device = (m_brand->text() + u' ' + m_model->text()).trimmed();
        m_summary->setText(tr("Terminal %1 for merchant %2 with %3.\nDevice: %4, serial %5.")
                               .arg(m_tid->text(), m_merchant->currentText(), m_acquirer->currentData().toString(),
                                    device.isEmpty() ? tr("not given") : device,
                                    m_serial->text().isEmpty() ? tr("not given") : m_serial->text()));
    }
    QWizard::initializePage(id);
}

bool EnrolTerminalWizard::validateCurrentPage()
{
    switch (currentId()) {
    case AcquirerPage:
        return m_acquirer->count() > 0 && m_merchant->count() > 0;
    case IdentifiersPage: {
        QString problem = EnrollmentService::tidProblem(m_tid->text());
        if (problem.isEmpty() && TerminalRepository(m_session.db()).findByTid(m_tid->text()))
            problem = tr("Terminal %1 is already recorded. Choose it in the list instead.").arg(m_tid->text());
        m_idError->setText(problem);
        m_idError->setVisible(!problem.isEmpty());
        return problem.isEmpty();
    }
    case StatePage:
        return record();
    default:
        return true;
    }
}

bool EnrolTerminalWizard::record()
{
    if (!m_createdTid.isEmpty())
        return true;
    Terminal t;
    t.tid = m_tid->text();
    t.serial = m_serial->text().trimmed();
    t.brand = m_brand->text().trimmed();
    t.model = m_model->text().trimmed();
    t.softwareVersion = m_software->text().trimmed();
    t.location = m_location->text().trimmed();
    t.state = terminalStateFromString(m_state->currentData().toString()).value_or(TerminalState::Applied);
    auto id = EnrollmentService(m_session.db(), m_session.clock())
                  .addTerminal(m_actor, t, m_merchant->currentData().toString(), m_acquirer->currentData().toString());
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        return false;
    }
    m_createdTid = t.tid;
    return true;
}

} // namespace posdesk::desktop
