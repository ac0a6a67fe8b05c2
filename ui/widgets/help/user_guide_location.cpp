#include "widgets/help/user_guide_location.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace agglomap::widgets {

QString defaultDocsDirectory() {
    return QDir::cleanPath(QDir(QCoreApplication::applicationDirPath())
                               .filePath(QStringLiteral("../share/agglomap/docs")));
}

QString userGuideFile(const QString& docsDirectory, const QLocale& locale) {
    const QDir docs(docsDirectory);
    QStringList candidates;
    // The interface ships in Simplified Chinese only; a Traditional Chinese locale gets the
    // English interface, and so the English guide.
    if (locale.language() == QLocale::Chinese &&
        locale.script() != QLocale::TraditionalChineseScript) {
        candidates << QStringLiteral("user-guide.zh_CN.md");
    }
    candidates << QStringLiteral("user-guide.md");
    for (const QString& name : candidates) {
        if (QFileInfo(docs.filePath(name)).isFile()) {
            return QDir::cleanPath(QFileInfo(docs.filePath(name)).absoluteFilePath());
        }
    }
    return {};
}

} // namespace agglomap::widgets
