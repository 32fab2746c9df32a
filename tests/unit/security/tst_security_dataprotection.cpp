#include "security/DataProtection.h"
#include "security/Hardening.h"
#include "security/KeyFile.h"
#include "security/KeyStore.h"
#include "security/PanProtector.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#endif

using namespace posdesk;

namespace {

DataProtection::Options fileOptions(const QTemporaryDir &dir)
{
    DataProtection::Options o;
    o.backend = DataProtection::Backend::FileOnly;
    o.keyFilePath = dir.filePath(QStringLiteral("posdesk.db.key"));
    return o;
}

#ifdef Q_OS_UNIX
unsigned modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 07777;
    return st.st_mode & 07777;
}
#endif

} // namespace

// The data-protection key file, encryption under it, PAN masking and HMAC, and key check values.
class TestDataProtection : public QObject
{
    Q_OBJECT

private slots:
    void keyFileIsCreated0600AndReused()
    {
        QTemporaryDir dir;
        // Even with a permissive umask the file must come out 0600.
#ifdef Q_OS_UNIX
        const mode_t old = ::umask(0);
#endif
        auto dp = DataProtection::open(fileOptions(dir));
#ifdef Q_OS_UNIX
        ::umask(old);
#endif
        QVERIFY2(dp.ok(), qPrintable(dp.ok() ? QString() : dp.error().fullText()));
        QCOMPARE((*dp)->source(), DataProtection::Source::KeyFile);
        const QString path = fileOptions(dir).keyFilePath;
        QCOMPARE(QFile(path).size(), qint64(32));
#ifdef Q_OS_UNIX
        QCOMPARE(modeOf(path), 0600u);
#endif
        // Opening again reads the same key rather than making a new one.
        auto again = DataProtection::open(fileOptions(dir));
        QVERIFY(again.ok());
        QCOMPARE((*again)->keyId(), (*dp)->keyId());
        auto sealed = (*dp)->encrypt("secret", "ctx");
        QVERIFY(sealed.ok());
        auto opened = (*again)->decrypt(*sealed, "ctx");
        QVERIFY(opened.ok());
        QVERIFY(opened->equals("secret"));
    }

#ifdef Q_OS_LINUX
    // Headless CI has no keychain service: Auto must fall back to the key file, quickly and without an error.
    void autoFallsBackToTheKeyFileWithoutAKeychain()
    {
        // A bus address that leads nowhere, so a developer's real keychain is never touched.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/posdesk-test-bus");
        QTemporaryDir dir;
        DataProtection::Options o = fileOptions(dir);
        o.backend = DataProtection::Backend::Auto;
        o.keychainEntry = QStringLiteral("posdesk test entry");
        QElapsedTimer timer;
        timer.start();
        auto dp = DataProtection::open(o);
        QVERIFY2(dp.ok(), qPrintable(dp.ok() ? QString() : dp.error().fullText()));
        QCOMPARE((*dp)->source(), DataProtection::Source::KeyFile);
        QVERIFY(QFile::exists(o.keyFilePath));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }
#endif

#ifdef Q_OS_UNIX
    void groupOrWorldReadableKeyFileIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0644") << 0644;
        QTest::newRow("0640") << 0640;
        QTest::newRow("0604") << 0604;
        QTest::newRow("0620") << 0620;
    }
    void groupOrWorldReadableKeyFileIsRefused()
    {
        QFETCH(int, mode);
        QTemporaryDir dir;
        auto dp = DataProtection::open(fileOptions(dir));
        QVERIFY(dp.ok());
        const QString path = fileOptions(dir).keyFilePath;
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
        auto refused = DataProtection::open(fileOptions(dir));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
        QVERIFY2(refused.error().message.contains(path), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QStringLiteral("chmod 600")), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QStringLiteral("0%1").arg(mode, 0, 8)),
                 qPrintable(refused.error().message));
        // Nothing was "repaired" behind the user's back.
        QCOMPARE(modeOf(path), unsigned(mode));
    }
#endif

    void damagedKeyFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = fileOptions(dir).keyFilePath;
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("too short");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        auto dp = DataProtection::open(fileOptions(dir));
        QVERIFY(!dp.ok());
        QCOMPARE(dp.error().kind, ErrorKind::Corrupt);
    }

    void twoCreatorsEndUpWithOneKey()
    {
        QTemporaryDir dir;
        const QString path = fileOptions(dir).keyFilePath;
        SecureBuffer first(32), second(32);
        randombytes_buf(first.data(), 32);
        randombytes_buf(second.data(), 32);
        auto a = KeyFile::create(path, first);
        auto b = KeyFile::create(path, second); // loses the race: gets the first key back
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->equals(first.view()));
        QVERIFY(b->equals(first.view()));
    }

    void ciphertextIsBoundToItsContext()
    {
        QTemporaryDir dir;
        auto dp = DataProtection::open(fileOptions(dir));
        QVERIFY(dp.ok());
        const QByteArray clear = QByteArray::fromHex("0123456789ABCDEFFEDCBA9876543210");
        auto sealed = (*dp)->encrypt(clear, "terminal 1|tmk");
        QVERIFY(sealed.ok());
        QVERIFY(!sealed->contains(clear));
        QCOMPARE(sealed->size(), 1 + 24 + clear.size() + 16);
        // Random nonce: the same key twice gives two ciphertexts.
        QVERIFY(*(*dp)->encrypt(clear, "terminal 1|tmk") != *sealed);
        QVERIFY((*dp)->decrypt(*sealed, "terminal 1|tmk")->equals(clear));
        // Another terminal or kind: refused.
        auto moved = (*dp)->decrypt(*sealed, "terminal 2|tmk");
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().kind, ErrorKind::Corrupt);
        QVERIFY(!(*dp)->decrypt(*sealed, "terminal 1|tpk").ok());
        // Any flipped bit: refused.
        for (qsizetype i = 0; i < sealed->size(); ++i) {
            QByteArray tampered = *sealed;
            tampered[i] = char(tampered[i] ^ 0x01);
            QVERIFY2(!(*dp)->decrypt(tampered, "terminal 1|tmk").ok(), qPrintable(QString::number(i)));
        }
        QVERIFY(!(*dp)->decrypt(sealed->left(20), "terminal 1|tmk").ok());
        // Another data-protection key: refused.
        SecureBuffer other(32);
        randombytes_buf(other.data(), 32);
        auto foreign = DataProtection::fromKey(std::move(other));
        QVERIFY(!foreign->decrypt(*sealed, "terminal 1|tmk").ok());
        QVERIFY(foreign->keyId() != (*dp)->keyId());
    }

    void panMask_data()
    {
        QTest::addColumn<QString>("pan");
        QTest::addColumn<QString>("masked");
        QTest::newRow("16 digits") << QStringLiteral("6222020200112233445") << QStringLiteral("622202*********3445");
        QTest::newRow("16 UnionPay") << QStringLiteral("6212345678901234") << QStringLiteral("621234******1234");
        QTest::newRow("13 digits") << QStringLiteral("4111111111119") << QStringLiteral("411111***1119");
        QTest::newRow("too short") << QStringLiteral("12345678901") << QStringLiteral("***********");
        QTest::newRow("track data") << QStringLiteral("6212345678901234=2512")
                                    << QStringLiteral("*********************");
        QTest::newRow("empty") << QString() << QString();
    }
    void panMask()
    {
        QFETCH(QString, pan);
        QFETCH(QString, masked);
        QCOMPARE(PanProtector::mask(pan), masked);
    }

    void panHmacIsKeyedAndStable()
    {
        QTemporaryDir dir;
        auto dp = DataProtection::open(fileOptions(dir));
        QVERIFY(dp.ok());
        const PanProtector pans(**dp);
        const QString pan = QStringLiteral("6212345678901234");
        auto a = pans.protect(pan);
        QVERIFY(a.ok());
        QCOMPARE(a->masked, QStringLiteral("621234******1234"));
        QCOMPARE(a->hmac.size(), 32);
        QCOMPARE(*pans.hmac(pan), a->hmac);                      // same PAN, same key: matches
        QCOMPARE(*pans.hmacDigits("6212345678901234"), a->hmac); // from a card buffer: the same value
        QVERIFY(!pans.hmacDigits("6212 3456 7890 1234").ok());
        QVERIFY(*pans.hmac(QStringLiteral("6212345678901235")) != a->hmac);
        // Not a bare SHA-256 of the PAN (which anyone could compute over all PANs of a BIN).
        QByteArray unkeyed(crypto_hash_sha256_BYTES, Qt::Uninitialized);
        const QByteArray digits = pan.toLatin1();
        crypto_hash_sha256(reinterpret_cast<unsigned char *>(unkeyed.data()),
                           reinterpret_cast<const unsigned char *>(digits.constData()), std::size_t(digits.size()));
        QVERIFY(a->hmac != unkeyed);
        // Under another key the same PAN gives another HMAC.
        SecureBuffer other(32);
        randombytes_buf(other.data(), 32);
        auto foreign = DataProtection::fromKey(std::move(other));
        QVERIFY(*PanProtector(*foreign).hmac(pan) != a->hmac);
        // Rejected input is not echoed.
        auto bad = pans.hmac(QStringLiteral("6212345678901234=2512101"));
        QVERIFY(!bad.ok());
        QVERIFY(!bad.error().message.contains(QStringLiteral("6212")));
    }

    void checkValues_data()
    {
        // Verified with: printf '\0\0\0\0\0\0\0\0' | openssl enc -des-ede3 -K <key as 24 bytes> -nopad | xxd -p
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("kcv");
        QTest::newRow("double length") << QStringLiteral("0123456789ABCDEFFEDCBA9876543210")
                                       << QStringLiteral("08D7B4FB");
        QTest::newRow("lower-case hex") << QStringLiteral("0123456789abcdeffedcba9876543210")
                                        << QStringLiteral("08D7B4FB");
        QTest::newRow("triple length") << QStringLiteral("0123456789ABCDEFFEDCBA987654321089ABCDEF01234567")
                                       << QStringLiteral("3FD539E3");
        QTest::newRow("K1 K2") << QStringLiteral("11111111111111112222222222222222") << QStringLiteral("D2B91CC5");
    }
    void checkValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, kcv);
        auto parsed = KeyStore::parseHexKey(key);
        QVERIFY(parsed.ok());
        auto value = KeyStore::checkValue(*parsed);
        QVERIFY2(value.ok(), qPrintable(value.ok() ? QString() : value.error().fullText()));
        QCOMPARE(*value, kcv);
    }

    void badHexIsRefusedWithoutEcho()
    {
        auto odd = KeyStore::parseHexKey(QStringLiteral("0123456789ABCDEFFEDCBA987654321"));
        QVERIFY(!odd.ok());
        auto notHex = KeyStore::parseHexKey(QStringLiteral("0123456789ABCDEFFEDCBA98765432XY"));
        QVERIFY(!notHex.ok());
        QCOMPARE(notHex.error().kind, ErrorKind::Usage);
        QVERIFY(!notHex.error().message.contains(QStringLiteral("0123")));
        QVERIFY(notHex.error().message.contains(QStringLiteral("31")));
    }

    void secureBufferWipesAndMoves()
    {
        SecureBuffer a(QByteArrayView("key material"));
        QCOMPARE(a.size(), std::size_t(12));
        SecureBuffer b = std::move(a);
        QVERIFY(a.isEmpty());
        QVERIFY(b.equals("key material"));
        QVERIFY(!b.equals("key materiaL"));
        b.clear();
        QVERIFY(b.isEmpty());
    }

    void hardenedProcessHasNoCoreDumps()
    {
        hardenProcess();
#ifdef Q_OS_LINUX
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        struct rlimit core = {};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
#endif
    }
};

QTEST_GUILESS_MAIN(TestDataProtection)
#include "tst_security_dataprotection.moc"
