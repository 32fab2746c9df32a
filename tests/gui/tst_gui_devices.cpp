#include "GuiShop.h"

#include "manager/DeviceManager.h"
#include "manager/DeviceStore.h"
#include "pages/DevicesPage.h"
#include "pages/devices/PrintedSlipsDialog.h"
#include "printing/PrintJobStore.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QProcess>
#include <QTableWidget>

using namespace posdesk;
using namespace posdesk::desktop;

namespace {

// A real posdesk-devsim (virtual ESC/POS printer and card reader on pseudo-terminals) whose console is read
// without blocking, so that the window's own drivers keep running while the test waits.
class DevSim
{
public:
    bool start(const QString &dir)
    {
        m_dir = dir;
        m_process.setProgram(test::programPath(QStringLiteral("posdesk-devsim")));
        m_process.setArguments({QStringLiteral("--printer-link"), printerLink(), QStringLiteral("--reader-link"),
                                readerLink(), QStringLiteral("--printer-out"), dir});
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        for (int waited = 0; !output().contains("control ") && waited < 15000; waited += 50)
            QTest::qWait(50);
        return output().contains("control ");
    }
    ~DevSim()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.write("quit\n");
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QString printerLink() const { return m_dir + QStringLiteral("/printer"); }
    QString readerLink() const { return m_dir + QStringLiteral("/reader"); }
    QString transcript() const
    {
        QFile f(m_dir + QStringLiteral("/printer.txt"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    int jobsPrinted() const { return int(transcript().count(QStringLiteral("=== job "))); }
    // Everything the simulator said so far.
    QByteArray output()
    {
        m_out += m_process.readAllStandardOutput();
        return m_out;
    }
    void send(const QByteArray &line) { m_process.write(line + '\n'); }

private:
    QString m_dir;
    QProcess m_process;
    QByteArray m_out;
};

} // namespace

// Configuring a printer and a reader on the Devices page against posdesk-devsim, with live state, a test page,
// reprint and a test swipe.
class TestGuiDevices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
    std::unique_ptr<DevSim> m_sim;
    std::unique_ptr<test::GuiShop> m_shop;
    DevicesPage *m_page = nullptr;

    template <typename T> T *child(const char *name) const
    {
        auto *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    QTableWidget *devices() const { return child<QTableWidget>("deviceTable"); }
    QTableWidget *queue() const { return child<QTableWidget>("printQueue"); }
    QString stateOf(const QString &name) const
    {
        for (int r = 0; r < devices()->rowCount(); ++r) {
            if (devices()->item(r, 0)->text() == name && devices()->item(r, 3))
                return devices()->item(r, 3)->text();
        }
        return {};
    }
    QString statusBar(const char *label) const
    {
        return m_shop->window()->findChild<QLabel *>(QString::fromLatin1(label))->text();
    }
    void addDevice(const QString &name, DeviceKind kind, const QString &address)
    {
        auto *nameEdit = child<QLineEdit>("deviceName");
        nameEdit->clear();
        QTest::keyClicks(nameEdit, name);
        auto *kindCombo = child<QComboBox>("deviceKind");
        kindCombo->setCurrentIndex(kindCombo->findData(int(kind)));
        auto *transport = child<QComboBox>("deviceTransport");
        transport->setCurrentIndex(transport->findData(int(TransportKind::Serial)));
        auto *addressEdit = child<QLineEdit>("deviceAddress");
        addressEdit->clear();
        QTest::keyClicks(addressEdit, address);
        QTest::mouseClick(child<QPushButton>("addDeviceButton"), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        test::GuiShop::isolateSettings(m_settings.path());
        QVERIFY(m_dir.isValid());
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
        // The virtual printer prints into the demo folder, as the demo's own does: "Show printed slips" reads it.
        m_sim = std::make_unique<DevSim>();
        QVERIFY2(m_sim->start(QFileInfo(m_shop->session().printerTranscript()).absolutePath()),
                 "posdesk-devsim did not start");
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
        QVERIFY(m_shop->open(QStringLiteral("devices")));
        m_page = qobject_cast<DevicesPage *>(m_shop->window()->page(QStringLiteral("devices")));
        QVERIFY(m_page);
    }
    void cleanupTestCase()
    {
        m_shop.reset();
        m_sim.reset();
    }

    void nothingConfiguredYet()
    {
        QCOMPARE(devices()->rowCount(), 0);
        QCOMPARE(statusBar("printerStatus"), QStringLiteral("Printer: not set up"));
        QTest::mouseClick(child<QPushButton>("scanButton"), Qt::LeftButton);
        QVERIFY(!m_page->messageText().isEmpty());
        // What the scan found is listed; nothing found says so in the box, as an entry that cannot be picked.
        auto found = m_shop->session().devices().discover();
        QVERIFY(found);
        auto *ports = child<QListWidget>("portList");
        if (found->isEmpty()) {
            QCOMPARE(ports->count(), 1);
            QCOMPARE(ports->item(0)->text(), QStringLiteral("No serial port found"));
            QCOMPARE(ports->item(0)->flags(), Qt::NoItemFlags);
            QVERIFY(m_page->messageText().contains(QStringLiteral("No serial port was found")));
        } else {
            QCOMPARE(ports->count(), int(found->size()));
        }

        // The demo's printed slips: nothing printed yet, and it says so.
        auto *slips = child<QPushButton>("showPrintedSlips");
        QVERIFY(slips->isVisible());
        QTest::mouseClick(slips, Qt::LeftButton);
        auto *dialog = m_page->findChild<PrintedSlipsDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY2(dialog->shownText().startsWith(QStringLiteral("Nothing has been printed yet")),
                 qPrintable(dialog->shownText()));
        dialog->close();
    }

    void addedPrinterPrintsTheTestPage()
    {
        addDevice(QStringLiteral("counter printer"), DeviceKind::Printer, m_sim->printerLink());
        QVERIFY2(m_page->messageText().contains(QStringLiteral("was added")), qPrintable(m_page->messageText()));
        QCOMPARE(devices()->rowCount(), 1);
        // Live state: the driver connects and the printer answers its status query.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("counter printer")), QStringLiteral("ready"), 20000);
        QTRY_COMPARE(statusBar("printerStatus"), QStringLiteral("Printer: counter printer (ready)"));

        QVERIFY(m_page->selectDevice(QStringLiteral("counter printer")));
        QTest::mouseClick(child<QPushButton>("testPrintButton"), Qt::LeftButton);
        QVERIFY2(m_page->messageText().contains(QStringLiteral("queued as job")), qPrintable(m_page->messageText()));
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->jobsPrinted(), 1, 20000);
        QVERIFY(m_sim->transcript().contains(QStringLiteral("|打印测试 PRINTER TEST|")));
        QVERIFY(m_sim->transcript().contains(QStringLiteral("[FEED AND CUT")));
        // … and "Show printed slips" shows that page.
        QTest::mouseClick(child<QPushButton>("showPrintedSlips"), Qt::LeftButton);
        auto *dialog = m_page->findChild<PrintedSlipsDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY2(dialog->shownText().contains(QStringLiteral("|打印测试 PRINTER TEST|")),
                 qPrintable(dialog->shownText()));
        if (const QString shots = qEnvironmentVariable("POSDESK_SHOT_DIR"); !shots.isEmpty())
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("printed-slips.png")));
        dialog->close();
        QTRY_COMPARE_WITH_TIMEOUT(queue()->item(0, 2) ? queue()->item(0, 2)->text() : QString(),
                                  displayName(PrintJobState::Printed), 20000);
        QCOMPARE(queue()->item(0, 1)->text(), QStringLiteral("test page"));
    }

    void reprintQueuesACopy()
    {
        QVERIFY(m_page->selectDevice(QStringLiteral("counter printer")));
        QCOMPARE(queue()->rowCount(), 1);
        queue()->selectRow(0);
        QTest::mouseClick(child<QPushButton>("reprintButton"), Qt::LeftButton);
        QVERIFY2(m_page->messageText().contains(QStringLiteral("A copy of job")), qPrintable(m_page->messageText()));
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->jobsPrinted(), 2, 20000);
        QTRY_COMPARE(queue()->rowCount(), 2);
        QTRY_COMPARE(queue()->item(0, 2)->text(), displayName(PrintJobState::Printed));
        QVERIFY(queue()->item(0, 4)->text().contains(QStringLiteral("copy of job")));
    }

    void paperOutShowsAndHoldsTheJob()
    {
        m_sim->send("paper-out");
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(QStringLiteral("counter printer")).startsWith(QStringLiteral("not ready")),
                                 20000);
        QTRY_VERIFY(statusBar("printerStatus").contains(QStringLiteral("not ready")));
        QTest::mouseClick(child<QPushButton>("testPrintButton"), Qt::LeftButton);
        QTRY_COMPARE(queue()->rowCount(), 3);
        QTest::qWait(500);
        QCOMPARE(m_sim->jobsPrinted(), 2);
        // Withdrawn while it waits: it never prints, even once the paper is back.
        queue()->selectRow(0);
        QTest::mouseClick(child<QPushButton>("cancelJobButton"), Qt::LeftButton);
        QTRY_COMPARE(queue()->item(0, 2)->text(), displayName(PrintJobState::Cancelled));
        m_sim->send("paper-ok");
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("counter printer")), QStringLiteral("ready"), 20000);
        QTest::qWait(500);
        QCOMPARE(m_sim->jobsPrinted(), 2);
    }

    // The selected device fills the form; a new name is saved, the printer restarts under it and keeps printing.
    void renamedPrinterKeepsPrinting()
    {
        QVERIFY(m_page->selectDevice(QStringLiteral("counter printer")));
        auto *name = child<QLineEdit>("deviceName");
        QCOMPARE(name->text(), QStringLiteral("counter printer"));
        QCOMPARE(child<QLineEdit>("deviceAddress")->text(), m_sim->printerLink());
        name->clear();
        QTest::keyClicks(name, QStringLiteral("front printer"));
        QTest::mouseClick(child<QPushButton>("applySettingsButton"), Qt::LeftButton);
        QCOMPARE(m_page->messageText(), QStringLiteral("“counter printer” is saved as “front printer”."));
        auto stored = m_shop->session().devices().store().findByNameOrAddress(QStringLiteral("front printer"));
        QVERIFY(stored);
        QCOMPARE(stored->address, m_sim->printerLink());
        QCOMPARE(stateOf(QStringLiteral("counter printer")), QString());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("front printer")), QStringLiteral("ready"), 20000);
        QTRY_COMPARE(statusBar("printerStatus"), QStringLiteral("Printer: front printer (ready)"));
        QTest::mouseClick(child<QPushButton>("testPrintButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->jobsPrinted(), 3, 20000);

        // An empty address is refused and nothing changes.
        child<QLineEdit>("deviceAddress")->clear();
        QTest::mouseClick(child<QPushButton>("applySettingsButton"), Qt::LeftButton);
        QVERIFY(m_page->messageText().startsWith(QStringLiteral("Enter the port or address")));
        QCOMPARE(m_shop->session().devices().store().find(stored->id)->address, m_sim->printerLink());
    }

    void testSwipeShowsOnlyTheMaskedCard()
    {
        addDevice(QStringLiteral("counter reader"), DeviceKind::Reader, m_sim->readerLink());
        QVERIFY2(m_page->messageText().contains(QStringLiteral("was added")), qPrintable(m_page->messageText()));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("counter reader")), QStringLiteral("ready"), 20000);
        QTRY_COMPARE(statusBar("readerStatus"), QStringLiteral("Reader: counter reader (ready)"));
        QVERIFY(m_page->selectDevice(QStringLiteral("counter reader")));
        QVERIFY(!child<QPushButton>("testPrintButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>("testReadButton"), Qt::LeftButton);
        QVERIFY(m_page->messageText().contains(QStringLiteral("Swipe a card")));
        m_sim->send("swipe unionpay-credit");
        QTRY_VERIFY_WITH_TIMEOUT(m_page->messageText().contains(QStringLiteral("620000******0005")), 20000);
        QVERIFY(!m_page->messageText().contains(QStringLiteral("6200000000000005")));
    }

    void disablingStopsTheDevice()
    {
        QVERIFY(m_page->selectDevice(QStringLiteral("counter reader")));
        QTest::mouseClick(child<QPushButton>("enableButton"), Qt::LeftButton);
        QTRY_COMPARE(stateOf(QStringLiteral("counter reader")), QStringLiteral("disabled"));
        QCOMPARE(statusBar("readerStatus"), QStringLiteral("Reader: keyboard / test cards"));
        QCOMPARE(child<QPushButton>("enableButton")->text(), QStringLiteral("Enable"));
    }
};

QTEST_MAIN(TestGuiDevices)
#include "tst_gui_devices.moc"
