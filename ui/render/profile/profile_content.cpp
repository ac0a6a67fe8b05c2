#include "render/profile/profile_content.h"

#include "analysis/district_metric.h"
#include "analysis/indicator_inputs.h"
#include "analysis/plan_analysis.h"
#include "model/plan.h"
#include "render/profile/district_profile.h"
#include "render/profile/profile_text.h"

#include <QDate>
#include <QFileInfo>
#include <QStringList>

#include <map>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace agglomap::render::profile {

using geo::LabelLanguage;
using model::DistrictField;

namespace {

using analysis::IndicatorInputs;
using model::ValueField;

const analysis::DistrictMetric& metricOf(const char* id) {
    const analysis::DistrictMetric* metric = analysis::findDistrictMetric(QString::fromLatin1(id));
    Q_ASSERT(metric);
    return *metric;
}

QString regionName(const model::Plan& plan, geo::RegionCode code, LabelLanguage language) {
    const geo::Region* region = plan.regions().find(code);
    return region ? region->name(language) : QString();
}

class Builder {
public:
    Builder(const ProfileSources& sources, const model::District& district, ProfileContent& out)
        : m_plan(*sources.plan)
        , m_analysis(sources.analysis)
        , m_district(district)
        , m_indicators(sources.analysis ? sources.analysis->indicators(district.id) : nullptr)
        , m_recommendations(sources.analysis ? sources.analysis->recommendations(district.id)
                                             : nullptr)
        , m_language(sources.language)
        , m_out(out) {}

    void run() {
        names();
        facts();
        leading();
        sectors();
        provisions();
        network();
        recommendations();
        importedSources();
        m_out.illustrative = m_out.nameIllustrative || m_out.placeIllustrative ||
                             m_out.classificationIllustrative || m_out.leadingIllustrative ||
                             m_out.sectorsIllustrative || m_out.provisionsIllustrative ||
                             m_out.networkIllustrative || m_out.recommendationsIllustrative ||
                             std::any_of(m_out.facts.begin(), m_out.facts.end(),
                                         [](const auto& f) { return f.illustrative; });
    }

private:
    QString say(const char* zh, const char* en) const { return profile::say(m_language, zh, en); }
    bool chinese() const { return m_language == LabelLanguage::Chinese; }
    const model::SectorCatalogue& catalogue() const { return m_plan.sectors(); }

    void names() {
        const model::District& d = m_district;
        m_out.primaryName = chinese() ? d.nameZh : d.nameEn;
        m_out.secondaryName = chinese() ? d.nameEn : d.nameZh;
        if (m_out.primaryName.isEmpty()) {
            std::swap(m_out.primaryName, m_out.secondaryName);
        }
        if (d.placeholderName) {
            m_out.nameNote = say("暂用名：以所在县命名，资料未给出正式名称",
                                 "Placeholder name: after the host county; no source gives the "
                                 "real name");
        }
        m_out.nameIllustrative = anyOf({DistrictField::Name});
        const geo::Region* county = m_plan.regions().find(d.hostCounty);
        m_out.city = d.hostCity != 0 ? d.hostCity : (county ? county->parentCode : 0);
        m_out.cityName = regionName(m_plan, m_out.city, m_language);
        const QString countyName = county ? county->name(m_language) : QString();
        m_out.place = m_out.cityName.isEmpty()
                          ? countyName
                          : QStringLiteral("%1 · %2").arg(m_out.cityName, countyName);
        m_out.placeIllustrative = anyOf({DistrictField::Location});

        QStringList classification{zoneLevelName(d.zoneLevel, m_language),
                                   districtTypeName(d.type, m_language)};
        if (d.year > 0) {
            classification << (chinese() ? QStringLiteral("%1年设立").arg(d.year)
                                         : QStringLiteral("established %1").arg(d.year));
        }
        m_out.classification = classification.join(QStringLiteral(" · "));
        m_out.classificationIllustrative = anyOf({DistrictField::Classification});
    }

    bool anyOf(const IndicatorInputs& inputs) const {
        return analysis::restsOnIllustrative(m_district, inputs, m_plan);
    }

    void fact(const char* zh, const char* en, const QString& value, const IndicatorInputs& inputs) {
        m_out.facts.push_back({say(zh, en), value, anyOf(inputs), QString(), 0.0});
    }

    // An indicator of the catalogue under its own name; `text` formats its value, with any
    // context the profile adds.
    template <typename Format> void metricFact(const char* id, Format text) {
        const analysis::DistrictMetric& metric = metricOf(id);
        const double value = metric.value(m_district, *m_indicators);
        m_out.facts.push_back({metric.name(chinese()), text(value),
                               m_analysis->restsOnIllustrative(m_district.id, metric), metric.id,
                               value});
    }

    void categoryFact(const analysis::DistrictCategory& category) {
        m_out.facts.push_back({category.name(chinese()),
                               category.categoryName(category.value(*m_indicators), chinese()),
                               category.restsOnIllustrative(m_district, m_plan), category.id,
                               static_cast<double>(category.value(*m_indicators))});
    }

    void facts() {
        const model::District& d = m_district;
        const analysis::DistrictIndicators* ind = m_indicators;
        int enterprises = 0;
        int smes = 0;
        double employment = 0.0;
        for (const model::SectorActivity& a : d.industries) {
            enterprises += a.enterprises;
            smes += a.smallAndMediumEnterprises;
            employment += a.employment;
        }
        if (ind) {
            metricFact("business-income", [&](double value) {
                const QString tier = incomeTierName(ind->incomeTier, m_language);
                return money(value, m_language) + (chinese() ? QStringLiteral("（%1）").arg(tier)
                                                             : QStringLiteral(" (%1)").arg(tier));
            });
            metricFact("total-output", [&](double value) { return money(value, m_language); });
            metricFact("fixed-investment", [&](double value) { return money(value, m_language); });
            metricFact("sme-share", [&](double value) {
                return chinese()
                           ? QStringLiteral("%1（企业 %2 家，其中中小企业 %3 家）")
                                 .arg(percent(value), number(enterprises, 0), number(smes, 0))
                           : QStringLiteral("%1 (%2 enterprises, %3 SMEs)")
                                 .arg(percent(value), number(enterprises, 0), number(smes, 0));
            });
        }
        fact("从业人员", "Employment", number(employment, 0) + say(" 人", " persons"),
             {ValueField::SectorEmployment});
        fact("规划 / 建成面积", "Planned / built area",
             QStringLiteral("%1 / %2 km²")
                 .arg(number(d.plannedAreaKm2, 1), number(d.builtAreaKm2, 1)),
             {ValueField::PlannedArea, ValueField::BuiltArea});
        if (!ind) {
            return;
        }
        // Against the high-tech enterprise benchmark for its mean sales (docs/methods.md).
        metricFact("rd-intensity", [&](double value) {
            return chinese() ? QStringLiteral("%1（高新技术企业标准%2，%3）")
                                   .arg(percent(value, 2), percent(ind->rdBenchmark, 0),
                                        ind->meetsRdBenchmark ? QStringLiteral("达到")
                                                              : QStringLiteral("未达到"))
                             : QStringLiteral("%1 (high-tech enterprise benchmark %2, %3)")
                                   .arg(percent(value, 2), percent(ind->rdBenchmark, 0),
                                        ind->meetsRdBenchmark ? QStringLiteral("met")
                                                              : QStringLiteral("not met"));
        });
        metricFact("new-industry-share", [&](double value) { return percent(value); });
        metricFact("chain-completeness", [&](double value) { return percent(value); });
        for (const analysis::DistrictCategory& category : analysis::districtCategories()) {
            categoryFact(category);
        }
    }

    void leading() {
        const model::District& d = m_district;
        const double total = d.totalOutput();
        for (std::size_t i = 0; i < d.leadingIndustries.size(); ++i) {
            const model::SectorIndex s = d.leadingIndustries[i];
            if (s < 0 || s >= catalogue().size()) {
                continue;
            }
            const model::SectorActivity* activity = d.activity(s);
            ProfileContent::LeadingIndustry row;
            row.rank = static_cast<int>(i) + 1;
            row.code = catalogue().at(s).code;
            row.name = sectorName(catalogue(), s, m_language);
            row.share = activity && total > 0.0 ? activity->outputValue / total : std::nan("");
            row.locationQuotient =
                m_indicators && static_cast<std::size_t>(s) < m_indicators->locationQuotients.size()
                    ? m_indicators->locationQuotients[static_cast<std::size_t>(s)]
                    : std::nan("");
            m_out.leading.push_back(row);
        }
        m_out.leadingIllustrative = anyOf({ValueField::SectorOutput, ValueField::LeadingIndustries,
                                           analysis::IndicatorInput::referenceOutput()});
    }

    int leadingRank(model::SectorIndex sector) const {
        const auto& lead = m_district.leadingIndustries;
        const auto it = std::find(lead.begin(), lead.end(), sector);
        return it == lead.end() ? 0 : static_cast<int>(it - lead.begin()) + 1;
    }

    void sectors() {
        const model::District& d = m_district;
        std::vector<const model::SectorActivity*> sorted;
        for (const model::SectorActivity& a : d.industries) {
            sorted.push_back(&a);
        }
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](auto a, auto b) { return a->outputValue > b->outputValue; });
        // The largest sectors, and every leading industry even if it is not among them.
        std::vector<const model::SectorActivity*> shown;
        std::vector<const model::SectorActivity*> rest;
        int leadingBeyond = 0;
        for (std::size_t i = kChartedSectors; i < sorted.size(); ++i) {
            leadingBeyond += leadingRank(sorted[i]->sector) > 0 ? 1 : 0;
        }
        const std::size_t room = sorted.size() > static_cast<std::size_t>(kChartedSectors)
                                     ? static_cast<std::size_t>(kChartedSectors - leadingBeyond)
                                     : sorted.size();
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            const bool keep = i < room || leadingRank(sorted[i]->sector) > 0;
            (keep ? shown : rest).push_back(sorted[i]);
        }
        const double total = d.totalOutput();
        const auto shareOf = [total](double value) {
            return total > 0.0 ? value / total : std::nan("");
        };
        for (const model::SectorActivity* a : shown) {
            m_out.sectors.push_back({catalogue().at(a->sector).code,
                                     sectorName(catalogue(), a->sector, m_language),
                                     moneyInUnit(a->outputValue, m_language),
                                     shareOf(a->outputValue), leadingRank(a->sector), false});
        }
        if (!rest.empty()) {
            double sum = 0.0;
            for (const model::SectorActivity* a : rest) {
                sum += a->outputValue;
            }
            const QString label = chinese() ? QStringLiteral("其他 %1 个产业").arg(rest.size())
                                            : QStringLiteral("%1 other sectors").arg(rest.size());
            m_out.sectors.push_back(
                {QString(), label, moneyInUnit(sum, m_language), shareOf(sum), 0, true});
        }
        if (total > 0.0) {
            for (const model::SectorActivity& a : d.industries) {
                const auto category = static_cast<std::size_t>(catalogue().at(a.sector).category);
                if (category < m_out.categoryShares.size()) {
                    m_out.categoryShares[category] += a.outputValue / total;
                }
            }
        }
        m_out.sectorsIllustrative =
            anyOf({ValueField::SectorOutput, ValueField::LeadingIndustries});
    }

    void provisions() {
        for (const model::InfrastructureItemInfo& info : model::infrastructureItems()) {
            const model::Provision& p = m_district.provision(info.item);
            if (p.required <= 0.0 && p.current <= 0.0) {
                continue;
            }
            m_out.provisions.push_back(
                {infrastructureName(info.item, m_language), p.current, p.required});
        }
        m_out.provisionsIllustrative = anyOf(metricOf("infrastructure-gap").sources);
    }

    void network() {
        m_out.network = buildSectorNetwork(m_plan, m_district, m_indicators, m_language);
        m_out.networkIllustrative =
            anyOf({ValueField::Link, ValueField::SectorOutput, ValueField::LeadingIndustries,
                   analysis::IndicatorInput::inputOutputTable()});
        if (!m_indicators) {
            return;
        }
        const int gaps = m_out.network.gapNodeCount();
        QString chain;
        if (m_out.network.chainNode) {
            const auto& node =
                m_out.network.nodes[static_cast<std::size_t>(*m_out.network.chainNode)];
            chain = QStringLiteral("%1 %2").arg(node.code, node.name);
        }
        m_out.networkNote =
            chinese()
                ? QStringLiteral("关联密度 %1；主导产业链（%2）完整度 %3，缺失 %4 个关键环节。")
                      .arg(percent(m_indicators->linkageDensity), chain,
                           percent(m_indicators->chainCompleteness))
                      .arg(gaps)
                : QStringLiteral("Linkage density %1; the leading chain (%2) is %3 complete, "
                                 "with %4 missing.")
                      .arg(percent(m_indicators->linkageDensity), chain,
                           percent(m_indicators->chainCompleteness),
                           gaps == 1 ? QStringLiteral("1 key link")
                                     : QStringLiteral("%1 key links").arg(gaps));
    }

    void recommendations() {
        if (!m_recommendations) {
            return;
        }
        for (const analysis::Recommendation& r : *m_recommendations) {
            m_out.recommendations.push_back({r.priority, chinese() ? r.measureZh : r.measureEn,
                                             chinese() ? r.reasonZh : r.reasonEn, r.source});
        }
        // The rules read the district's figures and the input-output coefficients.
        m_out.recommendationsIllustrative =
            anyOf({DistrictField::Industries, DistrictField::LeadingIndustries,
                   DistrictField::Infrastructure, DistrictField::Innovation, DistrictField::Finance,
                   DistrictField::Linkages, analysis::IndicatorInput::inputOutputTable(),
                   analysis::IndicatorInput::referenceOutput()});
    }

    void importedSources() {
        std::map<QString, QDate> latest;
        for (const auto& [key, provenance] : m_district.provenance.entries()) {
            if (provenance.origin != model::Origin::Imported) {
                continue;
            }
            QDate& date = latest[QFileInfo(provenance.source).fileName()];
            date = std::max(date, provenance.when.date());
        }
        for (const auto& [file, date] : latest) {
            m_out.importedSources << (date.isValid() ? QStringLiteral("%1 (%2)").arg(
                                                           file, date.toString(Qt::ISODate))
                                                     : file);
        }
    }

    const model::Plan& m_plan;
    const analysis::PlanAnalysis* m_analysis;
    const model::District& m_district;
    const analysis::DistrictIndicators* m_indicators;
    const std::vector<analysis::Recommendation>* m_recommendations;
    LabelLanguage m_language;
    ProfileContent& m_out;
};

} // namespace

double ProfileContent::ProvisionBar::gap() const {
    return required <= 0.0 ? 0.0 : std::max(0.0, required - current) / required;
}

QString profileNotice(const ProfileContent& content) {
    QStringList parts;
    if (content.illustrative) {
        parts << illustrativeNotice(content.language);
    }
    if (!content.importedSources.isEmpty()) {
        parts << say(content.language, "导入数据来源：", "Imported from: ") +
                     content.importedSources.join(content.language == LabelLanguage::Chinese
                                                      ? QStringLiteral("；")
                                                      : QStringLiteral("; "));
    }
    return parts.join(QLatin1Char('\n'));
}

ProfileContent buildProfileContent(const ProfileSources& sources, model::DistrictId id) {
    ProfileContent content;
    content.language = sources.language;
    content.id = id;
    const model::District* district = sources.plan ? sources.plan->district(id) : nullptr;
    if (!district) {
        content.primaryName = QStringLiteral("#%1").arg(id.value);
        return content;
    }
    Builder(sources, *district, content).run();
    return content;
}

} // namespace agglomap::render::profile
