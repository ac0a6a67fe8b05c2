#include "widgets/models/indicator_table_model.h"

#include "analysis/district_metric.h"
#include "analysis/indicator_inputs.h"
#include "widgets/models/display_names.h"
#include "widgets/models/item_roles.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace agglomap::widgets {

using analysis::DistrictIndicators;
using analysis::RegionSummary;
using model::District;
using model::DistrictField;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr char kContext[] = "agglomap::widgets::IndicatorTableModel";

enum class Format { Money, Percent, Ratio, Count };

// What a column's value reads: a metric's inputs from the catalogue, or the classes' inputs.
analysis::IndicatorInputs columnInputs(const char* id) {
    const QString key = QString::fromLatin1(id);
    if (key == QLatin1String("cluster-stage")) {
        return analysis::clusterStageInputs();
    }
    if (key == QLatin1String("innovation-mode")) {
        return analysis::innovationModeInputs();
    }
    const analysis::DistrictMetric* metric = analysis::findDistrictMetric(key);
    Q_ASSERT(metric);
    return metric ? metric->sources : analysis::IndicatorInputs{};
}

// An indicator column of the district level: its title, how it is shown and what it reads.
struct DistrictColumn {
    const char* title;
    Format format;
    int decimals;
    // The catalogue's metric whose inputs the value reads ("cluster-stage" and
    // "innovation-mode" for the classes), for the illustrative mark.
    const char* inputs;
    double (*value)(const District&, const DistrictIndicators&);
    // For classes (stage, mode): the words shown; the value is the class's ordinal.
    QString (*label)(const DistrictIndicators&);
};

double leadingLq(const District& d, const DistrictIndicators& i) {
    if (d.leadingIndustries.empty()) {
        return kNaN;
    }
    const auto sector = static_cast<std::size_t>(d.leadingIndustries.front());
    return sector < i.locationQuotients.size() ? i.locationQuotients[sector] : kNaN;
}

const DistrictColumn kDistrictColumns[] = {
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Total output (100 M yuan)"),
     Format::Money, 2, "total-output",
     [](const District&, const DistrictIndicators& i) { return i.totalOutput; }, nullptr},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Leading share"), Format::Percent,
     1, "leading-share",
     [](const District&, const DistrictIndicators& i) { return i.leadingShare; }, nullptr},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Leading clarity"),
     Format::Percent, 1, "leading-clarity",
     [](const District&, const DistrictIndicators& i) { return i.leadingClarity; }, nullptr},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "LQ of leading industry"),
     Format::Ratio, 2, "lq", leadingLq, nullptr},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Herfindahl"), Format::Ratio, 3,
     "herfindahl", [](const District&, const DistrictIndicators& i) { return i.herfindahl; },
     nullptr},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Krugman"), Format::Ratio, 3,
     "krugman", [](const District&, const DistrictIndicators& i) { return i.krugman; }, nullptr},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "High-tech share"),
     Format::Percent, 1, "high-tech-share",
     [](const District&, const DistrictIndicators& i) { return i.highTechShare; }, nullptr},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "New industry share"),
     Format::Percent, 1, "new-industry-share",
     [](const District&, const DistrictIndicators& i) { return i.newIndustryShare; }, nullptr},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Traditional share"),
     Format::Percent, 1, "traditional-share",
     [](const District&, const DistrictIndicators& i) { return i.traditionalShare; }, nullptr},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Infrastructure gap"),
     Format::Percent, 1, "infrastructure-gap",
     [](const District&, const DistrictIndicators& i) { return i.infrastructureGap; }, nullptr},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Linkage density"), Format::Ratio,
     3, "linkage-density",
     [](const District&, const DistrictIndicators& i) { return i.linkageDensity; }, nullptr},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Chain completeness"),
     Format::Percent, 1, "chain-completeness",
     [](const District&, const DistrictIndicators& i) { return i.chainCompleteness; }, nullptr},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Local sourcing"), Format::Percent,
     1, "local-sourcing",
     [](const District&, const DistrictIndicators& i) { return i.localSourcingShare; }, nullptr},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "R&D intensity"), Format::Percent,
     2, "rd-intensity", [](const District&, const DistrictIndicators& i) { return i.rdIntensity; },
     nullptr},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "SME share"), Format::Percent, 1,
     "sme-share", [](const District&, const DistrictIndicators& i) { return i.smeShare; }, nullptr},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Business income (100 M yuan)"),
     Format::Money, 2, "business-income",
     [](const District& d, const DistrictIndicators&) { return d.finance.businessIncome; },
     nullptr},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Fixed investment (100 M yuan)"),
     Format::Money, 2, "fixed-investment",
     [](const District& d, const DistrictIndicators&) { return d.finance.fixedInvestment; },
     nullptr},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Cluster stage"), Format::Count, 0,
     "cluster-stage",
     [](const District&, const DistrictIndicators& i) { return static_cast<double>(i.stage); },
     [](const DistrictIndicators& i) {
         return clusterStageName(i.stage);
     }},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Innovation mode"), Format::Count,
     0, "innovation-mode",
     [](const District&, const DistrictIndicators& i) { return static_cast<double>(i.mode); },
     [](const DistrictIndicators& i) {
         return innovationModeName(i.mode);
     }},
};

// A summary column of the county and city levels.
struct RegionColumn {
    const char* title;
    Format format;
    int decimals;
    // False for what the plan states for certain (how many districts a region has).
    bool canBeIllustrative;
    double (*value)(const RegionSummary&);
};

const RegionColumn kRegionColumns[] = {
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Districts"), Format::Count, 0,
     false,
     [](const RegionSummary& s) {
         return static_cast<double>(s.districts);
     }},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Total output (100 M yuan)"),
     Format::Money, 2, true,
     [](const RegionSummary& s) {
         return s.totalOutput;
     }},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Business income (100 M yuan)"),
     Format::Money, 2, true,
     [](const RegionSummary& s) {
         return s.businessIncome;
     }},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Fixed investment (100 M yuan)"),
     Format::Money, 2, true,
     [](const RegionSummary& s) {
         return s.fixedInvestment;
     }},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Enterprises"), Format::Count, 0,
     true,
     [](const RegionSummary& s) {
         return static_cast<double>(s.enterprises);
     }},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "SMEs"), Format::Count, 0, true,
     [](const RegionSummary& s) {
         return static_cast<double>(s.smes);
     }},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "SME share"), Format::Percent, 1,
     true,
     [](const RegionSummary& s) {
         return s.enterprises > 0 ? static_cast<double>(s.smes) / s.enterprises : kNaN;
     }},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Clearly positioned"),
     Format::Percent, 1, true,
     [](const RegionSummary& s) {
         return s.clearlyPositionedShare;
     }},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Mean leading share"),
     Format::Percent, 1, true,
     [](const RegionSummary& s) {
         return s.meanLeadingShare;
     }},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Mean infrastructure gap"),
     Format::Percent, 1, true,
     [](const RegionSummary& s) {
         return s.meanInfrastructureGap;
     }},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "R&D intensity"), Format::Percent,
     2, true,
     [](const RegionSummary& s) {
         return s.rdIntensity;
     }},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "New industry share"),
     Format::Percent, 1, true,
     [](const RegionSummary& s) {
         return s.newIndustryShare;
     }},
    {QT_TRANSLATE_NOOP("agglomap::widgets::IndicatorTableModel", "Traditional share"),
     Format::Percent, 1, true,
     [](const RegionSummary& s) {
         return s.traditionalShare;
     }},
};

constexpr int kDistrictColumnCount = static_cast<int>(std::size(kDistrictColumns));
constexpr int kRegionColumnCount = static_cast<int>(std::size(kRegionColumns));

QString formatted(double value, Format format, int decimals) {
    switch (format) {
    case Format::Percent:
        return QStringLiteral("%1%").arg(value * 100.0, 0, 'f', decimals);
    case Format::Money:
    case Format::Ratio:
    case Format::Count:
        return QString::number(value, 'f', decimals);
    }
    return {};
}

// Name and city come before the indicators: counties and districts show their city, cities
// only their name.
int leadingColumns(IndicatorLevel level) {
    return level == IndicatorLevel::Cities ? 1 : 2;
}

} // namespace

IndicatorTableModel::IndicatorTableModel(QObject* parent)
    : CachedTableModel(parent) {}

void IndicatorTableModel::setPlan(const model::Plan* plan, const analysis::PlanAnalysis* analysis) {
    if (m_plan) {
        disconnect(m_plan, nullptr, this, nullptr);
    }
    if (m_analysis) {
        disconnect(m_analysis, nullptr, this, nullptr);
    }
    beginResetModel();
    m_plan = plan;
    m_analysis = plan ? analysis : nullptr;
    if (m_plan) {
        connect(m_plan, &model::Plan::districtsChanged, this,
                [this](const QList<model::DistrictId>& ids) {
                    if (m_level == IndicatorLevel::Districts) {
                        QList<int> keys;
                        for (model::DistrictId id : ids) {
                            keys << id.value;
                        }
                        refreshRows(keys);
                    }
                });
        connect(m_plan, &model::Plan::districtAdded, this, [this](model::DistrictId id) {
            if (m_level == IndicatorLevel::Districts) {
                insertKey(id.value);
            } else {
                refreshAllRows();
            }
        });
        connect(m_plan, &model::Plan::districtRemoved, this, [this](model::DistrictId id) {
            if (m_level == IndicatorLevel::Districts) {
                removeKey(id.value);
            } else {
                refreshAllRows();
            }
        });
        connect(m_plan, &QObject::destroyed, this, [this] { setPlan(nullptr, nullptr); });
    }
    if (m_analysis) {
        connect(m_analysis, &analysis::PlanAnalysis::analysisChanged, this,
                &IndicatorTableModel::onAnalysisChanged);
        connect(m_analysis, &QObject::destroyed, this, [this] { setPlan(m_plan, nullptr); });
    }
    replaceRows(rowKeys());
    endResetModel();
}

void IndicatorTableModel::setLanguage(geo::LabelLanguage language) {
    if (language != m_language) {
        m_language = language;
        refreshAllRows();
    }
}

void IndicatorTableModel::setLevel(IndicatorLevel level) {
    if (level != m_level) {
        // The columns change with the level; a reset tells the views about rows and columns.
        beginResetModel();
        m_level = level;
        replaceRows(rowKeys());
        endResetModel();
    }
}

std::vector<int> IndicatorTableModel::rowKeys() const {
    std::vector<int> keys;
    if (m_plan) {
        if (m_level == IndicatorLevel::Districts) {
            for (const District* district : m_plan->districts()) {
                keys.push_back(district->id.value);
            }
        } else {
            const auto level = m_level == IndicatorLevel::Counties ? geo::RegionLevel::County
                                                                   : geo::RegionLevel::City;
            for (const geo::Region* region : m_plan->regions().regionsAt(level)) {
                keys.push_back(region->code);
            }
            std::sort(keys.begin(), keys.end());
        }
    }
    return keys;
}

void IndicatorTableModel::onAnalysisChanged(const QList<model::DistrictId>& ids) {
    if (m_level == IndicatorLevel::Districts) {
        QList<int> keys;
        keys.reserve(ids.size());
        for (model::DistrictId id : ids) {
            keys << id.value;
        }
        refreshRows(keys);
    } else {
        // Only the districts' counties and cities changed; comparing every region row is
        // cheap and tells the views about those alone.
        refreshAllRows();
    }
}

QModelIndex IndicatorTableModel::indexOfDistrict(model::DistrictId id) const {
    if (m_level != IndicatorLevel::Districts) {
        return {};
    }
    const int row = rowOfKey(id.value);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex IndicatorTableModel::indexOfRegion(geo::RegionCode code) const {
    if (m_level == IndicatorLevel::Districts) {
        return {};
    }
    const int row = rowOfKey(code);
    return row < 0 ? QModelIndex() : index(row, 0);
}

int IndicatorTableModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid()) {
        return 0;
    }
    return leadingColumns(m_level) +
           (m_level == IndicatorLevel::Districts ? kDistrictColumnCount : kRegionColumnCount);
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == 0) {
        return tr("Name");
    }
    const int lead = leadingColumns(m_level);
    if (section < lead) {
        return tr("City");
    }
    const char* title = m_level == IndicatorLevel::Districts
                            ? kDistrictColumns[section - lead].title
                            : kRegionColumns[section - lead].title;
    return QCoreApplication::translate(kContext, title);
}

TableRow IndicatorTableModel::buildRow(int key) const {
    return m_level == IndicatorLevel::Districts ? districtRow(key) : regionRow(key);
}

TableRow IndicatorTableModel::districtRow(int key) const {
    TableRow row;
    row.key = key;
    row.roles.insert(DistrictIdRole, key);
    const District* district = m_plan ? m_plan->district(model::DistrictId{key}) : nullptr;
    if (!district) {
        // Removed from the plan; districtRemoved is about to remove the row.
        row.cells.resize(static_cast<std::size_t>(columnCount()));
        return row;
    }
    const District& d = *district;
    row.cells.push_back(
        textCell(districtName(d, m_language), d.provenance.anyIllustrative(DistrictField::Name)));
    row.cells.push_back(textCell(regionName(*m_plan, d.hostCity, m_language),
                                 d.provenance.anyIllustrative(DistrictField::Location)));

    const DistrictIndicators* indicators = m_analysis ? m_analysis->indicators(d.id) : nullptr;
    for (const DistrictColumn& column : kDistrictColumns) {
        const bool illustrative =
            analysis::restsOnIllustrative(d, columnInputs(column.inputs), *m_plan);
        if (!indicators) {
            row.cells.push_back(numberCell(kNaN, QString(), false));
            continue;
        }
        const double value = column.value(d, *indicators);
        row.cells.push_back(numberCell(value,
                                       column.label
                                           ? column.label(*indicators)
                                           : formatted(value, column.format, column.decimals),
                                       illustrative));
    }
    row.roles.insert(HostCityRole, d.hostCity);
    row.roles.insert(HostCountyRole, d.hostCounty);
    row.roles.insert(DistrictTypeRole, static_cast<int>(d.type));
    if (indicators) {
        row.roles.insert(ClusterStageRole, static_cast<int>(indicators->stage));
    }
    row.roles.insert(SearchTextRole, d.nameZh + QLatin1Char('\n') + d.nameEn);
    return row;
}

TableRow IndicatorTableModel::regionRow(int key) const {
    TableRow row;
    row.key = key;
    row.roles.insert(RegionCodeRole, key);
    const geo::Region* region = m_plan ? m_plan->regions().find(key) : nullptr;
    if (!region) {
        row.cells.resize(static_cast<std::size_t>(columnCount()));
        return row;
    }
    row.cells.push_back(textCell(region->name(m_language), false));
    if (m_level == IndicatorLevel::Counties) {
        row.cells.push_back(textCell(regionName(*m_plan, region->parentCode, m_language), false));
    }
    const RegionSummary* summary = m_analysis ? m_analysis->summary(key) : nullptr;
    for (const RegionColumn& column : kRegionColumns) {
        if (!summary) {
            row.cells.push_back(numberCell(kNaN, QString(), false));
            continue;
        }
        const double value = column.value(*summary);
        row.cells.push_back(numberCell(value, formatted(value, column.format, column.decimals),
                                       column.canBeIllustrative && summary->illustrative));
    }
    row.roles.insert(HostCityRole,
                     m_level == IndicatorLevel::Cities ? region->code : region->parentCode);
    row.roles.insert(SearchTextRole, region->nameZh + QLatin1Char('\n') + region->nameEn);
    return row;
}

} // namespace agglomap::widgets
