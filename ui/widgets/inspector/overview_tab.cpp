#include "widgets/inspector/overview_tab.h"

#include "analysis/district_metric.h"
#include "analysis/indicator_inputs.h"
#include "commands/plan_commands.h"
#include "widgets/inspector/inspector_format.h"
#include "widgets/models/display_names.h"
#include "widgets/preferences/area_units.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace agglomap::widgets {

namespace {

using model::DistrictField;
using model::ValueField;

QString incomeTierName(analysis::IncomeTier tier) {
    switch (tier) {
    case analysis::IncomeTier::Below10Billion:
        return OverviewTab::tr("below 10 billion yuan (100 亿元)");
    case analysis::IncomeTier::Reaches10Billion:
        return OverviewTab::tr("reaches 10 billion yuan (100 亿元)");
    case analysis::IncomeTier::Reaches50Billion:
        return OverviewTab::tr("reaches 50 billion yuan (500 亿元)");
    case analysis::IncomeTier::Reaches100Billion:
        return OverviewTab::tr("reaches 100 billion yuan (1000 亿元)");
    }
    return {};
}

QString bilingualRegion(const model::Plan& plan, geo::RegionCode code,
                        geo::LabelLanguage language) {
    const geo::Region* region = plan.regions().find(code);
    if (!region) {
        return QString::number(code);
    }
    return language == geo::LabelLanguage::Chinese
               ? QStringLiteral("%1 %2").arg(region->nameZh, region->nameEn)
               : QStringLiteral("%1 %2").arg(region->nameEn, region->nameZh);
}

QGroupBox* group(const QString& title, QWidget* parent, QFormLayout** form) {
    auto* box = new QGroupBox(title, parent);
    *form = new QFormLayout(box);
    (*form)->setRowWrapPolicy(QFormLayout::WrapLongRows);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return box;
}

} // namespace

OverviewTab::OverviewTab(const InspectorContext& context, QWidget* parent)
    : InspectorTab(context, parent) {
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);

    QFormLayout* names = nullptr;
    contentLayout->addWidget(group(tr("District 集聚区"), content, &names));
    m_nameZh = new QLineEdit(content);
    m_nameZh->setObjectName(QStringLiteral("nameZhEdit"));
    m_nameEn = new QLineEdit(content);
    m_nameEn->setObjectName(QStringLiteral("nameEnEdit"));
    names->addRow(tr("Name (Chinese):"), m_nameZh);
    names->addRow(tr("Name (English):"), m_nameEn);
    m_nameNote = new QLabel(content);
    m_nameNote->setObjectName(QStringLiteral("nameNote"));
    m_nameNote->setWordWrap(true);
    names->addRow(m_nameNote);
    m_host = addValue(names, tr("Host:"), QStringLiteral("hostValue"),
                      tr("The county the district lies in, and its city"));
    connect(m_nameZh, &QLineEdit::editingFinished, this, [this] { sendName(); });
    connect(m_nameEn, &QLineEdit::editingFinished, this, [this] { sendName(); });

    QFormLayout* profile = nullptr;
    contentLayout->addWidget(group(tr("Profile"), content, &profile));
    m_zoneLevel = addValue(profile, tr("Zone level:"), QStringLiteral("zoneLevelValue"),
                           tr("The development zone the district rests on"));
    m_type = addValue(profile, tr("Type:"), QStringLiteral("typeValue"));
    m_year = addValue(profile, tr("Established:"), QStringLiteral("yearValue"));
    m_area = addValue(profile, tr("Area:"), QStringLiteral("areaValue"));
    m_totalOutput = addValue(profile, tr("Industrial output:"), QStringLiteral("totalOutputValue"),
                             tr("Output of all active sectors, 100 million yuan (亿元)"));
    m_businessIncome =
        addValue(profile, tr("Business income:"), QStringLiteral("businessIncomeValue"),
                 tr("Business income a year, 100 million yuan (亿元)"));
    m_leadingIndustries =
        addValue(profile, tr("Leading industries:"), QStringLiteral("leadingIndustriesValue"),
                 tr("Up to three, in order of priority (edit them on the Industries tab)"));

    QFormLayout* indicators = nullptr;
    contentLayout->addWidget(group(tr("Key indicators"), content, &indicators));
    m_leadingShare =
        addValue(indicators, tr("Leading share:"), QStringLiteral("leadingShareValue"),
                 tr("Output of the designated leading industries as a share of all output"));
    m_leadingClarity =
        addValue(indicators, tr("Leading clarity:"), QStringLiteral("leadingClarityValue"),
                 tr("How far the largest sector stands out: its share minus the second's"));
    m_infrastructureGap =
        addValue(indicators, tr("Infrastructure gap:"), QStringLiteral("infrastructureGapValue"),
                 tr("Mean shortfall of provision against requirement; 0% = all met"));
    m_linkageDensity =
        addValue(indicators, tr("Linkage density:"), QStringLiteral("linkageDensityValue"),
                 tr("Supply links among the active sectors, as a share of all possible"));
    m_chainCompleteness =
        addValue(indicators, tr("Chain completeness:"), QStringLiteral("chainCompletenessValue"),
                 tr("Share of the leading chain's key suppliers and buyers active here"));
    m_rdIntensity =
        addValue(indicators, tr("R&&D intensity:"), QStringLiteral("rdIntensityValue"),
                 tr("R&D spending / business income, against the high-tech enterprise "
                    "benchmark for the district's mean sales per enterprise (5% up to 50 "
                    "million yuan, 4% up to 200 million, 3% above; Guokefahuo [2016] No. 32)"));
    m_incomeTier = addValue(indicators, tr("Income tier:"), QStringLiteral("incomeTierValue"),
                            tr("Business income against the Henan 2012 targets"));
    m_clusterStage =
        addValue(indicators, tr("Cluster stage:"), QStringLiteral("clusterStageValue"),
                 tr("Informal, organized or innovative cluster (the Ningxia paper's phases of "
                    "formation, development and maturity); each stage needs the one before"));
    m_conditions = addValue(indicators, tr("Innovative-cluster conditions:"),
                            QStringLiteral("innovativeConditionsValue"),
                            tr("The Ningxia paper's four necessary conditions (§2.5); an "
                               "organized cluster that meets all four is innovative"));
    m_conditions->setTextFormat(Qt::RichText);
    m_innovationMode =
        addValue(indicators, tr("Innovation mode:"), QStringLiteral("innovationModeValue"),
                 tr("Progressive, fundamental or convergence (the Henan paper's modes)"));
    contentLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QLabel* OverviewTab::addValue(QFormLayout* form, const QString& label, const QString& objectName,
                              const QString& tooltip) {
    auto* value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setToolTip(tooltip);
    m_tooltips.insert(value, tooltip);
    form->addRow(label, value);
    return value;
}

void OverviewTab::refresh() {
    const model::District* d = district();
    if (!d) {
        return;
    }
    const model::Plan& plan = *context().plan;
    const geo::LabelLanguage language = context().language;
    // A stored value: in italics when illustrative, its provenance in its tooltip.
    const auto showValue = [this, d](QLabel* label, const QString& text,
                                     std::initializer_list<model::ValueKey> keys) {
        QStringList origins{m_tooltips.value(label)};
        bool illustrative = false;
        for (const model::ValueKey& key : keys) {
            illustrative = illustrative || d->provenance.isIllustrative(key);
            origins << inspector::provenanceTooltip(d->provenance.of(key));
        }
        origins.removeAll(QString());
        origins.removeDuplicates();
        inspector::setValueText(label, text, illustrative, origins.join(QLatin1Char('\n')));
    };

    {
        const QSignalBlocker blockZh(m_nameZh);
        const QSignalBlocker blockEn(m_nameEn);
        if (m_nameZh->text() != d->nameZh) {
            m_nameZh->setText(d->nameZh);
        }
        if (m_nameEn->text() != d->nameEn) {
            m_nameEn->setText(d->nameEn);
        }
    }
    const bool nameIllustrative = d->provenance.anyIllustrative(DistrictField::Name);
    if (d->placeholderName) {
        inspector::markIllustrative(m_nameZh, true);
        inspector::markIllustrative(m_nameEn, true);
    } else {
        inspector::markValue(m_nameZh, *d, {model::ValueField::NameZh});
        inspector::markValue(m_nameEn, *d, {model::ValueField::NameEn});
    }
    m_nameNote->setVisible(d->placeholderName || nameIllustrative);
    m_nameNote->setText(d->placeholderName
                            ? tr("<i>Placeholder: named after the host county.</i>")
                            : tr("<i>[%1] name</i>").arg(inspector::illustrativeTag()));
    m_nameNote->setToolTip(d->placeholderName
                               ? tr("No source gives the district's real name; enter it above.")
                               : inspector::illustrativeExplanation());

    const geo::Region* county = plan.regions().find(d->hostCounty);
    const geo::RegionCode city =
        d->hostCity != 0 ? d->hostCity : (county ? county->parentCode : geo::RegionCode{0});
    showValue(m_host,
              tr("%1, %2").arg(bilingualRegion(plan, d->hostCounty, language),
                               bilingualRegion(plan, city, language)),
              {{ValueField::Location}});
    showValue(m_zoneLevel, zoneLevelName(d->zoneLevel), {{ValueField::ZoneLevel}});
    showValue(m_type, districtTypeName(d->type), {{ValueField::DistrictType}});
    showValue(m_year, d->year > 0 ? QString::number(d->year) : QStringLiteral("—"),
              {{ValueField::Year}});
    showValue(m_area,
              tr("%1 planned, %2 built")
                  .arg(formatArea(d->plannedAreaKm2, context().areaUnit),
                       formatArea(d->builtAreaKm2, context().areaUnit)),
              {{ValueField::PlannedArea}, {ValueField::BuiltArea}});
    inspector::setValueText(m_totalOutput, inspector::formatMoney(d->totalOutput()),
                            analysis::restsOnIllustrative(*d, {ValueField::SectorOutput}, plan),
                            m_tooltips.value(m_totalOutput));
    showValue(m_businessIncome,
              tr("%1 a year").arg(inspector::formatMoney(d->finance.businessIncome)),
              {{ValueField::BusinessIncome}});
    QStringList leading;
    for (std::size_t i = 0; i < d->leadingIndustries.size(); ++i) {
        leading << QStringLiteral("%1. %2").arg(i + 1).arg(
            inspector::sectorName(plan.sectors(), d->leadingIndustries[i], language));
    }
    showValue(m_leadingIndustries,
              leading.isEmpty() ? tr("none designated") : leading.join(QStringLiteral("  ")),
              {{ValueField::LeadingIndustries}});
    refreshIndicators(*d);
}

void OverviewTab::refreshIndicators(const model::District& d) {
    const analysis::DistrictIndicators* ind = context().indicators();
    // A derived value: illustrative when a value it reads is (the catalogue's inputs).
    const auto showValue = [this, &d](QLabel* label, const QString& text,
                                      const analysis::IndicatorInputs& inputs) {
        inspector::setValueText(label, text,
                                analysis::restsOnIllustrative(d, inputs, *context().plan),
                                m_tooltips.value(label));
    };
    const auto inputsOf = [](const char* metric) {
        const analysis::DistrictMetric* found =
            analysis::findDistrictMetric(QString::fromLatin1(metric));
        return found ? found->sources : analysis::IndicatorInputs{};
    };
    if (!ind) {
        for (QLabel* label : {m_leadingShare, m_leadingClarity, m_infrastructureGap,
                              m_linkageDensity, m_chainCompleteness, m_rdIntensity, m_incomeTier,
                              m_clusterStage, m_conditions, m_innovationMode}) {
            inspector::setValueText(label, tr("no analysis"), false, m_tooltips.value(label));
        }
        return;
    }
    const QString clearly =
        ind->clearlyPositioned ? tr("clearly positioned") : tr("not clearly positioned");
    showValue(m_leadingShare,
              tr("%1 (%2)").arg(inspector::formatPercent(ind->leadingShare), clearly),
              inputsOf("leading-share"));
    showValue(m_leadingClarity,
              tr("%1 points (largest sector %2)")
                  .arg(inspector::formatNumber(ind->leadingClarity * 100.0, 1),
                       inspector::formatPercent(ind->topSectorShare)),
              inputsOf("leading-clarity"));
    showValue(m_infrastructureGap, inspector::formatPercent(ind->infrastructureGap),
              inputsOf("infrastructure-gap"));
    showValue(m_linkageDensity, inspector::formatPercent(ind->linkageDensity),
              inputsOf("linkage-density"));
    const int missing = static_cast<int>(ind->missingSuppliers.size() + ind->missingBuyers.size());
    showValue(m_chainCompleteness,
              missing > 0 ? tr("%1 (%n missing link(s))", nullptr, missing)
                                .arg(inspector::formatPercent(ind->chainCompleteness))
                          : inspector::formatPercent(ind->chainCompleteness),
              inputsOf("chain-completeness"));
    showValue(m_rdIntensity,
              (ind->meetsRdBenchmark ? tr("%1 (meets the %2 enterprise benchmark)")
                                     : tr("%1 (below the %2 enterprise benchmark)"))
                  .arg(inspector::formatPercent(ind->rdIntensity, 2),
                       inspector::formatPercent(ind->rdBenchmark, 0)),
              inputsOf("rd-intensity"));
    showValue(m_incomeTier, incomeTierName(ind->incomeTier), {model::ValueField::BusinessIncome});
    const analysis::IndicatorInputs stageFields = analysis::clusterStageInputs();
    showValue(
        m_clusterStage,
        ind->organizedConditions
            ? clusterStageName(ind->stage)
            : tr("%1 (organized needs a clearly positioned leading industry and "
                 "linkage density of at least %2)")
                  .arg(clusterStageName(ind->stage),
                       inspector::formatPercent(
                           context().analysis->context().thresholds.organizedLinkageDensity, 0)),
        stageFields);
    const bool chinese = context().language == geo::LabelLanguage::Chinese;
    QStringList conditions;
    int met = 0;
    for (int c = 0; c < analysis::kInnovativeConditionCount; ++c) {
        const bool ok = ind->innovativeConditions[static_cast<std::size_t>(c)];
        met += ok ? 1 : 0;
        // Names come from the core in the label language, like sector names.
        conditions << QStringLiteral("%1 %2").arg(
            ok ? QStringLiteral("✓") : QStringLiteral("✗"),
            analysis::innovativeConditionName(static_cast<analysis::InnovativeCondition>(c),
                                              chinese)
                .toHtmlEscaped());
    }
    // One line per condition: setValueText would escape the line breaks.
    const QString html = tr("%1 of 4 met").arg(met).toHtmlEscaped() + QStringLiteral("<br>") +
                         conditions.join(QStringLiteral("<br>"));
    const bool illustrative = analysis::restsOnIllustrative(d, stageFields, *context().plan);
    m_conditions->setText(
        illustrative ? QStringLiteral("<i>%1</i> <span style=\"color:#b35900; font-size:small\">"
                                      "[%2]</span>")
                           .arg(html, inspector::illustrativeTag())
                     : html);
    m_conditions->setToolTip(illustrative
                                 ? m_tooltips.value(m_conditions) + QStringLiteral("\n\n") +
                                       inspector::illustrativeExplanation()
                                 : m_tooltips.value(m_conditions));
    m_conditions->setProperty("illustrative", illustrative);
    showValue(m_innovationMode, innovationModeName(ind->mode), analysis::innovationModeInputs());
}

void OverviewTab::sendName() {
    const model::District* d = district();
    if (!d || (m_nameZh->text() == d->nameZh && m_nameEn->text() == d->nameEn)) {
        return;
    }
    if (!canEdit()) {
        refuseReadOnly();
        return;
    }
    report(commands::renameDistrict(*context().stack, *context().plan, d->id, m_nameZh->text(),
                                    m_nameEn->text()));
}

} // namespace agglomap::widgets
