#include "GuiShop.h"

#include "pages/SettingsPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QMap>
#include <QMessageBox>

using namespace posdesk;
using namespace posdesk::desktop;

// Switching the language at run time: every open screen follows at once, no restart, and the choice is kept.
class TestGuiLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<test::GuiShop> m_shop;

    static void choose(QComboBox *box, Language::Choice choice) { test::chooseWithKeyboard(box, int(choice)); }

private slots:
    void initTestCase() { test::GuiShop::isolateSettings(m_settings.path()); }

    // Qt's own words (standard buttons, file dialogs) follow the language too: qtbase_zh_CN is loaded.
    void qtsOwnDialogsSpeakChinese()
    {
        m_shop->language().apply(Language::Choice::Chinese);
        QVERIFY2(m_shop->language().qtTranslationLoaded(), "qtbase_zh_CN.qm not found: install qt6-translations-l10n");
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
        QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), QStringLiteral("保存"));
        QCOMPARE(QCoreApplication::translate("QFileDialog", "Files of type:"), QStringLiteral("文件类型："));
        m_shop->language().apply(Language::Choice::English);
        QDialogButtonBox english(QDialogButtonBox::Cancel);
        QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    }

    void init()
    {
        m_shop = std::make_unique<test::GuiShop>();
        QVERIFY(m_shop->start());
    }
    void cleanup() { m_shop.reset(); }

    // Alt+letter in Settings reaches one field each: no two labels share a mnemonic.
    void settingsMnemonicsAreDistinct()
    {
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
        QVERIFY(m_shop->open(QStringLiteral("settings")));
        QWidget *page = m_shop->window()->page(QStringLiteral("settings"));
        QMap<QChar, QString> seen;
        int withMnemonic = 0;
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->buddy())
                continue;
            const QString text = label->text();
            const qsizetype amp = QString(text).replace(QStringLiteral("&&"), QStringLiteral("__")).indexOf(u'&');
            if (amp < 0 || amp + 1 >= text.size())
                continue;
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(!seen.contains(key), qPrintable(seen.value(key) + QStringLiteral(" and ") + text));
            seen.insert(key, text);
            ++withMnemonic;
        }
        QVERIFY(withMnemonic >= 2); // the language and the idle lock at least
    }

    void settingsSwitchesToChineseAndBack()
    {
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
        m_shop->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_shop->window()));
        QCOMPARE(m_shop->navText(QStringLiteral("till")), QStringLiteral("Till"));
        auto *lock = m_shop->window()->findChild<QPushButton *>(QStringLiteral("lockButton"));
        QCOMPARE(lock->text(), QStringLiteral("Lock"));

        QVERIFY(m_shop->open(QStringLiteral("settings")));
        auto *box = m_shop->window()
                        ->page(QStringLiteral("settings"))
                        ->findChild<QComboBox *>(QStringLiteral("languageChoice"));
        choose(box, Language::Choice::Chinese);

        QCOMPARE(m_shop->language().activeCode(), QStringLiteral("zh_CN"));
        // Qt posts LanguageChange to every window; the screens retranslate as soon as the event loop turns.
        QTRY_COMPARE(m_shop->navText(QStringLiteral("till")), QStringLiteral("收银台"));
        QCOMPARE(m_shop->navText(QStringLiteral("settlement")), QStringLiteral("结算"));
        QCOMPARE(lock->text(), QStringLiteral("锁屏"));
        // A result already on screen is drawn again in the new language, not left in the old one.
        auto *tillResult =
            m_shop->window()->page(QStringLiteral("till"))->findChild<QLabel *>(QStringLiteral("resultTitle"));
        QVERIFY(tillResult);
        QCOMPARE(tillResult->text(), QStringLiteral("就绪"));
        QCOMPARE(m_shop->window()->windowTitle(), QStringLiteral("PosDesk — 演示商店"));
        // Still on the settings page, and the page itself speaks Chinese.
        QCOMPARE(m_shop->window()->currentPage(), QStringLiteral("settings"));
        QCOMPARE(m_shop->window()->page(QStringLiteral("settings"))->title(), QStringLiteral("设置"));
        // Core messages follow too: the response-code table picks the Chinese text for the new locale.
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        // The choice is remembered for the next start.
        QCOMPARE(Language::savedChoice(), Language::Choice::Chinese);

        choose(box, Language::Choice::English);
        QTRY_COMPARE(m_shop->navText(QStringLiteral("till")), QStringLiteral("Till"));
        QCOMPARE(lock->text(), QStringLiteral("Lock"));
        QCOMPARE(tillResult->text(), QStringLiteral("Ready"));
    }

    // The About box says what PosDesk is not: a certified EMV kernel (issue 15), in the language chosen.
    void aboutSaysWhatIsNotCertified()
    {
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
        QVERIFY(m_shop->open(QStringLiteral("settings")));
        choose(m_shop->window()
                   ->page(QStringLiteral("settings"))
                   ->findChild<QComboBox *>(QStringLiteral("languageChoice")),
               Language::Choice::Chinese);
        auto *about = m_shop->window()->findChild<QPushButton *>(QStringLiteral("aboutButton"));
        QVERIFY(about);
        QTRY_COMPARE(about->text(), QStringLiteral("关于"));
        QTest::mouseClick(about, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_shop->window()->findChild<QMessageBox *>(QStringLiteral("aboutBox"))) != nullptr);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->informativeText().contains(QStringLiteral("不是经过认证的 EMV 内核")),
                 qPrintable(box->informativeText()));
        if (const QString dir = qEnvironmentVariable("POSDESK_SHOT_DIR"); !dir.isEmpty())
            box->grab().save(QDir(dir).filePath(QStringLiteral("about-zh.png")));
        box->close();
        choose(m_shop->window()
                   ->page(QStringLiteral("settings"))
                   ->findChild<QComboBox *>(QStringLiteral("languageChoice")),
               Language::Choice::English);
        QTRY_COMPARE(about->text(), QStringLiteral("About"));
    }

    void signInDialogOffersTheLanguageBeforeSignIn()
    {
        auto *box = m_shop->login()->findChild<QComboBox *>(QStringLiteral("loginLanguage"));
        auto *signIn = m_shop->login()->findChild<QPushButton *>(QStringLiteral("signIn"));
        QCOMPARE(signIn->text(), QStringLiteral("Sign in"));
        choose(box, Language::Choice::Chinese);
        QTRY_COMPARE(signIn->text(), QStringLiteral("登录"));
        // A wrong password is explained in the chosen language (the message comes from the core).
        m_shop->typeCredentials(QStringLiteral("owner"), QStringLiteral("not-the-password-1"));
        QCOMPARE(m_shop->login()->findChild<QLabel *>(QStringLiteral("loginError"))->text(),
                 QStringLiteral("用户名或密码错误，或账户因连续 6 次登录失败已被锁定（30 分钟）。请检查后稍后再试，或请"
                                "店主重设密码。"));
        QVERIFY(m_shop->signIn(DemoUsers::kOwner, DemoUsers::kOwnerPassword));
        QTRY_COMPARE(m_shop->navText(QStringLiteral("dashboard")), QStringLiteral("总览"));
    }
};

QTEST_MAIN(TestGuiLanguage)
#include "tst_gui_language.moc"
