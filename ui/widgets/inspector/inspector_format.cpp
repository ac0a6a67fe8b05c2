#include "widgets/inspector/inspector_format.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
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

bool anyIllustrative(const model::District& district,
                     std::initializer_list<model::DistrictField> fields) {
    for (model::DistrictField field : fields) {
        if (district.illustrative.contains(field)) {
            return true;
        }
    }
    return false;
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
