#include "widgets/inspector/infrastructure_tab.h"

#include "model/value_limits.h"

#include "commands/plan_commands.h"
#include "widgets/inspector/gap_bar.h"
#include "widgets/inspector/inspector_format.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace agglomap::widgets {

namespace {

constexpr model::InfrastructureCategory kCategories[] = {
    model::InfrastructureCategory::Utilities, model::InfrastructureCategory::Transport,
    model::InfrastructureCategory::Services, model::InfrastructureCategory::Finance};

QString categoryTitle(model::InfrastructureCategory category) {
    switch (category) {
    case model::InfrastructureCategory::Utilities:
        return InfrastructureTab::tr("Utilities and sites 基础设施");
    case model::InfrastructureCategory::Transport:
        return InfrastructureTab::tr("Transport 交通");
    case model::InfrastructureCategory::Services:
        return InfrastructureTab::tr("Services 服务体系");
    case model::InfrastructureCategory::Finance:
        return InfrastructureTab::tr("Finance 金融");
    }
    return {};
}

QDoubleSpinBox* provisionBox(QWidget* parent, const QString& objectName, const QString& tooltip) {
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0.0, model::kMaxProvision);
    box->setDecimals(0);
    box->setSingleStep(1.0);
    // Typed values go out when the editor is left or Return is pressed, steps at once.
    box->setKeyboardTracking(false);
    box->setToolTip(tooltip);
    return box;
}

} // namespace

InfrastructureTab::InfrastructureTab(const InspectorContext& context, QWidget* parent)
    : InspectorTab(context, parent) {
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("infrastructureSummary"));
    m_summary->setWordWrap(true);
    contentLayout->addWidget(m_summary);

    for (model::InfrastructureCategory category : kCategories) {
        auto* group = new QGroupBox(categoryTitle(category), content);
        auto* grid = new QGridLayout(group);
        grid->setColumnStretch(0, 3);
        grid->setColumnStretch(3, 2);
        grid->addWidget(new QLabel(tr("Item"), group), 0, 0);
        grid->addWidget(new QLabel(tr("Current"), group), 0, 1);
        grid->addWidget(new QLabel(tr("Required"), group), 0, 2);
        grid->addWidget(new QLabel(tr("Gap"), group), 0, 3);
        int row = 1;
        for (const model::InfrastructureItemInfo& info : model::infrastructureItems()) {
            if (info.category != category) {
                continue;
            }
            const QString key = QString::fromLatin1(info.key);
            const QString zh = QString::fromUtf8(info.nameZh);
            const QString en = QString::fromUtf8(info.nameEn);
            auto* name = new QLabel(QStringLiteral("%1 %2").arg(zh, en), group);
            name->setWordWrap(true);
            name->setToolTip(QStringLiteral("%1 / %2").arg(zh, en));
            Row& r = m_rows[static_cast<std::size_t>(info.item)];
            r.current = provisionBox(group, QStringLiteral("current_") + key,
                                     tr("Current provision of %1, 0-100 (100: fully meets modern "
                                        "industrial demand)")
                                         .arg(en));
            r.required =
                provisionBox(group, QStringLiteral("required_") + key,
                             tr("Provision of %1 the district's plan requires, 0-100").arg(en));
            r.gap = new GapBar(group);
            r.gap->setObjectName(QStringLiteral("gap_") + key);
            grid->addWidget(name, row, 0);
            grid->addWidget(r.current, row, 1);
            grid->addWidget(r.required, row, 2);
            grid->addWidget(r.gap, row, 3);
            const model::InfrastructureItem item = info.item;
            connect(r.current, &QDoubleSpinBox::valueChanged, this, [this, item](double value) {
                sendProvision(item, [value](model::Provision& p) { p.current = value; });
            });
            connect(r.required, &QDoubleSpinBox::valueChanged, this, [this, item](double value) {
                sendProvision(item, [value](model::Provision& p) { p.required = value; });
            });
            ++row;
        }
        contentLayout->addWidget(group);
    }
    contentLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void InfrastructureTab::refresh() {
    const model::District* d = district();
    if (!d) {
        return;
    }
    const bool illustrative = d->provenance.anyIllustrative(model::DistrictField::Infrastructure);
    for (const model::InfrastructureItemInfo& info : model::infrastructureItems()) {
        const Row& r = m_rows[static_cast<std::size_t>(info.item)];
        const model::Provision& provision = d->provision(info.item);
        const QSignalBlocker blockCurrent(r.current);
        const QSignalBlocker blockRequired(r.required);
        r.current->setValue(provision.current);
        r.required->setValue(provision.required);
        r.gap->setProvision(provision);
        const int index = static_cast<int>(info.item);
        inspector::markValue(r.current, *d, {model::ValueField::ProvisionCurrent, index});
        inspector::markValue(r.required, *d, {model::ValueField::ProvisionRequired, index});
    }
    const analysis::DistrictIndicators* indicators = context().indicators();
    QString summary = tr("Provision on a 0-100 scale (100: fully meets modern industrial demand). "
                         "Mean gap: %1.")
                          .arg(indicators ? inspector::formatPercent(indicators->infrastructureGap)
                                          : QStringLiteral("—"));
    if (illustrative) {
        summary +=
            QLatin1Char(' ') + tr("Values in italics are %1.").arg(inspector::illustrativeTag());
    }
    m_summary->setText(summary);
    m_summary->setToolTip(illustrative ? inspector::illustrativeExplanation() : QString());
}

void InfrastructureTab::sendProvision(model::InfrastructureItem item,
                                      const std::function<void(model::Provision&)>& change) {
    if (!canEdit()) {
        refuseReadOnly();
        return;
    }
    model::Provision provision = district()->provision(item);
    change(provision);
    report(
        commands::setProvision(*context().stack, *context().plan, district()->id, item, provision));
}

} // namespace agglomap::widgets
