#include "widgets/help/bundled_provenance.h"

#include "io/maps_directory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace agglomap::widgets {

namespace {

struct BundledLayer {
    const char* name;
    const char* fileName;
};

constexpr BundledLayer kLayers[] = {
    {QT_TRANSLATE_NOOP("agglomap::widgets::AboutDialog", "Province outline"), "province.geojson"},
    {QT_TRANSLATE_NOOP("agglomap::widgets::AboutDialog", "Cities"), "cities.geojson"},
    {QT_TRANSLATE_NOOP("agglomap::widgets::AboutDialog", "Counties"), "counties.geojson"},
    {QT_TRANSLATE_NOOP("agglomap::widgets::AboutDialog", "Rivers"), "rivers.geojson"},
    {QT_TRANSLATE_NOOP("agglomap::widgets::AboutDialog", "Towns"), "towns.geojson"},
};

QJsonObject readPlanHeader(const QDir& province) {
    QFile file(province.filePath(QStringLiteral("plan/plan.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

QList<ProvinceProvenance> bundledProvenance(const QString& mapsDirectory) {
    const bool chinese = QLocale().language() == QLocale::Chinese;
    QList<ProvinceProvenance> provinces;
    for (const QString& key : io::bundledProvinceKeys()) {
        const auto folder = io::bundledProvinceDirectory(mapsDirectory, key);
        if (!folder) {
            continue;
        }
        const QDir dir(folder.value());
        const QJsonObject plan = readPlanHeader(dir);
        ProvinceProvenance province;
        province.key = key;
        province.planTitle =
            plan.value(chinese ? QLatin1String("title_zh") : QLatin1String("title_en")).toString();
        province.planSource = plan.value(QLatin1String("source")).toString();
        province.illustrative = plan.value(QLatin1String("illustrative")).toString();
        for (const BundledLayer& layer : kLayers) {
            const QString fileName = QString::fromLatin1(layer.fileName);
            province.layers.append(
                {QCoreApplication::translate("agglomap::widgets::AboutDialog", layer.name),
                 fileName, io::layerDescription(dir.filePath(fileName))});
        }
        provinces.append(province);
    }
    return provinces;
}

} // namespace agglomap::widgets
