#include "LinkSupport.h"

#include "acquirer/KeyStoreVault.h"
#include "security/DataProtection.h"
#include "security/KeyStore.h"
#include "security/PanProtector.h"

namespace posdesk::cli {

Result<std::unique_ptr<LinkServices>> LinkServices::create(CliContext &ctx)
{
    auto db = ctx.database();
    if (!db)
        return db.error();
    auto protection = DataProtection::open(DataProtection::defaultOptions((*db)->config()));
    if (!protection)
        return protection.error();
    std::unique_ptr<LinkServices> s(new LinkServices);
    s->m_protection = std::move(*protection);
    s->m_pans = std::make_unique<PanProtector>(*s->m_protection);
    s->m_store = std::make_unique<KeyStore>(**db, ctx.clock(), *s->m_protection);
    s->m_keys = std::make_unique<KeyStoreVault>(*s->m_store);
    s->m_acquirer = std::make_unique<AcquirerService>(**db, ctx.clock(), *s->m_keys, *s->m_pans);
    s->m_settlement = std::make_unique<SettlementService>(*s->m_acquirer);
    s->m_incidents = std::make_unique<IncidentRecorder>(**db, ctx.clock());
    s->m_incidents->attach(*s->m_acquirer);
    s->m_remediation = std::make_unique<RemediationService>(*s->m_acquirer);
    return s;
}

LinkServices::~LinkServices() = default;

} // namespace posdesk::cli
