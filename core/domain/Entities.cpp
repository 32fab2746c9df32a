#include "domain/Entities.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace posdesk {

namespace {

template <typename E, std::size_t N> QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &s)
{
    for (const auto &[e, name] : table) {
        if (s == QLatin1String(name))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ChannelKind, const char *>, 3> kChannelKinds{{
    {ChannelKind::Bank, "bank"},
    {ChannelKind::PaymentCompany, "payment-company"},
    {ChannelKind::ServiceProvider, "service-provider"},
}};
constexpr std::array<std::pair<MacAlgorithm, const char *>, 3> kMacAlgorithms{{
    {MacAlgorithm::CupEcb, "cup-ecb"},
    {MacAlgorithm::X99, "x9.9"},
    {MacAlgorithm::X919, "x9.19"},
}};
constexpr std::array<std::pair<TerminalState, const char *>, 9> kTerminalStates{{
    {TerminalState::Applied, "applied"},
    {TerminalState::DocumentsSubmitted, "documents-submitted"},
    {TerminalState::Approved, "approved"},
    {TerminalState::KeysLoaded, "keys-loaded"},
    {TerminalState::SignedOn, "signed-on"},
    {TerminalState::Active, "active"},
    {TerminalState::Suspended, "suspended"},
    {TerminalState::Swapped, "swapped"},
    {TerminalState::Deregistered, "deregistered"},
}};
constexpr std::array<std::pair<TxnKind, const char *>, 4> kTxnKinds{{
    {TxnKind::Sale, "sale"},
    {TxnKind::Void, "void"},
    {TxnKind::Refund, "refund"},
    {TxnKind::Cash, "cash"},
}};
constexpr std::array<std::pair<TxnStatus, const char *>, 6> kTxnStatuses{{
    {TxnStatus::Pending, "pending"},
    {TxnStatus::Approved, "approved"},
    {TxnStatus::Declined, "declined"},
    {TxnStatus::InDoubt, "in-doubt"},
    {TxnStatus::Reversed, "reversed"},
    {TxnStatus::Voided, "voided"},
}};
constexpr std::array<std::pair<BatchState, const char *>, 4> kBatchStates{{
    {BatchState::Open, "open"},
    {BatchState::Settling, "settling"},
    {BatchState::HostSettled, "host-settled"},
    {BatchState::Closed, "closed"},
}};
constexpr std::array<std::pair<IncidentState, const char *>, 3> kIncidentStates{{
    {IncidentState::Open, "open"},
    {IncidentState::Escalated, "escalated"},
    {IncidentState::Resolved, "resolved"},
}};
constexpr std::array<std::pair<Role, const char *>, 3> kRoles{{
    {Role::Owner, "owner"},
    {Role::Cashier, "cashier"},
    {Role::Accountant, "accountant"},
}};

} // namespace

QString toKey(ChannelKind k)
{
    return nameOf(kChannelKinds, k);
}
std::optional<ChannelKind> channelKindFromString(const QString &s)
{
    return valueOf(kChannelKinds, s);
}
QString toKey(MacAlgorithm a)
{
    return nameOf(kMacAlgorithms, a);
}
std::optional<MacAlgorithm> macAlgorithmFromString(const QString &s)
{
    return valueOf(kMacAlgorithms, s);
}
QString toKey(TerminalState s)
{
    return nameOf(kTerminalStates, s);
}
std::optional<TerminalState> terminalStateFromString(const QString &s)
{
    return valueOf(kTerminalStates, s);
}
QString toKey(TxnKind k)
{
    return nameOf(kTxnKinds, k);
}
std::optional<TxnKind> txnKindFromString(const QString &s)
{
    return valueOf(kTxnKinds, s);
}
QString toKey(TxnStatus s)
{
    return nameOf(kTxnStatuses, s);
}
std::optional<TxnStatus> txnStatusFromString(const QString &s)
{
    return valueOf(kTxnStatuses, s);
}
QString toKey(BatchState s)
{
    return nameOf(kBatchStates, s);
}
std::optional<BatchState> batchStateFromString(const QString &s)
{
    return valueOf(kBatchStates, s);
}
QString toKey(IncidentState s)
{
    return nameOf(kIncidentStates, s);
}
std::optional<IncidentState> incidentStateFromString(const QString &s)
{
    return valueOf(kIncidentStates, s);
}
QString toKey(Role r)
{
    return nameOf(kRoles, r);
}
std::optional<Role> roleFromString(const QString &s)
{
    return valueOf(kRoles, s);
}

QString displayName(TerminalState s)
{
    switch (s) {
    case TerminalState::Applied:
        return QCoreApplication::translate("posdesk::TerminalState", "Applied");
    case TerminalState::DocumentsSubmitted:
        return QCoreApplication::translate("posdesk::TerminalState", "Documents submitted");
    case TerminalState::Approved:
        return QCoreApplication::translate("posdesk::TerminalState", "Approved");
    case TerminalState::KeysLoaded:
        return QCoreApplication::translate("posdesk::TerminalState", "Keys loaded");
    case TerminalState::SignedOn:
        return QCoreApplication::translate("posdesk::TerminalState", "First sign-on done");
    case TerminalState::Active:
        return QCoreApplication::translate("posdesk::TerminalState", "Active");
    case TerminalState::Suspended:
        return QCoreApplication::translate("posdesk::TerminalState", "Suspended");
    case TerminalState::Swapped:
        return QCoreApplication::translate("posdesk::TerminalState", "Swapped");
    case TerminalState::Deregistered:
        return QCoreApplication::translate("posdesk::TerminalState", "Deregistered");
    }
    return {};
}

} // namespace posdesk
