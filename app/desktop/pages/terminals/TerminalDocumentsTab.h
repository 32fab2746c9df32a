#pragma once

#include "pages/terminals/TerminalTab.h"

class QComboBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace posdesk::desktop {

// The enrolment paperwork of a terminal: each document with its status, the file kept in the data folder with its
// SHA-256, a form to add one and a way to change a document's status as the acquirer answers.
class TerminalDocumentsTab : public TerminalTab
{
    Q_OBJECT
public:
    explicit TerminalDocumentsTab(AppSession &session, QWidget *parent = nullptr);
    QString title() const override;

    bool addDocument();
    bool setSelectedStatus();

protected:
    void retranslate() override;
    void reload() override;
    void updateEditing() override;

private:
    void chooseFile();
    // The banner over the table: which papers the acquirer still waits for, or that none is missing.
    void showOutstanding();
    static void fillKeys(QComboBox *box, const QStringList &keys, QString (*name)(const QString &));

    QLabel *m_outstanding = nullptr;
    QStringList m_outstandingKinds;
    QTableWidget *m_table = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_newStatus = nullptr;
    QPushButton *m_applyStatus = nullptr;
    QGroupBox *m_addBox = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_addStatusLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_addStatus = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace posdesk::desktop
