#include "analysis/recommendations.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace agglomap::analysis {

using model::District;
using model::InfrastructureCategory;
using model::SectorIndex;

namespace {

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
        governmentRole();
        innovationMode();
        std::stable_sort(m_out.begin(), m_out.end(),
                         [](const Recommendation& a, const Recommendation& b) {
                             return a.priority < b.priority;
                         });
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

    void leadingIndustry() {
        if (m_indicators.clearlyPositioned || m_district.industries.empty()) {
            return;
        }
        // Candidates from the district's own strengths: share weighted by specialisation.
        std::vector<std::pair<double, SectorIndex>> ranked;
        for (const auto& a : m_district.industries) {
            const double share = a.outputValue / m_indicators.totalOutput;
            const double lq = m_indicators.locationQuotients[static_cast<std::size_t>(a.sector)];
            ranked.emplace_back(share * std::min(std::isnan(lq) ? 1.0 : lq, 5.0), a.sector);
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](auto a, auto b) { return a.first > b.first; });
        std::vector<SectorIndex> candidates;
        QStringList detailZh, detailEn;
        for (std::size_t k = 0; k < std::min<std::size_t>(3, ranked.size()); ++k) {
            const SectorIndex s = ranked[k].second;
            candidates.push_back(s);
            const double share = m_district.activity(s)->outputValue / m_indicators.totalOutput;
            const double lq = m_indicators.locationQuotients[static_cast<std::size_t>(s)];
            detailZh << QStringLiteral("%1（占%2，区位商%3）")
                            .arg(m_context.sectors->at(s).nameZh, percent(share))
                            .arg(lq, 0, 'f', 2);
            detailEn << QStringLiteral("%1 (%2 of output, LQ %3)")
                            .arg(m_context.sectors->at(s).nameEn, percent(share))
                            .arg(lq, 0, 'f', 2);
        }
        const double positioning = m_district.leadingIndustries.empty()
                                       ? m_indicators.topSectorShare
                                       : m_indicators.leadingShare;
        add({QStringLiteral("leading-industry"), Priority::High,
             QStringLiteral("选择并培育主导产业，候选：%1")
                 .arg(detailZh.join(QStringLiteral("；"))),
             QStringLiteral("Select and cultivate a leading industry; candidates: %1")
                 .arg(detailEn.join(QStringLiteral("; "))),
             QStringLiteral("主导产业产值占比%1，低于明确定位所需的%2")
                 .arg(percent(positioning), percent(m_context.thresholds.clearLeadingShare)),
             QStringLiteral("leading share %1 is below the %2 of a clearly positioned district")
                 .arg(percent(positioning), percent(m_context.thresholds.clearLeadingShare)),
             //: Source of a recommended measure: a section of the Henan or Ningxia paper
             QCoreApplication::translate(
                 "agglomap::analysis::Recommendations",
                 "Henan paper §4.1 (unclear leading industries) and §4.2, first countermeasure"),
             candidates});
    }

    void utilityGaps() {
        const auto items =
            gaps({InfrastructureCategory::Utilities, InfrastructureCategory::Transport},
                 m_thresholds.utilityGap);
        if (items.empty()) {
            return;
        }
        const bool severe =
            m_district.provision(items.front()->item).gap() >= m_thresholds.severeGap;
        add({QStringLiteral("utility-gaps"),
             severe ? Priority::High : Priority::Medium,
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
        add({QStringLiteral("broken-chain"),
             broken && m_indicators.chainCompleteness < m_thresholds.brokenChain ? Priority::High
                                                                                 : Priority::Medium,
             measureZh, measureEn,
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
        // New industries whose key suppliers the district already has grow most easily here.
        std::vector<std::pair<double, SectorIndex>> ranked;
        for (SectorIndex s = 0; s < m_context.sectors->size(); ++s) {
            const auto category = m_context.sectors->at(s).category;
            if ((category != model::SectorCategory::Emerging &&
                 category != model::SectorCategory::HighTech) ||
                m_district.activity(s)) {
                continue;
            }
            double support = 0.0;
            if (m_context.inputOutput &&
                m_context.inputOutput->size() == m_context.sectors->size()) {
                for (const auto& a : m_district.industries) {
                    support += m_context.inputOutput->coefficient(a.sector, s) +
                               m_context.inputOutput->coefficient(s, a.sector);
                }
            }
            ranked.emplace_back(support, s);
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](auto a, auto b) { return a.first > b.first; });
        std::vector<SectorIndex> candidates;
        for (std::size_t k = 0; k < std::min<std::size_t>(3, ranked.size()); ++k) {
            candidates.push_back(ranked[k].second);
        }
        add({QStringLiteral("upgrade-traditional"), Priority::Medium,
             QStringLiteral("以新技术改造传统产业，同时发展新兴产业：%1")
                 .arg(names(candidates, true)),
             QStringLiteral(
                 "Upgrade the traditional industries with new technology and develop new ones: %1")
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
        if (m_indicators.rdTier != RdTier::BelowOnePercent) {
            return;
        }
        const QString value = std::isnan(m_indicators.rdIntensity)
                                  ? QStringLiteral("–")
                                  : percentFine(m_indicators.rdIntensity);
        add({QStringLiteral("rd-below-benchmark"),
             Priority::High,
             QStringLiteral("由政府主导引进关键技术与设备，组建技术开发公司，并补贴技术转让"),
             QStringLiteral("Government-led introduction of key technology and equipment; found a "
                            "technology development "
                            "company; subsidise technology transfer"),
             QStringLiteral("研发强度%1，低于1%的技术引进国家基准").arg(value),
             QStringLiteral("R&D intensity %1 is below the 1% benchmark of countries that "
                            "introduce technology")
                 .arg(value),
             QCoreApplication::translate(
                 "agglomap::analysis::Recommendations",
                 "Ningxia paper §4.2.5 (R&D 0.7% against 1% / 1.5% / 2%) and §5.3.2-5.3.3"),
             {}});
    }

    void smePlatform() {
        if (std::isnan(m_indicators.smeShare) || m_indicators.smeShare < m_thresholds.smeShare ||
            !(m_indicators.rdIntensity < m_thresholds.smeRdIntensity ||
              std::isnan(m_indicators.rdIntensity))) {
            return;
        }
        add({QStringLiteral("sme-platform"),
             Priority::Medium,
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
             Priority::Low,
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

    void governmentRole() {
        struct Role {
            const char* zh;
            const char* en;
            const char* stageZh;
        };
        static const Role roles[] = {
            {"政府作为中小企业的桥梁、引导者和支持者，积极参与集群形成",
             "The government acts as bridge, guide and supporter of the "
             "SMEs while the cluster forms",
             "非正式"},
            {"政府转向环境保护者，从产业政策转向集群政策",
             "The government becomes protector of the environment and moves from "
             "industrial policy to cluster policy",
             "有组织"},
            {"政府少干预，维护制度与金融环境",
             "The government steps back and keeps the institutions and finance in good order",
             "创新型"},
        };
        const Role& role = roles[static_cast<int>(m_indicators.stage)];
        add({QStringLiteral("government-role"),
             Priority::Low,
             QString::fromUtf8(role.zh),
             QString::fromLatin1(role.en),
             QStringLiteral("集群处于%1阶段").arg(QString::fromUtf8(role.stageZh)),
             QStringLiteral("the cluster is at the %1 stage")
                 .arg(clusterStageKey(m_indicators.stage)),
             QCoreApplication::translate(
                 "agglomap::analysis::Recommendations",
                 "Ningxia paper §2.3 (three phases) and §3.3.1 (the government's role in each)"),
             {}});
    }

    void innovationMode() {
        static const char* zh[] = {"渐进式产业创新：沿产业链局部调整、向上游升级",
                                   "根本性产业创新：依托技术突破形成新产业",
                                   "产业融合型创新：相关产业依托共性技术相互渗透"};
        static const char* en[] = {
            "Progressive innovation: adjust the existing industry and move up its chain",
            "Fundamental innovation: build a new industry on a technological breakthrough",
            "Convergence innovation: let related industries permeate each other through common "
            "technology"};
        const auto index = static_cast<std::size_t>(m_indicators.mode);
        add({QStringLiteral("innovation-mode"),
             Priority::Low,
             QString::fromUtf8(zh[index]),
             QString::fromLatin1(en[index]),
             QStringLiteral("新兴与高技术产业占%1，研发强度%2，关联密度%3")
                 .arg(std::isnan(m_indicators.newIndustryShare)
                          ? QStringLiteral("–")
                          : percent(m_indicators.newIndustryShare),
                      std::isnan(m_indicators.rdIntensity) ? QStringLiteral("–")
                                                           : percentFine(m_indicators.rdIntensity))
                 .arg(m_indicators.linkageDensity, 0, 'f', 2),
             QStringLiteral("new industries %1 of output, R&D intensity %2, linkage density %3")
                 .arg(std::isnan(m_indicators.newIndustryShare)
                          ? QStringLiteral("–")
                          : percent(m_indicators.newIndustryShare),
                      std::isnan(m_indicators.rdIntensity) ? QStringLiteral("–")
                                                           : percentFine(m_indicators.rdIntensity))
                 .arg(m_indicators.linkageDensity, 0, 'f', 2),
             QCoreApplication::translate("agglomap::analysis::Recommendations",
                                         "Henan paper §2 (three modes of industrial innovation)"),
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

} // namespace agglomap::analysis
