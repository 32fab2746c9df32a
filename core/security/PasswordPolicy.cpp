#include "security/PasswordPolicy.h"

#include "security/PasswordHasher.h"

#include <QCoreApplication>

namespace posdesk::PasswordPolicy {

int characterCount(const QString &password)
{
    const QString n = PasswordHasher::normalized(password);
    int count = 0;
    for (qsizetype i = 0; i < n.size(); ++i) {
        // A surrogate pair (emoji, rare CJK ideographs) is one character.
        if (n.at(i).isHighSurrogate() && i + 1 < n.size() && n.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

QString problem(const QString &username, const QString &password)
{
    const int length = characterCount(password);
    if (length < kMinimumLength)
        return QCoreApplication::translate("posdesk::PasswordPolicy",
                                           "The password has %1 characters; it needs at least %2. A short sentence "
                                           "is easy to remember and long enough.")
            .arg(length)
            .arg(kMinimumLength);
    if (PasswordHasher::normalized(password).compare(PasswordHasher::normalized(username), Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("posdesk::PasswordPolicy",
                                           "The password may not be the user name. Choose another password.");
    return {};
}

} // namespace posdesk::PasswordPolicy
