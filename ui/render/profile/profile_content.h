#pragma once

#include "analysis/recommendations.h"
#include "geo/region.h"
#include "model/ids.h"
#include "render/profile/sector_network_painter.h"

#include <QString>

#include <array>
#include <vector>

namespace agglomap::render {
struct ProfileSources;
}

namespace agglomap::render::profile {

// What a district's profile says, in the document's language, worked out once from the plan
// and its analysis; the layout measures and paints it for each device.
struct ProfileContent {
    struct Fact {
        QString label;
        QString value;
        bool illustrative = false;
        // For a fact that is an indicator of the catalogue: its id and its raw value (the same
        // number the map, table and CSV show).
        QString metricId;
        double number = 0.0;
    };
    struct LeadingIndustry {
        int rank = 1;
        QString code;
        QString name;
        double share = 0.0;            // of the district's output
        double locationQuotient = 0.0; // NaN when undefined
    };
    struct SectorBar {
        QString code;
        QString name;
        double value = 0.0; // in moneyUnit(language)
        double share = 0.0;
        int leadingRank = 0; // 1-3, 0 for other sectors
        bool rest = false;   // the sectors beyond the largest, summed
    };
    struct ProvisionBar {
        QString name;
        double current = 0.0; // 0-100
        double required = 0.0;
        [[nodiscard]] double gap() const;
    };
    struct Recommendation {
        analysis::Priority priority = analysis::Priority::Medium;
        QString measure;
        QString reason;
        QString source;
    };

    geo::LabelLanguage language = geo::LabelLanguage::Chinese;
    model::DistrictId id;
    geo::RegionCode city = 0;
    QString cityName; // in the document's language, for the locator captions

    // The name in the document's language first; the other one below it.
    QString primaryName;
    QString secondaryName;
    QString nameNote; // "placeholder name" or empty
    bool nameIllustrative = false;
    QString place;          // "洛阳市 · 涧西区"
    QString classification; // zone level, type, year, area
    bool placeIllustrative = false;
    bool classificationIllustrative = false;

    std::vector<Fact> facts;
    std::vector<LeadingIndustry> leading;
    bool leadingIllustrative = false;

    std::vector<SectorBar> sectors; // largest first
    // Output shares by the papers' categories (traditional, resource-dependent, high-tech,
    // emerging, services), indexed by model::SectorCategory.
    std::array<double, 5> categoryShares{};
    bool sectorsIllustrative = false;
    std::vector<ProvisionBar> provisions;
    bool provisionsIllustrative = false;

    SectorNetwork network;
    QString networkNote;
    bool networkIllustrative = false;

    std::vector<Recommendation> recommendations;
    bool recommendationsIllustrative = false;

    bool illustrative = false; // any value shown
    // The files the district's values were imported from: "w.csv (2026-12-07)", in order.
    QStringList importedSources;
};

// The notice above a profile's facts: what * means when a value shown is illustrative, and the
// files imported values come from; empty when there is nothing to say.
[[nodiscard]] QString profileNotice(const ProfileContent& content);

// Sectors the structure chart lists by name; the rest are summed into one bar.
inline constexpr int kChartedSectors = 10;

[[nodiscard]] ProfileContent buildProfileContent(const ProfileSources& sources,
                                                 model::DistrictId id);

} // namespace agglomap::render::profile
