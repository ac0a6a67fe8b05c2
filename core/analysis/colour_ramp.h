#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace agglomap::analysis {

// A colour without QtGui (the core links QtCore only); the render layer turns it into QColor.
struct Rgb {
    int r = 0;
    int g = 0;
    int b = 0;

    [[nodiscard]] QString hex() const; // "#3182bd"
    [[nodiscard]] static std::optional<Rgb> fromHex(const QString& text);
    friend bool operator==(const Rgb&, const Rgb&) = default;
};

enum class RampType { Sequential, Diverging, Qualitative };
enum class RampDirection { Normal, Inverted };

// One ColorBrewer scheme with its hand-tuned colours for each number of classes it defines.
class ColourRamp {
public:
    ColourRamp(QString id, RampType type, std::map<int, std::vector<Rgb>> bySize);

    [[nodiscard]] const QString& id() const { return m_id; }
    [[nodiscard]] RampType type() const { return m_type; }
    [[nodiscard]] int largestScheme() const { return m_bySize.rbegin()->first; }

    // n colours. Where ColorBrewer defines n classes, its own colours; beyond, sequential and
    // diverging ramps interpolate the largest scheme and qualitative ones repeat it. One class
    // gets the middle of the three-class scheme, two its ends.
    [[nodiscard]] std::vector<Rgb> colours(int n, RampDirection direction) const;

private:
    QString m_id;
    RampType m_type;
    std::map<int, std::vector<Rgb>> m_bySize;
};

// The built-in ramps, read from the ColorBrewer table embedded in the core
// (resources/colour_ramps/colorbrewer.json).
class ColourRampCatalogue {
public:
    [[nodiscard]] static Result<ColourRampCatalogue> fromJson(const QByteArray& json,
                                                              const QString& origin);
    // Never fails: the table is embedded and checked by the tests.
    [[nodiscard]] static const ColourRampCatalogue& builtIn();

    [[nodiscard]] const ColourRamp* find(const QString& id) const;
    [[nodiscard]] std::vector<const ColourRamp*> ofType(RampType type) const;
    [[nodiscard]] const std::vector<ColourRamp>& ramps() const { return m_ramps; }
    [[nodiscard]] const QString& attribution() const { return m_attribution; }

private:
    std::vector<ColourRamp> m_ramps;
    QString m_attribution;
};

} // namespace agglomap::analysis
