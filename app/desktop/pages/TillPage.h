#pragma once

#include "acquirer/AcquirerService.h"
#include "pages/Page.h"

#include <functional>
#include <optional>
#include <utility>

class QComboBox;
class QDateEdit;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace posdesk::desktop {

class AppSession;
class CardInput;
class HostLinkMonitor;
class SlipPanel;

// The PC till, keyboard first: pick the terminal once, type the amount, swipe, Enter — or, for a chip card, insert
// it and press F8 (a chip card's swipe is refused unless its chip could not be read). The answer shows in the
// result panel (approved with RRN and authorisation code, or the decline with its code). Void the last sale,
// refund by RRN, and fall back to cash when the terminal is blocked or the host cannot be reached. Every host
// exchange is asynchronous: the window stays responsive while the host thinks.
class TillPage : public Page
{
    Q_OBJECT
public:
    TillPage(AppSession &session, HostLinkMonitor &hostLink, QWidget *parent = nullptr);

    QString title() const override;
    void setActor(const Actor &actor) override;
    // Re-reads terminals and whether card payments are blocked.
    void refresh();
    bool selectTerminal(const QString &tid);
    bool isBusy() const { return m_busy; }
    bool cashFallbackOffered() const;
    SlipPanel *slips() const { return m_slips; }
    QString resultText() const;

signals:
    // A payment, void or refund finished (approved or not); for the shift page and tests.
    void transactionFinished(bool approved);

protected:
    void retranslate() override;
    void showEvent(QShowEvent *e) override;

private:
    struct LastSale
    {
        QString tid;
        int stan = 0;
        Money amount;
        QString rrn;
    };
    enum class Tone
    {
        Neutral,
        Good,
        Bad,
        Busy,
    };

    QString currentTid() const;
    void pay();
    // The chip card in the PC/SC reader: read, sent, and given the host's answer.
    void payByChip();
    // The amount typed, or nothing (the cashier has been told why).
    std::optional<Money> amountToPay();
    void voidLast();
    void refund();
    void takeCash();
    void onAmountEntered();
    void setBusy(bool busy, const QString &what = {});
    void showResult(Tone tone, const QString &title, const QString &detail);
    enum class Done
    {
        Sale,
        Void,
        Refund,
    };
    void showOutcome(const Result<TxnOutcome> &r, Done what, const QString &tid);
    // Shows a result that is drawn again, in the new language, when the language changes.
    void showLasting(Tone tone, std::function<std::pair<QString, QString>()> render);
    void showReady();
    void updateTerminalNotice();
    void printSlip(const CardTransaction &txn);

    AppSession &m_session;
    HostLinkMonitor &m_hostLink;
    bool m_busy = false;
    bool m_hostFailed = false; // the last exchange could not reach the host
    // The chip of the card could not be read: the next swipe of a chip card goes as a fallback (CUP allows it then).
    bool m_fallbackAllowed = false;
    bool m_pinWaiting = false; // the PIN pad waits for the cardholder
    std::optional<LastSale> m_lastSale;
    Tone m_lastingTone = Tone::Neutral;
    std::function<std::pair<QString, QString>()> m_lasting; // empty once a one-off message replaced it
    QLabel *m_heading = nullptr;
    QLabel *m_terminalLabel = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLabel *m_cardLabel = nullptr;
    QComboBox *m_terminal = nullptr;
    QLabel *m_terminalNotice = nullptr;
    QLineEdit *m_amount = nullptr;
    CardInput *m_card = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_chipPay = nullptr;
    QPushButton *m_cash = nullptr;
    QFrame *m_resultPanel = nullptr;
    QLabel *m_resultTitle = nullptr;
    QLabel *m_resultDetail = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_void = nullptr;
    QGroupBox *m_refundBox = nullptr;
    QLabel *m_refundRrnLabel = nullptr;
    QLabel *m_refundAmountLabel = nullptr;
    QLabel *m_refundDateLabel = nullptr;
    QLabel *m_refundHint = nullptr;
    QLineEdit *m_refundRrn = nullptr;
    QLineEdit *m_refundAmount = nullptr;
    QDateEdit *m_refundDate = nullptr;
    QPushButton *m_refund = nullptr;
    SlipPanel *m_slips = nullptr;
};

} // namespace posdesk::desktop
