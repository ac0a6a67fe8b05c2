#include "widgets/inspector/innovation_finance_tab.h"

#include "model/value_limits.h"

#include "commands/plan_commands.h"
#include "widgets/inspector/inspector_format.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace agglomap::widgets {

namespace {

// Money in 100 million yuan, to the nearest million.
QDoubleSpinBox* moneyBox(QWidget* parent, const QString& objectName) {
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0.0, model::kMaxMoney);
    box->setDecimals(2);
    box->setSuffix(InnovationFinanceTab::tr(" 亿元"));
    box->setKeyboardTracking(false);
    box->setGroupSeparatorShown(true);
    return box;
}

QSpinBox* countBox(QWidget* parent, const QString& objectName, model::ValueField field,
                   const QString& suffix = {}) {
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0, static_cast<int>(model::maximumOf(field)));
    box->setSuffix(suffix);
    box->setKeyboardTracking(false);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

InnovationFinanceTab::InnovationFinanceTab(const InspectorContext& context, QWidget* parent)
    : InspectorTab(context, parent) {
    auto* layout = new QVBoxLayout(this);

    m_innovationGroup = new QGroupBox(tr("Innovation 创新"), this);
    auto* innovation = new QFormLayout(m_innovationGroup);
    m_rdSpending = moneyBox(m_innovationGroup, QStringLiteral("rdSpending"));
    m_rdStaff = countBox(m_innovationGroup, QStringLiteral("rdStaff"), model::ValueField::RdStaff,
                         tr(" persons"));
    m_patents = countBox(m_innovationGroup, QStringLiteral("patents"), model::ValueField::Patents);
    m_highTechEnterprises = countBox(m_innovationGroup, QStringLiteral("highTechEnterprises"),
                                     model::ValueField::HighTechEnterprises);
    innovation->addRow(tr("R&&D spending (a year):"), m_rdSpending);
    innovation->addRow(tr("R&&D staff:"), m_rdStaff);
    innovation->addRow(tr("Patents:"), m_patents);
    innovation->addRow(tr("High-tech enterprises:"), m_highTechEnterprises);
    layout->addWidget(m_innovationGroup);

    m_financeGroup = new QGroupBox(tr("Finance 金融"), this);
    auto* finance = new QFormLayout(m_financeGroup);
    m_fixedInvestment = moneyBox(m_financeGroup, QStringLiteral("fixedInvestment"));
    m_businessIncome = moneyBox(m_financeGroup, QStringLiteral("businessIncome"));
    m_listedCompanies = countBox(m_financeGroup, QStringLiteral("listedCompanies"),
                                 model::ValueField::ListedCompanies);
    m_ventureFunds =
        countBox(m_financeGroup, QStringLiteral("ventureFunds"), model::ValueField::VentureFunds);
    finance->addRow(tr("Fixed investment (cumulative):"), m_fixedInvestment);
    finance->addRow(tr("Business income (a year):"), m_businessIncome);
    finance->addRow(tr("Listed companies:"), m_listedCompanies);
    finance->addRow(tr("Venture capital funds:"), m_ventureFunds);
    layout->addWidget(m_financeGroup);

    m_derived = new QLabel(this);
    m_derived->setObjectName(QStringLiteral("innovationDerived"));
    m_derived->setWordWrap(true);
    layout->addWidget(m_derived);
    layout->addStretch(1);

    connect(m_rdSpending, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        sendInnovation([value](model::Innovation& i) { i.rdSpending = value; });
    });
    connect(m_rdStaff, &QSpinBox::valueChanged, this, [this](int value) {
        sendInnovation([value](model::Innovation& i) { i.rdStaff = value; });
    });
    connect(m_patents, &QSpinBox::valueChanged, this, [this](int value) {
        sendInnovation([value](model::Innovation& i) { i.patents = value; });
    });
    connect(m_highTechEnterprises, &QSpinBox::valueChanged, this, [this](int value) {
        sendInnovation([value](model::Innovation& i) { i.highTechEnterprises = value; });
    });
    connect(m_fixedInvestment, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        sendFinance([value](model::Finance& f) { f.fixedInvestment = value; });
    });
    connect(m_businessIncome, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        sendFinance([value](model::Finance& f) { f.businessIncome = value; });
    });
    connect(m_listedCompanies, &QSpinBox::valueChanged, this, [this](int value) {
        sendFinance([value](model::Finance& f) { f.listedCompanies = value; });
    });
    connect(m_ventureFunds, &QSpinBox::valueChanged, this, [this](int value) {
        sendFinance([value](model::Finance& f) { f.ventureFunds = value; });
    });
}

void InnovationFinanceTab::refresh() {
    const model::District* d = district();
    if (!d) {
        return;
    }
    {
        const QSignalBlocker b1(m_rdSpending);
        const QSignalBlocker b2(m_rdStaff);
        const QSignalBlocker b3(m_patents);
        const QSignalBlocker b4(m_highTechEnterprises);
        m_rdSpending->setValue(d->innovation.rdSpending);
        m_rdStaff->setValue(d->innovation.rdStaff);
        m_patents->setValue(d->innovation.patents);
        m_highTechEnterprises->setValue(d->innovation.highTechEnterprises);
    }
    {
        const QSignalBlocker b1(m_fixedInvestment);
        const QSignalBlocker b2(m_businessIncome);
        const QSignalBlocker b3(m_listedCompanies);
        const QSignalBlocker b4(m_ventureFunds);
        m_fixedInvestment->setValue(d->finance.fixedInvestment);
        m_businessIncome->setValue(d->finance.businessIncome);
        m_listedCompanies->setValue(d->finance.listedCompanies);
        m_ventureFunds->setValue(d->finance.ventureFunds);
    }
    const bool innovationIllustrative =
        d->provenance.anyIllustrative(model::DistrictField::Innovation);
    const bool financeIllustrative = d->provenance.anyIllustrative(model::DistrictField::Finance);
    m_innovationGroup->setTitle(innovationIllustrative
                                    ? tr("Innovation 创新 — %1").arg(inspector::illustrativeTag())
                                    : tr("Innovation 创新"));
    m_financeGroup->setTitle(financeIllustrative
                                 ? tr("Finance 金融 — %1").arg(inspector::illustrativeTag())
                                 : tr("Finance 金融"));
    using model::ValueField;
    for (const auto& [box, field] : std::initializer_list<std::pair<QWidget*, ValueField>>{
             {m_rdSpending, ValueField::RdSpending},
             {m_rdStaff, ValueField::RdStaff},
             {m_patents, ValueField::Patents},
             {m_highTechEnterprises, ValueField::HighTechEnterprises},
             {m_fixedInvestment, ValueField::FixedInvestment},
             {m_businessIncome, ValueField::BusinessIncome},
             {m_listedCompanies, ValueField::ListedCompanies},
             {m_ventureFunds, ValueField::VentureFunds}}) {
        inspector::markValue(box, *d, {field});
    }

    if (const analysis::DistrictIndicators* indicators = context().indicators()) {
        m_derived->setText(tr("R&D intensity (R&D spending / business income): %1. "
                              "The Ningxia benchmarks are 1%, 1.5% and 2%.")
                               .arg(inspector::formatPercent(indicators->rdIntensity, 2)));
    } else {
        m_derived->clear();
    }
}

void InnovationFinanceTab::sendInnovation(const std::function<void(model::Innovation&)>& change) {
    if (!canEdit()) {
        refuseReadOnly();
        return;
    }
    model::Innovation innovation = district()->innovation;
    change(innovation);
    report(commands::setInnovation(*context().stack, *context().plan, district()->id, innovation));
}

void InnovationFinanceTab::sendFinance(const std::function<void(model::Finance&)>& change) {
    if (!canEdit()) {
        refuseReadOnly();
        return;
    }
    model::Finance finance = district()->finance;
    change(finance);
    report(commands::setFinance(*context().stack, *context().plan, district()->id, finance));
}

} // namespace agglomap::widgets
