#include "shell/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace posdesk::desktop {

IdleLock::IdleLock(QObject *parent) : QObject(parent)
{
    connect(&m_check, &QTimer::timeout, this, &IdleLock::check);
    QCoreApplication::instance()->installEventFilter(this);
    m_sinceInput.start();
}

void IdleLock::setTimeoutMs(qint64 ms)
{
    m_timeoutMs = std::max<qint64>(ms, 10);
    // Precise to a twentieth of the timeout, at most 5 s late: good enough for a lock, cheap when idle.
    m_check.setInterval(int(std::clamp<qint64>(m_timeoutMs / 20, 5, 5000)));
}

void IdleLock::arm()
{
    setTimeoutMs(m_timeoutMs);
    m_sinceInput.restart();
    m_check.start();
}

void IdleLock::disarm()
{
    m_check.stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_sinceInput.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::check()
{
    if (m_sinceInput.elapsed() >= m_timeoutMs) {
        disarm();
        emit idle();
    }
}

} // namespace posdesk::desktop
