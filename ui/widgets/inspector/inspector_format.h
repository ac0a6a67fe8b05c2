#pragma once

#include "geo/region.h"
#include "model/district.h"
#include "model/sector.h"

#include <QSet>
#include <QString>

#include <initializer_list>

class QLabel;
class QWidget;

// How the inspector writes numbers, names and illustrative marks, so every tab says it the same
// way.
namespace agglomap::widgets::inspector {

// "1,234.57"; "—" for NaN (an undefined share or ratio).
[[nodiscard]] QString formatNumber(double value, int decimals = 2);
// A fraction as "35.8%"; "—" for NaN.
[[nodiscard]] QString formatPercent(double fraction, int decimals = 1);
// An amount of money in 100 million yuan: "313.01 亿元".
[[nodiscard]] QString formatMoney(double hundredMillionYuan);

// The sector's name in the language (falling back to the other one), or its index if unknown.
[[nodiscard]] QString sectorName(const model::SectorCatalogue& sectors, model::SectorIndex sector,
                                 geo::LabelLanguage language);
// "C39 计算机、通信和其他电子设备制造业 / Computers, communication and electronics".
[[nodiscard]] QString sectorTooltip(const model::SectorCatalogue& sectors,
                                    model::SectorIndex sector);

// Whether any of the fields is illustrative in the district.
[[nodiscard]] bool anyIllustrative(const model::District& district,
                                   std::initializer_list<model::DistrictField> fields);
// The word the inspector tags illustrative values with, and the tooltip that explains it.
[[nodiscard]] QString illustrativeTag();
[[nodiscard]] QString illustrativeExplanation();
// Shows a value in a label, in italics with the illustrative tag and tooltip when it rests on an
// illustrative field. The label's "illustrative" property says which, for tests and stylesheets.
void setValueText(QLabel* label, const QString& text, bool illustrative,
                  const QString& tooltip = {});
// Marks an editor (a spin box, a line edit) as holding an illustrative value, or not.
void markIllustrative(QWidget* editor, bool illustrative, const QString& tooltip = {});

} // namespace agglomap::widgets::inspector
