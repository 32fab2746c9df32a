#include "pages/DevicesPage.h"

#include "manager/DeviceManager.h"
#include "pages/devices/PrintQueueView.h"
#include "pages/devices/PrintedSlipsDialog.h"
#include "shell/AppSession.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace posdesk::desktop {

namespace {

constexpr int kTestReadMs = 30000;

QString healthColour(DeviceHealth h)
{
    switch (h) {
    case DeviceHealth::Ready:
        return QStringLiteral("#15803d");
    case DeviceHealth::Connecting:
    case DeviceHealth::Stopped:
        return QStringLiteral("#5b6675");
    case DeviceHealth::NotReady:
    case DeviceHealth::Disconnected:
        return QStringLiteral("#b91c1c");
    }
    return {};
}

QString kindText(DeviceKind k)
{
    switch (k) {
    case DeviceKind::Printer:
        return DevicesPage::tr("receipt printer");
    case DeviceKind::Reader:
        return DevicesPage::tr("card reader");
    case DeviceKind::PinPad:
        return DevicesPage::tr("PIN pad");
    }
    return DevicesPage::tr("card reader");
}

QString transportText(TransportKind t)
{
    switch (t) {
    case TransportKind::Serial:
        return DevicesPage::tr("serial");
    case TransportKind::Tcp:
        return DevicesPage::tr("network (TCP)");
    case TransportKind::File:
        return DevicesPage::tr("device file");
    }
    return {};
}

} // namespace

DevicesPage::DevicesPage(AppSession &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    m_heading = Page::headingLabel(this);
    m_hint = Page::hintLabel(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);

    m_devices = Page::listTable(this, QStringLiteral("deviceTable"), 5);
    m_devices->setMaximumHeight(190);
    m_devices->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_devices);

    auto *actions = new QHBoxLayout;
    auto button = [this, actions](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        actions->addWidget(b);
        return b;
    };
    m_testPrint = button("testPrintButton");
    m_testRead = button("testReadButton");
    m_restart = button("reconnectButton");
    m_enable = button("enableButton");
    actions->addStretch(1);
    // Demo mode: the virtual printer prints into a file; this shows it.
    m_slips = button("showPrintedSlips");
    m_slips->setVisible(m_session.isDemo());
    layout->addLayout(actions);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("deviceMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *lower = new QHBoxLayout;
    m_queueBox = new PrintQueueView(m_session, this);
    lower->addWidget(m_queueBox, 3);

    m_formBox = new QGroupBox(this);
    auto *form = new QGridLayout(m_formBox);
    m_portsLabel = new QLabel(m_formBox);
    m_portsLabel->setWordWrap(true);
    m_scan = new QPushButton(m_formBox);
    m_scan->setObjectName(QStringLiteral("scanButton"));
    m_ports = new QListWidget(m_formBox);
    m_ports->setObjectName(QStringLiteral("portList"));
    m_ports->setMaximumHeight(90);
    m_nameLabel = new QLabel(m_formBox);
    m_name = new QLineEdit(m_formBox);
    m_name->setObjectName(QStringLiteral("deviceName"));
    m_kindLabel = new QLabel(m_formBox);
    m_kind = new QComboBox(m_formBox);
    m_kind->setObjectName(QStringLiteral("deviceKind"));
    m_transportLabel = new QLabel(m_formBox);
    m_transport = new QComboBox(m_formBox);
    m_transport->setObjectName(QStringLiteral("deviceTransport"));
    m_addressLabel = new QLabel(m_formBox);
    m_address = new QLineEdit(m_formBox);
    m_address->setObjectName(QStringLiteral("deviceAddress"));
    m_baudLabel = new QLabel(m_formBox);
    m_baud = new QComboBox(m_formBox);
    m_baud->setObjectName(QStringLiteral("deviceBaud"));
    for (int baud : {9600, 19200, 38400, 57600, 115200})
        m_baud->addItem(QString::number(baud), baud);
    m_add = new QPushButton(m_formBox);
    m_add->setObjectName(QStringLiteral("addDeviceButton"));
    m_apply = new QPushButton(m_formBox);
    m_apply->setObjectName(QStringLiteral("applySettingsButton"));
    int row = 0;
    form->addWidget(m_portsLabel, row, 0, 1, 2);
    form->addWidget(m_scan, row++, 2);
    form->addWidget(m_ports, row++, 0, 1, 3);
    for (auto [label, field] : {std::pair<QLabel *, QWidget *>{m_nameLabel, m_name},
                                {m_kindLabel, m_kind},
                                {m_transportLabel, m_transport},
                                {m_addressLabel, m_address},
                                {m_baudLabel, m_baud}}) {
        form->addWidget(label, row, 0);
        form->addWidget(field, row++, 1, 1, 2);
    }
    auto *formActions = new QHBoxLayout;
    formActions->addWidget(m_add);
    formActions->addWidget(m_apply);
    formActions->addStretch(1);
    form->addLayout(formActions, row, 0, 1, 3);
    form->setColumnStretch(1, 1);
    lower->addWidget(m_formBox, 2);
    layout->addLayout(lower, 1);

    DeviceManager &devices = m_session.devices();
    connect(&devices, &DeviceManager::statusChanged, this, &DevicesPage::onStatus);
    connect(&devices, &DeviceManager::testCardRead, this, &DevicesPage::onTestCard);
    // The queue's messages come already worded; they stay in the language they were given in.
    connect(m_queueBox, &PrintQueueView::message, this,
            [this](const QString &text, bool error) { say([text] { return text; }, error); });
    connect(&devices, &DeviceManager::storageError, this, [this](const Error &e) {
        say([=, this] { return tr("The device queue could not use the database: %1").arg(e.message); }, true);
    });
    connect(m_devices, &QTableWidget::itemSelectionChanged, this, &DevicesPage::onSelectionChanged);
    connect(m_scan, &QPushButton::clicked, this, &DevicesPage::scanPorts);
    connect(m_add, &QPushButton::clicked, this, &DevicesPage::addDevice);
    connect(m_apply, &QPushButton::clicked, this, &DevicesPage::applySettings);
    connect(m_testPrint, &QPushButton::clicked, this, &DevicesPage::testPrint);
    connect(m_testRead, &QPushButton::clicked, this, &DevicesPage::testRead);
    connect(m_enable, &QPushButton::clicked, this, &DevicesPage::toggleEnabled);
    connect(m_slips, &QPushButton::clicked, this, &DevicesPage::showPrintedSlips);
    connect(m_restart, &QPushButton::clicked, this, [this] {
        const Id id = selectedId();
        if (id == 0)
            return;
        if (auto s = m_session.devices().startDevice(id); !s)
            say([=, this] { return tr("The device could not be started: %1").arg(s.error().message); }, true);
        refresh();
    });
    connect(m_ports, &QListWidget::currentRowChanged, this, [this](int index) {
        if (index < 0 || m_ports->item(index)->data(Qt::UserRole).toString().isEmpty())
            return;
        m_address->setText(m_ports->item(index)->data(Qt::UserRole).toString());
        m_transport->setCurrentIndex(m_transport->findData(int(TransportKind::Serial)));
    });
    connect(m_transport, &QComboBox::currentIndexChanged, this, &DevicesPage::updateTransportFields);
    retranslate();
}

QString DevicesPage::healthText(DeviceHealth h)
{
    switch (h) {
    case DeviceHealth::Stopped:
        return tr("stopped");
    case DeviceHealth::Connecting:
        return tr("connecting…");
    case DeviceHealth::Ready:
        return tr("ready");
    case DeviceHealth::NotReady:
        return tr("not ready");
    case DeviceHealth::Disconnected:
        return tr("disconnected");
    }
    return {};
}

QString DevicesPage::title() const
{
    return tr("Devices");
}

void DevicesPage::retranslate()
{
    m_heading->setText(tr("Devices — receipt printers and card readers"));
    m_hint->setText(tr("Each device shows its state as it changes. Select one to print a test page, read a test card "
                       "or see its print queue; add a device with the form on the right."));
    m_devices->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Connection"), tr("State"), tr("Waiting")});
    m_scan->setText(tr("Scan ports"));
    m_testPrint->setText(tr("Print test page"));
    m_testRead->setText(tr("Read test card"));
    m_restart->setText(tr("Reconnect"));
    m_slips->setText(tr("Show printed slips"));
    m_slips->setToolTip(tr("What the demo's virtual receipt printer has printed."));
    if (m_ports->count() == 1 && !(m_ports->item(0)->flags() & Qt::ItemIsEnabled))
        m_ports->item(0)->setText(tr("No serial port found"));
    m_formBox->setTitle(tr("Add or configure a device"));
    m_portsLabel->setText(tr("Serial ports found on this PC (select one to use it):"));
    m_nameLabel->setText(tr("Name"));
    m_kindLabel->setText(tr("Kind"));
    m_transportLabel->setText(tr("Connection"));
    m_addressLabel->setText(tr("Port or address"));
    m_baudLabel->setText(tr("Baud rate"));
    m_add->setText(tr("Add as a new device"));
    m_apply->setText(tr("Save changes to the selected device"));
    m_name->setPlaceholderText(tr("e.g. counter printer"));
    m_address->setPlaceholderText(tr("/dev/ttyUSB0, 192.168.1.50:9100 or /dev/usb/lp0"));
    {
        const QVariant kind = m_kind->currentData();
        const QSignalBlocker block(m_kind);
        m_kind->clear();
        m_kind->addItem(kindText(DeviceKind::Printer), int(DeviceKind::Printer));
        m_kind->addItem(kindText(DeviceKind::Reader), int(DeviceKind::Reader));
        m_kind->addItem(kindText(DeviceKind::PinPad), int(DeviceKind::PinPad));
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    }
    {
        const QVariant transport = m_transport->currentData();
        const QSignalBlocker block(m_transport);
        m_transport->clear();
        for (TransportKind t : {TransportKind::Serial, TransportKind::Tcp, TransportKind::File})
            m_transport->addItem(transportText(t), int(t));
        m_transport->setCurrentIndex(std::max(0, m_transport->findData(transport)));
    }
    updateTransportFields();
    if (isVisible())
        refresh();
}

void DevicesPage::showEvent(QShowEvent *e)
{
    Page::showEvent(e);
    refresh();
}

void DevicesPage::say(std::function<QString()> render, bool error)
{
    showStatus(m_message, error ? Tone::Bad : Tone::Good, std::move(render));
}

QString DevicesPage::messageText() const
{
    return m_message->text();
}

Id DevicesPage::selectedId() const
{
    const int row = m_devices->currentRow();
    if (row < 0 || !m_devices->item(row, 0))
        return 0;
    return m_devices->item(row, 0)->data(Qt::UserRole).toLongLong();
}

bool DevicesPage::selectDevice(const QString &name)
{
    for (int r = 0; r < m_devices->rowCount(); ++r) {
        if (m_devices->item(r, 0)->text() == name) {
            m_devices->selectRow(r);
            return true;
        }
    }
    return false;
}

void DevicesPage::refresh()
{
    const Id keep = selectedId();
    auto list = m_session.devices().store().list();
    if (!list) {
        say([=, this] { return list.error().message; }, true);
        return;
    }
    {
        const QSignalBlocker block(m_devices);
        m_devices->setRowCount(0);
        for (const DeviceConfig &d : *list) {
            const int row = m_devices->rowCount();
            m_devices->insertRow(row);
            auto *name = new QTableWidgetItem(d.name);
            name->setData(Qt::UserRole, qlonglong(d.id));
            name->setData(Qt::UserRole + 1, int(d.kind));
            name->setData(Qt::UserRole + 2, d.enabled);
            m_devices->setItem(row, 0, name);
            m_devices->setItem(row, 1, new QTableWidgetItem(kindText(d.kind)));
            m_devices->setItem(
                row, 2, new QTableWidgetItem(QStringLiteral("%1 · %2").arg(transportText(d.transport), d.address)));
            fillStatus(row, m_session.devices().status(d.id));
        }
        m_devices->resizeColumnsToContents(); // a few devices per till
        // The state column takes the room left: it says what is wrong and what to do.
        m_devices->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    }
    int select = 0;
    for (int r = 0; r < m_devices->rowCount(); ++r) {
        if (m_devices->item(r, 0)->data(Qt::UserRole).toLongLong() == keep)
            select = r;
    }
    if (m_devices->rowCount() > 0)
        m_devices->selectRow(select);
    onSelectionChanged();
}

void DevicesPage::fillStatus(int row, const DeviceStatus &status)
{
    const bool enabled = m_devices->item(row, 0)->data(Qt::UserRole + 2).toBool();
    QString text = enabled || status.health != DeviceHealth::Stopped ? healthText(status.health) : tr("disabled");
    if (!status.problems.isEmpty())
        text += QStringLiteral(" — ") + status.problems.join(QStringLiteral("; "));
    auto *state = new QTableWidgetItem(text);
    state->setForeground(QColor(healthColour(status.health)));
    state->setToolTip(text);
    m_devices->setItem(row, 3, state);
    auto *waiting = new QTableWidgetItem(status.kind == DeviceKind::Printer ? QString::number(status.waitingJobs)
                                                                            : QStringLiteral("—"));
    waiting->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_devices->setItem(row, 4, waiting);
}

void DevicesPage::onStatus(Id id, const DeviceStatus &status)
{
    for (int r = 0; r < m_devices->rowCount(); ++r) {
        if (m_devices->item(r, 0)->data(Qt::UserRole).toLongLong() == id) {
            fillStatus(r, status);
            return;
        }
    }
}

void DevicesPage::onSelectionChanged()
{
    const int row = m_devices->currentRow();
    const bool any = row >= 0 && m_devices->item(row, 0);
    const auto kind =
        any ? static_cast<DeviceKind>(m_devices->item(row, 0)->data(Qt::UserRole + 1).toInt()) : DeviceKind::Printer;
    const bool enabled = any && m_devices->item(row, 0)->data(Qt::UserRole + 2).toBool();
    m_testPrint->setEnabled(any && kind == DeviceKind::Printer);
    m_testRead->setEnabled(any && kind == DeviceKind::Reader);
    m_restart->setEnabled(any && enabled);
    m_enable->setEnabled(any);
    m_enable->setText(enabled || !any ? tr("Disable") : tr("Enable"));
    m_apply->setEnabled(any);
    if (any) {
        // The form shows the selected device, ready to be changed and saved (or used as the model of a new one).
        if (auto d = m_session.devices().store().find(selectedId())) {
            m_name->setText(d->name);
            m_kind->setCurrentIndex(m_kind->findData(int(d->kind)));
            m_transport->setCurrentIndex(m_transport->findData(int(d->transport)));
            m_address->setText(d->address);
            const int baud = d->settings.value(QStringLiteral("baud")).toInt(9600);
            const int i = m_baud->findData(baud);
            if (i >= 0)
                m_baud->setCurrentIndex(i);
            updateTransportFields();
        }
    }
    if (any && kind == DeviceKind::Printer)
        m_queueBox->showPrinter(selectedId(), m_devices->item(row, 0)->text());
    else
        m_queueBox->showPrinter(0, QString());
}

void DevicesPage::scanPorts()
{
    auto ports = m_session.devices().discover();
    m_ports->clear();
    if (!ports) {
        say([=, this] { return tr("The ports could not be listed: %1").arg(ports.error().message); }, true);
        return;
    }
    for (const DiscoveredPort &p : *ports) {
        QStringList about;
        if (!p.description.isEmpty())
            about << p.description;
        if (!p.manufacturer.isEmpty())
            about << p.manufacturer;
        if (p.configured)
            about << tr("configured");
        if (!p.present)
            about << tr("not present");
        auto *item = new QListWidgetItem(
            about.isEmpty() ? p.path : QStringLiteral("%1 (%2)").arg(p.path, about.join(QStringLiteral(", "))),
            m_ports);
        item->setData(Qt::UserRole, p.path);
    }
    // An empty box would look like the scan had not run.
    if (ports->isEmpty()) {
        auto *none = new QListWidgetItem(tr("No serial port found"), m_ports);
        none->setFlags(Qt::NoItemFlags);
        none->setForeground(QColor(0x6b, 0x72, 0x80));
    }
    say(
        [=, this] {
            return ports->isEmpty() ? tr("No serial port was found. For a network printer, enter its address and port.")
                                    : tr("%n port(s) found.", nullptr, int(ports->size()));
        },
        false);
}

void DevicesPage::showPrintedSlips()
{
    if (!m_slipsDialog)
        m_slipsDialog = new PrintedSlipsDialog(m_session.printerTranscript(), this);
    m_slipsDialog->reload();
    m_slipsDialog->show();
    m_slipsDialog->raise();
    m_slipsDialog->activateWindow();
}

void DevicesPage::updateTransportFields()
{
    const bool serial = m_transport->currentData().toInt() == int(TransportKind::Serial);
    m_baud->setEnabled(serial);
    m_baudLabel->setEnabled(serial);
}

void DevicesPage::addDevice()
{
    DeviceConfig d;
    d.name = m_name->text().trimmed();
    d.kind = static_cast<DeviceKind>(m_kind->currentData().toInt());
    d.transport = static_cast<TransportKind>(m_transport->currentData().toInt());
    d.address = m_address->text().trimmed();
    if (d.name.isEmpty()) {
        say([=, this] { return tr("Give the device a name, such as “counter printer”."); }, true);
        return;
    }
    if (d.address.isEmpty()) {
        say([=, this] { return tr("Enter the port or address of the device, or pick a port found by “Scan ports”."); },
            true);
        return;
    }
    if (d.transport == TransportKind::Serial)
        d.settings.insert(QStringLiteral("baud"), m_baud->currentData().toInt());
    auto id = m_session.devices().store().add(d);
    if (!id) {
        say([=, this] { return tr("The device was not added: %1").arg(id.error().message); }, true);
        return;
    }
    if (auto s = m_session.devices().startDevice(*id); !s)
        say([=, this] { return tr("“%1” was added but could not be started: %2").arg(d.name, s.error().message); },
            true);
    else
        say([=, this] { return tr("“%1” was added.").arg(d.name); }, false);
    m_name->clear();
    refresh();
    selectDevice(d.name);
}

void DevicesPage::applySettings()
{
    const Id id = selectedId();
    auto d = m_session.devices().store().find(id);
    if (!d)
        return;
    if (static_cast<DeviceKind>(m_kind->currentData().toInt()) != d->kind) {
        say([] { return tr("A printer stays a printer and a reader a reader: add the other kind as a new device."); },
            true);
        return;
    }
    const QString oldName = d->name;
    d->name = m_name->text().trimmed();
    d->transport = static_cast<TransportKind>(m_transport->currentData().toInt());
    d->address = m_address->text().trimmed();
    if (d->transport == TransportKind::Serial)
        d->settings.insert(QStringLiteral("baud"), m_baud->currentData().toInt());
    else
        d->settings.remove(QStringLiteral("baud"));
    if (d->address.isEmpty()) {
        say([] { return tr("Enter the port or address of the device, or pick a port found by “Scan ports”."); }, true);
        return;
    }
    if (auto s = m_session.devices().store().update(*d); !s) {
        say([reason = s.error().message] { return tr("The changes were not saved: %1").arg(reason); }, true);
        return;
    }
    const QString name = d->name;
    if (d->enabled) {
        // Restarted on its new line: a changed port or address takes effect now.
        if (auto s = m_session.devices().startDevice(id); !s) {
            say(
                [name, reason = s.error().message] {
                    return tr("“%1” is saved, but could not be restarted: %2").arg(name, reason);
                },
                true);
            refresh();
            selectDevice(name);
            return;
        }
    }
    say(
        [name, oldName] {
            return name == oldName ? tr("“%1” is saved.").arg(name) : tr("“%1” is saved as “%2”.").arg(oldName, name);
        },
        false);
    refresh();
    selectDevice(name);
}

void DevicesPage::toggleEnabled()
{
    const Id id = selectedId();
    const int row = m_devices->currentRow();
    if (id == 0 || row < 0)
        return;
    const bool enable = !m_devices->item(row, 0)->data(Qt::UserRole + 2).toBool();
    if (auto s = m_session.devices().store().setEnabled(id, enable); !s) {
        say([=, this] { return s.error().message; }, true);
        return;
    }
    if (enable) {
        if (auto s = m_session.devices().startDevice(id); !s)
            say([=, this] { return tr("The device is enabled but could not be started: %1").arg(s.error().message); },
                true);
    } else {
        m_session.devices().stopDevice(id);
    }
    refresh();
}

void DevicesPage::testPrint()
{
    const Id id = selectedId();
    if (id == 0)
        return;
    auto job = m_session.devices().printTestPage(id);
    if (!job) {
        say([=, this] { return tr("The test page was not queued: %1").arg(job.error().message); }, true);
        return;
    }
    say([=, this] { return tr("Test page queued as job %1; it prints as soon as the printer is ready.").arg(*job); },
        false);
    refresh();
}

void DevicesPage::testRead()
{
    const Id id = selectedId();
    if (id == 0)
        return;
    if (auto s = m_session.devices().readTestCard(id, kTestReadMs); !s) {
        say([=, this] { return tr("The reader is not ready: %1").arg(s.error().message); }, true);
        return;
    }
    m_testReader = id;
    m_testRead->setEnabled(false);
    showStatus(m_message, Tone::Plain,
               [] { return tr("Swipe a card through the reader now (waiting %1 seconds)…").arg(kTestReadMs / 1000); });
}

void DevicesPage::onTestCard(Id id, const TestCardOutcome &outcome)
{
    if (id != m_testReader)
        return;
    m_testReader = 0;
    onSelectionChanged();
    // The outcome holds the masked card only (first six, last four); nothing else of it reaches the screen.
    say([=, this] { return outcome.message; }, !outcome.ok);
}

} // namespace posdesk::desktop
