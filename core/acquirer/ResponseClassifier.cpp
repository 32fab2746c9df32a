#include "acquirer/ResponseClassifier.h"

#include "acquirer/ResponseCodes.h"

#include <QCoreApplication>

namespace posdesk::ResponseClassifier {

FinancialVerdict financial(const CupMessages::Reply &reply, std::int64_t requestedMinor, const QString &dialect)
{
    FinancialVerdict v;
    const auto info = ResponseCodeTable::forDialect(dialect).lookup(reply.responseCode);
    if (!info || !info->approved())
        return v; // declined (an unknown code is never read as an approval)
    if (reply.responseCode != u"10") {
        // A full approval may echo field 4; if it does, it must be the amount asked.
        if (reply.message.has(4) && reply.message.text(4).toLongLong() != requestedMinor)
            return {Financial::Ambiguous, 0,
                    QCoreApplication::translate("posdesk::ResponseClassifier",
                                                "The host approved a different amount (%1 fen) from the one asked "
                                                "(%2 fen).")
                        .arg(reply.message.text(4))
                        .arg(requestedMinor)};
        return {Financial::Approved, requestedMinor, {}};
    }
    bool ok = false;
    const QString field4 = reply.message.text(4);
    const std::int64_t approved = field4.size() == 12 ? field4.toLongLong(&ok) : 0;
    if (!ok || approved <= 0 || approved > requestedMinor)
        return {Financial::Ambiguous, 0,
                QCoreApplication::translate("posdesk::ResponseClassifier",
                                            "The host approved part of the amount but its answer does not say a "
                                            "usable amount (field 4: “%1”).")
                    .arg(field4)};
    return {approved == requestedMinor ? Financial::Approved : Financial::Partial, approved, {}};
}

Reversal reversal(const QString &code, const QString &dialect)
{
    if (code == u"00" || code == u"25")
        return Reversal::Done;
    if (forcesSignOn(code))
        return Reversal::Retry;
    const auto info = ResponseCodeTable::forDialect(dialect).lookup(code);
    if (!info)
        return Reversal::Final; // unknown: a person looks, nothing is guessed
    if (info->category == u'E' || info->action == u"retry-later")
        return Reversal::Retry;
    return Reversal::Final;
}

bool forcesSignOn(const QString &code)
{
    return code == u"A0" || code == u"99";
}

} // namespace posdesk::ResponseClassifier
