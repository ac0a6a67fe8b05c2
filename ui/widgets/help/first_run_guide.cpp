#include "widgets/help/first_run_guide.h"

#include "widgets/choropleth_toolbar.h"
#include "widgets/export/export_actions.h"
#include "widgets/help/guide_highlight.h"
#include "widgets/main_window.h"
#include "widgets/map_canvas.h"
#include "widgets/project/project_actions.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QEvent>
#include <QGraphicsDropShadowEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QShortcut>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace agglomap::widgets {

namespace {

constexpr int kCardWidth = 380;
constexpr int kMargin = 16;
constexpr qreal kRadius = 8.0;

QString keys(const QAction* action) {
    return action ? action->shortcut().toString(QKeySequence::NativeText) : QString();
}

QString keys(const QKeySequence& sequence) {
    return sequence.toString(QKeySequence::NativeText);
}

} // namespace

FirstRunGuide::FirstRunGuide(MainWindow& window)
    : QWidget(&window)
    , m_window(window) {
    setObjectName(QStringLiteral("firstRunGuide"));
    m_highlight = new GuideHighlight(&window);

    auto* shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(24);
    shadow->setOffset(0, 4);
    shadow->setColor(QColor(0, 0, 0, 90));
    setGraphicsEffect(shadow);

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("guideCounter"));
    QPalette muted = m_counter->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_counter->setPalette(muted);
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("guideCloseButton"));
    close->setAutoRaise(true);
    close->setText(QStringLiteral("×"));
    QFont closeFont = close->font();
    closeFont.setPointSizeF(closeFont.pointSizeF() * 1.4);
    close->setFont(closeFont);
    close->setToolTip(tr("Close the guide (Esc)"));
    close->setAccessibleName(tr("Close the guide"));
    connect(close, &QToolButton::clicked, this, &FirstRunGuide::dismiss);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("guideTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("guideText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    // Checked: the guide is shown once, and stays one click away under Help. A planner who
    // wants it at every start unticks it.
    m_dontShowAgain = new QCheckBox(this);
    m_dontShowAgain->setObjectName(QStringLiteral("guideDontShowAgain"));
    m_dontShowAgain->setChecked(true);
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("guideBackButton"));
    connect(m_back, &QPushButton::clicked, this, &FirstRunGuide::back);
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("guideNextButton"));
    m_next->setDefault(true);
    connect(m_next, &QPushButton::clicked, this, &FirstRunGuide::next);

    auto* header = new QHBoxLayout;
    header->addWidget(m_counter);
    header->addStretch();
    header->addWidget(close);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_dontShowAgain);
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 16, 16);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(6);
    layout->addLayout(buttons);

    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, &FirstRunGuide::dismiss);

    // The card follows the map when the window or its panels change size.
    window.installEventFilter(this);
    if (QWidget* canvas = window.canvas()) {
        canvas->installEventFilter(this);
    }
    retranslate();
    hide();
}

QList<FirstRunGuide::Step> FirstRunGuide::steps() const {
    const ProjectActions* project = m_window.projectActions();
    const ExportActions* exports = m_window.exportActions();
    return {
        {tr("Explore the map"),
         tr("Drag to pan, turn the wheel to zoom, and hover over a region to see its names. "
            "Double-click a city to open its counties; %1 takes you back to the province.")
             .arg(keys(QKeySequence(Qt::Key_Backspace))),
         [this] {
             return widgetArea(m_window.canvas());
         }},
        {tr("Inspect a district"),
         tr("Each circle is an industrial district: its size shows business income, its colour "
            "the cluster stage. Click one to read its leading industry, infrastructure gaps and "
            "linkages in the Inspector."),
         [this] {
             return widgetArea(m_window.findChild<QDockWidget*>(QStringLiteral("inspectorDock")));
         }},
        {tr("Colour the regions"),
         tr("The symbology toolbar chooses the indicator that fills the regions, how their "
            "districts add up and how the values are classed. The legend counts the regions in "
            "each class."),
         [this] {
             return widgetArea(m_window.symbologyToolBar());
         }},
        {tr("Edit and try scenarios"),
         tr("Every edit in the Inspector is one step you can undo (%1) or redo (%2). Scenarios › "
            "New Scenario… copies the plan so you can try changes and compare them with the "
            "baseline.")
             .arg(keys(m_window.undoAction()), keys(m_window.redoAction())),
         [this] {
             return widgetArea(m_window.findChild<QToolBar*>(QStringLiteral("editToolBar")));
         }},
        {tr("Bring in your data"),
         tr("File › Import Data… (%1) adds districts and statistics from CSV, Excel, GeoJSON, "
            "Shapefile or GeoPackage files. File › Save (%2) keeps the whole plan in one file "
            "that File › Open… reads back.")
             .arg(keys(project ? project->importDataAction() : nullptr),
                  keys(project ? project->saveAction() : nullptr)),
         [this] {
             return fileMenuArea();
         }},
        {tr("Share the results"),
         tr("File › Export Map… (%1) turns the view into a briefing page in PDF, PNG or SVG, and "
            "Export District Profiles… writes a page for each district. Help › User Guide (%2) "
            "explains everything else.")
             .arg(keys(exports ? exports->exportMapAction() : nullptr),
                  keys(QKeySequence(QKeySequence::HelpContents))),
         [this] {
             return fileMenuArea();
         }},
    };
}

void FirstRunGuide::retranslate() {
    m_steps = steps();
    m_dontShowAgain->setText(tr("Don't show this again"));
    m_dontShowAgain->setToolTip(tr("The guide stays available under Help › Getting Started"));
    m_back->setText(tr("Back"));
    m_textHeightWidth = 0;
    showStep(std::clamp(m_step, 0, stepCount() - 1));
}

void FirstRunGuide::start() {
    showStep(0);
    show();
    place();
    raise();
    m_next->setFocus();
}

void FirstRunGuide::next() {
    if (m_step + 1 < stepCount()) {
        showStep(m_step + 1);
    } else {
        dismiss();
    }
}

void FirstRunGuide::back() {
    if (m_step > 0) {
        showStep(m_step - 1);
    }
}

void FirstRunGuide::dismiss() {
    hide();
    m_highlight->setTarget({});
    emit dismissed(dontShowAgain());
}

int FirstRunGuide::stepCount() const {
    return static_cast<int>(m_steps.size());
}

QString FirstRunGuide::stepTitle() const {
    return m_title->text();
}

QString FirstRunGuide::stepText() const {
    return m_text->text();
}

bool FirstRunGuide::dontShowAgain() const {
    return m_dontShowAgain->isChecked();
}

void FirstRunGuide::showStep(int index) {
    m_step = index;
    const Step& step = m_steps.at(index);
    m_counter->setText(tr("Getting Started · %1 of %2").arg(index + 1).arg(stepCount()));
    m_title->setText(step.title);
    m_text->setText(step.text);
    m_back->setEnabled(index > 0);
    m_next->setText(index + 1 < stepCount() ? tr("Next") : tr("Done"));
    if (isVisible()) {
        place();
    }
}

QRect FirstRunGuide::widgetArea(const QWidget* widget) const {
    // A panel the planner closed or floated off the window has nothing to outline.
    if (!widget || !widget->isVisible() || widget->window() != &m_window) {
        return {};
    }
    return {widget->mapTo(&m_window, QPoint(0, 0)), widget->size()};
}

QRect FirstRunGuide::fileMenuArea() const {
    const QMenuBar* bar = m_window.menuBar();
    if (!bar || bar->actions().isEmpty()) {
        return {};
    }
    const QRect title = bar->actionGeometry(bar->actions().constFirst());
    return {bar->mapTo(&m_window, title.topLeft()), title.size()};
}

void FirstRunGuide::fitTextHeight(int cardWidth) {
    if (cardWidth == m_textHeightWidth) {
        return;
    }
    // The text is as tall as the longest step's, so the buttons stay put while stepping.
    const QMargins margins = layout()->contentsMargins();
    const int textWidth = cardWidth - margins.left() - margins.right();
    const QString shown = m_text->text();
    int tallest = 0;
    for (const Step& step : m_steps) {
        m_text->setText(step.text);
        tallest = std::max(tallest, m_text->heightForWidth(textWidth));
    }
    m_text->setText(shown);
    m_text->setMinimumHeight(tallest);
    m_textHeightWidth = cardWidth;
}

void FirstRunGuide::place() {
    const QRect map = widgetArea(m_window.canvas());
    const QRect area = map.isEmpty() ? m_window.rect() : map;
    // Narrower on a narrow map, down to what the check box and buttons need.
    const int narrowest = std::min(kCardWidth, layout()->minimumSize().width());
    const int cardWidth = std::clamp(area.width() - 2 * kMargin, narrowest, kCardWidth);
    fitTextHeight(cardWidth);
    resize(cardWidth,
           heightForWidth(cardWidth) > 0 ? heightForWidth(cardWidth) : sizeHint().height());
    // Bottom right: the toolbars and the north of the map, where the steps point, stay clear.
    const int x = std::max(area.left() + kMargin, area.right() - kMargin - width());
    const int y = std::max(area.top() + kMargin, area.bottom() - kMargin - height());
    move(x, y);
    m_highlight->setTarget(m_steps.at(m_step).target());
    // The card stays above the outline and the panels.
    raise();
}

void FirstRunGuide::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1.0));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(card, kRadius, kRadius);
    // A band of the accent colour marks the card as the guide's, not part of the map.
    QPainterPath band;
    band.addRoundedRect(card, kRadius, kRadius);
    painter.setClipPath(band);
    painter.fillRect(QRectF(card.left(), card.top(), card.width(), 4.0),
                     palette().color(QPalette::Highlight));
}

bool FirstRunGuide::eventFilter(QObject* watched, QEvent* event) {
    if (isVisible() && (event->type() == QEvent::Resize || event->type() == QEvent::Move ||
                        event->type() == QEvent::LayoutRequest)) {
        place();
    }
    return QWidget::eventFilter(watched, event);
}

void FirstRunGuide::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace agglomap::widgets
