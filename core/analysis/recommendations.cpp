#include "analysis/recommendations.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace agglomap::analysis {

using model::District;
using model::InfrastructureCategory;
using model::SectorIndex;

namespace {

constexpr double kUnranked = std::numeric_limits<double>::quiet_NaN();

QString percent(double fraction) {
    return QStringLiteral("%1%").arg(fraction * 100.0, 0, 'f', 0);
}
QString percentFine(double fraction) {
    return QStringLiteral("%1%").arg(fraction * 100.0, 0, 'f', 2);
}

class Rules {
public:
    Rules(const District& district, const DistrictIndicators& indicators,
          const IndicatorContext& context, const RecommendationThresholds& thresholds)
        : m_district(district)
        , m_indicators(indicators)
        , m_context(context)
        , m_thresholds(thresholds) {}

    std::vector<Recommendation> run() {
        leadingIndustry();
        utilityGaps();
        serviceGaps();
        financeGap();
        chain();
        upgradeTraditional();
        researchBelowBenchmark();
        smePlatform();
        transferredIndustry();
        capitalMarkets();
        return m_out;
    }

private:
    QString names(const std::vector<SectorIndex>& sectors, bool chinese) const {
        QStringList list;
        for (SectorIndex s : sectors) {
            list << (chinese ? m_context.sectors->at(s).nameZh : m_context.sectors->at(s).nameEn);
        }
        return list.join(chinese ? QStringLiteral("、") : QStringLiteral(", "));
    }

    // Items of a category whose gap reaches the threshold, largest first.
    std::vector<const model::InfrastructureItemInfo*>
    gaps(std::initializer_list<InfrastructureCategory> categories, double threshold) const {
        std::vector<const model::InfrastructureItemInfo*> items;
        for (const auto& info : model::infrastructureItems()) {
            if (std::find(categories.begin(), categories.end(), info.category) !=
                    categories.end() &&
                m_district.provision(info.item).gap() >= threshold) {
                items.push_back(&info);
            }
        }
        std::stable_sort(items.begin(), items.end(), [&](auto a, auto b) {
            return m_district.provision(a->item).gap() > m_district.provision(b->item).gap();
        });
        return items;
    }

    QString itemList(const std::vector<const model::InfrastructureItemInfo*>& items,
                     bool chinese) const {
        QStringList list;
        for (const auto* info : items) {
            list << QStringLiteral("%1 %2").arg(chinese ? QString::fromUtf8(info->nameZh)
                                                        : QString::fromLatin1(info->nameEn),
                                                percent(m_district.provision(info->item).gap()));
        }
        return list.join(chinese ? QStringLiteral("、") : QStringLiteral(", "));
    }

    void add(Recommendation r) { m_out.push_back(std::move(r)); }

    [[nodiscard]] bool hasInputOutput() const {
        return m_context.inputOutput && m_context.inputOutput->size() == m_context.sectors->size();
    }

    // Direct input-output support for a sector from the district's other active sectors: the
    // coefficients linking it to them, as supplier and as buyer.
    [[nodiscard]] double support(SectorIndex sector) const {
        if (!hasInputOutput()) {
            return 0.0;
        }
        double sum = 0.0;
        for (const auto& a : m_district.industries) {
            if (a.sector != sector && a.outputValue > 0.0) {
                sum += m_context.inputOutput->coefficient(a.sector, sector) +
                       m_context.inputOutput->coefficient(sector, a.sector);
            }
        }
        return sum;
    }

    // The sector whose chain the indicators follow: the first leading industry, or the largest.
    [[nodiscard]] SectorIndex chainSectorOf() const {
        if (!m_district.leadingIndustries.empty()) {
            return m_district.leadingIndustries.front();
        }
        return std::max_element(
                   m_district.industries.begin(), m_district.industries.end(),
                   [](const auto& a, const auto& b) { return a.outputValue < b.outputValue; })
            ->sector;
    }

    [[nodiscard]] QString supportText(double value) const { return QString::number(value, 'f', 2); }

    void leadingIndustry() {
        if (m_indicators.clearlyPositioned || m_district.industries.empty() ||
            !(m_indicators.totalOutput > 0.0)) {
            return;
        }
        const double threshold = m_thresholds.candidateSupport;
        const auto shareOf = [&](SectorIndex s) {
            const auto* a = m_district.activity(s);
            return a ? a->outputValue / m_indicators.totalOutput : 0.0;
        };
        const auto lqOf = [&](SectorIndex s) {
            return m_indicators.locationQuotients[static_cast<std::size_t>(s)];
        };
        // Candidates from the district's own strengths (share weighted by specialisation), but
        // only those its other industries support through the input-output table.
        std::vector<std::pair<double, SectorIndex>> ranked;
        for (const auto& a : m_district.industries) {
            const double lq = lqOf(a.sector);
            if (a.outputValue > 0.0 && support(a.sector) >= threshold) {
                ranked.emplace_back(shareOf(a.sector) * std::min(std::isnan(lq) ? 1.0 : lq, 5.0),
                                    a.sector);
            }
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](auto a, auto b) { return a.first > b.first; });
        std::vector<SectorIndex> candidates;
        QStringList detailZh, detailEn;
        for (std::size_t k = 0; k < std::min<std::size_t>(3, ranked.size()); ++k) {
            const SectorIndex s = ranked[k].second;
            candidates.push_back(s);
            detailZh << QStringLiteral("%1（占%2，区位商%3，投入产出支撑%4）")
                            .arg(m_context.sectors->at(s).nameZh, percent(shareOf(s)))
                            .arg(lqOf(s), 0, 'f', 2)
                            .arg(supportText(support(s)));
            detailEn << QStringLiteral("%1 (%2 of output, LQ %3, input-output support %4)")
                            .arg(m_context.sectors->at(s).nameEn, percent(shareOf(s)))
                            .arg(lqOf(s), 0, 'f', 2)
                            .arg(supportText(support(s)));
        }
        QString measureZh, measureEn;
        if (candidates.empty()) {
            measureZh = QStringLiteral("选择并培育主导产业：目前没有产业获得足够的园区内投入产出"
                                       "支撑（阈值%1），宜先补齐产业链再确定")
                            .arg(supportText(threshold));
            measureEn = QStringLiteral("Select and cultivate a leading industry: no sector has "
                                       "enough input-output support from the district's other "
                                       "industries (threshold %1); build the chain first")
                            .arg(supportText(threshold));
        } else {
            measureZh = QStringLiteral("选择并培育主导产业，候选：%1")
                            .arg(detailZh.join(QStringLiteral("；")));
            measureEn = QStringLiteral("Select and cultivate a leading industry; candidates: %1")
                            .arg(detailEn.join(QStringLiteral("; ")));
        }
        // The designated leading industry is always weighed, and a planner told why it is not
        // among the candidates.
        if (!m_district.leadingIndustries.empty()) {
            const SectorIndex designated = m_district.leadingIndustries.front();
            const QString& zh = m_context.sectors->at(designated).nameZh;
            const QString& en = m_context.sectors->at(designated).nameEn;
            const double designatedSupport = support(designated);
            if (std::find(candidates.begin(), candidates.end(), designated) != candidates.end()) {
                measureZh += QStringLiteral("。现定主导产业%1在候选之列").arg(zh);
                measureEn += QStringLiteral(". The designated %1 is among them").arg(en);
            } else if (designatedSupport < threshold) {
                measureZh += QStringLiteral("。现定主导产业%1未入选：园区内投入产出支撑%2，低于%3")
                                 .arg(zh, supportText(designatedSupport), supportText(threshold));
                measureEn += QStringLiteral(". The designated %1 is not recommended: its "
                                            "input-output support here is %2, below %3")
                                 .arg(en, supportText(designatedSupport), supportText(threshold));
            } else {
                measureZh += QStringLiteral("。现定主导产业%1未入选：占%2、区位商%3，规模与专业化"
                                            "不及候选产业")
                                 .arg(zh, percent(shareOf(designated)))
                                 .arg(lqOf(designated), 0, 'f', 2);
                measureEn += QStringLiteral(". The designated %1 is not recommended: at %2 of "
                                            "output and LQ %3 it is smaller and less specialised "
                                            "than the candidates")
                                 .arg(en, percent(shareOf(designated)))
                                 .arg(lqOf(designated), 0, 'f', 2);
            }
        }
        const double positioning = m_district.leadingIndustries.empty()
                                       ? m_indicators.topSectorShare
                                       : m_indicators.leadingShare;
        const double clear = m_context.thresholds.clearLeadingShare;
        Recommendation r{
            QStringLiteral("leading-industry"), Priority::Medium, (clear - positioning) / clear,
            kUnranked, measureZh, measureEn,
            QStringLiteral("主导产业产值占比%1，低于明确定位所需的%2")
                .arg(percent(positioning), percent(clear)),
            QStringLiteral("leading share %1 is below the %2 of a clearly positioned district")
                .arg(percent(positioning), percent(clear)),
            //: Source of a recommended measure: a section of the Henan or Ningxia paper
            QCoreApplication::translate("agglomap::analysis::Recommendations",
                                        "Henan paper §4.1 (unclear leading "
                                        "industries) and §4.2, first countermeasure"),
            candidates};
        add(std::move(r));
    }

    // The need of a gap rule: the gaps at or above the threshold, summed over all items of the
    // categories (so both how many items fall short and by how much count).
    [[nodiscard]] double gapNeed(const std::vector<const model::InfrastructureItemInfo*>& items,
                                 std::initializer_list<InfrastructureCategory> categories) const {
        double sum = 0.0;
        for (const auto* info : items) {
            sum += m_district.provision(info->item).gap();
        }
        const auto count = std::count_if(model::infrastructureItems().begin(),
                                         model::infrastructureItems().end(), [&](const auto& info) {
                                             return std::find(categories.begin(), categories.end(),
                                                              info.category) != categories.end();
                                         });
        return count > 0 ? sum / static_cast<double>(count) : 0.0;
    }

    void utilityGaps() {
        const auto categories = {InfrastructureCategory::Utilities,
                                 InfrastructureCategory::Transport};
        const auto items = gaps(categories, m_thresholds.utilityGap);
        if (items.empty()) {
            return;
        }
        add({QStringLiteral("utility-gaps"),
             Priority::Medium,
             gapNeed(items, categories),
             kUnranked,
             QStringLiteral("补齐基础设施短板：%1").arg(itemList(items, true)),
             QStringLiteral("Close the infrastructure gaps: %1").arg(itemList(items, false)),
             QStringLiteral("%1项基础设施缺口不低于%2")
                 .arg(items.size())
                 .arg(percent(m_thresholds.utilityGap)),
             QStringLiteral("%1 items fall short of their requirement by %2 or more")
                 .arg(items.size())
                 .arg(percent(m_thresholds.utilityGap)),
             QCoreApplication::translate(
                 "agglomap::analysis::Recommendations",
                 "Henan paper §4.1 (infrastructure lags; some districts lack water and power)"),
             {}});
    }

    void serviceGaps() {
        const auto items = gaps({InfrastructureCategory::Services}, m_thresholds.serviceGap);
        if (items.empty()) {
            return;
        }
        add({QStringLiteral("service-gaps"),
             Priority::Medium,
             gapNeed(items, {InfrastructureCategory::Services}),
             kUnranked,
             QStringLiteral("完善产业服务体系（研发、孵化、培训、营销）：%1")
                 .arg(itemList(items, true)),
             QStringLiteral(
                 "Build the industrial service system (R&D, incubation, training, marketing): %1")
                 .arg(itemList(items, false)),
             QStringLiteral("服务体系缺口不低于%1").arg(percent(m_thresholds.serviceGap)),
             QStringLiteral("service provision falls short by %1 or more")
                 .arg(percent(m_thresholds.serviceGap)),
             QCoreApplication::translate(
                 "agglomap::analysis::Recommendations",
                 "Henan paper §4.1 (imperfect industry service system: R&D, marketing)"),
             {}});
    }

    void financeGap() {
        const double gap = m_district.provision(model::InfrastructureItem::Banks).gap();
        if (gap < m_thresholds.financeGap) {
            return;
        }
        add({QStringLiteral("finance-gap"),
             Priority::Medium,
             gap,
             kUnranked,
             QStringLiteral("引进四大行以外的股份制和城市商业银行，为中小企业融资"),
             QStringLiteral("Attract joint-stock and city commercial banks beyond the big four to "
                            "finance SMEs"),
             QStringLiteral("银行服务缺口%1（阈值%2）")
                 .arg(percent(gap), percent(m_thresholds.financeGap)),
             QStringLiteral("bank provision falls short by %1 (threshold %2)")
                 .arg(percent(gap), percent(m_thresholds.financeGap)),
             QCoreApplication::translate(
                 "agglomap::analysis::Recommendations",
                 "Henan paper §4.1 (no commercial bank except the four major state banks)"),
             {}});
    }

    void chain() {
        const bool broken = !std::isnan(m_indicators.chainCompleteness) &&
                            m_indicators.chainCompleteness < m_thresholds.chainCompleteness;
        const bool loose = m_indicators.linkageDensity < m_thresholds.linkageDensity &&
                           m_district.industries.size() > 1;
        if (!broken && !loose) {
            return;
        }
        std::vector<SectorIndex> missing = m_indicators.missingSuppliers;
        missing.insert(missing.end(), m_indicators.missingBuyers.begin(),
                       m_indicators.missingBuyers.end());
        QString measureZh = QStringLiteral("加强园区内产业分工协作，延伸产业链");
        QString measureEn = QStringLiteral("Strengthen the division of work between the district's "
                                           "industries and extend the chain");
        if (!m_indicators.missingSuppliers.empty()) {
            measureZh +=
                QStringLiteral("；补上游：%1").arg(names(m_indicators.missingSuppliers, true));
            measureEn += QStringLiteral("; add upstream: %1")
                             .arg(names(m_indicators.missingSuppliers, false));
        }
        if (!m_indicators.missingBuyers.empty()) {
            measureZh +=
                QStringLiteral("；补下游：%1").arg(names(m_indicators.missingBuyers, true));
            measureEn += QStringLiteral("; add downstream: %1")
                             .arg(names(m_indicators.missingBuyers, false));
        }
        const QString completeness = std::isnan(m_indicators.chainCompleteness)
                                         ? QStringLiteral("–")
                                         : percent(m_indicators.chainCompleteness);
        // Need: how much of the leading chain's key inputs and sales has no local counterpart
        // (the input coefficients of the missing suppliers and buyers), plus the relative
        // shortfall of linkage density when the district is loosely linked. Coefficients tell
        // apart districts that completeness alone, often 0 for all, would tie.
        double missingWeight = 0.0;
        if (broken && hasInputOutput()) {
            const SectorIndex chainSector = chainSectorOf();
            for (SectorIndex s : m_indicators.missingSuppliers) {
                missingWeight += m_context.inputOutput->coefficient(s, chainSector);
            }
            for (SectorIndex s : m_indicators.missingBuyers) {
                missingWeight += m_context.inputOutput->coefficient(chainSector, s);
            }
        }
        const double densityShortfall =
            loose ? (m_thresholds.linkageDensity - m_indicators.linkageDensity) /
                        m_thresholds.linkageDensity
                  : 0.0;
        add({QStringLiteral("broken-chain"), Priority::Medium, missingWeight + densityShortfall,
             kUnranked, measureZh, measureEn,
             QStringLiteral("产业链完整度%1（阈值%2），关联密度%3（阈值%4）")
                 .arg(completeness, percent(m_thresholds.chainCompleteness))
                 .arg(m_indicators.linkageDensity, 0, 'f', 2)
                 .arg(m_thresholds.linkageDensity, 0, 'f', 2),
             QStringLiteral(
                 "chain completeness %1 (threshold %2), linkage density %3 (threshold %4)")
                 .arg(completeness, percent(m_thresholds.chainCompleteness))
                 .arg(m_indicators.linkageDensity, 0, 'f', 2)
                 .arg(m_thresholds.linkageDensity, 0, 'f', 2),
             QCoreApplication::translate(
                 "agglomap::analysis::Recommendations",
                 "Henan paper §4.1 (low industry correlation) and §4.2, fourth countermeasure"),
             missing});
    }

    void upgradeTraditional() {
        if (std::isnan(m_indicators.traditionalShare) ||
            m_indicators.traditionalShare < m_thresholds.traditionalShare) {
            return;
        }
        // New industries that the district's own industries already supply or buy from grow
        // most easily here; without enough support a sector is not suggested at all.
        std::vector<std::pair<double, SectorIndex>> ranked;
        for (SectorIndex s = 0; s < m_context.sectors->size(); ++s) {
            const auto category = m_context.sectors->at(s).category;
            if ((category != model::SectorCategory::Emerging &&
                 category != model::SectorCategory::HighTech) ||
                m_district.activity(s)) {
                continue;
            }
            if (const double value = support(s); value >= m_thresholds.candidateSupport) {
                ranked.emplace_back(value, s);
            }
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](auto a, auto b) { return a.first > b.first; });
        std::vector<SectorIndex> candidates;
        for (std::size_t k = 0; k < std::min<std::size_t>(3, ranked.size()); ++k) {
            candidates.push_back(ranked[k].second);
        }
        const QString threshold = supportText(m_thresholds.candidateSupport);
        add({QStringLiteral("upgrade-traditional"), Priority::Medium, m_indicators.traditionalShare,
             kUnranked,
             candidates.empty()
                 ? QStringLiteral("以新技术改造传统产业；暂无新兴产业获得园区产业足够的投入产出支撑"
                                  "（阈值%1）")
                       .arg(threshold)
                 : QStringLiteral("以新技术改造传统产业，同时发展新兴产业：%1")
                       .arg(names(candidates, true)),
             candidates.empty()
                 ? QStringLiteral("Upgrade the traditional industries with new technology; no "
                                  "new industry has enough input-output support from the "
                                  "district's industries (threshold %1)")
                       .arg(threshold)
                 : QStringLiteral("Upgrade the traditional industries with new technology and "
                                  "develop new ones: %1")
                       .arg(names(candidates, false)),
             QStringLiteral("传统及资源依赖型产业占%1（阈值%2）")
                 .arg(percent(m_indicators.traditionalShare),
                      percent(m_thresholds.traditionalShare)),
             QStringLiteral(
                 "traditional and resource-dependent industries hold %1 of output (threshold %2)")
                 .arg(percent(m_indicators.traditionalShare),
                      percent(m_thresholds.traditionalShare)),
             QCoreApplication::translate(
                 "agglomap::analysis::Recommendations",
                 "Henan paper §4.2, third countermeasure; Ningxia paper §5.2.2"),
             candidates});
    }

    void researchBelowBenchmark() {
        // Without business income the intensity is undefined: nothing to compare.
        if (std::isnan(m_indicators.rdIntensity) || m_indicators.meetsRdBenchmark) {
            return;
        }
        const double benchmark = m_indicators.rdBenchmark;
        const QString value = percentFine(m_indicators.rdIntensity);
        const QString sales = std::isnan(m_indicators.salesPerEnterprise)
                                  ? QStringLiteral("–")
                                  : QString::number(m_indicators.salesPerEnterprise, 'f', 2);
        add({QStringLiteral("rd-below-benchmark"),
             Priority::Medium,
             (benchmark - m_indicators.rdIntensity) / benchmark,
             kUnranked,
             QStringLiteral("由政府主导引进关键技术与设备，组建技术开发公司，并补贴技术转让"),
             QStringLiteral("Government-led introduction of key technology and equipment; found a "
                            "technology development company; subsidise technology transfer"),
             QStringLiteral("研发强度%1，低于企均销售收入%2亿元对应的高新技术企业标准%3")
                 .arg(value, sales, percent(benchmark)),
             QStringLiteral("R&D intensity %1 is below the %3 high-tech enterprise benchmark for "
                            "mean sales of %2 hundred million yuan per enterprise")
                 .arg(value, sales, percent(benchmark)),
             QCoreApplication::translate(
                 "agglomap::analysis::Recommendations",
                 "Ningxia paper §4.2.5 and §5.3.2-5.3.3; benchmark: high-tech enterprise "
                 "recognition, Guokefahuo [2016] No. 32"),
             {}});
    }

    void smePlatform() {
        if (std::isnan(m_indicators.smeShare) || m_indicators.smeShare < m_thresholds.smeShare ||
            !(m_indicators.rdIntensity < m_thresholds.smeRdIntensity ||
              std::isnan(m_indicators.rdIntensity))) {
            return;
        }
        const double rdShortfall = std::isnan(m_indicators.rdIntensity)
                                       ? 1.0
                                       : (m_thresholds.smeRdIntensity - m_indicators.rdIntensity) /
                                             m_thresholds.smeRdIntensity;
        add({QStringLiteral("sme-platform"),
             Priority::Medium,
             m_indicators.smeShare * rdShortfall,
             kUnranked,
             QStringLiteral("为中小企业建设共享技术平台，补贴技术转让价格"),
             QStringLiteral("Build a shared technology platform for the SMEs and subsidise the "
                            "price of technology transfer"),
             QStringLiteral("中小企业占%1，研发强度不足%2")
                 .arg(percent(m_indicators.smeShare), percent(m_thresholds.smeRdIntensity)),
             QStringLiteral("SMEs are %1 of enterprises and R&D intensity is under %2")
                 .arg(percent(m_indicators.smeShare), percent(m_thresholds.smeRdIntensity)),
             QCoreApplication::translate(
                 "agglomap::analysis::Recommendations",
                 "Ningxia paper §4.2.2 (641 of 761 enterprises small), §5.3.2 and §5.3.3"),
             {}});
    }

    void transferredIndustry() {
        if (m_district.leadingIndustries.empty()) {
            return;
        }
        const SectorIndex leading = m_district.leadingIndustries.front();
        const auto category = m_context.sectors->at(leading).category;
        const bool newIndustry = category == model::SectorCategory::HighTech ||
                                 category == model::SectorCategory::Emerging;
        const bool noLocalInnovation =
            std::isnan(m_indicators.rdIntensity) ||
            m_indicators.rdIntensity < m_thresholds.transferredRdIntensity;
        const bool noLocalRoots =
            std::isnan(m_indicators.localSourcingShare) ||
            m_indicators.localSourcingShare < m_thresholds.transferredLocalSourcing;
        if (!newIndustry || !noLocalInnovation || !noLocalRoots) {
            return;
        }
        add({QStringLiteral("transferred-industry"),
             Priority::Medium,
             1.0 - (std::isnan(m_indicators.localSourcingShare) ? 0.0
                                                                : m_indicators.localSourcingShare),
             kUnranked,
             QStringLiteral("在承接转移的%1基础上开展本地创新，培育本地配套")
                 .arg(m_context.sectors->at(leading).nameZh),
             QStringLiteral("Build local innovation and local suppliers on the transferred-in %1")
                 .arg(m_context.sectors->at(leading).nameEn),
             QStringLiteral("主导产业为新兴或高技术产业，但研发强度与本地配套率都低"),
             QStringLiteral("a high-tech or emerging leading industry with low R&D intensity and "
                            "low local sourcing"),
             QCoreApplication::translate(
                 "agglomap::analysis::Recommendations",
                 "Henan paper §4.2, second countermeasure (transfer alone solidifies "
                 "the technology gap)"),
             {leading}});
    }

    void capitalMarkets() {
        if (m_district.finance.listedCompanies > 0 || m_district.finance.ventureFunds > 0 ||
            m_district.finance.businessIncome < m_thresholds.capitalMarketIncome) {
            return;
        }
        add({QStringLiteral("capital-markets"),
             Priority::Medium,
             m_district.finance.businessIncome,
             kUnranked,
             QStringLiteral("推动企业改制上市，设立风险投资基金，利用多层次资本市场"),
             QStringLiteral("Prepare enterprises for listing, set up a venture capital fund and "
                            "use the multi-level capital "
                            "market"),
             QStringLiteral("营业收入%1亿元，但无上市公司、无风险投资基金")
                 .arg(m_district.finance.businessIncome, 0, 'f', 0),
             QStringLiteral("business income of %1 hundred million yuan, but no listed company and "
                            "no venture fund")
                 .arg(m_district.finance.businessIncome, 0, 'f', 0),
             QCoreApplication::translate("agglomap::analysis::Recommendations",
                                         "Ningxia paper §4.2.6 (11 listed companies) and §5.3.6"),
             {}});
    }

    const District& m_district;
    const DistrictIndicators& m_indicators;
    const IndicatorContext& m_context;
    const RecommendationThresholds& m_thresholds;
    std::vector<Recommendation> m_out;
};

} // namespace

QString priorityKey(Priority priority) {
    switch (priority) {
    case Priority::High:
        return QStringLiteral("high");
    case Priority::Medium:
        return QStringLiteral("medium");
    case Priority::Low:
        return QStringLiteral("low");
    }
    return {};
}

std::vector<Recommendation> recommend(const District& district,
                                      const DistrictIndicators& indicators,
                                      const IndicatorContext& context,
                                      const RecommendationThresholds& thresholds) {
    return Rules(district, indicators, context, thresholds).run();
}

const QStringList& recommendationRuleIds() {
    static const QStringList ids{
        QStringLiteral("leading-industry"),     QStringLiteral("utility-gaps"),
        QStringLiteral("service-gaps"),         QStringLiteral("finance-gap"),
        QStringLiteral("broken-chain"),         QStringLiteral("upgrade-traditional"),
        QStringLiteral("rd-below-benchmark"),   QStringLiteral("sme-platform"),
        QStringLiteral("transferred-industry"), QStringLiteral("capital-markets")};
    return ids;
}

QString measureTitle(const QString& ruleId, bool chinese) {
    struct Title {
        const char* id;
        const char* zh;
        const char* en;
    };
    static const Title titles[] = {
        {"leading-industry", "选择并培育主导产业", "Select and cultivate a leading industry"},
        {"utility-gaps", "补齐基础设施短板", "Close the infrastructure gaps"},
        {"service-gaps", "完善产业服务体系", "Build the industrial service system"},
        {"finance-gap", "引进商业银行为中小企业融资", "Attract commercial banks to finance SMEs"},
        {"broken-chain", "加强分工协作、延伸产业链",
         "Strengthen the division of work and extend "
         "the chain"},
        {"upgrade-traditional", "改造传统产业、发展新兴产业",
         "Upgrade traditional industries and "
         "develop new ones"},
        {"rd-below-benchmark", "政府主导引进技术、提高研发投入",
         "Government-led technology "
         "introduction to raise R&D"},
        {"sme-platform", "建设中小企业共享技术平台", "A shared technology platform for SMEs"},
        {"transferred-industry", "在承接转移产业基础上开展本地创新",
         "Local innovation on "
         "transferred-in industry"},
        {"capital-markets", "利用多层次资本市场", "Use the multi-level capital market"},
    };
    for (const Title& t : titles) {
        if (ruleId == QLatin1String(t.id)) {
            return chinese ? QString::fromUtf8(t.zh) : QString::fromLatin1(t.en);
        }
    }
    return ruleId;
}

double needPercentile(double need, const std::vector<double>& sortedPeerNeeds) {
    if (sortedPeerNeeds.empty()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const auto below = std::lower_bound(sortedPeerNeeds.begin(), sortedPeerNeeds.end(), need) -
                       sortedPeerNeeds.begin();
    return static_cast<double>(below) / static_cast<double>(sortedPeerNeeds.size());
}

Priority priorityForPercentile(double percentile, const RecommendationThresholds& thresholds) {
    if (std::isnan(percentile)) {
        return Priority::Medium;
    }
    if (percentile >= thresholds.highPercentile) {
        return Priority::High;
    }
    return percentile >= thresholds.mediumPercentile ? Priority::Medium : Priority::Low;
}

void rankRecommendations(std::vector<Recommendation>& list,
                         const std::map<QString, double>& percentiles,
                         const RecommendationThresholds& thresholds) {
    for (Recommendation& r : list) {
        const auto it = percentiles.find(r.ruleId);
        r.percentile =
            it == percentiles.end() ? std::numeric_limits<double>::quiet_NaN() : it->second;
        r.priority = priorityForPercentile(r.percentile, thresholds);
    }
    const auto order = [](const QString& id) {
        return recommendationRuleIds().indexOf(id);
    };
    std::stable_sort(list.begin(), list.end(),
                     [&](const Recommendation& a, const Recommendation& b) {
                         if (a.priority != b.priority) {
                             return a.priority < b.priority;
                         }
                         const double pa = std::isnan(a.percentile) ? -1.0 : a.percentile;
                         const double pb = std::isnan(b.percentile) ? -1.0 : b.percentile;
                         if (pa != pb) {
                             return pa > pb;
                         }
                         return order(a.ruleId) < order(b.ruleId);
                     });
}

QString stageRole(ClusterStage stage, bool chinese) {
    switch (stage) {
    case ClusterStage::Informal:
        return chinese ? QStringLiteral("集群形成期：政府作为中小企业的桥梁、引导者和支持者，积极"
                                        "参与集群形成")
                       : QStringLiteral("Formation: the government acts as bridge, guide and "
                                        "supporter of the SMEs while the cluster forms");
    case ClusterStage::Organized:
        return chinese ? QStringLiteral("集群发展期：政府转为环境保护者，从产业政策转向集群政策")
                       : QStringLiteral("Development: the government becomes protector of the "
                                        "environment and moves from industrial policy to "
                                        "cluster policy");
    case ClusterStage::Innovative:
        return chinese ? QStringLiteral("集群成熟期：政府少干预，维护制度与金融环境")
                       : QStringLiteral("Maturity: the government steps back and keeps the "
                                        "institutions and finance in good order");
    }
    return {};
}

QString innovationModeNote(InnovationMode mode, bool chinese) {
    switch (mode) {
    case InnovationMode::Progressive:
        return chinese ? QStringLiteral("渐进式产业创新：沿产业链局部调整、向上游升级")
                       : QStringLiteral("Progressive innovation: adjust the existing industry and "
                                        "move up its chain");
    case InnovationMode::Fundamental:
        return chinese ? QStringLiteral("根本性产业创新：依托技术突破形成新产业")
                       : QStringLiteral("Fundamental innovation: build a new industry on a "
                                        "technological breakthrough");
    case InnovationMode::Convergence:
        return chinese ? QStringLiteral("产业融合型创新：相关产业依托共性技术相互渗透")
                       : QStringLiteral("Convergence innovation: let related industries permeate "
                                        "each other through common technology");
    }
    return {};
}

QString stageRoleSource() {
    return QCoreApplication::translate(
        "agglomap::analysis::Recommendations",
        "Ningxia paper §2.3 (three phases) and §3.3.1 (the government's role in each)");
}

QString innovationModeSource() {
    return QCoreApplication::translate("agglomap::analysis::Recommendations",
                                       "Henan paper §2 (three modes of industrial innovation)");
}

} // namespace agglomap::analysis
