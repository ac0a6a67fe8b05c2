#include "widgets/choropleth_toolbar.h"

#include "analysis/classification_method.h"
#include "render/legend.h"
#include "widgets/manual_breaks_dialog.h"

#include <QComboBox>
#include <QPainter>
#include <QSignalBlocker>
#include <QSpinBox>

namespace agglomap::widgets {

namespace {

QIcon rampIcon(const analysis::ColourRamp& ramp) {
    QPixmap pixmap(48, 14);
    QPainter painter(&pixmap);
    const auto colours = ramp.colours(6, analysis::RampDirection::Normal);
    const double width = 48.0 / static_cast<double>(colours.size());
    for (std::size_t i = 0; i < colours.size(); ++i) {
        painter.fillRect(QRectF(width * static_cast<double>(i), 0, width + 1, 14),
                         QColor(colours[i].r, colours[i].g, colours[i].b));
    }
    return QIcon(pixmap);
}

QString colouringLabel(render::SymbolColouring colouring) {
    switch (colouring) {
    case render::SymbolColouring::ClusterStage:
        return ChoroplethToolBar::tr("Cluster stage");
    case render::SymbolColouring::InnovationMode:
        return ChoroplethToolBar::tr("Innovation mode");
    case render::SymbolColouring::ZoneLevel:
        return ChoroplethToolBar::tr("Zone level");
    case render::SymbolColouring::DistrictType:
        return ChoroplethToolBar::tr("District type");
    case render::SymbolColouring::IncomeTier:
        return ChoroplethToolBar::tr("Income tier");
    }
    return {};
}

} // namespace

ChoroplethToolBar::ChoroplethToolBar(QWidget* parent)
    : QToolBar(tr("Symbology"), parent) {
    setObjectName(QStringLiteral("symbologyToolBar"));

    m_metricBox = new QComboBox(this);
    m_metricBox->setObjectName(QStringLiteral("metricBox"));
    m_metricBox->setToolTip(tr("Indicator shown by the region fills"));
    m_metricBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillMetricBox();
    addWidget(m_metricBox);

    m_aggregationBox = new QComboBox(this);
    m_aggregationBox->setObjectName(QStringLiteral("aggregationBox"));
    m_aggregationBox->setToolTip(tr("How the districts of a region add up to its value"));
    for (const analysis::Aggregation aggregation : analysis::allAggregations()) {
        m_aggregationBox->addItem(render::aggregationName(aggregation),
                                  static_cast<int>(aggregation));
    }
    addWidget(m_aggregationBox);

    m_methodBox = new QComboBox(this);
    m_methodBox->setObjectName(QStringLiteral("methodBox"));
    m_methodBox->setToolTip(tr("Classification method"));
    for (const QString& id : analysis::classificationMethodIds()) {
        m_methodBox->addItem(render::classificationMethodName(id), id);
    }
    m_methodBox->addItem(render::classificationMethodName(QStringLiteral("manual")),
                         QStringLiteral("manual"));
    addWidget(m_methodBox);

    m_classesBox = new QSpinBox(this);
    m_classesBox->setObjectName(QStringLiteral("classesBox"));
    m_classesBox->setRange(2, 9);
    m_classesBox->setSuffix(tr(" classes"));
    m_classesBox->setToolTip(tr("Number of classes"));
    addWidget(m_classesBox);

    m_rampBox = new QComboBox(this);
    m_rampBox->setObjectName(QStringLiteral("rampBox"));
    m_rampBox->setToolTip(tr("Colour ramp (ColorBrewer)"));
    m_rampBox->setIconSize(QSize(48, 14));
    for (const analysis::RampType type :
         {analysis::RampType::Sequential, analysis::RampType::Diverging}) {
        for (const analysis::ColourRamp* ramp :
             analysis::ColourRampCatalogue::builtIn().ofType(type)) {
            m_rampBox->addItem(rampIcon(*ramp), ramp->id(), ramp->id());
        }
    }
    addWidget(m_rampBox);

    m_invert = addAction(tr("Invert"));
    m_invert->setObjectName(QStringLiteral("invertRampAction"));
    m_invert->setCheckable(true);
    m_invert->setToolTip(tr("Invert the colour ramp"));

    m_editBreaks = addAction(tr("Edit Breaks…"), this, &ChoroplethToolBar::editBreaks);
    m_editBreaks->setObjectName(QStringLiteral("editBreaksAction"));
    m_editBreaks->setToolTip(tr("Set the class breaks by hand"));

    m_provinceBreaks = addAction(tr("Province Classes"));
    m_provinceBreaks->setObjectName(QStringLiteral("provinceBreaksAction"));
    m_provinceBreaks->setCheckable(true);
    m_provinceBreaks->setToolTip(
        tr("In a city view, keep the classes of the whole province to compare the city with "
           "it; otherwise the city's counties are classified by themselves"));
    addSeparator();

    m_colouringBox = new QComboBox(this);
    m_colouringBox->setObjectName(QStringLiteral("symbolColouringBox"));
    m_colouringBox->setToolTip(tr("Colour of the district symbols"));
    for (const render::SymbolColouring colouring : render::allSymbolColourings()) {
        m_colouringBox->addItem(colouringLabel(colouring), static_cast<int>(colouring));
    }
    addWidget(m_colouringBox);

    showSymbology();
    for (QComboBox* box : {m_metricBox, m_aggregationBox, m_methodBox, m_rampBox, m_colouringBox}) {
        connect(box, &QComboBox::activated, this, &ChoroplethToolBar::readControls);
    }
    connect(m_classesBox, &QSpinBox::valueChanged, this, &ChoroplethToolBar::readControls);
    connect(m_invert, &QAction::toggled, this, &ChoroplethToolBar::readControls);
    connect(m_provinceBreaks, &QAction::toggled, this, &ChoroplethToolBar::readControls);
}

void ChoroplethToolBar::fillMetricBox() {
    const QSignalBlocker blocker(m_metricBox);
    const QVariant current = m_metricBox->currentData();
    m_metricBox->clear();
    for (const analysis::DistrictMetric& metric : analysis::districtMetrics()) {
        m_metricBox->addItem(metric.name(m_language == geo::LabelLanguage::Chinese), metric.id);
    }
    if (current.isValid()) {
        m_metricBox->setCurrentIndex(m_metricBox->findData(current));
    }
}

void ChoroplethToolBar::setLanguage(geo::LabelLanguage language) {
    m_language = language;
    fillMetricBox();
}

void ChoroplethToolBar::setSymbology(const render::MapSymbology& symbology) {
    m_symbology = symbology;
    showSymbology();
}

void ChoroplethToolBar::showSymbology() {
    const analysis::ChoroplethSpec& spec = m_symbology.choropleth;
    const QSignalBlocker b1(m_metricBox);
    const QSignalBlocker b2(m_aggregationBox);
    const QSignalBlocker b3(m_methodBox);
    const QSignalBlocker b4(m_classesBox);
    const QSignalBlocker b5(m_rampBox);
    const QSignalBlocker b6(m_invert);
    const QSignalBlocker b7(m_colouringBox);
    const QSignalBlocker b8(m_provinceBreaks);
    m_metricBox->setCurrentIndex(m_metricBox->findData(spec.metricId));
    m_aggregationBox->setCurrentIndex(
        m_aggregationBox->findData(static_cast<int>(spec.aggregation)));
    m_methodBox->setCurrentIndex(m_methodBox->findData(spec.methodId));
    m_classesBox->setValue(spec.classes);
    m_rampBox->setCurrentIndex(m_rampBox->findData(spec.rampId));
    m_invert->setChecked(spec.direction == analysis::RampDirection::Inverted);
    m_provinceBreaks->setChecked(spec.cityViewBreaks == analysis::CityViewBreaks::Province);
    m_colouringBox->setCurrentIndex(
        m_colouringBox->findData(static_cast<int>(m_symbology.districtColouring)));
    const auto method = analysis::makeClassificationMethod(spec.methodId);
    m_classesBox->setEnabled(method && method->usesClassCount());
}

void ChoroplethToolBar::readControls() {
    render::MapSymbology next = m_symbology;
    analysis::ChoroplethSpec& spec = next.choropleth;
    const QString previousMetric = spec.metricId;
    spec.metricId = m_metricBox->currentData().toString();
    spec.aggregation = static_cast<analysis::Aggregation>(m_aggregationBox->currentData().toInt());
    if (spec.metricId != previousMetric) {
        // A new indicator starts with the aggregation that makes sense for it.
        if (const auto* metric = analysis::findDistrictMetric(spec.metricId)) {
            spec.aggregation = metric->defaultAggregation;
        }
    }
    const QString method = m_methodBox->currentData().toString();
    if (method == QLatin1String("manual") && spec.methodId != method &&
        spec.manualThresholds.empty() && m_currentBreaks.size() > 2) {
        // Switching to manual keeps the classes now shown, ready for editing.
        spec.manualThresholds.assign(m_currentBreaks.begin() + 1, m_currentBreaks.end() - 1);
    }
    spec.methodId = method;
    spec.classes = m_classesBox->value();
    spec.rampId = m_rampBox->currentData().toString();
    spec.direction =
        m_invert->isChecked() ? analysis::RampDirection::Inverted : analysis::RampDirection::Normal;
    spec.cityViewBreaks = m_provinceBreaks->isChecked() ? analysis::CityViewBreaks::Province
                                                        : analysis::CityViewBreaks::ShownCounties;
    next.districtColouring =
        static_cast<render::SymbolColouring>(m_colouringBox->currentData().toInt());
    if (next == m_symbology) {
        return;
    }
    m_symbology = next;
    showSymbology();
    emit symbologyChanged(m_symbology);
}

void ChoroplethToolBar::editBreaks() {
    std::vector<double> thresholds = m_symbology.choropleth.manualThresholds;
    if (m_symbology.choropleth.methodId != QLatin1String("manual") && m_currentBreaks.size() > 2) {
        thresholds.assign(m_currentBreaks.begin() + 1, m_currentBreaks.end() - 1);
    }
    ManualBreaksDialog dialog(thresholds, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_symbology.choropleth.methodId = QStringLiteral("manual");
    m_symbology.choropleth.manualThresholds = dialog.thresholds();
    showSymbology();
    emit symbologyChanged(m_symbology);
}

} // namespace agglomap::widgets
