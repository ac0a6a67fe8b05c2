#include "widgets/inspector/inspector_format.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QStringList>
#include <QVariant>

#include <cmath>

namespace agglomap::widgets::inspector {

QString formatNumber(double value, int decimals) {
    if (std::isnan(value)) {
        return QStringLiteral("—");
    }
    return QLocale().toString(value, 'f', decimals);
}

QString formatPercent(double fraction, int decimals) {
    if (std::isnan(fraction)) {
        return QStringLiteral("—");
    }
    return QLocale().toString(fraction * 100.0, 'f', decimals) + QLatin1Char('%');
}

QString formatMoney(double hundredMillionYuan) {
    return QCoreApplication::translate("DistrictInspector", "%1 亿元")
        .arg(formatNumber(hundredMillionYuan));
}

QString sectorName(const model::SectorCatalogue& sectors, model::SectorIndex sector,
                   geo::LabelLanguage language) {
    if (sector < 0 || sector >= sectors.size()) {
        return QString::number(sector);
    }
    const model::Sector& s = sectors.at(sector);
    const QString& wanted = language == geo::LabelLanguage::Chinese ? s.nameZh : s.nameEn;
    return wanted.isEmpty() ? (language == geo::LabelLanguage::Chinese ? s.nameEn : s.nameZh)
                            : wanted;
}

QString sectorTooltip(const model::SectorCatalogue& sectors, model::SectorIndex sector) {
    if (sector < 0 || sector >= sectors.size()) {
        return {};
    }
    const model::Sector& s = sectors.at(sector);
    return QStringLiteral("%1 %2 / %3").arg(s.code, s.nameZh, s.nameEn);
}

QString provenanceTooltip(const model::Provenance& p) {
    const QString when =
        p.when.isValid() ? QLocale().toString(p.when.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm")) +
                               QStringLiteral(" UTC")
                         : QString();
    switch (p.origin) {
    case model::Origin::Illustrative:
        //: %1 says how the value was generated
        return QCoreApplication::translate("DistrictInspector", "Illustrative: %1")
            .arg(p.source.isEmpty()
                     ? QCoreApplication::translate("DistrictInspector", "generated, no source")
                     : p.source);
    case model::Origin::Imported:
        //: %1 is a file, %2 a column, %3 a row number, %4 a date and time
        return QCoreApplication::translate("DistrictInspector",
                                           "Imported from %1, column \"%2\", row %3, on %4")
            .arg(QFileInfo(p.source).fileName(), p.column)
            .arg(p.row)
            .arg(when);
    case model::Origin::Entered:
        break;
    }
    if (!p.source.isEmpty()) {
        //: %1 names a published source
        return QCoreApplication::translate("DistrictInspector", "Entered from %1").arg(p.source);
    }
    return when.isEmpty()
               ? QCoreApplication::translate("DistrictInspector", "Entered by hand")
               : QCoreApplication::translate("DistrictInspector", "Entered by hand on %1")
                     .arg(when);
}

QString provenanceLines(const model::District& district,
                        const std::vector<std::pair<QString, model::ValueKey>>& keys) {
    QStringList lines;
    for (const auto& [label, key] : keys) {
        const model::Provenance& p = district.provenance.of(key);
        if (!(p == model::Provenance{})) {
            lines << QStringLiteral("%1: %2").arg(label, provenanceTooltip(p));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void markValue(QWidget* editor, const model::District& district, const model::ValueKey& key,
               const QString& tooltip) {
    const model::Provenance& p = district.provenance.of(key);
    const QString origin = provenanceTooltip(p);
    markIllustrative(editor, p.isIllustrative(),
                     tooltip.isEmpty() ? origin : tooltip + QStringLiteral("\n") + origin);
}

QString illustrativeTag() {
    return QCoreApplication::translate("DistrictInspector", "illustrative");
}

QString illustrativeExplanation() {
    return QCoreApplication::translate(
        "DistrictInspector",
        "Illustrative value: generated for the sample plan, not taken from a source. "
        "Enter a real value to replace it.");
}

void setValueText(QLabel* label, const QString& text, bool illustrative, const QString& tooltip) {
    label->setTextFormat(Qt::RichText);
    if (illustrative) {
        label->setText(QStringLiteral("<i>%1</i> <span style=\"color:#b35900; font-size:small\">"
                                      "[%2]</span>")
                           .arg(text.toHtmlEscaped(), illustrativeTag()));
        label->setToolTip(tooltip.isEmpty()
                              ? illustrativeExplanation()
                              : tooltip + QStringLiteral("\n\n") + illustrativeExplanation());
    } else {
        label->setText(text.toHtmlEscaped());
        label->setToolTip(tooltip);
    }
    label->setProperty("illustrative", illustrative);
}

void markIllustrative(QWidget* editor, bool illustrative, const QString& tooltip) {
    QFont font = editor->font();
    font.setItalic(illustrative);
    editor->setFont(font);
    editor->setToolTip(illustrative ? (tooltip.isEmpty() ? illustrativeExplanation()
                                                         : tooltip + QStringLiteral("\n\n") +
                                                               illustrativeExplanation())
                                    : tooltip);
    editor->setProperty("illustrative", illustrative);
}

} // namespace agglomap::widgets::inspector
