#pragma once

#include "domain/Entities.h"
#include "printer/EscPosBuilder.h"
#include "security/Actor.h"

#include <QGroupBox>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace posdesk::desktop {

class AppSession;

// The till's paper: queues the slips of what the till did on the default printer (the merchant copy, then the
// cardholder copy — at once, or when the cashier has torn off the first, per the printer's pauseBetweenCopies), opens
// the cash drawer on a cash sale, and offers reprints (the last slip, or by voucher number) marked 重打印 and
// audited, and the settlement slip of the terminal's last settled batch. Part of the till page.
class SlipPanel : public QGroupBox
{
    Q_OBJECT
public:
    SlipPanel(AppSession &session, std::function<QString()> currentTid, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    // The slip(s) of an approved transaction. A cardholder copy still waiting is printed first.
    void print(const CardTransaction &txn);
    bool cardholderCopyWaiting() const { return m_waitingCopy.has_value(); }
    void printCardholderCopy();
    void reprintLast();
    void reprintVoucher(int voucherNo);
    void printSettlement();

signals:
    // What happened, for the till's result panel; error: the cashier must do something.
    void message(const QString &text, bool error);

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    // Queues one job on the default printer; false (and a message) when it was not queued.
    bool queue(const QString &kind, const QByteArray &bytes, std::optional<Id> transactionId);
    const PrinterOptions *printerOptions() const;
    void reprint(const CardTransaction &txn);

    AppSession &m_session;
    std::function<QString()> m_currentTid;
    Actor m_actor;
    std::optional<CardTransaction> m_waitingCopy;
    std::optional<CardTransaction> m_last;
    QPushButton *m_copy = nullptr;
    QPushButton *m_reprintLast = nullptr;
    QLabel *m_voucherLabel = nullptr;
    QLineEdit *m_voucher = nullptr;
    QPushButton *m_reprintVoucher = nullptr;
    QPushButton *m_settlement = nullptr;
};

} // namespace posdesk::desktop
