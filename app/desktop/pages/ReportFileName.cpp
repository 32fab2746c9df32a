#include "pages/ReportFileName.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace posdesk::desktop::ReportFileName {

QString defaultFolder()
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return docs.isEmpty() ? QDir::homePath() : docs;
}

bool ensureDefaultFolder(const QString &folder)
{
    if (QDir(folder).exists())
        return true;
    if (QDir::cleanPath(QFileInfo(folder).absoluteFilePath()) !=
        QDir::cleanPath(QFileInfo(defaultFolder()).absoluteFilePath()))
        return false; // a folder the user typed is theirs to create
    return QDir().mkpath(folder);
}

QString formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const char *f : {"csv", "xlsx", "pdf"}) {
        if (suffix == QLatin1String(f))
            return suffix;
    }
    return {};
}

QString withFormat(const QString &path, const QString &format)
{
    if (formatOf(path).isEmpty())
        return path + u'.' + format;
    const qsizetype dot = path.lastIndexOf(u'.');
    return path.left(dot + 1) + format;
}

} // namespace posdesk::desktop::ReportFileName
