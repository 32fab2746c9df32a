#pragma once

#include "CliContext.h"
#include "acquirer/AcquirerService.h"
#include "remediation/IncidentRecorder.h"
#include "remediation/RemediationService.h"
#include "settlement/SettlementService.h"
#include "util/WaitFor.h"

#include <QEventLoop>

#include <memory>
#include <optional>

namespace posdesk {
class DataProtection;
class KeyStore;
class PanProtector;
class PinEntryDevice;
} // namespace posdesk

namespace posdesk::cli {

// The acquirer link as the CLI uses it: services wired together over the command's database.
class LinkServices
{
public:
    static Result<std::unique_ptr<LinkServices>> create(CliContext &ctx);
    ~LinkServices();

    AcquirerService &acquirer() { return *m_acquirer; }
    SettlementService &settlement() { return *m_settlement; }
    RemediationService &remediation() { return *m_remediation; }
    // The till's PIN pad when one is configured and answers; null otherwise (padError() says why, if it failed).
    PinEntryDevice *pinPad() const { return m_pinPad.get(); }
    const std::optional<Error> &padError() const { return m_padError; }

private:
    LinkServices() = default;
    std::unique_ptr<DataProtection> m_protection;
    std::unique_ptr<PanProtector> m_pans;
    std::unique_ptr<KeyStore> m_store;
    std::unique_ptr<KeyVault> m_keys;
    std::unique_ptr<AcquirerService> m_acquirer;
    std::unique_ptr<SettlementService> m_settlement;
    std::unique_ptr<IncidentRecorder> m_incidents;
    std::unique_ptr<RemediationService> m_remediation;
    std::unique_ptr<PinEntryDevice> m_pinPad;
    std::optional<Error> m_padError;
};

} // namespace posdesk::cli
