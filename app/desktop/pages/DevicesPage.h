#pragma once

#include <functional>

#include "domain/Entities.h"
#include "pages/Page.h"

#include <QPointer>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace posdesk {
enum class DeviceHealth;
struct DeviceStatus;
struct TestCardOutcome;
} // namespace posdesk

namespace posdesk::desktop {

class AppSession;
class PrintQueueView;
class PrintedSlipsDialog;

// The printers and card readers of this till: each with its live state, a port scan, adding a device, a test page
// and a test swipe (only the masked card is shown), and the print queue of the selected printer with reprint and
// cancel.
class DevicesPage : public Page
{
    Q_OBJECT
public:
    explicit DevicesPage(AppSession &session, QWidget *parent = nullptr);

    QString title() const override;
    // "ready", "disconnected" …, translated; the status bar says it too.
    static QString healthText(DeviceHealth health);
    void refresh();
    bool selectDevice(const QString &name);
    QString messageText() const;

protected:
    void retranslate() override;
    void showEvent(QShowEvent *e) override;

private:
    Id selectedId() const;
    void onSelectionChanged();
    void onStatus(Id id, const DeviceStatus &status);
    void fillStatus(int row, const DeviceStatus &status);
    void scanPorts();
    void addDevice();
    void applySettings();
    void testPrint();
    void testRead();
    void showPrintedSlips();
    void onTestCard(Id id, const TestCardOutcome &outcome);
    void toggleEnabled();
    void updateTransportFields();
    // The page's outcome line; drawn again when the language changes.
    void say(std::function<QString()> render, bool error);

    AppSession &m_session;
    Id m_testReader = 0;
    QLabel *m_heading = nullptr;
    QLabel *m_hint = nullptr;
    QTableWidget *m_devices = nullptr;
    QPushButton *m_scan = nullptr;
    QPushButton *m_testPrint = nullptr;
    QPushButton *m_testRead = nullptr;
    QPushButton *m_restart = nullptr;
    QPushButton *m_enable = nullptr;
    QPushButton *m_slips = nullptr;
    QPointer<PrintedSlipsDialog> m_slipsDialog;
    QLabel *m_message = nullptr;

    PrintQueueView *m_queueBox = nullptr;

    QGroupBox *m_formBox = nullptr;
    QListWidget *m_ports = nullptr;
    QLabel *m_portsLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_transportLabel = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_baudLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_transport = nullptr;
    QLineEdit *m_address = nullptr;
    QComboBox *m_baud = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace posdesk::desktop
