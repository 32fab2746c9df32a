#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace posdesk {

// What went wrong, in kinds a caller can act on; the CLI maps them to exit codes.
enum class ErrorKind
{
    Usage,       // the request itself is malformed (bad argument, bad format)
    NotFound,    // the named object does not exist
    Refused,     // valid request, refused by a rule (state, permission, duplicate)
    Declined,    // the acquirer or a device answered "no"
    Environment, // database, file, device or host unavailable or unusable
    Corrupt,     // stored or received bytes are malformed
    Internal,    // a bug: an invariant did not hold
};

// A typed error with a translated, human message that says what to do next.
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;
    QString detail; // technical detail (driver text, position), not translated

    Error() = default;
    Error(ErrorKind k, QString m, QString d = {}) : kind(k), message(std::move(m)), detail(std::move(d)) {}

    static Error usage(QString m, QString d = {}) { return {ErrorKind::Usage, std::move(m), std::move(d)}; }
    static Error notFound(QString m, QString d = {}) { return {ErrorKind::NotFound, std::move(m), std::move(d)}; }
    static Error refused(QString m, QString d = {}) { return {ErrorKind::Refused, std::move(m), std::move(d)}; }
    static Error declined(QString m, QString d = {}) { return {ErrorKind::Declined, std::move(m), std::move(d)}; }
    static Error environment(QString m, QString d = {}) { return {ErrorKind::Environment, std::move(m), std::move(d)}; }
    static Error corrupt(QString m, QString d = {}) { return {ErrorKind::Corrupt, std::move(m), std::move(d)}; }
    static Error internal(QString m, QString d = {}) { return {ErrorKind::Internal, std::move(m), std::move(d)}; }

    QString fullText() const { return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')'; }
};

// Either a value or an Error; nothing throws across a library boundary.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success carries nothing.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace posdesk
