#include "security/OsKeychain.h"

#include <QCoreApplication>

#ifdef POSDESK_HAVE_QTKEYCHAIN
#include <QEventLoop>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#endif

namespace posdesk::OsKeychain {

namespace {

#ifdef POSDESK_HAVE_QTKEYCHAIN
// Long enough for a person to answer the keychain's unlock prompt; a missing service fails at once.
constexpr int kTimeoutMs = 60000;

struct Outcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QByteArray data;
};

// QtKeychain is asynchronous; services here are synchronous, so wait in a local event loop. The job deletes
// itself when it finishes, even after a timeout, and writes into a shared outcome that outlives this call.
std::shared_ptr<Outcome> runJob(QKeychain::Job *job, bool isRead)
{
    auto outcome = std::make_shared<Outcome>();
    QEventLoop loop;
    QPointer<QEventLoop> loopGuard(&loop);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [outcome, loopGuard, isRead](QKeychain::Job *j) {
        outcome->finished = true;
        outcome->error = j->error();
        outcome->errorString = j->errorString();
        if (isRead && j->error() == QKeychain::NoError)
            outcome->data = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        if (loopGuard)
            loopGuard->quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!outcome->finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return outcome;
}

bool usable(QString *reason)
{
    // D-Bus replies need the application's event dispatcher on this thread.
    if (!QCoreApplication::instance()) {
        *reason = QStringLiteral("no QCoreApplication");
        return false;
    }
    if (QThread::currentThread() != QCoreApplication::instance()->thread()) {
        *reason = QStringLiteral("not on the main thread");
        return false;
    }
    return true;
}

bool isUnavailable(QKeychain::Error e)
{
    return e == QKeychain::NoBackendAvailable || e == QKeychain::NotImplemented || e == QKeychain::OtherError;
}
#endif

} // namespace

bool builtIn()
{
#ifdef POSDESK_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

Result<ReadResult> read(const QString &service, const QString &entry)
{
    ReadResult r;
#ifdef POSDESK_HAVE_QTKEYCHAIN
    if (!usable(&r.reason))
        return r;
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(entry);
    auto outcome = runJob(job, /*isRead=*/true);
    if (!outcome->finished) {
        r.reason = QStringLiteral("no answer from the keychain service");
        return r;
    }
    switch (outcome->error) {
    case QKeychain::NoError:
        r.state = State::Found;
        r.secret = SecureBuffer(QByteArrayView(outcome->data));
        // The QByteArray shares its buffer with the job's copy: wiping it through data() would only wipe a fresh
        // detached copy. Both are released with the job, right after this call.
        outcome->data.clear();
        return r;
    case QKeychain::EntryNotFound:
        r.state = State::Missing;
        return r;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::refused(QCoreApplication::translate(
                                  "posdesk::OsKeychain",
                                  "The operating system's keychain refused PosDesk access to its data-protection key. "
                                  "Unlock the keychain and allow PosDesk, then try again."),
                              outcome->errorString);
    default:
        if (isUnavailable(outcome->error)) {
            r.reason = outcome->errorString;
            return r;
        }
        return Error::environment(
            QCoreApplication::translate("posdesk::OsKeychain", "The operating system's keychain failed."),
            outcome->errorString);
    }
#else
    Q_UNUSED(service)
    Q_UNUSED(entry)
    r.reason = QStringLiteral("built without QtKeychain");
    return r;
#endif
}

Status write(const QString &service, const QString &entry, const SecureBuffer &secret)
{
#ifdef POSDESK_HAVE_QTKEYCHAIN
    QString reason;
    if (!usable(&reason))
        return Error::environment(
            QCoreApplication::translate("posdesk::OsKeychain", "The operating system's keychain is not available."),
            reason);
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(entry);
    // QtKeychain keeps this copy until the job is deleted (right after it finishes); it cannot be wiped from here.
    job->setBinaryData(QByteArray(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size())));
    auto outcome = runJob(job, /*isRead=*/false);
    if (!outcome->finished)
        return Error::environment(
            QCoreApplication::translate("posdesk::OsKeychain", "The operating system's keychain did not answer."));
    if (outcome->error != QKeychain::NoError)
        return Error::environment(
            QCoreApplication::translate("posdesk::OsKeychain",
                                        "Could not save the data-protection key in the operating system's keychain."),
            outcome->errorString);
    return {};
#else
    Q_UNUSED(service)
    Q_UNUSED(entry)
    Q_UNUSED(secret)
    return Error::environment(
        QCoreApplication::translate("posdesk::OsKeychain", "The operating system's keychain is not available."),
        QStringLiteral("built without QtKeychain"));
#endif
}

} // namespace posdesk::OsKeychain
