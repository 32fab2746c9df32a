#pragma once

#include "acquirer/AcquirerService.h"
#include "acquirer/IcParameters.h"

namespace posdesk {

struct IcDownloadOutcome
{
    int caKeys = 0;      // stored
    int aids = 0;        // stored
    QStringList refused; // keys refused (bad checksum, expired), by RID/index, for the log and the owner
};

// The IC key and parameter download of one terminal (shared/reference/cup-ic.md): 0820 status queries (60.3 = 372,
// 382) list what the host has, one 0800 per item fetches it (370, 380), 0800 371 / 381 end each part. Keys are
// checked (checksum, expiry) before they are kept; the acquirer's stored set is replaced only when both parts came
// through, in one unit of work. Runs at first sign-on, on the host header's request and from
// `posdesk-cli ic download`.
class IcDownload
{
public:
    using Done = AcquirerService::Done<IcDownloadOutcome>;

    explicit IcDownload(AcquirerService &link) : m_link(link) {}
    void run(const Actor &actor, const QString &tid, Done done);

    // Longest list the terminal follows (pages of status answers) before it calls the host's answer malformed.
    static constexpr int kMaxEntries = 64;

private:
    struct Job;
    void exchange(std::shared_ptr<Job> job, const char *mti, const char *networkCode, QByteArray field62,
                  std::function<void(Result<QByteArray>)> next);
    void listNext(std::shared_ptr<Job> job, bool keys);
    void fetchNext(std::shared_ptr<Job> job, bool keys, int i);
    void finish(std::shared_ptr<Job> job);

    AcquirerService &m_link;
};

} // namespace posdesk
