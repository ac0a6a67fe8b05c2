#include "render/district_symbols.h"

#include "analysis/indicator_inputs.h"
#include "util/enum_keys.h"

#include <QHash>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace agglomap::render {

namespace {

using analysis::DistrictIndicators;
using model::DistrictField;

constexpr EnumKeys<SymbolColouring, 5> kColouringKeys{{
    {SymbolColouring::ClusterStage, "cluster-stage"},
    {SymbolColouring::InnovationMode, "innovation-mode"},
    {SymbolColouring::ZoneLevel, "zone-level"},
    {SymbolColouring::DistrictType, "district-type"},
    {SymbolColouring::IncomeTier, "income-tier"},
}};

int categoryOf(SymbolColouring colouring, const model::District& district,
               const DistrictIndicators* indicators) {
    switch (colouring) {
    case SymbolColouring::ClusterStage:
        return indicators ? static_cast<int>(indicators->stage) : 0;
    case SymbolColouring::InnovationMode:
        return indicators ? static_cast<int>(indicators->mode) : 0;
    case SymbolColouring::ZoneLevel:
        return static_cast<int>(district.zoneLevel);
    case SymbolColouring::DistrictType:
        return static_cast<int>(district.type);
    case SymbolColouring::IncomeTier:
        return indicators ? static_cast<int>(indicators->incomeTier) : 0;
    }
    return 0;
}

// What a symbol shows: its area is the business income, its colour the category.
analysis::IndicatorInputs sourcesOf(SymbolColouring colouring) {
    using model::ValueField;
    switch (colouring) {
    case SymbolColouring::ClusterStage:
        return analysis::clusterStageInputs();
    case SymbolColouring::InnovationMode:
        return analysis::innovationModeInputs();
    case SymbolColouring::ZoneLevel:
        return {ValueField::BusinessIncome, ValueField::ZoneLevel};
    case SymbolColouring::DistrictType:
        return {ValueField::BusinessIncome, ValueField::DistrictType};
    case SymbolColouring::IncomeTier:
        return {ValueField::BusinessIncome};
    }
    return {};
}

} // namespace

QString symbolColouringKey(SymbolColouring colouring) {
    return keyOf(kColouringKeys, colouring);
}

std::optional<SymbolColouring> symbolColouringFromKey(const QString& key) {
    return valueOf(kColouringKeys, key);
}

const std::vector<SymbolColouring>& allSymbolColourings() {
    static const std::vector<SymbolColouring> all{
        SymbolColouring::ClusterStage, SymbolColouring::InnovationMode, SymbolColouring::ZoneLevel,
        SymbolColouring::DistrictType, SymbolColouring::IncomeTier};
    return all;
}

const std::vector<SymbolCategory>& DistrictSymbolLayer::categories(SymbolColouring colouring) {
    // Orders follow the enums in the core; colours are ColorBrewer Dark2 / RdYlGn picks.
    // Stage names from the core, so legend, inspector, profiles and recommendations agree.
    const auto stage = [](analysis::ClusterStage s, QColor colour) {
        return SymbolCategory{analysis::clusterStageName(s, true),
                              analysis::clusterStageName(s, false), colour};
    };
    static const std::vector<SymbolCategory> stages{
        stage(analysis::ClusterStage::Informal, QColor(0xfc, 0x8d, 0x59)),
        stage(analysis::ClusterStage::Organized, QColor(0x45, 0x75, 0xb4)),
        stage(analysis::ClusterStage::Innovative, QColor(0x1a, 0x98, 0x50))};
    static const std::vector<SymbolCategory> modes{
        {QStringLiteral("渐进式创新"), QStringLiteral("Progressive"), QColor(0x1b, 0x9e, 0x77)},
        {QStringLiteral("根本性创新"), QStringLiteral("Fundamental"), QColor(0xd9, 0x5f, 0x02)},
        {QStringLiteral("融合式创新"), QStringLiteral("Convergence"), QColor(0x75, 0x70, 0xb3)}};
    static const std::vector<SymbolCategory> zones{
        {QStringLiteral("国家级"), QStringLiteral("State-level zone"), QColor(0xe7, 0x29, 0x8a)},
        {QStringLiteral("省级"), QStringLiteral("Provincial zone"), QColor(0x66, 0xa6, 0x1e)},
        {QStringLiteral("市级"), QStringLiteral("Municipal zone"), QColor(0xe6, 0xab, 0x02)},
        {QStringLiteral("县级"), QStringLiteral("County zone"), QColor(0x99, 0x99, 0x99)}};
    static const std::vector<SymbolCategory> types{
        {QStringLiteral("高新技术"), QStringLiteral("High-tech"), QColor(0x75, 0x70, 0xb3)},
        {QStringLiteral("主导产业明确"), QStringLiteral("Clearly positioned"),
         QColor(0x1b, 0x9e, 0x77)},
        {QStringLiteral("综合性"), QStringLiteral("Comprehensive"), QColor(0xd9, 0x5f, 0x02)}};
    static const std::vector<SymbolCategory> tiers{
        {QStringLiteral("不足100亿元"), QStringLiteral("Below 10 bn yuan"),
         QColor(0xfe, 0xe0, 0x8b)},
        {QStringLiteral("100亿元以上"), QStringLiteral("10 bn yuan or more"),
         QColor(0xfd, 0xae, 0x61)},
        {QStringLiteral("500亿元以上"), QStringLiteral("50 bn yuan or more"),
         QColor(0xf4, 0x6d, 0x43)},
        {QStringLiteral("1000亿元以上"), QStringLiteral("100 bn yuan or more"),
         QColor(0xa5, 0x00, 0x26)}};
    switch (colouring) {
    case SymbolColouring::ClusterStage:
        return stages;
    case SymbolColouring::InnovationMode:
        return modes;
    case SymbolColouring::ZoneLevel:
        return zones;
    case SymbolColouring::DistrictType:
        return types;
    case SymbolColouring::IncomeTier:
        return tiers;
    }
    return stages;
}

DistrictSymbolLayer DistrictSymbolLayer::fromPlan(const model::Plan& plan,
                                                  const analysis::PlanAnalysis& analysis,
                                                  const MapScene& scene,
                                                  SymbolColouring colouring) {
    DistrictSymbolLayer layer;
    layer.m_colouring = colouring;
    analysis::IndicatorInputs inputs = sourcesOf(colouring);
    inputs.push_back(model::ValueField::BusinessIncome);
    for (const model::District* district : plan.districts()) {
        const DistrictIndicators* indicators = analysis.indicators(district->id);
        Symbol symbol;
        symbol.id = district->id;
        symbol.nameZh = district->nameZh;
        symbol.nameEn = district->nameEn;
        symbol.scene = MapScene::toScene(scene.projection().forward(district->location));
        symbol.income = district->finance.businessIncome;
        symbol.stage = indicators ? indicators->stage : analysis::ClusterStage::Informal;
        symbol.category = categoryOf(colouring, *district, indicators);
        symbol.illustrative = analysis::restsOnIllustrative(*district, inputs, plan);
        layer.m_maxIncome = std::max(layer.m_maxIncome, symbol.income);
        layer.m_symbols.push_back(symbol);
    }
    // Large symbols first, so small ones stay visible on top.
    std::stable_sort(layer.m_symbols.begin(), layer.m_symbols.end(),
                     [](const Symbol& a, const Symbol& b) { return a.income > b.income; });
    return layer;
}

const DistrictSymbolLayer::Symbol* DistrictSymbolLayer::symbol(model::DistrictId id) const {
    const auto it = std::find_if(m_symbols.begin(), m_symbols.end(),
                                 [id](const Symbol& s) { return s.id == id; });
    return it == m_symbols.end() ? nullptr : &*it;
}

QColor DistrictSymbolLayer::stageColour(analysis::ClusterStage stage) {
    return categories(SymbolColouring::ClusterStage)[static_cast<std::size_t>(stage)].colour;
}

QColor DistrictSymbolLayer::colour(const Symbol& symbol) const {
    const auto& list = categories(m_colouring);
    const auto index = static_cast<std::size_t>(std::max(0, symbol.category));
    return index < list.size() ? list[index].colour : QColor(Qt::gray);
}

bool DistrictSymbolLayer::drawsSameAs(const DistrictSymbolLayer& other) const {
    if (m_colouring != other.m_colouring || m_maxIncome != other.m_maxIncome ||
        m_symbols.size() != other.m_symbols.size()) {
        return false;
    }
    return std::equal(m_symbols.begin(), m_symbols.end(), other.m_symbols.begin(),
                      [](const Symbol& a, const Symbol& b) {
                          return a.id == b.id && a.scene == b.scene && a.income == b.income &&
                                 a.category == b.category && a.illustrative == b.illustrative;
                      });
}

bool DistrictSymbolLayer::anyIllustrative() const {
    return std::any_of(m_symbols.begin(), m_symbols.end(),
                       [](const Symbol& s) { return s.illustrative; });
}

double DistrictSymbolLayer::radiusForIncome(double income) const {
    const double relative =
        m_maxIncome > 0.0 ? std::sqrt(std::max(0.0, income) / m_maxIncome) : 0.0;
    return 3.0 + 9.0 * relative;
}

double DistrictSymbolLayer::radius(const Symbol& symbol) const {
    return radiusForIncome(symbol.income);
}

double DistrictSymbolLayer::zoomFactor(const QTransform& sceneToDevice) {
    const double pixelsPerMetre = std::sqrt(std::abs(sceneToDevice.determinant()));
    const double metresPerPixel = pixelsPerMetre > 0.0 ? 1.0 / pixelsPerMetre : 1.0;
    return std::clamp(std::sqrt(400.0 / metresPerPixel), 0.5, 1.0);
}

std::optional<model::DistrictId> DistrictSymbolLayer::districtAt(QPointF device,
                                                                 const QTransform& sceneToDevice,
                                                                 double deviceScale) const {
    const double zoom = zoomFactor(sceneToDevice);
    // Painted largest first, so the last hit is the one on top.
    for (auto it = m_symbols.rbegin(); it != m_symbols.rend(); ++it) {
        const QPointF centre = sceneToDevice.map(it->scene);
        const double r = radius(*it) * zoom * deviceScale + 1.0;
        const QPointF d = device - centre;
        if (d.x() * d.x() + d.y() * d.y() <= r * r) {
            return it->id;
        }
    }
    return std::nullopt;
}

namespace {

void drawSymbol(QPainter& painter, QPointF centre, double r, const QColor& fill, bool dashed,
                double penWidth) {
    // Illustrative values get a dashed outline, so the map never passes them off as data.
    painter.setPen(QPen(QColor(0x20, 0x20, 0x20), penWidth, dashed ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(fill);
    painter.drawEllipse(centre, r, r);
}

// Dashed antialiased ellipses are the slowest thing on the map; on images each distinct
// symbol (radius to a quarter pixel, colour, outline) is drawn once and then blitted, as
// QGIS caches marker images. Vector output always gets real ellipses.
const QImage& sprite(double r, const QColor& fill, bool dashed, double penWidth) {
    static std::mutex mutex;
    static QHash<QString, QImage> cache;
    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(std::lround(r * 4.0))
                            .arg(fill.rgba())
                            .arg(dashed ? 1 : 0)
                            .arg(std::lround(penWidth * 4.0));
    const std::lock_guard lock(mutex);
    auto it = cache.find(key);
    if (it == cache.end()) {
        const int side = static_cast<int>(std::ceil(2.0 * r + 2.0 * penWidth + 2.0));
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, true);
        drawSymbol(p, QPointF(side / 2.0, side / 2.0), r, fill, dashed, penWidth);
        p.end();
        if (cache.size() > 4096) {
            cache.clear();
        }
        it = cache.insert(key, image);
    }
    return *it;
}

bool isRaster(const QPainter& painter) {
    return painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
}

} // namespace

void DistrictSymbolLayer::paint(QPainter& painter, const QTransform& sceneToDevice,
                                const QRectF& deviceRect, double opacity) const {
    if (opacity <= 0.0) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setOpacity(opacity);
    const double dpiScale = painter.device() ? painter.device()->logicalDpiX() / 96.0 : 1.0;
    const double scale = dpiScale * zoomFactor(sceneToDevice);
    const bool raster = isRaster(painter) && painter.transform().isIdentity();
    for (const Symbol& symbol : m_symbols) {
        const QPointF centre = sceneToDevice.map(symbol.scene);
        const double r = radius(symbol) * scale;
        if (!deviceRect.adjusted(-r, -r, r, r).contains(centre)) {
            continue;
        }
        QColor fill = colour(symbol);
        fill.setAlpha(215);
        if (raster) {
            const QImage& image = sprite(r, fill, symbol.illustrative, dpiScale);
            painter.drawImage(
                QPointF(centre.x() - image.width() / 2.0, centre.y() - image.height() / 2.0),
                image);
        } else {
            drawSymbol(painter, centre, r, fill, symbol.illustrative, dpiScale);
        }
    }
    painter.restore();
}

} // namespace agglomap::render
