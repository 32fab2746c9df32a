#include "pages/Page.h"

#include <QEvent>

namespace posdesk::desktop {

void Page::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

} // namespace posdesk::desktop
