#include "render/briefing/briefing_text.h"

#include "analysis/district_metric.h"
#include "render/context_layers.h"
#include "render/legend.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace agglomap::render {

namespace {

bool chinese(const MapViewState& state) {
    return state.language == geo::LabelLanguage::Chinese;
}

// "Source: npm x 0.1.4 (details; more). Converted ..." -> "npm x 0.1.4".
QString sourceOf(const QString& description) {
    static const QRegularExpression pattern(QStringLiteral("Source: (.+?)(?: \\(|;|\\. |\\.$|$)"));
    const QRegularExpressionMatch match = pattern.match(description);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

bool visible(const MapViewState& state, MapLayerId id) {
    return state.layers.isShown(id);
}

} // namespace

QString briefingTitle(const MapScene& scene, const MapViewState& state) {
    const geo::Region* area =
        state.focusCity ? scene.hierarchy().find(*state.focusCity) : &scene.hierarchy().province();
    const QString areaName = area ? area->name(state.language) : QString();
    if (!state.choropleth) {
        return areaName;
    }
    const analysis::ChoroplethSpec& spec = state.choropleth->spec();
    if (spec.aggregation == analysis::Aggregation::Count) {
        return QStringLiteral("%1 · %2").arg(
            areaName, QCoreApplication::translate("Briefing", "Districts per region"));
    }
    const analysis::DistrictMetric* metric = analysis::findDistrictMetric(spec.metricId);
    return metric ? QStringLiteral("%1 · %2").arg(areaName, metric->name(chinese(state)))
                  : areaName;
}

QString briefingSubtitle(const MapViewState& state) {
    if (!state.choropleth) {
        return {};
    }
    const analysis::ChoroplethSpec& spec = state.choropleth->spec();
    const QString level = state.activeLevel() == geo::RegionLevel::City
                              ? QCoreApplication::translate("Briefing", "By city")
                              : QCoreApplication::translate("Briefing", "By county");
    const QString method =
        QCoreApplication::translate("Legend", "%1, %n class(es)", "",
                                    state.choropleth->classification().classCount())
            .arg(classificationMethodName(spec.methodId));
    QString subtitle =
        QStringLiteral("%1 · %2 · %3")
            .arg(level,
                 aggregationName(spec.aggregation, analysis::findDistrictMetric(spec.metricId)),
                 method);
    // A city view says whose classes it shows: its own counties' or the province's.
    if (const QString scope = classScopeText(*state.choropleth); !scope.isEmpty()) {
        subtitle += QStringLiteral(" · ") + scope;
    }
    return subtitle;
}

QStringList briefingCredits(const model::PlanInfo& plan, const QString& boundaryDescription,
                            const MapViewState& state) {
    QStringList lines;
    const QString title = chinese(state) ? plan.titleZh : plan.titleEn;
    if (!title.isEmpty()) {
        lines << QCoreApplication::translate("Briefing", "Plan: %1.").arg(title);
    }
    const QString boundaries = sourceOf(boundaryDescription);
    if (!boundaries.isEmpty()) {
        QString line = QCoreApplication::translate("Briefing", "Boundaries: %1.").arg(boundaries);
        if (boundaryDescription.contains(QLatin1String("not an approved map"))) {
            line += QLatin1Char(' ') +
                    QCoreApplication::translate(
                        "Briefing", "Demonstration boundaries, not an officially approved map.");
        }
        lines << line;
    }
    if (state.context) {
        if (visible(state, MapLayerId::Rivers) && state.context->rivers()) {
            const QString rivers = sourceOf(state.context->provenance(MapLayerId::Rivers));
            lines << QCoreApplication::translate("Briefing", "Rivers: %1.").arg(rivers);
        }
        if (visible(state, MapLayerId::Towns) && state.context->towns()) {
            lines << QCoreApplication::translate(
                "Briefing", "Towns: GeoNames (geonames.org), licensed under CC BY 4.0.");
        }
    }
    return lines;
}

} // namespace agglomap::render
