#pragma once

#include "render/map_overlays.h"

#include <QToolBar>

class QComboBox;
class QSpinBox;

namespace agglomap::widgets {

// The symbology controls, as in QGIS's graduated renderer: indicator, aggregation,
// classification method, number of classes, colour ramp and its direction, manual breaks, and
// the colouring of the district symbols; and whether a city view keeps the province's classes.
class ChoroplethToolBar : public QToolBar {
    Q_OBJECT
    Q_DISABLE_COPY(ChoroplethToolBar)

public:
    explicit ChoroplethToolBar(QWidget* parent = nullptr);

    [[nodiscard]] render::MapSymbology symbology() const { return m_symbology; }
    // Shows a symbology without announcing it (restoring settings, switching plans).
    void setSymbology(const render::MapSymbology& symbology);
    void setLanguage(geo::LabelLanguage language);
    // The breaks now on the map: the manual-breaks dialog starts from them.
    void setCurrentBreaks(std::vector<double> breaks) { m_currentBreaks = std::move(breaks); }
    [[nodiscard]] QAction* editBreaksAction() const { return m_editBreaks; }
    // Checked: a city view keeps the province's classes instead of classifying its counties.
    [[nodiscard]] QAction* provinceBreaksAction() const { return m_provinceBreaks; }

signals:
    void symbologyChanged(const agglomap::render::MapSymbology& symbology);

private:
    void fillMetricBox();
    void showSymbology();
    void readControls();
    void editBreaks();

    render::MapSymbology m_symbology;
    geo::LabelLanguage m_language = geo::LabelLanguage::Chinese;
    std::vector<double> m_currentBreaks;
    QComboBox* m_metricBox = nullptr;
    QComboBox* m_aggregationBox = nullptr;
    QComboBox* m_methodBox = nullptr;
    QSpinBox* m_classesBox = nullptr;
    QComboBox* m_rampBox = nullptr;
    QAction* m_invert = nullptr;
    QAction* m_editBreaks = nullptr;
    QAction* m_provinceBreaks = nullptr;
    QComboBox* m_colouringBox = nullptr;
};

} // namespace agglomap::widgets
