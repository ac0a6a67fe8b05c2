#pragma once

#include "window_setup.h"

#include <QImage>

namespace agglomap::docshots {

enum class ComparisonTab { SideBySide, DifferenceMap };

// The pictures of the dialogs, each opened from a window in the state it needs: a scenario
// compared with the baseline, a data file being imported, the briefing map being exported,
// district profiles being exported, and the preferences.
[[nodiscard]] Result<QImage> scenarioComparison(const ShotContext& context, ComparisonTab tab);
[[nodiscard]] Result<QImage> importDialog(const ShotContext& context);
[[nodiscard]] Result<QImage> exportMapDialog(const ShotContext& context);
[[nodiscard]] Result<QImage> profileExportDialog(const ShotContext& context);
[[nodiscard]] Result<QImage> preferencesDialog(const ShotContext& context);

} // namespace agglomap::docshots
