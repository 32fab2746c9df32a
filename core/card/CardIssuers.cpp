#include "card/CardIssuers.h"

#include <QFile>
#include <QList>

#include <utility>

namespace posdesk::CardIssuers {

namespace {

struct Row
{
    QString prefix;
    Issuer issuer;
};

const QList<Row> &table()
{
    static const QList<Row> rows = [] {
        QList<Row> out;
        QFile f(QStringLiteral(":/posdesk/card-issuers/bins.tsv"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray &raw : f.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList cells = line.split(u'\t');
            if (cells.size() == 3)
                out.append({cells[0], {cells[1], cells[2]}});
        }
        return out;
    }();
    return rows;
}

} // namespace

Issuer forPan(const QString &maskedPan)
{
    const Row *best = nullptr;
    for (const Row &r : table())
        if (maskedPan.startsWith(r.prefix) && (!best || r.prefix.size() > best->prefix.size()))
            best = &r;
    return best ? best->issuer : Issuer{};
}

} // namespace posdesk::CardIssuers
