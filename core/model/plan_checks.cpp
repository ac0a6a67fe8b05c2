#include "model/plan_checks.h"

#include "geo/boundary_extent.h"
#include "geo/county_locator.h"

#include <QCoreApplication>
#include <QHash>

namespace agglomap::model {

namespace {

QString label(const District& district) {
    //: %1 is the district's id, %2 its name
    return QCoreApplication::translate("agglomap::model::PlanChecks", "District %1 (%2)")
        .arg(district.id.value)
        .arg(district.nameZh);
}

bool liesIn(const District& district, const geo::Region& county) {
    const geo::Point point(district.location.lon, district.location.lat);
    return geo::bg::covered_by(point, county.lonLat);
}

// A district in a gap between counties whose nearest county is its own: a note, not a problem.
std::optional<geo::CountyPlacement> inGapBeside(const District& district, const geo::Region& county,
                                                const geo::CountyLocator& counties) {
    const auto placed = counties.place(district.location);
    if (placed && placed->inGap() && placed->county == &county) {
        return placed;
    }
    return std::nullopt;
}

} // namespace

std::vector<PlanFinding> checkPlan(const Plan& plan) {
    std::vector<PlanFinding> findings;
    const auto problem = [&findings](QString message) {
        findings.push_back({PlanFinding::Kind::Problem, std::move(message)});
    };
    QHash<QString, const District*> byName;
    int illustrative = 0;
    int withoutLeading = 0;
    const geo::CountyLocator counties(plan.regions());
    for (const District* district : plan.districts()) {
        const geo::Region* county = plan.regions().find(district->hostCounty);
        if (county && !liesIn(*district, *county)) {
            if (const auto gap = inGapBeside(*district, *county, counties)) {
                //: %1 is a district, %2 and %3 its longitude and latitude, %4 a distance in
                //: metres, %5 the county's name, %6 its code
                findings.push_back(
                    {PlanFinding::Kind::Note,
                     QCoreApplication::translate(
                         "agglomap::model::PlanChecks",
                         "%1: its location (%2, %3) lies in a gap between county boundaries, %4 m "
                         "from its county %5 (%6), the nearest; it is counted in %5.")
                         .arg(label(*district))
                         .arg(district->location.lon, 0, 'f', 5)
                         .arg(district->location.lat, 0, 'f', 5)
                         .arg(gap->metresOutside, 0, 'f', 0)
                         .arg(county->nameZh)
                         .arg(county->code)});
            } else {
                //: %1 is a district, %2 and %3 its longitude and latitude, %4 the county's name,
                //: %5 its code
                problem(QCoreApplication::translate(
                            "agglomap::model::PlanChecks",
                            "%1: its location (%2, %3) lies outside its county %4 (%5); "
                            "move it or correct its county.")
                            .arg(label(*district))
                            .arg(district->location.lon, 0, 'f', 5)
                            .arg(district->location.lat, 0, 'f', 5)
                            .arg(county->nameZh)
                            .arg(county->code));
            }
        }
        if (const District* other = byName.value(district->nameZh)) {
            problem(QCoreApplication::translate(
                        "agglomap::model::PlanChecks",
                        "%1: has the same name as district %2; give each its own.")
                        .arg(label(*district))
                        .arg(other->id.value));
        } else {
            byName.insert(district->nameZh, district);
        }
        illustrative += district->provenance.anyIllustrative() ? 1 : 0;
        withoutLeading += district->leadingIndustries.empty() ? 1 : 0;
    }
    const int count = static_cast<int>(plan.districts().size());
    if (illustrative > 0) {
        findings.push_back(
            {PlanFinding::Kind::Note,
             QCoreApplication::translate(
                 "agglomap::model::PlanChecks",
                 "%1 of %2 districts carry illustrative values (generated, not from a "
                 "source); import statistics to replace them.")
                 .arg(illustrative)
                 .arg(count)});
    }
    if (withoutLeading > 0) {
        findings.push_back(
            {PlanFinding::Kind::Note,
             QCoreApplication::translate("agglomap::model::PlanChecks",
                                         "%1 of %2 districts have no leading industry.")
                 .arg(withoutLeading)
                 .arg(count)});
    }
    if (plan.inputOutputIllustrative()) {
        findings.push_back(
            {PlanFinding::Kind::Note,
             QCoreApplication::translate("agglomap::model::PlanChecks",
                                         "The input-output coefficients are illustrative.")});
    }
    return findings;
}

std::vector<PlanFinding> checkBoundaries(const geo::RegionHierarchy& regions,
                                         const geo::Box& extent) {
    std::vector<PlanFinding> findings;
    for (QString& fault : geo::boundaryFaults(regions, extent)) {
        findings.push_back({PlanFinding::Kind::Problem, std::move(fault)});
    }
    return findings;
}

} // namespace agglomap::model
