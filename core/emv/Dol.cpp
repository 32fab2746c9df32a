#include "emv/Dol.h"

#include "emv/Tags.h"
#include "emv/Tlv.h"

#include <QCoreApplication>

namespace posdesk::emv {

Result<std::vector<DolEntry>> parseDol(QByteArrayView dol)
{
    std::vector<DolEntry> entries;
    qsizetype pos = 0;
    while (pos < dol.size()) {
        const qsizetype at = pos;
        quint32 t = static_cast<quint8>(dol[pos++]);
        if ((t & 0x1F) == 0x1F) {
            do {
                if (pos >= dol.size() || tagSize(t) == 3)
                    return Error::corrupt(
                        QCoreApplication::translate("posdesk::emv::Dol", "The chip card's data list is malformed."),
                        QStringLiteral("DOL tag cut short at byte %1").arg(at));
                t = (t << 8) | static_cast<quint8>(dol[pos]);
            } while (static_cast<quint8>(dol[pos++]) & 0x80);
        }
        if (pos >= dol.size())
            return Error::corrupt(
                QCoreApplication::translate("posdesk::emv::Dol", "The chip card's data list is malformed."),
                QStringLiteral("DOL length missing at byte %1").arg(pos));
        entries.push_back({t, static_cast<quint8>(dol[pos++])});
    }
    return entries;
}

int dolDataLength(const std::vector<DolEntry> &dol)
{
    int total = 0;
    for (const DolEntry &e : dol)
        total += e.length;
    return total;
}

QByteArray buildDolData(const std::vector<DolEntry> &dol, const DataStore &store)
{
    QByteArray out;
    for (const DolEntry &e : dol) {
        const QByteArrayView value = store.value(e.tag);
        const qsizetype n = value.size();
        // A constructed tag, or one the terminal does not have, is sent as zeros (Book 3, 5.4).
        if (n == 0 || isConstructedTag(e.tag)) {
            out.append(e.length, '\0');
            continue;
        }
        switch (tagFormat(e.tag)) {
        case TagFormat::Numeric:
            if (n >= e.length) {
                out.append(value.last(e.length));
            } else {
                out.append(e.length - n, '\0');
                out.append(value);
            }
            break;
        case TagFormat::Compressed:
            out.append(value.first(qMin<qsizetype>(n, e.length)));
            if (n < e.length)
                out.append(e.length - n, '\xFF');
            break;
        case TagFormat::Alpha:
        case TagFormat::Binary:
            out.append(value.first(qMin<qsizetype>(n, e.length)));
            if (n < e.length)
                out.append(e.length - n, '\0');
            break;
        }
    }
    return out;
}

} // namespace posdesk::emv
