#pragma once

#include "geo/region.h"
#include "model/ids.h"

#include <QObject>

#include <optional>

namespace agglomap::widgets {

// The one selection the map, region tree, district list, indicator table and inspector share
// (GeoDa's highlight state): a district and/or a region. Views call the setters when the user
// selects something and follow the signals; the setters only emit when the value changes, so a
// view that mirrors a signal back does not loop.
class WorkspaceSelection : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(WorkspaceSelection)

public:
    explicit WorkspaceSelection(QObject* parent = nullptr)
        : QObject(parent) {}

    [[nodiscard]] std::optional<model::DistrictId> district() const { return m_district; }
    [[nodiscard]] std::optional<geo::RegionCode> region() const { return m_region; }

    void setDistrict(std::optional<model::DistrictId> id) {
        if (id != m_district) {
            m_district = id;
            emit districtSelected(m_district);
        }
    }
    void setRegion(std::optional<geo::RegionCode> code) {
        if (code != m_region) {
            m_region = code;
            emit regionSelected(m_region);
        }
    }
    // Asks the map to bring the current selection into view (a double-click in a list).
    void requestZoom() { emit zoomRequested(); }

signals:
    void districtSelected(std::optional<agglomap::model::DistrictId> id);
    void regionSelected(std::optional<agglomap::geo::RegionCode> code);
    void zoomRequested();

private:
    std::optional<model::DistrictId> m_district;
    std::optional<geo::RegionCode> m_region;
};

} // namespace agglomap::widgets
