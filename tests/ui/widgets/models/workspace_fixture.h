#pragma once

#include "analysis/plan_analysis.h"
#include "io/plan_source.h"

#include <QAbstractItemModelTester>
#include <QStringList>

#include <gtest/gtest.h>

#include <memory>

namespace agglomap::test {

// The bundled Henan plan with its analysis, opened afresh for each test, and the
// QAbstractItemModelTesters attached to models under test: their complaints (category
// qt.modeltest) are collected and a test fails if there are any.
class WorkspaceTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    [[nodiscard]] model::Plan& plan() { return *m_opened.plan; }
    [[nodiscard]] const analysis::PlanAnalysis& analysis() const { return *m_analysis; }
    // Checks the model on every change from now until the test ends.
    void watch(QAbstractItemModel* model);
    [[nodiscard]] static const QStringList& modelTestWarnings();

    // A district for adding: Luohe's Yuanhui district, with a little food industry.
    [[nodiscard]] model::District newDistrict() const;
    [[nodiscard]] model::SectorIndex sector(const char* code) const;

    // The Luohe Economic and Technological district (in 411102, Luohe city 411100).
    static constexpr model::DistrictId kLuoheDistrict{99};
    static constexpr geo::RegionCode kLuoheCity = 411100;

private:
    io::OpenedPlan m_opened;
    std::unique_ptr<analysis::PlanAnalysis> m_analysis;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

} // namespace agglomap::test
