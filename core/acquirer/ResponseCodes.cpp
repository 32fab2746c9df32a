#include "acquirer/ResponseCodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>

#include <map>

namespace posdesk {

QString ResponseCodeInfo::text(const QLocale &locale) const
{
    return locale.language() == QLocale::Chinese ? textZh : textEn;
}

ResponseCodeTable ResponseCodeTable::parse(const QString &dialect, const QString &tsv)
{
    ResponseCodeTable table;
    table.m_dialect = dialect;
    bool headerSeen = false;
    for (const QString &rawLine : tsv.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = rawLine.split(u'\t');
        if (!headerSeen) {
            headerSeen = true; // code category action incident zh en
            continue;
        }
        if (cols.size() < 6 || cols[0].trimmed().isEmpty())
            continue;
        ResponseCodeInfo info;
        info.code = cols[0].trimmed().toUpper();
        info.category = cols[1].trimmed().isEmpty() ? QChar() : cols[1].trimmed().at(0);
        info.action = cols[2].trimmed();
        const QString incident = cols[3].trimmed();
        info.incident = incident == u"open"     ? ResponseCodeInfo::Incident::Open
                        : incident == u"repeat" ? ResponseCodeInfo::Incident::Repeat
                                                : ResponseCodeInfo::Incident::No;
        info.textZh = cols[4].trimmed();
        info.textEn = cols[5].trimmed();
        table.m_codes.insert(info.code, info);
    }
    return table;
}

const ResponseCodeTable &ResponseCodeTable::forDialect(const QString &dialect)
{
    static QMutex mutex;
    static std::map<QString, ResponseCodeTable> tables;
    QMutexLocker lock(&mutex);
    auto it = tables.find(dialect);
    if (it == tables.end()) {
        QFile f(QStringLiteral(":/posdesk/response-codes/%1.tsv").arg(dialect));
        QString text;
        if (f.open(QIODevice::ReadOnly))
            text = QString::fromUtf8(f.readAll());
        it = tables.emplace(dialect, parse(dialect, text)).first;
    }
    return it->second;
}

std::optional<ResponseCodeInfo> ResponseCodeTable::lookup(const QString &code) const
{
    auto it = m_codes.constFind(code.toUpper());
    if (it == m_codes.constEnd())
        return std::nullopt;
    return *it;
}

QString ResponseCodeTable::describe(const QString &code, const QLocale &locale) const
{
    if (auto info = lookup(code))
        return code + u' ' + info->text(locale);
    // PosDesk's own alert codes, never a host's field 39: described here, kept out of the host's table.
    if (code == u"RV")
        return locale.language() == QLocale::Chinese
                   ? QStringLiteral("RV 主机拒绝冲正，顾客可能已被扣款")
                   : QStringLiteral("RV reversal refused by the host; the customer may have been charged");
    return QCoreApplication::translate("posdesk::ResponseCodeTable", "%1 (code not in the %2 table)")
        .arg(code, m_dialect);
}

} // namespace posdesk
