#include "render/map_layers.h"

#include "util/enum_keys.h"

#include <QStringList>

#include <set>

namespace agglomap::render {

namespace {

constexpr EnumKeys<MapLayerId, 5> kLayerKeys{{
    {MapLayerId::Regions, "regions"},
    {MapLayerId::Rivers, "rivers"},
    {MapLayerId::Linkages, "linkages"},
    {MapLayerId::Districts, "districts"},
    {MapLayerId::Towns, "towns"},
}};

} // namespace

QString layerKey(MapLayerId id) {
    return keyOf(kLayerKeys, id);
}

std::optional<MapLayerId> layerFromKey(const QString& key) {
    return valueOf(kLayerKeys, key);
}

QString MapLayerStack::toText() const {
    QStringList parts;
    for (const MapLayerStyle& style : m_layers) {
        parts << QStringLiteral("%1:%2:%3")
                     .arg(layerKey(style.id))
                     .arg(style.visible ? 1 : 0)
                     .arg(style.opacity, 0, 'f', 2);
    }
    return parts.join(QLatin1Char(';'));
}

std::optional<MapLayerStack> MapLayerStack::fromText(const QString& text) {
    MapLayerStack stack;
    std::vector<MapLayerStyle> layers;
    std::set<MapLayerId> seen;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList fields = part.split(QLatin1Char(':'));
        if (fields.size() != 3) {
            return std::nullopt;
        }
        const auto id = layerFromKey(fields[0]);
        bool ok = false;
        const double opacity = fields[2].toDouble(&ok);
        if (!id || !ok || !seen.insert(*id).second) {
            return std::nullopt;
        }
        layers.push_back({*id, fields[1] == QLatin1String("1"), std::clamp(opacity, 0.0, 1.0)});
    }
    if (layers.size() != stack.m_layers.size()) {
        return std::nullopt;
    }
    stack.m_layers = std::move(layers);
    return stack;
}

} // namespace agglomap::render
