#include "window_setup.h"

#include "shot_session.h"

#include <QComboBox>
#include <QSettings>
#include <QToolBar>

namespace agglomap::docshots {

namespace {

constexpr QSize kWindowSize(1400, 900);

// Picks the entry in a combo box as a click would, so the window reacts as to the planner.
void activate(QComboBox& box, int index) {
    box.setCurrentIndex(index);
    emit box.activated(index);
}

QComboBox* labelLanguageBox(const widgets::MainWindow& window) {
    // The only box whose entries are "中文" and "English": they are not translated.
    for (auto* box : window.findChildren<QComboBox*>()) {
        if (box->count() == 2 && box->itemText(0) == QStringLiteral("中文") &&
            box->itemText(1) == QStringLiteral("English")) {
            return box;
        }
    }
    return nullptr;
}

} // namespace

QString languageCode(GuideLanguage language) {
    return language == GuideLanguage::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

geo::LabelLanguage labelLanguage(GuideLanguage language) {
    return language == GuideLanguage::Chinese ? geo::LabelLanguage::Chinese
                                              : geo::LabelLanguage::English;
}

Result<std::unique_ptr<widgets::MainWindow>> openWindow(const ShotContext& context) {
    // Every shot starts from the first run: no layout, symbology or page size remembered.
    QSettings().clear();
    auto window = std::make_unique<widgets::MainWindow>(context.mapsDirectory);
    if (const Status status = window->openProvince(QStringLiteral("henan")); !status) {
        return status.error();
    }
    window->resize(kWindowSize);
    window->show();
    const geo::LabelLanguage wanted = labelLanguage(context.language);
    if (window->labelLanguage() != wanted) {
        QComboBox* box = labelLanguageBox(*window);
        const int index = box ? box->findData(static_cast<int>(wanted)) : -1;
        if (index < 0) {
            return Error{QStringLiteral("the window has no box for the label language")};
        }
        activate(*box, index);
    }
    if (window->labelLanguage() != wanted) {
        return Error{QStringLiteral("the map labels did not switch language")};
    }
    if (!waitForMaps()) {
        return Error{QStringLiteral("the map did not finish drawing")};
    }
    return window;
}

Status chooseCountyUnits(widgets::MainWindow& window) {
    auto* box = window.findChild<QComboBox*>(QStringLiteral("levelBox"));
    const int index = box ? box->findData(static_cast<int>(geo::RegionLevel::County)) : -1;
    if (index < 0) {
        return Error{QStringLiteral("the window has no box for the units of the province view")};
    }
    activate(*box, index);
    return {};
}

} // namespace agglomap::docshots
