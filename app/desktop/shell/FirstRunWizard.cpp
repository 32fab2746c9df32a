#include "shell/FirstRunWizard.h"

#include "enrollment/EnrollmentService.h"
#include "manager/DeviceManager.h"
#include "pages/settings/AcquirerForm.h"
#include "security/PasswordPolicy.h"
#include "security/UserService.h"
#include "shell/AppSession.h"
#include "shell/Language.h"
#include "storage/UserRepository.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace posdesk::desktop {

namespace {
QWizardPage *makePage(QWidget *parent, QFormLayout **form, QLabel **error, const QString &errorName)
{
    auto *page = new QWizardPage(parent);
    auto *layout = new QVBoxLayout(page);
    *form = new QFormLayout;
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(*form);
    *error = new QLabel(page);
    (*error)->setObjectName(errorName);
    (*error)->setWordWrap(true);
    (*error)->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    (*error)->hide();
    layout->addWidget(*error);
    layout->addStretch(1);
    return page;
}

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

// Identifiers are typed in capitals; the validator keeps what the acquirer's IDs may contain.
QLineEdit *idEdit(const QString &name, int length, QWidget *parent)
{
    auto *edit = lineEdit(name, parent);
    edit->setMaxLength(length);
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Za-z]{0,%1}").arg(length)), edit));
    QObject::connect(edit, &QLineEdit::textEdited, edit, [edit](const QString &t) { edit->setText(t.toUpper()); });
    return edit;
}

// "192.168.1.50:9100" is a network printer, /dev/usb/lp0 a device file, anything else a serial port (COM3,
// /dev/ttyUSB0).
TransportKind transportFor(const QString &address)
{
    if (address.startsWith(QStringLiteral("/dev/usb/lp")))
        return TransportKind::File;
    static const QRegularExpression hostPort(QStringLiteral("^[^/\\\\:]+:\\d+$"));
    if (hostPort.match(address).hasMatch())
        return TransportKind::Tcp;
    return TransportKind::Serial;
}
} // namespace

bool FirstRunWizard::isNeeded(AppSession &session)
{
    auto users = UserRepository(session.db()).list();
    return users && users->empty();
}

FirstRunWizard::FirstRunWizard(AppSession &session, Language &language, QWidget *parent)
    : QWizard(parent), m_session(session), m_language(language)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(720, 540);

    QWizardPage *owner = makePage(this, &m_ownerForm, &m_ownerError, QStringLiteral("ownerError"));
    // The language first: the person setting up may not read the one the system chose.
    m_languageBox = new QComboBox(owner);
    m_languageBox->setObjectName(QStringLiteral("firstRunLanguage"));
    connect(m_languageBox, &QComboBox::activated, this,
            [this](int index) { m_language.choose(Language::Choice(m_languageBox->itemData(index).toInt())); });
    m_ownerForm->addRow(new QLabel, m_languageBox);
    m_username = lineEdit(QStringLiteral("ownerUsername"), owner);
    m_password = lineEdit(QStringLiteral("ownerPassword"), owner);
    m_password->setEchoMode(QLineEdit::Password);
    m_password2 = lineEdit(QStringLiteral("ownerPasswordAgain"), owner);
    m_password2->setEchoMode(QLineEdit::Password);
    m_ownerForm->addRow(new QLabel, m_username);
    m_ownerForm->addRow(new QLabel, m_password);
    m_ownerForm->addRow(new QLabel, m_password2);
    setPage(OwnerPage, owner);

    QWizardPage *merchant = makePage(this, &m_merchantForm, &m_merchantError, QStringLiteral("merchantError"));
    m_merchant = new MerchantForm(merchant);
    m_merchantForm->addRow(m_merchant);
    setPage(MerchantPage, merchant);

    QWizardPage *acquirer = makePage(this, &m_acquirerForm, &m_acquirerError, QStringLiteral("acquirerError"));
    m_acquirer = new AcquirerForm(acquirer);
    m_acquirerForm->addRow(m_acquirer);
    setPage(AcquirerPage, acquirer);

    QWizardPage *terminal = makePage(this, &m_terminalForm, &m_terminalError, QStringLiteral("terminalError"));
    m_tid = idEdit(QStringLiteral("terminalTid"), 8, terminal);
    m_serial = lineEdit(QStringLiteral("terminalSerial"), terminal);
    m_brand = lineEdit(QStringLiteral("terminalBrand"), terminal);
    m_model = lineEdit(QStringLiteral("terminalModel"), terminal);
    m_location = lineEdit(QStringLiteral("terminalLocation"), terminal);
    for (QLineEdit *e : {m_tid, m_serial, m_brand, m_model, m_location})
        m_terminalForm->addRow(new QLabel, e);
    setPage(TerminalPage, terminal);

    QWizardPage *devices = makePage(this, &m_devicesForm, &m_devicesError, QStringLiteral("devicesError"));
    m_devicesHint = new QLabel(devices);
    m_devicesHint->setWordWrap(true);
    m_printer = lineEdit(QStringLiteral("printerAddress"), devices);
    m_reader = lineEdit(QStringLiteral("readerAddress"), devices);
    m_devicesForm->addRow(m_devicesHint);
    m_devicesForm->addRow(new QLabel, m_printer);
    m_devicesForm->addRow(new QLabel, m_reader);
    setPage(DevicesPage, devices);

    retranslate();
}

QString FirstRunWizard::ownerName() const
{
    return m_username->text().trimmed();
}

void FirstRunWizard::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(e);
}

void FirstRunWizard::retranslate()
{
    setWindowTitle(tr("Set up PosDesk"));
    setButtonText(QWizard::NextButton, tr("Next >"));
    setButtonText(QWizard::BackButton, tr("< Back"));
    setButtonText(QWizard::FinishButton, tr("Finish setup"));
    setButtonText(QWizard::CancelButton, tr("Quit"));

    page(OwnerPage)->setTitle(tr("Welcome — first, the owner's account"));
    page(OwnerPage)->setSubTitle(tr("This database is new. The owner signs in with this account to enrol terminals, "
                                    "add cashiers and see everything. The password needs at least %1 characters.")
                                     .arg(PasswordPolicy::kMinimumLength));
    setFormLabels(m_ownerForm, {tr("Language:"), tr("User name:"), tr("Password:"), tr("Password again:")});
    m_language.fillPicker(m_languageBox);
    m_username->setPlaceholderText(tr("e.g. owner or your name"));

    page(MerchantPage)->setTitle(tr("Your shop as the acquirer knows it"));
    page(MerchantPage)
        ->setSubTitle(tr("The merchant ID (MID) and name from the acquirer's contract or approval "
                         "letter."));
    page(AcquirerPage)->setTitle(tr("Acquirer profile"));
    page(AcquirerPage)
        ->setSubTitle(tr("Who your terminals talk to and whom to call when they cannot. The host "
                         "settings come from the acquirer's technical sheet."));

    page(TerminalPage)->setTitle(tr("First terminal"));
    page(TerminalPage)
        ->setSubTitle(tr("This PC till or a stand-alone POS. It starts as “applied”; record the next "
                         "steps on the Terminals screen as the acquirer answers."));
    setFormLabels(m_terminalForm,
                  {tr("Terminal ID (TID):"), tr("Serial number:"), tr("Brand:"), tr("Model:"), tr("Location:")});
    m_tid->setPlaceholderText(tr("8 digits or capital letters"));
    for (QLineEdit *e : {m_serial, m_brand, m_model})
        e->setPlaceholderText(tr("optional"));
    m_location->setPlaceholderText(tr("optional, e.g. front till 1"));

    page(DevicesPage)->setTitle(tr("Receipt printer and card reader"));
    page(DevicesPage)->setSubTitle(tr("Optional. Leave both empty to skip; you can add devices later."));
    m_devicesHint->setText(tr("Give the port the device is plugged into: a serial port (COM3, /dev/ttyUSB0), a "
                              "network printer (192.168.1.50:9100) or /dev/usb/lp0."));
    setFormLabels(m_devicesForm, {tr("Receipt printer:"), tr("Card reader:")});
    m_printer->setPlaceholderText(tr("skip"));
    m_reader->setPlaceholderText(tr("skip"));
}

bool FirstRunWizard::check(QLabel *error, const QString &problem)
{
    error->setText(problem);
    error->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

QString FirstRunWizard::ownerProblem() const
{
    if (QString p = UserService::usernameProblem(ownerName()); !p.isEmpty())
        return p;
    if (QString p = PasswordPolicy::problem(ownerName(), m_password->text()); !p.isEmpty())
        return p;
    if (m_password->text() != m_password2->text())
        return tr("The two passwords differ. Type the same password twice.");
    return {};
}

QString FirstRunWizard::merchantProblem() const
{
    return m_merchant->problem();
}

QString FirstRunWizard::acquirerProblem() const
{
    return m_acquirer->problem();
}

QString FirstRunWizard::terminalProblem() const
{
    return EnrollmentService::tidProblem(m_tid->text());
}

bool FirstRunWizard::validateCurrentPage()
{
    switch (currentId()) {
    case OwnerPage:
        return check(m_ownerError, ownerProblem());
    case MerchantPage:
        return check(m_merchantError, merchantProblem());
    case AcquirerPage:
        return check(m_acquirerError, acquirerProblem());
    case TerminalPage:
        return check(m_terminalError, terminalProblem());
    case DevicesPage:
        return recordAll();
    default:
        return true;
    }
}

// Records every step in order; on a failure, goes back to the page whose data was refused and says why.
bool FirstRunWizard::recordAll()
{
    auto fail = [this](PageId id, QLabel *error, const QString &message) {
        while (currentId() != id && currentId() != OwnerPage)
            back();
        check(error, message);
        return false;
    };
    const Actor admin = Actor::localAdmin(QStringLiteral("gui"));
    if (!m_ownerDone) {
        auto added = m_session.users().addUser(admin, ownerName(), Role::Owner, m_password->text());
        if (!added)
            return fail(OwnerPage, m_ownerError, added.error().message);
        m_ownerDone = true;
        page(OwnerPage)->setEnabled(false); // recorded: a change now would not be
    }
    // From here on the owner is the one acting, as the audit trail should show.
    const Actor owner{ownerName(), Role::Owner, QStringLiteral("gui")};
    EnrollmentService enrolment(m_session.db(), m_session.clock());
    if (!m_merchantDone) {
        if (auto id = enrolment.addMerchant(owner, m_merchant->values()); !id)
            return fail(MerchantPage, m_merchantError, id.error().message);
        m_merchantDone = true;
        page(MerchantPage)->setEnabled(false); // recorded: a change now would not be
    }
    if (!m_acquirerDone) {
        if (auto id = enrolment.addAcquirer(owner, m_acquirer->values()); !id)
            return fail(AcquirerPage, m_acquirerError, id.error().message);
        m_acquirerDone = true;
        page(AcquirerPage)->setEnabled(false); // recorded: a change now would not be
    }
    if (!m_terminalDone) {
        Terminal t;
        t.tid = m_tid->text();
        t.serial = m_serial->text().trimmed();
        t.brand = m_brand->text().trimmed();
        t.model = m_model->text().trimmed();
        t.location = m_location->text().trimmed();
        if (auto id = enrolment.addTerminal(owner, t, m_merchant->values().mid, m_acquirer->values().name); !id)
            return fail(TerminalPage, m_terminalError, id.error().message);
        m_terminalDone = true;
        page(TerminalPage)->setEnabled(false); // recorded: a change now would not be
    }
    if (!m_devicesDone) {
        const struct
        {
            QLineEdit *edit;
            DeviceKind kind;
            const char *name;
        } devices[] = {{m_printer, DeviceKind::Printer, "receipt-printer"},
                       {m_reader, DeviceKind::Reader, "card-reader"}};
        bool added = false;
        for (const auto &d : devices) {
            const QString address = d.edit->text().trimmed();
            if (address.isEmpty() || d.edit->property("recorded").toBool())
                continue;
            DeviceConfig config;
            config.name = QString::fromLatin1(d.name);
            config.kind = d.kind;
            config.transport = transportFor(address);
            config.address = address;
            if (auto id = m_session.devices().store().add(config); !id)
                return check(m_devicesError, id.error().message);
            d.edit->setProperty("recorded", true);
            added = true;
        }
        m_devicesDone = true;
        if (added)
            (void)m_session.devices().startAll(); // an unplugged device shows in the status bar, never blocks
    }
    return true;
}

} // namespace posdesk::desktop
