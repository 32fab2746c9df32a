#pragma once

#include <QString>

namespace posdesk::desktop {

// Where a report is saved and under which name: the default folder, the formats a file name's extension asks for,
// and names that carry the right extension (never "x.pdf.xlsx").
namespace ReportFileName {

// The user's documents folder, or the home folder where there is none.
QString defaultFolder();
// Makes sure `folder` exists when it is the default one (created if missing); false when it cannot be made.
bool ensureDefaultFolder(const QString &folder);
// "csv", "xlsx" or "pdf" when the name ends in one of them (any case), else empty.
QString formatOf(const QString &path);
// The path with its known extension replaced by `format`, or `format` appended when it has none of them.
QString withFormat(const QString &path, const QString &format);

} // namespace ReportFileName
} // namespace posdesk::desktop
