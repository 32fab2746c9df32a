#include "LinkSupport.h"

#include "acquirer/KeyStoreVault.h"
#include "card/PinEntry.h"
#include "manager/PinPadDevice.h"
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
    // A PIN pad configured under Devices serves every terminal whose keys it holds; without one (or when it does
    // not answer) those terminals say so and the others work as before.
    DeviceStore devices(**db, ctx.clock());
    if (auto pad = configuredPinPad(devices); pad) {
        if (auto opened = openPinPad(*pad); opened) {
            s->m_pinPad = std::move(*opened);
            s->m_acquirer->setPinPad(s->m_pinPad.get());
        } else {
            s->m_padError = opened.error();
        }
    } else if (pad.error().kind != ErrorKind::NotFound) {
        s->m_padError = pad.error();
    }
    return s;
}

LinkServices::~LinkServices() = default;

} // namespace posdesk::cli
