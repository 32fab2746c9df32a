#pragma once

#include <QString>

namespace posdesk {

// The rules a new password must meet (PCI DSS v4 req. 8.3.6 and 8.3.7). Reuse of recent passwords needs the
// stored history and is checked by UserService.
namespace PasswordPolicy {

constexpr int kMinimumLength = 12;
constexpr int kHistoryDepth = 4; // a new password may not equal any of the last four

// Characters as a person counts them (Unicode code points after normalisation), not bytes or UTF-16 units:
// 12 Chinese characters are 12 characters.
int characterCount(const QString &password);

// Empty when the password is acceptable for this user, else a translated reason that says what to do.
QString problem(const QString &username, const QString &password);

} // namespace PasswordPolicy
} // namespace posdesk
