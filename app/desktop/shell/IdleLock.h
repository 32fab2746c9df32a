#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace posdesk::desktop {

// Locks the desktop after a pause without keyboard or mouse input (PCI DSS 8.2.8; the minutes come from
// UserService). Watches input application-wide through an event filter; checks the clock on a coarse timer
// rather than restarting a timer on every mouse move.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(QObject *parent = nullptr);

    void setTimeoutMs(qint64 ms);
    qint64 timeoutMs() const { return m_timeoutMs; }
    // Armed while someone is signed in; disarmed while the sign-in dialog is up.
    void arm();
    void disarm();
    bool isArmed() const { return m_check.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    QTimer m_check;
    QElapsedTimer m_sinceInput;
    qint64 m_timeoutMs = 15 * 60 * 1000;
};

} // namespace posdesk::desktop
