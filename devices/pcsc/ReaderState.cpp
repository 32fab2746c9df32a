#include "pcsc/ReaderState.h"

#include <QCoreApplication>

#include <winscard.h>

namespace posdesk {

ReaderPresence presenceFromStateFlags(quint32 flags)
{
    if (flags & (SCARD_STATE_UNAVAILABLE | SCARD_STATE_UNKNOWN | SCARD_STATE_IGNORE))
        return ReaderPresence::Unavailable;
    if (flags & SCARD_STATE_PRESENT)
        return (flags & (SCARD_STATE_INUSE | SCARD_STATE_EXCLUSIVE)) ? ReaderPresence::InUse
                                                                     : ReaderPresence::CardPresent;
    if (flags & SCARD_STATE_EMPTY)
        return ReaderPresence::Empty;
    return ReaderPresence::Unavailable;
}

QString toKey(ReaderPresence presence)
{
    switch (presence) {
    case ReaderPresence::Empty:
        return QStringLiteral("empty");
    case ReaderPresence::CardPresent:
        return QStringLiteral("card-present");
    case ReaderPresence::InUse:
        return QStringLiteral("in-use");
    case ReaderPresence::Unavailable:
        break;
    }
    return QStringLiteral("unavailable");
}

QString describe(ReaderPresence presence)
{
    switch (presence) {
    case ReaderPresence::Empty:
        return QCoreApplication::translate("posdesk::ReaderState", "No card");
    case ReaderPresence::CardPresent:
        return QCoreApplication::translate("posdesk::ReaderState", "Card inserted");
    case ReaderPresence::InUse:
        return QCoreApplication::translate("posdesk::ReaderState", "Card in use");
    case ReaderPresence::Unavailable:
        break;
    }
    return QCoreApplication::translate("posdesk::ReaderState", "Reader unavailable");
}

} // namespace posdesk
