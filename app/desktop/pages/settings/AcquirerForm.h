#pragma once

#include "domain/Entities.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace posdesk::desktop {

// The fields of an acquirer profile: name, channel kind, host, port, TPDU, MAC algorithm and the support contacts.
// Shared by the first-run wizard and Settings, so that both ask the same questions and check them the same way.
class AcquirerForm : public QWidget
{
    Q_OBJECT
public:
    explicit AcquirerForm(QWidget *parent = nullptr);

    // Shows a stored profile in the fields.
    void load(const Acquirer &a);
    // The profile `base` with the fields' values written in (what the form does not show is kept).
    Acquirer values(Acquirer base = {}) const;
    // What the acquirer would refuse (translated), empty when the fields can be stored.
    QString problem() const;
    void clear();

    // The names the form's choices go by, in the current language (for lists of profiles, too).
    static QString channelName(ChannelKind kind);
    static QString macName(MacAlgorithm mac);

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();

    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_tpdu = nullptr;
    QComboBox *m_mac = nullptr;
    QLineEdit *m_supportContact = nullptr;
    QLineEdit *m_supportPhone = nullptr;
    QLineEdit *m_supportEmail = nullptr;
};

// The fields of a merchant as the acquirer knows it: MID, name and English name.
class MerchantForm : public QWidget
{
    Q_OBJECT
public:
    explicit MerchantForm(QWidget *parent = nullptr);

    Merchant values() const;
    QString problem() const;
    void clear();

protected:
    void changeEvent(QEvent *e) override;

private:
    void retranslate();

    QFormLayout *m_form = nullptr;
    QLineEdit *m_mid = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameEn = nullptr;
};

// Form rows get their labels from a list, in order (labels are set again on each language change).
void setFormLabels(QFormLayout *form, const QStringList &labels);

} // namespace posdesk::desktop
