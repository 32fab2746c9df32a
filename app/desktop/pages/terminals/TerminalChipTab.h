#pragma once

#include "pages/terminals/TerminalTab.h"

class QTableWidget;

namespace posdesk::desktop {

// What the terminal's chip-card payments rest on: where its keys are (this PC or a slot of the PIN pad), its IC
// download (when, or owed), and the CA public keys and chip applications its acquirer sent. Read-only: the keys
// come from the host (ic download) and the PIN pad's key slot from the owner's key ceremony (pinpad load-tmk).
class TerminalChipTab : public TerminalTab
{
    Q_OBJECT
public:
    explicit TerminalChipTab(AppSession &session, QWidget *parent = nullptr);
    QString title() const override;

protected:
    void retranslate() override;
    void reload() override;

private:
    QLabel *m_keysLabel = nullptr;
    QLabel *m_downloadLabel = nullptr;
    QLabel *m_caHeading = nullptr;
    QTableWidget *m_caKeys = nullptr;
    QLabel *m_aidHeading = nullptr;
    QTableWidget *m_aids = nullptr;
};

} // namespace posdesk::desktop
