#include "commands/plan_commands.h"
#include "io/plan_source.h"
#include "model/plan_comparison.h"
#include "support/test_data.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>
#include <random>

using namespace agglomap;
using namespace agglomap::model;

namespace {

std::string lines(const QStringList& list) {
    return list.join(u'\n').toStdString();
}

Status statusOf(const Result<DistrictId>& result) {
    return result ? Status{} : Status{result.error()};
}

class PlanCommandsTest : public ::testing::TestWithParam<const char*> {
protected:
    PlanCommandsTest()
        : opened(io::openPlan(QString::fromLatin1(GetParam()), test::mapsDirectory()).value())
        , plan(*opened.plan) {}

    // Copies: a district may be deleted and restored during the test.
    [[nodiscard]] District firstDistrict(const std::function<bool(const District&)>& fits) {
        for (const District* district : plan.districts()) {
            if (fits(*district)) {
                return *district;
            }
        }
        throw std::runtime_error("no district fits");
    }

    // A district with a non-leading industry before another industry, and two links.
    [[nodiscard]] District richDistrict() {
        return firstDistrict(
            [](const District& d) { return d.industries.size() >= 3 && d.links.size() >= 2; });
    }

    // Ningxia's plan has no links between parks; give it two, so both plans test them.
    void ensureDistrictLinks() {
        if (plan.districtLinks().empty()) {
            const auto districts = plan.districts();
            ASSERT_TRUE(plan.addDistrictLink({districts[0]->id, districts[1]->id, 0, 1.0}));
            ASSERT_TRUE(plan.addDistrictLink({districts[2]->id, districts[0]->id, 1, 2.0}));
        }
    }

    [[nodiscard]] static bool isLeading(const District& district, SectorIndex sector) {
        return std::find(district.leadingIndustries.begin(), district.leadingIndustries.end(),
                         sector) != district.leadingIndustries.end();
    }

    io::OpenedPlan opened;
    Plan& plan;
    QUndoStack stack;
};

struct Edit {
    const char* what;
    std::function<Status(QUndoStack&, Plan&)> apply;
    QString textContains;
};

// Each edit: applies as one step with a descriptive text; undo gives back the exact plan (values,
// order and illustrative flags); redo gives back the edited plan.
void expectUndoRedoExact(Plan& plan, QUndoStack& stack, const Edit& edit) {
    SCOPED_TRACE(edit.what);
    const auto before = plan.clone();
    const int index = stack.index();
    const Status status = edit.apply(stack, plan);
    ASSERT_TRUE(status) << status.error().message.toStdString();
    ASSERT_EQ(stack.index(), index + 1);
    ASSERT_EQ(stack.count(), index + 1);
    EXPECT_TRUE(stack.text(index).contains(edit.textContains))
        << stack.text(index).toStdString() << " lacks " << edit.textContains.toStdString();
    const auto after = plan.clone();
    EXPECT_FALSE(planDifferences(*before, plan).isEmpty());
    stack.undo();
    EXPECT_TRUE(planDifferences(*before, plan).isEmpty()) << lines(planDifferences(*before, plan));
    stack.redo();
    EXPECT_TRUE(planDifferences(*after, plan).isEmpty()) << lines(planDifferences(*after, plan));
    stack.undo();
}

} // namespace

TEST_P(PlanCommandsTest, EveryCommandUndoesExactlyAndRedoesTheEdit) {
    ensureDistrictLinks();
    const District district = richDistrict();
    const DistrictId id = district.id;
    const QString name = district.nameZh;
    const SectorCatalogue& sectors = plan.sectors();
    // A sector inactive in the district, and a non-leading active one that is not the last.
    SectorIndex inactive = 0;
    while (district.activity(inactive)) {
        ++inactive;
    }
    SectorIndex middle = -1;
    for (std::size_t i = 0; i + 1 < district.industries.size() && middle < 0; ++i) {
        if (!isLeading(district, district.industries[i].sector)) {
            middle = district.industries[i].sector;
        }
    }
    ASSERT_GE(middle, 0);
    const SectorActivity first = district.industries.front();
    const SectorLink firstLink = district.links.front();
    const District other = firstDistrict([&](const District& d) { return d.id != id; });
    const District linked = firstDistrict([&](const District& d) {
        return std::any_of(plan.districtLinks().begin(), plan.districtLinks().end(),
                           [&](const DistrictLink& l) { return l.from == d.id || l.to == d.id; });
    });
    const DistrictLink districtLink = plan.districtLinks().front();
    const geo::RegionCode otherCounty = other.hostCounty != district.hostCounty
                                            ? other.hostCounty
                                            : plan.districts().back()->hostCounty;
    District added;
    added.nameZh = QStringLiteral("新建产业集聚区");
    added.nameEn = QStringLiteral("New Industrial Agglomeration District");
    added.hostCounty = district.hostCounty;
    added.industries = {{inactive, 10.0, 100.0, 3, 3, 0.0}};

    const std::vector<Edit> edits{
        {"activity changed",
         [&](QUndoStack& s, Plan& p) {
             SectorActivity changed = first;
             changed.outputValue += 5.0;
             changed.highTechOutput = 0.0;
             return commands::setSectorActivity(s, p, id, changed);
         },
         QStringLiteral("Set %1 output of %2").arg(sectors.at(first.sector).nameZh, name)},
        {"activity added",
         [&](QUndoStack& s, Plan& p) {
             return commands::setSectorActivity(s, p, id, {inactive, 12.0, 300.0, 4, 4, 1.0});
         },
         QStringLiteral("Add %1 to %2").arg(sectors.at(inactive).nameZh, name)},
        {"activity removed from the middle",
         [&](QUndoStack& s, Plan& p) { return commands::removeSectorActivity(s, p, id, middle); },
         QStringLiteral("Remove %1 from %2").arg(sectors.at(middle).nameZh, name)},
        {"leading industry",
         [&](QUndoStack& s, Plan& p) { return commands::setLeadingIndustries(s, p, id, {middle}); },
         QStringLiteral("Make %1 the leading industry of %2").arg(sectors.at(middle).nameZh, name)},
        {"provision",
         [&](QUndoStack& s, Plan& p) {
             const double current = district.provision(InfrastructureItem::Water).current;
             return commands::setProvision(s, p, id, InfrastructureItem::Water,
                                           {current == 60.0 ? 61.0 : 60.0, 80.0});
         },
         QStringLiteral("Set water supply of %1 to").arg(name)},
        {"innovation",
         [&](QUndoStack& s, Plan& p) {
             Innovation innovation = district.innovation;
             innovation.patents += 7;
             return commands::setInnovation(s, p, id, innovation);
         },
         QStringLiteral("innovation of %1").arg(name)},
        {"finance",
         [&](QUndoStack& s, Plan& p) {
             Finance finance = district.finance;
             finance.businessIncome += 100.0;
             return commands::setFinance(s, p, id, finance);
         },
         QStringLiteral("finance of %1").arg(name)},
        {"link removed from the middle",
         [&](QUndoStack& s, Plan& p) {
             return commands::removeLink(s, p, id, firstLink.from, firstLink.to);
         },
         QStringLiteral("Remove link %1 → %2 in %3")
             .arg(sectors.at(firstLink.from).nameZh, sectors.at(firstLink.to).nameZh, name)},
        {"district link added",
         [&](QUndoStack& s, Plan& p) {
             return commands::addDistrictLink(s, p, {id, other.id, inactive, 2.5});
         },
         QStringLiteral("Add %1 link %2 → %3")
             .arg(sectors.at(inactive).nameZh, name, other.nameZh)},
        {"district link removed",
         [&](QUndoStack& s, Plan& p) {
             return commands::removeDistrictLink(s, p, districtLink.from, districtLink.to,
                                                 districtLink.sector);
         },
         QStringLiteral("Remove %1 link").arg(sectors.at(districtLink.sector).nameZh)},
        {"district added",
         [&](QUndoStack& s, Plan& p) { return statusOf(commands::addDistrict(s, p, added)); },
         QStringLiteral("Add district 新建产业集聚区")},
        {"district with links deleted",
         [&](QUndoStack& s, Plan& p) { return commands::removeDistrict(s, p, linked.id); },
         QStringLiteral("Delete district %1").arg(linked.nameZh)},
        {"district moved",
         [&](QUndoStack& s, Plan& p) {
             return commands::moveDistrict(
                 s, p, id, {district.location.lon + 0.1, district.location.lat - 0.1}, otherCounty);
         },
         QStringLiteral("Move %1 to %2").arg(name, plan.regions().find(otherCounty)->nameZh)},
        {"district renamed",
         [&](QUndoStack& s, Plan& p) {
             return commands::renameDistrict(s, p, id, QStringLiteral("改名产业集聚区"),
                                             QStringLiteral("Renamed District"));
         },
         QStringLiteral("Rename %1 to 改名产业集聚区").arg(name)},
    };
    for (const Edit& edit : edits) {
        expectUndoRedoExact(plan, stack, edit);
    }
    // A link between two active sectors, once the second one is active.
    ASSERT_TRUE(commands::setSectorActivity(stack, plan, id, {inactive, 12.0, 300.0, 4, 4, 1.0}));
    expectUndoRedoExact(
        plan, stack,
        {"link added",
         [&](QUndoStack& s, Plan& p) {
             return commands::addLink(s, p, id, {first.sector, inactive, 1.5});
         },
         QStringLiteral("Add link %1 → %2 in %3")
             .arg(sectors.at(first.sector).nameZh, sectors.at(inactive).nameZh, name)});
}

TEST_P(PlanCommandsTest, RenamingAPlaceholderNameUndoesToThePlaceholder) {
    const auto districts = plan.districts();
    const auto placeholder = std::find_if(districts.begin(), districts.end(),
                                          [](const District* d) { return d->placeholderName; });
    if (placeholder == districts.end()) {
        GTEST_SKIP() << "no placeholder names in this plan";
    }
    const DistrictId id = (*placeholder)->id;
    expectUndoRedoExact(plan, stack,
                        {"placeholder renamed",
                         [&](QUndoStack& s, Plan& p) {
                             return commands::renameDistrict(s, p, id, QStringLiteral("真名"),
                                                             QStringLiteral("Real Name"));
                         },
                         QStringLiteral("Rename")});
    EXPECT_TRUE(plan.district(id)->placeholderName);
    // In place: views that show the district keep it (no removal and re-adding).
    QSignalSpy removed(&plan, &Plan::districtRemoved);
    ASSERT_TRUE(commands::renameDistrict(stack, plan, id, QStringLiteral("真名"),
                                         QStringLiteral("Real Name"))
                    .ok());
    stack.undo();
    EXPECT_EQ(removed.count(), 0);
    EXPECT_TRUE(plan.district(id)->placeholderName);
}

TEST_P(PlanCommandsTest, RefusedEditsLeaveStackAndPlanUnchanged) {
    const District district = richDistrict();
    SectorIndex inactive = 0;
    while (district.activity(inactive)) {
        ++inactive;
    }
    const auto before = plan.clone();
    const std::vector<std::pair<const char*, Status>> refusals{
        {"unknown district", commands::setProvision(stack, plan, DistrictId{99999},
                                                    InfrastructureItem::Power, {50.0, 60.0})},
        {"negative finance", commands::setFinance(stack, plan, district.id,
                                                  {-1.0, district.finance.businessIncome, 0, 0})},
        {"provision above 100", commands::setProvision(stack, plan, district.id,
                                                       InfrastructureItem::Water, {120.0, 60.0})},
        {"inactive leading industry",
         commands::setLeadingIndustries(stack, plan, district.id, {inactive})},
        {"removing an unknown district", commands::removeDistrict(stack, plan, DistrictId{99999})},
        {"renaming to nothing", commands::renameDistrict(stack, plan, district.id, {}, {})},
        {"adding in no county",
         [&] {
             District nowhere;
             nowhere.nameZh = QStringLiteral("无处");
             nowhere.hostCounty = 999999;
             return statusOf(commands::addDistrict(stack, plan, nowhere));
         }()},
    };
    for (const auto& [what, status] : refusals) {
        SCOPED_TRACE(what);
        ASSERT_FALSE(status);
        EXPECT_FALSE(status.error().message.isEmpty());
    }
    EXPECT_EQ(stack.count(), 0);
    EXPECT_TRUE(planDifferences(*before, plan).isEmpty()) << lines(planDifferences(*before, plan));
}

TEST_P(PlanCommandsTest, StepsOfOneProvisionMergeIntoOneUndoStep) {
    const District district = richDistrict();
    const auto before = plan.clone();
    const Provision original = district.provision(InfrastructureItem::Power);
    for (int step = 1; step <= 10; ++step) {
        ASSERT_TRUE(commands::setProvision(stack, plan, district.id, InfrastructureItem::Power,
                                           {static_cast<double>(step * 5), 90.0}));
    }
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(stack.text(0),
              QStringLiteral("Set power supply of %1 to 50 (requires 90)").arg(district.nameZh));
    ASSERT_TRUE(
        commands::setProvision(stack, plan, district.id, InfrastructureItem::Gas, {33.0, 90.0}));
    EXPECT_EQ(stack.count(), 2);
    stack.undo();
    EXPECT_EQ(plan.district(district.id)->provision(InfrastructureItem::Power).current, 50.0);
    stack.undo();
    EXPECT_EQ(plan.district(district.id)->provision(InfrastructureItem::Power), original);
    EXPECT_TRUE(planDifferences(*before, plan).isEmpty()) << lines(planDifferences(*before, plan));
}

TEST_P(PlanCommandsTest, AddingASectorStaysOneStepAndItsLaterValuesMerge) {
    const District district = richDistrict();
    SectorIndex inactive = 0;
    while (district.activity(inactive)) {
        ++inactive;
    }
    const auto before = plan.clone();
    for (int step = 1; step <= 5; ++step) {
        ASSERT_TRUE(commands::setSectorActivity(stack, plan, district.id,
                                                {inactive, 10.0 * step, 100.0, 2, 1, 0.0}));
    }
    ASSERT_EQ(stack.count(), 2);
    EXPECT_TRUE(stack.text(0).startsWith(QStringLiteral("Add "))) << stack.text(0).toStdString();
    EXPECT_TRUE(stack.text(1).endsWith(QStringLiteral(" to 50"))) << stack.text(1).toStdString();
    stack.undo();
    EXPECT_EQ(plan.district(district.id)->activity(inactive)->outputValue, 10.0);
    stack.undo();
    EXPECT_EQ(plan.district(district.id)->activity(inactive), nullptr);
    EXPECT_TRUE(planDifferences(*before, plan).isEmpty()) << lines(planDifferences(*before, plan));
}

TEST_P(PlanCommandsTest, DraggingADistrictIsOneUndoStep) {
    const District district = richDistrict();
    const auto before = plan.clone();
    for (int step = 1; step <= 8; ++step) {
        ASSERT_TRUE(commands::moveDistrict(
            stack, plan, district.id, {district.location.lon + 0.01 * step, district.location.lat},
            district.hostCounty));
    }
    EXPECT_EQ(stack.count(), 1);
    stack.undo();
    EXPECT_TRUE(planDifferences(*before, plan).isEmpty()) << lines(planDifferences(*before, plan));
}

TEST_P(PlanCommandsTest, EditsOfAnotherDistrictDoNotMerge) {
    const auto districts = plan.districts();
    ASSERT_GE(districts.size(), 2u);
    ASSERT_TRUE(commands::setInnovation(stack, plan, districts[0]->id, {1.0, 2, 3, 4}));
    ASSERT_TRUE(commands::setInnovation(stack, plan, districts[0]->id, {1.0, 2, 5, 4}));
    ASSERT_TRUE(commands::setInnovation(stack, plan, districts[1]->id, {1.0, 2, 3, 4}));
    EXPECT_EQ(stack.count(), 2);
}

TEST_P(PlanCommandsTest, AddedDistrictKeepsItsIdAcrossUndoAndRedo) {
    District district;
    district.nameZh = QStringLiteral("新区");
    district.hostCounty = plan.districts().front()->hostCounty;
    const auto added = commands::addDistrict(stack, plan, district);
    ASSERT_TRUE(added);
    const DistrictId id = added.value();
    ASSERT_NE(plan.district(id), nullptr);
    for (int round = 0; round < 3; ++round) {
        stack.undo();
        EXPECT_EQ(plan.district(id), nullptr);
        stack.redo();
        ASSERT_NE(plan.district(id), nullptr);
        EXPECT_EQ(plan.district(id)->nameZh, QStringLiteral("新区"));
    }
}

TEST_P(PlanCommandsTest, DeletedDistrictComesBackWithItsIdAndLinksInOrder) {
    ensureDistrictLinks();
    ASSERT_FALSE(plan.districtLinks().empty());
    const DistrictId id = plan.districtLinks().front().from;
    const std::vector<DistrictLink> links = plan.districtLinks();
    ASSERT_TRUE(commands::removeDistrict(stack, plan, id));
    EXPECT_EQ(plan.district(id), nullptr);
    EXPECT_LT(plan.districtLinks().size(), links.size());
    stack.undo();
    ASSERT_NE(plan.district(id), nullptr);
    EXPECT_EQ(plan.districtLinks(), links);
}

TEST_P(PlanCommandsTest, UndoEmitsThePlansChangeSignals) {
    const District district = richDistrict();
    ASSERT_TRUE(commands::setFinance(stack, plan, district.id, {1.0, 2.0, 3, 4}));
    QSignalSpy changed(&plan, &Plan::districtsChanged);
    stack.undo();
    ASSERT_GE(changed.count(), 1);
    EXPECT_EQ(changed.front().at(0).value<QList<DistrictId>>(), QList<DistrictId>{district.id});
    EXPECT_EQ(changed.front().at(1).value<DistrictField>(), DistrictField::Finance);

    QSignalSpy removed(&plan, &Plan::districtRemoved);
    QSignalSpy added(&plan, &Plan::districtAdded);
    ASSERT_TRUE(commands::removeDistrict(stack, plan, district.id));
    EXPECT_EQ(removed.count(), 1);
    stack.undo();
    EXPECT_EQ(added.count(), 1);
}

namespace {

// Draws random edits (valid and invalid) of every kind from the plan's current state and applies
// them through the commands; refused ones are skipped. Returns the number of accepted edits.
class RandomEditor {
public:
    RandomEditor(Plan& plan, QUndoStack& stack, unsigned seed)
        : m_plan(plan)
        , m_stack(stack)
        , m_random(seed)
        , m_counties(plan.regions().regionsAt(geo::RegionLevel::County)) {}

    int apply(int edits) {
        int accepted = 0;
        for (int i = 0; i < edits; ++i) {
            accepted += editOnce() ? 1 : 0;
        }
        return accepted;
    }

private:
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    double amount(double high) {
        return std::round(std::uniform_real_distribution<double>(0.0, high)(m_random) * 100.0) /
               100.0;
    }
    const District& anyDistrict() {
        const auto districts = m_plan.districts();
        return *districts[static_cast<std::size_t>(below(static_cast<int>(districts.size())))];
    }
    SectorIndex anySector() { return below(m_plan.sectors().size()); }
    SectorIndex activeSector(const District& district) {
        if (district.industries.empty()) {
            return anySector();
        }
        return district
            .industries[static_cast<std::size_t>(
                below(static_cast<int>(district.industries.size())))]
            .sector;
    }

    bool editOnce() {
        const District& district = anyDistrict();
        const DistrictId id = district.id;
        switch (below(15)) {
        case 0: {
            const double output = amount(200.0);
            return commands::setSectorActivity(
                       m_stack, m_plan, id,
                       {below(3) == 0 ? anySector() : activeSector(district), output,
                        amount(20000.0), 10 + below(50), below(10), amount(output)})
                .ok();
        }
        case 1:
            return commands::removeSectorActivity(m_stack, m_plan, id, activeSector(district)).ok();
        case 2: {
            std::vector<SectorIndex> leading;
            for (int n = below(4); n > 0; --n) {
                const SectorIndex sector = activeSector(district);
                if (std::find(leading.begin(), leading.end(), sector) == leading.end()) {
                    leading.push_back(sector);
                }
            }
            return commands::setLeadingIndustries(m_stack, m_plan, id, leading).ok();
        }
        case 3:
        case 4: {
            // Stepping one item several times exercises merging.
            const auto item = static_cast<InfrastructureItem>(below(kInfrastructureItemCount));
            bool ok = false;
            for (int step = below(4); step >= 0; --step) {
                ok = commands::setProvision(m_stack, m_plan, id, item,
                                            {static_cast<double>(below(105)), amount(100.0)})
                         .ok() ||
                     ok;
            }
            return ok;
        }
        case 5:
            return commands::setInnovation(m_stack, m_plan, id,
                                           {amount(20.0), below(500), below(300) - 5, below(40)})
                .ok();
        case 6:
            return commands::setFinance(m_stack, m_plan, id,
                                        {amount(500.0), amount(1200.0), below(5), below(6)})
                .ok();
        case 7:
            return commands::addLink(m_stack, m_plan, id,
                                     {activeSector(district), activeSector(district), amount(10.0)})
                .ok();
        case 8: {
            if (district.links.empty()) {
                return false;
            }
            const SectorLink& link = district.links[static_cast<std::size_t>(
                below(static_cast<int>(district.links.size())))];
            return commands::removeLink(m_stack, m_plan, id, link.from, link.to).ok();
        }
        case 9:
            return commands::addDistrictLink(m_stack, m_plan,
                                             {id, anyDistrict().id, anySector(), amount(10.0)})
                .ok();
        case 10: {
            const auto& links = m_plan.districtLinks();
            if (links.empty()) {
                return false;
            }
            const DistrictLink link =
                links[static_cast<std::size_t>(below(static_cast<int>(links.size())))];
            return commands::removeDistrictLink(m_stack, m_plan, link.from, link.to, link.sector)
                .ok();
        }
        case 11: {
            District copy = district;
            copy.id = DistrictId{};
            copy.nameZh += QStringLiteral("二期");
            copy.links.clear();
            return commands::addDistrict(m_stack, m_plan, copy).ok();
        }
        case 12:
            return commands::removeDistrict(m_stack, m_plan, id).ok();
        case 13: {
            const geo::Region& county =
                *m_counties[static_cast<std::size_t>(below(static_cast<int>(m_counties.size())))];
            return commands::moveDistrict(m_stack, m_plan, id,
                                          {district.location.lon + amount(0.2) - 0.1,
                                           district.location.lat + amount(0.2) - 0.1},
                                          below(10) == 0 ? 999999 : county.code)
                .ok();
        }
        default:
            return commands::renameDistrict(m_stack, m_plan, id,
                                            below(8) == 0 ? QStringLiteral(" ")
                                                          : QStringLiteral("区%1").arg(below(1000)),
                                            QStringLiteral("District %1").arg(below(1000)))
                .ok();
        }
    }

    Plan& m_plan;
    QUndoStack& m_stack;
    std::mt19937 m_random;
    std::vector<const geo::Region*> m_counties;
};

} // namespace

TEST_P(PlanCommandsTest, UndoingEveryRandomEditRestoresThePlanAndRedoingRepeatsThem) {
    const auto original = plan.clone();
    RandomEditor editor(plan, stack, 20260401u);
    const int accepted = editor.apply(400);
    EXPECT_GT(accepted, 200);
    EXPECT_GT(stack.count(), 150);
    const auto edited = plan.clone();
    ASSERT_FALSE(planDifferences(*original, plan).isEmpty());

    while (stack.canUndo()) {
        stack.undo();
    }
    EXPECT_TRUE(planDifferences(*original, plan).isEmpty())
        << lines(planDifferences(*original, plan));
    while (stack.canRedo()) {
        stack.redo();
    }
    EXPECT_TRUE(planDifferences(*edited, plan).isEmpty()) << lines(planDifferences(*edited, plan));
}

TEST_P(PlanCommandsTest, RandomUndoRedoInterleavingsMatchTheStatesPassedThrough) {
    // Snapshots of the plan at every stack index reached; any later visit must match.
    std::map<int, std::unique_ptr<Plan>> states;
    states[0] = plan.clone();
    RandomEditor editor(plan, stack, 7u);
    std::mt19937 random(11u);
    for (int round = 0; round < 60; ++round) {
        const int action = std::uniform_int_distribution<int>(0, 3)(random);
        if (action == 0) {
            for (int n = std::uniform_int_distribution<int>(1, 6)(random); n > 0; --n) {
                stack.undo();
            }
        } else if (action == 1) {
            for (int n = std::uniform_int_distribution<int>(1, 6)(random); n > 0; --n) {
                stack.redo();
            }
        } else {
            // New edits drop the redo branch, and may merge into the command on top: the states
            // recorded from the current index on are no longer reachable (the original stays).
            const int from = std::max(stack.index(), 1);
            editor.apply(std::uniform_int_distribution<int>(1, 8)(random));
            states.erase(states.lower_bound(from), states.end());
        }
        auto& known = states[stack.index()];
        if (!known) {
            known = plan.clone();
        } else {
            ASSERT_TRUE(planDifferences(*known, plan).isEmpty())
                << "round " << round << ", index " << stack.index() << "\n"
                << lines(planDifferences(*known, plan));
        }
    }
    while (stack.canUndo()) {
        stack.undo();
    }
    EXPECT_TRUE(planDifferences(*states[0], plan).isEmpty())
        << lines(planDifferences(*states[0], plan));
}

INSTANTIATE_TEST_SUITE_P(BundledPlans, PlanCommandsTest, ::testing::Values("henan", "ningxia"),
                         [](const auto& param) { return std::string(param.param); });
