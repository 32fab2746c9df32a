#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace posdesk::desktop {

// In demo mode: what the virtual receipt printer has printed (its decoded transcript, printer.txt), newest at the
// bottom, so that a slip can be seen without a real printer.
class PrintedSlipsDialog : public QDialog
{
    Q_OBJECT
public:
    PrintedSlipsDialog(const QString &transcriptPath, QWidget *parent = nullptr);

    // Reads the transcript again.
    void reload();
    QString shownText() const;

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();

    QString m_path;
    QLabel *m_where = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_close = nullptr;
    bool m_empty = true;
};

} // namespace posdesk::desktop
