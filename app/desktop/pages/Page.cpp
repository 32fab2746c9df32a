#include "pages/Page.h"

#include <QLabel>

#include <QEvent>

namespace posdesk::desktop {

void Page::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void Page::showStatusLine(QLabel *label, const QString &text, bool error)
{
    label->setStyleSheet(error ? QStringLiteral("color: #b91c1c; font-weight: bold;")
                               : QStringLiteral("color: #14532d; font-weight: bold;"));
    label->setText(text);
}

} // namespace posdesk::desktop
