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

// Where a stored value comes from, for its tooltip: "Illustrative: <how it was generated>",
// "Imported from w.csv, column 供水, row 2, on 2026-12-07 18:00 UTC", "Entered by hand on ...".
[[nodiscard]] QString provenanceTooltip(const model::Provenance& provenance);
// The provenance of every value in `keys` that is not simply entered, one line each, labelled.
[[nodiscard]] QString provenanceLines(const model::District& district,
                                      const std::vector<std::pair<QString, model::ValueKey>>& keys);
// Marks an editor with the provenance of the value it holds: italic and explained when the
// value is illustrative, and a tooltip saying where it comes from in every case.
void markValue(QWidget* editor, const model::District& district, const model::ValueKey& key,
               const QString& tooltip = {});
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
