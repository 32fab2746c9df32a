#pragma once

#include "security/Actor.h"

#include <QWizard>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace posdesk::desktop {

class AcquirerForm;
class AppSession;
class MerchantForm;
class Language;

// The first start on a real shop's empty database: the owner's account, the merchant, the acquirer profile, the
// first terminal and (optionally) the receipt printer and card reader. Everything is recorded at the end, through
// the same services as the CLI; a step that fails says why and can be retried without repeating what succeeded.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        OwnerPage,
        MerchantPage,
        AcquirerPage,
        TerminalPage,
        DevicesPage
    };

    FirstRunWizard(AppSession &session, Language &language, QWidget *parent = nullptr);

    // True when the database has no user yet, so the shop needs this wizard before anyone can sign in.
    static bool isNeeded(AppSession &session);
    QString ownerName() const;

protected:
    bool validateCurrentPage() override;
    void changeEvent(QEvent *e) override;

private:
    void retranslate();
    bool recordAll();
    QString ownerProblem() const;
    QString merchantProblem() const;
    QString acquirerProblem() const;
    QString terminalProblem() const;
    bool check(QLabel *error, const QString &problem);

    AppSession &m_session;
    Language &m_language;
    // What is already recorded, so that a retry after a failure does not repeat it.
    bool m_ownerDone = false;
    bool m_merchantDone = false;
    bool m_acquirerDone = false;
    bool m_terminalDone = false;
    bool m_devicesDone = false;

    QFormLayout *m_ownerForm = nullptr;
    QFormLayout *m_merchantForm = nullptr;
    QFormLayout *m_acquirerForm = nullptr;
    QFormLayout *m_terminalForm = nullptr;
    QFormLayout *m_devicesForm = nullptr;
    QComboBox *m_languageBox = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_password2 = nullptr;
    QLabel *m_ownerError = nullptr;
    MerchantForm *m_merchant = nullptr;
    QLabel *m_merchantError = nullptr;
    AcquirerForm *m_acquirer = nullptr;
    QLabel *m_acquirerError = nullptr;
    QLineEdit *m_tid = nullptr;
    QLineEdit *m_serial = nullptr;
    QLineEdit *m_brand = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_location = nullptr;
    QLabel *m_terminalError = nullptr;
    QLabel *m_devicesHint = nullptr;
    QLineEdit *m_printer = nullptr;
    QLineEdit *m_reader = nullptr;
    QLabel *m_devicesError = nullptr;
};

} // namespace posdesk::desktop
