#pragma once

#include <QString>

#include <algorithm>
#include <array>
#include <optional>

namespace agglomap::model {

// The infrastructure and services the Henan paper finds missing in most districts ("some even
// can not solve the water and electricity problems"; "no commercial bank except the four major
// state banks"; weak R&D and marketing).
enum class InfrastructureItem {
    Water,
    Power,
    Gas,
    WasteWater,
    Roads,
    RailLogistics,
    Broadband,
    StandardFactorySpace,
    Banks,             // banks other than the big four state banks
    RAndDInstitutions, // R&D institutions and engineering centres
    Incubators,
    Training,
    MarketingServices,
};

inline constexpr int kInfrastructureItemCount = 13;

// Utilities and physical infrastructure versus the service system the paper names apart.
enum class InfrastructureCategory { Utilities, Transport, Services, Finance };

struct InfrastructureItemInfo {
    InfrastructureItem item;
    const char* key; // stable, for files: "water", "rail-logistics", ...
    const char* nameZh;
    const char* nameEn;
    InfrastructureCategory category;
};

[[nodiscard]] const std::array<InfrastructureItemInfo, kInfrastructureItemCount>&
infrastructureItems();
[[nodiscard]] const InfrastructureItemInfo& infoOf(InfrastructureItem item);
[[nodiscard]] std::optional<InfrastructureItem> infrastructureItemFromKey(const QString& key);
[[nodiscard]] QString categoryKey(InfrastructureCategory category);

// Provision of one item on a 0-100 scale (100: fully meets modern industrial demand) against
// what the district's plan requires of it.
struct Provision {
    double current = 0.0;
    double required = 0.0;

    // 0 when the requirement is met, up to 1 when nothing is provided of what is required.
    [[nodiscard]] double gap() const {
        return required <= 0.0 ? 0.0 : std::max(0.0, required - current) / required;
    }
    friend bool operator==(const Provision&, const Provision&) = default;
};

} // namespace agglomap::model
