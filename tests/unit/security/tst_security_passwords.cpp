#include "security/PasswordHasher.h"
#include "security/PasswordPolicy.h"

#include <QTest>

#include <sodium.h>

using namespace posdesk;

// argon2id hashing and the password policy, without a database.
class TestPasswords : public QObject
{
    Q_OBJECT

private slots:
    void hashIsArgon2idAndVerifies()
    {
        const QString password = QStringLiteral("correct horse battery staple");
        auto h = PasswordHasher::hash(password);
        QVERIFY(h.ok());
        QVERIFY2(h->startsWith(QStringLiteral("$argon2id$")), qPrintable(*h));
        QVERIFY(!h->contains(password));
        QVERIFY(PasswordHasher::verify(*h, password));
        QVERIFY(!PasswordHasher::verify(*h, QStringLiteral("correct horse battery stapler")));
        QVERIFY(!PasswordHasher::needsRehash(*h));
        // Salted: the same password twice gives two different hashes.
        auto again = PasswordHasher::hash(password);
        QVERIFY(again.ok());
        QVERIFY(*again != *h);
        QVERIFY(PasswordHasher::verify(*again, password));
    }

    void garbageHashNeverVerifies()
    {
        QVERIFY(!PasswordHasher::verify(QString(), QString()));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("plain text"), QStringLiteral("plain text")));
        QVERIFY(PasswordHasher::needsRehash(QStringLiteral("$2y$10$bcrypt-looking")));
    }

    void weakerParametersNeedRehash()
    {
        QVERIFY(sodium_init() >= 0);
        char out[crypto_pwhash_STRBYTES];
        QCOMPARE(crypto_pwhash_str(out, "password1234", 12, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN), 0);
        const QString weak = QString::fromLatin1(out);
        QVERIFY(PasswordHasher::verify(weak, QStringLiteral("password1234"))); // still accepted…
        QVERIFY(PasswordHasher::needsRehash(weak));                            // …but due for a new hash
    }

    void normalisedBeforeHashing()
    {
        // Full-width digits from a Chinese input method are the same password as ASCII digits.
        auto h = PasswordHasher::hash(QStringLiteral("till password 2026"));
        QVERIFY(h.ok());
        QVERIFY(PasswordHasher::verify(*h, QStringLiteral("till password ２０２６")));
    }

    void length_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("characters");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("11 ASCII") << QStringLiteral("abcdefghijk") << 11 << false;
        QTest::newRow("12 ASCII") << QStringLiteral("abcdefghijkl") << 12 << true;
        // 11 CJK characters are 33 UTF-8 bytes: still too short.
        QTest::newRow("11 CJK") << QStringLiteral("静安街角便利店收银台") + QStringLiteral("一") << 11 << false;
        QTest::newRow("12 CJK") << QStringLiteral("静安街角便利店收银台一号") << 12 << true;
        // Characters outside the BMP are two UTF-16 units each but one character.
        QTest::newRow("11 emoji") << QString(11, u'x').replace(u'x', QStringLiteral("\U0001F600")) << 11 << false;
        QTest::newRow("6 emoji + 6 CJK") << QString(6, u'x').replace(u'x', QStringLiteral("\U0001F600")) +
                                                QStringLiteral("静安街角便利")
                                         << 12 << true;
        QTest::newRow("empty") << QString() << 0 << false;
    }
    void length()
    {
        QFETCH(QString, password);
        QFETCH(int, characters);
        QFETCH(bool, accepted);
        QCOMPARE(PasswordPolicy::characterCount(password), characters);
        const QString problem = PasswordPolicy::problem(QStringLiteral("li.wei"), password);
        QCOMPARE(problem.isEmpty(), accepted);
        if (!accepted)
            QVERIFY2(problem.contains(QStringLiteral("12")), qPrintable(problem));
    }

    void notTheUsername()
    {
        QVERIFY(!PasswordPolicy::problem(QStringLiteral("cashier.front1"), QStringLiteral("cashier.front1")).isEmpty());
        QVERIFY(!PasswordPolicy::problem(QStringLiteral("cashier.front1"), QStringLiteral("Cashier.Front1")).isEmpty());
        QVERIFY(PasswordPolicy::problem(QStringLiteral("cashier.front1"), QStringLiteral("cashier.front12")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPasswords)
#include "tst_security_passwords.moc"
