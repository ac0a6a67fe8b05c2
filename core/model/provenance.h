#pragma once

#include "model/district_field.h"
#include "model/ids.h"

#include <QDateTime>
#include <QString>

#include <compare>
#include <map>
#include <optional>

namespace agglomap::model {

// Where one stored value comes from. Illustrative: generated because no source gives it
// (`source` says how). Entered: typed in by a planner (`when`). Imported: read from a file
// (`source` the file, `column`, `row` the 1-based data row, `when`).
enum class Origin : unsigned char { Entered, Illustrative, Imported };

[[nodiscard]] QString originKey(Origin origin); // "entered", "illustrative", "imported"
[[nodiscard]] std::optional<Origin> originFromKey(const QString& key);

struct Provenance {
    Origin origin = Origin::Entered;
    QString source;
    QString column;
    int row = 0;
    QDateTime when;

    [[nodiscard]] bool isIllustrative() const { return origin == Origin::Illustrative; }
    [[nodiscard]] static Provenance entered(QDateTime when = QDateTime::currentDateTimeUtc());
    [[nodiscard]] static Provenance illustrative(QString method);
    [[nodiscard]] static Provenance imported(QString file, QString column, int row,
                                             QDateTime when = QDateTime::currentDateTimeUtc());
    friend bool operator==(const Provenance&, const Provenance&) = default;
};

// The individual values of a district, each of which carries its own provenance.
enum class ValueField : unsigned char {
    NameZh,
    NameEn,
    Location, // position and host county
    Year,
    ZoneLevel,
    DistrictType,
    PlannedArea,
    BuiltArea,
    SectorOutput, // index: the sector
    SectorEmployment,
    SectorEnterprises,
    SectorSmes,
    SectorHighTechOutput,
    LeadingIndustries,
    ProvisionCurrent, // index: the infrastructure item
    ProvisionRequired,
    RdSpending,
    RdStaff,
    Patents,
    HighTechEnterprises,
    FixedInvestment,
    BusinessIncome,
    ListedCompanies,
    VentureFunds,
    Link, // index: the supplying sector, index2: the buying sector
};

// The group a value belongs to: what the inspector's tabs, the file's old `illustrative`
// column and the indicators' inputs speak of.
[[nodiscard]] DistrictField groupOf(ValueField field);
// A stable key for files: "sector-output", "provision-current", ...
[[nodiscard]] QString valueFieldKey(ValueField field);
[[nodiscard]] std::optional<ValueField> valueFieldFromKey(const QString& key);

struct ValueKey {
    ValueField field = ValueField::NameZh;
    int index = 0;
    int index2 = 0;

    friend auto operator<=>(const ValueKey&, const ValueKey&) = default;
};

// "sector-output 3", "link 2 5": for comparisons and logs, not for planners.
[[nodiscard]] QString keyText(const ValueKey& key);
// "illustrative: <how>", "imported: <file>, <column>, row <n>, <time>", "entered: <time>".
[[nodiscard]] QString provenanceText(const Provenance& provenance);

// One provenance per stored value of a district. A value without an entry was entered by hand
// at an unknown time (what a district created in the window holds).
class ProvenanceMap {
public:
    [[nodiscard]] const Provenance& of(const ValueKey& key) const;
    void set(const ValueKey& key, Provenance provenance);
    void erase(const ValueKey& key);
    // Removes every entry of the field (a sector removed: index; a link removed: index, index2).
    void eraseIf(ValueField field, std::optional<int> index = std::nullopt);
    [[nodiscard]] bool anyIllustrative() const;
    [[nodiscard]] bool anyIllustrative(DistrictField group) const;
    [[nodiscard]] bool anyIllustrative(ValueField field) const;
    [[nodiscard]] bool isIllustrative(const ValueKey& key) const {
        return of(key).isIllustrative();
    }
    [[nodiscard]] const std::map<ValueKey, Provenance>& entries() const { return m_entries; }
    [[nodiscard]] bool empty() const { return m_entries.empty(); }

    friend bool operator==(const ProvenanceMap&, const ProvenanceMap&) = default;

private:
    std::map<ValueKey, Provenance> m_entries;
};

} // namespace agglomap::model
