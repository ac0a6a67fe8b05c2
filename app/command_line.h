#pragma once

#include "util/result.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace agglomap::app {

// Parsed "agglomap render" options.
struct RenderOptions {
    QString plan = QStringLiteral("henan");
    int cityCode = 0; // 0: the whole province
    QString level = QStringLiteral("city");
    QSize size{1600, 1200};
    int dpi = 150;
    QString output;
    QString mapsDirectory;
    QString language = QStringLiteral("zh");
};

[[nodiscard]] Result<RenderOptions> parseRenderOptions(const QStringList& arguments);
[[nodiscard]] QString renderUsage();

} // namespace agglomap::app
